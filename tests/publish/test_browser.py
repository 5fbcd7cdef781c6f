"""The pages in a real browser (Debian's Chromium driven by Playwright) with JavaScript switched off:
home -> company -> fact -> source sentence, a query from the form, and a screenshot of a company page."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from finkg.publish.source import Source

pytestmark = [pytest.mark.issue(7), pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium from the system, never a downloaded one."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (apt-get install chromium fonts-noto-cjk)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A page with JavaScript off: everything must work as plain HTML and CSS."""
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900}, locale="en-US")
    yield context.new_page()
    context.close()


def screenshots(tmp_path: Path) -> Path:
    """Where screenshots go: $FINKG_SCREENSHOTS (kept by CI as test output) or the test's own folder."""
    folder = Path(os.environ.get("FINKG_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_home_to_company_to_fact_to_sentence(server: str, source: Source, page: Any, tmp_path: Path) -> None:
    row = source.select(
        "SELECT ?c ?label ?obs ?stated ?text WHERE { ?c a fkg:Company ; rdfs:label ?label . "
        "?obs fkg:subject ?c ; fkg:statedText ?stated ; fkg:sourceSentence/rdf:value ?text "
        "FILTER(lang(?label) = 'en') } ORDER BY ?c ?obs LIMIT 1")[0]
    page.goto(server + "/")
    assert page.title().startswith("finkg")
    header = page.locator("header.site")
    assert header.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(23, 50, 77)"  # the CSS is applied
    page.get_by_role("link", name=str(row["label"]), exact=True).click()
    assert page.locator("h1#title").inner_text().startswith(str(row["label"]))
    n_facts = len(source.select(f"SELECT DISTINCT ?o WHERE {{ ?o fkg:subject <{row['c']}> }}"))
    assert page.locator("table.facts tbody tr").count() == n_facts
    shot = screenshots(tmp_path) / "company-page.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")
    page.locator(f'a.fact-link[href$="{str(row["obs"]).rsplit("/", 1)[1]}.html"]').click()
    assert page.locator("#evidence mark").first.inner_text() == str(row["stated"])
    page.locator("#evidence a.source").first.click()
    assert re.search(r"/doc/sentence/[^/]+\.html$", page.url)
    assert str(row["text"]) in page.locator("#properties").inner_text()


def test_chinese_labels_render(server: str, source: Source, page: Any, tmp_path: Path) -> None:
    row = source.select("SELECT ?c ?zh WHERE { ?c a fkg:Company ; rdfs:label ?zh FILTER(lang(?zh) = 'zh') } LIMIT 1")[0]
    page.goto(server + str(row["c"])[len(source.base):].replace("/id/", "/doc/", 1) + ".html")
    label = page.locator('h1 span[lang="zh"]')
    assert label.inner_text() == str(row["zh"])
    box = label.bounding_box()
    assert box is not None and box["width"] > 10 * len(str(row["zh"]))  # drawn with glyphs, not collapsed
    page.screenshot(path=str(screenshots(tmp_path) / "company-page-zh.png"))


def test_a_query_from_the_form(server: str, source: Source, page: Any) -> None:
    query = "SELECT ?c WHERE { ?c a fkg:Company } ORDER BY ?c"
    page.goto(server + "/")
    page.get_by_label("SPARQL query").fill(query)
    page.get_by_role("button", name="Run query").click()
    n = len(source.select(query))
    assert page.locator("#count").inner_text() == f"{n} result(s)"
    assert page.locator("table.results tbody tr").count() == n
    page.get_by_label("SPARQL query").fill("SELECT ?x WHERE { ?x ?y }")
    page.get_by_role("button", name="Run query").click()
    assert "syntax error" in page.locator("#error").inner_text()
