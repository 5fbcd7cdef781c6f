"""The linker's shared state: the document's figures, measure wordings, candidate subjects and the
facts linked so far, which later figures lean on (topic, antecedent, bases)."""

from __future__ import annotations

import bisect
import re

from ..records import Document, Entity, EntityType, Fact, Product, Quantity
from .cohorts import Mention
from .measures import Cue, find_cues
from .periods import Calendar, calendar

# A name after a preposition, its exchange's city between ("on the Shenzhen main board"): no subject.
_OBLIQUE = re.compile(
    r"(?:\b(?:to|on|in|into|from|with|than|at|towards|over|across|past|[Ee]xcluding|except|besides|"
    r"[Ll]eaving out|other than)\s+(?:the\s+|its\s+|their\s+)?(?:(?:Shanghai|Shenzhen|Beijing)(?:['’]s)?\s+)?|"
    # "on its main board and the STAR Market": the second name of an oblique pair
    r"\b(?:on|in|from|to|with|at)\s+(?:its|their|the)\s+(?:[\w-]+\s+){1,3}(?:and|or)\s+(?:the\s+)?|"
    r"\bof\s+the\s+total\s+[\w\s]{0,30}?\bof\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_OPENING_LOCUS = re.compile(r"(?:^|[.;]\s+|\n)(?:In|Among|Within|On|Across|For|At)\s+(?:the\s+)?$")
_MEASURE_OF = re.compile(
    r"(?<!total )\b(?:revenues?|(?:net )?profits?|sales|income|(?:net )?loss(?:es)?|margins?|R&D investment|spending)"
    r"\s+(?:of|at)\s+(?:the\s+)?$",  # "Revenue at Shenzhen Inovance grew"
    re.IGNORECASE,
)
_HAVING = re.compile(r"(?<!compared )(?<!together )(?<!along )\bwith\s+$", re.IGNORECASE)
_DOING = re.compile(r"\s+(?:\w+ly\s+)?(?!during\b|including\b)[a-z]+ing\b")
# Products that are investments (indices, ETFs, funds): they have figures of their own, profits too.
INDEX_PRODUCT = re.compile(r"\b(?:index|indices|ETFs?|funds?)\b", re.IGNORECASE)
_CONTINUES = re.compile(
    r"^\s*(?:[Oo]f (?:these|them|which)|[Aa]mong (?:them|these|which)|[Ff]or (?:example|instance)|[Ii]n particular)\b"
)


class LinkerState:
    """What every choice (subject, measure, period) reads: set up once per document, grown fact by fact."""

    def __init__(
        self,
        document: Document,
        quantities: tuple[Quantity, ...],
        entities: tuple[Entity, ...],
        mentions: tuple[Mention, ...],
        count_cohorts: dict[int, str],
        population: str | None,
    ) -> None:
        self.document = document
        self.quantities = quantities
        self.quantity_starts = [q.span.start for q in quantities]  # in text order
        self.cues = find_cues(document.text)
        self.cue_starts = [cue.start for cue in self.cues]
        self.count_cohorts = count_cohorts
        self.population = population
        self.counted_groups = frozenset(count_cohorts.values())
        self.calendar: Calendar = calendar(document)
        self.named_periods: dict[str, str | None] = {}
        self.entities = {e.ref: e for e in entities}
        spans = [Mention(m.start, m.end, e.ref) for e in entities if _can_be_subject(e) for m in e.mentions]
        self.all_mentions = _without_overlaps([*mentions, *spans])
        # Product lines a clause may be about ("Sales of its innovative drugs rose ..."), read once.
        self.product_mentions = sorted(
            ((m, e.ref) for e in entities if e.type == EntityType.PRODUCT for m in e.mentions), key=lambda p: p[0].start
        )
        # Goods priced on their market, the few a price may be of ("polysilicon prices fell 39%"), read once.
        self.commodity_mentions = sorted(
            (Mention(m.start, m.end, e.ref) for e in entities if isinstance(e, Product) and e.commodity
             for m in e.mentions), key=_start
        )
        # Indices, the few an index level may be of ("The index starts from 1,000 points"), read once.
        self.index_mentions = sorted(
            (Mention(m.start, m.end, e.ref) for e in entities if isinstance(e, Product)
             and INDEX_PRODUCT.search(e.label) for m in e.mentions), key=_start
        )
        self.mentions = [m for m in self.all_mentions if not self._oblique(m)]
        # A report that names companies more often than groups of them is company news.
        kinds = [m.ref.split("/", 1)[0] for m in self.all_mentions]
        self.company_news = kinds.count("company") > kinds.count("cohort")
        self.facts: list[Fact] = []
        self.topic_subject: str | None = population
        self.topic_measure: str | None = None
        self.antecedent: str | None = None  # what the previous sentence was about, for "the group", "its"
        self.last_named: str | None = None  # the group the previous sentence named last, for "these companies"
        self.section_topic: str | None = None  # what the first paragraph under a plain heading was about
        self.after_heading = False  # the paragraph being read is the first under a plain heading

    def _cues_in(self, start: int, end: int) -> tuple[Cue, ...]:
        """The measure wordings between two offsets, found once for the whole document."""
        return self.cues[bisect.bisect_left(self.cue_starts, start) : bisect.bisect_left(self.cue_starts, end)]

    def _oblique(self, mention: Mention) -> bool:
        """A name after a preposition ("listed on the X", "of the total value of X") is no subject, unless
        it owns the measure before it ("Revenue of the semiconductor industry grew 21%")."""
        text, lead = self.document.text, max(0, mention.start - 60)
        if _OPENING_LOCUS.search(text, lead, mention.start):
            return False  # "In the biomedicine sector, revenue rose ...": the sentence is about it
        if mention.ref in self.counted_groups and _HAVING.search(text, lead, mention.start):
            return False  # "turned 15 with 1,358 listed companies worth 12 trillion yuan": what the figures are about
        if _HAVING.search(text, lead, mention.start) and _DOING.match(text, mention.end):
            return False  # "..., with NAURA buying its way into Kingsemi": NAURA does it
        return bool(_OBLIQUE.search(text, lead, mention.start)) and not _MEASURE_OF.search(text, lead, mention.start)

    def _continues(self, number: int) -> bool:
        """True when a sentence continues the one before: "Among them, ...", or after a semicolon."""
        sentence = self.document.sentences[number]
        if number == 0:
            return False
        previous = self.document.sentences[number - 1]
        return previous.paragraph == sentence.paragraph and (
            bool(_CONTINUES.match(sentence.span.text)) or previous.span.text.endswith(";")
        )


def _can_be_subject(entity: Entity) -> bool:
    """Companies, organizations and cohorts; of products only indices, funds and goods priced on their market have
    figures of their own."""
    if entity.type in (EntityType.COMPANY, EntityType.ORGANIZATION, EntityType.COHORT):
        return True
    return isinstance(entity, Product) and (entity.commodity or bool(INDEX_PRODUCT.search(entity.label)))


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longest mention wins where two overlap ("Science and Technology Innovation Board companies")."""
    kept: list[Mention] = []
    covered = bytearray(max((m.end for m in mentions), default=0))  # characters a kept mention spans
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if covered.find(1, mention.start, mention.end) < 0:
            kept.append(mention)
            covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    return sorted(kept, key=lambda m: m.start)


def starting_in(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions (in text order) that start in [start, end), found by bisection: a long report has
    many sentences and many names."""
    return mentions[bisect.bisect_left(mentions, start, key=_start) : bisect.bisect_left(mentions, end, key=_start)]


def _start(mention: Mention) -> int:
    return mention.start
