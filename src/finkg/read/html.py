"""HTML reports: the main text only (paragraphs and headings), boilerplate left out, via lxml."""

from __future__ import annotations

from pathlib import Path

import lxml.html
from lxml import etree

from ..errors import InputError

_DROP = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript")
_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td")


def html_text(markup: str, path: Path) -> str:
    """One line per block element of the page's main content (`<article>` or `<main>` if any)."""
    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as err:
        raise InputError(f"{path}: not HTML ({err})") from None
    for element in root.iter(*_DROP):
        element.drop_tree()
    main = next(iter(root.iter("article", "main")), root)
    lines = []
    for block in main.iter(*_BLOCKS):
        if any(ancestor.tag in _BLOCKS for ancestor in block.iterancestors()):
            continue
        line = " ".join(block.text_content().split())
        if line:
            lines.append(line)
    return "\n".join(lines) + "\n"
