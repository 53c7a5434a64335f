"""CLI start-up: `interviewer --help` wall time beside a bare Python start (bound: 0.3 s)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from bench.suite import Row

HELP = ["-m", "interviewer", "--help"]
BARE = ["-c", "pass"]


def _once(args: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, capture_output=True)
    return time.perf_counter() - t0


def run(quick: bool = False) -> list[Row]:
    n = 5 if quick else 15
    _once(HELP)  # warm the OS file cache
    help_times, bare_times = [], []
    for _ in range(n):  # interleaved, so both see the same machine load
        help_times.append(_once(HELP))
        bare_times.append(_once(BARE))
    return [
        Row(
            "`interviewer --help` p50 (s)",
            statistics.median(help_times),
            baseline=statistics.median(bare_times),
            baseline_name="bare python start",
            at_most=0.3,
        ),
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
