"""A system's output as the scorer reads it: the rows `finkg facts` and `finkg entities` print as JSON lines."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError


@dataclass(frozen=True, slots=True, kw_only=True)
class SystemFact:
    """One quantity a system found; attributes it did not give are empty."""

    start: int | None = None
    end: int | None = None
    value: float | None = None
    unit: str | None = None
    qualifier: str = ""
    kind: str = ""
    measure: str = ""
    period: str = ""
    subject: str = ""  # label of the company, cohort or organization
    subject_size: float | None = None  # a cohort subject's number of companies
    plausible: bool | None = None
    corrected_value: float | None = None

    def overlaps(self, start: int, end: int) -> bool:
        """True when this fact's span shares a character with [start, end)."""
        return self.start is not None and self.end is not None and self.end > start and self.start < end


@dataclass(frozen=True, slots=True, kw_only=True)
class SystemEntity:
    """One canonical entity a system found: type, label, aliases and, for events, who and what."""

    type: str
    label: str = ""
    aliases: tuple[str, ...] = ()
    event_type: str = ""
    agent: str = ""
    object: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The label followed by the aliases."""
        return (self.label, *self.aliases)


def fact_from_row(row: Mapping[str, Any]) -> SystemFact:
    """A `finkg facts --format jsonl` row as a typed record."""
    return SystemFact(
        start=_int(row.get("start")),
        end=_int(row.get("end")),
        value=_number(row.get("value")),
        unit=None if row.get("unit") is None else str(row["unit"]),
        qualifier=_text(row.get("qualifier")),
        kind=_text(row.get("kind")),
        measure=_text(row.get("measure")),
        period=_text(row.get("period")),
        subject=_text(row.get("subject")),
        subject_size=_number(row.get("subject_size")),
        plausible=row["plausible"] if isinstance(row.get("plausible"), bool) else None,
        corrected_value=_number(row.get("corrected_value")),
    )


def entity_from_row(row: Mapping[str, Any]) -> SystemEntity:
    """A `finkg entities --format jsonl` row as a typed record."""
    return SystemEntity(
        type=_text(row.get("type")),
        label=_text(row.get("label")),
        aliases=tuple(str(a) for a in row.get("aliases") or ()),
        event_type=_text(row.get("event_type")),
        agent=_text(row.get("agent")),
        object=_text(row.get("object")),
    )


def facts_from_rows(rows: Iterable[Mapping[str, Any]]) -> tuple[SystemFact, ...]:
    """Typed facts from rows, in their order; a row whose numbers are not numbers is named by position."""
    facts = []
    for number, row in enumerate(rows, 1):
        try:
            facts.append(fact_from_row(row))
        except (TypeError, ValueError) as err:
            raise InputError(f"fact {number}: {err}") from None
    return tuple(facts)


def entities_from_rows(rows: Iterable[Mapping[str, Any]]) -> tuple[SystemEntity, ...]:
    """Typed entities from rows, in their order."""
    return tuple(entity_from_row(row) for row in rows)


def read_jsonl(path: Path | str) -> list[dict[str, Any]]:
    """The JSON objects of a JSON-lines file; a bad line is named by number."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{number}: not JSON ({err.msg})") from None
        if not isinstance(row, dict):
            raise InputError(f"{path}:{number}: expected a JSON object")
        rows.append(row)
    return rows


def _text(value: Any) -> str:
    return str(value or "")


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _number(value: Any) -> float | None:
    return None if value is None else float(value)
