"""A figure in a scenario told as not having happened — untried, unmeasured, supposed or
counterfactual — is no told result (issue #15, lead probe Q3: "没压测过翻倍的情况" read as ×2).

Inputs written before the fix, in other words than the splits; hedges that only look like a
condition ("if I remember right", 如果没记错) and a negated bound keep their results.
"""

from __future__ import annotations

import pytest
from quantity_expect import results

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    "text",
    [
        "We haven't load-tested it beyond 3x normal traffic.",
        "如果并发再翻一倍，延迟估计会涨到 500ms 以上。",
        "假设日活到了五百万，这套缓存肯定不够。",
        "never got around to measuring whether it'd hit 99.9% uptime",
        "if we'd had two more months maybe we could have pushed recall to 0.9",
        "要是换成 H100，吞吐应该能翻倍，不过没试过。",
        "We didn't benchmark it at 10k QPS.",
        "这个方案没实际验证过，理论上能把成本压到一半。",
    ],
)
def test_a_scenario_not_told_as_happened_has_no_result(text: str) -> None:
    assert not results(text), [(q.text, q.role) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("If I remember right, latency went from 900 ms to 300 ms.", 300),
        ("如果没记错的话，准确率从 82% 提到了 90%。", 90),
        ("没想到转化率直接涨了 30%。", 30),
        ("We tested it at 3x normal traffic and p99 stayed at 180 ms.", 180),
    ],
)
def test_hedges_and_told_tests_keep_their_results(text: str, value: float) -> None:
    got = results(text)
    assert any(abs(q.value - value) < 1e-6 * value or q.value == value for q in got), [
        (q.text, q.role, q.value) for q in extract_quantities(text)
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Shipped the gate in May. Caught 7 models that would have raised alerts by 20%.", 7),
        ("Ran it for a quarter. Blocked 12 bad deploys.", 12),
        ("上线一个季度。Fixed 9 flaky tests along the way.", 9),
        ("It went live in March. Found 4 data leaks in the first week.", 4),
    ],
)
def test_an_outcome_verb_opening_a_sentence_is_no_name_before_a_version(
    text: str, value: float
) -> None:
    """'Caught 7 models' after a full stop: the count the work caught, not 'Caught' version 7."""
    assert any(q.value == value for q in results(text)), [
        (q.text, q.role) for q in extract_quantities(text)
    ]
