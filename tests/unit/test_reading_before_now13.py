"""Session 13 (read13), issue #15, fresh15 (SEEN) c014: a start told as how it used to be and a
level told as how it is now, in one sentence and one unit, are one change — even when each names
who or what does the work (人工 then 系统, "an analyst" then "the tool"): against a claimed change
of that measure, the level now is the claimed end. Written before the fix, zh and en, with the
claimed end as controls."""

from __future__ import annotations

import pytest
from conflict_expect import has_conflict


@pytest.mark.parametrize(
    ("bullet", "question", "answer", "conflict"),
    [
        (
            "单张标注时间从 2 分钟降到 10 秒",
            "效率提升了多少？",
            "以前人工标一张图要两分钟，现在模型辅助三十秒就好。",
            True,
        ),
        (
            "Cut case review time from 40 min to 5 min",
            "How much faster did it get?",
            "Before, an analyst needed about 40 minutes per case; now the tool gets it done in 15 minutes.",
            True,
        ),
        (
            "Batch processing time from 6 h to 30 min",
            "How much faster is it?",
            "It used to take a reviewer six hours a batch, now the pipeline does it in two hours.",
            True,
        ),
        (
            "对账时间从 3 天缩短到 4 小时",
            "对账快了多少？",
            "原来财务手工对账要三天，现在系统跑完只要一天。",
            True,
        ),
        # controls: the claimed end
        (
            "单张标注时间从 2 分钟降到 10 秒",
            "效率提升了多少？",
            "以前人工标一张图要两分钟，现在模型辅助十秒就好。",
            False,
        ),
        (
            "Cut case review time from 40 min to 5 min",
            "How much faster did it get?",
            "Before, an analyst needed about 40 minutes per case; now the tool gets it done in 5 minutes.",
            False,
        ),
        (
            "对账时间从 3 天缩短到 4 小时",
            "对账快了多少？",
            "原来财务手工对账要三天，现在系统跑完只要四个小时。",
            False,
        ),
    ],
)
def test_before_and_now(bullet: str, question: str, answer: str, conflict: bool) -> None:
    assert has_conflict([bullet, "团队 3 人"], question, answer) is conflict, answer
