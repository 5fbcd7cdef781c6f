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
    text = re.sub(r"-\n(?=[a-z])", "", "\n\n".join(pages))
    return "\n".join(_paragraphs(text.split("\n"))) + "\n"


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines joined into paragraphs: a line that fills the width and does not end a sentence wraps on
    into the next one; a short line (a heading) or a blank line ends its paragraph."""
    out: list[str] = []
    wrapping = False
    for raw in lines:
        line = raw.strip()
        if not line:
            wrapping = False
            continue
        if wrapping and out:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        wrapping = (len(line) >= _WRAP and not re.search(r"[.!?:;。]$", line)) or line[-1:] == ","
    return out


# Lines at least this long are body text that a PDF wrapped, shorter ones stand alone.
_WRAP = 60
