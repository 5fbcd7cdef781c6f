"""An event as a rule finds it, before its slug is minted, and what every rule reads the same way: the status
from the verbs, the month from the date, the amount from the clause's first money figure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...records import Entity, Event, EventType, Span, Status
from ...resolve.aliases import slugify, unique_slugs
from ..clauses import end_of_segment, start_of_segment
from ..numbers import MONTH_NAMES, MONTHS

_PLANNED = re.compile(
    r"\b(?:plans?|planned|planning|intends?|intended|proposes?|proposed|will|would|expects? to|aims? to|meant|"
    r"earmarked|moved to|seek(?:s|ing)?)\b"
)
_APPLIED = re.compile(r"\bapplied for\b|\bapplications?\b|\bsubmitted\b|\bfiled\b")
_ONGOING = re.compile(
    r"\b(?:continues|continue|continuing|is expanding|are expanding|ongoing|have used|has used|pressing ahead)\b|"
    r"\b(?:is|are) (?:\w+ )?building\b"
)
_DONE = re.compile(r"\b(?:completed|implemented|paid|distributed)\b")
_MONTH_YEAR = re.compile(rf"\b(?:in |since )?({'|'.join(MONTH_NAMES)}) (\d{{4}})")


@dataclass(frozen=True, slots=True)
class Named:
    """One mention of an entity in the text."""

    entity: Entity
    span: Span


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """An event of one clause before it is a record: agent and object still entities, whose slugs and labels
    name it."""

    event_type: EventType
    clause: Span
    agent: Entity | None
    object: Entity | None
    object_label: str
    amount: str | None
    status: Status

    @property
    def date(self) -> str:
        """The month the clause dates the event in ("in June 2018"), or ""."""
        return month_of(self.clause.text)


def completed(
    event_type: EventType, clause: Span, agent: Entity | None, obj: Entity | None, *, wording: str = "",
    amount: str | None = None,
) -> Draft:
    """An event the text states as done, labelled by its object, else by the wording that names it."""
    return Draft(
        event_type=event_type,
        clause=clause,
        agent=agent,
        object=obj,
        object_label=obj.label if obj else wording,
        amount=amount,
        status=Status.COMPLETED,
    )


def first_fact(facts: list[str]) -> str | None:
    return facts[0] if facts else None


def event_status(kind: EventType, head: str, whole: str = "") -> Status:
    """Planned or applied from the words up to the trigger ("plans to acquire"), ongoing from the
    whole clause ("continues to expand"), completed otherwise."""
    if kind is EventType.SHARE_ISSUE_APPLICATION or (_APPLIED.search(head) and not _DONE.search(head)):
        return Status.APPLIED
    if _PLANNED.search(head) and not _DONE.search(head):
        return Status.PLANNED
    if _ONGOING.search(whole or head):
        return Status.ONGOING
    return Status.COMPLETED


def intended(head: str) -> bool:
    """True when the words before a figure say it is sought, planned or applied for, not done ("have applied,
    seeking nearly 25 billion yuan")."""
    return bool((_PLANNED.search(head) or _APPLIED.search(head)) and not _DONE.search(head))


# What may stand between a company and its own amount when the verb is left out or repeated: "and BOC 2.364 yuan",
# "ahead of CNOOC with 32.292 billion yuan", "and BYD's to 12.077 billion yuan", ", CCB up to 105 billion yuan",
# "while BoCom plans 0.375 yuan a share".
_GAP = re.compile(
    r"(?:['’]s)?,?\s*(?:(?:proposed|proposes|plans|planned|will pay|pays|paid|paid out|declared|distributed)\s+)?"
    r"(?:(?:with|at|to|of|up to|about|around|some|nearly|almost|roughly|over|more than)\s+)*"
    r"(?:RMB|CNY|HK\$|US\$)?\s*"
)


def gapped(
    clause: Span, companies: list[Named], amounts: list[tuple[str, int]], after: int
) -> list[tuple[Entity, str]]:
    """Companies named after offset `after` of the clause, each right before an amount of its own, the verb they
    share left out or repeated: "ABC will pay 2.309 yuan per 10 shares and BOC 2.364 yuan" is BOC's payout too."""
    found = []
    for named in companies:
        at = named.span.end - clause.start
        if named.span.start - clause.start < after:
            continue
        own = next(((fact, start) for fact, start in amounts if start >= named.span.end), None)
        if own and _GAP.fullmatch(clause.text, at, own[1] - clause.start):
            found.append((named.entity, own[0]))
    return found


def month_of(text: str) -> str:
    match = _MONTH_YEAR.search(text)
    return f"{match.group(2)}-{MONTHS[match.group(1).lower()]:02d}" if match else ""


def segment_at(text: str, at: int) -> str:
    """The comma-delimited part of `text` around `at`."""
    return text[start_of_segment(text, 0, at) : end_of_segment(text, len(text), at)].strip().rstrip(".")


def to_events(drafts: list[Draft]) -> tuple[Event, ...]:
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


def _label(draft: Draft) -> str:
    """ "acquisition: Guilun Electronics -> Ruicheng Xinwei"."""
    agent = draft.agent.label if draft.agent else ""
    target = draft.object.label if draft.object else draft.object_label
    return f"{draft.event_type.value.replace('_', ' ')}: {agent} -> {target}".replace(":  -> ", ": ")
