"""A start told with words saying it never changed afterwards ("一开始做了 8 个地市，后来也没再扩",
"we started with 2 markets and never expanded") is the level throughout, held against the claim
like any level (fresh17, declared SEEN in session 15: read as a start, 8 against 12 squared as
'values agree')."""

from __future__ import annotations

import pytest

from tests.unit.conflict_expect import conflicts

PROJECT = "负荷预测平台"


@pytest.mark.parametrize(
    ("claim", "question", "answer"),
    [
        (
            "日前负荷预测覆盖 12 个地市。",
            "覆盖了多少个地市？",
            "一开始做了 8 个地市，后来也没再扩。",
        ),
        ("接入 30 个代码仓库。", "接了多少仓库？", "刚开始接了 10 个仓库，之后一直没加。"),
        (
            "Served 2 million queries a day across 3 markets.",
            "How many markets?",
            "We started with 2 markets and never expanded beyond that.",
        ),
        (
            "Built the service with a team of 6.",
            "How big was the team?",
            "Initially it was 4 engineers, and it stayed that way.",
        ),
        ("覆盖 420 家门店。", "覆盖多少门店？", "最早上了 200 家店，后来就没再加了。"),
    ],
)
def test_a_start_that_never_changed_is_the_level(claim, question, answer):
    assert conflicts(claim, question, answer, project=PROJECT)
