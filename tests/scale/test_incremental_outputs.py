"""finkg.nt extended, not rewritten, when a build only adds documents; unchanged failed documents not rebuilt."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from finkg import pipeline
from finkg.cli import cli
from finkg.config import Settings
from finkg.corpus import build_corpus, outputs
from finkg.corpus.outputs import TRIPLES_FILE
from finkg.pipeline import graph_names
from finkg.store import files, open_store
from finkg.store.manifest import manifest_graph, read_manifest
from scale.corpus_fixtures import REPORTS, document, settings_in, write_reports

pytestmark = pytest.mark.issue(8)

NEW = """ChiNext companies in 2034: results at a glance
I. Revenue
In 2034, ChiNext companies reported total operating revenue of 955.30 billion yuan, up 6.0% year on year.
"""


def _lines(settings: Settings) -> list[bytes]:
    return (settings.kg_dir / TRIPLES_FILE).read_bytes().splitlines(keepends=True)


def _store_lines(settings: Settings, graphs: list[str] | None = None) -> set[bytes]:
    """The triples of the manifest's graphs (or of `graphs` only), as N-Triples lines."""
    inferred, _ = graph_names(settings)
    with open_store(settings.store_dir, inferred, read_only=True) as store:
        names = sorted(read_manifest(store, manifest_graph(settings))) if graphs is None else graphs
        return set(store.merged_ntriples(names).splitlines(keepends=True))


def _whole(settings: Settings) -> None:
    """finkg.nt holds every triple of the store's graphs, each once."""
    lines = _lines(settings)
    assert len(lines) == len(set(lines))
    assert set(lines) == _store_lines(settings)


def test_a_build_adding_a_document_appends_its_new_triples_only(tmp_path: Path) -> None:
    docs = write_reports(tmp_path / "docs")
    settings = settings_in(tmp_path)
    build_corpus([docs], settings, jobs=1)
    before = b"".join(reversed(_lines(settings)))  # the same triples in an order no rewrite would give
    (settings.kg_dir / TRIPLES_FILE).write_bytes(before)

    (docs / "harbor-2034.txt").write_text(NEW, encoding="utf-8")
    report = build_corpus([docs], settings, jobs=1)
    assert [r.doc_id for r in report.built] == ["harbor-2034"]
    after = (settings.kg_dir / TRIPLES_FILE).read_bytes()
    assert after.startswith(before)  # appended, the old lines untouched
    own = _store_lines(settings, [document("harbor-2034")])
    shared = own & set(before.splitlines(keepends=True))
    assert shared  # the board and its measures are other graphs' too: written once, already
    assert set(after[len(before):].splitlines(keepends=True)) == own - shared
    _whole(settings)


def test_a_build_changing_a_document_rewrites_the_file(tmp_path: Path) -> None:
    docs = write_reports(tmp_path / "docs")
    settings = settings_in(tmp_path)
    build_corpus([docs], settings, jobs=1)
    (docs / "harbor-2034.txt").write_text(NEW, encoding="utf-8")
    (docs / "harbor-2032.txt").write_text(REPORTS["harbor-2032"].replace("54.20", "57.80"), encoding="utf-8")
    build_corpus([docs], settings, jobs=1)
    text = (settings.kg_dir / TRIPLES_FILE).read_text(encoding="utf-8")
    assert "57.80 billion yuan" in text and "54.20 billion yuan" not in text
    _whole(settings)


@pytest.mark.parametrize("step", ["rename", "stamp"])
def test_a_build_killed_while_appending_leaves_the_next_build_a_whole_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    docs = write_reports(tmp_path / "docs")
    settings = settings_in(tmp_path)
    build_corpus([docs], settings, jobs=1)
    (docs / "harbor-2034.txt").write_text(NEW, encoding="utf-8")

    def killed(*_: object) -> None:
        raise KeyboardInterrupt

    if step == "rename":  # the side file written, not yet moved over finkg.nt
        move = files.os.replace
        monkeypatch.setattr(files.os, "replace",
                            lambda old, new: killed() if Path(new).name == TRIPLES_FILE else move(old, new))
    else:  # finkg.nt extended, its stamp not yet written
        real = outputs.write_atomic
        stamp = outputs.STAMP_FILE
        monkeypatch.setattr(outputs, "write_atomic",
                            lambda p, d, **kw: killed() if p.name == stamp else real(p, d, **kw))
    with pytest.raises(KeyboardInterrupt):
        build_corpus([docs], settings, jobs=1)
    monkeypatch.undo()

    again = build_corpus([docs], settings, jobs=1)
    assert not again.built  # the store was sealed before the files: only they are redone
    _whole(settings)
    assert any(b"955.3" in line for line in _lines(settings))


def test_an_unchanged_failed_document_is_reported_without_being_extracted_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.extract
    calls: list[str] = []

    def fragile(doc):  # type: ignore[no-untyped-def]
        calls.append(doc.doc_id)
        if doc.doc_id == "harbor-2032":
            raise ZeroDivisionError("a bug in the extractor")
        return real(doc)

    monkeypatch.setattr(pipeline, "extract", fragile)
    monkeypatch.chdir(tmp_path)  # the documents named as the command line below names them
    docs = write_reports(Path("docs"))
    (docs / "garbled.txt").write_bytes("创业板公司营业收入9亿元".encode("gb18030"))
    settings = settings_in(Path())
    first = build_corpus([docs], settings, jobs=1)
    assert sorted(Path(r.source).name for r in first.failed) == ["garbled.txt", "harbor-2032.txt"]
    assert calls.count("harbor-2032") == 1

    result = CliRunner().invoke(cli, ["build", "docs", "--kg", "kg", "--store", "store", "--jobs", "1"])
    assert result.exit_code == 1
    assert "ZeroDivisionError: a bug in the extractor" in result.output and "not UTF-8" in result.output
    assert "0 built, 2 unchanged, 0 removed, 2 failed" in result.output
    assert calls.count("harbor-2032") == 1  # reported from the manifest, not extracted again
    report = (settings.kg_dir / "build-report.md").read_text(encoding="utf-8")
    assert "`harbor-2032.txt`" in report and "`garbled.txt`" in report

    (docs / "harbor-2032.txt").write_text(REPORTS["harbor-2032"].replace("54.20", "57.80"), encoding="utf-8")
    (docs / "garbled.txt").unlink()
    monkeypatch.setattr(pipeline, "extract", real)
    retried = build_corpus([docs], settings, jobs=1)
    assert [r.doc_id for r in retried.built] == ["harbor-2032"] and not retried.failed
    assert not build_corpus([docs], settings, jobs=1).failed
