"""Extract: every named thing of a document (organizations, companies, products, sectors), aliases resolved.

Organizations come first because their names hold capitalised words that are not companies
("Shanghai Stock Exchange"); sectors last, outside the names of companies and products. A firm the report only
cites for figures about others is a research source, not one of the companies it reports on.
"""

from __future__ import annotations

import re

from ..records import Company, Document, Organization, Product, Sector
from .companies import find_companies
from .organizations import find_organizations
from .periods import NOT_OF_ITS_OWN
from .products import find_products
from .sectors import find_sectors


def find_entities(document: Document) -> tuple[Company | Organization | Sector | Product, ...]:
    """Companies, organizations, products and sectors of `document`, one record per real-world thing."""
    organizations = find_organizations(document)
    companies = find_companies(document, organizations)
    products = find_products(document, companies)
    brands = {p.label for p in products}
    # "its blood-cancer drug BRUKINSA": a brand taken for a company's name is the product, unless it is listed
    companies = tuple(c for c in companies if c.ticker or c.label not in brands)
    cited = {c.ref for c in companies if _only_cited(document, c)}
    organizations = (*organizations, *(_as_source(c) for c in companies if c.ref in cited))
    companies = tuple(c for c in companies if c.ref not in cited)
    names = [span for entity in (*organizations, *companies) for span in entity.mentions]
    sectors = find_sectors(document, exclude=names)
    return (*companies, *organizations, *products, *sectors)


# A firm the report only cites for its figures, a broker's research team or a data vendor: "according to Western
# Securities", "a review of annual reports by Wanlian Securities", "Soochow Securities put the average at",
# "Guohai Securities estimated", "BloombergNEF's ranking".
_CITED_BEFORE = re.compile(
    r"(?:\b(?:[Aa]ccording to(?: an?)?|[Cc]iting|[Dd]ata from|[Ff]igures from|(?:analysts|economists|researchers) at|"
    r"[Rr]esearch (?:firm|house|company)|[Cc]onsult(?:ing firm|ancy)|[Dd]ata (?:provider|vendor))|"
    r"\b(?:review|tally|survey|study|analysis|estimate|count|ranking|compiled|calculated|estimated|counted|tracked)"
    r"[^.;,]{0,60}?\bby)\s+(?:the\s+)?(?:broker(?:age)?\s+|research\s+firm\s+)?$"
)
_CITED_AFTER = re.compile(
    r"^(?:['’]s\s+(?:tally|data|count|estimate|estimates|review|analysis|research|report|figures|calculations?|"
    r"ranking|statistics)\b|\s+(?:data|figures|statistics|analysts|researchers)\b|"
    r"\s+(?:has\s+|had\s+)?(?:put|puts|estimated|estimates|calculated|calculates|counted|counts|tallied|"
    rf"tallies|forecast|forecasts)\b{NOT_OF_ITS_OWN})"
)


# A broker or research house that "said" something says it of others.
_RESEARCH_HOUSE = re.compile(r"(?:Securities|Research|Consulting|Analytics|Intelligence)$")
_SAID = re.compile(r"^\s+(?:said|says)\b")


def _only_cited(document: Document, company: Company) -> bool:
    """True when every mention of a firm cites it for figures about others: a broker's research, a data vendor."""
    text = document.text
    house = bool(_RESEARCH_HOUSE.search(company.label))
    return all(
        _CITED_BEFORE.search(text, max(0, m.start - 90), m.start) or _CITED_AFTER.match(text[m.end : m.end + 40])
        or (house and _SAID.match(text[m.end : m.end + 12]))
        for m in company.mentions
    )


def _as_source(company: Company) -> Organization:
    """The firm as the research source it is in this report."""
    return Organization(slug=company.slug, label=company.label, aliases=company.aliases, mentions=company.mentions,
                        role="research")
