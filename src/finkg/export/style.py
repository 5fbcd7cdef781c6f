"""Visual hints shared by GEXF, GraphML and the picture: a colour per label, a size per node."""

from __future__ import annotations

import math

from .values import Value

# One colour per primary label (Tableau 10, readable on white); unknown labels are grey.
COLOURS: dict[str, str] = {
    "Company": "#1f77b4",
    "Organization": "#9467bd",
    "Cohort": "#ff7f0e",
    "Sector": "#2ca02c",
    "Product": "#8c564b",
    "Event": "#d62728",
    "Observation": "#7f7f7f",
    "Document": "#17becf",
    "Section": "#bcbd22",
    "Sentence": "#c7c7c7",
}
_GREY = "#aaaaaa"
MIN_SIZE = 4.0


def colour(label: str) -> str:
    """The hex colour of a label."""
    return COLOURS.get(label, _GREY)


def rgb(label: str) -> tuple[int, int, int]:
    """The colour of a label as 0-255 channels."""
    hexa = colour(label).lstrip("#")
    return int(hexa[0:2], 16), int(hexa[2:4], 16), int(hexa[4:6], 16)


def size(degree: int, properties: dict[str, Value], size_by: str = "degree") -> float:
    """A node's size: grows with the square root of its degree, or with the log of a numeric property."""
    if size_by == "degree":
        return round(MIN_SIZE + 2.0 * math.sqrt(degree), 3)
    value = properties.get(size_by)
    number = max(value, default=None) if isinstance(value, list) else value
    if isinstance(number, int | float) and not isinstance(number, bool) and number > 1:
        return round(MIN_SIZE + 2.0 * math.log10(number), 3)
    return MIN_SIZE
