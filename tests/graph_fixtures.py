"""A small invented report and its hand-made extraction, for the map, store, pipeline and query tests."""

from __future__ import annotations

from decimal import Decimal

from finkg.read import structure
from finkg.records import (
    Cohort,
    Company,
    Document,
    Event,
    EventType,
    Extraction,
    Fact,
    Flag,
    Kind,
    Organization,
    Product,
    Qualifier,
    Quantity,
    Sector,
    Span,
    Status,
)

TEXT = """Harbor Board annual review
1. Results
In 2030, Harbor Board companies achieved total revenue of 12.50 billion yuan, up 8.5% year on year. \
Nearly 40 robotics companies earned 3 billion yuan. The revenue of Delta Works was 9,999,999 billion yuan.
2. Deals
Alpha Robotics plans to acquire Beta Sensors for 2 billion yuan. \
Alpha Robotics launched the world's first tidal drone, \
and Gamma Fund became the controlling shareholder of Beta Sensors.
"""


def span(document: Document, text: str, nth: int = 0) -> Span:
    """The `nth` occurrence of `text` in the document."""
    start = -1
    for _ in range(nth + 1):
        start = document.text.index(text, start + 1)
    return Span(document.doc_id, start, start + len(text), text)


def sentence_of(document: Document, at: Span) -> int:
    """Index of the sentence holding a span."""
    return document.sentence_at(at.start).index


def fact(document: Document, fid: str, surface: str, value: str, unit: str, **fields: object) -> Fact:
    """A fact whose quantity is the first occurrence of `surface`."""
    where = span(document, surface)
    kind = fields.pop("kind", Kind.LEVEL)
    qualifier = fields.pop("qualifier", Qualifier.EXACT)
    quantity = Quantity(span=where, value=Decimal(value), unit=unit, qualifier=qualifier, kind=kind)
    return Fact(
        id=fid,
        quantity=quantity,
        sentence=sentence_of(document, where),
        kind=kind,
        period=str(fields.pop("period", "FY2030")),
        **fields,
    )


def make_document(doc_id: str = "harbor", text: str = TEXT) -> Document:
    """The invented report, read by finkg's own reader."""
    return structure(text, doc_id=doc_id, source=f"reports/{doc_id}.txt")


def make_extraction(doc_id: str = "harbor", text: str = TEXT) -> Extraction:
    """What a correct extractor takes out of the invented report."""
    doc = make_document(doc_id, text)
    entities = (
        Company(slug="alpha-robotics", label="Alpha Robotics", ticker="688000", board="Harbor Board",
                sectors=("sector/robotics",), mentions=(span(doc, "Alpha Robotics"), span(doc, "Alpha Robotics", 1))),
        Company(slug="beta-sensors", label="Beta Sensors", zh="贝塔传感", mentions=(span(doc, "Beta Sensors"),)),
        Company(slug="delta-works", label="Delta Works", mentions=(span(doc, "Delta Works"),)),
        Organization(slug="gamma-fund", label="Gamma Fund", role="fund", mentions=(span(doc, "Gamma Fund"),)),
        Sector(slug="robotics", label="robotics", mentions=(span(doc, "robotics"),)),
        Cohort(slug="harbor-all", label="Harbor Board companies", criterion="listed on the Harbor Board",
               mentions=(span(doc, "Harbor Board companies"),)),
        Cohort(slug="robotics-companies", label="robotics companies", size=Decimal(40),
               size_qualifier=Qualifier.APPROX, parent="cohort/harbor-all", sector="sector/robotics",
               members=("company/alpha-robotics",), mentions=(span(doc, "Nearly 40 robotics companies"),)),
        Product(slug="tidal-drone", label="tidal drone", maker="company/alpha-robotics", note="world's first",
                mentions=(span(doc, "tidal drone"),)),
        Event(slug="harbor-e1", label="Alpha Robotics acquires Beta Sensors", event_type=EventType.ACQUISITION,
              agent="company/alpha-robotics", object="company/beta-sensors", amount="q5", status=Status.PLANNED,
              mentions=(span(doc, "plans to acquire"),)),
        Event(slug="harbor-e2", label="Alpha Robotics launches the tidal drone", event_type=EventType.PRODUCT_LAUNCH,
              agent="company/alpha-robotics", object="product/tidal-drone", mentions=(span(doc, "launched"),)),
        Event(slug="harbor-e3", label="Gamma Fund controls Beta Sensors", event_type=EventType.CONTROL_CHANGE,
              agent="organization/gamma-fund", object="company/beta-sensors", date="2030-06",
              mentions=(span(doc, "became the controlling shareholder"),)),
    )
    facts = (
        fact(doc, "q1", "12.50 billion yuan", "12.50e9", "CNY", subject="cohort/harbor-all", measure="revenue"),
        fact(doc, "q2", "8.5%", "8.5", "percent", subject="cohort/harbor-all", measure="revenue",
             kind=Kind.CHANGE_PCT, base="q1"),
        fact(doc, "q3", "3 billion yuan", "3e9", "CNY", subject="cohort/robotics-companies", measure="revenue"),
        fact(doc, "q4", "9,999,999 billion yuan", "9999999e9", "CNY", subject="company/delta-works",
             measure="revenue", flag=Flag(reason="above any plausible revenue", corrected_value=Decimal("9999.999e9"))),
        fact(doc, "q5", "2 billion yuan", "2e9", "CNY", subject="company/alpha-robotics", measure="transaction_amount"),
    )
    return Extraction(document=doc, facts=facts, entities=entities)
