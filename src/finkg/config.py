"""Settings shared by every stage: the base IRI, where the graph and store live.

Values come from defaults, then `FINKG_*` environment variables, then command-line flags.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
ONTOLOGY_DIR = DATA_DIR / "ontology"  # a link to the repository's ontology/ folder, shipped in the wheel


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Where to publish and what to consider plausible."""

    base_iri: str = "https://w3id.org/finkg"
    kg_dir: Path = Path("kg")
    store_dir: Path = Path(".finkg/store")
    store_url: str = ""  # a SPARQL 1.1 store over HTTP; when set, it receives the graphs instead of store_dir
    # Amounts in CNY above this are implausible for any subject a report of this genre describes:
    # China's GDP is about 1.3e14 CNY, so no board's revenue can reach 1e14.
    cny_ceiling: Decimal = Decimal("1e14")

    def with_overrides(self, **changes: object) -> Settings:
        """A copy with the non-None `changes` applied (command-line flags)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})  # type: ignore[arg-type]


def is_url(store: str) -> bool:
    """Whether a --store value names a remote SPARQL store rather than a directory."""
    return store.startswith(("http://", "https://"))


def load_settings() -> Settings:
    """Defaults overridden by the FINKG_* environment variables that are set."""
    env = os.environ
    settings = Settings()
    return settings.with_overrides(
        base_iri=env.get("FINKG_BASE_IRI"),
        kg_dir=Path(env["FINKG_KG_DIR"]) if "FINKG_KG_DIR" in env else None,
        store_dir=Path(env["FINKG_STORE"]) if "FINKG_STORE" in env and not is_url(env["FINKG_STORE"]) else None,
        store_url=env["FINKG_STORE"] if is_url(env.get("FINKG_STORE", "")) else None,
        cny_ceiling=Decimal(env["FINKG_CNY_CEILING"]) if "FINKG_CNY_CEILING" in env else None,
    )
