"""Graphs for the export tests: the seed report's real build and the invented Harbor report."""

from __future__ import annotations

import pytest

from finkg.config import Settings
from finkg.pipeline import build, build_extractions
from graph_fixtures import make_extraction


@pytest.fixture(scope="session")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The bundled seed report, built by the real pipeline into a store of its own."""
    root = tmp_path_factory.mktemp("seed")
    settings = Settings(kg_dir=root / "kg", store_dir=root / "store")
    build([], settings)
    return settings


@pytest.fixture(scope="session")
def harbor(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The invented Harbor report's hand-made extraction, built into a store and kg/."""
    root = tmp_path_factory.mktemp("harbor")
    settings = Settings(kg_dir=root / "kg", store_dir=root / "store")
    build_extractions([make_extraction()], settings)
    return settings
