"""A level told as what an earlier thing did ('a rules engine that flagged 9% of loan applications
for manual review') and a change of the same measure to a new level told after it in the same unit
('manual reviews fell to 3.5%') are one claim, the earlier level its baseline (issue 14, lead probe
L1: two claims 'Replaced a rules engine: 9%' and 'manual reviews: 3.5%'). A level of another
measure stays apart. Inputs en/zh/code-mixed written before the fix."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

_EN = "EXPERIENCE\nNorthwind Lending — Data Scientist (Jan 2020 – Dec 2023)\n- {}\n"
_ZH = "工作经历\n2019.07-2022.02  某消费金融公司  算法工程师\n- {}\n"

_JOINED = [
    (
        _EN.format(
            "Swapped the keyword filter, which sent 12% of tickets to human review, for a "
            "classifier; human review dropped to 4%."
        ),
        12.0,
        4.0,
    ),
    (
        _ZH.format(
            "用模型替换原有规则引擎（原规则把9%的贷款申请送人工审核），上线后人工审核比例降到3.5%。"
        ),
        9.0,
        3.5,
    ),
    (
        _EN.format(
            "Replaced the vendor OCR, which read 81% of invoice fields correctly, with an in-house "
            "model; correctly read invoice fields rose to 93%."
        ),
        81.0,
        93.0,
    ),
    (
        _ZH.format(
            "把老的召回策略（只能覆盖 60% 的 query）换成 embedding 召回，query 覆盖率提升到 85%。"
        ),
        60.0,
        85.0,
    ),
]

_APART = [
    _EN.format(
        "Replaced a rules engine that flagged 9% of loan applications with a gradient-boosted "
        "model; fraud losses fell to 0.3%."
    ),
    _ZH.format("补货服务覆盖 30% 的门店，缺货率降到 5%。"),
]


@pytest.mark.parametrize(("text", "start", "end"), _JOINED)
def test_the_replaced_things_level_is_the_baseline(text: str, start: float, end: float) -> None:
    metrics = [m for p in parse_resume_text(text).projects for m in p.metrics]
    changed = [m for m in metrics if m.value == end]
    assert changed and changed[0].baseline == start, [(m.text, m.baseline) for m in metrics]
    assert not any(m.value == start and m.baseline is None for m in metrics), metrics


@pytest.mark.parametrize("text", _APART)
def test_a_level_of_another_measure_stays_apart(text: str) -> None:
    metrics = [m for p in parse_resume_text(text).projects for m in p.metrics]
    assert all(m.baseline is None for m in metrics), [(m.text, m.baseline) for m in metrics]
    assert len(metrics) >= 2, metrics
