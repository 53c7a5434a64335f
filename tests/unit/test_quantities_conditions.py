"""A figure told as the condition another figure of its sentence was read under is a setting of
that reading, not a result (issue #14/#15, quant14; lead probes: "at batch 32", "在4卡A100上").

The condition is a clause of its own, opened by a cue of circumstance (with, at, under, when,
given; 在, 当) or closed by one (的情况下, 条件下, 的时候, 时), beside a clause that tells the
measured figure. Inputs written before the fix, in other words than the splits.
"""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "setting", "measured"),
    [
        ("Under a load of 500 concurrent sessions, p99 latency held at 210 ms.", 500, 210),
        ("在并发 200 的条件下，P95 延迟稳定在 350ms。", 200, 350),
        ("at a context window of 32k tokens, the model still scores 0.81 on our eval", 32000, 0.81),
        ("batch size 设为 128 时，显存占用 60G。", 128, 60e9),
        ("When the request rate is 1,200 per second, CPU sits around 55%.", 1200, 55),
        ("With top-k set to 20, recall goes up to 0.93.", 20, 0.93),
        ("序列长度为 2048 的情况下，吞吐大概 900 tokens/s", 2048, 900),
        ("given a chunk size of 512 our hit rate was 74%", 512, 74),
    ],
)
def test_a_condition_is_a_setting_and_the_figure_read_under_it_a_result(
    text: str, setting: float, measured: float
) -> None:
    found = extract_quantities(text)
    cond = [q for q in found if abs(q.value - setting) <= 1e-6 * setting]
    told = [q for q in found if abs(q.value - measured) <= 1e-6 * measured]
    shown = [(q.text, q.role, q.value) for q in found]
    assert cond and all(q.role == "other" for q in cond), shown
    assert told and told[0].role in ("result", "data_size"), shown


@pytest.mark.parametrize(
    "text",
    [
        # a level reached or changed under the cue is still a result; no second figure to read
        "With the new cache, p95 went from 800 ms to 210 ms.",
        "在新版本上线后，转化率提升到 4.2%。",
        pytest.param(
            "When we finished, accuracy was at 91%.",
            marks=pytest.mark.xfail(strict=True, reason="'was at' alone is read as a start"),
        ),
        "at peak we served 12k QPS",
    ],
)
def test_a_cue_without_a_figure_read_under_it_leaves_results(text: str) -> None:
    found = extract_quantities(text)
    assert any(q.role == "result" for q in found), [(q.text, q.role) for q in found]
