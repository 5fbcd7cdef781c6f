"""Typed records that flow between the pipeline's stages.

Every record born from text carries a `Span` (document, character offsets, quoted text), so each
fact in the graph can be traced back to the exact characters it came from. Records are frozen:
a stage returns new records and never mutates what it was given.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

# What ends a sentence that says something, not a heading: a stop, or a quote or bracket closing after one.
_CLOSING_STOP = re.compile(r"[.;:!?…\"”’')\]]\s*$")


class Qualifier(StrEnum):
    """How a stated figure bounds the truth ("nearly 70%" is APPROX, "more than 30" AT_LEAST)."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class Kind(StrEnum):
    """What a number is: a level, a change of a level, a share of a whole, a count ..."""

    LEVEL = "level"
    CHANGE_PCT = "change_pct"
    CHANGE_PP = "change_pp"
    CHANGE_ABS = "change_abs"
    SHARE = "share"
    COUNT = "count"
    MULTIPLE = "multiple"
    RANK = "rank"
    DATE = "date"
    CAGR = "cagr"


class EntityType(StrEnum):
    """The kinds of things a report's facts are about; the value is the IRI path segment."""

    COMPANY = "company"
    ORGANIZATION = "organization"
    COHORT = "cohort"
    SECTOR = "sector"
    PRODUCT = "product"
    EVENT = "event"


class EventType(StrEnum):
    """Closed list of event types, the gold schema's names."""

    ACQUISITION = "acquisition"
    INVESTMENT_PLAN = "investment_plan"
    FINANCING = "financing"
    BOND_ISSUE = "bond_issue"
    CONTROL_CHANGE = "control_change"
    SHARE_ISSUE_APPLICATION = "share_issue_application"
    DIVIDEND = "dividend"
    REPURCHASE = "repurchase"
    APPROVAL = "approval"
    PRODUCT_LAUNCH = "product_launch"
    MILESTONE = "milestone"
    OTHER = "other"


class Status(StrEnum):
    """Where an event stands when the report is written."""

    PLANNED = "planned"
    COMPLETED = "completed"
    ONGOING = "ongoing"
    APPLIED = "applied"


@dataclass(frozen=True, slots=True)
class Span:
    """Characters [start, end) of a document, with the exact text they hold."""

    doc_id: str
    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end or self.end - self.start != len(self.text):
            raise ValueError(f"span [{self.start}, {self.end}) does not hold {self.text!r}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """One sentence of a document, numbered from 0 in reading order."""

    index: int
    span: Span
    paragraph: int
    section: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    """A numbered (or the untitled leading) part of a report, with its heading's span."""

    index: int
    number: str | None
    heading: Span | None
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """A report as read from disk: its text and structure, before anything is extracted."""

    doc_id: str
    source: str
    text: str
    language: str
    title: Span | None
    media_type: str = "text/plain"
    sha256: str = ""
    paragraphs: tuple[Span, ...] = ()
    sections: tuple[Section, ...] = ()
    sentences: tuple[Sentence, ...] = ()

    def is_heading(self, paragraph: int) -> bool:
        """True for the title or a plain heading: a short line of one sentence without a closing stop
        ("Payouts, buybacks and deals", "Shanghai-listed companies")."""
        span = self.paragraphs[paragraph]
        line = span.text.strip()
        first = bisect.bisect_left(self.sentences, span.start, key=lambda s: s.span.start)
        sentences = bisect.bisect_left(self.sentences, span.end, key=lambda s: s.span.start) - first
        return paragraph > 0 and len(line) < 120 and sentences == 1 and not _CLOSING_STOP.search(line)

    def on_dateline(self, offset: int) -> bool:
        """True when `offset` lies on one of the first lines, short and without a full stop: the dateline
        ("BEIJING, March 31, 2025", "10:13, May 5, 2024 | Source: ..."), which dates the report, not its events."""
        paragraph = self.sentence_at(offset).paragraph
        line = self.paragraphs[paragraph].text
        return paragraph <= 2 and len(line) < 120 and not line.rstrip().endswith(".")

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence that holds the character at `offset` (a binary search: sentences are in order)."""
        low, high = 0, len(self.sentences)
        while low < high:
            middle = (low + high) // 2
            span = self.sentences[middle].span
            if offset < span.start:
                high = middle
            elif offset >= span.end:
                low = middle + 1
            else:
                return self.sentences[middle]
        raise ValueError(f"offset {offset} lies in no sentence of {self.doc_id}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """A numeric expression as stated, normalized to base units ("528 million yuan" -> 528e6 CNY)."""

    span: Span
    value: Decimal
    unit: str
    qualifier: Qualifier = Qualifier.EXACT
    kind: Kind = Kind.LEVEL
    counted: str = ""  # the noun a count counts: "companies", "patents"


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """Anything the graph names: one canonical record per real-world thing in a document."""

    type: EntityType
    slug: str
    label: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()

    @property
    def ref(self) -> str:
        """Type and slug, unique within an extraction: "company/smic"."""
        return f"{self.type}/{self.slug}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Company(Entity):
    """A company, listed or not; ticker and board come from the gazetteer when known."""

    type: EntityType = EntityType.COMPANY
    zh: str = ""
    ticker: str = ""
    board: str = ""
    listed_name: str = ""  # the gazetteer's English name: one label for the company's one node across reports
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Organization(Entity):
    """A non-company actor: exchange, regulator, state group, investor, fund, publisher."""

    type: EntityType = EntityType.ORGANIZATION
    role: str = ""


class CohortBasis(StrEnum):
    """What makes a group: its own words ("integrated circuit companies"), membership of an index
    ("STAR 50 companies"), a share that picks out part of a wider group ("45% ... paid dividends"), or its members
    named together as one subject."""

    CRITERION = "criterion"
    INDEX = "index"
    SHARE = "share"
    MEMBERS = "members"  # named one by one: "China Mobile, China Telecom and China Unicom together booked ..."


@dataclass(frozen=True, slots=True, kw_only=True)
class Cohort(Entity):
    """A group of companies a figure is about: "nearly 120 integrated circuit companies"."""

    type: EntityType = EntityType.COHORT
    size: Decimal | None = None
    size_qualifier: Qualifier | None = None
    criterion: str = ""
    parent: str | None = None  # ref of the wider cohort
    sector: str | None = None  # ref of the sector that defines it
    members: tuple[str, ...] = ()  # refs of named member companies
    basis: CohortBasis = CohortBasis.CRITERION


@dataclass(frozen=True, slots=True, kw_only=True)
class Sector(Entity):
    """An industry or field, a concept of the sector scheme."""

    type: EntityType = EntityType.SECTOR
    broader: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Product(Entity):
    """A named product or technology, with the company behind it when the text says."""

    type: EntityType = EntityType.PRODUCT
    maker: str | None = None
    note: str = ""
    commodity: bool = False  # a good priced on its market ("polysilicon prices fell"), no maker's own product


@dataclass(frozen=True, slots=True, kw_only=True)
class Event(Entity):
    """Something that happened or is planned: an acquisition, a bond issue, a control change."""

    type: EntityType = EntityType.EVENT
    event_type: EventType = EventType.OTHER
    agent: str | None = None  # ref
    object: str | None = None  # ref
    object_label: str = ""
    amount: str | None = None  # id of the fact that states the amount
    status: Status = Status.COMPLETED
    date: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Flag:
    """Why a stated value cannot be right, and what it should be where that is evident."""

    reason: str
    corrected_value: Decimal | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    """A quantity attached to what it is about: subject, measure, period and, for changes, its base."""

    id: str  # "q1", "q2" ... in text order, stable across runs
    quantity: Quantity
    sentence: int
    subject: str | None  # ref of a Company, Organization, Cohort or Product
    measure: str
    period: str
    kind: Kind
    base: str | None = None  # id of the level fact a change or share modifies
    flag: Flag | None = None

    @property
    def plausible(self) -> bool:
        """False when a check flagged the stated value."""
        return self.flag is None


@dataclass(frozen=True, slots=True, kw_only=True)
class Extraction:
    """Everything taken out of one document, ready to be resolved, checked and mapped."""

    document: Document
    facts: tuple[Fact, ...] = ()
    entities: tuple[Entity, ...] = field(default=())

    def entity(self, ref: str) -> Entity | None:
        """The entity with this ref, if extracted."""
        return next((e for e in self.entities if e.ref == ref), None)
