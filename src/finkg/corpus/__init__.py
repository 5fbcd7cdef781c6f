"""Corpus builds: many documents, in parallel, incremental, one named graph per document."""

from __future__ import annotations

from .build import CorpusReport, build_corpus, documents
from .executors import EXECUTORS, Executor
from .work import DocumentResult, Task, build_batch

__all__ = [
    "EXECUTORS",
    "CorpusReport",
    "DocumentResult",
    "Executor",
    "Task",
    "build_batch",
    "build_corpus",
    "documents",
]
