"""Events: type, agent, object, amount (a fact id), status and date from trigger wordings."""

from __future__ import annotations

from decimal import Decimal

import pytest
from entity_reports import CHINEXT_OVERVIEW, RESULTS_NEWS, document

from finkg.extract import extract
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
    releases = [e for e in events if e.event_type is EventType.OTHER and str(e.object).startswith("product/")]
    assert {e.agent for e in releases} == {"organization/szse"} and len(releases) == 2
    (rules,) = [e for e in events if e.event_type is EventType.OTHER and e.agent == "organization/csrc"]
    assert rules.object is None and rules.object_label == "issued new rules"


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
    financing, record, payout = _events(doc, _money(doc, "850 billion yuan"))
    assert (financing.event_type, financing.agent, financing.amount) == (EventType.FINANCING, None, "q1")
    assert (record.event_type, payout.event_type) == (EventType.MILESTONE, EventType.DIVIDEND)  # a record payout


def test_groups_listed_raising_funds_and_their_ipos_raising_them_are_financing() -> None:
    doc = document(
        "Forty-one companies listed on the STAR Market in the first half, raising 87.7 billion yuan. IPOs raised "
        "nearly 590 billion yuan in 2022."
    )
    events = _events(doc, _money(doc, "87.7 billion yuan", "590 billion yuan"))
    assert [(e.event_type, e.agent, e.amount) for e in events] == [
        (EventType.FINANCING, None, "q1"), (EventType.FINANCING, None, "q2")
    ]


def test_a_company_referred_back_to_is_the_agent_within_its_paragraph() -> None:
    doc = document(
        "Huaxin Battery Technology reported on March 20. "
        "Its revenue fell 5% to 30 billion yuan, the first annual drop since its 2015 listing. "
        "The company applied to list H-shares in Hong Kong and received the China Securities Regulatory "
        "Commission's filing notice; the proceeds are meant mainly for its plant in Spain. "
        "The board proposed a dividend of 1.2 yuan per share.\n\n"
        "The board proposed a dividend of 2 yuan per share."
    )
    found = [(e.event_type, e.agent, e.object, e.object_label, e.status) for e in _events(doc)]
    huaxin = "company/huaxin-battery-technology"
    assert [f[:2] for f in found] == [  # reporting on March 20 is no event of its own
        (EventType.MILESTONE, huaxin),
        (EventType.MILESTONE, huaxin),
        (EventType.SHARE_ISSUE_APPLICATION, huaxin),
        (EventType.APPROVAL, "organization/csrc"),
        (EventType.INVESTMENT_PLAN, huaxin),
        (EventType.DIVIDEND, huaxin),
        (EventType.DIVIDEND, None),  # another paragraph: no company to refer back to
    ]
    assert found[2][3:] == ("Hong Kong", Status.APPLIED) and found[3][2] == huaxin
    assert found[4][3:] == ("its plant in Spain", Status.PLANNED)


def test_a_clause_referring_back_is_about_the_company_its_figures_are_about() -> None:
    # the last company named is a unit; the dividend is the parent's, as the fact stage read the figure
    found = extract(document(
        "Zhenyu Optics lifted revenue by 28% to 6.9 billion yuan. Smartphones generated 5.7 billion yuan, and "
        "revenue at its assembly unit Zhenyu Precision rose 97.4%. It proposed a dividend of 4 yuan per 10 shares."
    ))
    dividends = [e for e in found.entities if isinstance(e, Event) and e.event_type is EventType.DIVIDEND]
    assert [e.agent for e in dividends] == ["company/zhenyu-optics"]


def test_it_is_not_a_company_after_a_market_or_as_a_dummy_subject() -> None:
    doc = document(
        "Ruixin Medical led the board. The STAR Market marked its fifth anniversary; "
        "it paid a dividend of 1 yuan per share. It is worth noting that the dividend rose."
    )
    assert [e.agent for e in _events(doc) if e.event_type is EventType.DIVIDEND] == [None, None]


def test_dividends_paid_or_not_buybacks_and_bonus_shares_of_named_companies() -> None:
    doc = document(
        "Qiming Software will pay no dividend. "
        "Ruixin Medical declared no cash dividend, but it spent 300 million yuan buying back 10 million shares. "
        "Jiahe Technology will pay 3.50 yuan per 10 shares. "
        "Lanxin Biotech proposed a cash dividend and six bonus shares for every 10 held."
    )
    found = [(e.event_type, e.agent, e.object) for e in _events(doc, _money(doc, "300 million yuan"))]
    assert found == [
        (EventType.REPURCHASE, "company/ruixin-medical", "company/ruixin-medical"),
        (EventType.DIVIDEND, "company/920392", "company/920392"),
        (EventType.DIVIDEND, "company/lanxin-biotech", "company/lanxin-biotech"),
        (EventType.OTHER, "company/lanxin-biotech", "company/lanxin-biotech"),
    ]


def test_figures_raised_are_no_financing_and_first_losses_are_milestones() -> None:
    doc = document(
        "Jiahe Technology raised revenue by 12% to 5 billion yuan. "
        "Ruixin Medical posted its first loss since 2010. "
        "Lanxin Biotech said its first-quarter loss narrowed. "
        "Qiming Software paid more in dividends than it raised through IPOs and refinancing, 2 billion yuan."
    )
    found = [(e.event_type, e.agent) for e in _events(doc, _money(doc, "5 billion yuan", "2 billion yuan"))]
    assert found == [
        (EventType.MILESTONE, "company/ruixin-medical"),
        (EventType.DIVIDEND, "company/qiming-software"),
    ]


def test_boards_growing_groups_listing_and_exchanges_revising_rules() -> None:
    doc = document(
        "The Beijing Stock Exchange opened in 2021. In 2023, 150 companies went public on the STAR Market. "
        "The number of companies on ChiNext passed 1,300. On April 12, the exchange revised its listing rules."
    )
    found = [(e.event_type, e.agent, e.object) for e in _events(doc)]
    assert found == [
        (EventType.MILESTONE, None, "organization/star-market"),
        (EventType.MILESTONE, "organization/chinext", "organization/chinext"),
        (EventType.OTHER, "organization/bse", None),
    ]


def test_who_tells_of_a_disclosure_is_not_who_discloses() -> None:
    doc = document(
        "The Shanghai Stock Exchange said that 2,100 companies had reported for the first half. "
        "Qiming Software, the software maker, reported on April 18 that revenue rose. "
        "According to data disclosed in the annual report, 79 companies are held by funds."
    )
    assert [(e.agent, e.object_label) for e in _events(doc)] == [(None, "had reported for")]


def test_agentless_events_go_to_the_group_or_company_referred_to() -> None:
    group = extract(
        document(
            "Companies on the Beijing Stock Exchange earned 11 billion yuan. "
            "The companies listed in Shanghai and Shenzhen earned 5.2 trillion yuan. "
            "Their dividend payout came to 2.4 trillion yuan."
        )
    )
    (payout,) = [e for e in group.entities if isinstance(e, Event)]
    assert payout.agent == "cohort/listed-in-shanghai-and-shenzhen-companies"
    news = extract(document("Huaxin Battery Technology sold 10 GWh. The final dividend comes to 2 billion yuan."))
    (dividend,) = [e for e in news.entities if isinstance(e, Event)]
    assert dividend.agent == dividend.object == "company/huaxin-battery-technology"


def test_a_regulator_approves_and_a_brand_name_never_acts() -> None:
    doc = document(
        "Lanxin Biotech narrowed its loss as its cancer drug ZORVEXA took off. ZORVEXA's sales doubled. "
        "In May, the National Medical Products Administration approved its antibody KELVORA. "
        "The board proposed a dividend of 1 yuan per share."
    )
    found = [(e.event_type, e.agent, e.object) for e in _events(doc)]
    assert found == [
        (EventType.APPROVAL, "organization/nmpa", "product/kelvora"),
        (EventType.DIVIDEND, "company/lanxin-biotech", "company/lanxin-biotech"),
    ]


def test_licensees_pay_the_licensor_or_for_the_rights_to_a_product() -> None:
    doc = document(
        "Kanghua Pharmaceutical booked an upfront payment from Orion Therapeutics and licensing fees from Belmont "
        "Biotech. On May 3, Orion Therapeutics agreed to pay US$50 million upfront for rights outside China to XYZ-101."
    )
    found = [(e.event_type, e.agent, e.object, e.date) for e in _events(doc)]
    assert found == [
        (EventType.OTHER, "company/orion-therapeutics", "company/kanghua-pharmaceutical", ""),
        (EventType.OTHER, "company/belmont-biotech", "company/kanghua-pharmaceutical", ""),
        (EventType.OTHER, "company/orion-therapeutics", "product/xyz-101", ""),
    ]


def test_control_taken_and_stakes_bought_are_acquisitions_but_not_buybacks() -> None:
    doc = document(
        "Last year Ruixin Medical took control of Lanxin Biotech, paying 2 billion yuan for 30% of its shares. "
        "Qiming Software moved to buy the remaining 40% of its subsidiary Jiahe Technology. "
        "Ruixin Medical bought back 10 million shares from Lanxin Biotech."
    )
    found = [(e.event_type, e.agent, e.object, e.status) for e in _events(doc, _money(doc, "2 billion yuan"))]
    assert found == [
        (EventType.ACQUISITION, "company/ruixin-medical", "company/lanxin-biotech", Status.COMPLETED),
        (EventType.ACQUISITION, "company/qiming-software", "company/920392", Status.PLANNED),
        (EventType.REPURCHASE, "company/ruixin-medical", "company/ruixin-medical", Status.COMPLETED),
    ]


def test_a_payout_and_a_buyback_share_a_clause_and_a_per_share_amount_is_a_dividend() -> None:
    doc = document(
        "A special dividend of 2 yuan per 10 shares and a new buyback of up to 1 billion yuan are planned. "
        "Jiahe Technology leads with RMB 12 for every 10 shares. "
        "The main board accounted for nearly 80% of the market's net profit and nearly 80% of its cash dividends."
    )
    found = [(e.event_type, e.agent, e.status) for e in _events(doc)]
    assert found == [
        (EventType.DIVIDEND, None, Status.PLANNED),
        (EventType.REPURCHASE, None, Status.PLANNED),
        (EventType.DIVIDEND, "company/920392", Status.COMPLETED),
    ]


def test_the_board_is_a_company_board_even_after_a_product_line() -> None:
    doc = document(
        "Huaxin Battery Technology earned 3 billion yuan. Sales of its sodium batteries rose 5%. "
        "The board proposes a dividend of 2 yuan per 10 shares."
    )
    (dividend,) = _events(doc)
    assert (dividend.event_type, dividend.agent) == (EventType.DIVIDEND, "company/huaxin-battery-technology")


def test_headings_report_no_event_and_a_record_closing_a_clause_is_a_milestone() -> None:
    doc = document(
        "Payouts and buybacks\n\n"
        "STAR Market companies spent 70 billion yuan on R&D, 10% more than a year before and a record. "
        "Qiming Software's overseas revenue reached a record 22% of sales."
    )
    (record,) = _events(doc)
    assert (record.event_type, record.agent) == (EventType.MILESTONE, None)


def test_results_told_on_a_date_are_no_event_but_a_dated_overview_and_measures_for_a_board_are() -> None:
    doc = document(
        "Qiming Software said on March 17 that revenue rose. "
        "In its overview of May 2, the Shenzhen Stock Exchange said ChiNext companies earned more. "
        "On June 19 the China Securities Regulatory Commission issued eight measures to deepen ChiNext reform."
    )
    found = [(e.event_type, e.agent, e.object) for e in _events(doc)]
    assert found == [
        (EventType.OTHER, "organization/szse", None),
        (EventType.OTHER, "organization/csrc", "organization/chinext"),
    ]


def test_a_group_products_approved_leave_the_agent_to_cohorts() -> None:
    doc = document("The exchange said revenue of drug companies rose 9% and that 30 of their drugs are now approved.")
    (approval,) = _events(doc)
    assert (approval.event_type, approval.agent, approval.object) == (EventType.APPROVAL, None, "product/drugs")


def test_a_board_turning_15_companies_joining_it_and_what_is_no_event() -> None:
    doc = document(
        "ChiNext turned 15 on October 30, 2024. "
        "Qiming Software invested a record 18.6 billion yuan in 2024. "
        "Of the 452 companies in the exchange's campaign, 232 had bought back shares since it began. "
        "Listings picked up, with 20 companies joining ChiNext in the first half of 2025."
    )
    found = [(e.event_type, e.agent, e.object) for e in _events(doc)]
    assert found == [
        (EventType.MILESTONE, "organization/chinext", "organization/chinext"),
        (EventType.REPURCHASE, None, None),  # the agent is the 232, which the cohort stage names
        (EventType.MILESTONE, None, "organization/chinext"),
    ]


def test_banks_raising_capital_and_issuing_bonds() -> None:
    doc = document(
        "Bank of China (BOC) reported on March 26. BOC also tapped the bond market in May 2024 with a 40 billion "
        "yuan issue of total loss-absorbing capacity (TLAC) non-capital bonds. BOC aims to raise up to 165 billion "
        "yuan by selling shares. China Merchants Bank is seeking up to 120 billion yuan."
    )
    events = _events(doc, _money(doc, "40 billion yuan", "165 billion yuan", "120 billion yuan"))
    found = [(e.event_type, e.agent, e.object_label, e.status) for e in events if e.event_type is not EventType.OTHER]
    assert found == [
        (EventType.BOND_ISSUE, "company/bank-of-china", "total loss-absorbing capacity (TLAC) non-capital bonds",
         Status.COMPLETED),
        (EventType.FINANCING, "company/bank-of-china", "BOC", Status.PLANNED),
        (EventType.FINANCING, "company/china-merchants-bank", "China Merchants Bank", Status.PLANNED),
    ]


def test_a_first_dividend_and_a_listing_in_preparation() -> None:
    found = extract(
        document(
            "Harbor Bank paid an interim dividend for the first time, worth 51 billion yuan. "
            "Sunward Energy is reported to be preparing a Hong Kong listing."
        )
    )
    kinds = {(e.event_type, e.agent) for e in found.entities if isinstance(e, Event)}
    assert (EventType.DIVIDEND, "company/harbor-bank") in kinds  # the milestone does not hide the payout
    assert (EventType.SHARE_ISSUE_APPLICATION, "company/sunward-energy") in kinds


def test_payouts_handed_out_proposed_per_share_or_told_before_their_payer() -> None:
    doc = document(
        "Harbor Bank will pay out 35% of its first-half profit. Sunward Energy plans to hand out 5.9 billion yuan. "
        "Lanxin Biotech earned 2 billion yuan. It kept its payout ratio at 55%, proposing 0.45 yuan a share. "
        "With a final payout of 7.5 yuan per 10 shares, Qiming Software will return 4.8 billion yuan. "
        "Jiahe Technology's margins rose, and it won generous payouts from analysts' praise."
    )
    found = [(e.event_type, e.agent) for e in _events(doc, _money(doc, "5.9 billion yuan", "4.8 billion yuan"))]
    assert found == [
        (EventType.DIVIDEND, "company/harbor-bank"),
        (EventType.DIVIDEND, "company/sunward-energy"),
        (EventType.DIVIDEND, "company/lanxin-biotech"),
        (EventType.DIVIDEND, "company/qiming-software"),
    ]  # a payout without its amount ("generous payouts") is no event


def test_a_topic_word_gives_way_to_the_deed_and_needs_its_amount() -> None:
    doc = document(
        "Buybacks also set a record: 2,192 A-share companies repurchased shares for 158 billion yuan. "
        "Buybacks were part of the response. Dividends paid by all listed companies reached 2.4 trillion yuan."
    )
    found = extract(doc)
    events = [(e.event_type, e.agent, e.mentions[0].text[:20]) for e in found.entities if isinstance(e, Event)]
    repurchase = [e for e in events if e[0] is EventType.REPURCHASE]
    assert repurchase == [(EventType.REPURCHASE, "cohort/a-share-2192", "Buybacks also set a ")]
    assert [e[2] for e in events if e[0] is EventType.DIVIDEND] == ["Dividends paid by al"]


def test_a_launched_buyback_is_a_repurchase_not_a_product() -> None:
    found = extract(document("Kweichow Moutai launched its first buyback for cancellation, planning 3 billion yuan."))
    assert not [e for e in found.entities if isinstance(e, Product)]
    kinds = {(e.event_type, e.agent) for e in found.entities if isinstance(e, Event)}
    assert (EventType.REPURCHASE, "company/kweichow-moutai") in kinds


def test_listing_applications_heard_or_filed_and_takeovers_by_absorption() -> None:
    doc = document(
        "Sunward Energy earned 2 billion yuan. "
        "The listing committee of the Hong Kong Stock Exchange heard its application for an H-share listing. "
        "Qiming Software applied in April to list H shares in Hong Kong. "
        "Ruixin Medical absorbed Lanxin Biotech. "
        "Jiahe Technology pressed ahead with its takeover of Orion Therapeutics."
    )
    found = [(e.event_type, e.agent, e.object) for e in _events(doc)]
    assert (EventType.SHARE_ISSUE_APPLICATION, "company/sunward-energy", "organization/hkex") in found
    assert (EventType.SHARE_ISSUE_APPLICATION, "company/qiming-software") in [f[:2] for f in found]
    assert (EventType.ACQUISITION, "company/ruixin-medical", "company/lanxin-biotech") in found
    assert (EventType.ACQUISITION, "company/920392", "company/orion-therapeutics") in found


def test_a_clause_after_a_semicolon_continues_its_sentences_company() -> None:
    doc = document(
        "All 5,000 listed companies earned more. "
        "Harbor Bank proposed 4 yuan for every 10 shares; a special payout of 5.4 billion yuan had gone out in January."
    )
    found = extract(doc)
    agents = [e.agent for e in found.entities if isinstance(e, Event) and e.event_type is EventType.DIVIDEND]
    assert agents == ["company/harbor-bank", "company/harbor-bank"]


def test_each_deal_of_a_clause_has_its_buyer_and_a_stake_paid_for_is_no_dividend() -> None:
    doc = document(
        "Ruixin Medical has agreed to pay 3.8 billion yuan for 64.59% of Lanxin Biotech, at 8.8 yuan a share, "
        "and Qiming Software plans to buy 96.08% of Orion Therapeutics."
    )
    found = [(e.event_type, e.agent, e.object) for e in _events(doc, _money(doc, "3.8 billion yuan"))]
    assert found == [
        (EventType.ACQUISITION, "company/ruixin-medical", "company/lanxin-biotech"),
        (EventType.ACQUISITION, "company/qiming-software", "company/orion-therapeutics"),
    ]


def test_new_shares_sold_for_money_are_financing() -> None:
    doc = document("On April 30 Qiming Software's board approved a plan to sell up to 20.87 million new shares for as "
                   "much as 4.98 billion yuan.")
    found = [(e.event_type, e.agent, e.status) for e in _events(doc, _money(doc, "4.98 billion yuan"))]
    assert found[0] == (EventType.FINANCING, "company/qiming-software", Status.PLANNED)


def test_approvals_won_for_a_drug_and_money_put_into_a_fund_but_not_into_research() -> None:
    doc = document(
        "Hengrui Medicine won conditional approval for zemetostat, China's first EZH2 inhibitor. "
        "Harbor Bank and Lanxin Biotech each put 25 billion yuan into the first Honghu private securities fund. "
        "Qiming Software put 5 billion yuan into research and development."
    )
    found = [(e.event_type, e.agent, e.object or e.object_label) for e in _events(doc, _money(doc, "25 billion yuan"))]
    assert (EventType.APPROVAL, "company/hengrui-pharmaceuticals", "product/zemetostat") in found
    invested = [f for f in found if f[0] is EventType.INVESTMENT_PLAN]
    assert invested == [
        (EventType.INVESTMENT_PLAN, "company/harbor-bank", "first Honghu private securities fund"),
        (EventType.INVESTMENT_PLAN, "company/lanxin-biotech", "first Honghu private securities fund"),
    ]


def test_a_board_approving_a_buyback_is_no_product_and_the_buyback_is_the_companys() -> None:
    found = extract(document("Harbor Bank's board approved on December 9 a plan to repurchase 2 billion to 2.5 billion "
                             "yuan of shares at up to 40 yuan each, all to be cancelled."))
    assert not [e for e in found.entities if isinstance(e, Product)]
    kinds = {(e.event_type, e.agent) for e in found.entities if isinstance(e, Event)}
    assert (EventType.REPURCHASE, "company/harbor-bank") in kinds


def test_raising_spending_is_no_financing_and_a_bond_issue_names_its_bonds() -> None:
    doc = document(
        "The battery maker Harbor Bank plans to pay 25.2 yuan per 10 shares, after raising R&D spending 101.7% to "
        "15.51 billion yuan. In May 2024 Lanxin Biotech sold the country's first total loss-absorbing capacity "
        "(TLAC) non-capital bonds."
    )
    found = [(e.event_type, e.agent, e.object_label) for e in _events(doc, _money(doc, "15.51 billion yuan"))]
    assert not [f for f in found if f[0] is EventType.FINANCING]
    assert (EventType.DIVIDEND, "company/harbor-bank") in [f[:2] for f in found]
    bond = next(f for f in found if f[0] is EventType.BOND_ISSUE)
    assert bond[2] == "total loss-absorbing capacity (TLAC) non-capital bonds"


def test_a_record_a_best_ever_a_rival_overtaken_and_a_plant_coming_on_stream_are_milestones() -> None:
    doc = document(
        "Harbor Bank was the biggest earner, followed by Lanxin Biotech, which overtook Ridge Power for second place. "
        "Ridge Power delivered its best result since listing. Harbor Airport handled a record 76 million "
        "passengers. Lanxin Biotech's first plant in Hungary came on stream in June."
    )
    milestones = [(e.agent, e.status) for e in _events(doc) if e.event_type is EventType.MILESTONE]
    assert ("company/lanxin-biotech", Status.COMPLETED) in milestones
    assert "company/harbor-bank" not in {agent for agent, _ in milestones}  # the overtaker, not the leader
    assert {"company/ridge-power", "company/harbor-airport"} <= {agent for agent, _ in milestones}


def test_a_raised_payout_is_a_dividend_a_planned_bond_is_a_bond_issue_and_passing_a_mark_a_milestone() -> None:
    doc = document(
        "Harbor Bank raised its payout to 9 yuan per 10 shares. Lanxin Biotech also planned a 5 billion yuan, "
        "three-year sci-tech innovation bond for May 9, 2025. Ridge Power's mobile customers passed one billion."
    )
    found = {(e.event_type, e.agent) for e in _events(doc, _money(doc, "5 billion yuan"))}
    assert (EventType.DIVIDEND, "company/harbor-bank") in found
    assert (EventType.FINANCING, "company/harbor-bank") not in found
    assert (EventType.BOND_ISSUE, "company/lanxin-biotech") in found
    assert (EventType.MILESTONE, "company/ridge-power") in found


def test_a_verb_left_out_still_gives_each_company_its_own_payout_or_placement() -> None:
    doc = document(
        "Hengli Petrochemical will pay 2.5 yuan per 10 shares and Wanhua Chemical 3.1 yuan. Sany Heavy Industry "
        "plans to raise up to 16 billion yuan, Zoomlion up to 9 billion yuan and Weichai Power 7 billion yuan. "
        "Haier Smart Home raised 4 billion yuan, while Midea Group earned 8 billion yuan. Gree Electric will pay 1 "
        "yuan a share, "
        "while Haier Smart Home plans 0.9 yuan a share."
    )
    amounts = ("2.5 yuan", "3.1 yuan", "16 billion yuan", "9 billion yuan", "7 billion yuan", "4 billion yuan",
               "8 billion yuan", "1 yuan a share", "0.9 yuan a share")
    events = _events(doc, _money(doc, *amounts))
    found = [(e.event_type, e.agent, e.amount) for e in events if e.event_type is not EventType.OTHER]
    assert [(t, str(a).split("/")[1], q) for t, a, q in found] == [
        (EventType.DIVIDEND, "hengli-petrochemical", "q1"),
        (EventType.DIVIDEND, "wanhua-chemical", "q2"),
        (EventType.FINANCING, "sany-heavy-industry", "q3"),
        (EventType.FINANCING, "zoomlion-heavy-industry-science-and-technology", "q4"),
        (EventType.FINANCING, "weichai-power", "q5"),
        (EventType.FINANCING, "haier-smart-home", "q6"),
        (EventType.DIVIDEND, "gree-electric-appliances", "q8"),  # not "...-inc-of", its place dropped
        (EventType.DIVIDEND, "haier-smart-home", "q9"),
    ]


def test_a_sale_of_bonds_and_an_issue_of_notes_are_bond_issues() -> None:
    doc = document(
        "Bank of Ningbo completed a 20 billion yuan sale of tier-two capital bonds in March. Huaneng Power "
        "International completed a 3 billion yuan issue of medium-term notes with a 2.1% coupon."
    )
    events = _events(doc, _money(doc, "20 billion yuan", "3 billion yuan"))
    found = [(e.event_type, e.agent, e.object_label) for e in events if e.event_type is EventType.BOND_ISSUE]
    assert found == [
        (EventType.BOND_ISSUE, "company/bank-of-ningbo", "tier-two capital bonds"),
        (EventType.BOND_ISSUE, "company/huaneng-power-international", "medium-term notes"),
    ]


def test_money_sold_at_a_rate_is_a_bond_issue_of_the_kind_the_report_named() -> None:
    doc = document(
        "Banks have sold sci-tech innovation bonds at a brisk pace since May. Ten brokerages filed for 12 sci-tech "
        "bonds. Bank of Ningbo sold 20 billion yuan at 1.65%, covered 2.84 times. Huaneng Power International "
        "issued 10 billion yuan of three-year bonds on May 13 at 1.66%. Huatai Securities raised 2 billion yuan, "
        "paying 1.67% on its two-year tranche."
    )
    events = _events(doc, _money(doc, "20 billion yuan", "10 billion yuan", "2 billion yuan"))
    found = [(e.event_type, e.agent, e.object_label) for e in events]
    assert found == [
        (EventType.BOND_ISSUE, "company/bank-of-ningbo", "sci-tech innovation bonds"),
        (EventType.BOND_ISSUE, "company/huaneng-power-international", "sci-tech innovation bonds"),
        (EventType.BOND_ISSUE, "company/huatai-securities", "sci-tech innovation bonds"),
    ]
    assert not [e for e in find_entities(doc) if isinstance(e, Product)]  # "10 billion yuan of ... bonds" is none


def test_a_bond_issue_is_of_a_kind_of_debt_not_of_a_company_it_is_compared_with() -> None:
    doc = document(
        "Banks have sold sci-tech innovation bonds since May. Twelve brokerages had announced sci-tech bonds by May "
        "12. Huatai Securities sold 1 billion yuan of three-year bonds at 1.69%, the same rate as Orient Securities."
    )
    events = _events(doc, _money(doc, "1 billion yuan"))
    assert [(e.event_type, e.agent, e.object, e.object_label) for e in events] == [
        (EventType.BOND_ISSUE, "company/huatai-securities", None, "sci-tech innovation bonds"),
    ]


def test_a_listing_applied_for_on_a_main_board_is_at_its_exchange() -> None:
    doc = document(
        "Huaxin Battery Technology earned 1 billion yuan. On June 30 it applied to list H shares on the main board of "
        "the Hong Kong Stock Exchange."
    )
    (application,) = [e for e in _events(doc) if e.event_type is EventType.SHARE_ISSUE_APPLICATION]
    assert (application.agent, application.object) == ("company/huaxin-battery-technology", "organization/hkex")


@pytest.mark.parametrize("when", ["on July 1 ", "earlier this month ", "on Tuesday ", ""])
def test_a_plan_to_issue_h_shares_approved_is_an_application(when: str) -> None:
    doc = document(
        f"Huaxin Battery Technology earned 1 billion yuan. Its board approved a plan {when}to issue H shares in "
        "Hong Kong, and shareholders backed it on July 24."
    )
    (application,) = [e for e in _events(doc) if e.event_type is EventType.SHARE_ISSUE_APPLICATION]
    assert (application.agent, application.object_label) == ("company/huaxin-battery-technology", "Hong Kong")


def test_ground_broken_is_a_milestone_and_a_sum_to_spend_or_a_cost_is_a_plan_for_its_project() -> None:
    doc = document(
        "Hengrun Tyre broke ground on December 18 on a plant in Egypt with 2 GW of capacity. Qingshan Motor began "
        "building the first phase of its plant in Kenitra, Morocco. Dongmao Parts plans to spend 450 million yuan on "
        "a plant in Coahuila, Mexico. Lingxi Valve disclosed in May a Thai valve plant costing 100 million yuan."
    )
    events = _events(doc, _money(doc, "450 million yuan", "100 million yuan"))
    found = [(e.event_type, str(e.agent).split("/")[1], e.object_label) for e in events]
    assert found == [
        (EventType.MILESTONE, "hengrun-tyre", "a plant in Egypt"),
        (EventType.MILESTONE, "qingshan-motor", "the first phase of its plant in Kenitra, Morocco"),
        (EventType.INVESTMENT_PLAN, "dongmao-parts", "plant in Coahuila"),
        (EventType.INVESTMENT_PLAN, "lingxi-valve", "a Thai valve plant"),
    ]


def test_a_unit_sold_off_and_a_company_delisted_are_events_of_their_own() -> None:
    doc = document(
        "Huaxin Pharmaceutical booked a gain on selling its stake in Proteologix. Dongfang Auto was delisted on "
        "August 28 together with its convertible bonds."
    )
    found = [(e.event_type, str(e.agent).split("/")[1], e.object_label) for e in _events(doc)]
    assert found == [
        (EventType.OTHER, "huaxin-pharmaceutical", "Proteologix"),
        (EventType.OTHER, "dongfang-auto", "Dongfang Auto"),
    ]


def test_a_company_back_in_profit_passed_a_milestone() -> None:
    doc = document(
        "Xiangyun Foods swung to a profit of 39.32 million yuan. Dongbei Agri earned 355 million yuan, reversing a "
        "loss. Revenue at Nanhu Farming rose 5%."
    )
    found = [(e.event_type, str(e.agent).split("/")[1]) for e in _events(doc)]
    assert found == [(EventType.MILESTONE, "xiangyun-foods"), (EventType.MILESTONE, "dongbei-agri")]


def test_an_authority_that_approved_counted_things_approved_them() -> None:
    doc = document("The China Securities Regulatory Commission approved 1,306 domestic online games in 2024.")
    found = [(e.event_type, e.agent, e.object_label) for e in _events(doc)]
    assert found == [(EventType.APPROVAL, "organization/csrc", "1,306 domestic online games")]


def test_a_clause_that_refers_back_before_any_name_buys_what_it_names_after() -> None:
    doc = document(
        "Jiangxi Copper reported higher profit. At the end of 2024 it paid 15.7 billion yuan for 88.65% of Zhongjin "
        "Lingnan Nonfemet. Sanhua Intelligent Controls agreed to pay 6.6 billion yuan for 21.12 percent of Hangzhou "
        "Robam Appliances. Zijin Mining agreed to buy 24.82% of Zangge Mining, a deal that will make it the "
        "controlling shareholder."
    )
    events = _events(doc, _money(doc, "15.7 billion yuan", "6.6 billion yuan"))
    found = {(e.event_type, str(e.agent).split("/")[1], str(e.object).split("/")[1]) for e in events}
    assert (EventType.ACQUISITION, "jiangxi-copper", "zhongjin-lingnan-nonfemet") in found
    assert (EventType.ACQUISITION, "sanhua-intelligent-controls", "robam-appliances") in found
    assert (EventType.CONTROL_CHANGE, "zijin-mining", "zangge-mining") in found


def test_a_payout_the_facts_state_without_a_dividend_word_is_its_payers_dividend() -> None:
    found = extract(document(
        "A-share companies in the first three quarters\nListed companies announced 760 billion yuan in interim "
        "dividends. Shanghai-listed companies accounted for over 630 billion yuan. Shenzhen-listed companies "
        "contributed 129.112 billion yuan."))
    labels = {found.entity(e.agent or "").label for e in found.entities  # type: ignore[union-attr]
              if isinstance(e, Event) and e.event_type is EventType.DIVIDEND}
    assert {"Shanghai-listed companies", "Shenzhen-listed companies"} <= labels


def test_a_plan_to_absorb_a_company_is_its_acquisition_and_the_deal_value_is_the_buyers() -> None:
    found = extract(document(
        "Chip designers in 2025\nOn June 9 Corelink unveiled a plan to absorb Zentra through a share swap, in a deal "
        "valued at 115.967 billion yuan."))
    (deal,) = [e for e in found.entities if isinstance(e, Event) and e.event_type is EventType.ACQUISITION]
    assert (found.entity(deal.agent or "").label, found.entity(deal.object or "").label) == (  # type: ignore[union-attr]
        "Corelink", "Zentra")
    (value,) = [f for f in found.facts if f.quantity.span.text == "115.967 billion yuan"]
    assert value.measure == "transaction_amount" and found.entity(value.subject or "").label == "Corelink"  # type: ignore[union-attr]


def test_a_park_a_company_would_build_is_its_planned_investment_and_gross_proceeds_are_financing() -> None:
    found = extract(document(
        "STAR companies in 2022\nTrina Solar announced in June that it would build a zero-carbon industrial park in "
        "Qinghai. Jinko Solar began trading after selling 2 billion shares at 5 yuan each for gross proceeds of about "
        "10 billion yuan."))
    events = {e.event_type: e for e in found.entities if isinstance(e, Event)}
    plan = events[EventType.INVESTMENT_PLAN]
    assert plan.status is Status.PLANNED and plan.object_label.startswith("a zero-carbon industrial park")
    assert found.entity(events[EventType.FINANCING].agent or "").label == "Jinko Solar"  # type: ignore[union-attr]


def test_a_target_bought_by_its_shares_or_after_its_country_is_a_company_and_an_asset_is_an_object() -> None:
    found = extract(document(
        "Miners in 2024\nHenglu Mining earned 3 billion yuan. In March it agreed to buy 157,141,100 shares of Ardgold "
        "for about 18 million dollars. On April 16 it agreed to buy Canada's Lumera Ores for 420 million dollars.\n"
        "Taihe Copper has bought 65% of the Kabwe copper project in Zambia. Qinling Port plans to buy 80% of parent "
        "Qinling Group's Jiangsu unit. Ruida Eye Hospital announced the purchase of stakes in 35 hospitals. Donghai "
        "Express completed the purchase of the assets of its Yiwu transfer centre. Nova Semicon moved to buy the "
        "remaining 72.33% of its loss-making subsidiary Xinyue Micro."))
    labels = {e.label for e in found.entities}
    assert {"Ardgold", "Lumera Ores"} <= labels and "Canada" not in labels
    deals = {(found.entity(e.agent or "").label, e.object_label)  # type: ignore[union-attr]
             for e in found.entities if isinstance(e, Event) and e.event_type is EventType.ACQUISITION}
    assert deals == {
        ("Henglu Mining", "Ardgold"),
        ("Henglu Mining", "Lumera Ores"),  # "it" twice: the second refers back through the first
        ("Taihe Copper", "Kabwe copper project in Zambia"),
        ("Qinling Port", "Qinling Group's Jiangsu unit"),
        ("Ruida Eye Hospital", "35 hospitals"),
        ("Donghai Express", "assets of its Yiwu transfer centre"),
        ("Nova Semicon", "Xinyue Micro"),
    }
    (shares,) = [f for f in found.facts if f.quantity.span.text.startswith("157,141,100")]
    assert found.entity(shares.subject or "").label == "Henglu Mining"  # type: ignore[union-attr]


def test_authorities_approve_the_company_bought_or_the_deal_told_last_and_shareholders_their_company() -> None:
    found = extract(document(
        "Brokers in 2024\nHengtai Securities agreed to absorb Donghai Securities in a share swap. The Shanghai "
        "government approved the merger on October 15.\nOn August 14 the China Securities Regulatory Commission "
        "approved Xibei Securities as the main shareholder of Guoyuan Securities. On August 22 the regulator cleared "
        "Jinxin Securities' purchase of 96.08 percent of Wanjia Securities.\nLianhe Securities plans to acquire "
        "Minxin Securities. Its shareholders approved the deal on September 4.\nTaiping Motors earned 3 billion "
        "yuan. Shareholders approved a plan to buy back 400 million yuan of shares."))
    approvals = {(found.entity(e.agent or "").label, found.entity(e.object or "").label)  # type: ignore[union-attr]
                 for e in found.entities if isinstance(e, Event) and e.event_type is EventType.APPROVAL}
    assert approvals == {
        ("Shanghai government", "Donghai Securities"),
        ("China Securities Regulatory Commission", "Guoyuan Securities"),
        ("China Securities Regulatory Commission", "Wanjia Securities"),  # "the regulator" named before
        ("Lianhe Securities", "Minxin Securities"),
    }


def test_a_drug_licensed_out_a_line_being_built_money_invested_in_capacity_and_a_plant_opened() -> None:
    found = extract(document(
        "Drugmakers and panel makers in 2025\nHansun Pharmaceutical licensed its weight-loss drug HS-20094 to "
        "Regeron in June for $80 million upfront. Hengyang Pharmaceuticals went further, granting Glaxon rights to "
        "the respiratory drug HRS-9821 for $500 million upfront.\nBeiyang Display is also building China's first "
        "8.6-generation AMOLED line in Chengdu. Yixin Energy earned 4 billion yuan. It opened a 60 GWh storage plant "
        "in Jingmen and plans to invest 3.277 billion yuan in storage capacity in Malaysia."))
    events = {(e.event_type, found.entity(e.agent or "").label, e.object_label)  # type: ignore[union-attr]
              for e in found.entities if isinstance(e, Event)}
    assert (EventType.OTHER, "Hengyang Pharmaceuticals", "HRS-9821") in events  # a product named: its label
    assert any(t is EventType.OTHER and a == "Hansun Pharmaceutical" and "HS-20094" in o for t, a, o in events)
    line = "China's first 8.6-generation AMOLED line in Chengdu"
    assert (EventType.INVESTMENT_PLAN, "Beiyang Display", line) in events
    assert (EventType.INVESTMENT_PLAN, "Yixin Energy", "storage capacity in Malaysia") in events
    assert (EventType.MILESTONE, "Yixin Energy", "a 60 GWh storage plant in Jingmen") in events


def test_a_stake_bought_from_its_holder_a_target_after_its_country_and_a_board_that_has_proposed() -> None:
    found = extract(document(
        "Cement makers in 2024\nOn December 1 Huayang agreed to buy Holtem's 83.81% stake in Nigeria's Lafarj "
        "Africa. In July Tianshui said its unit Sinoda Cement would buy 100% of Tunisia's CJQ.\nWanhui Cement "
        "earned 7.7 billion yuan. The board has proposed a dividend of 0.71 yuan per share."))
    labels = {e.label for e in found.entities}
    assert "Tunisia" not in labels
    events = {(e.event_type, found.entity(e.agent or "").label, e.object_label)  # type: ignore[union-attr]
              for e in found.entities if isinstance(e, Event)}
    assert (EventType.ACQUISITION, "Huayang", "Lafarj Africa") in events
    assert (EventType.ACQUISITION, "Sinoda Cement", "CJQ") in events
    assert any(t is EventType.DIVIDEND and a == "Wanhui Cement" for t, a, _ in events)


def test_money_lent_is_the_lenders_financing_and_companies_that_each_distributed_a_sum_pay_dividends() -> None:
    found = extract(document(
        "Buybacks in 2024\nYuanhai Shipping said on October 21 that it would buy back shares for 1 billion yuan, and "
        "the Shanghai branch of Huaxia Commercial Bank agreed to lend it up to 300 million yuan.\nBeiyuan Materials, "
        "Yingda Biotech and Qingshan Technology each distributed more than 100 million yuan over the year."))
    events = {(e.event_type, found.entity(e.agent or "").label, e.object_label)  # type: ignore[union-attr]
              for e in found.entities if isinstance(e, Event)}
    assert (EventType.FINANCING, "Huaxia Commercial Bank", "Yuanhai Shipping") in events
    payers = {a for t, a, _ in events if t is EventType.DIVIDEND}
    assert {"Beiyuan Materials", "Yingda Biotech", "Qingshan Technology"} <= payers


def test_deals_told_after_a_plan_a_unit_named_for_its_place_control_won_and_approvals_received() -> None:
    found = extract(document(
        "Chipmakers in 2025\nOn June 9 Xinhai set out a share-swap plan to absorb Dawei, its largest shareholder. "
        "Zhongwei posted revenue of 30 billion yuan. On September 8 Zhongwei said it would issue A shares at 74.20 "
        "yuan each to buy the 49% of Zhongwei South held by five investors. In March Beifang agreed to buy 9.49% of "
        "Kingwell for 1.687 billion yuan, giving it control with 17.87%.\nMingxin Technologies earned 1 billion "
        "yuan. On August 27 the stock touched 1,464.98 yuan, overtaking Kweichow Moutai. Its plan to raise 4 billion "
        "yuan cleared the Shanghai Stock Exchange on August 15 and was registered by the China Securities "
        "Regulatory Commission on September 5."))
    labels = {e.label for e in found.entities}
    assert {"Zhongwei", "Zhongwei South", "Dawei"} <= labels  # a unit named for its place is no other spelling
    events = {(e.event_type, found.entity(e.agent or "").label, e.object_label)  # type: ignore[union-attr]
              for e in found.entities if isinstance(e, Event)}
    assert (EventType.ACQUISITION, "Xinhai", "Dawei") in events
    assert (EventType.ACQUISITION, "Zhongwei", "Zhongwei South") in events
    assert {(EventType.ACQUISITION, "Beifang", "Kingwell"), (EventType.CONTROL_CHANGE, "Beifang", "Kingwell")} <= events
    # "the stock" refers back past the company it overtook: the plan and its approvals are Mingxin's
    assert (EventType.FINANCING, "Mingxin Technologies", "Mingxin Technologies") in events
    approvers = {a for t, a, o in events if t is EventType.APPROVAL and o == "Mingxin Technologies"}
    assert approvers == {"China Securities Regulatory Commission"}  # what "cleared" the exchange is left alone


def test_a_project_told_as_its_own_subject_is_its_companys_milestone_or_plan() -> None:
    found = extract(document(
        "Chemical makers in 2024\nDonghai Chemical said revenue rose 2% to 182 billion yuan. Its 1.6 million-tonne "
        "resin and new materials project reached full operation. A 700,000-tonne MDI expansion in Fujian, due in "
        "the second quarter of 2026, will take MDI capacity to 4.5 million tonnes.\nAbroad, the first phase of its "
        "anode project in Indonesia was completed and put into production by August 2024. A 50,000-tonne cathode "
        "plant in Morocco is under construction. Revenue rose and a new plant opened in May."))
    events = {(e.event_type, found.entity(e.agent or "").label, e.object_label, e.status)  # type: ignore[union-attr]
              for e in found.entities if isinstance(e, Event)}
    done, planned = Status.COMPLETED, Status.PLANNED
    assert {
        (EventType.MILESTONE, "Donghai Chemical", "1.6 million-tonne resin and new materials project", done),
        (EventType.INVESTMENT_PLAN, "Donghai Chemical", "700,000-tonne MDI expansion in Fujian", planned),
        (EventType.MILESTONE, "Donghai Chemical", "first phase of its anode project in Indonesia", done),
        (EventType.INVESTMENT_PLAN, "Donghai Chemical", "50,000-tonne cathode plant in Morocco", planned),
        (EventType.MILESTONE, "Donghai Chemical", "new plant", done),  # "and" starts a clause, not a project
    } <= events


def test_a_payout_per_share_told_without_its_payer_is_the_paragraphs_company() -> None:
    found = extract(document(
        "STAR Market companies in 2024\nSTAR Market companies earned 100 billion yuan in 2024.\nZhongmei Energy "
        "earned 19.3 billion yuan, down 8%. A final dividend of 3.47 yuan per 10 shares takes the payout ratio to "
        "a record 55%."))
    payers = {found.entity(e.agent or "").label  # type: ignore[union-attr]
              for e in found.entities if isinstance(e, Event) and e.event_type is EventType.DIVIDEND}
    assert payers == {"Zhongmei Energy"}


def test_a_short_capitalised_first_word_is_its_company_and_shares_issued_or_sold_at_a_price_are_financing() -> None:
    found = extract(document(
        "Listings in 2024\nJF Logistics earned 10 billion yuan. On November 27 JF began trading in Hong Kong after "
        "selling H shares at HK$34.30 each, raising HK$5.83 billion. Zhonghe Power led with 14 billion yuan, "
        "selling 1,684,717,207 shares at 8.31 yuan each. Huadian Energy came second with 12 billion yuan, issuing "
        "2,390,438,247 A shares to its parent."))
    (jf,) = [e for e in found.entities if isinstance(e, Company) and e.label == "JF Logistics"]
    assert "JF" in {m.text for m in jf.mentions}
    raisers = {found.entity(e.agent or "").label  # type: ignore[union-attr]
               for e in found.entities if isinstance(e, Event) and e.event_type is EventType.FINANCING}
    assert {"JF Logistics", "Zhonghe Power", "Huadian Energy"} <= raisers


def test_payouts_of_a_company_referred_to_across_a_paragraph_or_told_after_another_companys() -> None:
    found = extract(document(
        "Makers in 2024\nGeming Acoustics earned 2.7 billion yuan.\nSmart hardware shrank 2.57% to 57.199 billion "
        "yuan. It plans to pay 1.50 yuan for every 10 shares.\nHuayang Auto earned 6.69 billion yuan. Customers "
        "outside Shangqi Motor supplied 62.2% of revenue. The company plans to pay 8.00 yuan for every 10 shares.\n"
        "Guangda Securities distributed 590 million yuan on November 28, and Yinhe Securities will pay 0.84 yuan per "
        "10 shares on January 21. Zhongxing Maps proposed 1.3 yuan in cash per 10 shares."))
    payers = {found.entity(e.agent or "").label  # type: ignore[union-attr]
              for e in found.entities if isinstance(e, Event) and e.event_type is EventType.DIVIDEND}
    assert payers == {"Geming Acoustics", "Huayang Auto", "Guangda Securities", "Yinhe Securities", "Zhongxing Maps"}


def test_a_sum_to_spend_on_work_on_something_is_a_plan_for_it() -> None:
    doc = document("Emei Shan Tourism plans to spend 350 million yuan upgrading the Jinding cableway, due in 2026.")
    events = _events(doc, _money(doc, "350 million yuan"))
    assert [(e.event_type, e.object_label) for e in events] == [(EventType.INVESTMENT_PLAN, "Jinding cableway")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Anhui Fulede Technology is paying 6.55 billion yuan for all of Jiangsu Fulehua Semiconductor.",
         "Jiangsu Fulehua Semiconductor"),
        ("Seres Group paid 5 billion yuan for part of Seres Automobile.", "Seres Automobile"),
    ],
)
def test_paying_for_all_or_part_of_a_company_acquires_it(text: str, target: str) -> None:
    doc = document(text)
    events = _events(doc, _money(doc, "6.55 billion yuan" if "6.55" in text else "5 billion yuan"))
    assert [(e.event_type, e.object_label) for e in events if e.event_type is EventType.ACQUISITION] == [
        (EventType.ACQUISITION, target)]


@pytest.mark.parametrize(
    ("text", "buyer", "sold"),
    [
        ("Lanting Biotech earned 1.2 billion yuan. Founder Wu Ping agreed to sell a 6 percent stake to Qiushi "
         "Holdings at 88.10 yuan a share.", "Qiushi Holdings", "Lanting Biotech"),
        ("Lanting Biotech earned 1.2 billion yuan. Founder Wu Ping will sell 6% of the company to Qiantang Group's "
         "affiliate Hangzhou Qiushi.", "Hangzhou Qiushi", "Lanting Biotech"),
        ("Haiyun Shipping earned 3 billion yuan, and it plans to sell its tanker assets to Donghai Holdings.",
         "Donghai Holdings", "Haiyun Shipping"),
    ],
)
def test_a_stake_or_business_sold_to_a_named_buyer_is_the_buyers_acquisition(text: str, buyer: str, sold: str) -> None:
    found = extract(document(text))
    deals = [(found.entity(e.agent or "").label, e.object_label)  # type: ignore[union-attr]
             for e in found.entities if isinstance(e, Event) and e.event_type is EventType.ACQUISITION]
    assert deals == [(buyer, sold)]


def test_a_company_going_on_about_itself_after_naming_another_is_the_agent_and_taken_over_is_bought() -> None:
    found = extract(document(
        "Lanxin Motor earned 2 billion yuan. By the end of May, Lanxin Motor had taken over a 12% stake in Huawei's "
        "unit Shenzhen Qiming Intelligent, agreed at 4.5 billion yuan, and on June 3 it applied to list H shares on "
        "the Hong Kong stock exchange."))
    kinds = {(e.event_type, found.entity(e.agent or "").label)  # type: ignore[union-attr]
             for e in found.entities if isinstance(e, Event)}
    assert kinds == {(EventType.ACQUISITION, "Lanxin Motor"), (EventType.SHARE_ISSUE_APPLICATION, "Lanxin Motor")}


def test_a_source_that_counts_others_is_no_agent_of_what_they_did() -> None:
    found = extract(document("Payouts grew.\nData provider Wenhua counted 640 companies that had declared "
                             "interim dividends by September 5."))
    agents = {found.entity(e.agent or "").label  # type: ignore[union-attr]
              for e in found.entities if isinstance(e, Event) and e.agent}
    assert "Wenhua" not in agents


def test_a_bond_sale_told_with_a_decimal_amount_and_money_raised_besides_are_both_events() -> None:
    found = extract(document(
        "Qingfeng Materials, a polyester maker, sold 2.7 billion yuan of six-year convertible bonds. Lanshan Power has "
        "raised nearly 70 billion yuan and issued 4.5 billion yuan of corporate bonds since it listed."))
    kinds = [(e.event_type, found.entity(e.agent or "").label, e.object_label)  # type: ignore[union-attr]
             for e in found.entities if isinstance(e, Event)]
    assert (EventType.BOND_ISSUE, "Qingfeng Materials", "convertible bonds") in kinds
    assert {k[0] for k in kinds if k[1] == "Lanshan Power"} == {EventType.BOND_ISSUE, EventType.FINANCING}


def test_a_sum_to_spend_is_no_plan_for_a_date() -> None:
    found = extract(document("Qingfeng Machinery plans to spend 1.8 billion to 3.6 billion yuan at up to 13 yuan a "
                             "share, and on May 27 its shareholders backed a buyback."))
    assert not [e for e in found.entities if isinstance(e, Event) and e.event_type is EventType.INVESTMENT_PLAN]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tianhe Apparel became the first issuer to default on May 17, 2024.",
        "Qingfeng Materials missed principal and interest when its bonds matured.",
        "Qingfeng Materials decided to redeem its 8 billion yuan of bonds early.",
        "Qingfeng Materials lowered its conversion price to 20.40 yuan from 24.00 yuan.",
    ],
)
def test_a_default_an_early_redemption_or_a_conversion_price_cut_is_the_companys_event(sentence: str) -> None:
    found = extract(document(sentence))
    events = [e for e in found.entities if isinstance(e, Event)]
    assert [(e.event_type, e.agent == e.object) for e in events] == [(EventType.OTHER, True)]


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("Lanshan Power earned 4 billion yuan. On March 31 it announced a 17 billion yuan investment in a Zhundong "
         "coal-to-gas project.", "a Zhundong coal-to-gas project"),
        # a plan for a year, whose project is no "2025"
        ("Lanshan Grid earned 4 billion yuan, and it plans to spend more than 650 billion yuan in 2025.", ""),
        # a sum announced for a plant, a plant being built, a sum to spend on adding capacity
        ("Lanshan Tyre earned 4 billion yuan. In January it announced another 774 million yuan for its Cambodian "
         "plant.", "Cambodian plant"),
        ("Lanshan Tyre earned 4 billion yuan. In Vietnam, Lanshan Tyre is building a US$228 million plant for 6 "
         "million tires a year.", "a US$228 million plant"),
        ("Lanshan Tyre earned 4 billion yuan. It will spend another 4.62 billion yuan, or US$645 million, to add 1.1 "
         "million tires a year in Serbia.", ""),
    ],
)
def test_an_investment_announced_or_a_years_spending_planned_is_an_investment_plan(text: str, project: str) -> None:
    found = extract(document(text))
    plans = [e.object_label for e in found.entities if isinstance(e, Event)
             and e.event_type is EventType.INVESTMENT_PLAN]
    assert plans == [project]


@pytest.mark.parametrize(
    ("text", "bought"),
    [
        ("Lanshan Eye Hospital earned 3 billion yuan. It acquired 87 medical institutions during the year.",
         "87 medical institutions"),
        ("Lanshan Healthcare lost money. In April it launched a plan to buy stakes in 19 check-up centres.",
         "19 check-up centres"),
    ],
)
def test_things_bought_by_the_number_are_the_buyers_acquisition(text: str, bought: str) -> None:
    found = extract(document(text))
    deals = [(e.object_label, e.status) for e in found.entities if isinstance(e, Event)
             and e.event_type is EventType.ACQUISITION]
    assert deals == [(bought, Status.PLANNED if "plan" in text else Status.COMPLETED)]


def test_the_money_a_bond_raises_is_no_financing_besides_it() -> None:
    doc = document("In bonds, Lanshan Power issued the first sci-tech corporate bond of a central enterprise at a "
                   "coupon of 2.2%, successfully raising 2.5 billion yuan.")
    kinds = [e.event_type for e in _events(doc, _money(doc, "2.5 billion yuan"))]
    assert kinds == [EventType.BOND_ISSUE]
