"""Stage 1, read: a file on disk becomes a `Document` (text, language, sections, sentences)."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..records import Document
from .html import html_text
from .pdf import pdf_text
from .text import decode, structure

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
    media_type = _MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        raise InputError(f"{path}: unsupported file type {path.suffix!r} (use {', '.join(SUFFIXES)})")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None
    return read_bytes(data, path, doc_id)


def read_bytes(data: bytes, path: Path | str, doc_id: str | None = None) -> Document:
    """A report from bytes already read (a corpus build sends them to its workers), typed by `path`'s suffix."""
    path = Path(path)
    media_type = _MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        raise InputError(f"{path}: unsupported file type {path.suffix!r} (use {', '.join(SUFFIXES)})")
    if media_type == "application/pdf":
        text = pdf_text(data, path)
    else:
        text = decode(data, path)
        if media_type == "text/html":
            text = html_text(text, path)
    if not text.strip():
        raise InputError(f"{path}: no text to read")
    return structure(text, doc_id=doc_id or path.stem, source=str(path), media_type=media_type, raw=data)


__all__ = ["SUFFIXES", "read_bytes", "read_document", "structure"]
