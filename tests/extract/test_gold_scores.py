"""The extractor against every hand-written gold annotation: the scores must not slide.

The floors sit a little under the scores measured when they were set (README, "Extraction
quality"); a change that lowers a score below its floor fails here, one that raises it should
raise the floor.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from finkg.check import check
from finkg.evaluate import entities_from_rows, facts_from_rows, load_gold, score
from finkg.extract import extract
from finkg.extract.rows import entity_rows, fact_rows
from finkg.read import read_document

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "gold"

FLOORS: dict[str, dict[str, float]] = {
    "000_5e41f899ff37ab17": {
        "quantity.value+unit.F1": 0.99, "fact.F1": 0.92, "attribute.subject.accuracy": 0.95,
        "attribute.measure.accuracy": 0.94, "attribute.period.accuracy": 0.9, "entity.companies.F1": 0.97,
        "event.R": 0.94, "implausible.recall": 0.8,
    },
    "star-market-2023-annual-results": {
        "quantity.value+unit.F1": 0.97, "fact.F1": 0.87, "attribute.subject.accuracy": 0.89,
        "entity.companies.F1": 0.95, "event.R": 0.95,
    },
    "szse-2013-annual-reports-analysis": {
        "quantity.value+unit.F1": 0.97, "fact.F1": 0.9, "attribute.subject.accuracy": 0.9, "event.R": 0.9,
    },
    "bse-2023-annual-reports-peoples-daily": {
        "quantity.value+unit.F1": 0.97, "fact.F1": 0.97, "attribute.measure.accuracy": 0.97,
    },
    "chinext-2022-annual-results": {
        "quantity.value+unit.F1": 0.97, "fact.F1": 0.86, "entity.companies.F1": 0.97, "event.R": 0.95,
    },
    # event recall 1.00 -> 0.86: a company that "said on" a day that its results rose is no event any more (its gold
    # counted those); the same change lifted development event precision from 0.705 to 0.742
    "star-chipmakers-2024-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.91, "event.R": 0.83},
    "bse-2024-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.72, "entity.companies.F1": 0.97},
    # Held out for two rounds of rules (fact F1 0.39 at its first run, 0.50 after them), then used for development.
    "chinext-2024-annual-results": {
        "quantity.value+unit.F1": 0.97, "fact.F1": 0.83, "attribute.period.accuracy": 0.9, "entity.companies.F1": 0.97,
    },
    # Held out, written at the end of a round of rules: 0.56 with the rules before that round, 0.59 after it, 0.71
    # after the next (period accuracy 0.20 -> 0.87), 0.74 after the one after.
    "bse-2024-h1-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.7, "attribute.period.accuracy": 0.88},
    # Held out: its misses are not looked at while rules are written, so its score says how finkg does on a report
    # it has never seen (tests/data/docs/SOURCES.md). Fact F1 0.48 with the rules before the round it was written in,
    # 0.53 after it, 0.52 after the next.
    "a-share-2023-annual-results": {"quantity.value+unit.F1": 0.97, "fact.F1": 0.53},
    # Held out, written at the end of a round of rules: 0.60 both with the rules before that round and after it,
    # 0.63 after the round's last rules and after the next round.
    "carmakers-2024-annual-results": {"quantity.value+unit.F1": 0.85, "fact.F1": 0.62},
    # First scored at 0.49 and 0.77 (fact F1) when they were added, with that round's rules up to then in place.
    "sse-2024-h1-results": {"quantity.value+unit.F1": 0.97, "fact.F1": 0.8, "entity.companies.F1": 0.97},
    "bank-leaders-2024-annual-results": {
        "quantity.value+unit.F1": 0.94, "fact.F1": 0.9, "entity.companies.F1": 0.97, "event.R": 0.88,
    },
    # First scored at 0.63 (fact F1) when it was added, with that round's first rules in place.
    "baijiu-leaders-2024-annual-results": {
        "quantity.value+unit.F1": 0.95, "fact.F1": 0.81, "entity.companies.F1": 0.97,
    },
    # Held out until its score on unseen text was recorded (fact F1 0.54, then 0.52), then used for development.
    "a-share-2024-q1-q3-results": {
        "quantity.value+unit.F1": 0.97, "fact.F1": 0.86, "entity.companies.F1": 0.97, "event.R": 0.55,
    },
    # First scored at 0.34 (fact F1) when it was added, with this round's first rules in place.
    "new-energy-leaders-2024-annual-results": {
        "quantity.value+unit.F1": 0.97, "fact.F1": 0.75, "entity.companies.F1": 0.97, "event.R": 0.86,
    },
    # Held out until its score on unseen text was recorded (fact F1 0.27), then used for development.
    "sse-main-board-2022-annual-results": {
        "quantity.value+unit.F1": 0.97, "fact.F1": 0.9, "entity.companies.F1": 0.97, "event.R": 0.95,
    },
    # First scored at 0.53 (fact F1) when it was added, with this round's rules up to then in place.
    "star-market-2024-h1-results": {"quantity.value+unit.F1": 0.97, "fact.F1": 0.88, "event.R": 0.85},
    # First scored at 0.65 (fact F1) when it was added, with this round's rules up to then in place.
    "pharma-leaders-2024-annual-results": {
        "quantity.value+unit.F1": 0.95, "fact.F1": 0.86, "entity.companies.F1": 0.97, "event.R": 0.83,
    },
    "star-market-2021-h1-results": {
        "quantity.value+unit.F1": 0.93, "fact.F1": 0.86, "attribute.period.accuracy": 0.96,
    },
    # First scored at 0.66 and 0.55 (fact F1) with the rules from before they were written; development reports.
    "home-appliance-leaders-2024-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.81},
    "star-market-2022-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.78},
    # Written mid-round: fact F1 0.61 and 0.46 with the rules from before the round, 0.68 and 0.50 with the
    # round's rules up to then; development reports.
    "a-share-2025-q1-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.84},
    "chip-equipment-makers-2024-annual-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.71},
    # Written late in the round: fact F1 0.45 and 0.62 with the rules from before the round, 0.51 and 0.67 with the
    # round's rules up to then; development reports.
    "solar-makers-2024-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.8},
    "star-market-2024-q1-q3-results": {"quantity.value+unit.F1": 0.97, "fact.F1": 0.9},
    # Written late in the round: fact F1 0.52 and 0.58 with the rules from before the round, 0.53 and 0.61 with the
    # round's rules up to then; development reports.
    "cxo-makers-2024-h1-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.77},
    "food-leaders-2024-annual-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.67},
    # Held out, written at the start of a round with the measure table in the gold schema: fact F1 0.74 and 0.65
    # with the rules from before that round, 0.75 and 0.67 after it.
    "szse-2023-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.77},
    "brokerages-2024-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.66},
    # Held out, written near the end of that round: fact F1 0.77 and 0.49 both with the rules from before the round
    # and after it.
    "sse-2023-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.75},
    "telecom-operators-2024-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.62},
    "insurers-2024-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.91},
    "airlines-2024-annual-results": {"quantity.value+unit.F1": 0.9, "fact.F1": 0.79},
    "chinext-2025-h1-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.81},
    "steelmakers-2024-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.76},
    "brokerages-2025-h1-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.77},
    "bse-2025-h1-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.68},
    "power-utilities-2024-annual-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.76},
    "szse-2024-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.78},
    "a-share-2024-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.81},
    "star-market-2025-h1-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.65},
    "bank-leaders-2025-h1-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.6},
    "sse-2025-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.78},
    "joint-stock-banks-2025-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.83},
    "szse-2025-h1-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.81},
    "telecom-operators-2025-h1-results": {"quantity.value+unit.F1": 0.97, "fact.F1": 0.77},
    "carmakers-2025-h1-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.58},
    "star-market-2025-q1-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.83},
    "brokerages-2025-q1-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.64},
    "a-share-2024-h1-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.71},
    "chinext-2023-annual-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.72},
    "pharma-leaders-2025-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.83},
    "star-market-mergers-2025-review": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.52},
    "shareholder-returns-2024": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.67},
    "star-market-2023-h1-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.82},
    "bank-leaders-2024-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.87},
    "a-share-2022-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.72},
    "city-banks-2024-annual-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.83},
    "carmakers-2025-q1-results": {"quantity.value+unit.F1": 0.89, "fact.F1": 0.53},
    "brokerages-2024-q1-q3-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.74},
    "telecom-operators-2024-h1-results": {"quantity.value+unit.F1": 0.87, "fact.F1": 0.55},
    "property-developers-2024-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.52},
    "a-share-2023-h1-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.67},
    "big-banks-2023-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.75},
    "star-market-2024-capital-activity": {"quantity.value+unit.F1": 0.89, "fact.F1": 0.44},
    "hog-farmers-2024-annual-results": {"quantity.value+unit.F1": 0.9, "fact.F1": 0.57},
    "oil-majors-2024-annual-results": {"quantity.value+unit.F1": 0.9, "fact.F1": 0.51},
    "lithium-producers-2024-annual-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.67},
    "builders-2024-annual-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.58},
    "coal-miners-2024-annual-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.53},
    "shipping-ports-2024-annual-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.62},
    "chinext-2024-h1-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.64},
    # Written blind at the start of a round: fact F1 0.68, 0.86, 0.37, 0.69, 0.71 and 0.58 with the rules from
    # before it; development reports.
    "metal-miners-2024-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.65},
    "szse-2025-q1-q3-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.82},
    "express-delivery-2024-annual-results": {"quantity.value+unit.F1": 0.85, "fact.F1": 0.34},
    "star-market-2025-q1-q3-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.65},
    "construction-machinery-2024-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.68},
    "a-share-2025-q1-q3-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.55},
    # Written blind mid-round: fact F1 0.73, 0.78, 0.57, 0.74, 0.79 and 0.70 with the rules from before the round;
    # development reports.
    "chinext-2025-q1-q3-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.69},
    "star-market-2022-h1-results": {"quantity.value+unit.F1": 0.9, "fact.F1": 0.75},
    "bse-2025-q1-q3-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.57},
    "wind-power-makers-2024-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.71},
    "szse-2024-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.75},
    "sse-2024-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.66},
    # Written blind late in the round: fact F1 0.77, 0.66, 0.37, 0.86, 0.82 and 0.72 with the rules from before the
    # round; development reports.
    "a-share-2025-h1-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.74},
    "carmakers-2024-h1-results": {"quantity.value+unit.F1": 0.9, "fact.F1": 0.65},
    "bse-2024-q1-q3-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.33},
    "brokerages-2024-h1-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.82},
    "chinext-2024-q1-q3-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.76},
    "sse-2024-q1-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.75},
    "shipbuilders-2024-annual-results": {"quantity.value+unit.F1": 0.83, "fact.F1": 0.38},
    "a-h-share-listings-2025-h1": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.21},
    "display-panel-makers-2024-annual-results": {"quantity.value+unit.F1": 0.88, "fact.F1": 0.52},
    "pharma-licensing-deals-2025-h1": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.41},
    "chinext-2025-q1-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.77},
    "a-share-ipo-market-2024": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.42},
    "battery-makers-2024-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.48},
    "bse-2025-q1-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.6},
    "sse-2024-q1-q3-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.66},
    "cement-makers-2024-annual-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.57},
    "a-share-mergers-2025-h1": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.18},
    "chipmakers-2025-h1-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.73},
    "szse-2025-q1-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.8},
    "chemical-makers-2024-annual-results": {"quantity.value+unit.F1": 0.9, "fact.F1": 0.58},
    "consumer-electronics-makers-2024-annual-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.58},
    "auto-parts-makers-2024-annual-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.6},
    "a-share-delistings-2024": {"quantity.value+unit.F1": 0.81, "fact.F1": 0.18},
    "insurers-2025-h1-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.69},
    "medical-device-makers-2024-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.76},
    "gaming-companies-2024-annual-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.66},
    "robotics-makers-2025-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.76},
    "tech-innovation-bonds-2025": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.34},
    "a-share-buybacks-2025-h1": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.32},
    "overseas-plants-2025": {"quantity.value+unit.F1": 0.86, "fact.F1": 0.46},
    # fact F1 0.28 -> 0.23: provinces ("Jiangsu led with 6.044 billion yuan") are no companies any more; its gold
    # gives their figures to cohorts of deals, which the wrong company label had matched by its name
    "control-changes-2025-h1": {"quantity.value+unit.F1": 0.88, "fact.F1": 0.2},
    "optical-module-makers-2025-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.57},
    "tourism-companies-2024-annual-results": {"quantity.value+unit.F1": 0.88, "fact.F1": 0.38},
    "cosmetics-makers-2024-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.57},
    "a-share-refinancing-2024": {"quantity.value+unit.F1": 0.87, "fact.F1": 0.34},
    "a-share-interim-dividends-2025": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.67},
    "film-companies-2024-annual-results": {"quantity.value+unit.F1": 0.89, "fact.F1": 0.47},
    "sse-2025-q1-q3-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.79},
    "dairy-makers-2024-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.67},
    "software-companies-2024-annual-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.66},
    "beer-makers-2024-annual-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.57},
    "a-share-convertible-bonds-2024": {"quantity.value+unit.F1": 0.76, "fact.F1": 0.31},
    "healthcare-services-2024-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.5},
    "szse-2022-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.74},
    "grid-equipment-makers-2024-annual-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.66},
    "toll-road-operators-2024-annual-results": {"quantity.value+unit.F1": 0.87, "fact.F1": 0.65},
    "drugstore-chains-2024-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.65},
    "a-share-ipo-market-2025-h1": {"quantity.value+unit.F1": 0.9, "fact.F1": 0.35},
    "home-furnishing-makers-2024-annual-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.63},
    "tire-makers-2024-annual-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.63},
    "media-companies-2024-annual-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.61},
    "airports-2024-annual-results": {"quantity.value+unit.F1": 0.89, "fact.F1": 0.52},
    "star-market-2021-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.75},
    "railway-companies-2024-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.55},
    "vaccine-makers-2024-annual-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.67},
    "szse-2023-h1-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.84},
    "security-camera-makers-2024-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.49},
    "bse-2023-h1-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.53},
    "pet-food-makers-2024-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.67},
    "ai-server-makers-2024-annual-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.63},
    "chinext-2021-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.6},
    "apparel-makers-2024-annual-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.52},
    "defense-makers-2024-annual-results": {"quantity.value+unit.F1": 0.88, "fact.F1": 0.7},
    "nuclear-power-operators-2024-annual-results": {"quantity.value+unit.F1": 0.84, "fact.F1": 0.48},
    "rare-earth-producers-2024-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.67},
    "battery-materials-makers-2024-annual-results": {"quantity.value+unit.F1": 0.9, "fact.F1": 0.59},
    "sse-2021-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.59},
    "gold-miners-2024-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.64},
    "chemical-fiber-makers-2024-annual-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.7},
    "seed-and-agri-companies-2024-annual-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.49},
    "paper-makers-2024-annual-results": {"quantity.value+unit.F1": 0.9, "fact.F1": 0.53},
    "szse-2021-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.56},
    "a-share-2024-q1-results": {"quantity.value+unit.F1": 0.9, "fact.F1": 0.7},
    "glass-makers-2024-annual-results": {"quantity.value+unit.F1": 0.89, "fact.F1": 0.68},
    "soft-drink-makers-2024-annual-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.61},
    "hotel-operators-2024-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.42},
    "aluminium-producers-2024-annual-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.64},
    "bse-2022-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.66},
    "chinext-2023-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.77},
    "star-market-2023-q1-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.7},
    # Written blind at the start of a round: fact F1 0.80, 0.85, 0.68, 0.72, 0.69, 0.55, 0.64 and 0.70 with the
    # rules from before it; development reports.
    "chinext-2022-h1-results": {"quantity.value+unit.F1": 0.97, "fact.F1": 0.77},
    "star-market-2024-q1-results": {"quantity.value+unit.F1": 0.97, "fact.F1": 0.81},
    "sse-2023-h1-results": {"quantity.value+unit.F1": 0.97, "fact.F1": 0.66},
    "szse-2022-h1-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.69},
    "tcm-makers-2024-annual-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.66},
    "jewelry-retailers-2024-annual-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.51},
    "cybersecurity-companies-2024-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.61},
    "feed-makers-2024-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.67},
    # Written blind mid-round: fact F1 0.57, 0.80, 0.62, 0.64, 0.79, 0.83, 0.68 and 0.70 with the rules from
    # before the round, whose two false flags (A-shares, inverters) were real bugs, since fixed; development reports.
    "star-market-2022-q1-q3-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.54},
    "chinext-2023-q1-q3-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.76},
    "bse-2023-q1-q3-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.61},
    "a-share-2023-q1-q3-results": {"quantity.value+unit.F1": 0.89, "fact.F1": 0.6},
    "chip-packaging-makers-2024-annual-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.75},
    "inverter-makers-2024-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.8},
    "phosphate-chemical-makers-2024-annual-results": {"quantity.value+unit.F1": 0.97, "fact.F1": 0.65},
    "e-bike-makers-2024-annual-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.66},
    # Written blind late in the round: fact F1 0.66, 0.73, 0.77, 0.70, 0.66, 0.54, 0.53 and 0.69 with the rules
    # from before the round, whose three false flags (SZSE, aesthetics, lithium equipment) were real bugs, since
    # fixed; development reports.
    "sse-2022-h1-results": {"quantity.value+unit.F1": 0.98, "fact.F1": 0.63},
    "chinext-2024-q1-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.69},
    "szse-2023-q1-q3-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.78},
    "semiconductor-materials-makers-2024-annual-results": {"quantity.value+unit.F1": 0.9, "fact.F1": 0.67},
    "environmental-services-2024-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.63},
    "medical-aesthetics-2024-annual-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.5},
    "supply-chain-companies-2024-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.5},
    "lithium-equipment-makers-2024-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.66},
    # Written blind at the round's end: fact F1 0.57, 0.63, 0.74, 0.76, 0.73, 0.85, 0.58 and 0.79 with the rules
    # from before the round, whose one false flag (industrial robots: a loss that grew 700%) was a real bug, since
    # fixed; development reports.
    "bse-2024-q1-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.54},
    "sse-2023-q1-q3-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.61},
    "chinext-2023-q1-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.71},
    "pcb-makers-2024-annual-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.72},
    "water-utilities-2024-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.69},
    "eye-care-companies-2024-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.82},
    "gas-distributors-2024-annual-results": {"quantity.value+unit.F1": 0.86, "fact.F1": 0.55},
    "industrial-robot-makers-2024-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.76},
    # Written blind at a new round's start: fact F1 0.83, 0.75, 0.78, 0.62, 0.57, 0.65, 0.69 and 0.79 with the
    # rules from before the round; development reports.
    "chinext-2022-q1-q3-results": {"quantity.value+unit.F1": 0.97, "fact.F1": 0.79},
    "kitchen-appliance-makers-2024-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.71},
    "condiment-makers-2024-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.74},
    "star-market-2020-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.59},
    "pesticide-makers-2024-annual-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.53},
    "sse-2022-q1-q3-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.63},
    "chip-design-companies-2024-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.66},
    "star-market-2022-q1-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.76},
    # Written blind mid-round: fact F1 0.65, 0.72, 0.81, 0.53, 0.66, 0.58, 0.78 and 0.65 with the
    # rules from before the round; development reports.
    "cross-border-ecommerce-2024-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.62},
    "bank-leaders-2024-q1-q3-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.69},
    "star-market-2022-q1-q3-review": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.78},
    "a-share-buybacks-2024": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.5},
    "bse-2022-h1-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.62},
    "pharma-distributors-2024-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.64},
    "szse-2024-q1-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.74},
    "snack-makers-2024-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.61},
    # Written blind late in a round: fact F1 0.35, 0.79, 0.73, 0.69, 0.67, 0.70, 0.76 and 0.75 with
    # the rules from before the round; development reports.
    "a-share-private-placements-2025-h1": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.33},
    "chinext-2021-h1-results": {"quantity.value+unit.F1": 0.9, "fact.F1": 0.75},
    "a-share-2022-h1-results": {"quantity.value+unit.F1": 0.97, "fact.F1": 0.69},
    "home-textile-makers-2024-annual-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.67},
    "ai-software-companies-2025-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.66},
    "coal-miners-2025-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.67},
    "auto-parts-makers-2025-h1-results": {"quantity.value+unit.F1": 0.97, "fact.F1": 0.73},
    "sse-2021-h1-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.72},
    # Written blind at a round's start: fact F1 0.83, 0.80, 0.71, 0.69, 0.70, 0.77, 0.76 and 0.61 with the
    # rules from before the round; development reports.
    "star-market-2021-q1-q3-results": {"quantity.value+unit.F1": 0.98, "fact.F1": 0.8},
    "home-appliance-leaders-2025-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.77},
    "baijiu-leaders-2025-h1-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.67},
    "steelmakers-2025-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.66},
    "chip-equipment-makers-2025-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.67},
    "szse-2021-h1-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.74},
    "hydropower-operators-2024-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.72},
    "solar-makers-2025-h1-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.58},
    # Written blind mid-round: fact F1 0.83, 0.79, 0.70, 0.65, 0.62, 0.86, 0.52 and 0.72 with the
    # rules from before the round; development reports.
    "insurers-2024-q1-q3-results": {"quantity.value+unit.F1": 0.97, "fact.F1": 0.79},
    "szse-2021-q1-q3-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.76},
    "dairy-makers-2025-h1-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.66},
    "gaming-companies-2025-h1-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.62},
    "lithium-producers-2025-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.58},
    "chinext-2021-q1-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.82},
    "shipping-lines-2025-h1-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.48},
    "cxo-makers-2025-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.68},
    # Written blind late in a round: fact F1 0.67, 0.53, 0.76, 0.71, 0.74, 0.72, 0.71 and 0.71 with the
    # rules from before the round; development reports.
    "star-market-2021-q1-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.63},
    "bse-2022-q1-q3-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.5},
    "szse-2022-q1-q3-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.72},
    "a-share-2021-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.67},
    "brokerages-2023-annual-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.7},
    "airlines-2025-h1-results": {"quantity.value+unit.F1": 0.85, "fact.F1": 0.69},
    "property-developers-2025-h1-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.68},
    "battery-makers-2025-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.68},
    # Written blind at a round's end: fact F1 0.48, 0.69, 0.83, 0.58, 0.77, 0.68, 0.84 and 0.80 with the
    # rules from before the round; development reports.
    "sse-2022-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.44},
    "szse-2023-q1-results": {"quantity.value+unit.F1": 0.91, "fact.F1": 0.66},
    "chinext-2022-q1-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.79},
    "medical-device-makers-2025-h1-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.55},
    "wind-power-makers-2025-h1-results": {"quantity.value+unit.F1": 0.93, "fact.F1": 0.73},
    "express-delivery-2025-h1-results": {"quantity.value+unit.F1": 0.86, "fact.F1": 0.64},
    "construction-machinery-2025-h1-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.8},
    "pharma-leaders-2024-q1-q3-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.76},
    # Written blind 2026-11-28: fact F1 0.79, 0.80, 0.57, 0.78, 0.71, 0.84, 0.72 and 0.63 with the
    # rules from before the round, and three false flags (SSE Q1 2023, meat processors, banks Q1 2025) since
    # mended; STAR H1 2020 is the fallback for Q1-Q3 2020; development reports.
    "chinext-2020-annual-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.75},
    "sse-2023-q1-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.78},
    "meat-processors-2024-annual-results": {"quantity.value+unit.F1": 0.96, "fact.F1": 0.55},
    "bank-leaders-2025-q1-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.75},
    "education-companies-2024-annual-results": {"quantity.value+unit.F1": 0.92, "fact.F1": 0.68},
    "carmakers-2025-q1-q3-results": {"quantity.value+unit.F1": 0.94, "fact.F1": 0.81},
    "gold-miners-2025-h1-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.68},
    "star-market-2020-h1-results": {"quantity.value+unit.F1": 0.95, "fact.F1": 0.59},
}

# False flags on held-out reports, counted but not looked at (their misses are not read while rules are written).
FALSE_FLAGS = {"a-share-2023-annual-results": 1}


def _document(doc_id: str) -> Path:
    for folder in (ROOT / "corpus", ROOT / "tests" / "data" / "docs"):
        if (folder / f"{doc_id}.txt").exists():
            return folder / f"{doc_id}.txt"
    raise FileNotFoundError(doc_id)


@pytest.mark.issue(3)
@pytest.mark.parametrize("doc_id", sorted(FLOORS))
def test_scores_stay_above_their_floors(doc_id: str) -> None:
    document = read_document(_document(doc_id))
    extraction = check(extract(document))
    scores = score(
        load_gold(GOLD / f"{doc_id}.gold.yaml", document),
        facts_from_rows(fact_rows(extraction)),
        entities_from_rows(entity_rows(extraction)),
    )
    low = {name: round(scores[name], 3) for name, floor in FLOORS[doc_id].items() if scores[name] < floor}
    assert not low, f"{doc_id}: below the floor: {low}"
    assert scores["implausible.false_flags"] <= FALSE_FLAGS.get(doc_id, 0)


def test_every_gold_file_has_floors() -> None:
    assert {p.name.removesuffix(".gold.yaml") for p in GOLD.glob("*.gold.yaml")} == set(FLOORS)
