"""Extract: named products and technologies, with the company behind them when the text says.

Cues are the sentence shapes reports use for products: "X launched the world's first P",
"X's first P has been approved", "P independently developed by X", "P equipment from X",
"X plans to invest ... to build P projects", "X issued the first P bond", drug codes ("DZD8586")
and index names ("STAR 50 Index", "ChiNext Index ETF").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..records import Company, Document, Organization, Product, Span
from ..resolve.aliases import group_names, name_key, pick_label, unique_slugs, vocabulary
from .patterns import Gated

# Words that make a phrase an amount, a result or a plan rather than a product.
_NOT_PRODUCT = re.compile(
    r"\b(?:revenue|profit|income|growth|loss|losses|shares?|market value|performance|sales|scale|rate|ratio|"
    r"dividend|plan|plans|goal|goals|strategy|team|factory|factories|subsidiar\w+|customers?|investment|"
    r"company|companies|position|capacity|advantages?|resources?|reports?|overview|results)\b",
    re.IGNORECASE,
)
_GENERIC = vocabulary("major many several new key core main their its multiple other some various")
_LEAD = re.compile(r"^(?:(?:such as|including|e\.g\.|for example|the|a|an|its|their|this|these|which|that)\s+)+", re.I)
_FIRST = r"(?P<note>world's first|world’s first|China's first|the first|first|domestic first|new)"
_DRUG_CODE = re.compile(r"\b[A-Z]{2,5}-?\d{3,6}\b")
_INDEX = re.compile(r"\b(?:[A-Z][\w-]*(?: and)? )+(?:\d+ )?(?:Composite |Component )?Index(?: ETF| Fund)?\b")
# The exchange whose board an index is named after publishes it (an index of STAR Market shares is
# compiled for the Shanghai Stock Exchange).
_INDICES = Gated(_INDEX, re.compile("Index"))
INDEX_PUBLISHERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bSci(?:ence)?[- ](?:and )?(?:Tech(?:nology)? )?Innovation|\bSTAR\b|\bSci-Tech\b"), "sse"),
    (re.compile(r"\bChiNext\b|\bShenzhen\b|\bSZSE\b"), "szse"),
    (re.compile(r"\bShanghai\b|\bSSE\b"), "sse"),
    (re.compile(r"\bBeijing Stock Exchange\b|\bBSE\b"), "bse"),
)
_IN_CLAUSE = r"(?:[^.;]|(?<=\d)\.(?=\d))"  # any character of the clause; "1.2 billion" keeps its point
_CLAUSE_START = r"(?:^|(?<=[,.;:])\s*)"
_STOP = r"(?=\s*(?:[,.;:]|$|\s(?:marking|which|that|to|in|for|with|and is|was|were|has|have|is|are)\b))"


@dataclass(frozen=True, slots=True)
class _Found:
    name: str
    span: Span
    maker: Company | None
    note: str


def index_publisher(label: str, organizations: Iterable[Organization]) -> Organization | None:
    """The organization of the document that publishes the index named `label`, if named."""
    by_slug = {o.slug: o for o in organizations}
    return next(
        (by_slug[slug] for pattern, slug in INDEX_PUBLISHERS if pattern.search(label) and slug in by_slug), None
    )


def find_products(document: Document, companies: Iterable[Company]) -> tuple[Product, ...]:
    """Products and technologies of `document`, one per name, each with its maker's ref when stated."""
    companies = tuple(companies)
    found = [f for f in _cued(document, companies) if _plausible(f.name)]
    names = list(dict.fromkeys(f.name for f in found))
    groups = group_names(names, lambda a, b: name_key(a) == name_key(b))
    labels = [pick_label(f.name for f in found if f.name in g) for g in groups]
    products = []
    for group, label, slug in zip(groups, labels, unique_slugs(labels), strict=True):
        members = [f for f in found if f.name in group]
        spans = tuple(sorted({f.span for f in members}, key=lambda s: s.start))
        maker = next((f.maker for f in members if f.maker), None)
        note = next((f.note for f in members if f.note), "")
        aliases = tuple(n for n in group if n != label)
        products.append(
            Product(
                slug=slug, label=label, aliases=aliases, mentions=spans, maker=maker.ref if maker else None, note=note
            )
        )
    return tuple(sorted(products, key=lambda p: p.mentions[0].start))


def _plausible(name: str) -> bool:
    """False for phrases that are results or plans ("revenue scale"), generic or too long to be a name."""
    words = name.lower().split()
    if not words or len(words) > 12 or set(words) <= _GENERIC:
        return False
    return bool(_INDEX.fullmatch(name)) or not _NOT_PRODUCT.search(name)


@dataclass(frozen=True, slots=True)
class _Cue:
    """A product cue around a company's name: `after` follows the name, or `before` precedes it.

    A `before` pattern ends in the literal `joiner` ("by "), so only names written right after that
    word can complete it: the pattern is compiled per document with those names alone, usually none.
    """

    after: re.Pattern[str] | None = None
    before: str = ""
    joiner: str = ""


_CUES = (
    _Cue(
        after=re.compile(
            r" (?:has |have |had )?(?:successfully |officially )?(?:launched|released|unveiled) (?:the |a |an |its )?"
            rf"(?:{_FIRST} )?(?P<p>[^,.;]+?)(?: products?)?{_STOP}"
        )
    ),
    _Cue(
        after=re.compile(
            rf"(?:'s|’s|') (?:{_FIRST} |own |core |flagship )?(?P<p>[^,.;]+?)(?: products?)? (?:has been|have been|"
            r"was|were|is|are|has|have|achieved|obtained|received)\b"
        )
    ),
    _Cue(
        before=rf"{_CLAUSE_START}(?P<p>[^,.;]+?) (?:independently |jointly |self-)?(?:developed|produced|manufactured)"
        r" by ",
        joiner="by ",
    ),
    _Cue(
        before=rf"{_CLAUSE_START}(?P<p>[^,.;]+?(?:equipment|products?|devices?|systems?|machines?|tools|materials))"
        r" from ",
        joiner="from ",
    ),
    _Cue(  # "X's recombinant vaccine, developed with Y, was approved", "X's furmonertinib, a new drug, won approval"
        after=re.compile(
            r"(?:'s|’s|') (?P<p>[^,.;]+?)(?:,[^.;]{1,100}?,)? (?:also )?(?:has been |have been |was |were )?"
            r"(?:approved|won approval|received approval|obtained approval|gained approval)\b"
        )
    ),
    _Cue(after=re.compile(r" focuses on (?P<p>[\w-]+(?: [\w-]+)?) (?:in|and|to|for)\b")),
    _Cue(
        after=re.compile(
            rf" (?:has |had )?(?:issued|plans to issue|will issue) (?:the |a |an |its )?(?:{_FIRST} )?"
            r"(?P<p>[^,.;]+?bonds?)\b"
        )
    ),
    _Cue(
        after=re.compile(
            rf" {_IN_CLAUSE}*?milestone of (?:more than |over |nearly |about )?[\d,.]+ (?P<p>[^,.;]+?){_STOP}"
        )
    ),
    _Cue(
        after=re.compile(
            rf"(?: plans| intends| proposes| will)? to invest {_IN_CLAUSE}*? to build (?P<p>[^,.;]+?){_STOP}"
        )
    ),
    _Cue(after=re.compile(r"(?:'s|’s|')? (?P<list>[a-z][^.;]*?),? and other products\b")),
    _Cue(
        after=re.compile(
            rf"{_IN_CLAUSE}*? (?:shipments|sales|production|output|exports) of (?P<p>[a-z][\w -]+?)(?= for| in|[,.;])"
        )
    ),
)


def _cued(document: Document, companies: tuple[Company, ...]) -> Iterator[_Found]:
    text = document.text
    names = sorted({s.text for c in companies for s in c.mentions}, key=len, reverse=True)
    owner = {s.text: c for c in companies for s in c.mentions}
    yield from _indices(document)
    if not names:
        return
    starts = _name_starts(text, names)
    for cue in _CUES:
        found = _after_name(cue.after, text, starts) if cue.after else _before_name(cue, text, names)
        for name, match in found:
            maker = owner[name]
            note = (match.groupdict().get("note") or "").replace("’", "'")
            note = "" if note in {"new", "the first"} else note
            for product, start in _parts(match):
                yield _Found(product, Span(document.doc_id, start, start + len(product), product), maker, note)
    yield from _technologies(document, companies)
    for match in _DRUG_CODE.finditer(text):
        yield _Found(
            match.group(),
            Span(document.doc_id, match.start(), match.end(), match.group()),
            _subject_before(document, companies, match.start()),
            "",
        )


def _name_starts(text: str, names: list[str]) -> dict[int, list[str]]:
    """Every offset where a name starts (inside words too), with the names found there, longest first."""
    starts: dict[int, list[str]] = {}
    for name in names:
        at = text.find(name)
        while at >= 0:
            starts.setdefault(at, []).append(name)
            at = text.find(name, at + 1)
    return dict(sorted(starts.items()))


def _after_name(after: re.Pattern[str], text: str, starts: dict[int, list[str]]) -> Iterator[tuple[str, re.Match[str]]]:
    """The matches of `(?P<co>name|...)after` left to right, without compiling the names into it: at
    each offset a name starts, the names are tried longest first, as the alternation would."""
    resume = 0
    for at, names in starts.items():
        if at < resume:
            continue
        for name in names:
            match = after.match(text, at + len(name))
            if match:
                yield name, match
                resume = match.end()
                break


def _before_name(cue: _Cue, text: str, names: list[str]) -> Iterator[tuple[str, re.Match[str]]]:
    """The matches of `before(?P<co>name|...)`, with only the names that follow the cue's last word."""
    written = [n for n in names if cue.joiner + n in text]
    if not written:
        return
    pattern = re.compile(cue.before + "(?P<co>" + "|".join(re.escape(n) for n in written) + ")")
    for match in pattern.finditer(text):
        yield match.group("co"), match


def _parts(match: re.Match[str]) -> Iterator[tuple[str, int]]:
    """The product names a cue matched, with their offsets: one phrase, or each item of a list."""
    if match.groupdict().get("list") is None:
        yield from _project_parts(match.group("p"), match.start("p"))
        return
    for item in re.finditer(r"[^,]+", match.group("list")):
        name = item.group().strip()
        yield name, match.start("list") + item.start() + item.group().index(name)


def _project_parts(phrase: str, start: int) -> Iterator[tuple[str, int]]:
    """A phrase without its lead words and project/facility tail, split where "and" starts a parallel
    phrase ("high-end A and high-end B industrialization projects" -> two products)."""
    lead = _LEAD.match(phrase)
    if lead:
        start += lead.end()
        phrase = phrase[lead.end() :]
    phrase = re.sub(
        r"(?:\s+(?:and\s+)?(?:R&D cent(?:er|re)s?|manufacturing bases?|production bases?|production lines?|"
        r"(?:industriali[sz]ation |construction |expansion )?projects?))+$",
        "",
        phrase,
    )
    first = phrase.split()[0] if phrase.split() else ""
    parts = re.split(rf" and (?={re.escape(first)}\b)", phrase) if first else [phrase]
    offset = 0
    for part in parts:
        at = phrase.index(part, offset)
        offset = at + len(part)
        yield part.strip(), start + at


def _technologies(document: Document, companies: tuple[Company, ...]) -> Iterator[_Found]:
    """ "... using P technology": the technology of the company the clause is about."""
    for match in re.finditer(r"\busing (?P<p>[^,.;]+? technology)\b", document.text):
        name = match.group("p")
        yield _Found(
            name,
            Span(document.doc_id, match.start("p"), match.end("p"), name),
            _subject_before(document, companies, match.start()),
            "",
        )


def _indices(document: Document) -> Iterator[_Found]:
    for match in _INDICES.finditer(document.text):
        name = _LEAD.sub("", match.group())
        start = match.end() - len(name)
        if len(name.split()) >= 2:
            yield _Found(name, Span(document.doc_id, start, match.end(), name), None, "")


def _subject_before(document: Document, companies: tuple[Company, ...], at: int) -> Company | None:
    """The company named last before `at` in the same sentence."""
    sentence = document.sentence_at(at).span
    best: tuple[int, Company] | None = None
    for company in companies:
        for span in company.mentions:
            if sentence.start <= span.start < at and (best is None or span.start > best[0]):
                best = (span.start, company)
    return best[1] if best else None
