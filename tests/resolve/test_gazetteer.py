"""Gazetteer: English names, acronyms and the pinyin of short names resolve to one listing."""

from __future__ import annotations

import time

import pytest

from finkg.resolve.gazetteer import core, load_gazetteer

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kweichow Moutai", "600519"),  # official English name
        ("Western superconducting", "688122"),  # "Technologies" dropped, lower case as translated
        ("SMIC", "688981"),  # acronym of the English name
        ("Zhongke Shuguang", "603019"),  # pinyin of 中科曙光
        ("Hangke Technology", "688006"),  # pinyin + "Technology" for 科技
        ("Electric Wind Power", "688660"),  # every word translated: 电气风电
        ("Gree Electric", "000651"),  # the one English name it begins
    ],
)
def test_names_resolve(name: str, code: str) -> None:
    listing = load_gazetteer().resolve(name)
    assert listing is not None and listing.code == code


def test_weak_and_parent_names_do_not_resolve() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Chip Connect") == ()  # two glossed words: too many short names fit
    assert gazetteer.lookup("China Telecom Group") == ()  # the parent group is not the listed company
    assert gazetteer.lookup("China") == ()
    assert gazetteer.lookup("Huizhou") == ()  # the city, though the pinyin of a listed 汇洲


def test_homophones_tie_break_on_the_report_board() -> None:
    gazetteer = load_gazetteer()
    assert len(gazetteer.lookup("Huahong")) > 1
    assert gazetteer.resolve("Huahong") is None
    listing = gazetteer.resolve("Huahong", boards=("STAR",))
    assert listing is not None and listing.board == "STAR"


def test_scan_finds_whole_capitalised_runs_only() -> None:
    text = "Western superconducting products sold well; China Telecom Group and China Telecom grew."
    hits = [text[s:e] for s, e, _ in load_gazetteer().scan(text)]
    assert hits == ["Western superconducting", "China Telecom"]


def test_a_pinyin_short_name_with_high_tech_resolves_by_its_pinyin() -> None:
    listing = load_gazetteer().resolve("Quanyin High-Tech")  # 荃银高科, whose English name is "Winall Hi-tech Seed"
    assert listing is not None and listing.code == "300087"


def test_scan_reads_words_joined_by_a_hyphen_as_one_run() -> None:
    text = "Beijing-Shanghai High Speed Railway, operator of the line, and the Beijing-Shanghai line grew."
    hits = [(text[s:e], [x.code for x in found]) for s, e, found in load_gazetteer().scan(text)]
    assert hits == [("Beijing-Shanghai High Speed Railway", ["601816"])]


def test_scan_finds_the_leading_words_of_one_listings_name() -> None:
    text = (
        "China Merchants Shekou and China Merchants Bank grew, China Merchants did not; China Merchants Shekou Port did"
    )
    hits = [(text[s:e], [x.code for x in found]) for s, e, found in load_gazetteer().scan(text)]
    assert hits == [("China Merchants Shekou", ["001979"]), ("China Merchants Bank", ["600036"])]


def test_core_drops_legal_form_and_generic_tail() -> None:
    assert core("CHINA VANKE CO., LTD.") == ("china", "vanke")
    assert core("Western Superconducting Technologies Co.,Ltd.") == ("western", "superconducting")
    assert core("POLY DEVELOPMENTS AND HOLDINGS GROUP CO., LTD.") == ("poly", "developments")


def test_lookups_are_index_probes() -> None:
    gazetteer = load_gazetteer()
    start = time.perf_counter()
    for _ in range(200):
        gazetteer.lookup("Tuojing Technology")
        gazetteer.lookup("Unknown Name Here")
    assert time.perf_counter() - start < 0.5
