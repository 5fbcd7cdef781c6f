"""Events: type, agent, object, amount (a fact id), status and date from trigger wordings."""

from __future__ import annotations

from decimal import Decimal

import pytest
from entity_reports import CHINEXT_OVERVIEW, RESULTS_NEWS, document

from finkg.extract.entities import find_entities
from finkg.extract.events import find_events
from finkg.records import Company, Document, Event, EventType, Organization, Product, Quantity, Span, Status

pytestmark = pytest.mark.issue(3)


def _money(doc: Document, *surfaces: str) -> tuple[Quantity, ...]:
    """Hand-made CNY quantities at the first occurrence of each surface, in text order."""
    spans = [Span(doc.doc_id, (at := doc.text.index(s)), at + len(s), s) for s in surfaces]
    return tuple(Quantity(span=s, value=Decimal(1), unit="CNY") for s in sorted(spans, key=lambda s: s.start))


def _events(doc: Document, quantities: tuple[Quantity, ...] = ()) -> list[Event]:
    entities = find_entities(doc)
    return list(
        find_events(
            doc,
            quantities,
            tuple(e for e in entities if isinstance(e, Company)),
            tuple(e for e in entities if isinstance(e, Organization)),
            tuple(e for e in entities if isinstance(e, Product)),
        )
    )


def _one(events: list[Event], kind: EventType) -> Event:
    (event,) = [e for e in events if e.event_type is kind]
    return event


def test_plans_are_planned_with_agent_object_and_amount() -> None:
    doc = document(RESULTS_NEWS)
    events = _events(doc, _money(doc, "72.25 billion yuan", "3 billion yuan"))
    invest = _one(events, EventType.INVESTMENT_PLAN)
    assert (invest.agent, invest.amount, invest.status) == ("company/sungrow-power-supply", "q2", Status.PLANNED)
    deal = _one(events, EventType.ACQUISITION)
    assert (deal.agent, deal.object, deal.status) == (
        "company/sungrow-power-supply",
        "company/qiyuan-green-power",
        Status.PLANNED,
    )
    first = _one(events, EventType.MILESTONE)
    assert first.object == "product/10-megawatt-liquid-cooled-energy-storage-system"


def test_control_application_approval_bond_release() -> None:
    doc = document(CHINEXT_OVERVIEW)
    events = _events(doc, _money(doc, "1.5 billion yuan"))
    control = _one(events, EventType.CONTROL_CHANGE)
    assert (control.agent, control.object) == ("company/guangdong-rising-holdings", "company/wens-foodstuff")
    listing = _one(events, EventType.SHARE_ISSUE_APPLICATION)
    assert (listing.agent, listing.object, listing.status) == (
        "company/zhongji-innolight",
        "organization/hkex",
        Status.APPLIED,
    )
    approval = _one(events, EventType.APPROVAL)
    assert approval.object == "product/conbercept-injection" and approval.status is Status.COMPLETED
    bond = _one(events, EventType.BOND_ISSUE)
    assert (bond.agent, bond.amount) == ("company/eoptolink-technology", "q1")
    releases = [e for e in events if e.event_type is EventType.OTHER]
    assert {e.agent for e in releases} == {"organization/szse"} and len(releases) == 2


def test_respectively_gives_each_agent_its_amount() -> None:
    text = "Jiahe Technology and Ruixin Medical exceeded 200 million yuan and 300 million yuan respectively in profit."
    doc = document(text)
    events = _events(doc, _money(doc, "200 million yuan", "300 million yuan"))
    assert [(e.agent, e.amount) for e in events] == [
        ("company/920392", "q1"),
        ("company/ruixin-medical", "q2"),
    ]


def test_cohort_dividends_and_repurchases_leave_the_agent_to_cohorts() -> None:
    text = (
        "In 2024, 45 companies have introduced repurchase plans, with a total limit of 2 billion yuan; "
        "30 companies paid cash dividends before the holiday."
    )
    doc = document(text)
    events = _events(doc, _money(doc, "2 billion yuan"))
    repurchase = _one(events, EventType.REPURCHASE)
    assert repurchase.agent is None and repurchase.amount == "q1" and repurchase.status is Status.PLANNED
    assert repurchase.object_label == "45 companies have introduced repurchase plans"
    assert _one(events, EventType.DIVIDEND).status is Status.COMPLETED


def test_no_event_without_a_named_actor() -> None:
    doc = document("Many companies raised 3 billion yuan and launched new products in 2024.")
    assert _events(doc, _money(doc, "3 billion yuan")) == []


def test_a_report_made_public_is_an_event_of_its_publisher_or_of_the_companies() -> None:
    doc = document(
        "The Research Institute of the Shanghai Stock Exchange has released its analysis of annual reports. "
        "By April 30, all 120 companies had published their semi-annual reports."
    )
    institute, companies = [e for e in _events(doc) if e.event_type is EventType.OTHER]
    assert str(institute.agent).startswith("organization/") and institute.status is Status.COMPLETED
    assert companies.agent is None and companies.object_label == "published their semi-annual reports"


def test_listings_anniversaries_and_first_profits_are_milestones() -> None:
    doc = document(
        "Huaxin Battery Technology, the battery maker that listed on the ChiNext in June 2018, grew fast. "
        "Qiming Software has risen 40-fold since its debut. "
        "The STAR Market marked its fifth anniversary on July 22, 2024. "
        "Lanxin Biotech made its first quarterly net profit, 27 million yuan."
    )
    milestones = [e for e in _events(doc) if e.event_type is EventType.MILESTONE]
    assert [(m.agent, m.object, m.date) for m in milestones] == [
        ("company/huaxin-battery-technology", "organization/chinext", "2018-06"),
        ("organization/star-market", "organization/star-market", ""),
        ("company/lanxin-biotech", "company/lanxin-biotech", ""),
    ]


def test_groups_raising_funds_and_setting_records_leave_the_agent_to_cohorts() -> None:
    doc = document(
        "Together they had raised more than 850 billion yuan through initial public offerings. "
        "The companies set a record for interim dividends."
    )
    financing, record = _events(doc, _money(doc, "850 billion yuan"))
    assert (financing.event_type, financing.agent, financing.amount) == (EventType.FINANCING, None, "q1")
    assert record.event_type is EventType.MILESTONE
