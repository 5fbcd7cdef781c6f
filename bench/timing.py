"""The one timing helper of the hand-run benchmarks: the median of several runs."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(step: Callable[[], object], rounds: int, *, warm_up: bool = True) -> float:
    """Median wall time of `step` over `rounds` runs, after one warm-up run (caches, imports)."""
    if warm_up:
        step()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        step()
        times.append(time.perf_counter() - started)
    return statistics.median(times)
