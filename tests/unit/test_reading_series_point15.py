"""A point told once per span of time (十五分钟一个点, 每 5 秒一个点, "one point every 15 minutes")
is one sample of a series — how finely the data was recorded — not a percentage point: it says
nothing against a claimed rate (fresh17, declared SEEN in session 15: "三十六个月的，十五分钟一个点"
was read as 1 point against "MAPE 从 6.5% 降到 3.8%"). Points told as a change stay points."""

from __future__ import annotations

import pytest

from tests.unit.conflict_expect import conflicts

PROJECT = "负荷预测"
CLAIM_ZH = "日前负荷预测 MAPE 从 6.5% 降到 3.8%，训练数据为 3 年的负荷数据。"
CLAIM_EN = "Cut forecast MAPE from 6.5% to 3.8% using 3 years of meter data."


@pytest.mark.parametrize(
    ("claim", "question", "answer"),
    [
        (CLAIM_ZH, "训练数据多少年？", "三十六个月的，十五分钟一个点。"),
        (CLAIM_ZH, "数据粒度是多少？", "每 5 分钟一个点，一共三年。"),
        (CLAIM_ZH, "数据是什么样的？", "电表数据，一小时一个点，差不多三年的量。"),
        (CLAIM_ZH, "采样频率呢？", "采样是 1 秒一个点，后面再聚合。"),
        (CLAIM_EN, "How granular was the data?", "One point every 15 minutes, three years of it."),
    ],
)
def test_a_point_per_span_of_time_is_no_percentage_point(claim, question, answer):
    assert not conflicts(claim, question, answer, project=PROJECT)


@pytest.mark.parametrize(
    ("claim", "question", "answer"),
    [
        ("日前负荷预测 MAPE 降低了 2.7 个点。", "MAPE 降了多少？", "降了差不多六个点。"),
        ("准确率提升了 5 个点。", "准确率提升了多少？", "提升了十个点左右。"),
    ],
)
def test_points_of_a_change_still_disagree(claim, question, answer):
    assert conflicts(claim, question, answer, project=PROJECT)
