"""A rival a gap is told against may carry digits in its name (BM25, GPT-3.5, Llama2-13B, Qwen1.5):
the name is still the other system, and the figure after 'by' / 高 is the gap on the measure."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        ("Our reranker beats BM25 by 4.2 points on MRR.", 4.2, "up"),
        ("The distilled model trails GPT-4o by 3 points in accuracy.", 3, "down"),
        ("we edged out XGBoost-v2 by 0.8 points of AUC", 0.8, "up"),
        ("新模型的准确率比 Qwen1.5 基线高出 2.3 个百分点。", 2.3, "up"),
        ("召回比 Llama2-13B 低 1.5 个点。", 1.5, "down"),
        ("It outperformed the T5-large baseline by 2 points of ROUGE-L.", 2, "up"),
    ],
)
def test_a_gap_against_a_rival_named_with_digits(text: str, value: float, direction: str) -> None:
    found = [q for q in extract_quantities(text) if q.role == "result"]
    assert [(q.value, q.unit, q.direction) for q in found] == [(value, "pp", direction)], found
    assert found[0].family
