"""Aliases: spellings of one name group together; labels and slugs are deterministic."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from finkg.resolve.aliases import group_names, pick_label, same_thing, slugify, unique_slugs
from finkg.resolve.romanize import is_pinyin, pinyin_readings

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Dizhe Pharmaceutical", "Dizhe Pharmaceuticals'", True),
        ("Kexin Telecom", "Kexin Telecom Group", True),
        ("China Micro", "China and Micro", True),
        ("Kexin Telecom Group", "Kexin Telecom Quantum Group", False),
        ("Huahai Qingke", "Huahai Chengke", False),
    ],
)
def test_same_thing(a: str, b: str, same: bool) -> None:
    assert same_thing(a, b) is same


def test_groups_labels_and_slugs() -> None:
    groups = group_names(["Alpha Biotech", "Beta Micro", "Alpha Biotechs"])
    assert groups == [["Alpha Biotech", "Alpha Biotechs"], ["Beta Micro"]]
    assert pick_label(["B", "A", "A", "B"]) == "B"
    assert unique_slugs(["China Micro", "China-Micro", "R&D"]) == ["china-micro", "china-micro-2", "r-and-d"]


@given(st.text())
def test_slugs_are_url_safe(label: str) -> None:
    slug = slugify(label)
    assert slug and all(c.isascii() and (c.isalnum() or c == "-") for c in slug)
    assert slug == slugify(label)


def test_pinyin_readings_use_the_gloss() -> None:
    syllables = {"tuo", "jing", "ke", "ji", "hua", "hai", "qing"}
    stems = {"tuojingkeji"[:n] for n in range(1, 12)} | {"huahaiqingke"[:n] for n in range(1, 13)}
    assert is_pinyin("Tuojing", syllables) and not is_pinyin("Cambrian", syllables)
    assert "tuojingkeji" in list(pinyin_readings(("Tuojing", "Technology"), stems, syllables))
    assert "huahaiqingke" in list(pinyin_readings(("Huahai", "Clean", "Technology"), stems, syllables))
