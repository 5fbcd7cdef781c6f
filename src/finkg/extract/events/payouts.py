"""What a group of companies pays out or does, the agent left to the cohort stage (dividends, buybacks, record
highs, funds raised), unless the dividend is said not to be paid; and bonus shares a company hands out."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from ...records import Cohort, Company, Entity, EventType, Fact, Kind, Span
from ..names import listed_at_end
from .drafts import Draft, Named, event_status, first_fact, gapped, segment_at
from .triggers import NOT_COMPARED

_COHORT_EVENTS: tuple[tuple[EventType, re.Pattern[str]], ...] = (
    # "a record high", "set a new record", "10% more than a year before and a record." (not "a record 22% of sales",
    # a share that is only the highest yet)
    (
        EventType.MILESTONE,
        re.compile(
            r"\b(?:record high|all-time high|set a (?:new )?record|a new record|for the first time)\b|"
            r"\ba record(?=\s*(?:[.;]|$))"
        ),
    ),
    # "raised 5 billion yuan through IPOs", "IPOs raised nearly 590 billion yuan", "41 companies listed on the STAR
    # Market in the first half, raising 87.679 billion yuan"
    (
        EventType.FINANCING,
        re.compile(
            NOT_COMPARED
            + r"\braised\b(?:[^.;]|\.\d)*?\b(?:initial public offerings?|IPOs?|refinancing|placements?|financing)\b|"
            r"\b(?:initial public offerings?|IPOs?)\b(?:[^.;]|\.\d)*?\b(?:raised|raising)\b|"
            r"\b(?:listed|went public|debuted)\b(?:[^.;]|\.\d)*?\braising\b"
        ),
    ),
    # "a cash dividend", "a final payout", "will pay 10.80 yuan per 10 shares", "plans to hand out 5 billion yuan",
    # "proposing 0.45 yuan a share", "their 2022 distributions", "leads with RMB 15 for every 10 shares" (not "a
    # payout ratio of 40%", which is said of a dividend named beside it)
    (
        EventType.DIVIDEND,
        re.compile(
            r"\b[Dd]ividends?\b|\b[Pp]ayouts?\b(?! ratio)|\b(?:pay|pays|paying) [\d.]+ yuan in cash\b|"
            r"\b(?:pays?|paid|paying|hand(?:s|ed|ing)?) out\b|"
            r"\b(?:propos|receiv|declar)(?:e|es|ed|ing) (?:RMB ?|CNY ?)?[\d.]+(?: yuan)? (?:a|per) share\b|"
            r"\b(?:pay|pays|paid|paying|distributes?|distributed)\b(?:[^.;%,]|[.,]\d)*?"
            r"\b(?:per|a) (?:10 |ten )?shares?\b|\bpropos(?:e|es|ed|ing) (?:RMB ?|CNY ?)?[\d.]+(?: yuan)? in cash\b|"
            r"\b(?:profit|cash|\d{4}) distributions?\b|\bdistribution plans?\b|"
            r"(?:\b(?:RMB|CNY) ?[\d.]+|[\d.]+ yuan) (?:for every|per) (?:10|ten) shares\b|"
            # "each distributed more than 100 million yuan over the year"
            r"\bdistribut(?:ed|es|e|ing)\b(?= (?:more than |over |about |nearly |some |up to )?(?:RMB ?|CNY ?)?\d"
            r"(?:[^.;]|\.\d){0,20}?\byuan\b(?! (?:of|in) (?:loans|credit)))"
        ),
    ),
    # "repurchase plans", "a buyback", "spent 2 billion yuan buying back 100 million shares"
    (
        EventType.REPURCHASE,
        re.compile(r"\b[Rr]epurchas(?:es?|ed|ing)\b|\b[Bb]uy-?backs?\b|\b(?:buy|buys|buying|bought) back\b"),
    ),
)
# A dividend not paid: "will pay no dividend", "declared no cash dividend", "did not pay a dividend", "skipped an
# interim dividend"; or only a
# share of a market's total: "nearly 80% of its cash dividends".
_NO_DIVIDEND = re.compile(
    r"\bno (?:[\w-]+ )?(?:dividends?|distributions?)\b|"
    r"\b(?:not|never) (?:to )?(?:pay|declare|propose|distribute)\w* (?:any |an? )?(?:[\w-]+ )?dividends?\b|"
    r"\b(?:skip|skips|skipped|omit|omits|omitted|suspend|suspends|suspended|scrap|scraps|scrapped) "
    r"(?:its |their |an? |the )?(?:[\w-]+ )?dividends?\b|"
    r"%\s+of (?:its|their|the)(?: [\w'’-]+)?? (?:cash )?dividends\b|"
    # how common payouts were, no payout: "Interim dividends were rare."
    r"\b(?:dividends|payouts|buybacks)\s+(?:were|are|remained|remain)\s+(?:\w+\s+)?(?:rare|few|scarce|uncommon|"
    r"common|widespread|popular)\b"
)
# A clause's opening phrase, before its subject: "With a final payout of ...", "Counting an interim payout, ...".
_LEADING_PHRASE = re.compile(
    r"\s*(?:With|After|Besides|Beyond|Including|Counting|Along with|On top of|As well as|Apart from)\b[^,;]*$"
)
# What may open a clause before its subject: "In May, ", "Meanwhile, ".
_CLAUSE_OPENING = re.compile(r"\s*(?:[A-Z][\w ,-]*?,\s*)?")
# A payout, or a clause's topic word, is an event only with its amount: "a final payout of 7.5 yuan per 10 shares",
# "Dividends paid by companies ... reached 2.39 trillion yuan" (not "generous payouts", "Buybacks were rare").
_BARE = re.compile(r"[Pp]ayouts?|[A-Z]\w+")
# Shares handed out rather than sold: "eight bonus shares", "a transfer of 8 shares for every 10 from capital reserve".
_BONUS_ISSUE = re.compile(
    r"\bbonus (?:shares?|issues?)\b|\bfrom (?:the )?capital reserves?\b|"
    r"\bcapital reserves? (?:into|to) (?:[\w-]+ ){0,3}shares\b"
)


def cohort_events(clause: Span, companies: list[Named], money: list[tuple[str, int]]) -> Iterator[Draft]:
    """Dividends and repurchases of a group of companies: the agent is left to the cohort stage and
    the clause's words that name the group go into `object_label`. One event a clause, but a payout and a
    buyback often share one ("a special dividend and a new buyback are planned")."""
    amounts = [fact for fact, _ in money]
    for kind, trigger in _COHORT_EVENTS:
        matches = [m for m in trigger.finditer(clause.text) if not _negated(clause.text, m)]
        # a topic word ("Buybacks also set a record: ... 2,192 companies repurchased shares") gives way to the
        # wording of the deed, and like a bare "payout" is an event only with its amount ("Buybacks were rare")
        if len(matches) > 1 and matches[0].group()[0].isupper():
            matches = matches[1:]
        matches = [m for m in matches if amounts or not _BARE.fullmatch(m.group())]
        agents: dict[object, None] = {}
        for match in matches if kind in _EACH_OWN else matches[:1]:
            segment = segment_at(clause.text, match.start())
            before = [n.entity for n in companies if n.span.start < clause.start + match.start()]
            if not before and _LEADING_PHRASE.match(clause.text, 0, match.start()):
                # "With a final payout of 7.5 yuan per 10 shares, Shuanghui will return ...": the doer comes after
                before = [n.entity for n in companies if n.span.start > clause.start + match.start()][:1]
            # "JinkoSolar plans 0.89 yuan per 10 shares ..., while Pylontech plans 21.80 yuan per 10 shares"
            agent = before[-1] if len(agents) and before else next(iter(before), None)
            # "China Mobile, PetroChina and Sinopec planned the largest payouts, at 51 billion, ...": each of them
            doers = _listed_subject(clause, companies, match.start()) if kind in _EACH_OWN else []
            respectively = len(doers) > 1 and len(amounts) == len(doers)
            paying = [
                (doer, amounts[i] if respectively else first_fact(amounts))
                for i, doer in enumerate(doers or [agent])
            ]
            if kind in _EACH_OWN:  # "ABC will pay 2.309 yuan per 10 shares and BOC 2.364 yuan"
                paying += gapped(clause, companies, money, match.end())
            for doer, amount in paying:
                if doer in agents:
                    continue
                agents[doer] = None
                yield Draft(
                    event_type=kind,
                    clause=clause,
                    agent=doer,
                    object=doer,  # a named company pays its own dividend, buys back its own shares
                    object_label=segment,
                    amount=amount,
                    status=event_status(kind, segment),
                )
        if matches and kind not in (EventType.DIVIDEND, EventType.MILESTONE):  # a first dividend is still one
            return


# Each company of a clause pays its own dividend and buys back its own shares: "Tongwei bought back ..., while JA
# Solar had repurchased ...".
_EACH_OWN = frozenset({EventType.DIVIDEND, EventType.REPURCHASE})


def _listed_subject(clause: Span, companies: list[Named], at: int) -> list[Entity]:
    """The companies of a list that opens the clause as its subject, when the deed at `at` follows it with no
    other name between: "China Mobile, PetroChina and Sinopec planned the largest payouts"."""
    before = [n for n in companies if n.span.start < clause.start + at]
    if len(before) < 2:
        return []
    members = before[-listed_at_end(clause.text, [(n.span.start - clause.start, n.span.end - clause.start)
                                                  for n in before]) :]
    opens = _CLAUSE_OPENING.fullmatch(clause.text, 0, members[0].span.start - clause.start)
    return [m.entity for m in members] if len(members) > 1 and opens else []


def _negated(text: str, match: re.Match[str]) -> bool:
    """A dividend said not to be paid ("will pay no dividend") or a share of a total is no event."""
    return any(n.start() <= match.start() and match.end() <= n.end() for n in _NO_DIVIDEND.finditer(text))


def bonus_issues(clause: Span, companies: list[Named], amounts: list[str]) -> Iterator[Draft]:
    """Bonus shares and shares converted from capital reserve: the company issues them to itself's holders,
    so it is agent and object."""
    match = _BONUS_ISSUE.search(clause.text)
    at = clause.start + match.start() if match else -1
    company = next((n.entity for n in reversed(companies) if n.span.start < at), None)
    if match is None or company is None:
        return
    yield Draft(
        event_type=EventType.OTHER,
        clause=clause,
        agent=company,
        object=company,
        object_label=company.label,
        amount=first_fact(amounts),
        status=event_status(EventType.OTHER, clause.text[: match.end()]),
    )


# Measures whose amount is a payout of its subject's own.
STATED_EVENTS = {
    "cash_dividends": EventType.DIVIDEND,
    "dividend_per_share": EventType.DIVIDEND,
    "dividend_per_10_shares": EventType.DIVIDEND,
}  # a buyback amount without a buyback word adds no event the gold files name


def stated_events(
    facts: Iterable[Fact], entities: Mapping[str, Entity], done: Iterable[tuple[EventType, str]],
    clauses: Iterable[Span],
) -> Iterator[Draft]:
    """A payout the facts state but no wording of its clause names ("Shanghai-listed companies accounted
    for over 630 billion yuan" after a sentence on interim dividends) is its subject's event; one per subject and
    type that no rule found."""
    spans, done = sorted(clauses, key=lambda c: c.start), set(done)
    for fact in facts:
        event_type, doer = STATED_EVENTS.get(fact.measure), entities.get(fact.subject or "")
        if event_type is None or fact.kind != Kind.LEVEL or not isinstance(doer, Company | Cohort):
            continue
        clause = next((c for c in spans if c.start <= fact.quantity.span.start < c.end), None)
        if clause is None or (event_type, doer.ref) in done:
            continue
        done.add((event_type, doer.ref))
        head = clause.text[: fact.quantity.span.start - clause.start]
        yield Draft(
            event_type=event_type, clause=clause, agent=doer, object=doer, object_label=doer.label,
            amount=fact.id, status=event_status(event_type, head),
        )
