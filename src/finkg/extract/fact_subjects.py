"""Whose figure it is: the nearest name before it in its clause, an owner after it, the sentence's
topic, an anaphor's antecedent ("its", "the group") or, for a dateline, the publisher."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from functools import cached_property

from ..records import (
    Cohort,
    CohortBasis,
    Company,
    Kind,
    Organization,
    Product,
    Qualifier,
    Quantity,
    Sector,
    Sentence,
)
from .clauses import TO_LEVEL, Clause
from .cohorts import Mention
from .company_counts import DID_VERB, OF_THESE, PART_OF_THOSE
from .fact_measures import AGGREGATE_MEASURES, UNPRICED
from .fact_state import LinkerState, starting_in
from .markets import PLACES
from .names import IT, THEIR, named_in_passing
from .periods import ESTIMATES

_ANAPHOR = re.compile(
    r"\b(?:the|this) group\b|\b(?:[Ii]ts|[Tt]heir)\b|"  # "The refiner's operating revenue", "the lender's margin"
    r"\b[Tt]he (?:company|firm|refiner|carmaker|automaker|chipmaker|drugmaker|distiller|lender|bank|insurer|"
    r"brokerage|miner|developer|retailer)(?:['’]s)?\b"
)
# "these companies" points at the group named last, where "its" and "their" point at what was talked about.
_THESE = re.compile(
    r"\b(?:[Tt]hese|[Tt]hose|the above|the said)\s+(?:[\w-]+\s+)?(?:companies|enterprises|firms)\b|"
    r"\b[Ee]ach of (?:the|these|those)\s+\w+\b"  # "Each of the three"
)
# "Together they booked ..." sums what the sentence before was about, not a group named in passing in it.
_TOGETHER = re.compile(r"\b[Tt]ogether,?\s+they\b")
_THEIR_NEXT = re.compile(r",?\s+and\s+their\b")
_ITS_UNIT = re.compile(r"\b[Ii]ts (?:[\w-]+ ){0,2}(?:unit|subsidiary|arm|affiliate|division),? $")
_THE_BOARD = re.compile(r"(?<!of )\bthe (?:board|market|exchange)(?:'s|’s|-wide)\b|\bboard-wide\b")
_SHARE_VERB = re.compile(
    r"\b(?:make|makes|made|making)\s+up\b|\baccount(?:s|ed|ing)?\s+for\b|\b(?:represent|constitut)(?:s|e|es|ed|ing)?\b"
)
# A name in a list of examples ("companies such as A, B and C"): the list's head is the subject.
_EXAMPLE = re.compile(
    r"\b(?:such as|including|like|e\.g\.)\s+(?:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*(?:,\s*(?:and\s+)?|\s+and\s+))*$"
)
# "rose 1.9% on ChiNext", "against 4.74% on Shenzhen's ChiNext"
_FOR_ALL = re.compile(
    rf"\s+(?:for|of|among|on)\s+(?:all\s+)?(?:the\s+)?(?:(?:{PLACES})['’]s\s+)?", re.IGNORECASE
)
# A share of the whole group: "20% of the companies had revenue above ...", "76.89% of all companies".
_OF_THE_COMPANIES = re.compile(r"\s+of\s+(?:all\s+)?(?:the\s+)?(?:listed\s+)?(?:companies|firms|enterprises)\b", re.I)
_GROUP_NOUN = re.compile(r"\b(?:companies|firms|enterprises|makers|manufacturers|producers|constituents)\b", re.I)
_OF_A_NAMED_WHOLE = re.compile(r"\s+of\s+all\s+(?!the\s+total\b)", re.IGNORECASE)
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b(?!\s+\w+\s+(?:companies|firms|enterprises))", re.I)
# "The constituents spent ...", "the index companies distributed ...": the members of the index named before.
_INDEX_MEMBERS = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:index\s+)?(?:constituents|components|constituent (?:stocks|companies))\b|"
    r"\b[Tt]he index(?:['’]s)? (?:companies|members|constituents)\b"
)
_CONSTITUENTS = re.compile(r"\b(?:constituents|components)\b")
# "the Shanghai Stock Exchange (SSE) said", "The SSE later put", "the exchange's data showed"
_TELLS = re.compile(
    r"\)?(?:\s+\([A-Z]{2,8}\))?(?:'s\s+\w+)?(?:\s+(?:had |has |have )?(?:put|puts|said|says|estimated|estimates|"
    r"counted|found|reported|showed|shows|calculated|noted)|"
    r"\s+(?:later|also|then|again|\w+ly)\s+(?:put|puts|said|says|estimated|noted))\b"
)
# Who acts on the clause's subject, not what its figures are of: "Its shares were delisted by the Shenzhen Stock
# Exchange on March 18, and its bonds plunged 76.10%".
_ACTED_BY = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\w+ed\s+by\s+(?:the\s+)?$")
_OWN = re.compile(r"\s+(?:that\s+)?(?:its|it)\b")
# Another's figures told: "Huachuang said the company's domestic brands passed 1 billion yuan".
_ANOTHERS = re.compile(r"\s+(?:that\s+)?the\s+(?:company|group|firm|maker|lender|bank)['’]s\b")
# A source named at its sentence's end: "(..., Cailian Press) reported on July 1."
_TOLD_LAST = re.compile(
    r"\s+(?:said|says|reported|reports|noted|wrote|estimated)(?:\s+(?:on|in)\s+[\w ]{1,20})?\s*[.;]"
)
# Who is cited, not described: "According to the China Securities Regulatory Commission (CSRC), ...".
_ACCORDING = re.compile(
    r"\b(?:[Aa]ccording to|[Cc]iting|[Dd]ata from|[Ff]igures from)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w&'’-]*|of|and|for)\s+){0,8}?\(?$"  # "According to the China Securities ... Commission (CSRC)"
)
# Who made the count that gives the figures: "A separate count by Yuanda Securities Research ... put revenue at".
_COUNTED_BY = re.compile(
    r"\b(?:count|tally|survey|analysis|review|calculation|estimate|study|ranking|statistics)\s+(?:by|from)\s+"
    r"(?:the\s+)?$"
)
_COUNT_OF = re.compile(
    r"(?:'s|’s)?\s+(?:count|tally|survey|analysis|review|calculation|study|statistics)\s+(?:of|showed|shows|found)\b"
)
# Verbs whose subject buys or holds what a deal figure is of: "Mindray bought 21.12% of APT Medical", "Sugon held".
_BUYS = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire[sd]?|acquiring|purchase[sd]?|"
    r"(?:take|takes|took|taken|taking) (?:over|control of)|absorb(?:s|ed|ing)?|merge with|pay|pays|paid|paying|"
    r"held|holds|owns|owned)\b"
)
_PRICES = frozenset({"selling_price", "average_selling_price"})
_PRICE_OF = re.compile(r"\bprices? of (?:the )?$")
_PRICES_NEXT = re.compile(r" prices?\b")
# A clause about the price told before: "The price slipped 1.06% in the first quarter", "Its spot price rose".
_THE_PRICE = re.compile(r"\s*(?:[Tt]he|[Ii]ts|[Tt]heir) (?:spot |average |market |benchmark )?prices?\b")
_GOOD_OPENS = re.compile(r"(?:^|[.;]\s+|,\s+while\s+)$")
# The company that buys, referred back to, or through a unit of its own: "its Japanese unit agreed to buy 56.37% of".
_IT = re.compile(rf"\b(?:{IT}|[Ii]ts (?:[\w-]+ ){{0,2}}(?:unit|subsidiary|arm|affiliate))\b")
# What a counted group did to clear a bar, with no figure or clause break on the way: "(99 companies) grew it by ",
# "(234) earned ", "(46) did so by ".
_CLEARED = re.compile(r"(?:\s+(?:companies|firms|of them))?\s+(?:[a-z][\w-]*\s+){1,5}")
# A deal verb in a clause that leans on the main one, whose subject does the deal: "after buying", "by acquiring",
# "(Mindray took control of APT Medical), paying".
_SUBORDINATE = re.compile(r"(?:\b(?:after|by|before|when|while|through)|,)\s+$")
_DEAL_MEASURES = frozenset({
    "transaction_amount", "stake_acquired", "shares_acquired", "holding_share", "shares_issued", "share_issue_price",
    "acquisition_price_per_share", "acquisition_premium",
})  # the shares a buyer issues to pay are its own
# A company named only as what the one talked about beats or owns is not what a paragraph is about: "Pudong alone
# handled 76.79 million passengers, ... and overtook Guangzhou Baiyun as the busiest airport" (though a figure right
# after it is its own: "ahead of China Construction Bank on 335.577 billion yuan").
_OVERTAKE = r"overt[oa]ok|overtak\w+|surpass\w*|outpac\w+|outsold"
_BEATEN = re.compile(
    rf"\b(?:{_OVERTAKE}|than|ahead of|behind|trail\w*)\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+\s+)?$"  # "overtook Guangzhou [Baiyun]": the place a short name leaves out
)
_OVERTAKEN = re.compile(rf"\b(?:{_OVERTAKE})\s+(?:the\s+)?$")  # no "than": a figure after it is the other's
# Nor is a company the one talked about owns, nor is a figure after it its own: "Revenue from outside mainland China,
# where it owns France's Louvre Hotels Group, slipped 0.9%".
_OWNED = re.compile(r"\b(?:it|which|that)\s+(?:owns|owned|controls|controlled|runs|ran|holds|held)\s+"
                    r"(?:[A-Z][\w-]*['’]s\s+)?$")
_NESTED = re.compile(r"\b(?:of which|among which|among them|of them|of these)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# A product line as what a clause is about: "Sales of its innovative drugs ... rose 30.60%", "Shipments of cells
# and modules totalled 82.32 GW", "381 GWh were power battery systems".
# Where a clause's stretch starts: at its start, after a comma or semicolon, "and", "while" or "but".
_BOUNDARY = r"(?:^|[;,:]\s*(?:and\s+|while\s+|but\s+)?|\band\s+|\bwhile\s+)"
_LINE_LEAD = re.compile(
    rf"(?:{_BOUNDARY}|\b(?:said|reported|noted)\s+(?:that\s+)?)"
    r"(?:(?:sales|shipments|deliveries|revenue|output) (?:of|from) )?(?:its |their |the )?(?:flagship |own )?"
    r"(?:(?:[\w-]+ ){0,3}(?:brand|label|line) )?$",  # "while make-up label Timage grew 19.04%"
    re.IGNORECASE,
)
_LINE_TAIL = re.compile(
    r"^(?:\s+(?:itself|alone))?(?:\s+(?:sales|shipments|revenue|deliveries))?(?:,[^,;]{0,60},)?\s+"
    r"(?:rose|grew|increased|jumped|climbed|surged|soared|fell|dropped|declined|slipped|totall?ed|reached|"
    r"brought in|generated|came to|more than doubled|doubled)\b[^;]*$",
    re.IGNORECASE,
)
# What opens an aside after a name, up to a name inside it: ", which runs Pudong and ", ", reporting ... absorbed ".
_ASIDE_WORDS = (  # "(CATL), the", "Ezviz, 48% owned by", "X, formerly Y, in which Z holds 28.89%,", "14 companies,
    # among them A and B,"
    r"\)?(?:\s*\([^)]*\))?,\s+(?:which|who|whose|where|in which|of which|formerly|previously|the|an?|\w+ing|"
    r"among (?:them|these|those)|such as|notably|especially|"
    r"(?:[\d.]+%\s+)?\w+ed by)\b[^,;]*?"
)
_ASIDE = re.compile(_ASIDE_WORDS + r"\s")
# Another name of the same: "Hon Hai Precision Industry, or Foxconn"; "the arm of Taiwan's Hon Hai, or Foxconn".
_OR = re.compile(r",?\s+or\s+")
_ITS = re.compile(r"\bits\b")
# Between the members of a list set after its group: "banks, A (ICBC), B and C, proposed".
_LIST_GAP = re.compile(r"\)?(?:\s*\([^)]*\))?(?:,\s*(?:and\s+)?|\s+and\s+)|\s*\(")
_LIST_END = re.compile(r"\)?(?:\s*\([^)]*\))?,")
_ASIDE_OPENS = re.compile(_ASIDE_WORDS)  # an aside right after a name
_ASIDE_OR = re.compile(_ASIDE_WORDS + r",?\s+or\s+")
# A group the subject is measured against: "the fastest growth among the big listed insurers", "led A-share carmakers",
# "earned the most of all A-share companies".
_AMONG = re.compile(
    r"(?:\b(?:among|led|leads|topped|tops|outpaced|outperformed|beat|trailed)\s+(?!by\b)|"
    r"\b(?:most|highest|largest|biggest|best)\s+(?:[\w-]+\s+){0,2}?of\s+)(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_AT_GROUP = re.compile(
    r"\s+(?:(?:rise|jump|increase|gain|growth|fall|drop|slide|decline|decrease)\s+)?(?:at|among|in)\s+(?:the\s+)?"
)
_WERE_LINE = re.compile(r"\s+(?:were|was)\s+(?:for\s+)?$")
_DID = re.compile(rf"\s+(?:{DID_VERB})\b")
_CLAUSE_HEAD = re.compile(rf"{_BOUNDARY}\s*$")
_OWNER = re.compile(r"[^,;.]{0,40}?\b(?:from|of|by)\s+(?:the\s+)?", re.IGNORECASE)


# A whole market's or industry's figure, told of no company: "China's domestic video game market grew 7.53%",
# "the auto industry's profit", "Across the industry, premium income reached ..." (the report's own sector).
_MARKET_AFTER = re.compile(r"(?:['’]s)?\s+(?:market|industry|sector)\b(?![- ](?:share|value|capitali[sz]ation|cap)\b)")
_WHOLE_INDUSTRY = re.compile(r"\b[Ii]ndustry-wide\b|\b(?:[Aa]cross|[Ff]or) the (?:whole |entire )?industry\b")
_SHARE_OF = re.compile(r"\bshare\b|\bstake\b", re.IGNORECASE)
# Between a company and the count of one it makes: "(Sinotrans) was the only (one of the five)".
_WAS_THE_ONE = re.compile(
    r",?\s+(?:[^,.;]{0,60},\s+)?(?:was|is|were|became|remained)\s+(?:the\s+)?(?:only|sole|lone)\s+"
)
# Companies a count leaves out are no topic: "The count left out SMIC, BeiGene and InnoCare, three red-chip companies".
_LEFT_OUT = re.compile(
    r"(?:\b(?i:left out|leaves out|leave out|leaving out|excluded|excludes)\b|"  # "The count left out SMIC, BeiGene
    # and InnoCare, three red-chip companies": the apposition too; "Leaving aside SMIC, BeiGene and InnoCare, 480 STAR
    # companies had ...": not past the list's end
    r"\b(?i:leaving aside|setting aside|excluding|except(?: for)?|other than|apart from|not counting)\b"
    r"(?![^.;]*\band\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3},\s))"
    r"[^.;]{0,80}$"
)


class SubjectChoice(LinkerState):
    """Subject choice and the topic carried from sentence to sentence."""

    def _heads(self, mentions: list[Mention]) -> list[Mention]:
        """Leave out companies named as examples of a cohort ("the top 10 companies, such as A and B"):
        figures of the sentence are the cohort's; and those named as what another owns ("where it owns X")."""
        members = {
            member
            for m in mentions
            if isinstance(cohort := self.entities.get(m.ref), Cohort)
            for member in cohort.members
        }
        text = self.document.text
        return [
            m
            for m in mentions
            if m.ref not in members and not _EXAMPLE.search(text, max(0, m.start - 120), m.start)
            and not self._named_for(m, _OWNED)
        ]

    def _update_topic(self, start: int, end: int, main: str | None = None, measure: str | None = None) -> None:
        """Remember what the sentence was about, for the next one's ellipsis ("Net profit was ...")."""
        text = self.document.text[start:end]
        cues = self._cues_in(start, end)
        if measure or cues:
            self.topic_measure = measure or cues[-1].measure
        sentence = self.document.sentence_at(start)
        sentences = self.document.sentences
        following = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
        inside = [m for m in starting_in(self.mentions, start, end)
                  if not _LEFT_OUT.search(self.document.text, max(start, m.start - 90), m.start)]
        opener = inside[0] if inside and inside[0].start < start + 3 and inside[0].ref.startswith("company/") else None
        if opener and (main is None or _ASIDE_OPENS.match(self.document.text, opener.end)):
            # "LONGi Green Energy, for years one of the most profitable companies, called ...", "Industrial Fulian,
            # the arm of Hon Hai, or Foxconn, whose group owns 84% of it, said ...": the company it opens with
            main = opener.ref
        if main is None:
            main = next((m.ref for m in inside if m.ref.startswith("cohort/")), None) or next(
                (m.ref for m in inside if m.start < start + 60 and m.ref.startswith("company/")
                 and not self._named_for(m, _OWNED)), None)
        if main and self._in_passing(main, inside, sentence.span.start) and (self.topic_subject or "").startswith(
                "company/"):
            main = None  # "Customers outside SAIC Motor supplied 62.2% of revenue": still the company before's
        first = next((m for m in inside if m.ref == main), None)
        if first and _ITS_UNIT.search(self.document.text, max(0, first.start - 40), first.start):
            main = None  # "Its unit Point Interactive contributed ... In January it had forecast": still the parent
        self.antecedent = main or self.antecedent
        named = [m.ref for m in inside if m.ref.startswith("cohort/")]
        self.last_named = named[-1] if named else None
        # Under a plain heading that names a group, what its first sentence is about stays the topic of the
        # section's later paragraphs that name nothing.
        if self.after_heading:
            self.after_heading = False
            self.section_topic = main if main != self.population else None
        if following is not None and following.paragraph != sentence.paragraph and self._home:
            heading = bool(sentence.paragraph) and self.document.is_heading(sentence.paragraph)
            if heading:  # ("Shanghai-listed companies")
                self.section_topic, self.after_heading = None, bool(_GROUP_NOUN.search(text))
            self.topic_subject = self._paragraph_topic(following, new_section=heading)
            return
        if OF_THESE.match(text) or self._a_part_counted(main, start):
            return  # "Fourteen companies each put over 100 million yuan into research. Average R&D intensity rose"
        if main is not None:
            self.topic_subject = main

    def _a_part_counted(self, ref: str | None, start: int) -> bool:
        """True for a sentence that opens by counting a part of the group talked about ("Fourteen companies each
        put ..."): what it says is the part's, and the group stays the topic of the sentences after it."""
        cohort = self.entities.get(ref or "")
        opens = next(iter(starting_in(self.mentions, start, start + 3)), None)
        return (
            isinstance(cohort, Cohort) and cohort.size is not None and cohort.parent is not None
            and cohort.parent == self.topic_subject and opens is not None and opens.ref == ref
        )

    def _in_passing(self, ref: str, inside: list[Mention], sentence_start: int) -> bool:
        """True when every mention of company `ref` in the sentence is named in passing."""
        mine = [m for m in inside if m.ref == ref]
        text = self.document.text
        return ref.startswith("company/") and bool(mine) and all(
            named_in_passing(text, sentence_start, m.start) for m in mine)

    def _paragraph_topic(self, opening: Sentence, *, new_section: bool = False) -> str | None:
        """A new paragraph is about what its first sentence names ("The turnaround came late: ... and
        Cambricon made ..."), else about the whole population; in company news, about the company before, unless
        a heading opened a new section ("Buybacks and cancellations")."""
        text = self.document.text
        named = [  # not a part named in passing: "..., of which over 290 companies paid ..."
            m for m in starting_in(self.mentions, opening.span.start, opening.span.end)
            if not _NESTED.search(text, max(opening.span.start, m.start - 20), m.start) and not self._source(m)
            and not self._beaten_or_owned(m)
            and not (isinstance(e := self.entities.get(m.ref), Cohort) and e.basis == CohortBasis.SHARE)
        ]
        if self.company_news and not new_section and (topic := self.topic_subject) and topic.startswith("company/"):
            fallback: str | None = topic  # company news: "Growth continued into 2025: ..." is still the company's
        else:
            fallback = self.section_topic or self._home
        return next((m.ref for m in named if m.ref.startswith(("cohort/", "company/"))), fallback)

    @cached_property
    def _first_named(self) -> str | None:
        """Who a report names first, the group before any one company: what a figure is about when nothing else
        can be ("China's domestic video game market grew 7.53%" in a round-up that has named no one yet)."""
        refs = [m.ref for m in self.all_mentions]
        return next((r for r in refs if r.startswith("cohort/")), None) or next(iter(refs), None)

    @cached_property
    def _home(self) -> str | None:
        """The group a report is about: its board's companies, else the group its opening sentence names ("China's
        42 listed securities firms earned ..."), which a new paragraph that names no one goes back to."""
        if self.population:
            return self.population
        document = self.document
        opening = next((s for s in document.sentences if s.paragraph and not document.is_heading(s.paragraph)
                        and not document.on_dateline(s.span.start)), None)  # not the title, a heading, the dateline
        if opening is None:
            return None
        return next((m.ref for m in starting_in(self.mentions, opening.span.start, opening.span.end)
                     if m.ref.startswith("cohort/") and m.start < opening.span.start + 60), None)

    def _market(self, quantity: Quantity, clause: Clause) -> str | None:
        """The sector a figure is the whole market's or industry's of, when the clause names no company or group
        before it: "China's domestic video game market grew 7.53% to 325.783 billion yuan"."""
        text, start, end = self.document.text, clause.start, quantity.span.start
        if starting_in(self.all_mentions, start, end) or _SHARE_OF.search(text, start, end):
            return None  # "BYD's sales", "its share of the NEV market": a company's
        if _ANAPHOR.search(text, start, end):
            return None
        mentions = self._sector_mentions
        after = mentions[bisect.bisect_left(mentions, start, key=lambda m: m.start) :]
        inside = [m for m in itertools.takewhile(lambda m: m.start < end, after) if m.end <= end]  # before the figure
        for m in reversed(inside):
            if _MARKET_AFTER.match(text, m.end):
                return m.ref
        return self._main_sector if _WHOLE_INDUSTRY.search(text, start, end) else None

    @cached_property
    def _sector_mentions(self) -> list[Mention]:
        """Every mention of a sector, in text order."""
        sectors = (e for e in self.entities.values() if isinstance(e, Sector))
        return sorted((Mention(m.start, m.end, e.ref) for e in sectors for m in e.mentions), key=lambda m: m.start)

    @cached_property
    def _main_sector(self) -> str | None:
        """The sector a report names most often: the industry a figure told "across the industry" is of."""
        counts = Counter(m.ref for m in self._sector_mentions)
        return counts.most_common(1)[0][0] if counts else None

    def _subject(self, quantity: Quantity, clause: Clause, subjects: list[Mention]) -> str | None:
        """The nearest name before the figure in its clause, an owner after it ("850 products from 380
        companies"), else the topic."""
        text = self.document.text
        before = [
            m for m in subjects
            if clause.start <= m.start and m.end <= quantity.span.start and not self._source(m)
        ]
        if len(before) > 1 and self._named_for(before[-1], _OVERTAKEN):
            before.pop()  # "Giant Biogene grew revenue ..., overtaking Bloomage, and net profit 42.1%": still its own
        owner = _OWNER.match(text, quantity.span.end) if quantity.kind == Kind.COUNT else None
        owner = owner or _FOR_ALL.match(text, quantity.span.end)
        if before and _SHARE_VERB.search(text, before[-1].end, quantity.span.start):
            return before[-1].ref  # "SMEs account for 80% of BSE companies": the share is the SMEs'
        counted = next((f for f in reversed(self.facts) if f.measure == "company_count"
                        and clause.start <= f.quantity.span.start), None)
        if counted and _SHARE_VERB.search(text, counted.quantity.span.end, quantity.span.start):
            return counted.subject  # "532 companies in emerging industries, accounting for 33% of all ..."
        if owner:
            after = [m for m in self.all_mentions if owner.end() <= m.start < owner.end() + 5]
            if after:
                return after[0].ref
        if quantity.unit == "percent" and _OF_THEM.match(text, quantity.span.end) and not before:
            group = self.last_named or self.topic_subject  # "Roughly 90% of them were high-tech enterprises"
            if isinstance(self.entities.get(group or ""), Cohort):
                return group
        # "20% of the companies had ...", "..., 23 of them doubled it, and four in ten booked sales of ...": a share
        # of the group the paragraph is about
        of_all = quantity.unit == "percent" and _OF_THE_COMPANIES.match(text, quantity.span.end)
        if self.population and (of_all or self._share_did(quantity, clause)):
            topic = self.topic_subject
            return topic if isinstance(self.entities.get(topic or ""), Cohort) else self.population
        if before and (listed := self._members_listed(before, quantity)):
            return listed  # "The six big state-owned banks, ICBC, ... and Postal Savings Bank of China, proposed"
        if before and self._its_line(before[-1], quantity):
            return self.antecedent  # "Airports were the bright spot, as sales at its Beijing airport stores rose 115%"
        if before:
            return self._named_one(before) or self._whole_of_a_part(self._outside_asides(before, quantity), quantity)
        if self.population and _THE_BOARD.search(text, clause.start, quantity.span.start):
            return self.population  # "the board's total R&D investment": the whole population's
        if _INDEX_MEMBERS.search(text, clause.start, quantity.span.start) and (members := self._index_members()):
            return members  # "the index companies distributed ...": the constituents counted before
        together = _TOGETHER.search(text, clause.start, quantity.span.start)
        if together and isinstance(self.entities.get(self.antecedent or ""), Cohort):
            return self.antecedent
        these = together or _THESE.search(text, clause.start, quantity.span.start)
        if (self.last_named or self.antecedent) and these:
            return self.last_named or self.antecedent  # "On average, these companies achieved ..."
        their = THEIR.search(text, clause.start, quantity.span.start)
        if their and (group := self._group_before(their.start())):
            return group  # "5,067 listed companies had filed their reports; their revenue rose 7.2%"
        if self.antecedent and _ANAPHOR.search(text, clause.start, quantity.span.start):
            return self.antecedent  # "the group's margin", "Its investment": what the last sentence was about
        earlier = [
            m for m in subjects
            if m.end <= quantity.span.start and not m.ref.startswith("organization/") and not self._source(m)
        ]
        if earlier:
            return earlier[0].ref
        # Nothing else to hold it: the topic, else whoever the sentence names ("According to the Ministry ..., the
        # country counted ..."), else what the last sentence was about; a figure always has a subject.
        sentence = self.document.sentence_at(quantity.span.start).span
        named = next((m.ref for m in starting_in(self.all_mentions, sentence.start, sentence.end)
                      if not self._beaten_or_owned(m)), None)
        return self.topic_subject or named or self.antecedent or self._publisher() or self._first_named

    def _beaten_or_owned(self, mention: Mention) -> bool:
        """True for a company named only as what the one talked about beats or owns: no paragraph is about it."""
        return self._named_for(mention, _BEATEN) or self._named_for(mention, _OWNED)

    def _named_for(self, mention: Mention, role: re.Pattern[str]) -> bool:
        """True for a company named in `role` (_BEATEN, _OWNED) of another: "(Pudong) overtook Guangzhou Baiyun"."""
        return mention.ref.startswith("company/") and bool(
            role.search(self.document.text, max(0, mention.start - 30), mention.start))

    def _named_one(self, before: list[Mention]) -> str | None:
        """A company set against its group as "the only one" is what the clause's figures are about: "Sinotrans was
        the only one of the five to grow revenue, which rose 3.8%"."""
        one = self.entities.get(before[-1].ref)
        if not isinstance(one, Cohort) or one.size != 1 or len(before) < 2:
            return None
        named = before[-2]
        gap = self.document.text[named.end : before[-1].start]
        return named.ref if named.ref.startswith("company/") and _WAS_THE_ONE.fullmatch(gap) else None

    def _members_listed(self, before: list[Mention], quantity: Quantity) -> str | None:
        """A group followed by the list of its members set between commas, the figure after them: the group's."""
        group, names = before[0], before[1:]
        if not isinstance(self.entities.get(group.ref), Cohort) or len(names) < 2:
            return None
        text, at = self.document.text, group.end
        for name in names:
            if not _LIST_GAP.fullmatch(text, at, name.start):
                return None
            at = name.end
        return group.ref if _LIST_END.match(text, at, quantity.span.start) else None

    def _group_before(self, at: int) -> str | None:
        """The group of companies its sentence named last before `at`: what "their" there stands for."""
        start = self.document.sentence_at(at).span.start
        groups = [m.ref for m in self.mentions
                  if start <= m.start < at and isinstance(self.entities.get(m.ref), Cohort)]
        return groups[-1] if groups else None

    def _its_line(self, mention: Mention, quantity: Quantity) -> bool:
        """True when a group of no size named before the figure is a line of the company talked about: "its" (not
        "their") between them points back at one company."""
        cohort = self.entities.get(mention.ref)
        return (
            isinstance(cohort, Cohort) and cohort.size is None
            and isinstance(self.entities.get(self.antecedent or ""), Company)
            and _ITS.search(self.document.text, mention.end, quantity.span.start) is not None
        )

    def _whole_of_a_part(self, mention: Mention, quantity: Quantity) -> str:
        """ "Fourteen of them increased operating income, and their average revenue growth reached 6.37%": "their"
        after a part counted out of a group ("N of them") is the whole group's."""
        text = self.document.text
        cohort = self.entities.get(mention.ref)
        if (
            isinstance(cohort, Cohort) and cohort.parent
            and PART_OF_THOSE.match(text, mention.end)
            and _THEIR_NEXT.search(text, mention.end, quantity.span.start)
        ):
            return cohort.parent
        return mention.ref

    def _outside_asides(self, before: list[Mention], quantity: Quantity) -> Mention:
        """The last name before the figure that no aside holds: in "Guotai Haitong, reporting for the first time
        since Guotai Junan absorbed Haitong Securities, ranked first by net profit", Guotai Haitong."""
        text = self.document.text
        for m in reversed(before):
            if _AMONG.search(text, max(0, m.start - 40), m.start) and m is not before[0]:
                continue  # "New China Life posted the fastest growth among the big listed insurers: ..."
            if self._opener(m, before) is None or "," not in text[m.end : quantity.span.start]:
                return m
        return before[-1]

    def _opener(self, mention: Mention, before: list[Mention]) -> Mention | None:
        """The name whose aside holds `mention` ("Industrial Fulian, the arm of Hon Hai Precision Industry"), also
        through another name of a held one ("..., or Foxconn, whose group owns 84% of it")."""
        text = self.document.text
        earlier = [o for o in before if o.end <= mention.start]
        opener = next((o for o in earlier if _ASIDE.fullmatch(text, o.end, mention.start)
                       or _ASIDE_OR.fullmatch(text, o.end, mention.start)), None)
        if opener is None and (named := next((o for o in earlier if _OR.fullmatch(text, o.end, mention.start)), None)):
            return self._opener(named, before)
        return opener

    def _group_after(self, quantity: Quantity, clause: Clause) -> str | None:
        """A group of companies, or a company, named right after a figure as where it happened: "Net profit grew 16% at
        securities firms and 110% at insurers", "a 9.0% rise at financial firms", "against 239.85% at CCB"."""
        if quantity.unit not in ("percent", "percentage_point", "ratio"):  # "at least doubled at 617"
            return None
        text = self.document.text
        for m in starting_in(self.all_mentions, quantity.span.end, min(clause.end, quantity.span.end + 30)):
            if m.ref.startswith(("cohort/", "company/")) and _AT_GROUP.fullmatch(text, quantity.span.end, m.start):
                return m.ref
        return None

    def _bar_cleared(self, quantity: Quantity, clause: Clause) -> str | None:
        """The companies counted right before a bar they cleared: "99 companies grew it by more than 50%", "234
        earned more than 1 billion yuan" tell of those 99 and 234, not of the whole group."""
        if quantity.qualifier not in (Qualifier.AT_LEAST, Qualifier.AT_MOST):
            return None
        at = bisect.bisect_left(self.quantity_starts, quantity.span.start)
        if at == 0 or (ref := self.count_cohorts.get(at - 1)) is None:
            return None
        count = self.quantities[at - 1]
        if count.span.start < clause.start or not _CLEARED.fullmatch(self.document.text, count.span.end,
                                                                         quantity.span.start):
            return None
        return ref

    def _share_did(self, quantity: Quantity, clause: Clause) -> bool:
        """True for a share that opens its stretch of a clause and is followed by what the companies did ("half
        increased their net profit", "four in ten booked sales"): a share of the whole group."""
        text = self.document.text
        return (
            quantity.unit == "percent"
            and quantity.kind == Kind.SHARE
            and _DID.match(text, quantity.span.end) is not None
            and _CLAUSE_HEAD.search(text[clause.start : quantity.span.start]) is not None
        )

    def _product_line(self, quantity: Quantity, clause: Clause) -> str | None:
        """The product line a clause's figure is about, when the product, not its maker, is what the clause says
        rose, sold or totalled; "CATL sold 475 GWh of lithium-ion batteries" stays the company's."""
        text = self.document.text
        in_clause = self.quantities[bisect.bisect_left(self.quantity_starts, clause.start) :]
        earlier = [  # not a change the figure is the new level of: "rose 20% to 9 billion yuan"
            q.span.end for q in itertools.takewhile(lambda q: q.span.end <= quantity.span.start, in_clause)
            if not TO_LEVEL.search(text, q.span.end, quantity.span.start)
        ]
        floor = max([clause.start, *earlier])
        nearest = None  # the last line before the figure: "line A rose 71% to 368 million yuan, and brand B jumped"
        for span, ref in self.product_mentions:
            if span.start >= clause.end:
                break
            if floor <= span.start and span.end <= quantity.span.start:
                if _LINE_LEAD.search(text[clause.start : span.start]) and _LINE_TAIL.match(
                    text[span.end : quantity.span.start]
                ):
                    nearest = ref
            elif span.start > quantity.span.end and _WERE_LINE.fullmatch(text, quantity.span.end, span.start):
                return nearest or ref  # "of which 381 GWh were power battery systems"
        return nearest

    def _priced_good(self, quantity: Quantity, measure: str, clause: Clause) -> str | None:
        """The good a market price is of, named in its clause before the figure: "The average price of raw milk ...
        was 3.32 yuan per kilogram", "polysilicon prices fell 39%", "Pure MDI averaged 19,037 yuan a tonne, while
        TDI fell 20.09% to 14,452 yuan"."""
        if measure not in _PRICES and measure not in UNPRICED:
            return None
        text, found = self.document.text, None
        for good in starting_in(self.commodity_mentions, clause.start, quantity.span.start):
            priced = _PRICE_OF.search(text, max(clause.start, good.start - 20), good.start) or _PRICES_NEXT.match(
                text, good.end)
            opens = _GOOD_OPENS.search(text, max(0, good.start - 8), good.start) and not any(
                m.ref.startswith("company/") for m in starting_in(self.mentions, good.end, quantity.span.start))
            if (measure in _PRICES and priced) or opens:
                found = good.ref
        if found is None and measure in _PRICES and _THE_PRICE.match(text, clause.start):
            found = self._good_priced_last(quantity)  # "The price slipped 1.06% in the first quarter"
        return found

    def _good_priced_last(self, quantity: Quantity) -> str | None:
        """The good whose price the paragraph told last, what "the price" goes on about."""
        paragraph = self.document.sentence_at(quantity.span.start).paragraph
        for fact in reversed(self.facts):
            if self.document.sentences[fact.sentence].paragraph != paragraph:
                return None
            good = self.entities.get(fact.subject or "")
            if fact.measure in _PRICES and isinstance(good, Product) and good.commodity:
                return fact.subject
        return None

    def _index(self, quantity: Quantity, measure: str) -> str | None:
        """The index a level in points is of: the one named last in its paragraph ("the BSE 50 index ... The index
        starts from 1,000 points on April 29")."""
        if measure != "index_level" or quantity.unit != "points":
            return None
        paragraph = self.document.paragraphs[self.document.sentence_at(quantity.span.start).paragraph]
        named = starting_in(self.index_mentions, paragraph.start, quantity.span.start)
        return named[-1].ref if named else None

    def _index_members(self) -> str | None:
        """The latest group of an index's constituents ("the 100 constituents of the ChiNext Index")."""
        groups = [  # counted constituents, or the companies of an index the cohort finder named ("STAR 50 companies")
            e for e in self.entities.values()
            if isinstance(e, Cohort) and (_CONSTITUENTS.search(e.label) or e.basis == CohortBasis.INDEX)
        ]
        return max(groups, key=lambda e: e.mentions[0].start).ref if groups else None

    def _whole_of_a_count(self, subject: str | None, measure: str, quantity: Quantity) -> str | None:
        """A share set beside a count of companies is a share of the whole they belong to: "4,127 of the
        companies, close to 80% of the total", "4,118, or 76.89%, were profitable"."""
        if measure != "company_share" or quantity.unit != "percent":
            return subject
        counted = self.facts[-1] if self.facts else None
        if counted is None or counted.measure != "company_count" or counted.subject != subject:
            return subject
        text = self.document.text
        if _SHARE_VERB.search(text, counted.quantity.span.end, quantity.span.start) or _OF_A_NAMED_WHOLE.match(
                text, quantity.span.end):
            return subject  # "532 companies ..., accounting for 33% of all SZSE-listed companies": the group's share
        cohort = self.entities.get(subject or "")
        return (cohort.parent if isinstance(cohort, Cohort) else None) or self.population or subject

    def _buyer(self, subject: str | None, measure: str, quantity: Quantity, clause: Clause) -> str | None:
        """What a deal costs or buys is the buyer's: "United Nova moved to buy 72.33% of its subsidiary
        Xinlian Yuezhou for RMB 5.897 billion" (the nearest name before the figure is the target)."""
        if measure not in _DEAL_MEASURES or not (subject or "").startswith("company/"):
            return subject
        text = self.document.text
        verb = next(reversed(list(_BUYS.finditer(text, clause.start, quantity.span.start))), None)
        if verb is None:
            return subject
        buyers = [
            m.ref for m in self.mentions if clause.start <= m.start < verb.start() and m.ref.startswith("company/")
        ]
        leaning = verb.group().endswith("ing") and _SUBORDINATE.search(text, max(clause.start, verb.start() - 8),
                                                                      verb.start())
        if leaning:
            buyers = buyers[:1]  # "Zheshang became the controlling shareholder of Guodu after buying 34% of it"
        first = next((m.start for m in self.mentions if m.ref in buyers and m.start >= clause.start), verb.start())
        if (not buyers or leaning) and _IT.search(text, clause.start, first) and (self.antecedent or "").startswith(
                "company/"):
            # "The group pressed ahead with its takeover of HKBN, buying a 15.5% holding": the main clause's subject
            return self.antecedent  # "On January 16 it agreed to pay 13.729 billion yuan for 24.82% of Zangge"
        return buyers[-1] if buyers else subject

    def _source(self, mention: Mention) -> bool:
        """An organization that tells the figures is not what they are about ("Soochow Securities put the average
        company's revenue at ...", "the exchange said STAR companies had spent ..."), unless they are its own."""
        entity, text = self.entities.get(mention.ref), self.document.text
        if _COUNTED_BY.search(text, max(0, mention.start - 40), mention.start) or _COUNT_OF.match(text, mention.end):
            return True  # "A separate count by Yuanda Securities put ...", "A People's Daily count of ... found"
        told = _TELLS.match(text, mention.end)
        if isinstance(entity, Organization):
            if told and _OWN.match(text, told.end()):
                return False  # "State Grid said its grid investment would reach ...": its own figures
            return bool(told or _ACCORDING.search(text, max(0, mention.start - 90), mention.start)
                        or _ACTED_BY.search(text, max(0, mention.start - 60), mention.start))
        # a broker's estimate, or a source named after what it told: "..., Cailian Press reported on July 1", or
        # telling another's: "Huachuang said the company's domestic brands ..."
        return isinstance(entity, Company) and bool(ESTIMATES.match(text, mention.end) or (
            _TOLD_LAST.match(text, mention.end) and text.endswith(", ", 0, mention.start)) or (
            told and _ANOTHERS.match(text, told.end())))

    def _aggregate_subject(self, subject: str | None, measure: str) -> str | None:
        """A board named as the holder of a company aggregate means the board's companies: the report's
        population, or the cohort of another board's companies it names ("ChiNext companies")."""
        entity = self.entities.get(subject or "")
        if not isinstance(entity, Organization) or measure.removeprefix("average_").removeprefix(
                "median_") not in AGGREGATE_MEASURES:
            return subject
        names = [name.lower() for name in (entity.label, *entity.aliases)]
        if entity.role == "exchange" and (place := re.match(rf"(?:{PLACES})\b", entity.label)):
            names.append(f"{place.group().lower()}-listed")  # "On the Shanghai Stock Exchange, revenue was ..."
        cohorts = [self.entities.get(self.population or ""), *(e for e in self.entities.values() if isinstance(
            e, Cohort))]
        holder = next((c for c in cohorts if c is not None and any(n in c.label.lower() for n in names)), None)
        return holder.ref if holder else subject

    def _publisher(self) -> str | None:
        """Who dates the report: an organization its dateline names, else the exchange it names most."""
        text = self.document.text
        head = text[: text.find("\n", self.document.sentences[min(2, len(self.document.sentences) - 1)].span.start)]
        organizations = [e for e in self.entities.values() if isinstance(e, Organization)]
        in_head = [e for e in organizations if any(m.end <= len(head) for m in e.mentions) and e.role != "board"]
        exchanges = sorted((e for e in organizations if e.role == "exchange"), key=lambda e: -len(e.mentions))
        found = in_head or exchanges
        return found[0].ref if found else None
