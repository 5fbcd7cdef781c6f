"""Plain text and Markdown: decoding, paragraphs, numbered sections and sentences with offsets.

Sentences are split the way the gold annotations count them (one paragraph per line, a split
after `.;!?` before a capital, digit or quote; abbreviations and "1." headings kept whole), so a
sentence index means the same thing to the extractor, the graph and the scorer.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..errors import InputError
from ..records import Document, Section, Sentence, Span

_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "Co.", "Ltd.", "Inc.", "No.", "vs.", "U.S.")
_BOUNDARY = re.compile(r"[.;!?](?=\s+[A-Z0-9\u201c\"(])|[。！？；](?![”」』）])|[。！？][”」』）]")
_NUMBER_ONLY = re.compile(r"\d+\.")
# "1. Forge ahead", "2、", "II. Results", "## Results": a heading line opens a section.
_HEADING = re.compile(r"^(?:#{1,6}\s+|(?P<number>\d{1,2}|[IVX]{1,4}|[一二三四五六七八九十]{1,3})[.、)]\s*)(?=\S)")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def load(path: Path, what: str = "file") -> bytes:
    """The bytes of `path`; a missing file, a folder or an unreadable file is one clear InputError."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not {what}") from None
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror})") from None


def decode(data: bytes, path: Path) -> str:
    """UTF-8 text (a BOM is dropped); binary or other encodings fail naming the byte."""
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: binary file, not a text document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{path}: not UTF-8 at byte {err.start:,} (convert it first, e.g. iconv -f gb18030 -t utf-8)"
        ) from None


def detect_language(text: str) -> str:
    """"zh" when CJK characters are a large part of the letters, else "en"."""
    letters = sum(ch.isalpha() for ch in text) or 1
    return "zh" if len(_CJK.findall(text)) / letters > 0.3 else "en"


def _lines(text: str) -> list[tuple[int, str]]:
    """Non-blank lines with their start offsets, stripped of surrounding blanks."""
    out = []
    for match in re.finditer(r"[^\r\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            out.append((match.start() + len(line) - len(line.lstrip()), stripped))
    return out


def _split_sentences(start: int, line: str) -> list[tuple[int, int]]:
    spans, begin = [], 0
    for match in _BOUNDARY.finditer(line):
        end = match.end()
        if any(line[:end].endswith(a) for a in _ABBREVIATIONS):
            continue
        if _NUMBER_ONLY.fullmatch(line[begin:end].strip()):
            continue
        spans.append((begin, end))
        begin = end
    if line[begin:].strip():
        spans.append((begin, len(line)))
    out = []
    for b, e in spans:
        piece = line[b:e]
        lead = len(piece) - len(piece.lstrip())
        out.append((start + b + lead, start + b + len(piece.rstrip())))
    return out


def _is_title(line: str) -> bool:
    return len(line) < 200 and not re.search(r"[.。:;!?]$", line) and not _HEADING.match(line)


def structure(text: str, *, doc_id: str, source: str, media_type: str = "text/plain", raw: bytes = b"") -> Document:
    """Find the title, paragraphs, sections and sentences of `text`, all as character offsets."""
    paragraphs: list[Span] = []
    sections: list[Section] = []
    sentences: list[Sentence] = []
    title: Span | None = None
    for start, line in _lines(text):
        para = Span(doc_id, start, start + len(line), line)
        heading = _HEADING.match(line)
        if heading and len(line) < 200:
            if sections:
                sections[-1] = _close(sections[-1], start)
            sections.append(
                Section(index=len(sections), number=heading.group("number"), heading=para, start=start, end=len(text))
            )
        elif title is None and not sections and _is_title(line):
            title = para
        for s, e in _split_sentences(start, line):
            sentences.append(
                Sentence(
                    index=len(sentences),
                    span=Span(doc_id, s, e, text[s:e]),
                    paragraph=len(paragraphs),
                    section=sections[-1].index if sections else None,
                )
            )
        paragraphs.append(para)
    return Document(
        doc_id=doc_id,
        source=source,
        text=text,
        language=detect_language(text),
        title=title,
        media_type=media_type,
        sha256=hashlib.sha256(raw or text.encode("utf-8")).hexdigest(),
        paragraphs=tuple(paragraphs),
        sections=tuple(sections),
        sentences=tuple(sentences),
    )


def _close(section: Section, end: int) -> Section:
    return Section(index=section.index, number=section.number, heading=section.heading, start=section.start, end=end)
