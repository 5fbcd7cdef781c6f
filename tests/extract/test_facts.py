"""The fact linker on invented report sentences: subject, measure, period, base, coordination."""

from __future__ import annotations

from decimal import Decimal

import pytest

from finkg.check import check
from finkg.extract import extract
from finkg.extract.measures import counted_measure
from finkg.read import structure
from finkg.records import Cohort, CohortBasis, Company, Extraction, Fact, Kind


def _extract(text: str) -> Extraction:
    return check(extract(structure(text, doc_id="t", source="t.txt")))


def _fact(extraction: Extraction, surface: str) -> Fact:
    return next(f for f in extraction.facts if f.quantity.span.text.endswith(surface))


def _label(extraction: Extraction, fact: Fact) -> str:
    entity = extraction.entity(fact.subject or "")
    assert entity is not None, fact
    return entity.label


REPORT = (
    "Overview of the 2023 results of ChiNext companies\n"
    "As of April 30, 2024, all 1,333 companies on ChiNext had published their 2023 annual reports. "
    "In 2023, ChiNext companies achieved total revenue of 4.13 trillion yuan, an increase of 3.6% over the "
    "previous year; net profit was 240.2 billion yuan. "
    "Of these, 58 companies grew net profit by more than 100%. "
    "Nearly 90 new energy companies achieved revenue of 512.7 billion yuan, up 8.1% year on year. "
    "Revenue and net profit of battery companies rose 12.5% and 4.2%, respectively.\n"
    "Sungrow Power and Zhongji Innolight reported net profit of 9.4 billion yuan and 2.2 billion yuan respectively.\n"
)


@pytest.fixture(scope="module")
def report() -> Extraction:
    return _extract(REPORT)


def test_the_population_is_the_board_the_report_is_about(report: Extraction) -> None:
    revenue = _fact(report, "4.13 trillion yuan")
    assert (revenue.measure, revenue.period, revenue.kind) == ("revenue", "FY2023", Kind.LEVEL)
    population = report.entity(revenue.subject or "")
    assert isinstance(population, Cohort) and population.size == Decimal(1333)


def test_a_change_modifies_the_level_of_its_clause(report: Extraction) -> None:
    revenue, change = _fact(report, "4.13 trillion yuan"), _fact(report, "3.6%")
    assert (change.kind, change.measure, change.subject, change.base) == (
        Kind.CHANGE_PCT, "revenue", revenue.subject, revenue.id)


def test_ellipsis_keeps_the_subject_of_the_clause_before(report: Extraction) -> None:
    assert _fact(report, "240.2 billion yuan").subject == _fact(report, "4.13 trillion yuan").subject
    assert _fact(report, "240.2 billion yuan").measure == "net_profit"


def test_of_these_makes_a_sub_cohort_of_the_previous_sentences_cohort(report: Extraction) -> None:
    count = _fact(report, "58 companies")
    cohort = report.entity(count.subject or "")
    assert isinstance(cohort, Cohort) and cohort.size == 58
    assert cohort.parent == _fact(report, "4.13 trillion yuan").subject
    threshold = _fact(report, "more than 100%")
    assert (threshold.subject, threshold.measure, threshold.kind) == (count.subject, "net_profit", Kind.CHANGE_PCT)


def test_a_counted_sector_cohort_is_the_subject_of_its_figures(report: Extraction) -> None:
    count = _fact(report, "Nearly 90 new energy companies")
    cohort = report.entity(count.subject or "")
    assert isinstance(cohort, Cohort) and cohort.size == 90 and cohort.sector is not None
    assert _fact(report, "512.7 billion yuan").subject == count.subject
    assert _fact(report, "8.1%").measure == "revenue"


def test_respectively_pairs_measures_and_subjects_in_order(report: Extraction) -> None:
    assert [_fact(report, s).measure for s in ("12.5%", "4.2%")] == ["revenue", "net_profit"]
    assert _label(report, _fact(report, "9.4 billion yuan")) == "Sungrow Power"
    assert _label(report, _fact(report, "2.2 billion yuan")) == "Zhongji Innolight"


def test_fact_ids_follow_the_text(report: Extraction) -> None:
    starts = [f.quantity.span.start for f in report.facts]
    assert starts == sorted(starts)
    assert [f.id for f in report.facts] == [f"q{i + 1}" for i in range(len(report.facts))]


@pytest.mark.parametrize(
    ("sentence", "surface", "period"),
    [
        ("By the end of 2023, the board had 120,000 R&D personnel.", "R&D personnel", "end-2023"),
        ("Revenue grew at a compound rate of 12% from 2020 to 2023.", "12%", "2020-2023"),
        ("Since listing, their revenue grew 150%.", "150%", "since-listing"),
        ("In the fourth quarter of 2023, net profit rose 7%.", "7%", "Q4-2023"),
        ("Up to now, 30 companies have joined the index.", "30 companies", "to-date"),
        ("Fourth-quarter revenue jumped 52.66% to 274.85 billion yuan.", "274.85 billion yuan", "Q4-2023"),
        ("Profits picked up in the third quarter. Net profit for the quarter alone rose 4.9% year on year and "
         "3.9% on the second quarter.", "3.9%", "Q3-2023"),
        ("In all, 88 companies announced cash dividend plans with their third-quarter reports.", "88 companies",
         "Q1-Q3-2023"),
        ("It swung to a net loss of 8.6 billion yuan from a profit of 10.751 billion yuan.", "10.751 billion yuan",
         "FY2022"),
        ("In the second half of 2023, 20 companies listed, against 15 a year earlier.", "15", "H2-2022"),
        ("Of the 452 companies in the campaign, 232 had bought back shares since it began.", "232", "to-date"),
        # what the market did over the year, told without a day, is the year's; money raised to date is not
        ("Of those 52, 38 were forced out because their shares closed below face value.", "38", "FY2023"),
        ("Only 17 companies raised more than 1 billion yuan each.", "17 companies", "FY2023"),
        ("Together they had raised more than 850 billion yuan since the board opened.", "850 billion yuan",
         "to-date"),
        # goods moved or sold are the period's, unless told as a total reached by now
        ("The carrier moved 25.94 million TEU, 10.1% more than a year earlier.", "25.94 million TEU", "FY2023"),
        # a month the clause is about dates its figures; one that dates the telling or a side clause does not
        ("In December, Huaxin Airlines sold 854 million new A shares at 7.02 yuan each.", "7.02 yuan", "2023-12"),
        ("Dongshan Coal, whose mines were shut by an accident in January 2023, saw net profit fall 41.41%.",
         "41.41%", "FY2023"),
        ("In January it had forecast net profit of 1.6 billion yuan.", "1.6 billion yuan", "FY2023"),
        ("August was especially busy, with 15 new deals worth 2.4 billion yuan.", "2.4 billion yuan", "2023-08"),
        ("By December 31, 2023, Ningde Power had a 45.08% market share, ranking first.", "45.08%", "FY2023"),
        ("By December 31, 2023, Ningde Power had a 45.08% market share, ranking first.", "ranking first", "FY2023"),
    ],
)
def test_periods(sentence: str, surface: str, period: str) -> None:
    text = f"STAR Market companies in 2023\nIn 2023, STAR Market companies had revenue of 1 trillion yuan. {sentence}\n"
    assert _fact(_extract(text), surface).period == period


def test_a_years_results_set_the_paragraphs_year() -> None:
    text = (
        "STAR Market mergers pass 130 deals\nSHANGHAI, December 26, 2025\nIn 2025, 30 deals were done.\nThe 586 "
        "companies on the board reported combined 2024 revenue of 1,422 billion yuan. Nearly 70% of them grew their "
        "revenue.\n"
    )
    assert _fact(_extract(text), "Nearly 70%").period == "FY2024"


NEWS = (
    "Sunward Motors posts record 2024 results\n"
    "Sunward Motors Co., Ltd. reported that its revenue for 2024 rose 21.5% year on year to 412.3 billion yuan, "
    "while net profit attributable to shareholders reached 18.4 billion yuan, up 12% from a year earlier.\n"
    "The company sold 2.1 million vehicles in 2024, an increase of 33%. R&D expenses were 25.6 billion yuan, "
    "accounting for 6.2% of revenue. Total dividends were about 5.5 billion yuan, or 30% of net profit.\n"
    "Sunward Motors plans to acquire a 20% stake in a battery maker for 1.8 billion yuan.\n"
)


@pytest.fixture(scope="module")
def news() -> Extraction:
    return _extract(NEWS)


def test_company_news_keeps_its_company_across_paragraphs(news: Extraction) -> None:
    labels = {_label(news, f) for f in news.facts if f.quantity.unit != "date"}
    assert labels == {"Sunward Motors"}


def test_a_change_before_its_level_points_forward(news: Extraction) -> None:
    change, level = _fact(news, "21.5%"), _fact(news, "412.3 billion yuan")
    assert (level.measure, change.measure, change.base) == ("revenue", "revenue", level.id)
    assert _fact(news, "18.4 billion yuan").measure == "net_profit"


@pytest.mark.parametrize(
    ("surface", "measure", "kind"),
    [
        ("2.1 million vehicles", "units_shipped", Kind.COUNT),
        ("33%", "units_shipped", Kind.CHANGE_PCT),
        ("6.2%", "rd_intensity", Kind.LEVEL),
        ("about 5.5 billion yuan", "cash_dividends", Kind.LEVEL),
        ("30%", "dividend_payout_ratio", Kind.LEVEL),
        ("20%", "stake_acquired", Kind.SHARE),  # "plans to acquire a 20% stake"
        ("1.8 billion yuan", "transaction_amount", Kind.LEVEL),
    ],
)
def test_news_measures(news: Extraction, surface: str, measure: str, kind: Kind) -> None:
    fact = _fact(news, surface)
    assert (fact.measure, fact.kind) == (measure, kind)


HALF_YEAR = (
    "Main Board companies in the first half of 2025\n"
    "By August 31, 2025, all 1,690 Main Board companies had released their semi-annual reports. "
    "In the first half of 2025, Main Board companies reported revenue of RMB 20.1 trillion and net profit "
    "of RMB 1.5 trillion, up 1.2% and 3.4% year on year. "
    "Net profit came to RMB 880 million per company on average. "
    "By the end of June, the companies held 88,000 invention patents.\n"
    "State-owned enterprises make up 41.5% of the companies. "
    "Among these state-owned enterprises, 80.2% made a profit.\n"
    "Jiangnan Dairy headed the ranking with revenue of RMB 52.3 billion. "
    "Its net profit was RMB 4.1 billion.\n"
)


@pytest.fixture(scope="module")
def half_year() -> Extraction:
    return _extract(HALF_YEAR)


def test_a_half_year_report_states_half_year_figures(half_year: Extraction) -> None:
    assert _fact(half_year, "RMB 20.1 trillion").period == "H1-2025"
    assert _fact(half_year, "88,000 invention patents").period == "2025-06-30"


def test_a_list_of_changes_follows_the_levels_it_changes(half_year: Extraction) -> None:
    assert (_fact(half_year, "1.2%").measure, _fact(half_year, "3.4%").measure) == ("revenue", "net_profit")


def test_a_figure_per_company_is_an_average(half_year: Extraction) -> None:
    assert _fact(half_year, "RMB 880 million").measure == "average_net_profit"


def test_a_group_sized_by_its_share_is_a_cohort_that_later_sentences_name(half_year: Extraction) -> None:
    share, part = _fact(half_year, "41.5%"), _fact(half_year, "80.2%")
    assert (share.measure, share.kind) == ("company_share", Kind.SHARE)
    assert _label(half_year, share) == "State-owned enterprises"
    assert part.subject == share.subject


def test_a_company_known_by_its_verb_owns_the_figures_its_pronoun_refers_to(half_year: Extraction) -> None:
    assert _label(half_year, _fact(half_year, "RMB 52.3 billion")) == "Jiangnan Dairy"
    assert _label(half_year, _fact(half_year, "RMB 4.1 billion")) == "Jiangnan Dairy"


def test_a_currency_code_is_no_company() -> None:
    extraction = _extract("Net profit attributable to shareholders of the parent of RMB 43.3 billion rose 5%.")
    assert not any(e.label == "RMB" for e in extraction.entities)


def test_a_bracketed_figure_after_a_name_is_like_the_one_before() -> None:
    extraction = _extract(
        "Revenue of SZSE companies grew 11.7%. ChiNext companies led with an increase of 24.0%, "
        "ahead of the SME Board (16.3%).")
    bracketed = _fact(extraction, "16.3%")
    assert (bracketed.kind, bracketed.measure) == (Kind.CHANGE_PCT, "revenue")


def test_industry_groups_named_by_their_firms_take_gapped_changes() -> None:
    extraction = _extract(
        "In 2024, Main Board companies achieved net profit of RMB 4.1 trillion. Among industries, "
        "home appliance makers raised net profit by 7.1% and carmakers by 11.1%.")
    makers, cars = _fact(extraction, "7.1%"), _fact(extraction, "11.1%")
    assert (cars.kind, cars.measure) == (Kind.CHANGE_PCT, "net_profit")
    assert {_label(extraction, makers), _label(extraction, cars)} == {"home appliance makers", "carmakers"}


def test_the_boards_figures_are_the_populations_and_shares_held_are_holdings() -> None:
    extraction = _extract(
        "In 2024, BSE companies reported revenue of RMB 180 billion. BTR spent the most on R&D, RMB 772 million. "
        "Over three years the board's total R&D investment rose to RMB 8.2 billion. "
        "Investment funds held 2.4% of the board's shares.")
    population = _fact(extraction, "RMB 180 billion").subject
    assert _fact(extraction, "RMB 8.2 billion").subject == population
    assert _fact(extraction, "2.4%").measure == "holding_share"


def test_a_company_report_keeps_its_company_across_paragraphs_and_short_names() -> None:
    extraction = _extract(
        "Chipmakers' 2024 results\n"
        "Cambricon Technologies reported revenue of 1.174 billion yuan in 2024, up 65.56%.\n"
        "The turnaround came late: fourth-quarter revenue jumped 75.51% to 989 million yuan, and Cambricon "
        "made its first quarterly profit. Revenue fell to 1.1 billion yuan from 1.2 billion yuan a year earlier.\n")
    q4, year_before = _fact(extraction, "989 million yuan"), _fact(extraction, "1.2 billion yuan")
    assert _label(extraction, q4) == "Cambricon Technologies" and q4.period == "Q4-2024"
    assert year_before.period == "FY2023"
    assert sum(e.label.startswith("Cambricon") for e in extraction.entities) == 1


def test_the_figures_named_before_take_a_list_of_growth_rates_in_order() -> None:
    extraction = _extract(
        "In 2024, ChiNext companies earned revenue of RMB 4.1 trillion and net profit of RMB 0.2 trillion. "
        "Measured from 2019, the two figures grew at compound annual rates of 8% and 6% respectively. "
        "A total of 900 companies paid dividends, and more than 70% of them distributed over 30% of their profit.")
    revenue, profit = _fact(extraction, "8%"), _fact(extraction, "6%")
    assert (revenue.measure, profit.measure) == ("revenue", "net_profit")
    assert (revenue.kind, profit.kind, profit.period) == (Kind.CAGR, Kind.CAGR, "2019-2024")
    assert _fact(extraction, "30%").measure == "dividend_payout_ratio"


def test_the_whole_market_and_rates_after_growth() -> None:
    extraction = _extract(
        "In 2022, ChiNext companies reported revenue of 1.2 trillion yuan. ChiNext had the fastest net profit "
        "growth of all boards, at 11.3%. Domestic listed companies as a whole reported revenue of 71.53 trillion "
        "yuan, up 7.2%.")
    assert _fact(extraction, "11.3%").kind == Kind.CHANGE_PCT
    whole = _fact(extraction, "71.53 trillion yuan")
    assert whole.subject != _fact(extraction, "1.2 trillion yuan").subject
    assert _label(extraction, whole) == "Domestic listed companies as a whole"  # as the report names it


def test_a_company_named_like_an_institute_is_a_company_and_its_scale_is_checked() -> None:
    extraction = _extract(
        "Sino Electric Apparatus Research Institute Co., Ltd. reported operating revenue of 49 trillion yuan in 2015.")
    revenue = _fact(extraction, "49 trillion yuan")
    assert (revenue.subject or "").startswith("company/") and not revenue.plausible


def test_a_report_on_all_listed_companies_is_sized_by_its_first_count_and_groups_open_sentences() -> None:
    extraction = _extract(
        "China's listed companies in 2023: a round-up\n"
        "By April 30, 2024, 5,300 companies listed on the Shanghai, Shenzhen and Beijing stock exchanges had "
        "reported. ChiNext companies raised their revenue by 2.0%.\n"
        "Net profit came to 5.1 trillion yuan.\n"
        "Marine equipment makers, helped by new orders, increased net profit by 35%.\n")
    profit = _fact(extraction, "5.1 trillion yuan")
    population = extraction.entity(profit.subject or "")
    assert isinstance(population, Cohort) and population.size == Decimal(5300)
    assert _fact(extraction, "5,300 companies").subject == profit.subject
    assert _label(extraction, _fact(extraction, "2.0%")) == "ChiNext companies"
    assert _label(extraction, _fact(extraction, "35%")) == "Marine equipment makers"


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Its board proposed a cash dividend of 25.20 yuan for every 10 shares.", "for every 10 shares",
         "dividend_per_10_shares"),
        ("The company will pay 0.45 yuan per share.", "0.45 yuan per share", "dividend_per_share"),
        ("Basic earnings per share were 0.46 yuan per share.", "0.46 yuan per share", "earnings_per_share"),
        ("Net cash flow from operating activities rose 2% to RMB 3.91 trillion.", "RMB 3.91 trillion",
         "operating_cash_flow"),
        ("Capital expenditure came to US$7.33 billion.", "US$7.33 billion", "capital_expenditure"),
        ("Capacity utilization was 85.6% in the year.", "85.6%", "capacity_utilization"),
        ("Spending on research and development reached 1.10 trillion yuan.", "1.10 trillion yuan", "rd_investment"),
        ("Of the 19 industry sectors, 17 were profitable.", "19 industry sectors", "industry_count"),
        ("It sold 475 GWh of batteries, 21.79% more than in 2023.", "475 GWh", "units_shipped"),
        ("Excluding non-recurring items, profit rose 101.40% to 9.735 billion yuan.", "9.735 billion yuan",
         "net_profit_excl_nonrecurring"),
        ("Its first-quarter loss narrowed to 1.436 billion yuan.", "1.436 billion yuan", "net_loss"),
        ("It declared no dividend, but it spent 2 billion yuan buying back shares.", "2 billion yuan",
         "repurchase_amount"),
        ("Polysilicon prices fell by more than 39% in the year.", "39%", "selling_price"),
        ("Revenue grew 5%. Sales edged up 0.37% to 1.2345 million vehicles.", "0.37%", "units_shipped"),
        ("It again ranked first on the board for both profit and revenue.", "ranked first", "net_profit_rank"),
        ("It ranked third among the world's foundries.", "ranked third", "market_share_rank"),
        ("The number of qualified investors exceeded 9 million.", "9 million", "investor_count"),
        ("Its shares had risen 200.11% in 2025.", "200.11%", "share_price"),
        ("Their net operating cash inflow was RMB 3.91 trillion, up 2% and twice the size of their profit.", "twice",
         "operating_cash_flow"),
        ("The number of companies on the STAR Market passed 500 in 2022.", "500", "company_count"),
        ("The loss excluding non-recurring items shrank to 865 million yuan.", "865 million yuan",
         "net_loss_excl_nonrecurring"),
        ("Monthly capacity stood at 948,000 8-inch wafers.", "948,000 8-inch wafers", "monthly_capacity"),
        ("At the close on April 22 its market value was about 290.1 billion yuan.", "April 22", "as_of_date"),
        ("Sungrow will pay 10.80 yuan per 10 shares, a total of 2,210,864,285.88 yuan.", "2,210,864,285.88 yuan",
         "cash_dividends"),
        ("It sold 4.27 million vehicles, and overseas markets brought in 221.9 billion yuan.", "221.9 billion yuan",
         "overseas_revenue"),
        ("Sales of its innovative drugs rose 30.60% to 13.892 billion yuan.", "13.892 billion yuan", "product_sales"),
        ("Merck agreed to pay US$200 million upfront, with up to US$1.77 billion more in milestones.",
         "US$200 million", "upfront_payment"),
        ("Merck agreed to pay US$200 million upfront, with up to US$1.77 billion more in milestones.",
         "US$1.77 billion", "milestone_payments"),
        ("Its revenue exceeded 50 billion yuan, a milestone.", "50 billion yuan", "revenue"),
        ("The order backlog swelled 47% to 49.31 billion yuan.", "49.31 billion yuan", "order_backlog"),
        ("Domestic revenue fell 5.10%, but international sales climbed 21.28%.", "5.10%", "domestic_revenue"),
        ("Domestic revenue fell 5.10%, but international sales climbed 21.28%.", "21.28%", "overseas_revenue"),
        ("A final dividend brings cash dividends for 2024 to 7.602 billion yuan.", "7.602 billion yuan",
         "cash_dividends"),
        ("It has now signed 13 overseas licensing deals.", "13 overseas licensing deals", "deal_count"),
        # a price of a good is money per unit of it; a buyback's price and share; a dividend's sum and ratio
        ("Its realised gas price averaged 8.1 US dollars, while its coal fetched 610 yuan a tonne.",
         "8.1 US dollars", "selling_price"),
        ("Its realised gas price averaged 8.1 US dollars, while its coal fetched 610 yuan a tonne.",
         "610 yuan", "selling_price"),
        ("Its cash cost of mining averaged 310 yuan a tonne.", "310 yuan", "unit_cost"),
        ("Its buyback took in 41,000,000 A shares, or 0.21% of the total, at an average price of about 9.12 "
         "yuan.", "0.21%", "repurchased_shares"),
        ("Its buyback took in 41,000,000 A shares, or 0.21% of the total, at an average price of about 9.12 "
         "yuan.", "about 9.12 yuan", "repurchase_price"),
        ("It lifted its payout ratio by 2 percentage points to 35%, or 2.4 billion yuan.", "2.4 billion yuan",
         "cash_dividends"),
        ("It raised its payout ratio by 2 percentage points to 35%.", "35%", "dividend_payout_ratio"),
        ("A final dividend of 0.2 yuan a share, with the 0.15 yuan interim dividend, makes 0.35 yuan for the "
         "year.", "0.35 yuan", "dividend_per_share"),
        ("Capital spending was cut by 12% to 30.75 billion yuan.", "30.75 billion yuan", "capital_expenditure"),
        ("It will return 6 billion yuan, a distribution ratio of 61%.", "61%", "dividend_payout_ratio"),
        # livestock sold, a debt ratio, a profit regained and a payout said not to be made
        ("It sold 30 million hogs and 1.2 billion broilers.", "1.2 billion broilers", "units_shipped"),
        ("Its debt ratio was still 74%.", "74%", "debt_to_asset_ratio"),
        ("It returned to the black with 345 million yuan but will pay no cash dividend.", "345 million yuan",
         "net_profit"),
        ("Its hog sales rose 16.8% to 4.3 million.", "4.3 million", "units_shipped"),
        # a developer's contracted sales, debt and cash at a date, and profit a day
        ("Contracted sales dropped 34.6% to 246.02 billion yuan.", "246.02 billion yuan", "property_sales"),
        ("Its interest-bearing debt totaled 361 billion yuan, against cash of 88 billion yuan.", "361 billion yuan",
         "interest_bearing_debt"),
        ("Its interest-bearing debt totaled 361 billion yuan, against cash of 88 billion yuan.", "88 billion yuan",
         "cash_holdings"),
        ("It ended the year with 134.2 billion yuan in cash.", "134.2 billion yuan", "cash_holdings"),
        ("It earned 35.3 billion yuan, or roughly 97 million yuan a day.", "roughly 97 million yuan",
         "net_profit_per_day"),
        # a payout's ratio and its change in points, a yield, a special payout, coal mined and its average price
        ("Its dividend equals 76.5% of net profit and 1.3 percentage points more than a year before.",
         "1.3 percentage points", "dividend_payout_ratio"),
        ("It lifted the minimum payout it promises by 5 percentage points to 65%.", "65%", "dividend_payout_ratio"),
        ("Revenue fell 0.24%, 0.56 percentage points better than the 0.80% fall of the full year.",
         "0.56 percentage points", "revenue"),
        ("At the March 21 close, its A shares yielded 6.17%.", "6.17%", "dividend_yield"),
        ("It includes a special payout of 1.5 billion yuan.", "1.5 billion yuan", "cash_dividends"),
        ("It mined 170 million tonnes, but its average price dropped 8.5% to 561 yuan per tonne.",
         "170 million tonnes", "production_volume"),
        ("It mined 170 million tonnes, but its average price dropped 8.5% to 561 yuan per tonne.", "561 yuan",
         "average_selling_price"),
        # a deal's price and sum told around an apposed per-share price, dividend plans worth a sum, shares of its own
        ("It agreed to pay about 6.6 billion yuan, or 471 yuan a share, for 21.12 percent of Hualan Medical.",
         "about 6.6 billion yuan", "transaction_amount"),
        ("It agreed to pay about 6.6 billion yuan, or 471 yuan a share, for 21.12 percent of Hualan Medical.",
         "471 yuan a share", "acquisition_price_per_share"),
        ("311 companies had announced interim dividend plans worth 49.7 billion yuan.", "49.7 billion yuan",
         "cash_dividends"),
        ("It had bought back 15.9 million of its own shares for 2.7 billion yuan.", "15.9 million of its own shares",
         "repurchased_shares"),
    ],
)
def test_measures_of_company_news(sentence: str, surface: str, measure: str) -> None:
    extraction = _extract(f"Hualan Power Co., Ltd. reported its results for 2024.\n{sentence}\n")
    assert _fact(extraction, surface).measure == measure


def test_counts_of_part_of_the_companies_are_cohorts() -> None:
    extraction = _extract(
        "In 2024, 5,000 companies on the STAR Market reported. Profits were reported by 4,127 of the companies. "
        "The count found 2,947 companies with higher revenue and 2,149 with higher net profit.")
    for surface in ("4,127", "2,149"):
        fact = _fact(extraction, surface)
        cohort = extraction.entity(fact.subject or "")
        assert fact.measure == "company_count" and isinstance(cohort, Cohort) and cohort.size == Decimal(
            surface.replace(",", ""))


def test_a_board_after_a_figure_is_where_it_holds() -> None:
    extraction = _extract(
        "STAR Market companies in 2024\nIn 2024, STAR Market companies raised revenue by 3%. "
        "ChiNext companies raised revenue by 2.0%. Revenue rose 1.1% on the STAR Market and 1.88% on ChiNext.\n")
    assert _label(extraction, _fact(extraction, "1.88%")) == "ChiNext companies"
    assert _label(extraction, _fact(extraction, "1.1%")) == "STAR Market companies"


def test_companies_in_a_field_opening_a_sentence_are_the_next_sentences_subject() -> None:
    extraction = _extract(
        "Main board companies in 2022\nIn 2022, main board companies earned revenue of RMB 50 trillion.\n"
        "Companies in the real economy outperformed the board as a whole. Their revenue came to RMB 41.25 trillion.\n")
    assert _label(extraction, _fact(extraction, "RMB 41.25 trillion")) == "Companies in the real economy"


def test_counted_firms_are_named_by_their_head_noun() -> None:
    assert [counted_measure(n) for n in ("port operators", "carmakers", "steel producers", "patents")] == [
        "company_count", "company_count", "company_count", "patent_count"]


def test_a_change_after_a_span_of_years_changes_the_measure_named_before() -> None:
    extraction = _extract(
        "Over the three years from 2011 to 2013, average revenue of Main Board, SME Board and ChiNext companies "
        "grew by 36.17%, 53.04% and 56.97% respectively.")
    assert {_fact(extraction, s).measure for s in ("36.17%", "53.04%", "56.97%")} == {"average_revenue"}



def test_these_companies_are_the_group_named_last() -> None:
    extraction = _extract(
        "BSE companies in 2023\nIn 2023, BSE-listed companies earned revenue of 170 billion yuan. "
        "More than 50% of its companies are on the national list of such \"little giant\" enterprises. "
        "On average, these companies achieved operating revenue of 721 million yuan.\n")
    assert _label(extraction, _fact(extraction, "721 million yuan")) == "little giant enterprises"


def test_company_news_keeps_its_company_in_a_paragraph_that_names_none() -> None:
    extraction = _extract(
        "Chipmakers' results\nFour chip companies listed on the STAR Market reported results.\n"
        "Montage Technology saw its profit recover. Net profit rose 213% to 1.4 billion yuan.\n"
        "Growth continued into 2025: first-quarter net profit rose 135.14% to 525 million yuan.\n"
        "Cambricon Technologies reported revenue of 1.2 billion yuan.\n")
    assert _label(extraction, _fact(extraction, "525 million yuan")) == "Montage Technology"



def test_a_share_of_the_companies_is_the_groups_not_a_sub_groups() -> None:
    extraction = _extract(
        "STAR Market companies in the first half of 2021\nIn the first half of 2021, STAR Market companies "
        "reported revenue of RMB 304 billion. More than 90% of the companies increased their revenue, 56 of them "
        "doubled it, and 20% of the companies had revenue above RMB 1 billion for the half year.\n")
    assert _label(extraction, _fact(extraction, "20%")) == "STAR Market companies"


def test_a_sector_named_as_the_locus_or_owner_of_a_figure_is_its_subject() -> None:
    extraction = _extract(
        "ChiNext companies in 2024\nIn 2024, ChiNext companies achieved revenue of 4.3 trillion yuan.\n"
        "In the biomedicine sector, revenue rose 10.2% and net profit fell 8.5%.\n"
        "Revenue of the semiconductor industry grew 21% to 320 billion yuan.\n")
    assert _label(extraction, _fact(extraction, "10.2%")) == "biomedicine sector"
    assert _label(extraction, _fact(extraction, "320 billion yuan")) == "semiconductor industry"
    assert _label(extraction, _fact(extraction, "4.3 trillion yuan")) == "ChiNext companies"


def test_a_company_a_sentence_opens_at_is_its_figures_subject() -> None:
    extraction = _extract(
        "Coal miners in 2024\nListed coal miners earned less in 2024.\n"
        "At Northfield Coal Mining, a big producer of coking coal, net profit fell 41% to 2.35 billion yuan.\n")
    assert _label(extraction, _fact(extraction, "2.35 billion yuan")) == "Northfield Coal Mining"


def test_a_nested_part_does_not_become_the_paragraphs_topic() -> None:
    extraction = _extract(
        "STAR Market companies in 2024\nMore than 60% of companies paid cash dividends, of which over 290 "
        "companies paid more than 30% of net profit. Of the 586 companies, 54 were unprofitable at listing; "
        "22 of these have since turned a profit.\n")
    assert _label(extraction, _fact(extraction, "More than 60%")) == "STAR Market companies"
    part = extraction.entity(_fact(extraction, "22").subject or "")
    assert isinstance(part, Cohort) and part.size == 22 and part.parent == _fact(extraction, "54").subject


def test_sources_loci_and_amounts_of_a_named_measure() -> None:
    extraction = _extract(
        "STAR Market companies in the first half of 2024\nIn the first half of 2024, STAR Market companies "
        "reported revenue of RMB 600 billion.\nSoochow Securities put the average company's revenue at "
        "RMB 1.139 billion. On ChiNext, average profit slipped only 3.86%. Real-economy companies on its main "
        "board and the STAR Market together invested nearly RMB 430 billion. All Shanghai-listed companies earned "
        "RMB 24.94 trillion of revenue and RMB 2.36 trillion of net profit.\n")
    assert _label(extraction, _fact(extraction, "RMB 1.139 billion")) == "STAR Market companies"
    assert _fact(extraction, "RMB 1.139 billion").measure == "average_revenue"
    assert _label(extraction, _fact(extraction, "3.86%")) == "ChiNext"
    assert _fact(extraction, "3.86%").kind == Kind.CHANGE_PCT
    assert _label(extraction, _fact(extraction, "RMB 430 billion")) == "Real-economy companies"
    assert _label(extraction, _fact(extraction, "RMB 2.36 trillion")) == "All Shanghai-listed companies"
    assert _fact(extraction, "RMB 2.36 trillion").measure == "net_profit"



def test_a_deals_price_and_stake_are_the_buyers() -> None:
    extraction = _extract(
        "Hualan Power Co., Ltd. in 2024\nHualan Power Co., Ltd. has since moved to buy the remaining 72.33% of its "
        "loss-making subsidiary Xinlian Yuezhou Technology for RMB 5.897 billion.\n")
    for surface, measure in (("72.33%", "stake_acquired"), ("RMB 5.897 billion", "transaction_amount")):
        fact = _fact(extraction, surface)
        assert (_label(extraction, fact), fact.measure) == ("Hualan Power", measure)


def test_a_stake_a_unit_buys_is_its_parents() -> None:
    extraction = _extract(
        "Qinglan Medical in 2025\nQinglan Medical's revenue grew 3.5% to 1.78 billion yuan. On July 28 its Japanese "
        "unit agreed to buy 56.37% of Miron, a Tokyo-based imaging firm, for about 23.4771 million yuan.\n")
    for surface, measure in (("56.37%", "stake_acquired"), ("about 23.4771 million yuan", "transaction_amount")):
        fact = _fact(extraction, surface)
        assert (_label(extraction, fact), fact.measure) == ("Qinglan Medical", measure)


def test_ships_are_a_fleet_its_carrying_capacity_in_tonnes_and_containers_are_cargo() -> None:
    extraction = _extract(
        "Haiyun Shipping in 2025\nHaiyun Shipping had 87 LNG carriers and 52 VLCCs with 23.448 million deadweight "
        "tonnes at the end of June. It carried 13.2809 million TEU, up 6.59%. The three carriers earned 10 billion "
        "yuan.\n")
    for surface in ("87 LNG carriers", "52 VLCCs"):
        fact = _fact(extraction, surface)
        assert (_label(extraction, fact), fact.measure) == ("Haiyun Shipping", "fleet_size")
    assert _fact(extraction, "23.448 million deadweight tonnes").quantity.unit == "tonne"
    assert _fact(extraction, "13.2809 million TEU").measure == "cargo_volume"
    assert _fact(extraction, "three carriers").measure == "company_count"  # telecom carriers stay companies


def test_points_are_the_level_of_the_index_named_last_and_an_index_sells_nothing() -> None:
    extraction = _extract(
        "Beijing exchange in 2025\nThe exchange began publishing the BSE 50 index on November 21. Jilin Tangu earned "
        "100 million yuan. The index starts from 1,000 points on April 29 and moved between 919 and 1198 points. The "
        "50 members of the BSE 50 index earned combined revenue of about 58.4 billion yuan.\n")
    for surface in ("1,000 points", "1198 points"):
        fact = _fact(extraction, surface)
        assert (_label(extraction, fact), fact.measure) == ("BSE 50 index", "index_level")
    assert _fact(extraction, "about 58.4 billion yuan").measure == "revenue"


def test_a_company_estimating_its_own_results_is_their_subject_and_a_broker_estimating_others_is_not() -> None:
    extraction = _extract(
        "STAR Market companies in 2021\nSTAR Market companies earned 10 billion yuan.\n\nTrina Solar estimated in a "
        "preliminary report that first-quarter net profit would reach 211 million yuan. Guohai Securities estimated "
        "that the companies' revenue would rise 30% in 2021.\n")
    assert _label(extraction, _fact(extraction, "211 million yuan")) == "Trina Solar"
    assert _label(extraction, _fact(extraction, "30%")) != "Guohai Securities"


def test_the_price_is_of_the_good_priced_last_and_a_good_that_moves_to_a_price_is_a_commodity() -> None:
    extraction = _extract(
        "Lithium in 2025\nBattery-grade lithium carbonate averaged about 70,400 yuan a tonne in the first half. The "
        "price slipped 1.06% in the first quarter. Spodumene concentrate fell from US$845 a tonne to US$630. "
        "Wastewater volumes rose 7.90%, at an average price of 1.99 yuan a tonne, and the tap water margin widened "
        "by 6.77 points to 51.44%.\n")
    assert _label(extraction, _fact(extraction, "1.06%")) == "Battery-grade lithium carbonate"
    assert _label(extraction, _fact(extraction, "US$845")) == "Spodumene concentrate"
    assert not [e for e in extraction.entities if "volumes" in e.label.lower()]
    assert _fact(extraction, "6.77 points").measure == "gross_margin"  # a rate's points, no index's


def test_paying_for_a_stake_is_the_buyers_deal() -> None:
    extraction = _extract(
        "Hualan Medical in 2024\nLast year Hualan Medical took control of the heart-device maker Qiming Medical "
        "Technology, paying about 6.652 billion yuan for 21.12% of its shares and raising its combined stake to "
        "24.61%.\n")
    expected = {"about 6.652 billion yuan": "transaction_amount", "21.12%": "stake_acquired", "24.61%": "holding_share"}
    for surface, measure in expected.items():
        fact = _fact(extraction, surface)
        assert (_label(extraction, fact), fact.measure) == ("Hualan Medical", measure)



def test_each_buyer_of_a_clause_holds_its_own_stake_and_a_leaning_clause_the_main_ones() -> None:
    extraction = _extract(
        "Brokers in 2025\nWestern Securities agreed to pay 3.8 billion yuan for 64.6% of Guorong Securities, and "
        "Guosen Securities plans to buy 96.1% of Wanhe Securities. Zheshang Securities became the controlling "
        "shareholder of Guodu Securities after buying 34.3% of its shares.\n")
    found = {s: _label(extraction, _fact(extraction, s)) for s in ("64.6%", "96.1%", "34.3%")}
    assert found == {"64.6%": "Western Securities", "96.1%": "Guosen Securities", "34.3%": "Zheshang Securities"}


def test_a_figure_per_company_after_a_total_is_its_average() -> None:
    extraction = _extract(
        "STAR Market companies in 2021\nBy the end of June, STAR Market companies held 35,106 invention patents, "
        "an average of 106 per company.\n")
    assert _fact(extraction, "106").measure == "average_invention_patents"


def test_a_share_beside_a_count_of_companies_is_their_share() -> None:
    extraction = _extract(
        "China's listed companies in 2024\nBy October 31, 2024, 5,368 companies had reported. Profits were "
        "reported by 4,127 of the companies, close to 80% of the total.\n")
    assert _fact(extraction, "close to 80%").measure == "company_share"



@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("R&D expenses in the first three quarters alone exceeded 110 billion yuan.", "110 billion yuan",
         "rd_expenses"),
        ("R&D investment rose 33.8% to 8.228 billion yuan.", "8.228 billion yuan", "rd_investment"),
        ("Average R&D expenses came to RMB 32.23 million per company.", "RMB 32.23 million", "average_rd_investment"),
        ("By the evening of August 31, all 574 companies had reported.", "August 31", "as_of_date"),
    ],
)
def test_rd_expenses_are_not_rd_investment_and_evening_counts_are_as_of(
    sentence: str, surface: str, measure: str
) -> None:
    extraction = _extract(f"STAR Market companies in 2024\nIn 2024, STAR Market companies grew. {sentence}\n")
    assert _fact(extraction, surface).measure == measure


def test_bare_numbers_listed_after_a_company_count_count_companies() -> None:
    extraction = _extract(
        "SZSE companies in 2013\nThe exchange has 532 listed companies in strategic emerging industries. "
        "Of the 532 companies, 82 are on the Main Board, 221 on the SME Board and 229 on ChiNext.\n")
    for surface in ("221", "229"):
        fact = _fact(extraction, surface)
        cohort = extraction.entity(fact.subject or "")
        assert fact.measure == "company_count" and isinstance(cohort, Cohort) and cohort.size == Decimal(surface)


def test_a_lone_first_quarter_in_a_years_results_written_the_next_year_is_the_new_years() -> None:
    extraction = _extract(
        "Chipmakers' 2024 results\nSHANGHAI, April 30, 2025\nIn 2024, Montage Technology's revenue rose 36%. "
        "Growth continued: first-quarter net profit rose 135% to 525 million yuan. Revenue rose 12% in the "
        "first quarter and 15% in the fourth quarter.\n")
    assert _fact(extraction, "525 million yuan").period == "Q1-2025"
    assert [_fact(extraction, s).period for s in ("12%", "15%")] == ["Q1-2024", "Q4-2024"]


@pytest.mark.parametrize(
    ("dateline", "opening", "period"),
    [
        ("BEIJING, September 3, 2024", "released their reports for the first six months of the year", "H1-2024"),
        ("BEIJING, September 3, 2024", "released their first-half reports", "H1-2024"),
        ("BEIJING, April 30, 2025", "released their annual reports", "FY2024"),
    ],
)
def test_a_report_that_names_its_year_only_in_dates(dateline: str, opening: str, period: str) -> None:
    extraction = _extract(
        f"BSE companies post steady results\n{dateline}\nBy the end of the month, all 248 companies on the "
        f"Beijing Stock Exchange had {opening}. They generated operating revenue of RMB 78.5 billion.\n")
    assert _fact(extraction, "RMB 78.5 billion").period == period


def test_the_two_named_measures_are_the_last_two_levels() -> None:
    extraction = _extract(
        "SSE companies in 2024\nIn 2024, net profit grew 1.8% to RMB 3.61 trillion and net profit after deducting "
        "non-recurring gains and losses grew 2.2% to RMB 3.45 trillion.\nIn the third quarter, the two profit "
        "measures rose 8.3% and 7.8% from a year earlier.\n")
    assert [_fact(extraction, s).measure for s in ("8.3%", "7.8%")] == ["net_profit", "net_profit_excl_nonrecurring"]


def test_these_companies_opening_a_sentence_are_no_new_group() -> None:
    extraction = _extract(
        "STAR Market companies in 2021\nThe rules admitted 19 companies that were unprofitable when they listed. "
        "Together these companies increased their revenue by 56.82% in the half year.\n")
    assert not any(e.label.startswith("Together") for e in extraction.entities)


def test_a_share_that_did_something_defines_the_group_the_next_figure_is_about() -> None:
    extraction = _extract(
        "STAR Market companies in the first half of 2021\nIn the first half of 2021, STAR Market companies "
        "reported revenue of RMB 304 billion.\nMore than 70% of the companies raised their net profit, and 30% "
        "increased it by more than 100%.\n")
    assert _label(extraction, _fact(extraction, "30%")) == "STAR Market companies"
    assert _label(extraction, _fact(extraction, "more than 100%")) == "30% increased it by more than 100%"


def test_companies_on_a_citys_board_are_that_boards_companies() -> None:
    extraction = _extract(
        "China's listed companies in 2024\nChiNext companies increased their revenue by 2.0%, while net profit "
        "of the companies on the Shanghai main board rose 3.0%.\n")
    assert _label(extraction, _fact(extraction, "3.0%")) == "companies on the Shanghai main board"


def test_a_statistic_the_vocabulary_lacks_is_the_measure_itself_or_its_broader_ones() -> None:
    from finkg.extract.measures import find_cues

    cues = {c.measure for c in find_cues("The median order backlog grew, and average R&D expenses rose.")}
    assert cues == {"order_backlog", "average_rd_investment"}


def test_a_board_with_its_companies_and_their_shares() -> None:
    extraction = _extract(
        "ChiNext in 2024\nChiNext, the Shenzhen Stock Exchange's growth board, turned 15 on October 30, 2024, with "
        "1,358 listed companies worth more than 12 trillion yuan. Roughly 90% of them were high-tech enterprises.\n")
    for surface in ("more than 12 trillion yuan", "Roughly 90%"):
        assert _label(extraction, _fact(extraction, surface)) == "1,358 listed companies", surface


def test_revenue_at_a_company_earnings_and_a_payout_as_a_share_of_profit() -> None:
    extraction = _extract(
        "Leading companies in 2024\nSungrow Power Supply lifted revenue 7.76% to 77.857 billion yuan. "
        "Revenue at Shenzhen Inovance Technology grew 21.77% to 37.041 billion yuan. "
        "East Money Information earned 9.610 billion yuan, up 17.29%, on revenue of 11.604 billion yuan. "
        "Its dividends for 2024 total 3.1 billion yuan, 32.5% of profit.\n")
    assert _label(extraction, _fact(extraction, "37.041 billion yuan")) == "Shenzhen Inovance Technology"
    assert _fact(extraction, "9.610 billion yuan").measure == "net_profit"
    assert _fact(extraction, "32.5%").measure == "dividend_payout_ratio"


def test_a_part_year_report_is_about_the_year_its_span_names() -> None:
    extraction = _extract(
        "BSE companies post steady first-half results\nAll 251 companies have published reports for the first half "
        "of 2024. Their revenue rose 3% to RMB 78.5 billion. For all of 2023, their revenue was RMB 176 billion; "
        "in 2023 most grew, and in 2023 most paid dividends.\n")
    assert _fact(extraction, "RMB 78.5 billion").period == "H1-2024"
    assert _fact(extraction, "RMB 176 billion").period == "FY2023"


def test_a_report_dated_within_the_year_its_title_names_is_on_the_quarter_whose_reports_are_out() -> None:
    extraction = _extract(
        "STAR Market companies start 2024 with higher sales\nSHANGHAI, June 24, 2024\nThe board's companies booked "
        "revenue of 298.6 billion yuan, 4.6 percent more than a year earlier. The quarter followed a steady 2023, and "
        "in 2023 most paid dividends. Processor designer Hygon reported that revenue climbed 37.09 percent to 1.592 "
        "billion yuan.\n")
    for surface in ("298.6 billion yuan", "1.592 billion yuan"):
        assert _fact(extraction, surface).period == "Q1-2024"


def test_a_part_year_reports_paragraph_or_section_about_a_full_year_stays_in_it() -> None:
    extraction = _extract(
        "BSE companies post weaker first-quarter profits\nBEIJING, May 16, 2024\nIn the first quarter of 2024, "
        "193 companies grew revenue by 3 percent to 40 billion yuan.\nThe exchange said that all 248 companies had "
        "filed their 2023 annual reports on time. Their combined operating revenue was 173.744 billion yuan.\n")
    assert _fact(extraction, "40 billion yuan").period == "Q1-2024"
    assert _fact(extraction, "173.744 billion yuan").period == "FY2023"  # after "filed their 2023 annual reports"
    assert _fact(extraction, "3 percent").period == "Q1-2024"


def test_a_section_under_a_heading_that_names_a_year_is_that_years() -> None:
    extraction = _extract(
        "BSE companies post weaker first-quarter profits\nBEIJING, May 16, 2024\nIn the first quarter of 2024, "
        "193 companies grew revenue by 3 percent to 40 billion yuan.\nThe 2023 base\nThe quarter followed a steady "
        "year, when the 248 companies earned 12.696 billion yuan.\nNet cash from operations grew 21.36 percent to "
        "13.747 billion yuan.\n")
    assert _fact(extraction, "13.747 billion yuan").period == "FY2023"


def test_a_company_moved_past_is_no_subject_and_revenue_from_markets_abroad_is_overseas_revenue() -> None:
    extraction = _extract(
        "Baijiu makers in 2024\nShanxi Fenjiu moved past Yanghe into third place by revenue. Its revenue from "
        "international markets rose 19.27% to 5.189 billion yuan.\n")
    assert _label(extraction, _fact(extraction, "third place")) == "Shanxi Fenjiu"
    assert _fact(extraction, "5.189 billion yuan").measure == "overseas_revenue"


def test_a_plain_headings_first_sentence_names_what_its_later_paragraphs_are_about() -> None:
    extraction = _extract(
        "China's listed companies in the first three quarters of 2024\n"
        "Market-wide totals\n"
        "By October 31, 2024, 5,368 listed companies had published their third-quarter reports.\n"
        "Shanghai-listed companies\n"
        "The Shanghai Stock Exchange said that 2,265 companies listed there had reported.\n"
        "Their net profit grew 1.8% to RMB 3.61 trillion.\n"
        "The recovery was clearer in the third quarter, when net profit rose 8.3%.\n"
        "Leaders and laggards\n"
        "Net profit fell 0.5% in the nine months.\n")
    assert _label(extraction, _fact(extraction, "8.3%")) == "2,265 companies"
    assert _label(extraction, _fact(extraction, "0.5%")) != "2,265 companies"


def test_sales_of_a_named_product_and_the_whole_a_later_share_is_of() -> None:
    extraction = _extract(
        "Baijiu makers in 2024\nSales of Moutai liquor itself grew 15.28% to 145.928 billion yuan. "
        "SMIC's revenue reached US$3.651 billion, and its second-quarter sales of US$1.901 billion were 8.6% above "
        "the first quarter's. "
        "A final dividend brings cash dividends for the year to 8.758 billion yuan, or 65% of net profit.\n")
    assert _fact(extraction, "145.928 billion yuan").measure == "product_sales"
    assert _fact(extraction, "US$1.901 billion").measure == "revenue"
    assert [_fact(extraction, s).measure for s in ("8.758 billion yuan", "65%")] == [
        "cash_dividends", "dividend_payout_ratio"]


def test_counted_products_and_a_year_end_balance() -> None:
    extraction = _extract(
        "Drugmakers' 2024 results\nIn 2024, Hengrui's revenue rose 22.6%. Sales of three generics fell by a "
        "combined 844 million yuan. WuXi AppTec's order backlog swelled 47% to 49.31 billion yuan.\n")
    assert _fact(extraction, "three generics").measure == "product_count"
    assert _fact(extraction, "49.31 billion yuan").period == "end-2024"


def test_results_wordings_of_a_half_year_overview() -> None:
    extraction = _extract(
        "Shanghai-listed companies in the first half of 2024\nSHANGHAI, September 3, 2024\n"
        "All companies listed on the Shanghai Stock Exchange had published their interim reports by August 31.\n"
        "Net profit slipped 1.4% to 2.36 trillion yuan. More than 850 reported higher net profit; of these, nearly "
        "240 raised it by over 50%. Recurring profit rose 2.6% to 1.13 trillion yuan. More than 110 companies, "
        "meanwhile, swung from loss to profit. As of August 26, 152 Shanghai companies had put forward interim "
        "profit distribution plans, with payments expected to total 134.6 billion yuan.\n"
        "PetroChina grew revenue 5.0% to 1.6 trillion yuan. Its debt-to-asset ratio dropped to 39.4%. The company "
        "plans an interim dividend of 0.22 yuan a share.\n")
    measures = {s: _fact(extraction, s).measure for s in (
        "over 50%", "1.13 trillion yuan", "134.6 billion yuan", "39.4%", "0.22 yuan a share")}
    assert measures == {
        "over 50%": "net_profit", "1.13 trillion yuan": "net_profit_excl_nonrecurring",
        "134.6 billion yuan": "cash_dividends", "39.4%": "debt_to_asset_ratio",
        "0.22 yuan a share": "dividend_per_share",
    }
    assert all(not (isinstance(e, Cohort) and e.parent is None and e.size == Decimal(110))
               for e in extraction.entities)  # "More than 110 companies" late on is a part, not the market


def test_a_banks_year_told_the_next_spring() -> None:
    extraction = _extract(
        "Big banks' 2024 results\nBEIJING, March 31, 2025\nCommercial banks earned a combined net profit of 2.3 "
        "trillion yuan last year, and the non-performing loan (NPL) ratio stood at 1.5% at the end of the year.\n"
        "ICBC's group assets totalled 48.82 trillion yuan at the end of December. Shareholders will receive 3.080 "
        "yuan per 10 shares for the year, some 109.773 billion yuan in all. In May 2024 it sold a 40 billion yuan "
        "issue of bonds, paying coupons of 2.25% and 2.35%.\n")
    assert _fact(extraction, "2.3 trillion yuan").period == "FY2024"
    assert (_fact(extraction, "1.5%").measure, _fact(extraction, "1.5%").period) == ("npl_ratio", "end-2024")
    assert _fact(extraction, "end of December").quantity.value == Decimal(20241231)
    assert _fact(extraction, "48.82 trillion yuan").period == "end-2024"
    assert _fact(extraction, "109.773 billion yuan").measure == "cash_dividends"
    assert [_fact(extraction, s).measure for s in ("40 billion yuan", "2.25%", "2.35%")] == [
        "financing_amount", "coupon_rate", "coupon_rate"]


def test_bare_counts_that_open_a_sentence_about_the_companies_count_companies() -> None:
    extraction = _extract(
        "Shanghai-listed companies in the first half of 2024\nAbout 80% of the companies were in the black. "
        "More than 850 reported higher net profit; of these, nearly 240 raised it by over 50%.\n")
    counts = {s: _fact(extraction, s) for s in ("More than 850", "nearly 240")}
    assert all(f.measure == "company_count" for f in counts.values())
    part = extraction.entity(counts["nearly 240"].subject or "")
    assert isinstance(part, Cohort) and part.parent == counts["More than 850"].subject


def test_what_companies_did_in_a_half_year_counted_on_a_day_is_the_half_years() -> None:
    extraction = _extract(
        "STAR Market companies in the first half of 2024\nBy August 31, 2024, all 574 companies had disclosed "
        "their interim reports. When close to 100 STAR companies had reported by August 19, 81 were in the black "
        "and 53 had raised net profit.\n")
    assert _fact(extraction, "574 companies").period == "2024-08-31"
    assert [_fact(extraction, s).period for s in ("81", "53")] == ["H1-2024", "H1-2024"]


def test_shares_bought_back_an_issue_price_and_a_payout_after_the_dividends() -> None:
    extraction = _extract(
        "Results of 2024\nIn 2024, Tongwei spent 2,001,014,959.13 yuan buying back 101,360,012 shares. "
        "BOC aims to raise up to 165 billion yuan by selling shares to the ministry at 6.05 yuan each. "
        "Wuliangye will pay 31.69 yuan per 10 shares. That lifts the total for 2024 to 22.3 billion yuan, roughly "
        "70% of net profit. CMB approved its first interim dividend plan: 35% of profit attributable to ordinary "
        "shareholders.\n")
    measures = [_fact(extraction, s).measure for s in ("101,360,012 shares", "6.05 yuan", "roughly 70%", "35%")]
    assert measures == ["repurchased_shares", "share_issue_price", "dividend_payout_ratio", "dividend_payout_ratio"]


def test_bare_counts_set_beside_shares_and_compared_with_a_year_before() -> None:
    extraction = _extract(
        "A-share companies in 2024\nAbout 46% of the companies, 2,470 in all, lifted their net profit, and 4,118, "
        "or 76.89%, were profitable. Around 60% of them, 509 companies in all, did better, including 164 whose "
        "earnings grew by more than 50%. Listings picked up, with 20 companies joining ChiNext in the first half "
        "of 2025, against 15 a year earlier.\n")
    for surface in ("2,470", "4,118", "164", "15"):
        assert _fact(extraction, surface).measure == "company_count", surface
    assert _fact(extraction, "15").period == "H1-2024"


def test_the_listed_companies_that_filed_are_the_whole_market_those_that_did_more_are_not() -> None:
    extraction = _extract(
        "Listed companies grow revenue in 2024\nBEIJING, May 6, 2025\nCompanies listed in Shanghai and Shenzhen "
        "grew, an analysis said. By April 30, a total of 5,102 listed companies had filed annual reports. Together "
        "they booked revenue of 70.3 trillion yuan. In all, 1,990 A-share companies repurchased shares.\n")
    whole = extraction.entity(_fact(extraction, "70.3 trillion yuan").subject or "")
    assert isinstance(whole, Cohort) and whole.size == 5102 and whole.parent is None
    assert extraction.entity(_fact(extraction, "1,990 A-share companies").subject or "") != whole


def test_the_whole_market_is_labelled_as_the_report_names_it() -> None:
    extraction = _extract(
        "China's listed companies lift 2022 revenue\nChina's A-share companies closed 2022 with revenue of 71.53 "
        "trillion yuan, up 7.2%, an association said.\n")
    assert _label(extraction, _fact(extraction, "71.53 trillion yuan")) == "China's A-share companies"


def test_a_share_set_beside_a_count_is_the_wholes_unless_it_names_its_whole() -> None:
    extraction = _extract(
        "A-share companies in 2024\nBy October 31, 2024, 5,368 listed companies had published their reports. "
        "Profits were reported by 4,127 of the companies, close to 80% of the total. The exchange has 532 companies "
        "in strategic emerging industries, accounting for 33.08% of all listed companies.\n")
    share = extraction.entity(_fact(extraction, "close to 80%").subject or "")
    assert isinstance(share, Cohort) and share.ref == "cohort/all-listed-companies"  # not the 4,127's
    assert _fact(extraction, "33.08%").subject == _fact(extraction, "532 companies").subject


def test_a_yearless_date_takes_the_year_nearest_the_dates_around_it() -> None:
    extraction = _extract(
        "Spirits makers' 2024 results\nShanghai, 28 April 2025\nA shareholders' meeting on 12 December 2024 "
        "approved a buyback. By the end of February the company had bought back 310,000 shares. Its results came "
        "out on 24 April.\n")
    assert _fact(extraction, "end of February").quantity.value == Decimal(20250228)
    assert _fact(extraction, "24 April").quantity.value == Decimal(20250424)


@pytest.mark.parametrize(
    ("sentence", "surface", "period"),
    [
        ("Set against the first quarter, revenue grew 3.1%.", "3.1%", "Q2-2024"),
        # a quarter by its months
        ("Revenue for April to June climbed 31% to 277 billion yuan.", "277 billion yuan", "Q2-2024"),
        ("In the January-March period revenue rose 5%.", "5%", "Q1-2024"),
        ("About 75% of the companies were in the black.", "About 75%", "H1-2024"),
        ("More than 700 reported higher net profit; of these, nearly 200 raised it by over 50%.", "nearly 200",
         "H1-2024"),
        ("By August 20, 800 companies had released their results, with combined revenue of 7 trillion yuan.",
         "7 trillion yuan", "H1-2024"),
        ("The payout comes to 1.2 yuan a share for the half, and the board proposed at least 60% of profit for "
         "the first half of 2025.", "at least 60%", "H1-2025"),
    ],
)
def test_half_year_periods(sentence: str, surface: str, period: str) -> None:
    opening = "Shanghai-listed companies in the first half of 2024\nIn the first half of 2024, revenue was flat."
    text = f"{opening} {sentence}\n"
    assert _fact(_extract(text), surface).period == period


def test_a_first_quarter_report_dates_its_figures_in_the_quarter() -> None:
    extraction = _extract(
        "Listed companies lift first-quarter profit\nBEIJING, May 8, 2025\nIn the first quarter of 2025, listed "
        "companies earned 1.2 trillion yuan. Revenue slipped 0.5%. They declared 3 trillion yuan in cash dividends "
        "for the year.\n")
    assert _fact(extraction, "0.5%").period == "Q1-2025"
    assert _fact(extraction, "3 trillion yuan").period == "FY2024"


def test_elided_and_trailing_measures() -> None:
    extraction = _extract(
        "Appliance makers in 2024\nIn 2024, Gree's net profit rose 11% to 32 billion yuan on revenue up 2%, and "
        "Haier's grew 13% to 18 billion yuan. Roborock posted a 38% rise in revenue to 12 billion yuan and a 4% "
        "drop in net profit to 2 billion yuan. Its export sales jumped 27% to 6 billion yuan, while domestic "
        "revenue slipped 2%. The group accounted for 40% of the market's revenue and 55% of its net profit.\n")
    measures = [_fact(extraction, s).measure for s in ("13%", "18 billion yuan", "4%", "27%", "55%")]
    assert measures == ["net_profit", "net_profit", "net_profit", "overseas_revenue", "net_profit"]


def test_shares_of_the_whole_and_the_counts_between_them() -> None:
    extraction = _extract(
        "STAR Market companies in 2022\nIn 2022, STAR Market companies grew revenue 29%. Nearly 70% of the "
        "companies grew their revenue, 31 of them doubled it, and three in ten booked sales of more than 1 billion "
        "yuan. More than 80% made a profit, half increased their net profit and 52 more than doubled it.\n")
    assert _fact(extraction, "three in ten").quantity.value == 30
    assert _fact(extraction, "three in ten").measure == "company_share"
    assert _fact(extraction, "half").measure == "company_share"
    assert _fact(extraction, "52").measure == "company_count"


def test_product_lines_and_deals() -> None:
    extraction = _extract(
        "Battery makers in 2024\nIn 2024, Sunward Energy sold 300 GWh of lithium-ion batteries, of which 250 GWh "
        "were power battery systems. Sunward Energy said sales of energy storage systems rose 20% to 9 billion "
        "yuan. The group's largest deal is under way, with Sunward Energy buying its way into Kestrel Materials. "
        "On March 12 it agreed to pay 1.5 billion yuan for a 9.5% stake. Research firm Trendline ranked Sunward "
        "Energy third.\n")
    assert _label(extraction, _fact(extraction, "300 GWh")) == "Sunward Energy"
    assert _label(extraction, _fact(extraction, "250 GWh")) == "power battery systems"
    assert _label(extraction, _fact(extraction, "9 billion yuan")) == "energy storage systems"
    deal = _fact(extraction, "1.5 billion yuan")
    expected = ("Sunward Energy", "transaction_amount", "2025-03-12")
    assert (_label(extraction, deal), deal.measure, deal.period) == expected
    assert _fact(extraction, "9.5%").measure == "stake_acquired"
    assert _fact(extraction, "third").quantity.value == 3


def test_a_figure_only_a_source_names_still_has_a_subject() -> None:
    """An observation without a subject fails the SHACL gate, and the whole report's graph with it."""
    extraction = _extract(
        "Carriers in 2024\nAccording to the Ministry of Industry and Information Technology, telecom business "
        "revenue reached 1.7 trillion yuan last year, and the country counted 1.1 billion mobile users.\n")
    assert all(f.subject is not None for f in extraction.facts)


def test_industry_measures_and_their_undated_flows() -> None:
    extraction = _extract(
        "Insurers and airlines report their 2024 annual results\nBEIJING, April 30, 2025\nHarbor Life's premium "
        "income grew 5% to 600 billion yuan and its new business value rose 20% to 30 billion yuan. Its combined "
        "ratio stood at 98.6% and its total investment yield was 5.5%. Skyway Airlines carried 150 million "
        "passengers, up 20%, at a load factor of 84%, while its fuel bill rose 15% to 50 billion yuan. Ridge Iron "
        "& Steel produced 20 million tonnes of crude steel and plans a 2 million tonne plant a year later.\n")
    measures = {s: _fact(extraction, s).measure for s in ("600 billion yuan", "30 billion yuan", "98.6%", "5.5%",
                                                          "150 million passengers", "84%", "50 billion yuan")}
    assert measures == {
        "600 billion yuan": "premium_income", "30 billion yuan": "new_business_value", "98.6%": "combined_ratio",
        "5.5%": "total_investment_yield", "150 million passengers": "passengers_carried", "84%": "load_factor",
        "50 billion yuan": "fuel_cost",
    }
    assert {_fact(extraction, s).period for s in measures} == {"FY2024"}  # "their 2024 annual results", not 2025
    assert _fact(extraction, "98.6%").kind == Kind.LEVEL
    assert _label(extraction, _fact(extraction, "20 million tonnes")) == "Ridge Iron & Steel"
    assert _fact(extraction, "20 million tonnes").measure == "crude_steel_output"
    assert _fact(extraction, "2 million tonne").measure == "production_capacity"


def test_the_country_in_national_statistics_is_the_whole_industry() -> None:
    extraction = _extract(
        "Listed steelmakers in 2024\nBEIJING, April 30, 2025\nListed steel companies earned 20 billion yuan. "
        "China produced 44 million tonnes of steel pipes, up 4.6%, and China's steel exports rose 7% to 6 million "
        "tonnes.\n")
    assert {_label(extraction, _fact(extraction, s)) for s in ("44 million tonnes", "4.6%", "7%")} == {"China"}
    assert _label(extraction, _fact(extraction, "20 billion yuan")) != "China"


def test_groups_named_where_a_change_happened() -> None:
    extraction = _extract(
        "A-share companies in 2024\nIn 2024, companies on the Shanghai and Shenzhen exchanges earned 5.2 trillion "
        "yuan. Net profit grew 16% at securities firms and 110% at insurers. Dividends paid by companies reached "
        "2.4 trillion yuan. Carmaker Sunward Motors sold 4 million vehicles.\n")
    assert _label(extraction, _fact(extraction, "5.2 trillion yuan")) == "Shanghai and Shenzhen companies"
    assert _label(extraction, _fact(extraction, "16%")) == "securities firms"
    insurers = _fact(extraction, "110%")
    assert (_label(extraction, insurers), insurers.kind, insurers.plausible) == ("insurers", Kind.CHANGE_PCT, True)
    assert not any(e.label.startswith("Dividends") for e in extraction.entities)
    assert _label(extraction, _fact(extraction, "4 million vehicles")) == "Sunward Motors"


def test_power_producers_output_tariffs_and_payouts() -> None:
    extraction = _extract(
        "Power producers close 2024 with higher profits\nBEIJING, May 12, 2025\nRiver Power's six stations "
        "generated 295.904 billion kWh, up 7.11%, while its average on-grid tariff fell 4.01% to 0.359 yuan per "
        "kWh. It added 2.5 GW of installed capacity, and stripped of non-recurring items, profit fell 4.2% to 4.6 "
        "billion yuan. It will pay a final dividend of 0.11 yuan on top of a 0.09 yuan interim payout, together "
        "36.28% of distributable profit, and sold notes with a 2.14% coupon.\n")
    output = _fact(extraction, "295.904 billion kWh")
    assert (output.measure, output.quantity.unit, output.quantity.value, output.period) == (
        "production_volume", "GWh", Decimal("295904"), "FY2024")  # energy in one unit, and the year it closed
    assert _fact(extraction, "0.359 yuan").measure == "average_selling_price"
    assert _fact(extraction, "4.6 billion yuan").measure == "net_profit_excl_nonrecurring"
    assert _fact(extraction, "0.09 yuan").measure == "dividend_per_share"
    assert _fact(extraction, "36.28%").measure == "dividend_payout_ratio"
    assert _fact(extraction, "2.14%").measure == "coupon_rate"


def test_asides_yearless_dates_and_brokers_lines() -> None:
    extraction = _extract(
        "Brokers' first half\nBEIJING, September 10, 2025\nHarbor Securities, reporting for the first time since "
        "Ridge Capital absorbed Delta Securities, ranked first by net profit, which jumped 213.74% to 15.7 billion "
        "yuan. Net brokerage fee income rose 43.98% to 63.5 billion yuan. Lakeview Securities took over Summit "
        "Securities on January 3. On August 14 the regulator approved the deal, in which Lakeview Securities is "
        "buying 1.15 billion shares.\n")
    assert _label(extraction, _fact(extraction, "15.7 billion yuan")) == "Harbor Securities"
    assert _fact(extraction, "63.5 billion yuan").measure == "brokerage_fee_income"
    assert _fact(extraction, "January 3").quantity.value == 20250103  # not four months after the report
    assert _fact(extraction, "August 14").quantity.value == 20250814  # nor chained to the guess before it
    assert _fact(extraction, "1.15 billion shares").measure == "shares_acquired"


def test_a_bracketed_short_form_of_a_name_with_and_and_money_earned_abroad() -> None:
    extraction = _extract(
        "A-share companies in 2024\nIn 2024, Industrial and Commercial Bank of China (ICBC) earned 365 billion "
        "yuan. ICBC paid an interim dividend of 51 billion yuan. Companies outside finance earned 8.8 trillion "
        "yuan abroad.\n")
    bank = _fact(extraction, "365 billion yuan").subject
    assert bank is not None and bank.startswith("company/") and _fact(extraction, "51 billion yuan").subject == bank
    assert _fact(extraction, "8.8 trillion yuan").measure == "overseas_revenue"


def test_a_group_listed_member_by_member_and_a_comparison_set() -> None:
    extraction = _extract(
        "Insurers in 2024\nIn 2024, China's five major insurance companies earned 347 billion yuan. Harbor Life, "
        "Ridge Life, Lake Insurance, Summit Insurance (SIC) and Delta Life booked total investment income of 797 "
        "billion yuan. Delta Life posted the fastest growth among the big listed insurance companies: net profit "
        "jumped 201% to 26 billion yuan, its 13th consecutive annual increase.\n")
    assert _fact(extraction, "797 billion yuan").subject == _fact(extraction, "347 billion yuan").subject
    assert _label(extraction, _fact(extraction, "26 billion yuan")) == "Delta Life"
    streak = _fact(extraction, "13th consecutive annual")
    assert (streak.measure, streak.quantity.value, streak.quantity.unit) == ("consecutive_periods", 13, "year")


def test_steelmakers_tonnes_participles_and_negative_returns() -> None:
    extraction = _extract(
        "Steelmakers in 2024\nIn 2024, Ridge Steel sold 51.59 million tonnes of steel, 0.6% less than in 2023, and "
        "its gross margin slipped to 5.45%. Delta Special Steel's net profit fell for a third straight year, sliding "
        "64.02% to 248 million yuan on revenue of 21.56 billion yuan, and its planned payout shrank to 74.68 million "
        "yuan. Lake Steel made 471 million yuan, and its return on equity sank to minus 25.62%.\n")
    measures = {s: _fact(extraction, s).measure for s in ("51.59 million tonnes", "64.02%", "74.68 million yuan",
                                                          "471 million yuan")}
    assert measures == {"51.59 million tonnes": "units_shipped", "64.02%": "net_profit",
                        "74.68 million yuan": "cash_dividends", "471 million yuan": "net_profit"}
    assert _fact(extraction, "25.62%").quantity.value == Decimal("-25.62")


def test_a_whole_market_report_sized_by_its_first_count_across_listing_places() -> None:
    extraction = _extract(
        "China's listed firms earn 5.2 trillion yuan in 2024\nBy the April 30 deadline, more than 5,400 companies "
        "listed in Shanghai, Shenzhen and Beijing had published their 2024 annual reports. Listed companies spent "
        "a combined 1.88 trillion yuan on research and development.\n")
    market = extraction.entity(_fact(extraction, "1.88 trillion yuan").subject or "")
    assert isinstance(market, Cohort) and market.size == Decimal(5400)


def test_a_report_dated_within_its_year_covers_part_of_it() -> None:
    """A year's results come out once it is over: a report dated September 2025 about 2025 is no FY2025 report."""
    extraction = _extract(
        "Lenders lift profit as margins steady\nBEIJING, September 2, 2025\nThe six largest lenders reported "
        "their 2025 figures last week. Harbor Bank's net profit rose 1.2% to 168 billion yuan.\n")
    assert _fact(extraction, "168 billion yuan").period == "H1-2025"
    assert _fact(extraction, "1.2%").period == "H1-2025"


def test_a_half_year_report_without_its_year_takes_the_year_it_was_told_in() -> None:
    text = (
        "Joint-stock banks tread water in first half\n{dateline}\nThe banks reported in August. Their net interest "
        "margin was 1.42%, below the 2024 full-year level; in 2024 they had earned 2.3 trillion yuan, and at the "
        "end of 2024 they held 300 trillion yuan of assets. Net profit rose 1.2% to 1.1 trillion yuan.\n"
    )
    told_after = _extract(text.format(dateline="BEIJING, September 15, 2025"))
    assert _fact(told_after, "1.1 trillion yuan").period == "H1-2025"
    told_late = _extract(text.format(dateline="BEIJING, March 28, 2025"))  # a half's story told the next spring
    assert _fact(told_late, "1.1 trillion yuan").period == "H1-2024"


def test_a_bare_margin_is_the_margin_named_last_and_assets_are_total_assets() -> None:
    extraction = _extract(
        "Banks in the first half of 2025\nIn the first half of 2025, Harbor Bank's net interest margin was 1.88%. "
        "Ridge Bank's margin was 1.75%, 7 basis points below the 2024 level. Its assets grew 11.04% to 3.47 "
        "trillion yuan. Lake Bank will pay out 35% of its first-half profit.\n")
    assert _fact(extraction, "1.75%").measure == "net_interest_margin"
    assert _fact(extraction, "3.47 trillion yuan").measure == "total_assets"
    assert _fact(extraction, "35%").measure == "dividend_payout_ratio"


def test_research_spending_overseas_sales_payouts_and_a_listing_price() -> None:
    extraction = _extract(
        "ChiNext in the first half of 2025\nIn the first half of 2025, profit after non-recurring items climbed "
        "11.80% to 130.9 billion yuan. At Sunward Energy, overseas sales grew 21.14% to 61.2 billion yuan and "
        "research spending reached 10.1 billion yuan. On May 20 it listed in Hong Kong, raising about HK$35.66 "
        "billion at HK$263 a share. Lake Foods, which distributed 2.144 billion yuan in cash in 2024, paid out a "
        "further 1.186 billion yuan.\n")
    measures = [_fact(extraction, s).measure for s in ("130.9 billion yuan", "61.2 billion yuan", "10.1 billion yuan",
                                                       "HK$263 a share", "2.144 billion yuan", "1.186 billion yuan")]
    assert measures == ["net_profit_excl_nonrecurring", "overseas_revenue", "rd_investment", "share_issue_price",
                        "cash_dividends", "cash_dividends"]


def test_a_bare_number_goes_on_counting_what_the_sentence_counts() -> None:
    extraction = _extract(
        "Carmakers in the first half of 2025\nIn the first half of 2025, vehicle sales rose 11.4% to 15.653 million "
        "units, while NEVs grew 40.3% to 6.937 million. Its own brands sold 1.3 million units, and NEV exports rose "
        "40% to 646,000. They employed about 240,000 researchers and held more than 120,000 invention patents.\n")
    for surface in ("6.937 million", "646,000"):
        assert _fact(extraction, surface).quantity.unit == "units"
    assert _fact(extraction, "646,000").measure == "export_volume"
    assert _fact(extraction, "120,000 invention patents").quantity.unit != "people"  # its own noun counts it


def test_among_them_and_parallel_clauses_count_parts_of_the_group_with_readable_iris() -> None:
    extraction = _extract(
        "Shenzhen companies in 2024\nBy April 28, 452 Shenzhen companies had published action plans. "
        "Among them, 132 had arranged interim dividends, and 232 had bought back shares worth 32.138 billion yuan "
        "since the launch, while 90 have cut costs.\n")
    parent = _fact(extraction, "452 Shenzhen companies").subject
    for surface in ("132", "232", "90"):
        fact = _fact(extraction, surface)
        cohort = extraction.entity(fact.subject or "")
        assert fact.measure == "company_count" and isinstance(cohort, Cohort) and cohort.parent == parent
    assert _fact(extraction, "232").subject == "cohort/bought-back-shares-worth-232"


def test_counts_in_clauses_parallel_to_a_company_count_count_companies() -> None:
    extraction = _extract(
        "STAR companies in 2024\n290 companies spent more than 1 billion yuan on R&D and 27 spent more than 10 "
        "billion yuan. More than 850 companies reported higher profit; of these, nearly 240 raised it by over 50% and "
        "more than 120 by over 100%. Profits rose by more than 50% at 305 companies and more than doubled at 173. "
        "Sales reached 3 million units and 40 billion yuan, and 12 new plants opened.\n")
    for surface in ("27", "more than 120", "173"):
        fact = _fact(extraction, surface)
        assert fact.measure == "company_count" and isinstance(extraction.entity(fact.subject or ""), Cohort)
    assert _fact(extraction, "12 new plants").measure != "company_count"


def test_each_count_of_a_gapped_list_holds_the_threshold_after_it() -> None:
    extraction = _extract(
        "A-share companies in 2024\nIn 2024, 843 A-share companies paid interim dividends. Of these, 119 proposed "
        "more than 100 million yuan, 56 more than 300 million yuan and 21 more than 1 billion yuan. Thirty-eight "
        "companies raised more than 1 billion yuan each, 15 more than 3 billion yuan and six more than 5 billion yuan. "
        "In 2023, 24 companies did so, five more than in 2022.\n")
    for count, threshold in (("56", "more than 300 million yuan"), ("15", "more than 3 billion yuan"),
                             ("six", "more than 5 billion yuan")):
        fact = _fact(extraction, count)
        assert fact.kind == Kind.COUNT and fact.measure == "company_count"
        assert isinstance(extraction.entity(fact.subject or ""), Cohort)
        assert _fact(extraction, threshold).subject == fact.subject
    assert _fact(extraction, "five").kind == Kind.CHANGE_ABS  # five more than a year before: a change


def test_a_count_by_a_research_house_is_told_by_it_not_about_it_and_outlets_are_stores() -> None:
    extraction = _extract(
        "A-shares in the first three quarters of 2023\nThe 5,281 A-share listed companies earned 4.4 trillion yuan. "
        "A separate count "
        "by Yuanda Information Securities Research put nine-month revenue at 53.56 trillion yuan, up 1.31%. "
        "Lao Feng Xiang closed a net 156 outlets, ending the year with 5,838, of which 197 were run directly.\n")
    revenue = _fact(extraction, "53.56 trillion yuan")
    assert _label(extraction, revenue) == _label(extraction, _fact(extraction, "4.4 trillion yuan"))
    assert revenue.flag is None
    for surface in ("5,838", "197"):
        fact = _fact(extraction, surface)
        assert fact.measure == "store_count" and _label(extraction, fact) == "Lao Feng Xiang"


def test_companies_a_count_leaves_out_are_no_topic_and_a_drug_in_capitals_is_no_company() -> None:
    extraction = _extract(
        "STAR companies in 2022\nThe 480 STAR companies that had reported earned revenue of 782.214 billion yuan, "
        "33% more than a year earlier. The count left out SMIC, BeiGene and InnoCare, three red-chip companies "
        "listed in several markets. Net profit rose 25% to 89.124 billion yuan. BeiGene booked product revenue of "
        "349.5 million dollars. Global sales of BRUKINSA climbed 136% to 155.5 million dollars, while the net loss "
        "widened to 557.6 million dollars.\n")
    board = _fact(extraction, "782.214 billion yuan").subject
    assert _fact(extraction, "89.124 billion yuan").subject == board
    assert "BRUKINSA" not in {e.label for e in extraction.entities if isinstance(e, Company)}
    assert _label(extraction, _fact(extraction, "557.6 million dollars")) == "BeiGene"


def test_the_only_one_of_a_group_is_a_count_of_one_and_the_company_holds_the_figures() -> None:
    extraction = _extract(
        "Logistics in 2024\nFive logistics groups reported. Sinotrans was the only one of the five to grow revenue, "
        "which rose 3.8% to 105.62 billion yuan. Net profit fell 7.1% to 3.918 billion yuan.\n")
    assert _fact(extraction, "one").measure == "company_count"
    for surface in ("3.8%", "105.62 billion yuan", "3.918 billion yuan"):
        assert _label(extraction, _fact(extraction, surface)) == "Sinotrans"


def test_a_company_overtaken_mid_clause_takes_none_of_the_overtakers_figures() -> None:
    extraction = _extract(
        "Aesthetics makers in 2024\nBloomage Biotechnology's revenue fell 11.61% to 5.37 billion yuan. Giant Biogene "
        "grew revenue 57.17% to 5.539 billion yuan, overtaking Bloomage, and net profit 42.1% to 2.062 billion yuan.\n")
    for surface in ("42.1%", "2.062 billion yuan"):
        assert _label(extraction, _fact(extraction, surface)) == "Giant Biogene"


def test_a_loss_after_an_opening_excluding_one_off_items_is_the_recurring_loss() -> None:
    extraction = _extract(
        "Makers in 2024\nEstun reported a net loss of 810 million yuan. Excluding non-recurring items, it lost 836 "
        "million yuan. Longping High-Tech earned 100 million yuan; stripping out such items, Longping High-Tech lost "
        "289 million yuan. Wantai earned 106 million yuan, and on a recurring basis it lost 186 million yuan.\n")
    assert _fact(extraction, "810 million yuan").measure == "net_loss"
    for surface in ("836 million yuan", "289 million yuan", "186 million yuan"):
        assert _fact(extraction, surface).measure == "net_loss_excl_nonrecurring"


def test_what_a_plant_or_project_costs_is_its_investment_and_a_cost_to_revenue_is_not() -> None:
    extraction = _extract(
        "Makers in 2024\nSentury reported higher revenue. The Indonesian plant, costing US$251 million, will make "
        "3.6 million radial tires. WUS plans a Kunshan project in two phases costing about 2.68 billion yuan and 1.62 "
        "billion yuan. The tariff cut, costing 5.806 billion yuan of revenue, hurt.\n")
    for surface in ("US$251 million", "about 2.68 billion yuan", "1.62 billion yuan"):
        assert _fact(extraction, surface).measure == "investment_amount"
    assert _fact(extraction, "5.806 billion yuan").measure != "investment_amount"


def test_profit_after_an_opening_excluding_one_off_items_and_a_business_lines_revenue() -> None:
    extraction = _extract(
        "Carmakers in 2024\nExcluding non-recurring items, the group earned 7.28 billion yuan, up 59.76%. "
        "Stripping out one-off gains, however, profit rose 26.36% to 1.48 billion yuan. "
        "Mobile cloud revenue rose 11.3% to 56.1 billion yuan, and storage revenue climbed 40.21% to 24.96 billion "
        "yuan. Operating revenue rose 3% to 500 billion yuan, and fourth-quarter revenue fell 2% to 120 billion "
        "yuan. Vaccine sales rose 9% to 3.2 billion yuan.\n")
    excluding = ("7.28 billion yuan", "59.76%", "26.36%", "1.48 billion yuan")
    assert {_fact(extraction, s).measure for s in excluding} == {"net_profit_excl_nonrecurring"}
    # a business line's revenue is segment revenue, a product line's sales its product sales
    lines = ("56.1 billion yuan", "24.96 billion yuan", "3.2 billion yuan")
    assert [_fact(extraction, s).measure for s in lines] == ["segment_revenue"] * 2 + ["product_sales"]
    assert [_fact(extraction, s).measure for s in ("500 billion yuan", "120 billion yuan")] == ["revenue"] * 2


def test_deal_terms_bank_figures_and_buyback_loans_have_their_measures() -> None:
    extraction = _extract(
        "Deals in 2024\nMindray bought 21.12% of APT Medical for 6.65 billion yuan, or 471.12 yuan a share. "
        "Lanxin Biotech will pay a final dividend of 0.25 yuan a share. "
        "Qiming Software will issue 1.3 billion new shares at 4.04 yuan each. "
        "Harbor Bank had bought back 517,000 shares, or 0.43% of its share capital, for 13 million yuan. "
        "Net interest income grew 27.2% to 7.878 billion yuan, and net assets reached 328.3 billion yuan. "
        "A bank agreed to lend it up to 1.75 billion yuan for three years.\n")
    surfaces = ("6.65 billion yuan", "471.12 yuan a share", "0.25 yuan a share", "4.04 yuan", "13 million yuan",
                "7.878 billion yuan", "328.3 billion yuan", "1.75 billion yuan")
    assert [_fact(extraction, s).measure for s in surfaces] == [
        "transaction_amount", "acquisition_price_per_share", "dividend_per_share", "share_issue_price",
        "repurchase_amount", "net_interest_income", "net_assets", "loan_amount",
    ]


def test_a_list_of_counts_takes_its_last_noun_and_pairs_with_a_list_of_years() -> None:
    extraction = _extract(
        "Dividends in 2024\nOnly 64, 58 and 107 companies had done so in 2021, 2022 and 2023. "
        "Revenue rose 5%, 7% and 9% in 2022, 2023 and 2024.\n")
    counts = [_fact(extraction, s) for s in ("64", "58", "107 companies")]
    assert [f.measure for f in counts] == ["company_count"] * 3
    assert [f.period for f in counts] == ["FY2021", "FY2022", "FY2023"]
    assert [_fact(extraction, s).period for s in ("5%", "7%", "9%")] == ["FY2022", "FY2023", "FY2024"]


def test_a_listed_one_word_name_that_acts_is_a_company_and_owns_its_deal_figures() -> None:
    extraction = _extract(
        "Deals in 2024\nMindray bought 21.12% of APT Medical for 6.65 billion yuan. "
        "Huahai Qingke agreed to pay no more than 100.45 million yuan for the remaining 82% of Xinyu Semiconductor. "
        "Harbor Bank held 27.96% of Lanxin Biotech.\n")
    bought = [_fact(extraction, s) for s in ("21.12%", "6.65 billion yuan")]
    assert [(f.subject, f.measure) for f in bought] == [
        ("company/mindray-bio-medical-electronics", "stake_acquired"),
        ("company/mindray-bio-medical-electronics", "transaction_amount"),
    ]
    assert [_fact(extraction, s).measure for s in ("100.45 million yuan", "82%")] == [
        "transaction_amount", "stake_acquired"]
    held = _fact(extraction, "27.96%")
    assert (held.subject, held.measure) == ("company/harbor-bank", "holding_share")


def test_a_title_naming_a_whole_year_and_a_first_quarter_is_the_years_report() -> None:
    extraction = _extract(
        "STAR Market companies end a flat 2024 on a high note as chipmakers power a strong first quarter\n"
        "SHANGHAI, May 15, 2025\nAll 586 companies had published their 2024 results by April 30. "
        "Combined revenue came to 1,422.17 billion yuan, up 0.24%.\n")
    assert _fact(extraction, "1,422.17 billion yuan").period == "FY2024"
    quarter = _extract("Companies lift first-quarter profit\nSHANGHAI, May 5, 2025\nNet profit rose 3% to 9 billion "
                       "yuan.\n")
    assert _fact(quarter, "9 billion yuan").period == "Q1-2025"


def test_a_regulator_cited_is_no_subject_and_an_exchange_holding_totals_means_its_companies() -> None:
    extraction = _extract(
        "A-share companies in the first half of 2024\nSHANGHAI, September 3, 2024\n"
        "All 5,340 listed companies had reported by August 31, and 2,270 Shanghai-listed companies earned more. "
        "According to the China Securities Regulatory Commission (CSRC), revenue grew by 17.3%. "
        "On the Shanghai Stock Exchange, net profit fell 1.4% to 2.36 trillion yuan.\n")
    assert not (_fact(extraction, "17.3%").subject or "").startswith("organization/")
    shanghai = _fact(extraction, "2,270 Shanghai-listed companies").subject
    assert _fact(extraction, "2.36 trillion yuan").subject == shanghai


def test_a_banks_loans_deposits_and_capital_are_its_own_measures_and_no_implausible_flow() -> None:
    extraction = _extract(
        "Big banks in the first half of 2024\nHarbor Bank's customer loans grew 7.8% to 24.4 trillion yuan and "
        "deposits 1.16% to 28.65 trillion yuan, its allowance-to-NPL ratio climbed to 218.43% and its capital "
        "adequacy ratio stood at 19.16%.\n")
    surfaces = ("24.4 trillion yuan", "28.65 trillion yuan", "218.43%", "19.16%")
    assert [_fact(extraction, s).measure for s in surfaces] == [
        "loan_amount", "customer_deposits", "provision_coverage", "capital_adequacy_ratio"]
    assert not [f for f in extraction.facts if f.flag]  # a loan book at a date is no year's flow above GDP


def test_a_balance_without_a_date_is_the_periods_end_but_a_market_value_is_not() -> None:
    half = _extract(
        "Big banks in the first half of 2024\nBEIJING, August 30, 2024\nHarbor Bank's net profit rose 2% to 9 billion "
        "yuan, its customer loans grew 7.8% to 24.4 trillion yuan and its NPL ratio was 1.32%.\n")
    assert [_fact(half, s).period for s in ("9 billion yuan", "24.4 trillion yuan", "1.32%")] == [
        "H1-2024", "2024-06-30", "2024-06-30"]
    year = _extract("STAR Market companies in 2024\nTheir total assets reached 9 trillion yuan and their market value "
                    "7 trillion yuan.\n")
    assert [_fact(year, s).period for s in ("9 trillion yuan", "7 trillion yuan")] == ["end-2024", "to-date"]


def test_what_a_balance_added_and_an_undated_flow_are_the_periods() -> None:
    extraction = _extract(
        "Telecom operators in the first half of 2024\nBEIJING, August 30, 2024\nHarbor Mobile added 351,000 base "
        "stations, bringing its total to 2.3 million. Its subscribers reached 417 million after 9.08 million net "
        "additions. Mobile ARPU slipped 2.7% to 51.0 yuan. Capex fell 13.4% to 23.9 billion yuan.\n")
    surfaces = (
        "351,000 base stations", "2.3 million", "417 million", "net additions", "51.0 yuan", "23.9 billion yuan")
    assert [_fact(extraction, s).period for s in surfaces] == [
        "H1-2024", "2024-06-30", "2024-06-30", "H1-2024", "H1-2024", "H1-2024"]


def test_a_streak_spans_its_years_and_the_clause_keeps_its_own_period() -> None:
    extraction = _extract(
        "Carriers in the first half of 2024\nHarbor Unicom's profit climbed 11.3% to 13.8 billion yuan, its eighth "
        "straight year of double-digit growth, while its parent earned 6.04 billion yuan. Harbor Bank returned to "
        "revenue growth after two straight years of decline.\n")
    surfaces = ("eighth straight year", "6.04 billion yuan", "two straight years")
    assert [_fact(extraction, s).period for s in surfaces] == ["2017-2024", "H1-2024", "2022-2023"]


def test_a_dividends_total_after_its_change_and_the_profit_excluding_one_offs() -> None:
    extraction = _extract(
        "Carriers in the first half of 2024\nHarbor Mobile will pay HK$2.60 a share, 7.0% more than a year earlier, "
        "or about 51.011 billion yuan in all. Harbor Telecom's net profit gained 8.2% to 21.8 billion yuan; "
        "excluding non-recurring items, it rose 6.0% to 21.7 billion yuan.\n")
    assert _fact(extraction, "51.011 billion yuan").measure == "cash_dividends"
    assert _fact(extraction, "21.7 billion yuan").measure == "net_profit_excl_nonrecurring"


def test_a_yearless_day_months_after_the_reports_date_is_the_year_before() -> None:
    extraction = _extract(
        "Capital raising in 2024\nSHANGHAI, June 20, 2025\nAs of November 5, STAR companies had raised 914.2 billion "
        "yuan. On June 4 Harbor Tech applied to raise 4.98 billion yuan.\n")
    assert _fact(extraction, "914.2 billion yuan").period == "2024-11-05"
    assert _fact(extraction, "June 4").quantity.value == 20250604


def test_a_loss_wider_than_a_year_before_is_a_change_and_no_implausible_share() -> None:
    extraction = _extract(
        "Developers in 2024\nHarbor Property reported a net loss of 31.97 billion yuan, 266.11% wider than its loss of "
        "8.732 billion yuan for 2023, and its debt was 12% smaller than a year earlier.\n")
    assert _fact(extraction, "266.11%").quantity.kind == Kind.CHANGE_PCT
    assert _fact(extraction, "12%").quantity.kind == Kind.CHANGE_PCT
    assert not [f for f in extraction.facts if f.flag]


def test_bank_ratios_named_after_their_figures_and_bond_tranches_that_are_no_share_price() -> None:
    extraction = _extract(
        "Big banks in 2023\nICBC's capital adequacy ratio was 19.10%, compared with 17.95% at Bank of China. PSBC "
        "sold 6.8 billion new shares at 6.64 yuan apiece. ICBC placed 40 billion yuan of bonds, of which 30 billion "
        "yuan carries a coupon of 2.25%. Raising had been 56.999 billion yuan in all of 2023, against 3.2 billion yuan "
        "in 2022.\n")
    assert _label(extraction, _fact(extraction, "17.95%")) == "Bank of China"
    assert _fact(extraction, "6.64 yuan").measure == "share_issue_price"
    assert _fact(extraction, "30 billion yuan").measure == "financing_amount"
    assert _fact(extraction, "56.999 billion yuan").period == "FY2023"


def test_a_yearless_period_end_is_the_reporting_periods_whenever_the_report_is_dated() -> None:
    extraction = _extract(
        "Big banks in the first half of 2024\nBEIJING, April 30, 2025\nAt the end of June Harbor Bank's total assets "
        "stood at 40.29 trillion yuan.\n")
    assert _fact(extraction, "40.29 trillion yuan").period == "2024-06-30"


def test_bonus_shares_a_share_count_and_a_closing_price() -> None:
    extraction = _extract(
        "Companies in 2023\nFor every 10 shares, Harbor Bank plans to pay 5.50 yuan in cash and to hand out 4.9 bonus "
        "shares. Its share count rose to 187,188,620. On its debut the stock closed 2.04% higher at 53.06 yuan.\n")
    surfaces = ("4.9 bonus shares", "187,188,620", "53.06 yuan")
    assert [_fact(extraction, s).measure for s in surfaces] == [
        "bonus_shares_per_10_shares", "total_shares", "share_price"]


def test_money_of_bonds_or_of_an_issue_is_raised() -> None:
    extraction = _extract(
        "Banks in 2024\nHarbor Bank sold 10 billion yuan of six-year convertible bonds, a 30 billion yuan base issue "
        "in all.\n")
    assert [_fact(extraction, s).measure for s in ("10 billion yuan", "30 billion yuan")] == ["financing_amount"] * 2


def test_a_share_of_profit_after_a_payout_and_of_share_capital_after_a_buyback() -> None:
    extraction = _extract(
        "Companies in the first half of 2025\nHarbor Bank plans to pay 0.4 yuan in cash for every 10 shares, about "
        "8.42 million yuan in all and 11.96% of its first-half net profit. Lanxin Biotech had bought back about "
        "517,000 shares, or 0.43% of its share capital.\n")
    assert _fact(extraction, "11.96%").measure == "dividend_payout_ratio"
    assert _fact(extraction, "0.43%").measure == "repurchased_shares"


def test_a_product_lines_sales_and_what_a_business_line_brings_in() -> None:
    extraction = _extract(
        "Food makers in 2024\nLiquid milk sales shrank 12.32% to 75.003 billion yuan. Soy sauce brought in 13.758 "
        "billion yuan, up 8.87%. The group's revenue was 30 billion yuan.\n")
    surfaces = ("75.003 billion yuan", "13.758 billion yuan", "30 billion yuan")
    assert [_fact(extraction, s).measure for s in surfaces] == ["product_sales", "segment_revenue", "revenue"]


def test_a_change_in_how_many_companies_did_something_is_a_change_of_their_count() -> None:
    extraction = _extract(
        "Dividends in 2024\n985 companies announced interim dividends worth 699.47 billion yuan, 4.3 times as many "
        "companies and 2.7 times the amount, with the number of payers up 658%.\n")
    assert [_fact(extraction, s).measure for s in ("4.3 times", "658%")] == ["company_count"] * 2
    assert _fact(extraction, "2.7 times").measure != "company_count"


def test_an_industry_round_up_naming_an_exchange_once_is_not_about_its_companies() -> None:
    extraction = _extract(
        "Brokers' first quarter\nChina's 42 listed securities firms earned 52.183 billion yuan in the first quarter "
        "of 2025. More than 80% of the firms reported higher net profit. The merged group relisted at the Shanghai "
        "Stock Exchange on April 11.\n")
    assert "Shanghai" not in (extraction.entity(_fact(extraction, "More than 80%").subject or "").label)


def test_a_heading_ends_a_companys_paragraphs_and_what_each_spent_is_no_total() -> None:
    extraction = _extract(
        "STAR Market dividends and buybacks in 2024\nAll 586 STAR Market companies paid 40 billion yuan. Harbor "
        "Bank paid 0.9 "
        "yuan per 10 shares, or 170 million yuan in total.\n\nBuybacks\n\nThe 158.6 billion yuan spent on buybacks "
        "compared with 91.4 billion yuan in 2023. Of the buyers, 408 spent more than 100 million yuan each. "
        "Lanxin Biotech led with 3.02 billion yuan.\n")
    assert _fact(extraction, "158.6 billion yuan").subject != "company/harbor-bank"
    assert not [f for f in extraction.facts if f.flag]  # 3.02 billion is no part of "more than 100 million each"


def test_a_bare_count_is_never_money_and_counts_the_group_a_sentence_opens_with() -> None:
    extraction = _extract(
        "Buybacks in 2024\nListed companies spent 158.6 billion yuan on buybacks in 2024. Of the buyers, 408 spent "
        "more than 100 million yuan each and 12 more than 1 billion yuan. The tally reached 96 deals worth 22 "
        "billion yuan, and 80 had been completed. Of the 19 industry sectors, 17 were profitable.\n")
    for surface in ("408", "12"):
        fact = _fact(extraction, surface)
        assert fact.measure == "company_count"
        cohort = extraction.entity(fact.subject or "")
        assert cohort is not None and getattr(cohort, "size", None) == int(surface)
    assert _fact(extraction, "80").measure == "deal_count"  # what the sentence counted before it
    assert _fact(extraction, "17").measure == "industry_count"  # sectors, not companies


def test_an_amount_of_money_never_takes_a_rate_named_after_it() -> None:
    extraction = _extract(
        "Insurers in 2024\nHarbor Insurance raised net profit 30.9% to 32.2 billion yuan in 2024. Its underwriting "
        "profit, however, shrank 43.9% to 5.7 billion yuan and its combined ratio rose to 98.9%.\n")
    assert [_fact(extraction, s).measure for s in ("43.9%", "5.7 billion yuan", "98.9%")] == [
        "underwriting_profit", "underwriting_profit", "combined_ratio"]


def test_a_final_dividend_and_a_full_year_target_are_the_whole_years() -> None:
    extraction = _extract(
        "Harbor Power's first half of 2024\nHarbor Power's revenue rose 8% to 20 billion yuan in the first half of "
        "2024. It paid an interim dividend of 0.09 yuan a share, and proposed a final dividend of 0.11 yuan a share. "
        "The company kept its full-year revenue target of 41 billion yuan.\n")
    assert _fact(extraction, "20 billion yuan").period == "H1-2024"
    assert _fact(extraction, "0.11 yuan a share").period == "FY2024"
    assert _fact(extraction, "41 billion yuan").period == "FY2024"


def test_companies_named_together_as_one_subject_are_a_group_unless_each_has_its_figure() -> None:
    extraction = _extract(
        "Operators in 2024\nMeasured by their filings, Harbor Mobile, Harbor Telecom and Harbor Unicom together "
        "booked operating revenue of 1.02 trillion yuan, up 0.5%. Harbor Life, Ping An, Harbor Group and New Harbor "
        "Life booked investment income of 796.9 billion yuan. Harbor Mobile, Harbor Telecom and Harbor Unicom "
        "planned the largest payouts, at 51 billion, 40.2 billion and 17.7 billion yuan.\n")
    group = extraction.entity(_fact(extraction, "1.02 trillion yuan").subject or "")
    assert isinstance(group, Cohort) and group.size == 3 and group.basis == CohortBasis.MEMBERS
    assert len(group.members) == 3 and _fact(extraction, "0.5%").subject == group.ref
    insurers = extraction.entity(_fact(extraction, "796.9 billion yuan").subject or "")
    assert isinstance(insurers, Cohort) and insurers.size == 4
    assert [_fact(extraction, s).subject for s in ("51 billion", "40.2 billion", "17.7 billion yuan")] == [
        "company/harbor-mobile", "company/harbor-telecom", "company/harbor-unicom"]


def test_the_whole_industry_is_its_own_subject_and_not_a_company_beside_it() -> None:
    extraction = _extract(
        "Airlines in 2024\nThe regulator said the industry carried 730 million passengers last year, up 17.9%. "
        "Harbor Air's premiums grew 5.3%, while industry-wide premiums grew 5.7% to 5.70 trillion yuan. Harbor Air, "
        "the industry leader, earned 2 billion yuan. The ministry put the sector's telecom business revenue at 894.1 "
        "billion yuan.\n")
    assert _label(extraction, _fact(extraction, "730 million passengers")) == "industry"
    assert _label(extraction, _fact(extraction, "5.70 trillion yuan")) == "industry-wide"
    assert _fact(extraction, "2 billion yuan").subject == "company/harbor-air"
    assert _label(extraction, _fact(extraction, "894.1 billion yuan")) == "sector's telecom business"
    ranked = _extract(
        "Developers in 2024\nChina Vanke, the industry's biggest seller for a second straight year, stayed "
        "profitable, but its net profit slumped 58.56% to 5.001 billion yuan.\n")
    assert _label(ranked, _fact(ranked, "5.001 billion yuan")) == "China Vanke"  # a rank in the industry describes it


def test_the_wider_market_opens_a_paragraph_of_industry_figures_but_not_the_whole_a_share_is_of() -> None:
    extraction = _extract(
        "Carmakers in 2025\nHarbor Motor lost 1 billion yuan in the first quarter of 2025.\n\nThe wider market "
        "supplied plenty of volume. Output rose 14.5% year on year to 7.561 million vehicles.\n\nThe main board "
        "accounted for more than 70% of the whole market's revenue.\n")
    assert _label(extraction, _fact(extraction, "7.561 million vehicles")) == "wider market"
    assert "whole market" not in _label(extraction, _fact(extraction, "more than 70%"))


def test_companies_counted_by_what_they_do_are_a_cohort_and_a_group_opening_a_sentence_holds_its_figures() -> None:
    extraction = _extract(
        "Bank results\nChina's six large commercial banks earned 683 billion yuan in the first half of 2024. Across "
        "14 major listed banks, attributable net profit reached 926.5 billion yuan. Of the 23 carmakers tallied, 16 "
        "were profitable.\n")
    six = extraction.entity(_fact(extraction, "683 billion yuan").subject or "")
    assert isinstance(six, Cohort) and six.size == 6 and "large-commercial-banks" in six.ref
    fourteen = extraction.entity(_fact(extraction, "926.5 billion yuan").subject or "")
    assert isinstance(fourteen, Cohort) and fourteen.size == 14
    carmakers = extraction.entity(_fact(extraction, "23 carmakers").subject or "")
    assert isinstance(carmakers, Cohort) and carmakers.size == 23


def test_an_average_margin_or_return_is_a_statistic_but_a_weighted_average_roe_is_a_companys_own() -> None:
    extraction = _extract(
        "Listed companies in 2022\nNon-financial companies earned an average net profit margin of 5.16% and an "
        "average return on equity of 8.27%, down 0.41 and 0.77 percentage points respectively. A total of 3,413 "
        "companies paid dividends worth 1.89 trillion yuan, an average payout ratio of 30.3%. Harbor Bank's weighted "
        "average ROE was 12%.\n")
    assert [_fact(extraction, s).measure for s in ("5.16%", "8.27%", "0.41", "30.3%", "12%")] == [
        "average_sales_margin", "average_roe", "average_sales_margin", "average_dividend_payout_ratio", "roe"]


def test_a_change_right_before_a_level_measures_what_the_level_does() -> None:
    extraction = _extract(
        "Carmakers in 2025\nHarbor Motor's revenue shrank 7.95% to 42.2 billion yuan in the first half of 2025 and "
        "sales fell 12.48% to 755,300 vehicles. Roborock spent 971 million yuan on R&D, up 56.93% and equal to 8.13% "
        "of revenue.\n")
    assert _fact(extraction, "12.48%").measure == _fact(extraction, "755,300 vehicles").measure == "units_shipped"
    assert _fact(extraction, "7.95%").measure == "revenue"
    assert _fact(extraction, "56.93%").measure == "rd_investment"


def test_a_change_set_after_a_count_of_companies_is_a_change_of_the_count() -> None:
    extraction = _extract(
        "Dividends in 2024\nIn all, 88 companies announced cash dividend plans with their third-quarter reports, up "
        "nearly fourfold on a year earlier, and the total exceeded 200 billion yuan. Of these, 47 raised their "
        "dividends by 50%.\n")
    assert _fact(extraction, "nearly fourfold").measure == "company_count"
    assert _fact(extraction, "50%").measure != "company_count"  # what the 47 did, not how many they are


def test_a_group_counted_in_the_title_and_again_in_the_lead_is_one_cohort() -> None:
    extraction = _extract(
        "China's Big Six Banks Held Profits Near Flat\nChina's six large state-owned commercial banks earned 683 "
        "billion yuan in the first half of 2024.\n")
    six = [e for e in extraction.entities if isinstance(e, Cohort) and e.size == 6]
    assert len(six) == 1 and _fact(extraction, "683 billion yuan").subject == six[0].ref


def test_subscribers_and_sites_counted_without_a_date_are_at_the_periods_end() -> None:
    extraction = _extract(
        "Harbor Mobile's first half of 2025\nHarbor Mobile's revenue rose 0.5% to 543.8 billion yuan in the first "
        "half of 2025. The carrier counted 1.005 billion mobile customers and 2.1 million tower sites.\n")
    for surface in ("1.005 billion mobile customers", "2.1 million tower sites"):
        assert _fact(extraction, surface).period == "2025-06-30"
    assert [_fact(extraction, s).measure for s in ("mobile customers", "tower sites")] == [
        "subscriber_count", "tower_site_count"]


def test_january_september_is_nine_months_and_money_earned_from_a_business_line_is_its_income() -> None:
    extraction = _extract(
        "Brokers' nine months\nChina's listed securities firms ended January-September 2024 with slightly weaker "
        "results. Listed brokerages earned 134.5 billion yuan from proprietary trading, 28.7% more than a year "
        "before. Brokerage commissions fell 14% to 66.4 billion yuan. Harbor Securities lifted its proprietary "
        "revenue to 948 million yuan.\n")
    assert _fact(extraction, "134.5 billion yuan").period == "Q1-Q3-2024"
    assert [_fact(extraction, s).measure for s in ("134.5 billion yuan", "66.4 billion yuan", "948 million yuan")] == [
        "proprietary_trading_income", "brokerage_fee_income", "proprietary_trading_income"]


def test_vehicle_sales_and_deliveries_are_units_shipped() -> None:
    extraction = _extract(
        "Carmakers in 2025\nHarbor Motor narrowed its loss to 953 million yuan in the first quarter of 2025 on a 174% "
        "jump in vehicle sales to 27,700. Its deliveries fell 45.7% to 45,300 in March.\n")
    assert {_fact(extraction, s).measure for s in ("174%", "27,700", "45.7%", "45,300")} == {"units_shipped"}


def test_a_payment_in_a_per_ten_shares_sentence_is_per_ten_shares_and_a_total_for_the_full_year_is_cash() -> None:
    extraction = _extract(
        "City banks in 2024\nHarbor Bank will pay 6.50 yuan per 10 shares, combining a 3.70 yuan interim payment with "
        "a proposed final dividend of 2.80 yuan. Ridge Bank plans to pay 5.206 yuan per 10 shares for the full year, "
        "or 9.55 billion yuan in total. Lake Bank will pay 0.197 yuan per share. Lake Bank is still the largest city "
        "bank by assets, at 4.22 trillion yuan.\n")
    surfaces = ("3.70 yuan", "2.80 yuan", "9.55 billion yuan", "0.197 yuan per share", "4.22 trillion yuan")
    assert [_fact(extraction, s).measure for s in surfaces] == [
        "dividend_per_10_shares", "dividend_per_10_shares", "cash_dividends", "dividend_per_share", "total_assets"]


def test_number_words_counting_part_of_a_group_and_their_figures_of_the_whole() -> None:
    extraction = _extract(
        "City banks in 2024\nSeventeen A-share city banks reported 2024 results. Fourteen of them increased operating "
        "income, and their average revenue growth reached 6.37%, up 3.83 percentage points. Seven of the 17 A-share "
        "city banks ended 2024 with NPL ratios below 1%.\n")
    whole = _fact(extraction, "Seventeen A-share city banks").subject
    assert whole is not None and "seventeen" not in whole
    fourteen = _fact(extraction, "Fourteen")
    part = extraction.entity(fourteen.subject or "")
    assert fourteen.measure == "company_count" and isinstance(part, Cohort) and part.size == 14
    assert _fact(extraction, "Seven").measure == "company_count"
    assert _fact(extraction, "6.37%").subject == whole  # "their": the seventeen's, not the fourteen's
    assert _fact(extraction, "3.83 percentage points").measure == "average_revenue"


def test_financial_and_non_financial_companies_and_the_rest_after_excluding_a_group() -> None:
    extraction = _extract(
        "A-shares in 2024\nNet profit of all A-share companies fell 3.0% in 2024, as a 9.0% rise at financial firms "
        "was outweighed by a 14.2% slide among non-financial companies. Non-financial, non-oil companies earned 2.46 "
        "trillion yuan. Companies outside finance and oil earned 8.8 trillion yuan abroad. Excluding financial firms, "
        "the rest earned revenue of 30.35 trillion yuan.\n")
    labels = [_label(extraction, _fact(extraction, s)) for s in ("9.0%", "14.2%", "2.46 trillion yuan",
                                                                 "8.8 trillion yuan", "30.35 trillion yuan")]
    assert labels[0] == "financial firms" and labels[1] == labels[4] == "non-financial companies"
    assert "non-oil" in labels[2] and "outside finance" in labels[3]


def test_the_price_of_a_sale_of_a_subsidiary_is_a_transaction_amount() -> None:
    extraction = _extract(
        "Brokers in 2024\nMuch of Harbor Securities' boost came from the sale of its US subsidiary Ridge Asset, "
        "completed on September 5 for 1.793 billion US dollars.\n")
    assert _fact(extraction, "1.793 billion US dollars").measure == "transaction_amount"


def test_a_group_named_with_an_aside_is_what_each_of_them_and_together_they_refer_to() -> None:
    extraction = _extract(
        "Telecom in 2024\nHarbor Mobile, Harbor Telecom and Harbor Unicom, the state-owned carriers listed in both "
        "Shanghai and Hong Kong, have now all reported results for the first six months of 2024. Each of the three "
        "grew revenue by around 3%, while net profit rose faster. Together they will pay 69.3 billion yuan in interim "
        "dividends.\n")
    group = extraction.entity(_fact(extraction, "around 3%").subject or "")
    assert isinstance(group, Cohort) and group.size == 3
    assert _fact(extraction, "69.3 billion yuan").subject == group.ref


def test_vehicles_made_or_exported_are_output_or_exports_not_units_shipped() -> None:
    extraction = _extract(
        "Carmakers in 2025\nOutput rose 14.5% year on year to 7.561 million vehicles in the first quarter of 2025 and "
        "sales climbed 11.2% to 7.47 million vehicles. Exports grew 7.3% to 1.42 million vehicles.\n")
    assert [_fact(extraction, s).measure for s in ("7.561 million vehicles", "7.47 million vehicles",
                                                  "1.42 million vehicles")] == [
        "production_volume", "units_shipped", "export_volume"]


def test_money_an_investor_puts_in_or_takes_up_is_invested_but_money_put_into_research_is_rd() -> None:
    extraction = _extract(
        "Banks in 2025\nFour banks plan to raise 520 billion yuan in 2025 through private placements, of which the "
        "ministry will take up 500 billion yuan. Harbor Life and Ridge Life each put 25 billion yuan into the first "
        "Honghu fund. Listed companies put 1.66 trillion yuan into R&D in 2025, and their R&D intensity rose by 0.25 "
        "percentage points to 2.32%.\n")
    assert [_fact(extraction, s).measure for s in ("500 billion yuan", "25 billion yuan", "1.66 trillion yuan")] == [
        "investment_amount", "investment_amount", "rd_investment"]


def test_money_a_group_took_in_is_its_revenue() -> None:
    extraction = _extract(
        "ChiNext in 2025\nMore than 300 digital-economy companies took in 370.9 billion yuan in the first half of "
        "2025, 8.66% more than a year before.\n")
    assert [_fact(extraction, s).measure for s in ("370.9 billion yuan", "8.66%")] == ["revenue", "revenue"]


def test_a_conversion_price_and_a_stock_index_have_their_measures() -> None:
    extraction = _extract(
        "Bonds in 2024\nHarbor Solar raised 8.9 billion yuan by selling six-year convertible bonds on February 13, at "
        "an initial conversion price of 69.69 yuan a share. In the third quarter the CSI 300 index rose 16.07% and "
        "the ChiNext index 29.21%.\n")
    assert [_fact(extraction, s).measure for s in ("69.69 yuan a share", "16.07%", "29.21%")] == [
        "conversion_price", "index_level", "index_level"]


def test_the_old_figure_of_a_change_is_the_year_befores_and_its_year_dates_no_other() -> None:
    extraction = _extract(
        "Wind turbine makers in 2024\nBEIJING, April 30, 2025\nThe group swung from a net profit of 10.5 billion yuan "
        "in 2023 to a net loss of 2.9 billion yuan, while impairment losses climbed 49.6% to 4.9 billion yuan. "
        "Average revenue per company climbed from 1.8 billion yuan to 2.3 billion yuan. The share of loss-makers "
        "climbed to 26.6% from 20.8%. Goldwind lost 465 million yuan, reversing a 703 million yuan profit. Only 6 "
        "companies issued bonds in 2024, down from 52.\n")
    periods = {s: _fact(extraction, s).period for s in (
        "10.5 billion yuan", "2.9 billion yuan", "49.6%", "1.8 billion yuan", "2.3 billion yuan", "26.6%", "20.8%",
        "465 million yuan", "703 million yuan", "52")}
    assert periods == {
        "10.5 billion yuan": "FY2023", "2.9 billion yuan": "FY2024", "49.6%": "FY2024", "1.8 billion yuan": "FY2023",
        "2.3 billion yuan": "FY2024", "26.6%": "FY2024", "20.8%": "FY2023", "465 million yuan": "FY2024",
        "703 million yuan": "FY2023", "52": "FY2023",
    }


def test_a_whole_year_aimed_at_is_the_year_the_report_is_written_in() -> None:
    extraction = _extract(
        "Carmakers' first-quarter results\nSHANGHAI, April 30, 2025\nSunward Motors sold 1 million vehicles in the "
        "first quarter. For the full year, Sunward Motors is aiming to sell 5.5 million vehicles, 800,000 of them "
        "abroad. It expects full-year revenue of 35 billion yuan. Its final dividend for the year is 1 yuan a share.\n")
    found = {s: (_fact(extraction, s).measure, _fact(extraction, s).period) for s in (
        "5.5 million vehicles", "800,000", "35 billion yuan", "1 yuan a share")}
    assert found == {
        "5.5 million vehicles": ("units_shipped", "FY2025"), "800,000": ("export_volume", "FY2025"),
        "35 billion yuan": ("revenue", "FY2025"), "1 yuan a share": ("dividend_per_share", "FY2024"),
    }


def test_oil_majors_their_output_and_its_target_range_and_a_streak_running() -> None:
    extraction = _extract(
        "Oil majors in 2024\nBEIJING, April 30, 2025\nChina's three listed oil and gas majors earned 352.9 billion "
        "yuan. Net oil and gas production reached 726.8 million barrels of oil equivalent, and the production target "
        "is 760 million to 780 million barrels of oil equivalent. Its reserves grew for a second year running.\n")
    assert _fact(extraction, "three listed oil and gas majors").measure == "company_count"
    assert _label(extraction, _fact(extraction, "352.9 billion yuan")) == "three listed oil and gas majors"
    found = {s: (_fact(extraction, s).quantity.unit, _fact(extraction, s).measure) for s in (
        "726.8 million barrels of oil equivalent", "760 million", "780 million barrels of oil equivalent")}
    assert set(found.values()) == {("boe", "production_volume")}
    streak = _fact(extraction, "second year running")
    assert (streak.measure, streak.period) == ("consecutive_periods", "2023-2024")


def test_a_fleet_counted_in_ships_a_part_of_groups_counted_and_an_ordinal_years_streak() -> None:
    extraction = _extract(
        "Shipping in 2024\nSHANGHAI, April 30, 2025\nOf the seven listed shipping and port groups covered here, six "
        "reported higher net profit. At the end of 2024 its fleet numbered 538 ships. Ningbo is the world's busiest "
        "port for the 15th year in a row.\n")
    assert _fact(extraction, "seven listed shipping and port groups").measure == "company_count"
    assert _fact(extraction, "six").measure == "company_count"
    assert _fact(extraction, "538 ships").measure == "fleet_size"
    assert _fact(extraction, "15th year in a row").period == "2010-2024"


def test_counts_after_a_share_of_them_spelled_in_percent_are_cohorts_of_the_companies() -> None:
    extraction = _extract(
        "ChiNext companies in H1 2024\nSHENZHEN, September 16, 2024\nA total of 1,349 ChiNext companies reported. "
        "Nearly 60 percent of them grew revenue, 191 posted increases of more than 30 percent and 85 expanded sales "
        "by over 50 percent.\n")
    for count, change in (("191", "more than 30 percent"), ("85", "over 50 percent")):
        cohort = extraction.entity(_fact(extraction, count).subject or "")
        assert isinstance(cohort, Cohort) and cohort.size == Decimal(count)
        assert _fact(extraction, change).subject == cohort.ref and _fact(extraction, change).kind == Kind.CHANGE_PCT


def test_a_count_more_than_a_half_year_before_is_a_change_of_the_count_before_and_of_this_half() -> None:
    extraction = _extract(
        "ChiNext companies in H1 2024\nSHENZHEN, September 16, 2024\nTwenty-four companies each took in more than "
        "10 billion yuan, five more than in the first half of 2023. Revenue rose to 10 billion yuan, 5% more than in "
        "the first half of 2023.\n")
    five = _fact(extraction, "five")
    assert (five.kind, five.quantity.value, five.measure, five.period) == (
        Kind.CHANGE_ABS, Decimal(5), "company_count", "H1-2024")
    assert five.subject == _fact(extraction, "Twenty-four companies").subject
    assert _fact(extraction, "5%").period == "H1-2024"


def test_together_they_sums_what_the_sentence_before_was_about_not_a_group_named_in_passing() -> None:
    extraction = _extract(
        "STAR Market companies in the first three quarters\nAll 590 companies on the STAR Market have now reported, "
        "after Alpha Semi and Beta Pharma, two red-chip companies, completed the round. Together they booked "
        "revenue of 1,105 billion yuan.\n")
    whole = extraction.entity(_fact(extraction, "1,105 billion yuan").subject or "")
    assert isinstance(whole, Cohort) and whole.size == 590


def test_a_thousands_comma_cuts_no_segment() -> None:
    # "2,386.38%": the comma is the number's; the revenue named before it is still the figure's measure.
    extraction = _extract(
        "STAR Market companies in 2025\nCambricon raised nine-month revenue by 2,386.38% to 4.607 billion yuan and "
        "earned about 1.6 billion yuan in net profit.\n")
    assert _fact(extraction, "4.607 billion yuan").measure == "revenue"
    assert _fact(extraction, "about 1.6 billion yuan").measure == "net_profit"


def test_money_after_a_sentence_on_a_ratio_is_the_amount_the_ratio_is_of() -> None:
    extraction = _extract(
        "STAR Market companies in 2025\nResearch and development\nTheir median R&D intensity was 12.4%. Hygon "
        "Information Technology invested about 2.93 billion yuan, up 35.38% and equal to 30.92% of its revenue.\n")
    assert _fact(extraction, "about 2.93 billion yuan").measure == "rd_investment"
    assert _fact(extraction, "30.92%").measure == "rd_intensity"


def test_of_the_n_companies_listed_the_n_is_the_whole_market() -> None:
    extraction = _extract(
        "A-share companies' profit rises\nBEIJING, November 14, 2025\nChina's A-share companies grew faster. By "
        "October 31, 5,437 of the 5,444 companies listed on the Shanghai, Shenzhen and Beijing stock exchanges had "
        "released their reports.\nOverall results\nThe companies generated revenue of 53.41 trillion yuan.\n")
    whole = extraction.entity(_fact(extraction, "53.41 trillion yuan").subject or "")
    assert isinstance(whole, Cohort) and whole.size == 5444 and whole.parent is None


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        ("A-share companies invested 1.16 trillion yuan in research and development, up 3.88 percent.",
         "1.16 trillion yuan", "rd_investment"),
        ("Cambricon Technologies put 715 million yuan into research, equal to 15.51 percent of its revenue.",
         "715 million yuan", "rd_investment"),
        ("Listed companies paid 760 billion yuan in interim dividends. Shenzhen-listed companies contributed "
         "129.112 billion yuan.", "129.112 billion yuan", "cash_dividends"),
        ("The constituents spent 88 billion yuan on R&D, and more than 20% of them put over 15% of revenue into "
         "research.", "more than 20%", "company_share"),
        ("BYD spent the most on R&D. BYD topped the list with 43.748 billion yuan, well above its nine-month net "
         "profit of 23.33 billion yuan.", "43.748 billion yuan", "rd_investment"),
    ],
)
def test_measures_of_research_payouts_and_comparisons(text: str, surface: str, measure: str) -> None:
    assert _fact(_extract(f"A-share companies in 2025\n{text}\n"), surface).measure == measure


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        ("Harbor Express handled 13.3 billion parcels, for a market share of 7.6%.", "7.6%", "market_share"),
        ("Harbor Express lifted the net margin by 0.4 percentage point to 3.6%.", "3.6%", "sales_margin"),
        ("Harbor Express's average revenue per parcel fell 4.9% to 2.30 yuan.", "2.30 yuan", "average_selling_price"),
        ("Harbor Express's cost per parcel dropped 13.0% to 1.83 yuan.", "1.83 yuan", "unit_cost"),
    ],
)
def test_shares_margins_and_prices_a_courier_reports(text: str, surface: str, measure: str) -> None:
    extraction = _extract(f"Couriers in 2024\n{text}\n")
    assert _fact(extraction, surface).measure == measure
    assert _label(extraction, _fact(extraction, surface)) == "Harbor Express"


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        ("Goldfield Mining proposed 2.55 yuan per 10 shares, a payout of about 40.32%.", "about 40.32%",
         "dividend_payout_ratio"),
        ("Goldfield Mining aims to mine 600,000 to 660,000 tonnes of copper in 2025.", "660,000 tonnes",
         "production_volume"),
        ("At Goldfield Mining, mined gold fell 2.9% to 18.35 tonnes.", "18.35 tonnes", "production_volume"),
        ("Goldfield Mining agreed to buy 157,141,100 shares of Solmark for about 18 million dollars, which will lift "
         "its stake from 6.95% to 12.19%.", "12.19%", "holding_share"),
    ],
)
def test_what_a_miner_pays_mines_and_holds(text: str, surface: str, measure: str) -> None:
    assert _fact(_extract(f"Miners in 2024\n{text}\n"), surface).measure == measure


def test_the_buyer_a_deal_clause_refers_back_to_holds_the_stake() -> None:
    extraction = _extract(
        "Miners in 2024\nGoldfield Mining earned more.\nOn January 16 it agreed to pay 13.729 billion yuan, or 35 "
        "yuan a share, for 24.82% of Zangge Mining.\n")
    assert _label(extraction, _fact(extraction, "24.82%")) == "Goldfield Mining"
    assert _label(extraction, _fact(extraction, "13.729 billion yuan")) == "Goldfield Mining"


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        ("Sales abroad carried the year, making up 63.98% of Sany's main business revenue and 51.41% of Zoomlion's.",
         "51.41%", "overseas_revenue"),
        ("Sany Heavy Industry's profit rose 21.55% to 5.334 billion yuan, and basic earnings came to 0.71 yuan per "
         "share.", "0.71 yuan per share", "earnings_per_share"),
    ],
)
def test_a_part_a_clause_opened_with_and_earnings_told_per_share(text: str, surface: str, measure: str) -> None:
    assert _fact(_extract(f"Machinery makers in 2024\n{text}\n"), surface).measure == measure


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Henan Shuanghui Investment & Development, the A-share arm of WH Group, saw revenue slip 0.64% to 59.715 "
         "billion yuan.", "59.715 billion yuan", "Henan Shuanghui Investment & Development"),
        ("Seres Automobile, which makes cars with Huawei, led A-share carmakers in profit growth: net profit soared "
         "81.03% to 2.941 billion yuan.", "2.941 billion yuan", "Seres Automobile"),
        ("Transport companies increased profit by 11.5%, led by airports with 75.6%.", "75.6%", "airports"),
    ],
)
def test_a_name_in_an_apposition_or_a_comparison_group_is_not_the_subject(text: str, surface: str,
                                                                         subject: str) -> None:
    extraction = _extract(f"Company results in 2024\n{text}\n")
    assert _label(extraction, _fact(extraction, surface)) == subject


def test_a_sector_a_figure_follows_with_its_verb_left_out_is_the_subject() -> None:
    extraction = _extract(
        "ChiNext companies in H1 2024\nTransport companies on the board grew revenue by 26.24 percent, while retail "
        "rose 11.52 percent and household appliances 5.51 percent.\n")
    assert _label(extraction, _fact(extraction, "5.51 percent")) != "Transport companies"
    assert "appliances" in _label(extraction, _fact(extraction, "5.51 percent"))
    own = _extract(
        "ChiNext companies in H1 2024\nChiNext companies grew. Sungrow Power Supply earned more. Its energy storage "
        "revenue slipped 8.3% to 7.816 billion yuan.\n")
    assert _label(own, _fact(own, "7.816 billion yuan")) == "Sungrow Power Supply"


def test_a_report_titled_on_nine_months_is_one_though_its_lead_compares_with_the_half() -> None:
    extraction = _extract(
        "ChiNext companies widen profit growth in first three quarters of 2025\nSHENZHEN, November 8, 2025\n"
        "Companies on ChiNext grew faster in the first three quarters of 2025 than in the first half. Their revenue "
        "reached 3.25 trillion yuan.\n")
    assert _fact(extraction, "3.25 trillion yuan").period == "Q1-Q3-2025"


def test_per_company_after_a_pair_of_figures_makes_both_averages() -> None:
    extraction = _extract(
        "ChiNext companies in 2025\nThat works out to 847 million yuan of revenue and 67 million yuan of net profit "
        "per company for the quarter.\n")
    assert _fact(extraction, "847 million yuan").measure == "average_revenue"
    assert _fact(extraction, "67 million yuan").measure == "average_net_profit"


def test_research_intensity_a_board_and_its_sectors_and_a_founder_who_is_no_company() -> None:
    extraction = _extract(
        "BSE companies in 2025\nIn the first half, the research and development intensity of BSE companies was 4.63 "
        "percent. Beauty care led the table, followed by petroleum and petrochemicals at 24 percent and automobiles at "
        "17 percent. Founder Yang Xia agreed to sell a 5 percent stake to Hangzhou Jiushi for 1.403 billion yuan.\n")
    assert _fact(extraction, "4.63 percent").measure == "rd_intensity"
    assert "automobile" in _label(extraction, _fact(extraction, "17 percent"))
    assert not any(e.label.startswith("Founder") for e in extraction.entities)


@pytest.mark.parametrize(
    ("text", "surface", "measure", "subject"),
    [
        ("142 Shanghai companies had kept a dividend yield of at least 3% for three years.", "at least 3%",
         "dividend_yield", None),
        ("Northwind Liquor plans to buy back 3 billion yuan of shares at no more than 1,795.78 yuan apiece.",
         "no more than 1,795.78 yuan", "repurchase_price", None),
        ("The median ratio of R&D spending to revenue was 12.6%.", "12.6%", "median_rd_intensity", None),
        ("Harbor Bank earned the most net profit of all A-share companies, 365.863 billion yuan.",
         "365.863 billion yuan", "net_profit", "Harbor Bank"),
    ],
)
def test_yields_buyback_prices_research_ratios_and_the_most_of_all(
    text: str, surface: str, measure: str, subject: str | None
) -> None:
    extraction = _extract(f"Shanghai-listed companies in 2024\n{text}\n")
    assert _fact(extraction, surface).measure == measure
    if subject:
        assert _label(extraction, _fact(extraction, surface)) == subject


def test_a_report_titled_on_shanghai_listed_companies_is_about_the_shanghai_exchange() -> None:
    extraction = _extract(
        "Shanghai-listed companies earn about 4.4 trillion yuan in 2024\nSHANGHAI, August 8, 2025\nAll companies "
        "listed on the Shanghai Stock Exchange had filed their reports. Shanghai-listed companies paid out more than "
        "300 billion yuan. Industrial and Commercial Bank of China earned the most net profit of all A-share "
        "companies, 365.863 billion yuan.\n")
    payout = extraction.entity(_fact(extraction, "more than 300 billion yuan").subject or "")
    assert isinstance(payout, Cohort) and payout.label == "companies listed on the Shanghai Stock Exchange"
    assert payout.criterion == "listed on Shanghai Stock Exchange"


def test_the_companies_an_exchange_had_size_it_and_a_share_of_revenue_put_into_research_is_intensity() -> None:
    extraction = _extract(
        "Beijing bourse firms' profits slip in first three quarters of 2024\nBEIJING, January 13, 2025\nCompanies "
        "listed on the Beijing Stock Exchange (BSE) earned less. By November 1, 2024, the BSE had 256 listed "
        "companies, a review said.\nResults\nBSE companies put 4.73% of their revenue into research and development.\n")
    intensity = _fact(extraction, "4.73%")
    assert intensity.measure == "rd_intensity"
    whole = extraction.entity(intensity.subject or "")
    assert isinstance(whole, Cohort) and whole.size == 256


def test_a_first_half_loss_and_the_goods_of_a_total_sold_abroad() -> None:
    extraction = _extract(
        "Carmakers in H1 2024\nNorthstar Motor posted the biggest first-half loss in its history, 2.571 billion yuan. "
        "Northstar Motor sold 1.613 million new energy vehicles, including more than 233,000 abroad.\n")
    assert _fact(extraction, "2.571 billion yuan").measure == "net_loss"
    assert _fact(extraction, "more than 233,000").measure == "export_volume"


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        ("Big banks cut their non-performing loan ratios. Harbor Bank had the cleanest book at 0.83%.", "0.83%",
         "npl_ratio"),
        ("Kingfield Holdings bought 7.5 million Harbor Bank shares, lifting its stake from 8.94% to 9.00%.", "9.00%",
         "holding_share"),
        ("The sale diluted the holding of Harbor Bank and its concert parties from 62.35% to 56.34%.", "56.34%",
         "holding_share"),
        ("In October its 52.2%-owned Huirong Mining won a mining licence.", "52.2%", "holding_share"),
    ],
)
def test_a_companys_rate_and_the_stakes_it_holds(text: str, surface: str, measure: str) -> None:
    assert _fact(_extract(f"Banks in 2024\n{text}\n"), surface).measure == measure


def test_a_bare_number_after_a_count_of_deals_counts_deals_not_companies() -> None:
    extraction = _extract(
        "STAR Market mergers\nSTAR Market companies disclosed 134 mergers between June 2024 and September 2025, and "
        "80 had been completed. Of the 586 companies, 320 grew.\n")
    assert _fact(extraction, "80").measure == "deal_count"
    assert _fact(extraction, "320").measure == "company_count"


def test_the_total_after_a_payout_ratio_of_profit_is_the_cash_paid() -> None:
    extraction = _extract(
        "Telecom operators in H1 2025\nHarbor Telecom will pay an interim dividend of 0.1812 yuan per share, handing "
        "out 72% of its first-half profit, or 16.581 billion yuan in all.\n")
    assert _fact(extraction, "16.581 billion yuan").measure == "cash_dividends"


def test_a_section_that_opens_on_a_quarters_figure_is_not_about_that_quarter() -> None:
    extraction = _extract(
        "Listed companies lift first-half profit\nBEIJING, September 5, 2025\nListed companies grew in the first half "
        "of 2025.\nOverall results\nSecond-quarter revenue reached 18.11 trillion yuan. A total of 2,475 companies "
        "increased their net profit.\n")
    assert _fact(extraction, "18.11 trillion yuan").period == "Q2-2025"
    assert _fact(extraction, "2,475 companies").period == "H1-2025"


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        ("Investment banking barely moved, with income edging up 5.4% to 6.672 billion yuan.", "6.672 billion yuan",
         "investment_banking_income"),
        ("Proprietary trading did most of the work: the 42 firms earned 112.354 billion yuan from investing their own "
         "capital.", "112.354 billion yuan", "proprietary_trading_income"),
    ],
)
def test_a_securities_firms_lines_named_alone(text: str, surface: str, measure: str) -> None:
    assert _fact(_extract(f"Brokerages in 2025\n{text}\n"), surface).measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Hengyang followed on May 23 with 224.52 million shares priced at HK$44.05, the top of a HK$41.45 to "
         "HK$44.05 range, for proceeds of HK$9.89 billion.", "HK$41.45", "share_issue_price"),
        ("Hengyang followed on May 23 with 224.52 million shares priced at HK$44.05.", "224.52 million shares",
         "shares_issued"),
        ("Haitao debuted after selling about 279 million H shares at HK$36.30 to raise about HK$10 billion.",
         "HK$36.30", "share_issue_price"),
        ("Daqin Motors raised HK$43.509 billion by placing 129.8 million new H shares at HK$335.20.", "HK$335.20",
         "share_issue_price"),
        ("Xiamen Ruihong followed with 67.91 million H shares marketed at HK$7.48 to HK$10.68.", "HK$10.68",
         "share_issue_price"),
        ("Junhe listed on May 8 at HK$22.15 a share.", "HK$22.15 a share", "share_issue_price"),
        ("Ningtai listed its H shares in Hong Kong on May 20 at 263 Hong Kong dollars each.", "263 Hong Kong dollars",
         "share_issue_price"),
        ("Its Hong Kong public offering was 454.85 times subscribed and the international portion 17.09 times.",
         "17.09 times", "subscription_multiple"),
        ("The retail tranche was oversubscribed about 150.2 times.", "150.2 times", "subscription_multiple"),
    ],
)
def test_an_offering_prices_its_shares_counts_them_and_is_subscribed_many_times(
    sentence: str, surface: str, measure: str
) -> None:
    assert _fact(_extract("Listings in Hong Kong\n" + sentence + "\n"), surface).measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("The orderbook at the end of the year stood at 208.72 million tonnes.", "208.72 million tonnes",
         "order_backlog"),
        ("It signed 25 billion yuan of new orders, 36.61% more than in 2023, and ended the year with about 61.6 "
         "billion yuan of orders in hand.", "61.6 billion yuan", "order_backlog"),
        ("At the end of 2024 it had 322 vessels of 24.61 million tonnes on its books, valued at 216.962 billion yuan.",
         "216.962 billion yuan", "order_backlog"),
        ("The company won orders for 154 vessels worth 103.9 billion yuan, up 42.57%.", "103.9 billion yuan",
         "new_orders"),
        ("Customs data showed 5,804 ships were exported, an increase of 25.1%.", "5,804 ships", "export_volume"),
    ],
)
def test_orders_won_orders_on_the_books_and_ships_exported(sentence: str, surface: str, measure: str) -> None:
    assert _fact(_extract("Shipbuilders in 2024\n" + sentence + "\n"), surface).measure == measure


def test_a_company_that_priced_its_shares_after_an_aside_raised_the_money_not_its_board() -> None:
    extraction = _extract(
        "IPOs in 2024\nWuhan Dalong Database, which listed on the STAR Market on June 12, priced its shares at 86.96 "
        "yuan and raised 1.652 billion yuan. Xinhang Cargo Airlines, the freight arm of Pengda Group, sold "
        "1,321,177,520 shares at 2.30 yuan each on the Shenzhen main board, raising 3.039 billion yuan.\n")
    assert _label(extraction, _fact(extraction, "1.652 billion yuan")) == "Wuhan Dalong Database"
    assert _label(extraction, _fact(extraction, "3.039 billion yuan")) == "Xinhang Cargo Airlines"


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Chinese drugmakers signed 72 licensing deals, and the deals carried a combined headline value of $60.8 "
         "billion.", "$60.8 billion", "transaction_amount"),
        ("In the first quarter alone, 29 licensing deals were struck, worth $34.7 billion in total but only $1.05 "
         "billion upfront.", "$1.05 billion", "upfront_payment"),
        ("Hengyang granted Gexo rights for $500 million upfront and about $12 billion in potential milestone "
         "payments.", "about $12 billion", "milestone_payments"),
        ("Shares of Sanqi Bio and Sunshine Guoxin rose more than 200% and 130%, respectively, after the deal.", "130%",
         "share_price"),
        ("Maiwei's first-half revenue, however, fell 12.43% to 101 million yuan and its net loss widened.",
         "101 million yuan", "revenue"),
    ],
)
def test_licensing_deals_their_upfronts_milestones_and_a_connective_between_commas(
    sentence: str, surface: str, measure: str
) -> None:
    assert _fact(_extract("Drug deals in 2025\n" + sentence + "\n"), surface).measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Ningtai remained the largest supplier, with 339.3 GWh installed and a 37.9% share.", "37.9%",
         "market_share"),
        ("As a battery maker Huayu ranked second with 135.02 GWh, but its share fell 2.52 percentage points to "
         "24.74%.", "24.74%", "market_share"),
        ("Capacity stood at 676 GWh at the end of 2024, and utilisation rose 6 percentage points to 76%.", "676 GWh",
         "production_capacity"),
        ("Its shares rose 5% on the news.", "5%", "share_price"),
        # put into vehicles in the period: neither shipped nor what plants can make
        ("Ningtai remained the largest supplier, with 339.3 GWh installed and a 37.9% share.", "339.3 GWh",
         "installed_volume"),
        ("At home it installed 246.01 GWh, a 45.08% share.", "246.01 GWh", "installed_volume"),
        ("Installed capacity stood at 40 GW at the end of 2024.", "40 GW", "production_capacity"),
    ],
)
def test_a_companys_share_is_of_its_market_and_capacity_that_stood_is_production_capacity(
    sentence: str, surface: str, measure: str
) -> None:
    assert _fact(_extract("Battery makers in 2024\n" + sentence + "\n"), surface).measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Excluding one-off items, however, the loss widened 18.43% to 3.102 billion yuan.", "3.102 billion yuan",
         "net_loss_excl_nonrecurring"),
        ("Operating cash flow rose 45.32% to 5.752 billion yuan, while cash spent on plant and other long-term assets "
         "fell 31.55% to 3.014 billion yuan.", "3.014 billion yuan", "capital_expenditure"),
        ("The roughly 63 billion yuan plant is designed to process 32,000 glass substrates a month.",
         "roughly 63 billion yuan", "investment_amount"),
        ("It signed bulk asset deals worth 23.26 billion yuan covering 41 projects.", "23.26 billion yuan",
         "transaction_amount"),
        ("The project is budgeted at 55 billion yuan.", "55 billion yuan", "investment_amount"),
        ("The industry kept shifting toward China, whose share of global AMOLED panel shipments rose to 45% in 2024.",
         "45%", "market_share"),
    ],
)
def test_a_loss_without_one_offs_capital_spent_on_plant_what_a_plant_costs_and_a_share_of_the_world(
    sentence: str, surface: str, measure: str
) -> None:
    assert _fact(_extract("Panel makers in 2024\n" + sentence + "\n"), surface).measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Yuantong stayed ahead, delivering 26.57 billion parcels, up 25.3%.", "26.57 billion parcels",
         "parcel_volume"),
        ("Its parcel volume jumped 29.83% to 22.729 billion.", "29.83%", "parcel_volume"),
        ("Capital expenditure fell 27% to 9.9 billion yuan, while free cash flow rose 70% to 22.3 billion yuan.",
         "22.3 billion yuan", "free_cash_flow"),
    ],
)
def test_parcels_handled_and_free_cash_flow(sentence: str, surface: str, measure: str) -> None:
    assert _fact(_extract("Couriers in 2024\n" + sentence + "\n"), surface).measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("The average machinery company booked 337 million yuan of revenue, down 0.1%, and 38 million yuan of net "
         "profit.", "337 million yuan", "average_revenue"),
        ("The total market value of BSE shares rose about 135.4% from 288.7 billion yuan to 679.7 billion yuan.",
         "679.7 billion yuan", "market_value"),
    ],
)
def test_the_average_company_of_a_trade_and_what_a_markets_shares_are_worth(
    sentence: str, surface: str, measure: str
) -> None:
    assert _fact(_extract("BSE companies in 2024\n" + sentence + "\n"), surface).measure == measure


def test_the_half_dates_a_figure_and_a_since_of_a_listing_or_a_record_does_not() -> None:
    extraction = _extract(
        "A-share companies list in Hong Kong\nHONG KONG, August 21, 2025\nThe Securities and Futures Commission "
        "counted 42 new listings in the half with proceeds of HK$107.1 billion.\nHengyang, listed in Shanghai since "
        "2000, followed on May 23 with 224.52 million shares priced at HK$44.05. The placement was the city's "
        "biggest share sale since 2021, at 4.46% of its shares.\n")
    assert _fact(extraction, "HK$107.1 billion").period == "H1-2025"
    assert _fact(extraction, "HK$44.05").period == "2025-05-23"
    assert not _fact(extraction, "4.46%").period.startswith("since")


def test_a_part_year_report_dates_a_whole_year_it_names_and_last_year() -> None:
    extraction = _extract(
        "BSE companies in the first quarter of 2025\nBEIJING, May 26, 2025\nIn the first quarter, revenue rose 3%.\n"
        "The quarter followed a difficult 2024, when the 266 companies' combined revenue fell 2.39 percent to "
        "181.646 billion yuan. Zhongxin Materials reported preliminary 2024 revenue of 14.237 billion yuan.\nBeauty "
        "care profit jumped 128 percent last year.\n")
    assert _fact(extraction, "181.646 billion yuan").period == "FY2024"
    assert _fact(extraction, "14.237 billion yuan").period == "FY2024"
    assert _fact(extraction, "128 percent").period == "FY2024"
    assert _fact(extraction, "3%").period == "Q1-2025"


def test_shares_a_buyback_would_retire_are_repurchased_shares() -> None:
    extraction = _extract("Baijiu makers in 2024\nMaotai Liquor plans to buy back shares. That would retire between "
                          "1,670,583 and 3,341,164 shares, or 0.1330% to 0.2660% of its share capital.\n")
    assert _fact(extraction, "3,341,164 shares").measure == "repurchased_shares"
    assert _fact(extraction, "0.2660%").measure == "repurchased_shares"


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("When trading was halted the chip designer was valued at 316.4 billion yuan.", "316.4 billion yuan",
         "market_value"),
        ("Beifang Huachuang paid 1.687 billion yuan in cash on March 10 for 19,064,915 Xinyuan shares.",
         "1.687 billion yuan", "transaction_amount"),
        ("Beifang Huachuang paid 1.687 billion yuan in cash on March 10 for 19,064,915 Xinyuan shares.",
         "19,064,915 Xinyuan shares", "shares_acquired"),
        ("The merger was a deal valued at 115.15 billion yuan.", "115.15 billion yuan", "transaction_amount"),
    ],
)
def test_a_company_valued_at_and_shares_paid_for(sentence: str, surface: str, measure: str) -> None:
    assert _fact(_extract("Mergers in 2025\n" + sentence + "\n"), surface).measure == measure


def test_two_boards_named_with_the_between_them_pair_with_their_figures_in_order() -> None:
    extraction = _extract("ChiNext in the first quarter of 2025\nThe STAR Market and the Beijing Stock Exchange "
                          "lifted revenue by 2.16% and 5.8% respectively, but their net profit fell 52.3% and 7.65%.\n")
    assert _label(extraction, _fact(extraction, "2.16%")) == "STAR Market"
    assert _label(extraction, _fact(extraction, "7.65%")) == "Beijing Stock Exchange"


def test_a_turnover_rate_is_no_amount_traded() -> None:
    extraction = _extract("BSE companies in 2025\nFrom January to April the BSE 50 had an average daily turnover "
                          "rate of 3.62 percent, above the 2.44 percent of the ChiNext Index.\n")
    assert _fact(extraction, "3.62 percent").measure == "turnover_rate"
    assert _fact(extraction, "2.44 percent").measure == "turnover_rate"


def test_capacity_a_maker_could_make_goods_after_a_money_topic_and_research_spending() -> None:
    extraction = _extract(
        "Chemical makers in 2024\nDonghua Chemical said revenue rose 2% to 182 billion yuan. Asset impairment losses "
        "jumped 446.94% to 740 million yuan. Sales of fibres reached 2.03 million tonnes, up 15.34%. At the end of "
        "2024 Donghua could make 3.8 million tonnes of MDI and 1.11 million tonnes of TDI. A new line will take MDI "
        "capacity to 4.5 million tonnes. It spent 1.75 billion yuan on research, up 7.7%. Automotive glass, more "
        "than 90% of sales, brought in 35.712 billion yuan.\n")
    # a figure in tonnes is never a money measure's, whatever the sentence before was about
    assert _fact(extraction, "2.03 million tonnes").measure == "units_shipped"
    capacity = ("3.8 million tonnes", "1.11 million tonnes", "4.5 million tonnes")
    assert {_fact(extraction, s).measure for s in capacity} == {"production_capacity"}
    assert _fact(extraction, "1.75 billion yuan").measure == "rd_investment"
    assert _fact(extraction, "35.712 billion yuan").measure == "segment_revenue"  # a line, an aside, its money


def test_insurers_solvency_ratios_investment_assets_and_equity_have_their_measures() -> None:
    extraction = _extract(
        "Insurers in the first half of 2025\nZhongshou Life said net profit rose 6.9% to 40.93 billion yuan. Net "
        "investment income was 96.067 billion yuan. Equity attributable to shareholders reached 943.952 billion "
        "yuan. The group's comprehensive and core solvency ratios were 276% and 219% respectively, and its "
        "investment assets topped 1.7 trillion yuan.\n")
    expected = {"96.067 billion yuan": "net_investment_income", "943.952 billion yuan": "net_assets",
                "276%": "comprehensive_solvency_ratio", "219%": "core_solvency_ratio",
                "1.7 trillion yuan": "investment_assets"}
    assert {s: _fact(extraction, s).measure for s in expected} == expected


def test_a_company_named_in_passing_does_not_become_the_topic_and_share_bases_are_share_counts() -> None:
    extraction = _extract(
        "Auto parts makers in 2024\nHuayang Automotive said revenue inched up 0.15% to 168.85 billion yuan, and "
        "profit excluding one-offs fell 11.45% to 5.76 billion yuan. Customers outside Shangqi Motor supplied 62.2% "
        "of revenue. The company plans to pay 8.00 yuan for every 10 shares on a base of 3,152,723,984 shares.\n")
    assert _fact(extraction, "5.76 billion yuan").measure == "net_profit_excl_nonrecurring"
    assert _label(extraction, _fact(extraction, "8.00 yuan for every 10 shares")) == "Huayang Automotive"
    assert _fact(extraction, "3,152,723,984 shares").measure == "total_shares"


def test_a_regulators_fines_and_cases_have_their_measures() -> None:
    extraction = _extract(
        "Delistings in 2024\nThe China Securities Regulatory Commission (CSRC) handled 739 cases during the year, "
        "with penalties totalling 15.3 billion yuan. Hengyuan Real Estate was fined 4.175 billion yuan on May 31. It "
        "had imposed 8.1 billion yuan in fines by then.\n")
    assert _fact(extraction, "739 cases").measure == "case_count"
    assert {_fact(extraction, s).measure for s in ("15.3 billion yuan", "4.175 billion yuan", "8.1 billion yuan")} == {
        "fine_amount"}


def test_a_line_of_products_that_rises_to_an_amount_is_segment_revenue() -> None:
    extraction = _extract(
        "Makers in 2024\nGeming Acoustics earned 2 billion yuan. Smart acoustic products rose 8.73% to 26.296 "
        "billion yuan, and precision components grew 15.85% to 15.051 billion yuan.\n")
    lines = ("8.73%", "26.296 billion yuan", "15.85%", "15.051 billion yuan")
    assert {_fact(extraction, s).measure for s in lines} == {"segment_revenue"}


def test_a_line_of_business_that_opens_its_clause_holds_the_companys_revenue_as_segment_revenue() -> None:
    extraction = _extract(
        "Apparel makers in 2024\nHuaxin Apparel's revenue rose 7.06% to 14.626 billion yuan. Children's wear grew "
        "9.55% to 10.268 billion yuan, while its outdoor arm slipped 2.4% to 1.3 billion yuan. Knitwear and "
        "accessories, up 17.09%, accounted for 12.55% of revenue. Footwear, which accounted for 8.2% of revenue, "
        "fell 3%. Luggage accounted for 4.8% of its revenue, eyewear for 2.1% and watches for 1.6%. In 2024 it "
        "grew 5% to 3.05 billion yuan, and the company grew 6% to 3.1 billion yuan.\n")
    lines = ("9.55%", "10.268 billion yuan", "2.4%", "1.3 billion yuan", "17.09%", "12.55%", "8.2%", "4.8%", "2.1%",
             "1.6%")
    assert [_fact(extraction, s).measure for s in lines] == ["segment_revenue"] * len(lines)
    assert {_fact(extraction, s).kind.value for s in ("12.55%", "8.2%", "4.8%", "2.1%", "1.6%")} == {"share"}
    # the company itself, however it is named, grows its revenue
    assert [_fact(extraction, s).measure for s in ("14.626 billion yuan", "3.05 billion yuan", "3.1 billion yuan")] == [
        "revenue"] * 3


def test_stocks_candidates_restructurings_licences_and_m_and_a_events_are_counted_by_their_nouns() -> None:
    extraction = _extract(
        "Capital markets in 2024\nData showed 14 stocks delisted in July, and 428 candidates had ended their reviews. "
        "Listed companies were involved in 2,001 M&A events, and 102 of them were major asset restructurings. "
        "Huayang Bio announced two licences on June 26.\n")
    counts = {"14 stocks": "company_count", "428 candidates": "company_count", "2,001 M&A events": "deal_count",
              "two licences": "deal_count"}
    assert {s: _fact(extraction, s).measure for s in counts} == counts


def test_shares_a_buyer_issues_to_pay_are_its_own() -> None:
    extraction = _extract(
        "Mergers in 2025\nAnhui Fuda Technology is paying 6.55 billion yuan for all of Jiangsu Fuhua Semiconductor, "
        "issuing 379,760,567 shares at 16.30 yuan each.\n")
    for surface in ("379,760,567 shares", "16.30 yuan"):
        assert _label(extraction, _fact(extraction, surface)) == "Anhui Fuda Technology"


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        # a line of products earns revenue; a company earns its profit
        ("Mobile games earned 2.18 billion yuan, up 5.2%, while PC games fell 15.8% to 680 million yuan.",
         "2.18 billion yuan", "segment_revenue"),
        ("Mobile games earned 2.18 billion yuan, up 5.2%, while PC games fell 15.8% to 680 million yuan.",
         "680 million yuan", "segment_revenue"),
        ("Huaxin Network earned 1.42 billion yuan, up 31.2%.", "1.42 billion yuan", "net_profit"),
        ("Its research and development expense ratio rose 4.3 percentage points to 20.5%.", "20.5%", "rd_intensity"),
        ("Short-term borrowings jumped 71% to 2.654 billion yuan.", "2.654 billion yuan", "interest_bearing_debt"),
        # sales at home and abroad, a share of a market held
        ("Sales at home rose 15.66% to 9.052 billion yuan and abroad 23.27% to 7.211 billion yuan.",
         "9.052 billion yuan", "domestic_revenue"),
        ("Sales at home rose 15.66% to 9.052 billion yuan and abroad 23.27% to 7.211 billion yuan.",
         "7.211 billion yuan", "overseas_revenue"),
        ("Its servo systems held about 32% of the domestic market.", "about 32%", "market_share"),
        # a business line's revenue told with its line's longer name, or with its verb elided; a company's is revenue
        ("New energy materials revenue grew 80.77% to 841 million yuan.", "841 million yuan", "segment_revenue"),
        ("Its storage shipments grew 70% and storage revenue 105%.", "105%", "segment_revenue"),
        ("Huaxin Securities saw revenue fall 11.0% to 11.778 billion yuan.", "11.778 billion yuan", "revenue"),
        # a line's revenue after "but", "though", "with" or a company's name, or with "alone" or "tripled" after it;
        # a company's own or quarterly revenue is its revenue
        ("Huaxin Soft's revenue fell 3.4%, though subscription revenue grew 26.0%.", "26.0%", "segment_revenue"),
        ("Cloud revenue rose 9.51%, but security revenue fell 6.75% to 3.629 billion yuan.", "3.629 billion yuan",
         "segment_revenue"),
        ("Huaxin Lithium sold 100,000 tonnes, with lithium revenue down 57.90% to 267 million yuan.",
         "267 million yuan", "segment_revenue"),
        ("Huaxin Soft's cloud revenue rose 9.51% to 3.384 billion yuan.", "3.384 billion yuan", "segment_revenue"),
        ("Energy storage revenue alone jumped 184% to 3.02 billion yuan.", "3.02 billion yuan", "segment_revenue"),
        ("Contact lens revenue more than tripled to 426 million yuan.", "426 million yuan", "segment_revenue"),
        ("So that segment's revenue shrank 11.29% to 253.041 billion yuan.", "253.041 billion yuan", "segment_revenue"),
        ("Huaxin Soft's own revenue fell 8.4% to 13.148 billion yuan.", "13.148 billion yuan", "revenue"),
        ("Huaxin Soft's Q1 revenue rose 5% to 3.1 billion yuan.", "3.1 billion yuan", "revenue"),
        # what is made, and what a plant can make: a list of amounts "a year", "can cast", "designed for"
        ("NEVs did the lifting: production jumped 50.4% to 3.182 million units.", "50.4%", "production_volume"),
        ("Chinese yards completed 48.18 million deadweight tonnes of ships in 2024.", "48.18 million deadweight tonnes",
         "production_volume"),
        ("For 2025 Huaxin Power targets generation of 237 billion kWh.", "237 billion kWh", "production_volume"),
        ("Huaxin Casting can cast 700,000 tonnes of parts.", "700,000 tonnes", "production_capacity"),
        ("The park is to make 300,000 tonnes of industrial silicon, 150,000 tonnes of high-purity polysilicon and "
         "35 GW of monocrystalline silicon a year.", "150,000 tonnes", "production_capacity"),
        ("The Huaxin base is designed for 15,650 tonnes of active ingredients.", "15,650 tonnes",
         "production_capacity"),
        ("Huaxin Steel made 1.2 million tonnes of steel, a year earlier than planned.", "1.2 million tonnes",
         "production_volume"),
        # what a group holds, not what it earns
        ("Huaxin Bank said its net profit rose 0.5% and that group assets had passed 40 trillion yuan.",
         "40 trillion yuan", "total_assets"),
        ("The group's assets topped 314 trillion yuan at the end of March.", "314 trillion yuan", "total_assets"),
        ("Huaxin Motor delivered 2.053 million vehicles and grew revenue 5.23% to 299.58 billion yuan.",
         "299.58 billion yuan", "revenue"),
        # a change named before its figure and its measure after: "a fall of over 50% in net profit"
        ("In 2024, 15 companies saw revenue drop by more than 50%, and 86 reported a fall of over 50% in net profit.",
         "over 50%", "net_profit"),
        # what a loan lends
        ("It was led by Muyuan Foods with a 2.5 billion yuan buyback loan.", "2.5 billion yuan", "loan_amount"),
        ("Huaxin Bank has promised up to 9 billion yuan of three-year loans for the programme.",
         "up to 9 billion yuan", "loan_amount"),
        # the rate debt is sold at
        ("Huaxin Bank sold 20 billion yuan at 1.65%, covered 2.84 times.", "1.65%", "coupon_rate"),
        ("Huaxin Bank priced 5 billion yuan of three-year paper at 1.67%.", "1.67%", "coupon_rate"),
        ("Huaxin Bank sold its stake at 12%.", "12%", "holding_share"),
    ],
)
def test_what_a_product_line_earns_an_expense_ratio_a_market_held_and_a_coupon_measure(
    sentence: str, surface: str, measure: str
) -> None:
    report = _extract("Game makers in 2024\nHuaxin Network reported results.\n" + sentence + "\n")
    assert _fact(report, surface).measure == measure


def test_a_country_is_no_company() -> None:
    report = _extract("Game makers in 2024\nThe United States, Japan and South Korea took 31.06%, 17.32% and 8.89% of "
                      "overseas revenue, respectively.\n")
    assert not [e for e in report.entities if e.label in {"United States", "South Korea"}]


def test_a_new_section_that_names_no_one_is_about_the_group_the_report_opened_on() -> None:
    report = _extract(
        "Brokerages double profit\nBEIJING, May 12, 2025\nChina's 42 listed securities firms earned a combined net "
        "profit of 52.183 billion yuan in the first quarter. Huaxin Securities lifted revenue by 800.98%.\n"
        "Trading drives the gains\nBrokerage fee income of the listed firms climbed 48.7% to 32.736 billion yuan.\n"
    )
    assert _label(report, _fact(report, "32.736 billion yuan")) == "42 listed securities firms"


def test_goods_told_as_a_total_reached_by_now_are_to_date_and_every_figure_has_a_subject() -> None:
    report = _extract(
        "Machine makers in 2024\nSHANGHAI, May 22, 2025\nChina's domestic machine tool market grew 7.53% to 325.783 "
        "billion yuan. Huaxin CNC has reached the milestone of more than 500 machines in use.\n"
    )
    assert _fact(report, "more than 500 machines").period == "to-date"
    assert all(f.subject for f in report.facts if f.measure != "publication_date")


@pytest.mark.parametrize(
    ("sentence", "surface", "subject", "measure"),
    [
        # the whole market's: no company of the round-up holds it
        ("China's domestic video game market grew 7.53% to a record 325.783 billion yuan in 2024.",
         "325.783 billion yuan", "video games", "market_size"),
        ("China's domestic video game market grew 7.53% to a record 325.783 billion yuan in 2024.", "7.53%",
         "video games", "market_size"),
        # a company's share of a sector's market stays the company's
        ("Giant Network's share of the video game market rose to 2.1%.", "2.1%", "Giant Network", "market_share"),
    ],
)
def test_a_whole_markets_figure_is_its_sectors(sentence: str, surface: str, subject: str, measure: str) -> None:
    text = "Game makers in 2024\nGiant Network and Perfect World reported their results.\n" + sentence + "\n"
    extraction = _extract(text)
    fact = _fact(extraction, surface)
    assert (_label(extraction, fact), fact.measure) == (subject, measure)


def test_an_average_deals_amount_is_an_average() -> None:
    extraction = _extract(
        "Placements in 2024\nA total of 105 bidding placements raised 104.393 billion yuan.\n"
        "The average bidding deal brought in 994 million yuan, against an average plan of 1.316 billion yuan.\n"
    )
    assert [_fact(extraction, s).measure for s in ("994 million yuan", "1.316 billion yuan")] == [
        "average_financing_amount", "average_financing_amount"
    ]


def test_another_name_inside_an_aside_is_not_the_subject() -> None:
    extraction = _extract(
        "Server makers in 2025\nSHANGHAI, September 30, 2025\nLinkwide Technology, the Shanghai-listed arm of "
        "Taiwan's Gizmo Precision Industry, or Gizmo Electronics, whose group owns 84% of it, said on August 10 that "
        "revenue rose 35.58% to 360.76 billion yuan.\nThe gross margin slipped 0.13 percentage points to 6.60%.\n")
    # the sentence's figures and the next one's are the company it opens with, not the parent's other name
    assert {_label(extraction, _fact(extraction, s)) for s in ("360.76 billion yuan", "6.60%")} == {
        "Linkwide Technology"}


def test_a_line_of_no_size_its_company_talks_about_is_no_group() -> None:
    extraction = _extract(
        "Travel retail in 2024\nSHANGHAI, May 8, 2025\nChina Tourism Group Duty Free reported revenue of 56.474 "
        "billion yuan, down 16.38%.\nAirports were the bright spot, as sales at its Beijing airport stores rose more "
        "than 115%.\nThe board proposed a cash dividend of 1.05 yuan per share.\n")
    assert {_label(extraction, _fact(extraction, s)) for s in ("115%", "1.05 yuan per share")} == {
        "China Tourism Group Duty Free"}


@pytest.mark.parametrize(
    ("title", "population"),
    [
        # labelled as the title names the market, its body naming it no more
        ("A-share refinancing sinks to 12-year low in 2024", "A-share listed companies"),
        ("China's A-share merger wave builds in 2024", "A-share listed companies"),
        ("A-share giants flock to Hong Kong in 2024", None),  # its biggest companies: a group of their own
    ],
)
def test_a_title_on_what_the_a_share_market_did_is_about_all_listed_companies(
    title: str, population: str | None
) -> None:
    extraction = _extract(
        f"{title}\nSHANGHAI, February 28, 2025\nSTAR Market companies raised only 3.2 billion yuan, and "
        "STAR Market companies tapped the market six times.\nMost deals were small.\n")
    whole = extraction.entity("cohort/all-listed-companies")
    assert (whole.label if whole else None) == population


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        # where the money came from, or a line's part of the whole: a segment's revenue
        ("Revenue from Hainan fell 27% to 28.9 billion yuan.", "28.9 billion yuan", "segment_revenue"),
        ("Revenue at the older parks fell 2.71%.", "2.71%", "segment_revenue"),
        ("Online channels made up 68% of revenue.", "68%", "segment_revenue"),
        ("In the second quarter its overall server revenue grew more than 50%.", "50%", "segment_revenue"),
        # the company's or group's own revenue, a change from one level to another, money from abroad
        ("Revenue at Shenzhen Inovance Technology grew 21.77% to 37.041 billion yuan.", "37.041 billion yuan",
         "revenue"),
        ("Revenue at innovative drug companies jumped 67%.", "67%", "revenue"),
        ("It lifted its annual revenue from around 304 million yuan to 23.008 billion yuan.", "23.008 billion yuan",
         "revenue"),
        ("Revenue from overseas rose 5% to 3.1 billion yuan.", "3.1 billion yuan", "overseas_revenue"),
        ("Overseas sales made up 30% of revenue.", "30%", "overseas_revenue"),
    ],
)
def test_revenue_from_a_place_a_line_or_a_channel_is_a_segments(sentence: str, surface: str, measure: str) -> None:
    extraction = _extract("Makers in 2024\nProya reported its results.\n" + sentence + "\n")
    assert _fact(extraction, surface).measure == measure


def test_a_brand_named_after_what_it_is_has_sales_of_its_own() -> None:
    extraction = _extract(
        "Cosmetics makers in 2024\nProya Cosmetics lifted revenue 21% to 10.7 billion yuan. The flagship brand earned "
        "8.581 billion yuan, while make-up label Timage grew 19.04% to 1.191 billion yuan. Smaller brands grew "
        "faster: hair-care line Off&Relax rose 71% to 368 million yuan, and eye make-up brand Yuanse Bota jumped "
        "138.36% to 114 million yuan.\n")
    found = {s: (_label(extraction, f := _fact(extraction, s)), f.measure)
             for s in ("1.191 billion yuan", "368 million yuan", "114 million yuan")}
    assert found == {
        "1.191 billion yuan": ("Timage", "product_sales"),
        "368 million yuan": ("Off&Relax", "product_sales"),
        "114 million yuan": ("Yuanse Bota", "product_sales"),  # the nearest line before it, not the first
    }


@pytest.mark.parametrize(
    ("sentence", "surface", "measure", "period"),
    [
        ("Mainland box office receipts totalled 42.502 billion yuan, down 22.6%.", "42.502 billion yuan",
         "box_office", "FY2024"),
        ("The eight films it invested in grossed more than 3 billion yuan.", "3 billion yuan", "box_office", "FY2024"),
        ("Admissions fell 22.3% to 1.01 billion.", "1.01 billion", "admissions", "FY2024"),
        # visitors counted over the year, not a stock on the report's day
        ("The resort saw visitors dip 1.6% to 4.6722 million.", "4.6722 million", "visitor_count", "FY2024"),
        ("Occupancy fell 2.4 percentage points to 67.5% and RevPAR slid 8% to 174 yuan.", "67.5%", "occupancy_rate",
         "FY2024"),
        ("Occupancy fell 2.4 percentage points to 67.5% and RevPAR slid 8% to 174 yuan.", "174 yuan", "revpar",
         "FY2024"),
        ("The chain ran 710 cinemas with 6,212 screens.", "710 cinemas", "cinema_count", "end-2024"),
        ("The chain ran 710 cinemas with 6,212 screens.", "6,212 screens", "screen_count", "end-2024"),
        ("The group ran 13,416 hotels.", "13,416 hotels", "hotel_count", "end-2024"),
    ],
)
def test_cinemas_hotels_and_sights_have_measures_of_their_own(
    sentence: str, surface: str, measure: str, period: str
) -> None:
    fact = _fact(_extract("Leisure companies in 2024\nBEIJING, April 30, 2025\nWanda Film reported results.\n"
                          + sentence + "\n"), surface)
    assert (fact.measure, fact.period) == (measure, period)


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        # only what is counted is fewer: the change is the count's, whatever the sentence goes on to raise
        ("In all, 163 companies completed refinancing deals, 64.79% fewer than in 2023, while the money they raised "
         "fell 69.87%.", "64.79%", "company_count"),
        ("Wind counted 265 equity fundraisings, 512 fewer than in 2023, raising 269.3 billion yuan.", "512",
         "deal_count"),
        ("A review counted 105 placements priced through bidding.", "105 placements", "deal_count"),
        # the price new shares were sold at, the sale told before
        ("The deal was finally priced at 8.31 yuan a share, with 1,684,717,207 new shares locked up.",
         "8.31 yuan a share", "share_issue_price"),
    ],
)
def test_fewer_is_a_counts_change_and_a_deal_priced_at_is_an_issue_price(
    sentence: str, surface: str, measure: str
) -> None:
    extraction = _extract("Refinancing in 2024\nSHANGHAI, February 28, 2025\n" + sentence + "\n")
    assert _fact(extraction, surface).measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("CNOOC declared HK$0.73 per share, down from HK$0.74 a year earlier, for about HK$34.697 billion.",
         "HK$34.697 billion", "cash_dividends"),  # too much for one share: the total paid
        ("Other big payers include Gree Electric Appliances and Midea Group, at 5.585 billion yuan and 3.798 "
         "billion yuan respectively.", "5.585 billion yuan", "cash_dividends"),
        # a per-share amount that says its basis keeps it, however large
        ("Kweichow Moutai proposed 308.76 yuan for every 10 shares.", "308.76 yuan for every 10 shares",
         "dividend_per_10_shares"),
    ],
)
def test_an_amount_too_large_for_one_share_is_the_total_paid(sentence: str, surface: str, measure: str) -> None:
    extraction = _extract("Dividends in 2025\nMidea Group will pay 5 yuan for every 10 shares.\n" + sentence + "\n")
    assert _fact(extraction, surface).measure == measure


def test_a_group_followed_by_the_list_of_its_members_holds_the_figure_after_them() -> None:
    extraction = _extract(
        "Dividends in 2025\nSHANGHAI, December 31, 2025\nThe six big state-owned banks, Industrial and Commercial "
        "Bank of China (ICBC), Agricultural Bank of China, Bank of China, China Construction Bank, Bank of "
        "Communications and Postal Savings Bank of China, proposed interim dividends of 204.66 billion yuan.\n")
    assert _label(extraction, _fact(extraction, "204.66 billion yuan")) == "six big state-owned banks"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Zijin Mining needed two days to finish a buyback of nearly 1 billion yuan.", "two days"),
        ("It plans to add 500 million yuan of shares within six months.", "six months"),
        ("The new shares are locked up for 36 months.", "36 months"),
        ("In about two weeks the total of the plans grew fivefold.", "about two weeks"),
    ],
)
def test_days_weeks_and_months_counted_are_spans_of_time_never_money(sentence: str, surface: str) -> None:
    extraction = _extract("Buybacks in 2025\nCATL raised HK$41 billion in its listing.\n" + sentence + "\n")
    assert _fact(extraction, surface).measure == "period_length"


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Its auto-parts business earned 11.387 billion yuan, up 14.86%.", "11.387 billion yuan", "segment_revenue"),
        ("The three lines earned 75.844 billion, 72.518 billion and 28.273 billion yuan.", "72.518 billion",
         "segment_revenue"),
        ("Spring Airlines earned 2.273 billion yuan, up 0.69%, on revenue of 20.0 billion yuan.",
         "2.273 billion yuan", "net_profit"),  # a company whose name ends in "lines"
        ("Conch had 274 million tonnes of clinker capacity at the end of 2024.", "274 million tonnes",
         "production_capacity"),
        ("Its unit had capacity for 11.61 million modules in the half.", "11.61 million modules",
         "production_capacity"),
        # what a project, a phase or added capacity holds
        ("It will put 6.28 billion yuan into a 35 GW N-type monocrystalline ingot project.", "35 GW",
         "production_capacity"),
        ("JA Solar is building a 6 GW cell and 3 GW module project in Oman.", "6 GW", "production_capacity"),
        ("Gotion began building the first 20 GWh phase of its plant in Kenitra.", "20 GWh", "production_capacity"),
        ("Huaneng added 6.772 GW of solar capacity during the year.", "6.772 GW", "production_capacity"),
    ],
)
def test_a_business_earns_revenue_and_capacity_in_tonnes_is_capacity(sentence: str, surface: str, measure: str) -> None:
    extraction = _extract("Makers in 2024\nConch reported its results.\n" + sentence + "\n")
    assert _fact(extraction, surface).measure == measure


def test_how_long_a_bond_runs_is_its_tenor_and_a_streak_stays_a_streak() -> None:
    extraction = _extract(
        "Banks in 2025\nBank of Hangzhou sold 5 billion yuan of three-year notes at 1.67%, and ICBC a 10 billion "
        "yuan five-year tranche. More than 60 of the bonds had maturities of three years or more. Of these, 107 "
        "companies kept R&D intensity above 20% for 3 consecutive years, and the lock-up lasts 36 months.\n")
    for surface in ("three-year", "five-year", "three years or more"):
        assert _fact(extraction, surface).measure == "tenor"
    assert _fact(extraction, "3 consecutive years").measure == "consecutive_periods"
    assert _fact(extraction, "36 months").measure == "period_length"


def test_the_total_a_per_share_payout_comes_to_later_in_its_sentence_is_the_dividend() -> None:
    extraction = _extract(
        "Chemicals in 2024\nRongsheng Petrochemical proposed 1 yuan for every 10 shares on 9,572,292,142 shares, "
        "leaving out 553,232,858 repurchased shares, for a total of about 957 million yuan.\n")
    assert _fact(extraction, "about 957 million yuan").measure == "cash_dividends"


def test_a_part_counted_at_a_sentences_start_leaves_the_group_the_topic() -> None:
    extraction = _extract(
        "BSE companies in the first quarter of 2025\nBEIJING, May 20, 2025\nBSE companies invested more than 9.1 "
        "billion yuan in R&D in 2024. Fourteen companies each put over 100 million yuan into research. Average R&D "
        "intensity rose for a third consecutive year to 5.04 percent.\n")
    assert _fact(extraction, "over 100 million yuan").subject != _fact(extraction, "5.04 percent").subject
    assert _label(extraction, _fact(extraction, "5.04 percent")) == _label(
        extraction, _fact(extraction, "more than 9.1 billion yuan"))


def test_a_share_swap_ratio_is_the_exchange_ratio() -> None:
    extraction = _extract("Brokers in 2024\nGuotai Junan will absorb Haitong through a share swap, issuing 0.62 of "
                          "its own shares for each Haitong share.\n")
    assert _fact(extraction, "0.62").measure == "share_exchange_ratio"


def test_a_figure_told_across_the_industry_is_the_reports_sector() -> None:
    extraction = _extract(
        "Insurers in the first half of 2025\nFour listed insurers reported results.\nAcross the industry, original "
        "premium income reached 3.7 trillion yuan in the six months, up 5.1%.\nInsurance companies paid more in "
        "claims, and insurance stocks rose.\n")
    assert _label(extraction, _fact(extraction, "3.7 trillion yuan")) == "insurance"


def test_a_stake_a_company_goes_on_to_buy_after_its_takeover_is_its_own() -> None:
    extraction = _extract(
        "Telecom operators in 2025\nChina Unicom earned 20 billion yuan. The group also pressed ahead with its "
        "takeover of Macau broadband operator MTEL, buying a 12.5% holding from Carlyle for about HK$900 million.\n")
    for surface in ("12.5%", "about HK$900 million"):
        assert _label(extraction, _fact(extraction, surface)) == "China Unicom"
    assert _fact(extraction, "12.5%").measure == "stake_acquired"


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Lanxin Motor had taken over a 12% stake in Shenzhen Qiming, agreed at 4.5 billion yuan.", "12%",
         "stake_acquired"),
        ("Lanxin Motor had taken over a 12% stake in Shenzhen Qiming, agreed at 4.5 billion yuan.", "4.5 billion yuan",
         "transaction_amount"),
        ("Founder Wu Ping agreed to sell a 6 percent stake in Lanting Biotech to Hangzhou Qiushi at 88.10 yuan a "
         "share for 1.1 billion yuan.", "6 percent", "stake_acquired"),
        ("Founder Wu Ping agreed to sell a 6 percent stake in Lanting Biotech to Hangzhou Qiushi at 88.10 yuan a "
         "share for 1.1 billion yuan.", "88.10 yuan a share", "acquisition_price_per_share"),
        ("Founder Wu Ping agreed to sell a 6 percent stake in Lanting Biotech to Hangzhou Qiushi at 88.10 yuan a "
         "share for 1.1 billion yuan.", "1.1 billion yuan", "transaction_amount"),
    ],
)
def test_stakes_taken_over_or_sold_to_a_buyer_and_their_prices(sentence: str, surface: str, measure: str) -> None:
    extraction = _extract(f"Deals in 2025\nLanting Biotech earned 1 billion yuan.\n{sentence}\n")
    assert _fact(extraction, surface).measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Its coupon climbs from 0.3% in the first year to 2.0% in the sixth.", "0.3%"),
        ("Its coupon climbs from 0.3% in the first year to 2.0% in the sixth.", "2.0%"),
        ("It raised 2.8 billion yuan through six-year bonds, paying 0.20% in the first year and 2.00% in the sixth.",
         "2.00%"),
        ("It listed its 960 million yuan issue in May, with coupons rising from 0.20% to 2.50%.", "2.50%"),
    ],
)
def test_a_bonds_coupon_told_as_a_schedule_is_its_coupon_rate(sentence: str, surface: str) -> None:
    extraction = _extract(f"Convertible bonds in 2024\nQingfeng Materials sold bonds.\n{sentence}\n")
    assert _fact(extraction, surface).measure == "coupon_rate"


def test_who_acts_on_a_company_is_no_subject_and_a_daily_limit_is_a_share_price() -> None:
    extraction = _extract(
        "Defaults in 2024\nQingfeng Materials could not pay. Its shares were delisted by the Shenzhen Stock "
        "Exchange on March 18, and its 1.2 billion yuan of bonds plunged 70%. Its shares fell by the daily limit to "
        "0.84 yuan.\n")
    assert _label(extraction, _fact(extraction, "1.2 billion yuan")) == "Qingfeng Materials"
    assert _fact(extraction, "0.84 yuan").measure == "share_price"


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Patient visits climbed 12.1% to 16.94 million and surgeries rose 9.4% to 1.29 million.", "16.94 million",
         "outpatient_visits"),
        ("Patient visits climbed 12.1% to 16.94 million and surgeries rose 9.4% to 1.29 million.", "1.29 million",
         "surgery_count"),
        ("At the end of 2024 it ran 352 hospitals and 229 outpatient clinics.", "352 hospitals", "hospital_count"),
        ("At the end of 2024 it ran 352 hospitals and 229 outpatient clinics.", "229 outpatient clinics",
         "clinic_count"),
        ("Average spending per visit rose 3.3% to 559 yuan.", "559 yuan", "spending_per_visit"),
    ],
)
def test_a_hospital_groups_visits_surgeries_and_sites(sentence: str, surface: str, measure: str) -> None:
    extraction = _extract(f"Hospital groups in 2024\nLanshan Eye Hospital earned 3 billion yuan.\n{sentence}\n")
    assert _fact(extraction, surface).measure == measure


@pytest.mark.parametrize("verb", ["acquired", "owned and ran"])
def test_institutions_a_company_bought_or_runs_are_no_group_of_companies(verb: str) -> None:
    extraction = _extract(f"Hospital groups in 2024\nLanshan Eye Hospital earned 3 billion yuan. It {verb} 87 "
                          "medical institutions, and it proposed a dividend of 1.6 yuan for every 10 shares.\n")
    assert not any(isinstance(e, Cohort) for e in extraction.entities)
    assert _label(extraction, _fact(extraction, "1.6 yuan for every 10 shares")) == "Lanshan Eye Hospital"


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Average revenue per kilolitre edged up 0.6% to 4,263 yuan.", "4,263 yuan", "average_selling_price"),
        ("The cost per kilolitre fell 6.6% to 1,896 yuan.", "1,896 yuan", "unit_cost"),
        ("Revenue from international brands rose 0.6% to 5.3 billion yuan.", "5.3 billion yuan", "segment_revenue"),
        ("In China its volume declined 11.8% and revenue 13%.", "11.8%", "units_shipped"),
        ("Sales of new materials climbed 37.9% to 5.64 million tonnes, while refining and PTA volumes fell 7.7% and "
         "3.8% respectively.", "7.7%", "units_shipped"),
    ],
)
def test_a_brewers_prices_costs_lines_and_volumes(sentence: str, surface: str, measure: str) -> None:
    extraction = _extract(f"Brewers in 2024\nLanshan Brewery earned 3 billion yuan.\n{sentence}\n")
    assert _fact(extraction, surface).measure == measure


def test_a_bare_volume_is_the_kind_of_volume_the_report_named_last() -> None:
    extraction = _extract("Couriers in 2024\nLanshan Express handled 9 billion parcels, and its parcel volume rose "
                          "20%.\nIn the first quarter, its volume grew 21.7%.\n")
    assert _fact(extraction, "21.7%").measure == "parcel_volume"


def test_a_market_price_is_its_goods_and_a_companys_own_price_stays_the_companys() -> None:
    extraction = _extract(
        "Makers in 2024\nLanshan Chemical earned 1 billion yuan. Prices of silicon, ingots and cells fell by 39%, 50% "
        "and 40% respectively over 2024. Pure TDI averaged 19,037 yuan a tonne, while feed corn prices fell 14%. The "
        "average selling price of its mined silver rose 22.69% to 5.53 yuan per gram.\n")
    for surface, good in (("39%", "silicon"), ("50%", "ingots"), ("19,037 yuan", "Pure TDI"), ("14%", "feed corn")):
        assert (_label(extraction, _fact(extraction, surface)), _fact(extraction, surface).measure) == (
            good, "selling_price")
    assert _label(extraction, _fact(extraction, "5.53 yuan")) == "Lanshan Chemical"


def test_their_after_a_semicolon_is_the_group_its_sentence_named() -> None:
    extraction = _extract(
        "Results in 2022\nLanshan Liquor earned 26.7 billion yuan.\nNationwide, 5,067 listed companies had filed "
        "annual reports by April 29; their revenue rose 7.2% to 71.53 trillion yuan.\n")
    assert _label(extraction, _fact(extraction, "71.53 trillion yuan")) == "5,067 listed companies"


def test_a_group_named_in_an_aside_after_a_bracketed_short_name_is_not_the_subject() -> None:
    extraction = _extract(
        "Shenzhen in 2022\nChiNext companies earned more. Lanshan Amperex Technology (LAT), the largest battery maker "
        "and a ChiNext company, reported that revenue soared 152.07% to 328.594 billion yuan.\n")
    assert _label(extraction, _fact(extraction, "328.594 billion yuan")) == "Lanshan Amperex Technology"


def test_new_listings_are_a_group_of_companies_and_a_source_named_last_is_none_of_its_figures() -> None:
    extraction = _extract(
        "IPOs in 2025\nLanshan Wire reported that 12 companies listed.\nThe market welcomed 51 new listings in the "
        "half, and they raised a combined 37.355 billion yuan, Lanshan Wire reported on July 1.\n")
    assert _label(extraction, _fact(extraction, "37.355 billion yuan")) == "51 new listings"


def test_sales_through_a_kind_of_firm_are_no_group_of_companies() -> None:
    extraction = _extract("Furniture in 2024\nLanshan Home earned 1.4 billion yuan. Sales through home-renovation "
                          "firms rose 16.22% to 2.216 billion yuan.\n")
    assert not any(isinstance(e, Cohort) for e in extraction.entities)


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Cabinet sales shrank 22.48% to 5.45 billion yuan, and wardrobes lost 18.06% to 9.791 billion yuan.",
         "9.791 billion yuan", "product_sales"),
        ("Bulk sales to developers dropped 15.08% to 3.045 billion yuan.", "3.045 billion yuan", "segment_revenue"),
        ("Own-brand revenue declined 4.7% as offline sales shrank 11.6% to 3.35 billion yuan.", "3.35 billion yuan",
         "segment_revenue"),
        ("Online sales volume rose 21%.", "21%", "units_shipped"),
    ],
)
def test_a_channels_sales_are_segment_revenue_and_a_line_that_lost_ground_made_no_loss(
        sentence: str, surface: str, measure: str) -> None:
    extraction = _extract(f"Furniture in 2024\nLanshan Home earned 1.4 billion yuan.\n{sentence}\n")
    assert _fact(extraction, surface).measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface", "measure", "period"),
    [
        ("Not one of the 51 new stocks fell on its first day, and their average first-day gain reached 229.09%.",
         "229.09%", "share_price", "H1-2025"),
        ("Lanshan Optics ended its first session up 500%.", "500%", "share_price", "H1-2025"),
        ("The 27 sponsoring brokers earned 2.551 billion yuan in underwriting and sponsorship fees.",
         "2.551 billion yuan", "investment_banking_income", "H1-2025"),
    ],
)
def test_a_new_stocks_first_day_and_what_sponsors_earn(sentence: str, surface: str, measure: str,
                                                         period: str) -> None:
    extraction = _extract(f"IPOs in the first half of 2025\nSHANGHAI, July 28, 2025\n{sentence}\n")
    fact = _fact(extraction, surface)
    assert (fact.measure.removeprefix("average_"), fact.period) == (measure, period)


def test_a_state_grid_operator_that_tells_its_own_figures_is_their_subject() -> None:
    extraction = _extract(
        "Grid makers in 2024\nFive companies earned more. State Grid said its grid investment would reach 600 billion "
        "yuan in 2024.\n")
    assert _label(extraction, _fact(extraction, "600 billion yuan")) == "State Grid"


def test_a_unit_named_as_its_parents_leaves_the_parent_what_it_refers_to() -> None:
    extraction = _extract(
        "Game makers in 2024\nLanshan Huatong lifted revenue 70% to 22.62 billion yuan. Its unit Qiming Interactive "
        "contributed 14.959 billion yuan. In January it had forecast net profit of 1.6 billion yuan.\n")
    assert _label(extraction, _fact(extraction, "1.6 billion yuan")) == "Lanshan Huatong"


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Lanxin Motor agreed to buy 81,200,300 shares of Qiming Tools, or 12.5%, at 21 yuan per share, about 1.71 "
         "billion yuan in total, lifting the group's holding to 30%.", "12.5%", "stake_acquired"),
        ("Lanxin Motor agreed to buy 81,200,300 shares of Qiming Tools, or 12.5%, at 21 yuan per share, about 1.71 "
         "billion yuan in total, lifting the group's holding to 30%.", "21 yuan per share",
         "acquisition_price_per_share"),
        ("Lanxin Motor agreed to buy 81,200,300 shares of Qiming Tools, or 12.5%, at 21 yuan per share, about 1.71 "
         "billion yuan in total, lifting the group's holding to 30%.", "about 1.71 billion yuan", "transaction_amount"),
        ("Lanxin Motor agreed to buy 81,200,300 shares of Qiming Tools, or 12.5%, at 21 yuan per share, about 1.71 "
         "billion yuan in total, lifting the group's holding to 30%.", "30%", "holding_share"),
        ("Lanxin Motor bought 6.2% at 40.5 yuan per share, and a further 4.1% at 39.9 yuan, leaving it with 15.3%.",
         "4.1%", "stake_acquired"),
        ("Lanxin Motor bought 6.2% at 40.5 yuan per share, and a further 4.1% at 39.9 yuan, leaving it with 15.3%.",
         "39.9 yuan", "acquisition_price_per_share"),
        ("Lanxin Motor bought 6.2% at 40.5 yuan per share, and a further 4.1% at 39.9 yuan, leaving it with 15.3%.",
         "15.3%", "holding_share"),
        ("Lanxin Motor will buy 9% of Qiming Tools at 12.20 yuan each, a 18% premium, for 300 million yuan.",
         "12.20 yuan", "acquisition_price_per_share"),
        ("Lanxin Motor will buy 9% of Qiming Tools at 12.20 yuan each, a 18% premium, for 300 million yuan.",
         "18%", "acquisition_premium"),
        ("Its founder will sell 7% to a Hefei state fund at 9.5 yuan per share, 610 million yuan in total and 25% "
         "above the pre-suspension price.", "9.5 yuan per share", "acquisition_price_per_share"),
        ("Its founder will sell 7% to a Hefei state fund at 9.5 yuan per share, 610 million yuan in total and 25% "
         "above the pre-suspension price.", "610 million yuan", "transaction_amount"),
        ("Its founder will sell 7% to a Hefei state fund at 9.5 yuan per share, 610 million yuan in total and 25% "
         "above the pre-suspension price.", "25%", "acquisition_premium"),
        ("Lanxin Motor agreed to pay 19 yuan per share for a 20% stake held by Qiming Tools.", "19 yuan per share",
         "acquisition_price_per_share"),
        # a buyback is no stake bought, and a company's close is its share price
        ("Lanxin Motor is carrying out a plan to repurchase up to 1 billion yuan of shares, and by June 30 it had "
         "acquired 3,400,000 shares, or 0.4% of its share capital.", "0.4%", "repurchased_shares"),
        ("The deal closed on May 9, when Lanxin Motor closed at 71.30 yuan after 6 straight limit-up sessions.",
         "71.30 yuan", "share_price"),
        ("The deal closed on May 9, when Lanxin Motor closed at 71.30 yuan after 6 straight limit-up sessions.",
         "6 straight limit-up sessions", "consecutive_periods"),
    ],
)
def test_shares_bought_at_a_price_each_their_total_premium_and_the_holding_left(
        sentence: str, surface: str, measure: str) -> None:
    extraction = _extract(f"Deals in 2025\nQiming Tools earned 1 billion yuan.\n{sentence}\n")
    assert _fact(extraction, surface).measure == measure


def test_the_price_each_and_premium_of_shares_bought_are_the_buyers() -> None:
    extraction = _extract("Deals in 2025\nQiming Tools earned 1 billion yuan.\nIn March Lanxin Motor agreed to buy "
                          "15,000,000 shares of Qiming Tools at 12.20 yuan per share, a 45% premium.\n")
    for surface in ("12.20 yuan per share", "45%"):
        assert _label(extraction, _fact(extraction, surface)) == "Lanxin Motor"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Six lifted net profit, by as much as 121.43%, and four reported lower profit.", "as much as 121.43%"),
        ("The chain stayed strong, with its net profit attributable to shareholders growing 108 percent in 2024.",
         "108 percent"),
    ],
)
def test_a_rise_told_by_growing_or_lifted_by_is_a_change(sentence: str, surface: str) -> None:
    extraction = _extract(f"Tire makers in 2024\nLanxin Motor earned 1 billion yuan in 2024.\n{sentence}\n")
    fact = _fact(extraction, surface)
    assert fact.kind == Kind.CHANGE_PCT and fact.plausible


def test_a_companys_business_groups_are_its_segments_not_a_cohort() -> None:
    extraction = _extract(
        "Camera makers in 2024\nLanxin Vision earned 1 billion yuan in 2024. All three domestic business groups "
        "contracted. Revenue of the public service business group (PSG) fell 12.5% to 13.4 billion yuan, the "
        "enterprise business group (EPG) took in 17.6 billion yuan, and the small business group (SBG) earned 11.9 "
        "billion yuan. Within China, government customers brought in 4.1 billion yuan.\n")
    assert not [e for e in extraction.entities if isinstance(e, Cohort)]
    for surface in ("12.5%", "13.4 billion yuan", "17.6 billion yuan", "11.9 billion yuan", "4.1 billion yuan"):
        fact = _fact(extraction, surface)
        assert fact.measure == "segment_revenue" and _label(extraction, fact) == "Lanxin Vision", surface


def test_a_company_owned_in_part_by_another_keeps_its_own_figures() -> None:
    extraction = _extract("Camera makers in 2024\nLanxin Vision earned 1 billion yuan in 2024.\nQiming Technology, 48% "
                          "owned by Lanxin Vision, grew revenue 12.41% to 5.442 billion yuan.\n")
    for surface in ("12.41%", "5.442 billion yuan"):
        assert _label(extraction, _fact(extraction, surface)) == "Qiming Technology"


def test_a_listed_name_before_brand_is_a_brand_and_a_rise_by_is_a_change() -> None:
    extraction = _extract(
        "Pet food makers in 2024\nGambol Pet earned 1 billion yuan in 2024. During the shopping festival, the premium "
        "Frontier brand lifted its sales across online platforms by 190%.\n")
    fact = _fact(extraction, "190%")
    assert fact.kind == Kind.CHANGE_PCT and fact.plausible
    assert "Frontier" not in {e.label for e in extraction.entities}


def test_a_company_another_overtook_does_not_become_the_paragraphs_topic() -> None:
    extraction = _extract(
        "Airports in 2024\nSHANGHAI, May 6, 2025\nThe listed airport operators had a strong 2024, and two of them, "
        "Lanxin Airport Group and Guangzhou Baiyun International Airport, doubled net profit.\n"
        "Lanxin Airport Group said net profit rose 107% to 1.9 billion yuan.\n"
        "Hongdu alone handled 76.79 million passengers, 41% more than in 2023, and overtook Guangzhou Baiyun as "
        "the busiest airport in the country. The board proposed a dividend of 3 yuan for every 10 shares.\n")
    for surface in ("76.79 million passengers", "3 yuan for every 10 shares"):
        assert _label(extraction, _fact(extraction, surface)) == "Lanxin Airport Group", surface


def test_a_broker_telling_the_companys_figures_is_no_subject() -> None:
    extraction = _extract(
        "Pet food makers in 2024\nSHANGHAI, May 16, 2025\nLanxin Pet lifted net profit 20% to 300 million yuan in "
        "2024, and Qiming Pet Technology's revenue rose 5%, according to a review Huachuang Securities published on "
        "May 15.\nLanxin Pet's staple food revenue jumped 91.85% to 1.107 billion yuan.\nHuachuang said the company's "
        "domestic brands passed 1 billion yuan in sales. First-quarter revenue rose 25.41% to 1.101 billion yuan.\n")
    for surface in ("1 billion yuan", "1.101 billion yuan"):
        assert _label(extraction, _fact(extraction, surface)) == "Lanxin Pet", surface


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Advertising revenue, by contrast, dropped 12% to 3.438 billion yuan.", "3.438 billion yuan"),
        ("Membership revenue topped 5 billion yuan for the first time, rising 19.3% to 5.148 billion yuan.",
         "5.148 billion yuan"),
        ("Oxide revenue fell 25.05% to 1.815 billion yuan, metal revenue rose 12.77% to 1.156 billion yuan.",
         "1.156 billion yuan"),
        ("Freight, which brought in 53.441 billion yuan or 72.88% of revenue, fell 12.73%.", "53.441 billion yuan"),
        ("Revenue of its fashion segment dropped 6.9% to 6.799 billion yuan.", "6.799 billion yuan"),
        ("Revenue of the main Lanxin brand fell 7.22% to 15.27 billion yuan.", "15.27 billion yuan"),
        ("Corn seed revenue shrank 16.74% to 5.021 billion yuan.", "5.021 billion yuan"),  # "seed" is no verb
        ("Toll revenue edged up 0.17% to 9.528 billion yuan.", "9.528 billion yuan"),
        ("The price fell, so solar glass revenue shrank 14.54% to 16.816 billion yuan.", "16.816 billion yuan"),
        ("Sofas, 55.2% of revenue, grew 9.1% to 10.2 billion yuan.", "10.2 billion yuan"),
        ("Smart hardware, still its largest business with 56.66% of revenue, shrank 2.57% to 57.199 billion yuan.",
         "57.199 billion yuan"),
    ],
)
def test_a_lines_revenue_is_segment_revenue(sentence: str, surface: str) -> None:
    extraction = _extract(f"Results in 2024\nLanxin Group lifted revenue 5% to 60 billion yuan in 2024. {sentence}\n")
    assert _fact(extraction, surface).measure == "segment_revenue"


@pytest.mark.parametrize(
    "sentence",
    ["Profit was 7.98% lower, although revenue rose 7.11% to 20 billion yuan.",
     "Its net profit rose 26.37%, even though revenue fell 9.82% to 20 billion yuan."],
)
def test_revenue_after_a_conjunction_stays_revenue(sentence: str) -> None:
    extraction = _extract(f"Results in 2024\nLanxin Group lifted revenue 5% to 60 billion yuan in 2024. {sentence}\n")
    assert _fact(extraction, "20 billion yuan").measure == "revenue"


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("The company produced 74,811,100 tires and sold 72,155,800.", "72,155,800", "units_shipped"),
        ("Output increased 12.65% to 89.1 million tires and sales 9.57% to 85.4 million.", "9.57%", "units_shipped"),
        ("Output increased 12.65% to 89.1 million tires and sales 9.57% to 85.4 million.", "85.4 million",
         "units_shipped"),
        ("It made 32.2261 million tires, up 10.2%, and sold 31.4087 million.", "32.2261 million tires",
         "production_volume"),
        ("Its plants generated 242.181 billion kWh and sent 227.284 billion kWh to the grid.", "227.284 billion kWh",
         "units_shipped"),
        ("It made 1.2 billion yuan in 2024.", "1.2 billion yuan", "net_profit"),
    ],
)
def test_goods_made_and_the_part_sold(sentence: str, surface: str, measure: str) -> None:
    extraction = _extract(f"Tire makers in 2024\nLanxin Tire lifted revenue 5% to 6 billion yuan in 2024. {sentence}\n")
    assert _fact(extraction, surface).measure == measure


def test_a_board_one_company_is_listed_on_is_not_the_reports_population() -> None:
    extraction = _extract(
        "Railway companies in 2024\nLanxin Signal, listed on Shanghai's STAR Market, saw revenue fall 11.98% to 32.6 "
        "billion yuan. Its bond was the first such approval for a state-owned enterprise on the STAR Market.\n"
        "Qiming Railway's revenue rose 3.6% to 42.2 billion yuan.\n")
    assert not [e for e in extraction.entities if isinstance(e, Cohort)]


def test_capacity_run_above_its_rating_is_utilization_not_a_share_over_100() -> None:
    extraction = _extract("Spandex makers in 2024\nLanxin Chemical has 325,000 tonnes of spandex capacity, which ran "
                          "at 109.98% of its rating in 2024, and another 150,000 tonnes under construction.\n")
    fact = _fact(extraction, "109.98%")
    assert fact.measure == "capacity_utilization" and fact.plausible
    assert _fact(extraction, "150,000 tonnes").measure == "production_capacity"


def test_a_company_a_renamed_one_is_partly_held_by_is_an_aside() -> None:
    extraction = _extract(
        "Gold miners in 2024\nLanxin Gold Mining lifted net profit 5% to 3 billion yuan in 2024.\nQiming Mining "
        "Technology, formerly Qiming Mining, in which Lanxin Gold Mining holds 28.89%, posted a 67.60% jump in revenue "
        "to 13.585 billion yuan.\n")
    for surface in ("67.60%", "13.585 billion yuan"):
        assert _label(extraction, _fact(extraction, surface)) == "Qiming Mining Technology", surface


def test_a_company_the_subject_owns_takes_neither_its_figures_nor_its_pronouns() -> None:
    extraction = _extract(
        "Hotel operators in 2024\nLanxin Hotels lifted revenue 2% to 14 billion yuan in 2024.\nRevenue from outside "
        "mainland China, where it owns France's Qiming Hotels Group, slipped 0.9% to 4.256 billion yuan. At home, "
        "RevPAR at its limited-service hotels fell 5.78%.\n")
    for surface in ("4.256 billion yuan", "5.78%"):
        assert _label(extraction, _fact(extraction, surface)) == "Lanxin Hotels", surface


def test_what_a_company_is_between_its_name_and_its_verb_tells_no_period() -> None:
    extraction = _extract(
        "Results in 2022\nBEIJING, June 5, 2023\nAll 191 companies had released their 2022 annual reports by April "
        "28. Lanxin Anode, a maker of anode materials and the board's top company by revenue in the first three "
        "quarters, reported revenue up 144.76% to 25.679 billion yuan. Its revenue in the first three quarters rose "
        "14.76% to 18.5 billion yuan.\n")
    assert _fact(extraction, "144.76%").period == "FY2022"
    assert _fact(extraction, "14.76%").period == "Q1-Q3-2022"


def test_an_amount_no_share_could_earn_after_earnings_per_share_is_net_profit() -> None:
    extraction = _extract("Results in 2024\nLanxin Bank earned more in 2024. Its earnings per share rose 5% to 26.8 "
                          "billion yuan.\n")
    assert _fact(extraction, "26.8 billion yuan").measure == "net_profit"


def test_sales_of_a_product_set_apart_by_an_aside_stay_product_sales() -> None:
    extraction = _extract("Results in 2024\nLanxin Pharma lifted revenue 5% to 60 billion yuan in 2024. Sales of its "
                          "drugs, not counting licensing income, rose 30.60% to 13.9 billion yuan.\n")
    assert _fact(extraction, "13.9 billion yuan").measure == "product_sales"


def test_a_premium_or_discount_to_the_offer_price_is_a_change_of_the_share_price_not_a_share() -> None:
    extraction = _extract(
        "New listings in 2022\nHuaxin Solar sold shares at 5 yuan each. Its shares ended their debut at 10.55 yuan, "
        "a 111 percent premium to the offer price. Huaxin Tech closed at 8 yuan, a 12% discount to the IPO price.\n")
    premium, discount = _fact(extraction, "111 percent"), _fact(extraction, "12%")
    assert (premium.measure, premium.kind.value, premium.quantity.value) == ("share_price", "change_pct", 111)
    assert (discount.measure, discount.kind.value, discount.quantity.value) == ("share_price", "change_pct", -12)
    assert premium.plausible and discount.plausible  # a price that more than doubled is no part above its whole


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        # a per-share amount earned or lost is earnings per share, a loss below zero
        ("Huaxin Agro swung to a loss of 0.45 yuan per share, against earnings of 0.08 yuan a share in 2023.",
         "0.45 yuan per share", "earnings_per_share"),
        ("Huaxin Agro swung to a loss of 0.45 yuan per share, against earnings of 0.08 yuan a share in 2023.",
         "0.08 yuan a share", "earnings_per_share"),
        # where money came from and what plants ran at
        ("Huaxin Agro earned 1.2 billion yuan. Overseas customers generated 5.919 billion yuan, or 56.72% of revenue.",
         "5.919 billion yuan", "overseas_revenue"),
        ("The average operating rate of glufosinate plants was only 62.86%.", "62.86%", "capacity_utilization"),
        ("Net cash flow from operations climbed 38.76 percent to 62.514 billion yuan.", "62.514 billion yuan",
         "operating_cash_flow"),
        ("Huaxin Agro proposes a final dividend, bringing its 2024 payout to 129,195,000 yuan.", "129,195,000 yuan",
         "cash_dividends"),
        # what a sale of shares raised, and the same told another way
        ("Huaxin Chip listed in July, selling 1,685.62 million shares at 27.46 yuan each for 46.287 billion yuan, or "
         "53.23 billion yuan with the over-allotment option.", "46.287 billion yuan", "financing_amount"),
        ("Huaxin Chip listed in July, selling 1,685.62 million shares at 27.46 yuan each for 46.287 billion yuan, or "
         "53.23 billion yuan with the over-allotment option.", "53.23 billion yuan", "financing_amount"),
        # a record profit; a plant to be paid for; a buyback's ceiling price is no issue price
        ("Huaxin Oil earned a record 120.3 billion yuan in the first nine months.", "120.3 billion yuan", "net_profit"),
        ("Huaxin Solar said it would invest 4 billion yuan in a 25 GW module plant.", "4 billion yuan",
         "investment_amount"),
        ("Huaxin Bio plans to repurchase 200 million to 400 million yuan of its Shanghai-listed shares at no more than "
         "224 yuan each.", "224 yuan", "repurchase_price"),
        ("Huaxin Oil pumped 677 million barrels of crude oil, up 2.2 percent.", "677 million barrels",
         "production_volume"),
    ],
)
def test_earnings_per_share_overseas_money_plant_rates_proceeds_and_output(
        sentence: str, surface: str, measure: str) -> None:
    assert _fact(_extract("Companies in 2024\n" + sentence + "\n"), surface).measure == measure


def test_a_loss_per_share_is_below_zero_and_barrels_are_of_oil_equivalent() -> None:
    extraction = _extract("Companies in 2024\nHuaxin Agro swung to a loss of 0.45 yuan per share. Huaxin Oil pumped "
                          "677 million barrels of crude oil.\n")
    assert _fact(extraction, "0.45 yuan per share").quantity.value == Decimal("-0.45")
    assert _fact(extraction, "677 million barrels").quantity.unit == "boe"


def test_a_part_restated_after_its_amount_is_a_share_and_a_quarter_is_no_rank() -> None:
    extraction = _extract(
        "Companies in 2024\nHuaxin Agro earned 1.2 billion yuan. Overseas customers generated 5.919 billion yuan, or "
        "56.72% of revenue. Huaxin Solar earned 21.73 billion yuan, of which 9.507 billion yuan came in the third "
        "quarter.\n")
    assert _fact(extraction, "56.72%").kind == Kind.SHARE
    assert not any(f.kind == Kind.RANK for f in extraction.facts)


def test_a_name_listed_somewhere_is_a_company_and_a_count_by_a_paper_is_no_subject() -> None:
    extraction = _extract(
        "STAR Market companies in 2020\nHuaxin Agro earned 224 million yuan. Nutrichem, listed in Beijing, saw "
        "revenue slip 0.61% to 5.832 billion yuan. STAR companies earned 40 billion yuan. A People's Daily count of "
        "the first 180 annual reports found revenue of 290.653 billion yuan, up 11.5 percent.\n")
    assert _label(extraction, _fact(extraction, "5.832 billion yuan")) == "Nutrichem"
    counted = _fact(extraction, "290.653 billion yuan")
    assert (counted.measure, _label(extraction, counted)) == ("revenue", "STAR Market companies")


def test_companies_set_aside_before_the_main_clause_are_not_what_it_is_about() -> None:
    extraction = _extract(
        "STAR Market companies in Q1-Q3 2022\nThe board held up. Leaving aside the multi-listed red-chip companies "
        "SMIC, BeiGene and InnoCare, 480 STAR Market companies had disclosed results by October 31. They booked "
        "revenue of 782.214 billion yuan, up 33 percent. The count left out SMIC, BeiGene and InnoCare, three "
        "red-chip companies listed in several markets. Net profit rose 25% to 89.124 billion yuan.\n")
    for surface in ("782.214 billion yuan", "89.124 billion yuan"):
        assert _fact(extraction, surface).subject == _fact(extraction, "480 STAR Market companies").subject


def test_a_sector_word_modified_by_a_line_is_no_cohort_of_the_board_and_raises_no_false_flag() -> None:
    extraction = _extract(
        "ChiNext companies in Q1 2024\nChiNext companies' revenue rose 5% to 900 billion yuan. Huaxin Group said "
        "revenue rose 10.22% to 106.102 billion yuan. Overseas e-commerce retail sales rose about 60%, while the "
        "robotics business booked 6.7 billion yuan in revenue. Huaxin Auto's revenue edged up 3.97% to 124.944 "
        "billion yuan. Hotels rose 49.75 percent, while retail 11.52 percent.\n")
    assert not any("retail" in (f.subject or "") for f in extraction.facts if f.quantity.span.text != "11.52 percent")
    assert _fact(extraction, "11.52 percent").subject == "cohort/retail-companies"  # the sector itself, gapped
    assert all(f.plausible for f in extraction.facts)


def test_a_nine_month_report_whose_opening_also_names_interim_dividends_is_on_the_nine_months() -> None:
    extraction = _extract(
        "Huaxin banks return to slim profit growth after nine months\nBEIJING, January 10, 2025\nThe largest "
        "lenders closed the first three quarters of 2024 with profits roughly flat, and lined up interim dividends.\n"
        "Huaxin Bank booked operating income of 626.422 billion yuan, down 3.82%.\n")
    assert _fact(extraction, "626.422 billion yuan").period == "Q1-Q3-2024"


def test_a_day_by_which_something_had_been_done_is_before_the_report_not_a_deadline_after_it() -> None:
    extraction = _extract(
        "A-share buybacks set a record in 2024\nSHANGHAI, April 9, 2025\nCompanies bought back more shares in 2024.\n"
        "By June 24, 1,603 companies had carried out repurchases worth 96.428 billion yuan. By June 30, Huaxin Home "
        "will have spent 3 billion yuan.\n")
    assert _fact(extraction, "96.428 billion yuan").period == "2024-06-24"
    assert _fact(extraction, "3 billion yuan").period == "2025-06-30"  # a deadline still to come


def test_a_passage_on_buybacks_tells_plans_price_caps_and_shares_bought_without_naming_the_buyback_again() -> None:
    extraction = _extract(
        "Buybacks set a record in 2024\nSHANGHAI, April 9, 2025\nThe biggest buyers\nHuaxin Battery worked through "
        "the plan it launched in October 2023, which allowed 2 billion to 3 billion yuan at up to 294.45 yuan a "
        "share. By July 31, 2024 it had bought 15,991,524 shares, or 0.3635% of its share capital, for 2.711 billion "
        "yuan at prices between 146.31 yuan and 194.10 yuan. On April 7 it announced a new plan of 4 billion to 8 "
        "billion yuan, with a price cap of 392.32 yuan, paid for in part with a special loan of 1.2 billion yuan. "
        "It sold 207,136,640 new shares at 4.83 yuan each.\n")
    measures = {s: _fact(extraction, s).measure for s in (
        "2 billion", "3 billion yuan", "294.45 yuan a share", "15,991,524 shares", "0.3635%", "146.31 yuan",
        "194.10 yuan", "4 billion", "8 billion yuan", "392.32 yuan", "1.2 billion yuan", "4.83 yuan")}
    assert measures == {
        "2 billion": "repurchase_amount", "3 billion yuan": "repurchase_amount",
        "294.45 yuan a share": "repurchase_price",
        "15,991,524 shares": "repurchased_shares", "0.3635%": "repurchased_shares", "146.31 yuan": "repurchase_price",
        "194.10 yuan": "repurchase_price", "4 billion": "repurchase_amount", "8 billion yuan": "repurchase_amount",
        "392.32 yuan": "repurchase_price", "1.2 billion yuan": "loan_amount", "4.83 yuan": "share_issue_price"}


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        # the income statement's expenses
        ("Selling expenses climbed 65.78% to 3.88 billion yuan.", "3.88 billion yuan", "selling_expenses"),
        ("Administrative expenses fell 3% to 200 million yuan.", "200 million yuan", "administrative_expenses"),
        ("Financial expenses were 12 million yuan.", "12 million yuan", "finance_costs"),
        # the balance sheet's working capital, not a charge made on it
        ("Inventory rose 124.89% during 2024 to 2.1 billion yuan.", "2.1 billion yuan", "inventory"),
        ("Accounts receivable reached 3 billion yuan.", "3 billion yuan", "accounts_receivable"),
        ("Contract liabilities stood at 1.621 billion yuan.", "1.621 billion yuan", "contract_liabilities"),
        ("It set aside 440 million yuan for impairments, including 291 million yuan for inventory.",
         "291 million yuan", "impairment_losses"),
        ("Credit impairment losses on slow-paying receivables reached 619 million yuan.", "619 million yuan",
         "impairment_losses"),
        # how often a company has paid out
        ("Huaxin Bank has paid cash dividends 17 times since listing.", "17 times", "dividend_count"),
        ("Huaxin Bank has made 21 payouts since listing.", "21 payouts", "dividend_count"),
    ],
)
def test_expenses_working_capital_and_how_often_dividends_were_paid(sentence: str, surface: str, measure: str) -> None:
    assert _fact(_extract("Huaxin Retail in 2024\nHuaxin Retail earned 1 billion yuan. " + sentence + "\n"),
                 surface).measure == measure


def test_how_often_something_was_done_is_a_count_not_a_multiple() -> None:
    extraction = _extract("Reviews in 2024\nThe review committees met 14 times. Huaxin Bank has paid cash dividends "
                          "17 times. R&D spending was 2.5 times net profit.\n")
    assert [(_fact(extraction, s).quantity.unit, _fact(extraction, s).kind) for s in ("14 times", "17 times")] == [
        ("count", Kind.COUNT)] * 2
    assert _fact(extraction, "2.5 times").kind == Kind.MULTIPLE


def test_a_part_with_its_own_verb_after_a_list_of_parts_is_not_gapped() -> None:
    extraction = _extract(
        "Investors in 2024\nFunds held 1.2 trillion yuan of STAR shares, up 37% year on year, accounting for more "
        "than 20%; investors such as QFII and RQFII accounted for more than 4% of the positions held.\n")
    part = _fact(extraction, "more than 4%")
    assert (part.measure, part.kind) == ("holding_share", Kind.SHARE)


def test_more_than_a_year_before_a_return_and_vehicles_sold_are_changes_and_counts_never_shares_over_100() -> None:
    extraction = _extract(
        "Placements in H1 2025\nPrivate placements raised nearly 700% more money in the first half of 2025 than a "
        "year earlier. Huaxin Chemical drew the most fund money, while Huaxin Power gave the best return, 177.84%. "
        "Huaxin Auto earned 4.48 billion yuan; China's sales of new energy vehicles rose 139.3% to 1.206 million. "
        "With a final payout of 11.36 yuan for every 10 shares, Huaxin Coal will return 65% of its profit.\n")
    assert [_fact(extraction, s).kind for s in ("nearly 700%", "177.84%", "139.3%")] == [Kind.CHANGE_PCT] * 3
    vehicles = _fact(extraction, "1.206 million")
    assert (vehicles.quantity.unit, vehicles.measure) == ("units", "units_shipped")
    assert _fact(extraction, "65%").measure == "dividend_payout_ratio"  # the verb "return", no gain
    assert all(f.plausible for f in extraction.facts)


def test_premiums_to_a_close_are_no_insurers_premiums_and_money_subscribed_is_invested() -> None:
    extraction = _extract(
        "Placements in H1 2025\nThe initial prices of 6.05 yuan and 6.32 yuan were set at premiums to the March 27 "
        "close. At Postal Savings Bank the ministry subscribed 117,579,940,000 yuan. Huaxin Insurance said premiums "
        "rose 5% to 30 billion yuan.\n")
    assert {_fact(extraction, s).measure for s in ("6.05 yuan", "6.32 yuan")}.isdisjoint({"premium_income"})
    assert _fact(extraction, "117,579,940,000 yuan").measure == "investment_amount"
    assert _fact(extraction, "30 billion yuan").measure == "premium_income"


def test_a_line_set_apart_as_a_category_or_a_channel_that_supplied_money_holds_segment_revenue() -> None:
    extraction = _extract(
        "Snack makers in 2024\nHuaxin Squirrels earned 400 million yuan. Online channels still supplied 7.407 billion "
        "yuan, about 70% of revenue. Spicy snacks, its largest category, grew 32.36% to 1.962 billion yuan, egg "
        "snacks 81.87% to 580 million yuan. Net profit grew 10% to 300 million yuan.\n")
    lines = ("7.407 billion yuan", "about 70%", "32.36%", "1.962 billion yuan", "81.87%", "580 million yuan")
    assert [_fact(extraction, s).measure for s in lines] == ["segment_revenue"] * len(lines)
    assert [_fact(extraction, s).measure for s in ("10%", "300 million yuan")] == ["net_profit"] * 2


def test_money_spent_on_control_of_a_company_is_a_transaction_amount() -> None:
    extraction = _extract(
        "Snack makers in 2024\nHuaxin Squirrels paid 1 yuan per 10 shares in dividends. Its board approved plans to "
        "spend up to 200 million yuan on control of discount chain Ai Lingshi.\n")
    assert _fact(extraction, "up to 200 million yuan").measure == "transaction_amount"


@pytest.mark.parametrize(
    ("sentence", "bar", "size", "kind"),
    [
        ("Around 60 percent of them increased revenue, and 99 companies grew it by more than 50 percent.",
         "more than 50 percent", 99, Kind.CHANGE_PCT),
        ("Of them, 2,225 reported a profit, and 234 earned more than 1 billion yuan.", "more than 1 billion yuan", 234,
         Kind.LEVEL),
        ("Profit rose by more than 50% at 1,013 companies and at least doubled at 617.", "at least doubled", 617,
         Kind.MULTIPLE),
        # the companies named as examples of a group are not what it did
        ("Another 14 companies, among them Huaxin Precision and Huaxin Data, saw net profit fall by more than "
         "100 percent.", "more than 100 percent", 14, Kind.CHANGE_PCT),
    ],
)
def test_a_bar_cleared_is_the_counted_companies_own_and_a_verb_of_their_own_is_no_gap(
    sentence: str, bar: str, size: int, kind: Kind
) -> None:
    extraction = _extract("Revenue of Shanghai-listed companies rose 5% in 2024. " + sentence)
    fact = _fact(extraction, bar)
    cohort = extraction.entity(fact.subject or "")
    assert isinstance(cohort, Cohort) and cohort.size == size
    assert fact.kind == kind


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("Their net profit was 4.43 trillion yuan, and 4,127 of them, nearly 80 percent, were profitable.",
         "nearly 80 percent"),
        ("Of these, 204 had higher net profit, nearly 60 percent, and 48 had doubled it.", "nearly 60 percent"),
    ],
)
def test_a_share_set_beside_a_count_of_companies_or_after_what_they_did_is_a_share_of_companies(
    sentence: str, share: str
) -> None:
    extraction = _extract("Shanghai-listed companies posted net profit of 4.43 trillion yuan in 2024. " + sentence)
    assert _fact(extraction, share).measure == "company_share"


@pytest.mark.parametrize(
    ("sentence", "surface", "size"),
    [
        ("In all, 2,225 of them reported a profit, of which 863 earned more than 100 million yuan.",
         "more than 100 million yuan", 863),
        ("Of those 59, 36 expected good news.", "36", 36),
        ("Most companies grew. A total of 936 raised net profit, 622 by over 30%.", "over 30%", 622),
    ],
)
def test_a_bare_count_after_of_which_or_of_those_is_a_group_of_its_own(sentence: str, surface: str, size: int) -> None:
    extraction = _extract("Shenzhen-listed companies earned 1 trillion yuan in the first half of 2023. " + sentence)
    cohort = extraction.entity(_fact(extraction, surface).subject or "")
    assert isinstance(cohort, Cohort) and cohort.size == size
