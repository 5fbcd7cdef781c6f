"""Invented reports of the genre (a company's annual results news, a ChiNext overview) for the entity tests."""

from __future__ import annotations

from finkg.read import structure
from finkg.records import Document

RESULTS_NEWS = (
    "Securities Times learned that Sungrow Power released its 2023 annual report in April 2024. "
    "The company achieved revenue of 72.25 billion yuan, an increase of 79.5% year on year. "
    "Sungrow Power plans to invest 3 billion yuan to build energy storage battery and inverter industrialization "
    "projects. In addition, Sungrow Power plans to acquire Qiyuan Green Power, a leading photovoltaic developer. "
    "Sungrow Power launched the world's first 10-megawatt liquid-cooled energy storage system, marking a new stage."
)

CHINEXT_OVERVIEW = (
    "The Shenzhen Stock Exchange released an overview of ChiNext companies in 2023. "
    "Leading companies such as Aier Eye Hospital, Zhongji Innolight, and Hangke Technology led the growth in "
    "biomedicine and artificial intelligence. "
    "Wens Foodstuff's controlling shareholder became Guangdong Rising Holdings. "
    "Zhongji Innolight submitted an application for H-share listing to the Hong Kong Stock Exchange. "
    "Kanghong Pharmaceutical's conbercept injection has been approved for marketing. "
    "Eoptolink Technology issued the first green corporate bond of the industry, raising 1.5 billion yuan. "
    "Fund investors and social security funds increased their holdings, while the CSRC issued new rules. "
    "Since 2023, the ChiNext 50 Index and the ChiNext Growth Index have been released."
)


def document(text: str, doc_id: str = "invented") -> Document:
    """A plain-text report read from a string."""
    return structure(text, doc_id=doc_id, source=f"{doc_id}.txt")
