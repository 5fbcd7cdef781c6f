"""Organizations: exchanges, boards, regulators, media and investor groups, each with a role."""

from __future__ import annotations

import pytest
from entity_reports import CHINEXT_OVERVIEW, RESULTS_NEWS, document

from finkg.extract.organizations import find_organizations

pytestmark = pytest.mark.issue(3)


def test_roles_of_known_and_generic_names() -> None:
    found = {o.label: o.role for o in find_organizations(document(CHINEXT_OVERVIEW + " " + RESULTS_NEWS))}
    assert found["Shenzhen Stock Exchange"] == "exchange"
    assert found["ChiNext"] == "board"
    assert found["CSRC"] == "regulator"
    assert found["Securities Times"] == "media"
    assert found["social security funds"] == "investor"


def test_a_statistics_bureau_keeps_its_whole_name_and_tells_figures_it_is_not_about() -> None:
    found = {o.label: o.role for o in find_organizations(document(
        "The National Bureau of Statistics said home sales fell 17.1%. Yunnan Statistics Bureau agreed."))}
    assert found["National Bureau of Statistics"] == "government"


def test_spellings_of_one_institution_merge() -> None:
    text = (
        "The STAR Market grew. The Sci-Tech Innovation Board and the Science and Technology Innovation Board "
        "are one board. The Xinhua News Agency and Xinhua reported it; the SSE and the Shanghai Stock Exchange agree."
    )
    found = {o.slug: o for o in find_organizations(document(text))}
    assert len(found["star-market"].mentions) == 3
    assert len(found["xinhua"].mentions) == 2
    assert len(found["sse"].mentions) == 2


def test_investor_groups_keep_their_examples() -> None:
    text = (
        "Overseas institutions such as QFII and RQFII held more shares, and professional institutional investors too."
    )
    labels = [o.label for o in find_organizations(document(text))]
    assert "Overseas institutions such as QFII and RQFII" in labels
    assert "professional institutional investors" in labels


def test_publisher_from_wire_copy_cue() -> None:
    text = "The Jinyu Finance App learned that Jinyu Finance will publish more."
    (org,) = find_organizations(document(text))
    assert org.role == "media" and org.slug == "jinyu-finance" and len(org.mentions) == 2


def test_a_publisher_is_labelled_alike_whether_or_not_a_report_names_its_app() -> None:
    # Two reports share the node; two labels in one language would fail the corpus's SHACL gate.
    (app,) = find_organizations(document("The Jinyu Finance App learned that profits rose."))
    (plain,) = find_organizations(document("According to Jinyu Finance, profits rose."))
    assert app.slug == plain.slug and app.label == plain.label == "Jinyu Finance"
    assert app.aliases == ("Jinyu Finance App",)


def test_the_main_board_in_lower_case_is_the_board() -> None:
    found = {o.slug: o for o in find_organizations(document(
        "On the main board, companies earned 50.45 trillion yuan. Main board net profit fell 1%."))}
    assert found["main-board"].role == "board" and len(found["main-board"].mentions) == 2


def test_a_citys_government_and_court_and_the_state_assets_regulator_are_organizations() -> None:
    found = find_organizations(document(
        "The Shanghai government approved the merger. A Chongqing court approved the plan. In July the state assets "
        "regulator approved a plan. The Shenzhen Intermediate People's Court accepted the case."))
    roles = {o.label: o.role for o in found}
    assert roles == {
        "Shanghai government": "government",
        "Chongqing court": "court",
        "state assets regulator": "state",
        "Shenzhen Intermediate People's Court": "court",
    }


def test_the_states_market_investor_is_known_by_its_short_name() -> None:
    found = {o.slug: o for o in find_organizations(document(
        "Central Huijin Investment said it had increased its holdings. Huijin added ETFs in the second quarter."))}
    assert found["central-huijin"].role == "state" and len(found["central-huijin"].mentions) == 2
