"""Resolve: spellings of one thing within a document become one canonical name and slug.

"Dizhe Pharmaceutical" and "Dizhe Pharmaceuticals'", "China Telecom" and "China Telecom Group",
a translation's "China and Micro" for "China Micro": each group keeps its most frequent spelling as
its label and the others as aliases.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache

# Words a report adds to or drops from a name without naming something else.
TAIL_WORDS = frozenset(
    {"group", "holdings", "holding", "co", "ltd", "limited", "inc", "corp", "corporation", "company"}
)
_PLURAL = re.compile(r"(?<=[a-z])(ies|s)$")


def vocabulary(words: str) -> frozenset[str]:
    """The words of a whitespace-separated vocabulary table."""
    return frozenset(words.split())


def slugify(label: str) -> str:
    """Lower-case, hyphenated ASCII slug of a label: "China Micro" -> "china-micro"."""
    slug = re.sub(r"[^a-z0-9]+", "-", label.lower().replace("&", " and ")).strip("-")
    return slug or "unnamed"


@cache
def name_key(name: str) -> tuple[str, ...]:
    """A spelling-blind key: lower case, no possessive or punctuation, last word singular."""
    name = re.sub(r"(?:'s|’s|'|’)$", "", name.strip())
    tokens = re.findall(r"[a-z0-9]+", name.lower())
    if tokens and len(tokens[-1]) > 4:
        tokens[-1] = _PLURAL.sub(lambda m: "y" if m.group(1) == "ies" else "", tokens[-1])
    return tuple(tokens)


def same_thing(a: str, b: str) -> bool:
    """True when two spellings in one text name one thing (key equal, a tail word, or a stray "and")."""
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    if long_[: len(short)] == short and set(long_[len(short) :]) <= TAIL_WORDS:
        return True
    # A translation's "China and Micro" for the name "China Micro".
    return tuple(t for t in long_ if t != "and") == short and "and" not in short


def group_names(names: Sequence[str], linked: Callable[[str, str], bool] = same_thing) -> list[list[str]]:
    """Partition names so that linked names share a group (union-find), groups in first-seen order."""
    parent = list(range(len(names)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(names)):
        for j in range(i):
            if linked(names[i], names[j]):
                parent[root(i)] = root(j)
    groups: dict[int, list[str]] = {}
    for i, name in enumerate(names):
        groups.setdefault(root(i), []).append(name)
    return list(groups.values())


def pick_label(spellings: Iterable[str]) -> str:
    """The most frequent spelling; ties go to the one seen first."""
    counts = Counter(spellings)
    return max(counts, key=lambda s: counts[s])


def unique_slugs(labels: Sequence[str]) -> list[str]:
    """Slugs for labels in order, a clash numbered "-2", "-3" so refs stay unique and deterministic."""
    seen: Counter[str] = Counter()
    slugs = []
    for label in labels:
        slug = slugify(label)
        seen[slug] += 1
        slugs.append(slug if seen[slug] == 1 else f"{slug}-{seen[slug]}")
    return slugs
