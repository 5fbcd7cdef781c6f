"""The text half of the pipeline: read -> extract -> check, the records `finkg facts` shows."""

from __future__ import annotations

from pathlib import Path

from .check import check
from .config import Settings
from .extract import extract
from .read import read_document
from .records import Extraction


def analyze(path: Path | str, settings: Settings | None = None) -> Extraction:
    """Read, extract and check one document: every fact with its subject, evidence and flags."""
    return check(extract(read_document(path)), settings)
