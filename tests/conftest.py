"""Shared fixtures: the invented report's extraction for the graph stages."""

from __future__ import annotations

import pytest

from finkg.records import Extraction
from graph_fixtures import make_extraction


@pytest.fixture
def extraction() -> Extraction:
    """The hand-made extraction of the invented Harbor Board report."""
    return make_extraction()
