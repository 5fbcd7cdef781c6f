"""Events told by a trigger wording, their agent a company named before it or a product's maker: share issue
applications, bond issues, investment plans, financing, approvals, milestones and launches."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...records import Company, Entity, EventType, Organization, Product, Span
from ..names import MONTHS, THEIR
from ..numbers import WEEKDAYS
from ..quantity_cues import PUT_INTO
from .drafts import Draft, Named, completed, event_status, first_fact, gapped

# Funds raised, not compared with: "paid more in dividends than they raised through IPOs".
NOT_COMPARED = r"(?<!-)(?<!than they )(?<!than it )"
# What a company raises without raising funds: "raised revenue by 16%", "raising its dividend".
_FIGURES = (
    r"(?:revenue|sales|income|profits?|earnings|margins?|output|prices?|dividends?|payouts?|payout ratio|stakes?|"
    r"capacity|guidance|R&D|spending|investment|budgets?)\b"
)
# Debt sold, and the words that sell it: "a 70 billion yuan sale of tier-two capital bonds", "an issue of
# medium-term notes".
_ISSUING = r"issued|issue|issuing|issuance|sold|selling|sell|sale|placed|placing|offering"
_DEBT = r"(?:bonds?|notes|debentures)\b"
# A sum of money as a sentence states it: "up to 8.654 billion yuan", "about $300 million", "RMB 5 billion".
_SUM = (
    r"(?:about |some |up to |nearly |no more than |more than |over |at least |around |another |a further )?"
    r"(?:RMB ?|US\$|HK\$|\$)?[\d.,]+"
    r"(?: (?:million|billion|trillion))?(?: yuan| dollars| euros)?"
)
# Money sold at a rate is debt, named or not: "sold 20 billion yuan on May 9 at a coupon of 1.65%", "priced 5
# billion yuan of three-year paper at 1.67%", "a 25 billion yuan three-year tranche".
_AT_A_RATE = (
    rf" {_SUM}\b(?:[^.;]|\.\d){{0,100}}?"
    r"(?:\bcoupons?\b|\btranches?\b|\bpaper\b|\b(?:at|paying) (?:an? (?:interest )?rate of )?[\d.]+ ?(?:%|percent))"
)
# A rival passed: the one named right before it did so.
_OVERTAKING = re.compile(r"overtook|overtaking|moved past")
# A clause that goes on about its subject after naming others: "Seres had taken over a stake in Shenzhen Yinwang,
# and on April 28 it applied to list H shares".
_IT_AGAIN = re.compile(r",\s+(?:and|but|while|then)\s+(?:[\w-]+\s+){0,5}?it\b(?!['’])")
# (event type, trigger) for events whose agent is a company named before the trigger in the clause.
TRIGGERS: tuple[tuple[EventType, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (
            EventType.SHARE_ISSUE_APPLICATION,
            r"\bH[- ]shares?\b(?:[^.;]|\.\d)*?\bapplications?\b|\b(?:submitted|filed) (?:an? )?"
            r"(?:application|prospectus)(?:[^.;]|\.\d)*?\b(?:listing|IPO|share)|\bapplied for (?:an? )?(?:listing|IPO)|"
            r"\bappl(?:ied|ies|y|ying) (?:(?:in|on) [A-Z]\w+(?: \d{1,2})?(?:,? \d{4})? )?to (?:list|float)\b|"
            r"\b(?:submitted|filed) (?:its|an?|their) (?:listing )?application\b(?=[^.]*\b(?:listing|IPO|list)\b)|"
            # "approved a plan to issue H shares", "approved a plan on July 1 to issue H shares in Hong Kong",
            # "adopted a plan earlier this month to list H shares"
            r"\b(?:approved|adopted) a plan (?:(?:[a-z][\w-]*|[A-Z][a-z]+(?: \d{1,2})?,?(?: \d{4})?) ){0,4}?"
            r"to (?:list|issue) H[- ]shares\b|"
            r"\bapplications? for an? (?:[AH]-share )?(?:listing|IPO)\b|"
            r"\bfiled (?:for|to) (?:an? )?(?:Hong Kong |[AH]-share )?(?:listing|IPO|list)\b|"
            r"\b(?:prepar|plann|seek)(?:es|ed|ing|s)? (?:for )?(?:an? |its )?(?:Hong Kong|H-share|secondary) "
            r"(?:listing|IPO)\b",
        ),
        (
            EventType.BOND_ISSUE,
            rf"\b(?:{_ISSUING}|planned|plans|planning)\b(?:[^.;]|\.\d)*?\b{_DEBT}|\b(?:sold|issued|priced|placed|raised)\b(?={_AT_A_RATE})",
        ),
        (
            EventType.INVESTMENT_PLAN,
            r"\b(?:plans?|intends?|proposes?|will|would|to) (?:to )?invest\b|"
            r"\binvested\b(?=[^.;,]{0,60}?\b(?:in|into)\b)|"
            # a sum to be spent on a project, or what a project is to cost: "would spend up to 8.654 billion yuan on
            # an energy storage battery project", "a Thai valve plant costing no more than 100 million yuan"
            rf"\b(?:plans?|intends?|will|would|to) (?:to )?spend\b(?= {_SUM}(?:(?:[^.;,]|\.\d)*?"
            # "plans to spend more than 650 billion yuan in 2025", "will spend another 4.62 billion yuan, or US$645
            # million, to add 1.1 million tires a year"
            r"\bon\b(?! [A-Z][a-z]+ \d)| [a-z]+ing\b| in 20\d\d\b|(?:, or [^,;.]+,)? to [a-z]+\b))|"
            # "announced another 774 million yuan for its Cambodian plant"
            rf"\bannounced\b(?= {_SUM} (?:for|in|on) (?:its|an?|the) (?:[\w.$-]+ ){{0,5}}"
            r"(?:plant|project|factory|base|facility|park|line|fab)\b)|"
            # a budget or an investment announced: "is budgeted at 9.373 billion yuan", "a 17 billion yuan investment
            # in a Zhundong coal-to-gas project"
            rf"\bbudgeted at\b(?= {_SUM})|(?<=yuan )investment (?=in (?:an?|the|its) )|"
            rf"(?<=plant|ctory| base|oject| park| line)(?:,)? (?:costing|to cost)\b(?= {_SUM}\b)|"
            r"\bproceeds (?:are|will be|are to be) (?:\w+ )?(?:meant|used|earmarked|allocated)\b|"
            r"\btotal investment of\b|"
            # money put into something: "each put 25 billion yuan into the first Honghu fund"
            rf"\b(?:put|puts|putting|commit|commits|committed|committing|inject|injects|injected|injecting)\b{PUT_INTO}|"
            r"\b(?:is|are|would|will|to) (?:also |now |still |currently )?build(?:ing)? (?:an?|its|China's|the) "
            r"(?:[\w.$-]+ ){0,7}(?:plant|project|factory|base|facility|park|production line|line|fab)\b|"
            # "pressing ahead with its own 8.6-generation AMOLED line in Hefei"
            r"\b(?:press|push|mov)(?:es|ed|ing)? ahead with (?:its|an?|the) (?:own )?(?:[\w.-]+ ){0,6}"
            r"(?:plant|project|factory|base|line|fab)\b",
        ),
        # not a figure raised ("raised revenue by 16% to ...", "raised its dividend") nor a comparison ("paid more
        # in dividends than they raised")
        (
            EventType.FINANCING,
            NOT_COMPARED + r"\b(?:raised|raising|raise)\b(?! (?:its |their )?(?:[\w-]+ )?" + _FIGURES + r")"
            # not "raised 2.8 billion yuan through bonds"
            rf"(?!(?:(?!\band\b)[^.;,]|\.\d)*\bbond)(?!{_AT_A_RATE})|\bprivate placements?\b|"
            r"\bseek(?:s|ing)?\b(?= (?:up to |about |some )?(?:RMB|\d))|"
            r"\b(?:issue|issues|issued|issuing)\b(?= (?:up to |about |some |nearly )?"
            r"[\d.,]+(?: (?:million|billion))? (?:new )?(?:[AH][- ])?shares\b)|"
            # shares sold at a price, not a holder's stake sold down: "selling 1,684,717,207 shares at 8.31 yuan each"
            r"\b(?:sell|sells|sold|selling)\b(?= (?:up to |about |some |nearly )?[\d.,]+(?: (?:million|billion))? "
            r"(?:new (?:[AH][- ])?shares\b|(?:[AH][- ])?shares (?:at\b|(?:[^.;]|\.\d)*\beach\b)))|"
            r"\b(?:gross |net )?proceeds of\b",  # "after selling 2 billion shares ... for gross proceeds of 10 billion"
        ),
        (EventType.APPROVAL, r"\bapproved\b|\bapproval\b|\bregistration certificate\b"),
        (
            EventType.MILESTONE,
            r"\bfor the first time\b|\bmilestone\b|\bworld's first\b|\bworld’s first\b|\brecord high\b|"
            r"\b(?:posted|reported|booked|achieved|delivered) (?:a )?record\b|"
            r"\bexceeded\b|\bsurpassed\b|\bbroke through\b|"
            r"\bpassed(?= (?:the )?(?:\d|one |a |half )[^.;]{0,20}?(?:billion|million|trillion|mark))|"
            r"\bturned (?:losses )?into (?:a )?profit|\bachieved “|"
            # a company back in profit: "swung to a profit of 39.32 million yuan", "returned to the black", "earned
            # 355 million yuan, reversing a loss"
            r"\b(?:swung|swinging|swings|returned|returning|returns) (?:back )?to (?:a )?(?:net )?(?:profit|the black)"
            r"\b|"
            r"\breversing (?:a|its|the) (?:net )?loss\b|"
            r"\bapplied on a large scale\b|\b(?:its|their) first (?:[\w-]+ ){0,2}profit\b|\bturned profitable\b|"
            r"\b(?:its|their|the) first (?:(?:annual|yearly|full-year|quarterly|net) )*(?:loss|drop|decline)\b|"
            # a record or a best ever, a rival overtaken, a plant or product that started work
            r"\b(?:handled|carried) a record\b|\b(?:its|their) best (?:[\w-]+ ){0,2}"
            rf"(?:result|year|performance|quarter)s?\b(?: ever| since)|\b(?:{_OVERTAKING.pattern})\b|"
            r"\b(?:went on sale|came on stream|entered (?:commercial )?service|began commercial operation)\b",
        ),
        (EventType.PRODUCT_LAUNCH, r"\blaunched\b|\breleased\b|\bunveiled\b"),
        (EventType.OTHER, r"\bfocuses on\b|\bcontinues to expand\b"),
    )
)
# A group's own: "more than 50 of their drugs".
# What an investment builds, in the words after the trigger: "to build a plant in Hungary", "(proceeds are meant)
# mainly for its plant in Hungary".
_BUILD = re.compile(
    r"(?:\b(?:to|would|will) (?:build|construct|set up|establish)|^\s*(?:\w+ )?for|\binto (?:the |an? )?|"
    # the sum invested, then what in: "(plans to invest) 3.277 billion yuan in storage capacity in Malaysia"
    rf"^\s*{_SUM} (?:in|into|on|for) (?!20\d\d\b)(?:the |an? |its )?) ?"
    r"([^,;]+?)(?= and (?:will|plans|is|has|to)\b|[,;]|$)|"
    # the sum spent, then the work: "(plans to spend) 350 million yuan upgrading (the Jinding cableway)"
    rf"^\s*{_SUM} (?:upgrading|building|expanding|renovating|constructing|developing) (?:the |an? |its )?([^,;]+?)"
    r"(?= and\b|[,;]|$)|"
    # what is being built: "is also building (China's first 8.6-generation AMOLED line in Chengdu)"
    r"\b(?:build(?:ing)?|ahead with) ((?:an?|its|China's|the) (?:own )?(?:[\w.$-]+ ){0,7}?(?:plant|project|factory|"
    r"base|facility|park|production line|line|fab)(?: in [A-Z][\w-]+)?)|"
    r"\b(?:in|for|building) (an? (?:new )?(?:[\w-]+ ){0,7}?(?:base|plant|factory|project|facility|park|cent(?:re|er))"
    r"(?: in [A-Z][\w-]+(?: [A-Z][\w-]+)?)?)"
)
# What was issued: "(issue) of total loss-absorbing capacity (TLAC) non-capital bonds", "(issued) 10 billion yuan of
# three-year bonds" (the sum is the amount, not the bonds' name).
_BONDS = re.compile(
    rf"^(?:{_ISSUING})\s+(?:{_SUM}\s+)?(?:of\s+)?((?:[\w()'’-]+\s+){{0,8}}?{_DEBT})"
)
# A kind of debt named in full, not "the bonds", "such bonds" or "three-year notes": what a later issue that names
# no kind ("Bank of China sold 20 billion yuan at 1.65%") was of.
_BOND_KIND = re.compile(r"\b((?:[\w()'’-]+ ){1,5}?(?:bonds?|notes|debentures))\b")
# A word that is no part of the name of a kind of debt: "on May 8 a three-year bond", "419 such bonds", "Banks
# have sold ... bonds" (a name's own capitals are all capitals: "TLAC").
_NOT_A_KIND = re.compile(
    r"(?:the|an?|such|these|those|its|their|of|on|in|at|for|by|with|through|new|first|more|and|or|\w+-year|year|"
    rf"\d[\d.,]*|yuan|dollars|billion|million|[A-Z][a-z]\S*|{_ISSUING}|have|has|had|will|to|plans?|planned|"
    r"is|are|was|were|been|be|filed|announced|offered|opened|completed|approved|launched|priced|raised|\w+ly|per|all|some|many|most|other|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|"
    r"unconverted|outstanding|remaining|existing|defaulted|maturing|matured|listed|traded)"
)
# Where shares are to be listed: "in Hong Kong", "a Hong Kong listing" (not "on January 13").
_VENUE = re.compile(
    rf"\b(?:in|on) (?:the )?(?!(?:{'|'.join((*MONTHS, *WEEKDAYS))})\b)((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)*)|"
    r"\b(Hong Kong|Shanghai|Shenzhen|Beijing|Singapore|London|Frankfurt|Zurich)(?= listing| IPO)"
)


def triggered(
    kind: EventType,
    trigger: re.Pattern[str],
    clause: Span,
    inside: list[Named],
    amounts: list[tuple[str, int]],
    by_ref: dict[str, Entity],
) -> Iterator[Draft]:
    """One event per agent for each trigger in the clause; a trigger's agents are the companies named
    since the previous trigger ("A plans to invest ... to build P, and B plans to invest ... to build Q")."""
    text = clause.text
    matches = list(trigger.finditer(text))
    if not matches:
        return
    companies = [n for n in inside if isinstance(n.entity, Company)]
    products = [n for n in inside if isinstance(n.entity, Product)]
    for k, match in enumerate(matches):
        since = clause.start + (matches[k - 1].end() if k else 0)
        until = clause.start + (matches[k + 1].start() if k + 1 < len(matches) else len(text))
        at = clause.start + match.start()
        agents = _subjects([n for n in companies if n.span.start >= since], products, at, by_ref)
        if kind is EventType.APPROVAL:  # "the Food and Drug Administration approved its antibody": the regulator's
            agents = _regulators(inside, since, at) or agents
        if len(agents) > 1 and (again := _IT_AGAIN.search(text, 0, match.start())) and not any(
                clause.start + again.start() < n.span.start < at for n in companies):
            agents = agents[:1]
        if _OVERTAKING.fullmatch(match.group()):  # "China Mobile was the biggest earner, followed by Moutai, which
            agents = agents[-1:]  # overtook China Shenhua": the one named right before
        spent = [(fact, start) for fact, start in amounts if at <= start < until]
        if kind is EventType.FINANCING and not spent:  # "led with 14 billion yuan, selling 1,684,717,207 shares at"
            spent = [(fact, start) for fact, start in amounts if max(since, at - 40) <= start < at][-1:]
        money = [fact for fact, _ in spent]
        if not agents and kind is EventType.APPROVAL:
            yield from _group_approvals(clause, products, since, until)
        if not agents or (kind is EventType.FINANCING and not money):
            continue
        event_type = kind
        respectively = "respectively" in text and len(money) == len(agents)
        if kind is EventType.PRODUCT_LAUNCH and re.search(r"\bfirst\b", text):
            event_type = EventType.MILESTONE
        after = [n for n in inside if at <= n.span.start < until and n.entity not in agents]
        if kind is EventType.SHARE_ISSUE_APPLICATION:  # "The listing committee of the exchange heard its application"
            after += [n for n in inside if n.span.start < at and isinstance(n.entity, Organization)]
        own = [(agent, money[i] if respectively else first_fact(money)) for i, agent in enumerate(agents)]
        if kind is EventType.FINANCING:  # "Bank of China plans to raise up to 165 billion yuan, CCB up to 105 ..."
            own += gapped(clause, companies, spent, match.end())
        for agent, amount in own:
            obj = _object(event_type, agent, after, products)
            if event_type in {EventType.PRODUCT_LAUNCH, EventType.APPROVAL} and not isinstance(obj, Product):
                continue
            yield Draft(
                event_type=event_type,
                clause=clause,
                agent=agent,
                object=obj,
                object_label=_costed(event_type, match, text[since - clause.start : match.start()], obj)
                or _object_label(event_type, text[_label_from(kind, match) : until - clause.start], obj)
                or _object_label(event_type, text[since - clause.start : until - clause.start], obj),
                amount=amount,
                status=event_status(event_type, text[since - clause.start : match.end()], text[since - clause.start :]),
            )


def _subjects(companies: list[Named], products: list[Named], at: int, by_ref: dict[str, Entity]) -> list[Entity]:
    """Companies named before the trigger, else the maker of the first product of the clause."""
    found: list[Entity] = [n.entity for n in companies if n.span.start < at]
    if not found:
        makers = [
            by_ref[p.entity.maker] for p in products if isinstance(p.entity, Product) and p.entity.maker in by_ref
        ]
        found = makers[:1]
    return list(dict.fromkeys(found))


def _group_approvals(clause: Span, products: list[Named], since: int, until: int) -> Iterator[Draft]:
    """A group's products approved ("more than 50 of their drugs are now approved"), the agent left to the cohort
    stage; a product whose maker is only not known ("Qiming's lunatinib") is no group's."""
    for named in products:
        product, at = named.entity, named.span.start - clause.start
        theirs = THEIR.search(clause.text, max(0, at - 40), at)
        if isinstance(product, Product) and product.maker is None and theirs and since <= named.span.start < until:
            yield completed(EventType.APPROVAL, clause, None, product)


def _regulators(inside: list[Named], since: int, at: int) -> list[Entity]:
    """The regulator named last between `since` and `at`, if any, as a one-item list."""
    found: list[Entity] = [
        n.entity
        for n in inside
        if isinstance(n.entity, Organization) and n.entity.role == "regulator" and since <= n.span.start < at
    ]
    return found[-1:]


def _object(kind: EventType, agent: Entity, after: list[Named], products: list[Named]) -> Entity | None:
    """What the event is about: a product of the agent, an organization or company after the trigger."""
    if kind is EventType.SHARE_ISSUE_APPLICATION:  # the exchange, not the regulator that files it, nor the board of
        # it every exchange has ("on the main board of the Hong Kong stock exchange": the exchange, else where it is)
        venues = [n.entity for n in after if isinstance(n.entity, Organization)
                  and n.entity.role in {"exchange", "board"} and n.entity.slug != "main-board"]
        return next((v for v in venues if v.role == "exchange"), None) or next(iter(venues), None)
    if kind is EventType.FINANCING:
        return agent
    own = [n.entity for n in products if isinstance(n.entity, Product) and n.entity.maker == agent.ref]
    if own:
        return own[0]
    if kind is EventType.MILESTONE:
        return agent
    if kind is EventType.BOND_ISSUE:  # a kind of debt, named or not; a company after it is only compared with
        return None  # ("sold ... bonds at 1.69%, the same rate as Orient Securities")
    if kind is EventType.INVESTMENT_PLAN:
        return None  # a project, told by its wording ("a 20 GW wafer plant in Saudi Arabia"), not a company after it
    return next((n.entity for n in after if not isinstance(n.entity, Organization)), None)


# The project a cost is told of, right before it: "Dengyun disclosed in May (a Thai valve plant) costing ...".
_COSTED = re.compile(
    r"((?:an?|its|the) (?:[\w.-]+ ){0,6}?(?:plant|factory|base|project|park|line|fab)"
    r"(?: (?:in|at|near) [A-Z][\w-]+(?:, [A-Z][\w-]+)?)?),?\s*$"
)


def _label_from(kind: EventType, match: re.Match[str]) -> int:
    """Where the wording of an event's object starts: a bond issue names its bonds inside the trigger, and so does a
    plant being built; failing the words after the trigger, an investment names its project before it ("for a 20 GW
    wafer plant ... with a total investment of")."""
    named_inside = kind in (EventType.BOND_ISSUE, EventType.SHARE_ISSUE_APPLICATION) or (
        kind is EventType.INVESTMENT_PLAN and "build" in match.group())  # "is building (a US$228 million plant)"
    return match.start() if named_inside else match.end()


def _costed(kind: EventType, trigger: re.Match[str], before: str, obj: Entity | None) -> str:
    """The project a plan's trigger follows, when the trigger tells what it costs."""
    costs = kind is EventType.INVESTMENT_PLAN and "cost" in trigger.group()
    if not costs or obj is not None or not (project := _COSTED.search(before)):
        return ""
    return project.group(1)


def _object_label(kind: EventType, text: str, obj: Entity | None) -> str:
    """Wording of the object when no entity stands for it: the project an investment builds."""
    if obj is not None:
        return obj.label
    if kind is EventType.INVESTMENT_PLAN and (build := _BUILD.search(text)):
        return next(g for g in build.groups() if g).strip().rstrip(".")
    if kind is EventType.SHARE_ISSUE_APPLICATION and (venue := _VENUE.search(text)):
        return venue.group(1) or venue.group(2)
    if kind is EventType.BOND_ISSUE and (bonds := _BONDS.search(text)):
        return bond_kind(bonds.group(1))  # "issue of total loss-absorbing capacity (TLAC) non-capital bonds", not
        # "issued 10 billion yuan of three-year bonds"
    return ""


def bond_kind(words: str) -> str:
    """The kind of debt `words` name, the words right before "bonds" that belong to its name ("sci-tech innovation
    bonds" of "sold 419 sci-tech innovation bonds"), or "" when they name none ("a three-year bond", "such bonds")."""
    *head, debt = words.split()
    kept: list[str] = []
    for word in reversed(head):
        if _NOT_A_KIND.fullmatch(word):
            break
        kept.insert(0, word)
    return " ".join([*kept, debt]) if kept else ""


def bond_kinds(text: str) -> list[tuple[int, str]]:
    """Every kind of debt `text` names in full, with the offset its naming ends at, in text order."""
    return [(m.end(), kind) for m in _BOND_KIND.finditer(text) if (kind := bond_kind(m.group(1)))]


def kind_named_before(kinds: list[tuple[int, str]], at: int) -> str:
    """The kind of debt of `kinds` named last before `at`, in full if it was named in full before ("sci-tech bonds"
    are the "sci-tech innovation bonds" of the opening)."""
    told = [kind for end, kind in kinds if end <= at]
    if not told:
        return ""
    short = set(told[-1].removesuffix("s").split())
    return next((kind for kind in told if short <= set(kind.removesuffix("s").split())), told[-1])
