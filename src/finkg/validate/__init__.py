"""The validate stage: SHACL shapes and the Data Cube integrity constraints over a finkg graph."""

from __future__ import annotations

from .datacube import failing_constraints
from .report import ValidationReport, ValidationResult, render
from .shacl import validate

__all__ = ["ValidationReport", "ValidationResult", "failing_constraints", "render", "validate"]
