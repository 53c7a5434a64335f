"""A piece of work that itself ranks, scores or prioritises the items of a set, again and again
(a prioritiser that 'ranks overdue accounts each morning', 每天给新线索打分), is a model at work:
ml, whatever its name (issue 14, lead probe L2: the collections call prioritiser was 'other').
Sorting a report by a column is no model. Inputs en/zh/code-mixed written before the fix."""

from __future__ import annotations

import pytest

from interviewer.resume.kinds import classify

ORDERS = [
    (
        "Collections call prioritiser",
        ["built with one analyst; ranks overdue accounts each morning. Recovery went up 6 points."],
    ),
    (
        "Lead prioritiser",
        ["Scores inbound leads every hour for the sales team; conversion +0.9pp."],
    ),
    (
        "Claims triage",
        ["Prioritises incoming claims for the adjusters each day; backlog down 30%."],
    ),
    ("催收外呼名单", ["每天早上给逾期账户打分，催收员按分数高低拨打，30天回款率提升6个点。"]),
    ("Lead scoring 工具", ["每小时给新进线索打分排优先级，销售转化率从3.1%升到4.0%。"]),
]

NOT_MODELS = [
    (
        "Store dashboard",
        ["A Tableau dashboard that ranks stores by weekly sales for regional managers."],
    ),
]


@pytest.mark.parametrize(("name", "bullets"), ORDERS)
def test_work_that_orders_items_is_a_model(name: str, bullets: list[str]) -> None:
    assert classify(name, bullets).kind == "ml"


@pytest.mark.parametrize(("name", "bullets"), NOT_MODELS)
def test_a_report_sorted_by_a_column_is_no_model(name: str, bullets: list[str]) -> None:
    assert classify(name, bullets).kind != "ml"


def test_a_pipeline_that_scores_and_a_tool_giving_scores_keep_their_kind() -> None:
    pipeline = ["Streaming pipeline that scores card transactions for alerts, built on Kafka."]
    assert classify("Alert feed", pipeline).kind != "ml"
    assert (
        classify("作文批改工具", ["面向老师的作文批改工具，给出分项评分和修改建议。"]).kind != "ml"
    )
