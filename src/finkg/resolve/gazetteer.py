"""Resolve: the gazetteer of listed A-share companies (data/companies.csv, see data/SOURCES.md).

Names are indexed three ways so that a lookup is a few dictionary probes, never a scan of the
table: normalised English names, acronyms of those names, and the joined pinyin of the Chinese
short name, which is how machine translations usually render a company ("Tuojing Technology").
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from ..config import DATA_DIR
from .aliases import vocabulary
from .romanize import pinyin_readings

# Legal-form words carry no identity: "CHINA VANKE CO., LTD." is "china vanke".
LEGAL_FORMS = vocabulary(
    """co ltd limited inc incorporated corp corporation company plc llc joint stock share shares the"""
)
# Trailing words a report drops from a name: "Western Superconducting Technologies" -> "Western Superconducting".
GENERIC_TAIL = vocabulary("technology technologies tech group holdings holding")
# Leading places the official names carry and reports leave out: "Shanghai Allist Pharmaceuticals".
PLACES = vocabulary(
    """china chinese shanghai beijing shenzhen guangzhou tianjin chongqing jiangsu zhejiang guangdong
    shandong hubei hunan henan hebei anhui fujian jiangxi sichuan shaanxi shanxi yunnan guizhou liaoning
    jilin heilongjiang hainan gansu qinghai ningxia xinjiang tibet guangxi hangzhou nanjing suzhou wuxi
    ningbo xiamen qingdao dalian wuhan chengdu xian hefei changsha zhuhai dongguan foshan"""
)
# Cities a one-word name may be rather than a listed company its pinyin spells (huizhou, not 汇洲).
CITIES = PLACES | vocabulary(
    """huizhou shantou zhongshan jiangmen zhanjiang shaoxing wenzhou jinhua taizhou jiaxing huzhou yantai weifang
    jinan zibo linyi xuzhou nantong yangzhou changzhou zhenjiang yancheng kunshan zhengzhou luoyang shijiazhuang
    tangshan baoding taiyuan datong hohhot baotou ordos shenyang anshan changchun harbin daqing fuzhou quanzhou
    zhangzhou nanchang ganzhou yichang xiangyang zhuzhou xiangtan yueyang nanning liuzhou guilin haikou sanya
    guiyang kunming lhasa lanzhou xining yinchuan urumqi mianyang yibin luzhou deyang zunyi weihai rizhao"""
)
# Trailing words of Chinese short names that English reports leave out: 股份 (shares), 集团 (group), 控股 (holding).
_GENERIC_PINYIN = frozenset({("gu", "fen"), ("ji", "tuan"), ("kong", "gu")})
_HEAD_WORDS = 3  # two leading words ("China Merchants", "Bank of") name too many groups to stand for one
_NEAR = 92  # rapidfuzz ratio of two core names that differ only in spelling ("Pharmaceutical(s)")
_WORD = re.compile(r"[a-z0-9]+")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_ST_MARKS = re.compile(r"^(?:\*?ST|退市)|-(?:U|W|UW|WD)$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Listing:
    """One A-share company of the gazetteer."""

    code: str
    exchange: str
    board: str
    zh: str
    en_name: str
    pinyin: tuple[str, ...] = ()  # toneless syllables of the Chinese short name


def words(name: str) -> tuple[str, ...]:
    """Lower-case word tokens of an English name, '&' read as 'and', punctuation dropped."""
    return tuple(_WORD.findall(name.lower().replace("&", " and ")))


def significant(name: str) -> tuple[str, ...]:
    """The words of a name without its legal form."""
    return tuple(t for t in words(name) if t not in LEGAL_FORMS)


def _trim(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Without generic trailing words, nor the joint they leave: "Poly Developments and Holdings Group" -> "poly
    developments", "Quanyin High-Tech" -> "quanyin"."""
    end = len(tokens)
    while end > 1 and tokens[end - 1] in GENERIC_TAIL:
        end -= 1
        joint = ("and", "of") if tokens[end] != "tech" else ("high", "hi")  # "Quanyin High-Tech": 荃银高科's "Quanyin"
        if end > 1 and tokens[end - 1] in joint:
            end -= 1
    return tokens[:end]


def core(name: str) -> tuple[str, ...]:
    """The identifying words of a name: no legal form, no generic trailing word."""
    return _trim(significant(name))


def _query_key(name: str) -> tuple[str, ...]:
    """How a mention is looked up: a trailing "Group" or "Holdings" is kept, since a parent group is
    not its listed subsidiary ("China Telecom Group" is not China Telecom)."""
    tokens = significant(name)
    return tokens if tokens and tokens[-1] in {"group", "holdings", "holding"} else _trim(tokens)


def acronyms(tokens: tuple[str, ...]) -> set[str]:
    """Initials with and without the legal form: "Semiconductor Manufacturing International Corp" -> SMIC, SMI."""
    content = [t for t in tokens if t not in {"and", "of", "the"}]
    kept = [t for t in content if t not in LEGAL_FORMS]
    with_form = [t for t in content if t not in LEGAL_FORMS or t in {"corporation", "company", "corp"}]
    return {"".join(t[0] for t in ts).upper() for ts in (kept, with_form) if len(ts) >= 3}


class _Stems:
    """Every prefix of a set of strings, answered by binary search over the sorted strings."""

    def __init__(self, strings: Iterable[str]):
        self._sorted = sorted(set(strings))

    def __contains__(self, prefix: object) -> bool:
        assert isinstance(prefix, str)
        at = bisect_left(self._sorted, prefix)
        return at < len(self._sorted) and self._sorted[at].startswith(prefix)


class Gazetteer:
    """Listed companies indexed by English core name, acronym and pinyin of the Chinese short name."""

    def __init__(self, listings: tuple[Listing, ...], pinyin: tuple[tuple[str, ...], ...], aliases: tuple[str, ...]):
        self.listings = listings
        by_core: defaultdict[tuple[str, ...], set[int]] = defaultdict(set)
        by_name: defaultdict[tuple[str, ...], set[int]] = defaultdict(set)  # whole names, legal form dropped
        by_acronym: defaultdict[str, set[int]] = defaultdict(set)
        by_pinyin: defaultdict[str, set[int]] = defaultdict(set)
        by_prefix: defaultdict[str, set[int]] = defaultdict(set)
        self.syllables: set[str] = set()
        for i, listing in enumerate(listings):
            for name in filter(None, (listing.en_name, *aliases[i].split("|"))):
                tokens = words(name)
                kept = tuple(t for t in tokens if t not in LEGAL_FORMS)
                by_name[kept].add(i)
                for key in {kept, _trim(kept)}:
                    by_core[key].add(i)
                    while (
                        key and key[0] in PLACES
                    ):  # "Shanghai Allist Pharmaceuticals" is also "Allist Pharmaceuticals"
                        key = key[1:]
                        if key:
                            by_core[key].add(i)
                for acronym in acronyms(tokens):
                    by_acronym[acronym].add(i)
            syllables = tuple(s for s in pinyin[i] if s.isalpha() and s.islower())
            self.syllables.update(syllables)
            joined = "".join(syllables)
            by_pinyin[joined].add(i)
            if len(syllables) >= 4 and syllables[-2:] in _GENERIC_PINYIN:
                by_pinyin["".join(syllables[:-2])].add(i)  # 通威股份 is written "Tongwei"
            for n in range(2, len(syllables)):
                by_prefix["".join(syllables[:n])].add(i)
        self._by_core: dict[tuple[str, ...], set[int]] = dict(by_core)
        by_word: defaultdict[str, set[int]] = defaultdict(set)  # every word of every English name
        for core, indexes in self._by_core.items():
            for word in core:
                by_word[word] |= indexes
        self._by_word: dict[str, set[int]] = dict(by_word)
        self._by_name: dict[tuple[str, ...], set[int]] = dict(by_name)
        self._by_acronym: dict[str, set[int]] = dict(by_acronym)
        self._by_pinyin: dict[str, set[int]] = dict(by_pinyin)
        self._by_prefix: dict[str, set[int]] = dict(by_prefix)
        self.stems = _Stems(self._by_pinyin)
        firsts: defaultdict[str, list[tuple[str, ...]]] = defaultdict(list)
        for key in self._by_core:
            if len(key) >= 2:
                firsts[key[0]].append(key)
        self._cores_by_first = {k: sorted(v, key=len, reverse=True) for k, v in firsts.items()}
        # Leading three or more words of a longer core that begin no other core: "China Merchants Shekou" of "China
        # Merchants Shekou Industrial Zone", where "China Merchants" begins a bank and a broker too.
        # A name that begins with a number needs only one word more: "37 Interactive" of "37 Interactive Entertainment".
        heads: defaultdict[tuple[str, ...], set[int]] = defaultdict(set)
        for key, indexes in self._by_core.items():
            for n in range(2 if key[0].isdigit() else _HEAD_WORDS, len(key)):
                heads[key[:n]] |= indexes
        self._by_head = {head: one for head, one in heads.items() if len(one) == 1 and head not in self._by_core}
        for head in self._by_head:
            firsts[head[0]].append(head)
        # The lengths of the cores each first word starts, longest first: `scan` probes one slice per length.
        self._lengths_by_first = {k: sorted({len(c) for c in v}, reverse=True) for k, v in firsts.items()}

    def _pick(self, indexes: Iterable[int]) -> tuple[Listing, ...]:
        """The listings at `indexes`, in table order."""
        return tuple(self.listings[i] for i in sorted(indexes))

    def lookup(self, name: str) -> tuple[Listing, ...]:
        """Listings a company name may denote, () if none; more than one means it is ambiguous.

        Tried in turn: the English core name of two or more words, an acronym ("SMIC"), the pinyin
        of the whole name; a one-word name gathers every short name it may spell or begin
        ("Huahong": 华虹公司 and 华宏科技).
        """
        key = _query_key(name)
        if not key or (len(key) == 1 and key[0] in CITIES):
            return ()  # "the Huizhou 19-6 oilfield": a city, not the 汇洲 its pinyin spells
        if len(key) >= 2:
            found = self._english(key)
            if found:
                return found
        elif official := self.official(name):
            return (official,)  # the English name "Tongwei" before pinyin readings of it
        elif (camel := _query_key(_CAMEL.sub(" ", name))) != key and (found := self._english(camel)):
            return found  # "JinkoSolar" is "Jinko Solar"
        tokens = tuple(re.findall(r"[A-Za-z]+", name))
        for reading in pinyin_readings(tokens, self.stems, self.syllables):
            found = self._pick(self._by_pinyin.get(reading, ()))
            if found:
                return found
        if len(key) > 1 or key[0] in PLACES:
            return ()
        indexes = {
            *self._by_core.get(key, ()),
            *self._by_prefix.get(key[0], ()),
            *(self._by_acronym.get(name, ()) if re.fullmatch(r"[A-Z]{3,6}", name) else ()),
        }
        return self._pick(indexes or (self._leading(key[0]) if not name.isupper() else set()))  # "BOC" is initials

    def _leading(self, word: str) -> set[int]:
        """The one listing whose English name, its place aside, starts with `word`, a word no other listing's name
        has ("Pharmaron" of "Pharmaron Beijing", "Tigermed" of "Hangzhou Tigermed Consulting"; not "Power")."""
        found = self._by_word.get(word, set())
        return found if len(found) == 1 and self._cores_by_first.get(word) else set()

    def official(self, name: str) -> Listing | None:
        """The one listing whose English name is `name` but for its legal form ("Tongwei" of "TONGWEI CO.,LTD.")."""
        exact = self._by_name.get(significant(name), set())
        return self.listings[next(iter(exact))] if len(exact) == 1 else None

    def coined(self, name: str) -> Listing | None:
        """The listing whose one-word English name is also the pinyin of its Chinese short name
        ("Tongwei", 通威): a coined name, where "Capital" or "Marine" are English words."""
        found = self.official(name)
        return found if found is not None and name.lower() in self._by_pinyin else None

    def _english(self, key: tuple[str, ...]) -> tuple[Listing, ...]:
        """Exact core name, else the one listing whose cores it begins ("Gree Electric"), else one near spelling."""
        if key in self._by_core:
            return self._pick(self._by_core.get(key, ()))
        same_first = self._cores_by_first.get(key[0], [])
        # the cores it begins, of one listing, however many spellings of its name the table has
        begun = {i for c in same_first if c[: len(key)] == key for i in self._by_core[c]}
        if len(begun) == 1:
            return self._pick(begun)
        text = " ".join(key)
        near = [c for c in same_first if abs(len(c) - len(key)) <= 1 and fuzz.ratio(text, " ".join(c)) >= _NEAR]
        return self._pick(self._by_core.get(near[0], ())) if len(near) == 1 else ()

    def resolve(self, name: str, boards: tuple[str, ...] = ()) -> Listing | None:
        """The one listing `name` denotes; ties go to the first of `boards` that has exactly one."""
        found = self.lookup(name)
        if len(found) == 1:
            return found[0]
        for board in boards:
            on_board = [listing for listing in found if listing.board == board]
            if len(on_board) == 1:
                return on_board[0]
        return None

    def scan(self, text: str) -> Iterator[tuple[int, int, tuple[Listing, ...]]]:
        """English names of two or more words in `text`, as (start, end, listings), left to right.

        A match must start with a capital or a number ("37 Interactive Entertainment") and be the whole capitalised
        run ("China Telecom" does not match inside "China Telecom Group"); later words may be lower case, as
        translations write them.
        """
        spans = [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"[A-Za-z0-9]+", text)]
        lowered = tuple(s[2] for s in spans)
        i = 0
        while i < len(spans):
            opens = text[spans[i][0]].isupper() or lowered[i].isdigit()
            hit = self._core_at(text, spans, lowered, i) if opens else None
            if hit:
                n, key = hit
                yield spans[i][0], spans[i + n - 1][1], self._pick(self._by_core.get(key) or self._by_head[key])
                i += n
            else:
                i += 1

    def _core_at(
        self, text: str, spans: list[tuple[int, int, str]], lowered: tuple[str, ...], i: int
    ) -> tuple[int, tuple[str, ...]] | None:
        """The longest core of two or more words, or head of one listing's cores, that is the whole capitalised run
        starting at word i, as (its number of words, those words)."""
        for n in self._lengths_by_first.get(lowered[i], ()):
            key = lowered[i : i + n]
            if len(key) < n or not _whole_run(text, spans, i, n):
                continue
            if key in self._by_core or key in self._by_head:
                return n, key
        return None


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # where a name run together starts a new word


def _whole_run(text: str, spans: list[tuple[int, int, str]], i: int, n: int) -> bool:
    """True when words i..i+n are adjacent (spaces or a hyphen: "Beijing-Shanghai High Speed Railway") and no
    capitalised word follows them."""
    for a, b in zip(spans[i : i + n - 1], spans[i + 1 : i + n], strict=True):
        gap = text[a[1] : b[0]]
        if gap.strip() and gap != "-":
            return False
    end = spans[i + n - 1][1]
    return not _CAPITAL_NEXT.match(text, end)


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer shipped in finkg/data, read once per process."""
    listings: list[Listing] = []
    pinyin: list[tuple[str, ...]] = []
    aliases: list[str] = []
    with (DATA_DIR / "companies.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            listings.append(
                Listing(
                    code=row["code"],
                    exchange=row["exchange"],
                    board=row["board"],
                    zh=_ST_MARKS.sub("", row["zh_short"]),
                    en_name=row["en_name"],
                    pinyin=tuple(row["zh_short_pinyin"].split()),
                )
            )
            pinyin.append(tuple(row["zh_short_pinyin"].split()))
            aliases.append(row["en_aliases"])
    return Gazetteer(tuple(listings), tuple(pinyin), tuple(aliases))
