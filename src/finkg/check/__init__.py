"""Stage 3, check: flag stated values that cannot be right, keeping them as stated."""

from __future__ import annotations

from .plausibility import check

__all__ = ["check"]
