"""Companies: names found from the text's own patterns, resolved on the gazetteer, spellings merged."""

from __future__ import annotations

import pytest
from entity_reports import CHINEXT_OVERVIEW, RESULTS_NEWS, document

from finkg.extract import extract
from finkg.extract.companies import find_companies
from finkg.extract.entities import find_entities
from finkg.extract.organizations import find_organizations
from finkg.records import Company, Organization

pytestmark = pytest.mark.issue(3)


def _companies(text: str) -> dict[str, Company]:
    doc = document(text)
    return {c.label: c for c in find_companies(doc, find_organizations(doc))}


def test_listed_names_get_ticker_board_and_chinese_name() -> None:
    found = _companies(CHINEXT_OVERVIEW)
    assert found["Zhongji Innolight"].ticker == "300308"
    assert found["Zhongji Innolight"].board == "ChiNext"
    assert found["Kanghong Pharmaceutical"].zh == "康弘药业"
    assert found["Hangke Technology"].ticker == "688006"  # pinyin of 杭可 + "Technology" for 科技


def test_unlisted_names_come_from_the_text_patterns() -> None:
    found = _companies(CHINEXT_OVERVIEW + " " + RESULTS_NEWS)
    # "X's controlling shareholder became Y", "plans to acquire Y, a leading ... developer"
    assert {"Guangdong Rising Holdings", "Qiyuan Green Power"} <= set(found)
    assert found["Qiyuan Green Power"].ticker == ""


def test_no_organization_index_or_place_is_a_company() -> None:
    found = _companies(CHINEXT_OVERVIEW)
    assert not {"Shenzhen Stock Exchange", "ChiNext", "Hong Kong Stock Exchange", "CSRC", "ChiNext 50 Index"} & set(
        found
    )
    assert len(found) == 7


def test_spellings_of_one_company_merge_and_slugs_are_stable() -> None:
    text = (
        "Companies such as Dawei Pharmaceuticals and Lanqi Technology grew. Dawei Pharmaceutical plans to acquire "
        "Beta Robotics. The high-end equipment from Lanqi and Technology was shipped."
    )
    found = find_companies(document(text))
    dawei = next(c for c in found if "Dawei" in c.label)
    assert set(dawei.aliases) | {dawei.label} == {"Dawei Pharmaceuticals", "Dawei Pharmaceutical"}
    assert len(dawei.mentions) == 2
    lanqi = next(c for c in found if c.slug == "montage-technology")  # the gazetteer's name: Montage Technology
    assert "Lanqi and Technology" in lanqi.aliases and lanqi.ticker == "688008"
    assert [c.slug for c in find_companies(document(text))] == [c.slug for c in found]


def test_a_listed_slug_keeps_the_place_a_bank_is_of_and_drops_a_dangling_joint() -> None:
    found = _companies(
        "Bank of Ningbo and Bank of Nanjing grew, and Poly Developments and Holdings Group shrank, while Leaguer "
        "(Shenzhen) Microelectronics bought back shares."
    )
    assert [(c.slug, c.listed_name) for c in found.values()] == [
        ("bank-of-ningbo", "Bank of Ningbo"),
        ("bank-of-nanjing", "Bank of Nanjing"),
        ("poly-developments", "Poly Developments"),
        ("leaguer-microelectronics", "Leaguer Microelectronics"),  # one space where "(Shenzhen)" was
    ]


def test_the_co_of_an_ampersand_name_is_part_of_it() -> None:
    found = _companies("Merck & Co. agreed to pay, and Merck Healthcare paid too.")
    assert set(found) == {"Merck & Co", "Merck Healthcare"}


def test_parent_group_keeps_no_ticker_of_its_listed_namesake() -> None:
    text = (
        "Xinhe Quantum was taken over by Sun Telecom Group, a subsidiary of China Telecom Group. "
        "China Telecom's network helps."
    )
    found = {c.label: c for c in find_companies(document(text))}
    group = found["China Telecom Group"]
    assert "China Telecom" in group.aliases and group.ticker == ""
    assert "Sun Telecom Group" in found and "Xinhe Quantum" in found


def test_mentions_hold_the_exact_text() -> None:
    doc = document(RESULTS_NEWS)
    for company in find_companies(doc):
        for span in company.mentions:
            assert doc.text[span.start : span.end] == span.text


def test_short_forms_the_report_gives_are_aliases() -> None:
    found = _companies(
        "Contemporary Amperex Technology Co., Limited (CATL) reported on March 14. CATL sold 475 GWh of batteries. "
        "Sungrow Power Supply shipped 147 GW of inverters. Sungrow will pay a dividend. "
        "BYD lifted revenue by 29%. Tongwei posted its first loss."
    )
    assert found["CATL"].ticker == "300750" and found["CATL"].aliases == ("Contemporary Amperex Technology Co",)
    assert found["Sungrow Power Supply"].aliases == ("Sungrow",) and len(found["Sungrow Power Supply"].mentions) == 2
    assert found["BYD"].ticker == "002594"  # an all-capital name that leads the listed English name
    assert found["Tongwei"].zh == "通威股份"  # one coined word: the listed name and the pinyin of 通威
    place_first = _companies("Shenzhen Mindray Bio-Medical Electronics grew. Mindray bought a stake.")
    assert place_first["Shenzhen Mindray Bio-Medical Electronics"].aliases == ("Mindray",)


def test_bracketed_abbreviations_and_english_words_are_no_companies() -> None:
    found = _companies(
        "Lianying Medical completed the first coronary intervention (PCI) surgery. "
        "Capital expenditure rose. Marine equipment makers grew. Great Wall Motor sold more cars; Great results."
    )
    assert set(found) == {"Lianying Medical", "Great Wall Motor"}


def test_a_listed_one_word_name_capitalised_inside_a_sentence_is_a_company() -> None:
    found = _companies("Hygon Information's net profit rose 42%, while Cambricon cut its loss by 46%. Capital rose.")
    assert set(found) == {"Hygon Information", "Cambricon"} and found["Cambricon"].ticker == "688256"
    # a word of a longer name ("Power" of "Sungrow Power Supply") is not capitalised on its own account
    found = _companies("Power equipment grew. Sungrow Power Supply lifted revenue.")
    assert set(found) == {"Sungrow Power Supply"}


def test_two_names_sharing_a_word_stay_two_companies() -> None:
    found = _companies("Lanxin Fashion sold shares of CITIC Limited and China CITIC Bank for 4.2 billion yuan.")
    citic = [c for c in found.values() if "CITIC" in c.label or any("CITIC" in a for a in c.aliases)]
    assert len(citic) == 2


def test_a_share_class_or_a_companys_own_product_is_no_company() -> None:
    found = _companies("The 2,812 Shenzhen-listed A-share companies grew. Contemporary Amperex Technology spent more "
                       "to bring its Qilin and sodium-ion batteries toward industrial use.")
    assert set(found) == {"Contemporary Amperex Technology"}


def test_a_name_after_where_it_is_listed_and_its_role_is_a_company() -> None:
    found = _companies("Their U.S.-listed rivals Q World and Atolla, by contrast, lifted revenue.")
    assert "Q World" in found


def test_a_listed_one_word_name_opening_sentences_after_an_aside_is_a_company() -> None:
    found = _companies("Semir, owner of a children's clothing label, bucked the trend with revenue up 7%. Semir ended "
                       "the year with 8,325 stores.")
    assert set(found) == {"Semir"} and found["Semir"].ticker == "002563"


def test_a_brand_named_after_its_kind_is_a_product_not_a_company() -> None:
    from finkg.extract.entities import find_entities
    from finkg.records import Product

    found = find_entities(document(
        "Qiming Biotech narrowed its loss as its blood-cancer drug ZANTRIVA took off. ZANTRIVA's sales doubled."))
    assert {e.label for e in found if isinstance(e, Company)} == {"Qiming Biotech"}
    assert any(isinstance(e, Product) and e.label == "ZANTRIVA" for e in found)


def test_the_rest_of_a_list_of_mostly_companies_are_companies() -> None:
    found = _companies("Leaving out PetroChina, Sinopec and CNOOC, China Mobile earned the most. "
                       "Spring, Summer and Autumn were mild.")
    assert {"PetroChina", "Sinopec", "CNOOC"} <= set(found) and "Summer" not in found


def test_a_coined_word_that_recurs_as_a_subject_is_a_company() -> None:
    found = _companies(
        "Half-year payouts spread quickly. Sinopec was among them. Sinopec will pay 0.146 yuan a share. "
        "Meanwhile was a word. Meanwhile growth slowed.")
    assert set(found) == {"Sinopec"}


def test_a_name_set_apart_by_what_it_is_before_its_verb_is_a_company_and_a_person_is_not() -> None:
    found = _companies(
        "Jewellers had a hard year. Laopu Gold, listed in Hong Kong in June 2024, increased revenue 167.5%. "
        "Chow Tai Fook, whose year ends in March, said on June 12 that revenue fell 17.5%. "
        "Zhang Wei, who chairs the board, said sales would recover. Hong Kong, which hosted the listing, grew.")
    assert {"Laopu Gold", "Chow Tai Fook"} <= set(found)
    assert not {"Zhang Wei", "Hong Kong"} & set(found)


def test_a_preposition_before_a_possessive_place_is_no_company() -> None:
    found = _companies("Across China's A-share market, 5,281 listed companies had filed reports. Sungrow Power's "
                       "revenue rose.")
    assert "Across China" not in found and "Sungrow Power" in found


def test_a_description_before_a_name_is_no_listed_company_and_a_business_network_is_media() -> None:
    found = _companies(
        "OLED material supplier Lighte grew revenue 73.65%. A count citing China Business Network covered 22 "
        "companies. Western superconducting grew.")
    assert "Lighte" in found and "Western superconducting" in found
    assert not {"OLED material", "China Business Network"} & set(found)


def test_an_acronym_naming_an_index_is_no_company() -> None:
    from finkg.extract import extract
    from finkg.read import structure

    found = extract(structure("Markets in 2024\nIn the third quarter the CSI 300 index rose 16.07% and BYD earned "
                              "10 billion yuan, against 2.5% for the CSI 300.\n", doc_id="t", source="t.txt"))
    labels = {e.label for e in found.entities if isinstance(e, Company)}
    assert "BYD" in labels and not any("Client Service" in label for label in labels)


def test_a_name_whose_last_part_is_business_words_is_not_split_at_its_and() -> None:
    found = _companies("Shaanxi Coal and Chemical Industry reported. So did Shanxi Lu'an Environmental Energy.")
    assert {"Shaanxi Coal and Chemical Industry", "Shanxi Lu'an Environmental Energy"} <= set(found)
    assert "Chemical Industry" not in found


def test_a_business_word_of_an_association_or_group_name_is_no_company() -> None:
    found = _companies(
        "Vehicle sales rose 11%, the China Association of Automobile Manufacturers said. China Changan Automobile "
        "Group was formed, and Industrial Bank grew."
    )
    assert "Automobile" not in found and "Automobile Group" not in found
    assert "Industrial Bank" in found


def test_a_name_that_does_something_after_an_aside_is_a_company() -> None:
    text = "China Pylon, whose main customers are the three carriers, lifted net profit 10.1% to 5.33 billion yuan."
    assert "China Pylon" in {c.label for c in find_companies(document(text))}


def test_a_firm_only_cited_for_figures_is_a_research_source_not_a_company() -> None:
    text = (
        "Revenue of listed builders fell 4%, according to a review of annual reports by Eastgate Securities. "
        "Research firm Dataline ranked Harbor Machinery sixth. Harbor Machinery reported revenue of 5 billion yuan, "
        "Kingfield Securities said. Satellite-data company Skyview Technology said it would spend 40 million yuan.")
    found = {e.label: e for e in find_entities(document(text))}
    for source in ("Eastgate Securities", "Dataline", "Kingfield Securities"):
        assert isinstance(found[source], Organization) and found[source].role == "research", source
    assert isinstance(found["Harbor Machinery"], Company) and isinstance(found["Skyview Technology"], Company)


def test_a_name_after_its_province_or_city_goes_by_its_next_word() -> None:
    found = _companies(
        "Drugmaker Jiangsu Hengyang Pharmaceuticals and soy sauce maker Foshan Haitao Foods listed in Hong Kong. "
        "Hengyang followed on May 23. Haitao debuted on June 19.")
    assert {s.text for s in found["Jiangsu Hengyang Pharmaceuticals"].mentions} >= {"Hengyang"}
    assert {s.text for s in found["Foshan Haitao Foods"].mentions} >= {"Haitao"}


def test_a_listed_company_without_an_english_name_has_one_label_whatever_a_report_spells() -> None:
    one = _companies("BSE companies in 2024\nHaosheng Electronic posted higher revenue.")
    other = _companies("BSE companies in 2025\nHaosheng Electronics posted higher revenue.")
    (first,) = [c for c in one.values() if c.ticker == "920701"]
    (second,) = [c for c in other.values() if c.ticker == "920701"]
    assert first.label != second.label
    assert first.listed_name == second.listed_name == "Haosheng Dianzi"  # 豪声电子, romanized


def test_a_company_under_risk_warning_keeps_its_prefix_and_a_unit_named_for_its_place_is_its_own() -> None:
    found = _companies(
        "Delistings in 2024\nThe first exit came on January 16, when *ST Hualong was removed for a share price under "
        "1 yuan. The only voluntary exit was bus maker ST Yaxin. Zhongwei posted revenue of 30 billion yuan. The "
        "company agreed to buy the 49% of Zhongwei North it did not own.")
    assert {"*ST Hualong", "ST Yaxin", "Zhongwei", "Zhongwei North"} <= set(found)
    assert "Zhongwei North" not in found["Zhongwei"].aliases


def test_a_listed_name_that_begins_with_a_number_is_a_company_and_its_number_no_quantity() -> None:
    text = "Software makers in 2024\n360 Security Technology lifted revenue 5% to 8 billion yuan.\n"
    company = _companies(text)["360 Security Technology"]
    extraction = extract(document(text))
    assert [f.quantity.span.text for f in extraction.facts] == ["5%", "8 billion yuan"]
    assert {f.subject for f in extraction.facts} == {company.ref}


def test_where_its_shares_trade_tells_a_company_and_is_no_part_of_its_name() -> None:
    found = _companies(
        "Device makers in 2024\nHong Kong-listed MegaPort Scientific said that revenue grew 9.6%. Its STAR-listed unit "
        "MegaPort EP lifted revenue 25.51% to 413 million yuan.\n"
    )
    assert {"MegaPort Scientific", "MegaPort EP"} <= set(found)


def test_a_listed_name_that_begins_with_a_number_goes_by_its_first_two_words() -> None:
    found = _companies("Game makers in 2024\n37 Interactive lifted revenue 5%. In 2024, 360 companies grew.\n")
    assert [c.ticker for c in found.values()] == ["002555"]


def test_cities_a_company_is_in_are_no_companies() -> None:
    found = _companies(
        "The company has won the right to run new downtown duty-free stores in six cities, including Shenzhen, "
        "Guangzhou, Xi'an and Fuzhou. The maker delivers from Suzhou, Tongling and Thailand.")
    assert not {"Xi'an", "Fuzhou", "Tongling"} & set(found)


@pytest.mark.parametrize(
    "name", ["Jinjiang Hotels", "Huace Media", "Hengdian Entertainment", "Lushan Tourism", "Qingmu Cosmetics"]
)
def test_hotel_media_and_leisure_businesses_end_company_names(name: str) -> None:
    assert name in {c.label for c in _companies(f"{name} said revenue fell 4.00% to 14.063 billion yuan.").values()}


def test_the_words_after_a_number_that_opens_a_name_are_no_name_of_their_own() -> None:
    labels = set(_companies(
        "37 Interactive Entertainment earned more. Its unit Point Interactive contributed 14.959 billion yuan."))
    assert "Interactive" not in labels and "Interactive Entertainment" not in labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The group bought more of Macau broadband operator MTEL in May.", "MTEL"),
        ("It agreed to buy all of its cable unit Leonkabel for 2 billion yuan.", "Leonkabel"),
        ("Oil producer Qinhai sold 3 million tonnes.", "Qinhai"),
    ],
)
def test_a_name_after_the_role_a_company_plays_is_a_company(text: str, name: str) -> None:
    assert name in _companies(text)


def test_a_brand_written_with_a_small_first_letter_is_a_name() -> None:
    found = _companies("IT services in 2024\nRevenue at iSoftStone fell 8.9% to 17.6 billion yuan, and iPhone "
                       "sales helped its customers.\n")
    assert [c.ticker for c in found.values()] == ["301236"]


def test_a_name_apposed_to_what_the_company_is_is_a_company_but_not_the_tail_of_a_longer_name() -> None:
    found = _companies(
        "Clinics in 2024\nQiantang Tang, a chain of traditional Chinese medicine clinics listed in Hong Kong, reported "
        "growth. Its main unit, PICC Property and Casualty, the country's largest property insurer, grew.\n")
    assert "Qiantang Tang" in found and "Casualty" not in found


def test_a_company_formally_named_otherwise_is_one_company() -> None:
    found = extract(document("Lanshan, formally Blue Harbour Information Security Technology, missed a payment. "
                             "Lanshan had sold bonds in 2018, and Lanshan has since been delisted."))
    (company,) = [e for e in found.entities if isinstance(e, Company)]
    assert {company.label, *company.aliases} == {"Lanshan", "Blue Harbour Information Security Technology"}


def test_routes_and_lines_listed_after_such_as_are_no_companies() -> None:
    found = _companies("The company helped deliver UHV lines such as Longxi-Huaihe and Hami-Yuzhou during the year.")
    assert not {"Longxi-Huaihe", "Hami-Yuzhou"} & set(found)


def test_a_route_between_two_places_is_no_company() -> None:
    found = _companies("Receipts on its core Jinan-Qingdao Expressway fell 12.1% after a parallel route opened, and "
                       "Shanghai-based Lanshan Dairy grew.")
    assert "Jinan-Qingdao Expressway" not in found and any("Lanshan Dairy" in name for name in found)


def test_a_two_word_place_opening_a_name_is_no_short_form_of_it() -> None:
    found = extract(document("Inner Mongolia Lanyuan Industrial Group earned more, and Lanyuan paid a dividend. "
                             "Qiaoshi paid 448 million yuan for all of Inner Mongolia Qiaoshi Cheese."))
    lanyuan = next(e for e in found.entities if isinstance(e, Company) and "Lanyuan" in e.label)
    assert "Inner" not in lanyuan.aliases


def test_a_company_a_stake_or_control_is_bought_in_is_a_company() -> None:
    found = _companies(
        "Qinglan Dental earned 1 billion yuan. It also said it had bought all of Hangzhou Haiyun Kechuang. "
        "Lanfeng paid 294 million yuan in August for 49% of Nanjing Wanhe, a unit of its retail business, and plans "
        "to spend up to 200 million yuan on control of discount chain Ai Lingfeng. Qinglan agreed to pay 6.6 billion "
        "yuan for 21.12 percent of STAR Market-listed HyQ Medical, taking control of the Shenzhen-listed potash "
        "maker."
    )
    assert {"Hangzhou Haiyun Kechuang", "Nanjing Wanhe", "Ai Lingfeng", "HyQ Medical"} <= set(found)
    assert not [name for name in found if "listed" in name]
