"""CLI start-up: `interviewer --help` wall time (the brief's bound is 0.3 s)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def _once() -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "interviewer", "--help"], check=True, capture_output=True)
    return time.perf_counter() - t0


def run(quick: bool = False) -> list[dict[str, object]]:
    n = 5 if quick else 15
    _once()  # warm the OS file cache
    times = sorted(_once() for _ in range(n))
    p50 = statistics.median(times)
    return [
        {
            "metric": "`interviewer --help` p50 (s)",
            "value": p50,
            "target": "< 0.3",
            "status": "ok" if p50 < 0.3 else "MISS",
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
