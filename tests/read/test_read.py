"""The read stage: every input format, structure with exact offsets, and clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from finkg.errors import InputError
from finkg.read import read_document, structure

REPORT = (
    "Harbor Board results in 2023: an overview\n"
    "As of April 30, 2024, all 120 companies had reported. Revenue rose 5.1% (e.g. in chips); profit fell.\n"
    "1. Steady growth\n"
    "Net profit was 8.2 billion yuan. Of these, 12 companies doubled.\n"
    "2. Innovation\n"
    "R&D investment reached 9.9 billion yuan.\n"
)


def test_text_structure_title_sections_paragraphs_sentences(tmp_path: Path) -> None:
    path = tmp_path / "harbor.txt"
    path.write_text(REPORT, encoding="utf-8")
    doc = read_document(path)
    assert (doc.doc_id, doc.language, doc.media_type) == ("harbor", "en", "text/plain")
    assert doc.title is not None and doc.title.text == "Harbor Board results in 2023: an overview"
    assert [(s.number, s.heading.text if s.heading else None) for s in doc.sections] == [
        ("1", "1. Steady growth"), ("2", "2. Innovation")]
    assert [s.span.text for s in doc.sentences] == [
        "Harbor Board results in 2023: an overview",
        "As of April 30, 2024, all 120 companies had reported.",
        "Revenue rose 5.1% (e.g. in chips); profit fell.",
        "1. Steady growth",
        "Net profit was 8.2 billion yuan.",
        "Of these, 12 companies doubled.",
        "2. Innovation",
        "R&D investment reached 9.9 billion yuan.",
    ]
    assert [s.section for s in doc.sentences] == [None, None, None, 0, 0, 0, 1, 1]
    assert len(doc.paragraphs) == 6 and len(doc.sha256) == 64


@given(st.lists(st.text(alphabet="ab .;!?1\n\u201cA", min_size=1, max_size=40), min_size=1, max_size=8))
def test_every_span_holds_its_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    doc = structure(text, doc_id="h", source="h.txt")
    for part in (*doc.paragraphs, *(s.span for s in doc.sentences)):
        assert text[part.start : part.end] == part.text and part.text.strip() == part.text and part.text
    starts = [s.span.start for s in doc.sentences]
    assert starts == sorted(starts)


def test_markdown_headings_open_sections(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_text("# Results\n\n## Growth\n\nRevenue rose 3%.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.media_type == "text/markdown" and [s.heading.text for s in doc.sections if s.heading] == [
        "# Results", "## Growth"]


def test_html_main_text_only(tmp_path: Path) -> None:
    path = tmp_path / "r.html"
    path.write_text(
        "<html><head><style>p{}</style><script>var x = 1;</script></head><body><nav>Home | News</nav>"
        "<article><h1>Harbor Board results</h1><p>Revenue rose <b>5.1%</b> to 3 billion yuan.</p>"
        "<p>Net profit was 8.2 billion yuan.</p></article><footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.text == "Harbor Board results\nRevenue rose 5.1% to 3 billion yuan.\nNet profit was 8.2 billion yuan.\n"
    assert doc.media_type == "text/html"


def _pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF whose text layer holds `lines`."""
    stream = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(_pdf(["Harbor Board results", "Revenue rose 5.1% to 3 billion yuan."]))
    doc = read_document(path)
    assert "Revenue rose 5.1% to 3 billion yuan." in [s.span.text for s in doc.sentences]
    assert doc.media_type == "application/pdf"


def test_chinese_text_is_detected() -> None:
    assert structure("科创板公司2024年实现营业收入14221.70亿元。", doc_id="z", source="z.txt").language == "zh"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("gbk.txt", "科创板公司".encode("gb18030"), "not UTF-8 at byte 0"),
        ("bin.txt", b"\x00\x01\x02binary", "binary file"),
        ("empty.txt", b"  \n ", "no text"),
        ("report.docx", b"PK", "unsupported file type '.docx'"),
        ("broken.pdf", b"%PDF-1.4 nonsense", "not a readable PDF"),
    ],
)
def test_bad_input_is_one_clear_error(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as error:
        read_document(path)
    assert str(path) in str(error.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")


@pytest.mark.slow
def test_cli_reports_bad_encoding_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("营业收入".encode("gb18030"))
    run = subprocess.run([sys.executable, "-m", "finkg", "facts", str(path)], capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0 and "not UTF-8" in run.stderr and "Traceback" not in run.stderr
