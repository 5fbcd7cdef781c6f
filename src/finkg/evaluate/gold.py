"""Gold annotations: a hand-written YAML file read into typed records, each quantity located in its document.

The schema is `tests/data/gold/GOLD-SCHEMA.md`; sentence indices count sentences as `finkg.read` splits them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..records import Document

ENTITY_SECTIONS = ("companies", "organizations", "cohorts", "sectors", "products")
# Measures that gold files coined (`measures_added:`) for what the scheme already names: read as the scheme's name,
# so that one convention scores every file. GOLD-SCHEMA.md lists them.
MEASURE_SYNONYMS = {"sales_volume": "units_shipped"}


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldEntity:
    """A company, organization, cohort, sector or product of the gold file, with the names it goes by."""

    id: str
    section: str
    name: str = ""
    text: str = ""  # a cohort's defining words
    zh: str = ""
    aliases: tuple[str, ...] = ()
    size: float | None = None  # a cohort's number of companies

    @property
    def names(self) -> tuple[str, ...]:
        """Every non-empty name a system may use for this entity."""
        return tuple(n for n in (self.name, self.text, self.zh, *self.aliases) if n)


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldEvent:
    """An event of the gold file: its type and the ids of who acts and what it is about."""

    id: str
    type: str
    agent: str | None = None
    object: str | None = None
    amount: str | None = None
    status: str = ""
    sentence: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldQuantity:
    """A numeric expression of the gold file with the character span it was found at."""

    id: str
    sentence: int
    surface: str
    value: float
    unit: str
    start: int
    end: int
    qualifier: str = ""
    kind: str = ""
    subject: str | None = None
    measure: str = ""
    period: str = ""
    of: str | None = None
    plausible: bool | None = None
    corrected_value: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Gold:
    """One document's gold annotation, ready to score a system against."""

    document: str
    entities: Mapping[str, GoldEntity] = field(default_factory=dict)
    sections: Mapping[str, tuple[GoldEntity, ...]] = field(default_factory=dict)
    events: tuple[GoldEvent, ...] = ()
    quantities: tuple[GoldQuantity, ...] = ()

    def names(self, ident: str | None) -> tuple[str, ...]:
        """The names of the entity with this id; an unknown id stands for itself."""
        entity = self.entities.get(ident or "")
        return entity.names if entity else (ident or "",)

    def section(self, name: str) -> tuple[GoldEntity, ...]:
        """The entities listed under one top-level key ("companies", "products" ...)."""
        return self.sections.get(name, ())


def load_gold(path: Path | str, document: Document) -> Gold:
    """Read a gold YAML file and locate its quantities in `document`; errors name the file and record."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except yaml.YAMLError as err:
        raise InputError(f"{path}: not valid YAML ({err})") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: not a gold annotation (expected a mapping at the top)")
    try:
        return parse_gold(data, document)
    except (KeyError, TypeError, ValueError) as err:
        raise InputError(f"{path}: {err}") from None


def parse_gold(data: Mapping[str, Any], document: Document) -> Gold:
    """Typed records from a parsed gold file; each quantity is located in its sentence of `document`."""
    sections = {name: tuple(_entity(item, name) for item in data.get(name) or ()) for name in ENTITY_SECTIONS}
    return Gold(
        document=str(data.get("document") or document.doc_id),
        entities={e.id: e for items in sections.values() for e in items},
        sections=sections,
        events=tuple(_event(item) for item in data.get("events") or ()),
        quantities=tuple(_quantity(item, document) for item in data.get("quantities") or ()),
    )


def _entity(item: Mapping[str, Any], section: str) -> GoldEntity:
    size = item.get("size")
    return GoldEntity(
        id=str(item["id"]),
        section=section,
        name=str(item.get("name") or ""),
        text=str(item.get("text") or ""),
        zh=str(item.get("zh") or ""),
        aliases=tuple(str(a) for a in item.get("aliases") or ()),
        size=None if size is None else float(size),
    )


def _event(item: Mapping[str, Any]) -> GoldEvent:
    return GoldEvent(
        id=str(item["id"]),
        type=str(item["type"]),
        agent=_ref(item.get("agent")),
        object=_ref(item.get("object")),
        amount=_ref(item.get("amount")),
        status=str(item.get("status") or ""),
        sentence=item.get("sentence"),
    )


def _quantity(item: Mapping[str, Any], document: Document) -> GoldQuantity:
    surface = str(item["surface"])
    index = int(item["sentence"])
    start = _locate(surface, index, document)
    if start < 0:
        raise ValueError(f"quantity {item.get('id')}: surface {surface!r} is nowhere in {document.doc_id}")
    corrected = item.get("corrected_value")
    plausible = item.get("plausible")
    return GoldQuantity(
        id=str(item["id"]),
        sentence=index,
        surface=surface,
        value=float(item["value"]),
        unit=str(item["unit"]),
        start=start,
        end=start + len(surface),
        qualifier=str(item.get("qualifier") or ""),
        kind=str(item.get("kind") or ""),
        subject=_ref(item.get("subject")),
        measure=MEASURE_SYNONYMS.get(measure := str(item.get("measure") or ""), measure),
        period=str(item.get("period") or ""),
        of=_ref(item.get("of")),
        plausible=plausible if isinstance(plausible, bool) else None,
        corrected_value=None if corrected is None else float(corrected),
    )


def _locate(surface: str, index: int, document: Document) -> int:
    """First occurrence of `surface` in its sentence (or up to 5 characters past it), else in the whole text."""
    text = document.text
    if 0 <= index < len(document.sentences):
        span = document.sentences[index].span
        begin, end = span.start, span.end
    else:
        begin, end = 0, len(text)
    at = text.find(surface, begin, end + 5)
    return at if at >= 0 else text.find(surface)


def _ref(value: Any) -> str | None:
    return None if value is None else str(value)
