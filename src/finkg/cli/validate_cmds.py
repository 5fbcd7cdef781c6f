"""Placeholder: commands of this group register here."""

from __future__ import annotations

from . import cli  # noqa: F401
