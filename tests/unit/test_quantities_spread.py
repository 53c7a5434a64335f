"""A 'from A to B' told as a spread over cases — with a verb of spread (range, vary, 不等) or
across the cases it spans ('across languages', 视场景而定) — is a range of levels, not a change: no
baseline, and a direction only where a change word tells one (提升 … 不等); a 'from A to B' told over time stays a change."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Gains ranged from 3 to 7 points across languages.", 3, 7),
        ("latency varies from 80 ms to 300 ms depending on the prompt", 80, 300),
        ("各数据集上的提升从 2% 到 5% 不等。", 2, 5),
        ("the speed-up goes from 1.5x to 4x depending on batch size", 1.5, 4),
        ("不同业务线的准确率从 85% 到 93% 不等。", 85, 93),
        ("Per-region error rates span from 0.4% to 1.1%.", 0.4, 1.1),
    ],
)
def test_a_spread_over_cases_is_a_range(text: str, low: float, high: float) -> None:
    found = [q for q in extract_quantities(text) if q.role == "result"]
    assert len(found) == 1, found
    q = found[0]
    assert (q.bound, q.low, q.high, q.baseline) == ("range", low, high, None)


@pytest.mark.parametrize(
    "text",
    [
        "Latency went from 300 ms to 80 ms after caching.",
        "准确率从 85% 提升到 93%。",
        "error rate fell from 1.1% to 0.4% across the fleet",
        "Review throughput went from 90 to 260 tickets per agent per day.",
        "视频转码耗时从 40 秒降到 12 秒。",
    ],
)
def test_a_change_over_time_stays_a_change(text: str) -> None:
    q = next(q for q in extract_quantities(text) if q.role == "result")
    assert q.baseline is not None and q.direction is not None
