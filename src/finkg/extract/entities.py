"""Extract: every named thing of a document (organizations, companies, products, sectors), aliases resolved.

Organizations come first because their names hold capitalised words that are not companies
("Shanghai Stock Exchange"); sectors last, outside the names of companies and products.
"""

from __future__ import annotations

from ..records import Company, Document, Organization, Product, Sector
from .companies import find_companies
from .organizations import find_organizations
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
    names = [span for entity in (*organizations, *companies) for span in entity.mentions]
    sectors = find_sectors(document, exclude=names)
    return (*companies, *organizations, *products, *sectors)
