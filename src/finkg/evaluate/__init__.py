"""Evaluation: an extraction scored against a hand-written gold annotation (`finkg score`)."""

from __future__ import annotations

from .gold import Gold, load_gold
from .score import Scores, score
from .system import entities_from_rows, facts_from_rows, read_jsonl

__all__ = ["Gold", "Scores", "entities_from_rows", "facts_from_rows", "load_gold", "read_jsonl", "score"]
