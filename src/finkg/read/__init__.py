"""Stage 1, read: a file on disk becomes a `Document` (text, language, sections, sentences)."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..records import Document
from .html import html_text
from .pdf import pdf_text
from .text import decode, load, structure

_MEDIA_TYPES = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
}
SUFFIXES = tuple(_MEDIA_TYPES)


def read_document(path: Path | str, doc_id: str | None = None) -> Document:
    """Read a .txt, .md, .html or .pdf report; errors name the file and what is wrong."""
    path = Path(path)
    _media_type(path)  # an unsupported type fails before the file is read
    return read_bytes(load(path, "a report"), path, doc_id)


def read_bytes(data: bytes, path: Path | str, doc_id: str | None = None) -> Document:
    """A report from bytes already read (a corpus build sends them to its workers), typed by `path`'s suffix."""
    path = Path(path)
    media_type = _media_type(path)
    if media_type == "application/pdf":
        text = pdf_text(data, path)
    else:
        text = decode(data, path)
        if media_type == "text/html":
            text = html_text(text, path)
    if not text.strip():
        raise InputError(f"{path}: no text to read")
    return structure(text, doc_id=doc_id or path.stem, source=str(path), media_type=media_type, raw=data)


def _media_type(path: Path) -> str:
    media_type = _MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        raise InputError(f"{path}: unsupported file type {path.suffix!r} (use {', '.join(SUFFIXES)})")
    return media_type


__all__ = ["SUFFIXES", "read_bytes", "read_document", "structure"]
