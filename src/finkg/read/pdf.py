"""PDF reports: the text layer, page by page, via pypdf (no OCR: scanned pages have no text)."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from ..errors import InputError


def pdf_text(data: bytes, path: Path) -> str:
    """The text layer with hyphenated line breaks joined and paragraphs kept on one line each."""
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError) as err:
        raise InputError(f"{path}: not a readable PDF ({err})") from None
    text = "\n\n".join(pages)
    text = re.sub(r"-\n(?=[a-z])", "", text)
    # A single newline inside a paragraph is a line wrap; a blank line ends the paragraph.
    text = re.sub(r"(?<![.!?:;。\n])\n(?!\n)", " ", text)
    return re.sub(r"\n{2,}", "\n", text)
