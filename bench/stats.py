"""Figures shared by the benchmarks."""

from __future__ import annotations

import os
import statistics


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50, p95, max and mean of durations in seconds, as milliseconds (nearest-rank percentiles)."""
    if not samples:
        return {"p50_ms": 0.0, "p95_ms": 0.0, "max_ms": 0.0, "mean_ms": 0.0}
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]  # noqa: E731
    return {
        "p50_ms": round(pick(0.50) * 1000, 2),
        "p95_ms": round(pick(0.95) * 1000, 2),
        "max_ms": round(ordered[-1] * 1000, 2),
        "mean_ms": round(statistics.fmean(ordered) * 1000, 2),
    }


def load_average() -> list[float]:
    """The machine is shared: every figure is recorded beside the load it was measured under."""
    return [round(x, 2) for x in os.getloadavg()]
