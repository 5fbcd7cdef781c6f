"""Extract: events (deals, plans, issues, approvals, milestones) with agent, object, amount and status.

Each rule is a trigger wording of market reports read clause by clause; the agent is a company
named in the clause before the trigger, the object a company, product or organization after it,
the amount the id of the first money quantity of the clause (fact ids are "q1", "q2" ... in the
order of `quantities`). Status comes from the verbs: "plans to" is planned, "submitted an
application" applied, "continues to" ongoing, a past tense completed. Company news refers back more
than it names: a clause that names no company but says "It", "its", "The company" or "The board
proposed" has the company its paragraph was last about as agent.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from ..records import Company, Document, Entity, Event, EventType, Organization, Product, Quantity, Span, Status
from ..resolve.aliases import slugify, unique_slugs
from .products import index_publisher

_PLANNED = re.compile(
    r"\b(?:plans?|planned|planning|intends?|intended|proposes?|proposed|will|expects? to|aims? to|meant|earmarked|"
    r"moved to)\b"
)
_APPLIED = re.compile(r"\bapplied for\b|\bapplications?\b|\bsubmitted\b|\bfiled\b")
_ONGOING = re.compile(r"\b(?:continues|continue|continuing|is expanding|are expanding|ongoing|have used|has used)\b")
_DONE = re.compile(r"\b(?:completed|implemented|paid|distributed)\b")
_MONTH_YEAR = re.compile(
    r"\b(?:in |since )?(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})"
)
_MONTHS = tuple(calendar.month_name)[1:]
# A sentence closed by a stop; a title or heading ("Payouts, buybacks and deals") has none.
_CLOSED = re.compile(r"[.!?…\"”’')\]]\s*$")
# Funds raised, not compared with: "paid more in dividends than they raised through IPOs".
_NOT_COMPARED = r"(?<!-)(?<!than they )(?<!than it )"
# What a company raises without raising funds: "raised revenue by 16%", "raising its dividend".
_FIGURES = r"(?:revenue|sales|income|profits?|earnings|margins?|output|prices?|dividends?|stakes?|capacity|guidance)\b"

# (event type, trigger) for events whose agent is a company named before the trigger in the clause.
_TRIGGERS: tuple[tuple[EventType, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (
            EventType.SHARE_ISSUE_APPLICATION,
            r"\bH[- ]shares?\b[^.;]*?\bapplications?\b|\b(?:submitted|filed) (?:an? )?"
            r"(?:application|prospectus)[^.;]*?\b(?:listing|IPO|share)|\bapplied for (?:an? )?(?:listing|IPO)|"
            r"\bappl(?:ied|ies|y|ying) to (?:list|float)\b",
        ),
        (EventType.BOND_ISSUE, r"\b(?:issued|issue|issuing)\b[^.;]*?\bbonds?\b"),
        (
            EventType.INVESTMENT_PLAN,
            r"\b(?:plans?|intends?|proposes?|will|to) (?:to )?invest\b|\binvested\b|"
            r"\bproceeds (?:are|will be|are to be) (?:\w+ )?(?:meant|used|earmarked|allocated)\b",
        ),
        # not a figure raised ("raised revenue by 16% to ...", "raised its dividend") nor a comparison ("paid more
        # in dividends than they raised")
        (
            EventType.FINANCING,
            _NOT_COMPARED + r"\b(?:raised|raising)\b(?! (?:its |their )?(?:[\w-]+ )?" + _FIGURES + r")"
            r"(?![^.;]*\bbond)|\bprivate placement\b",
        ),
        (EventType.APPROVAL, r"\bapproved\b|\bapproval\b|\bregistration certificate\b"),
        (
            EventType.MILESTONE,
            r"\bfor the first time\b|\bmilestone\b|\bworld's first\b|\bworld’s first\b|\brecord high\b|"
            r"\bexceeded\b|\bsurpassed\b|\bbroke through\b|\bturned (?:losses )?into (?:a )?profit|\bachieved “|"
            r"\bapplied on a large scale\b|\b(?:its|their) first (?:[\w-]+ ){0,2}profit\b|\bturned profitable\b|"
            r"\b(?:its|their|the) first (?:(?:annual|yearly|full-year|quarterly|net) )*(?:loss|drop|decline)\b",
        ),
        (EventType.PRODUCT_LAUNCH, r"\blaunched\b|\breleased\b|\bunveiled\b"),
        (EventType.OTHER, r"\bfocuses on\b|\bcontinues to expand\b"),
    )
)
# A company bought: "plans to acquire", "took control of", "moved to buy the remaining 40% of" (not "bought back").
_ACQUIRE = re.compile(
    r"\b(?:acquire|acquired|acquisition of|take over|took over|merge with|merged with|purchase of|"
    r"(?:take|takes|took|taken|taking|gain|gains|gained|gaining) control of|"
    r"(?:buy|buys|bought|buying) (?:(?:a|an|the|all|remaining|controlling|majority|further|[\d.]+%) )+"
    r"(?:stake|of|in)\b)"
)
_CONTROL = re.compile(r"\bcontrolling shareholder\b|\btaken over by\b")
_TAKEN_BY = re.compile(r"\b(?:taken over|acquired|bought) by\b")
_COHORT_EVENTS: tuple[tuple[EventType, re.Pattern[str]], ...] = (
    # "a record high", "set a new record", "10% more than a year before and a record." (not "a record 22% of sales",
    # a share that is only the highest yet)
    (
        EventType.MILESTONE,
        re.compile(r"\b(?:record high|all-time high|set a (?:new )?record|a new record)\b|\ba record(?=\s*(?:[.;]|$))"),
    ),
    (
        EventType.FINANCING,
        re.compile(
            _NOT_COMPARED
            + r"\braised\b[^.;]*?\b(?:initial public offerings?|IPOs?|refinancing|placements?|financing)\b"
        ),
    ),
    # "a cash dividend", "will pay 10.80 yuan per 10 shares", "their 2022 distributions", "leads with RMB 15 for
    # every 10 shares"
    (
        EventType.DIVIDEND,
        re.compile(
            r"\bdividends?\b|\b(?:pay|pays|paid|paying|distributes?|distributed)\b(?:[^.;]|\.\d)*?"
            r"\bper (?:10 |ten )?shares?\b|\b(?:profit|cash|\d{4}) distributions?\b|\bdistribution plans?\b|"
            r"(?:\b(?:RMB|CNY) ?[\d.]+|[\d.]+ yuan) (?:for every|per) (?:10|ten) shares\b"
        ),
    ),
    # "repurchase plans", "a buyback", "spent 2 billion yuan buying back 100 million shares"
    (
        EventType.REPURCHASE,
        re.compile(r"\brepurchas(?:es?|ed|ing)\b|\bbuy-?backs?\b|\b(?:buy|buys|buying|bought) back\b"),
    ),
)
# Licensing income and the licensees who pay it: "booked an upfront payment from Qiming Pharma", "licensing fees
# from Ruixin Biotech".
_LICENCE_FEE = re.compile(r"\b(?:upfront|up-front|licen[cs]ing|licen[cs]e|milestone) (?:payments?|fees?|income)\b")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
# A licensee paying for a drug's rights: "Qiming Pharma agreed to pay US$50 million upfront for the rights to XY-101"
# (the thing licensed is named after the payment).
_LICENCE_DEAL = re.compile(
    r"\b(?:agreed to pay|agrees to pay|will pay|to pay|paid|pays|paying)\b(?=[^.;]*?\b(?:upfront|up-front|up front)\b"
    r"[^.;]*?\brights\b)"
)
# A group's own: "more than 50 of their drugs".
_THEIR = re.compile(r"\btheir\b", re.IGNORECASE)
# A dividend not paid: "will pay no dividend", "declared no cash dividend", "did not pay a dividend"; or only a
# share of a market's total: "nearly 80% of its cash dividends".
_NO_DIVIDEND = re.compile(
    r"\bno (?:[\w-]+ )?(?:dividends?|distributions?)\b|"
    r"\b(?:not|never) (?:to )?(?:pay|declare|propose|distribute)\w* (?:any |an? )?(?:[\w-]+ )?dividends?\b|"
    r"%\s+of (?:its|their|the)(?: [\w'’-]+)?? (?:cash )?dividends\b"
)

# A company's listing: "the battery maker that listed on ChiNext in June 2018", "before its listing in 2010",
# "since its 2004 listing".
_LISTING = re.compile(
    r"\b(?:(?:was|were|got|it|they|that|which|who)\s+listed|went public|debuted|"
    r"(?:its|their) (?:(?P<year>(?:19|20)\d\d) )?(?:listing|IPO|debut))\b"
)
# Listings of a group, left to the cohort stage: "424 companies went public on China's domestic exchanges".
_GROUP_LISTING = re.compile(r"\bcompanies (?:went public|debuted|made their (?:market )?debuts?)\b")
# A board's anniversary: "The STAR Market marked its fourth anniversary", "on the board's sixth anniversary".
_ANNIVERSARY = re.compile(r"\b(?:[\w-]+ )?anniversary\b")
# A board's size passing a mark: "The number of companies on the STAR Market passed 500 in 2022".
_BOARD_SIZE = re.compile(
    r"\bnumber of (?:listed )?companies\b[^.;]*?\b(?:passed|exceeded|surpassed|topped|crossed|broke through)\b"
)
_RELEASE = re.compile(r"\b(?:released|launched|published)\b")
_OBLIQUE = re.compile(r"\b(?:of|on|in|at|from)\s+(?:the\s+)?$")
# A report made public: "all 248 companies had disclosed their annual reports", "the institute released its analysis"
# (not "data disclosed in the report"); a company's results day: "the carmaker, which reported on March 24, ...",
# "Qiming said on March 3 that revenue rose"; a season's count: "2,265 companies had reported for the first three
# quarters"; a publisher named after its report: "In its review of May 2, the exchange said ...".
_DATE = rf"(?:{'|'.join(calendar.month_name[1:])}) \d{{1,2}}\b"
_DISCLOSURE = re.compile(
    r"\b(?:disclosed|published|released|filed)\b(?! (?:in|by)\b)(?:\s+[\w&'’-]+){0,8}?\s+"
    r"(?:reports?|results|analysis|figures|statements)\b|"
    rf"\b(?:reported|said|announced) on {_DATE}|\b(?:had|have) reported for\b|"
    rf"(?P<ahead>\b(?:in|according to) (?:its|their) (?:overview|report|review|summary|analysis|statement|bulletin) "
    rf"(?:of|on|published on|released on) {_DATE})",
    re.IGNORECASE,
)
# A board naming a group, not acting: "241 STAR Market companies disclosed ESG reports".
_GROUP_OF = re.compile(r"(?:-listed)?\s+compan(?:y|ies)\b")
# Who tells is not who discloses: "The Shanghai Stock Exchange said that 2,265 companies had reported ...".
_SAID = re.compile(r"\b(?:said|says|noted|showed|shows|announced) that\b")
# A company referred back to rather than named: "It shipped ...", "its first annual loss", "The company applied
# ...", "The carmaker sold ...", "The board proposed a dividend" (not "It is worth noting", not "IT services", not
# "the group of companies", not the market's board).
_ANAPHOR = re.compile(
    r"(?-i:\b[Ii]t(?! (?:is|was|has been|will be|would be|should|seems|appears)\b)\b|\b[Ii]ts\b)|"
    r"\bthe (?:[\w-]+ ){0,2}?(?:company|group(?! of)|firm|carmaker|automaker|chipmaker|maker|producer|manufacturer)\b|"
    r"\bthe board(?= (?:of directors )?(?:propos|approv|recommend|declar|decide|resolv|plan)\w*)",
    re.IGNORECASE,
)
# Shares handed out rather than sold: "eight bonus shares", "a transfer of 8 shares for every 10 from capital reserve".
_BONUS_ISSUE = re.compile(
    r"\bbonus (?:shares?|issues?)\b|\bfrom (?:the )?capital reserves?\b|\bcapital reserves? (?:into|to) shares\b"
)
# A regulator's nod to a company: "received the China Securities Regulatory Commission's filing notice".
_NOD = re.compile(
    r"\b(?:received|obtained|won|got|secured)\b[^.;]*?\b(?:approval|filing notice|registration|consent|go-ahead)\b"
)
# Rules changed by an exchange or a regulator: "the exchange revised its listing rules", "the CSRC issued new
# delisting rules", "the regulator issued six measures to deepen ChiNext reform" (the board named after is their
# object).
_RULES = re.compile(
    r"\b(?:revised|amended|issued|introduced|overhauled|tightened)\b (?:(?:its|their|the|new) )*(?:[\w-]+ ){0,2}?"
    r"(?:rules|regulations|guidelines|measures|policies|opinions)\b"
)
_RULE_MAKERS = {"exchange", "regulator", "government"}
# An exchange referred back to: "according to the exchange", "the exchange revised its listing rules".
_THE_EXCHANGE = re.compile(r"\bthe exchange\b", re.IGNORECASE)
# What an investment builds, in the words after the trigger: "to build a plant in Hungary", "(proceeds are meant)
# mainly for its plant in Hungary".
_BUILD = re.compile(r"(?:\bto (?:build|construct|set up|establish)|^\s*(?:\w+ )?for) ([^,;]+)")
# Where shares are to be listed, when no exchange is named: "applied to list H-shares in Hong Kong".
_VENUE = re.compile(r"\b(?:in|on) (?:the )?((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)*)")


@dataclass(frozen=True, slots=True)
class _Named:
    """One mention of an entity in the text."""

    entity: Entity
    span: Span


@dataclass(frozen=True, slots=True, kw_only=True)
class _Draft:
    event_type: EventType
    clause: Span
    agent: Entity | None
    object: Entity | None
    object_label: str
    amount: str | None
    status: Status
    date: str


def find_events(
    document: Document,
    quantities: tuple[Quantity, ...],
    companies: tuple[Company, ...],
    organizations: tuple[Organization, ...],
    products: tuple[Product, ...],
) -> tuple[Event, ...]:
    """Events of `document` in text order, one per (type, agent, object) and clause."""
    companies = _not_products(companies, products)
    named = sorted(
        (_Named(e, s) for e in (*companies, *organizations, *products) for s in e.mentions), key=lambda n: n.span.start
    )
    by_ref: dict[str, Entity] = {c.ref: c for c in companies}
    money = [(f"q{i + 1}", q.span.start) for i, q in enumerate(quantities) if q.unit == "CNY"]
    drafts: list[_Draft] = []
    for clause in _clauses(document):
        inside = [n for n in _starting_in(named, clause) if n.span.end <= clause.end]
        inside = sorted(
            (*_antecedent(document, clause, named), *_exchange(clause, named), *inside), key=lambda n: n.span.start
        )
        amounts = [(fact, start) for fact, start in money if clause.start <= start < clause.end]
        drafts.extend(_clause_events(clause, inside, amounts, organizations, by_ref))
    seen: set[tuple[EventType, str, str, int]] = set()
    unique = []
    for draft in drafts:
        key = (draft.event_type, _ref(draft.agent), _ref(draft.object) or draft.object_label, draft.clause.start)
        if key not in seen:
            seen.add(key)
            unique.append(draft)
    return _records(unique)


def _not_products(companies: tuple[Company, ...], products: tuple[Product, ...]) -> tuple[Company, ...]:
    """Companies but those once written where a product is named: a brand name in capitals after its kind ("its
    cancer drug ZANIRA") looks like a company name everywhere else, but neither acts nor is acted on."""
    spans = {(s.start, s.end) for p in products for s in p.mentions}
    return tuple(c for c in companies if not any((s.start, s.end) in spans for s in c.mentions))


def _antecedent(document: Document, clause: Span, named: list[_Named]) -> list[_Named]:
    """The company a clause that names none refers back to ("It shipped ...", "The board proposed ..."), as a
    mention at the clause's start: the topic (first company, product or market named) of the paragraph's
    last sentence that names one, when that topic is a company. "The board" or "the company" is never a
    product or a market, so only companies count for them."""
    match = _ANAPHOR.search(clause.text)
    if match is None or any(isinstance(n.entity, Company) for n in _starting_in(named, clause)):
        return []
    paragraph = document.sentence_at(clause.start).paragraph
    before = named[: bisect.bisect_left(named, clause.start + match.start(), key=_start)]
    salient = _salient if match.group().lower().startswith("it") else _company
    last = next((n for n in reversed(before) if salient(n.entity)), None)
    if last is None or (sentence := document.sentence_at(last.span.start)).paragraph != paragraph:
        return []
    topic = next(n for n in _starting_in(named, sentence.span) if salient(n.entity))
    if not isinstance(topic.entity, Company):
        return []
    return [_Named(topic.entity, Span(clause.doc_id, clause.start, clause.start, ""))]


def _exchange(clause: Span, named: list[_Named]) -> list[_Named]:
    """The exchange named last before "the exchange", as a mention where those words stand."""
    match = _THE_EXCHANGE.search(clause.text)
    if match is None:
        return []
    at = clause.start + match.start()
    last = next(
        (
            n.entity
            for n in reversed(named[: bisect.bisect_left(named, at, key=_start)])
            if isinstance(n.entity, Organization) and n.entity.role == "exchange"
        ),
        None,
    )
    return [_Named(last, Span(clause.doc_id, at, at, ""))] if last else []


def _salient(entity: Entity) -> bool:
    """What "it" may stand for in a report: a company, a product or a market (not a regulator it cites)."""
    return isinstance(entity, Company | Product) or (
        isinstance(entity, Organization) and entity.role in {"board", "exchange"}
    )


def _company(entity: Entity) -> bool:
    return isinstance(entity, Company)


def _starting_in(named: list[_Named], clause: Span) -> list[_Named]:
    """The mentions (in text order) that start inside `clause`, by bisection rather than a scan."""
    low = bisect.bisect_left(named, clause.start, key=_start)
    return named[low : bisect.bisect_left(named, clause.end, key=_start)]


def _start(named: _Named) -> int:
    return named.span.start


def _ref(entity: Entity | None) -> str:
    return entity.ref if entity else ""


def _clauses(document: Document) -> Iterator[Span]:
    """Sentences cut at semicolons: a report packs one event per clause. A title or heading (a paragraph of one
    sentence with no closing stop) names topics ("Payouts, buybacks and deals") and reports no event."""
    sizes = Counter(s.paragraph for s in document.sentences)
    for sentence in document.sentences:
        if sizes[sentence.paragraph] == 1 and not _CLOSED.search(sentence.span.text):
            continue
        text, start = sentence.span.text, sentence.span.start
        for match in re.finditer(r"[^;]+", text):
            if match.group().strip():
                yield Span(document.doc_id, start + match.start(), start + match.end(), match.group())


def _clause_events(
    clause: Span,
    inside: list[_Named],
    amounts: list[tuple[str, int]],
    organizations: tuple[Organization, ...],
    by_ref: dict[str, Entity],
) -> Iterator[_Draft]:
    """Every event of one clause: deals and control changes, then the first trigger type that fires,
    else a dividend or repurchase of a group of companies; index releases besides."""
    text = clause.text
    companies = [n for n in inside if isinstance(n.entity, Company)]
    products = [n for n in inside if isinstance(n.entity, Product)]
    facts = [fact for fact, _ in amounts]
    if companies and _ACQUIRE.search(text) and not _CONTROL.search(text):
        yield from _pairs(clause, companies, facts)
    if companies and _CONTROL.search(text):
        yield from _control(clause, companies, facts)
    # a trigger's agent is a company or a product's maker: without either, no trigger is worth a search
    for kind, trigger in _TRIGGERS if companies or products else ():
        drafts = list(_triggered(kind, trigger, clause, inside, amounts, by_ref))
        if drafts:
            yield from drafts
            break
    else:
        yield from _cohort_events(clause, companies, facts, _date(text))
    yield from _releases(clause, products, organizations)
    yield from _disclosures(clause, inside)
    yield from _milestones(clause, inside, organizations)
    yield from _bonus_issues(clause, companies, facts)
    yield from _licences(clause, inside, facts)
    yield from _nods(clause, inside)
    yield from _rule_changes(clause, inside)


def _triggered(
    kind: EventType,
    trigger: re.Pattern[str],
    clause: Span,
    inside: list[_Named],
    amounts: list[tuple[str, int]],
    by_ref: dict[str, Entity],
) -> Iterator[_Draft]:
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
        money = [fact for fact, start in amounts if at <= start < until]
        if not agents and kind is EventType.APPROVAL:
            yield from _group_approvals(clause, products, since, until)
        if not agents or (kind is EventType.FINANCING and not money):
            continue
        event_type = kind
        if kind is EventType.PRODUCT_LAUNCH and re.search(r"\bfirst\b", text):
            event_type = EventType.MILESTONE
        after = [n for n in inside if at <= n.span.start < until and n.entity not in agents]
        for i, agent in enumerate(agents):
            obj = _object(event_type, agent, after, products)
            if event_type in {EventType.PRODUCT_LAUNCH, EventType.APPROVAL} and not isinstance(obj, Product):
                continue
            respectively = "respectively" in text and len(money) == len(agents)
            yield _Draft(
                event_type=event_type,
                clause=clause,
                agent=agent,
                object=obj,
                object_label=_object_label(event_type, text[match.end() : until - clause.start], obj),
                amount=money[i] if respectively else _first(money),
                status=_status(event_type, text[since - clause.start : match.end()], text[since - clause.start :]),
                date=_date(text),
            )


def _subjects(companies: list[_Named], products: list[_Named], at: int, by_ref: dict[str, Entity]) -> list[Entity]:
    """Companies named before the trigger, else the maker of the first product of the clause."""
    found: list[Entity] = [n.entity for n in companies if n.span.start < at]
    if not found:
        makers = [
            by_ref[p.entity.maker] for p in products if isinstance(p.entity, Product) and p.entity.maker in by_ref
        ]
        found = makers[:1]
    return list(dict.fromkeys(found))


def _group_approvals(clause: Span, products: list[_Named], since: int, until: int) -> Iterator[_Draft]:
    """A group's products approved ("more than 50 of their drugs are now approved"), the agent left to the cohort
    stage; a product whose maker is only not known ("Qiming's lunatinib") is no group's."""
    for named in products:
        product, at = named.entity, named.span.start - clause.start
        theirs = _THEIR.search(clause.text, max(0, at - 40), at)
        if isinstance(product, Product) and product.maker is None and theirs and since <= named.span.start < until:
            yield _Draft(
                event_type=EventType.APPROVAL,
                clause=clause,
                agent=None,
                object=product,
                object_label=product.label,
                amount=None,
                status=Status.COMPLETED,
                date=_date(clause.text),
            )


def _regulators(inside: list[_Named], since: int, at: int) -> list[Entity]:
    """The regulator named last between `since` and `at`, if any, as a one-item list."""
    found: list[Entity] = [
        n.entity
        for n in inside
        if isinstance(n.entity, Organization) and n.entity.role == "regulator" and since <= n.span.start < at
    ]
    return found[-1:]


def _object(kind: EventType, agent: Entity, after: list[_Named], products: list[_Named]) -> Entity | None:
    """What the event is about: a product of the agent, an organization or company after the trigger."""
    if kind is EventType.SHARE_ISSUE_APPLICATION:  # the exchange, not the regulator that files it
        return next(
            (n.entity for n in after if isinstance(n.entity, Organization) and n.entity.role in {"exchange", "board"}),
            None,
        )
    if kind is EventType.FINANCING:
        return agent
    own = [n.entity for n in products if isinstance(n.entity, Product) and n.entity.maker == agent.ref]
    if own:
        return own[0]
    if kind is EventType.MILESTONE:
        return agent
    return next((n.entity for n in after if not isinstance(n.entity, Organization)), None)


def _object_label(kind: EventType, text: str, obj: Entity | None) -> str:
    """Wording of the object when no entity stands for it: the project an investment builds."""
    if obj is not None:
        return obj.label
    if kind is EventType.INVESTMENT_PLAN and (build := _BUILD.search(text)):
        return build.group(1).strip().rstrip(".")
    if kind is EventType.SHARE_ISSUE_APPLICATION and (venue := _VENUE.search(text)):
        return venue.group(1)
    return ""


def _pairs(clause: Span, companies: list[_Named], amounts: list[str]) -> Iterator[_Draft]:
    """Agent before the trigger, object the first company after it: "X plans to acquire Y"."""
    match = _ACQUIRE.search(clause.text)
    if match is None:
        return
    at = clause.start + match.start()
    before = [n for n in companies if n.span.start < at]
    after = [n for n in companies if n.span.start >= at and (not before or n.entity != before[-1].entity)]
    if before and after:
        yield _Draft(
            event_type=EventType.ACQUISITION,
            clause=clause,
            agent=before[-1].entity,
            object=after[0].entity,
            object_label=after[0].entity.label,
            amount=_first(amounts),
            status=_status(EventType.ACQUISITION, clause.text[: match.end()]),
            date=_date(clause.text),
        )


def _control(clause: Span, companies: list[_Named], amounts: list[str]) -> Iterator[_Draft]:
    """New controlling shareholders: "X introduced Y as controlling shareholder", "X was taken over by Y"."""
    text = clause.text
    for part in re.finditer(r"[^;]+?(?:;|$)", text):
        start, end = clause.start + part.start(), clause.start + part.end()
        members = [n for n in companies if start <= n.span.start < end]
        trigger = _CONTROL.search(part.group()) or _TAKEN_BY.search(part.group())
        if len(members) < 2 or trigger is None:
            continue
        target, holder = members[0].entity, members[1].entity
        if re.search(r"\bcontrolling shareholder of\b", part.group()):
            target, holder = holder, target
        yield _Draft(
            event_type=EventType.CONTROL_CHANGE,
            clause=clause,
            agent=holder,
            object=target,
            object_label=target.label,
            amount=_first(amounts),
            status=_status(EventType.CONTROL_CHANGE, part.group()[: trigger.end()]),
            date=_date(text),
        )


def _cohort_events(clause: Span, companies: list[_Named], amounts: list[str], date: str) -> Iterator[_Draft]:
    """Dividends and repurchases of a group of companies: the agent is left to the cohort stage and
    the clause's words that name the group go into `object_label`. One event a clause, but a payout and a
    buyback often share one ("a special dividend and a new buyback are planned")."""
    for kind, trigger in _COHORT_EVENTS:
        match = next((m for m in trigger.finditer(clause.text) if not _negated(clause.text, m)), None)
        if not match:
            continue
        segment = _segment(clause.text, match.start())
        agent = next((n.entity for n in companies if n.span.start < clause.start + match.start()), None)
        yield _Draft(
            event_type=kind,
            clause=clause,
            agent=agent,
            object=agent,  # a named company pays its own dividend, buys back its own shares
            object_label=segment,
            amount=_first(amounts),
            status=_status(kind, segment),
            date=date,
        )
        if kind is not EventType.DIVIDEND:
            return


def _negated(text: str, match: re.Match[str]) -> bool:
    """A dividend said not to be paid ("will pay no dividend") or a share of a total is no event."""
    return any(n.start() <= match.start() and match.end() <= n.end() for n in _NO_DIVIDEND.finditer(text))


def _segment(text: str, at: int) -> str:
    """The comma-delimited part of `text` around `at`."""
    start = text.rfind(",", 0, at) + 1
    end = text.find(",", at)
    return text[start : end if end >= 0 else len(text)].strip().rstrip(".")


def _releases(clause: Span, products: list[_Named], organizations: tuple[Organization, ...]) -> Iterator[_Draft]:
    """Indices released: the publisher is the exchange whose board the index is named after."""
    if not _RELEASE.search(clause.text):
        return
    for named in products:
        publisher = index_publisher(named.entity.label, organizations)
        if publisher is not None and named.entity.label.endswith(("Index", "ETF")):
            yield _Draft(
                event_type=EventType.OTHER,
                clause=clause,
                agent=publisher,
                object=named.entity,
                object_label=named.entity.label,
                amount=None,
                status=Status.COMPLETED,
                date=_date(clause.text),
            )


def _disclosures(clause: Span, inside: list[_Named]) -> Iterator[_Draft]:
    """A report or results made public; a company or organization named before the verb published it, else
    the cohort stage gives the group of companies that disclosed."""
    match = _DISCLOSURE.search(clause.text)
    if not match:
        return
    yield _Draft(
        event_type=EventType.OTHER,
        clause=clause,
        agent=_discloser(clause, inside, match),
        object=None,
        object_label=match.group(),
        amount=None,
        status=_status(EventType.OTHER, clause.text[: match.end()]),
        date=_date(clause.text),
    )


def _discloser(clause: Span, inside: list[_Named], match: re.Match[str]) -> Entity | None:
    """Who made a report public: the company or organization named last before the verb (not who tells of it);
    after "In its overview of May 2," the one named next, whom "its" points forward to."""
    at = clause.start + match.start()
    if match.group("ahead"):
        after = clause.start + match.end()
        return next(
            (n.entity for n in inside if isinstance(n.entity, Organization | Company) and n.span.start >= after), None
        )
    text, start = clause.text, clause.start
    told = max((start + m.end() for m in _SAID.finditer(text, 0, match.start())), default=start)
    return next(
        (
            n.entity
            for n in reversed(inside)
            if isinstance(n.entity, Organization | Company)
            and told <= n.span.start
            and n.span.end <= at
            and not _OBLIQUE.search(text, max(0, n.span.start - start - 12), n.span.start - start)
            and not text[: n.span.start - start].endswith("(")
            and not _GROUP_OF.match(text, n.span.end - start)
        ),
        None,
    )  # "companies on the STAR Market of the Shanghai Stock Exchange (SSE) had released ...": the companies


def _milestones(clause: Span, inside: list[_Named], organizations: tuple[Organization, ...]) -> Iterator[_Draft]:
    """A company's listing on a board and a board's anniversary. The board is the one named in the
    clause, else the board the report names most: a listing is on the report's own market. A listing
    that neither names its board nor is dated is only a reference point ("40-fold since its debut")."""
    text = clause.text
    boards = [n.entity for n in inside if isinstance(n.entity, Organization) and n.entity.role == "board"]
    market = boards[0] if boards else _main_board(organizations)
    listing = _LISTING.search(text)
    if listing and (boards or _date(text) or listing.group("year")):  # "risen 40-fold since its debut" only dates
        at = clause.start + listing.start()
        company = next((n.entity for n in reversed(inside) if isinstance(n.entity, Company) and n.span.end <= at), None)
        if company is not None:
            yield _milestone(clause, company, market, listing.group())
    if not any(isinstance(n.entity, Company) for n in inside) and (group := _GROUP_LISTING.search(text)):
        yield _milestone(clause, None, None, _segment(text, group.start()))
    if boards and (anniversary := _ANNIVERSARY.search(text) or _BOARD_SIZE.search(text)):
        yield _milestone(clause, boards[0], boards[0], anniversary.group())


def _bonus_issues(clause: Span, companies: list[_Named], amounts: list[str]) -> Iterator[_Draft]:
    """Bonus shares and shares converted from capital reserve: the company issues them to itself's holders,
    so it is agent and object."""
    match = _BONUS_ISSUE.search(clause.text)
    at = clause.start + match.start() if match else -1
    company = next((n.entity for n in reversed(companies) if n.span.start < at), None)
    if match is None or company is None:
        return
    yield _Draft(
        event_type=EventType.OTHER,
        clause=clause,
        agent=company,
        object=company,
        object_label=company.label,
        amount=_first([fact for fact in amounts]),
        status=_status(EventType.OTHER, clause.text[: match.end()]),
        date=_date(clause.text),
    )


def _licences(clause: Span, inside: list[_Named], amounts: list[str]) -> Iterator[_Draft]:
    """Licensing deals. The event vocabulary has no licensing type and a licence is neither a takeover nor a
    financing, so they are `other`: each licensee a fee comes "from" pays the company named before them, which
    books it; a licensee that pays upfront for rights has the product named after the payment as object."""
    text, start = clause.text, clause.start
    companies = [n for n in inside if isinstance(n.entity, Company)]
    if fee := _LICENCE_FEE.search(text):
        payers = [
            n for n in companies if n.span.start >= start + fee.start() and _FROM.search(text, 0, n.span.start - start)
        ]
        payee = next((n.entity for n in reversed(companies) if payers and n.span.start < payers[0].span.start), None)
        for payer in payers:
            if payee is not None:
                yield _licence(clause, payer.entity, payee, amounts)
    if deal := _LICENCE_DEAL.search(text):
        licensee = next((n.entity for n in reversed(companies) if n.span.end <= start + deal.start()), None)
        licensed = next((n.entity for n in inside if n.span.start >= start + deal.start() and _product(n)), None)
        if licensee is not None and licensed is not None:
            yield _licence(clause, licensee, licensed, amounts)


def _product(named: _Named) -> bool:
    return isinstance(named.entity, Product)


def _licence(clause: Span, payer: Entity, obj: Entity, amounts: list[str]) -> _Draft:
    return _Draft(
        event_type=EventType.OTHER,
        clause=clause,
        agent=payer,
        object=obj,
        object_label=obj.label,
        amount=_first(amounts),
        status=Status.COMPLETED,
        date=_date(clause.text),
    )


def _nods(clause: Span, inside: list[_Named]) -> Iterator[_Draft]:
    """A regulator's approval or filing notice received by a company: the regulator approves, the company
    is approved. A product approved is the trigger rules' (its maker is the agent)."""
    match = _NOD.search(clause.text)
    if match is None or any(isinstance(n.entity, Product) for n in inside):
        return
    start, end = clause.start + match.start(), clause.start + match.end()
    company = next((n.entity for n in reversed(inside) if isinstance(n.entity, Company) and n.span.end <= start), None)
    regulator = next(
        (
            n.entity
            for n in inside
            if isinstance(n.entity, Organization) and n.entity.role == "regulator" and start <= n.span.start < end
        ),
        None,
    )
    if company is None or regulator is None:
        return
    yield _Draft(
        event_type=EventType.APPROVAL,
        clause=clause,
        agent=regulator,
        object=company,
        object_label=company.label,
        amount=None,
        status=Status.COMPLETED,
        date=_date(clause.text),
    )


def _rule_changes(clause: Span, inside: list[_Named]) -> Iterator[_Draft]:
    """Rules revised or issued by the exchange, regulator or ministry named last before the verb, for the board
    named after it, if any."""
    match = _RULES.search(clause.text)
    if match is None:
        return
    at = clause.start + match.start()
    board = next((n.entity for n in inside if _is_board(n.entity) and n.span.start > at), None)
    agent = next(
        (
            n.entity
            for n in reversed(inside)
            if isinstance(n.entity, Organization) and n.entity.role in _RULE_MAKERS and n.span.end <= at
        ),
        None,
    )
    if agent is not None:
        yield _Draft(
            event_type=EventType.OTHER,
            clause=clause,
            agent=agent,
            object=board,
            object_label=match.group(),
            amount=None,
            status=_status(EventType.OTHER, clause.text[: match.end()]),
            date=_date(clause.text),
        )


def _milestone(clause: Span, agent: Entity | None, obj: Entity | None, wording: str) -> _Draft:
    return _Draft(
        event_type=EventType.MILESTONE,
        clause=clause,
        agent=agent,
        object=obj,
        object_label=obj.label if obj else wording,
        amount=None,
        status=Status.COMPLETED,
        date=_date(clause.text),
    )


def _is_board(entity: Entity) -> bool:
    return isinstance(entity, Organization) and entity.role == "board"


def _main_board(organizations: tuple[Organization, ...]) -> Organization | None:
    boards = [o for o in organizations if o.role == "board"]
    return max(boards, key=lambda o: len(o.mentions), default=None)


def _first(facts: list[str]) -> str | None:
    return facts[0] if facts else None


def _status(kind: EventType, head: str, whole: str = "") -> Status:
    """Planned or applied from the words up to the trigger ("plans to acquire"), ongoing from the
    whole clause ("continues to expand"), completed otherwise."""
    if kind is EventType.SHARE_ISSUE_APPLICATION or (_APPLIED.search(head) and not _DONE.search(head)):
        return Status.APPLIED
    if _PLANNED.search(head) and not _DONE.search(head):
        return Status.PLANNED
    if _ONGOING.search(whole or head):
        return Status.ONGOING
    return Status.COMPLETED


def _date(text: str) -> str:
    match = _MONTH_YEAR.search(text)
    return f"{match.group(2)}-{_MONTHS.index(match.group(1)) + 1:02d}" if match else ""


def _records(drafts: list[_Draft]) -> tuple[Event, ...]:
    names = [
        "-".join(
            filter(None, (d.event_type.value, _slug_of(d.agent), _slug_of(d.object) or slugify(d.object_label)[:40]))
        )
        for d in drafts
    ]
    return tuple(
        Event(
            slug=slug,
            label=_label(d),
            mentions=(d.clause,),
            event_type=d.event_type,
            agent=d.agent.ref if d.agent else None,
            object=d.object.ref if d.object else None,
            object_label=d.object_label,
            amount=d.amount,
            status=d.status,
            date=d.date,
        )
        for d, slug in zip(drafts, unique_slugs(names), strict=True)
    )


def _slug_of(entity: Entity | None) -> str:
    return entity.slug if entity else ""


def _label(draft: _Draft) -> str:
    """ "acquisition: Guilun Electronics -> Ruicheng Xinwei"."""
    agent = draft.agent.label if draft.agent else ""
    target = draft.object.label if draft.object else draft.object_label
    return f"{draft.event_type.value.replace('_', ' ')}: {agent} -> {target}".replace(":  -> ", ": ")
