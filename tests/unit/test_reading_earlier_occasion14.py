"""Session 14 (read14), issue #15: an earlier answer is about what its question asked — "How
long did the pilot run?" / "Two weeks" is the pilot's span — so a later "we wrapped the pilot
after about five days" contradicts it, though the earlier answer never said "pilot" again. A
pilot held against the whole project's span stays a part. Written before the fix, zh and en."""

from __future__ import annotations

import pytest
from conflict_expect import conflicts

CHURN = "Built a churn model for the retail bank."


@pytest.mark.parametrize(
    ("question", "answer", "earlier", "conflict"),
    [
        (
            "When did you end the pilot?",
            "We wrapped the pilot after about five days, the signal was obvious.",
            ("How long did the pilot run?", "Two weeks, so we'd see both paydays."),
            True,
        ),
        (
            "试点什么时候结束的？",
            "试点跑了四五天就停了，效果很明显。",
            ("试点跑了多久？", "两周，为了覆盖两个发薪日。"),
            True,
        ),
        (
            "Why did the trial stop?",
            "The trial ended after ten days because legal asked us to pause.",
            ("How long did the trial last?", "About a month."),
            True,
        ),
        (
            "试点怎么样？",
            "试点只跑了一周，后来就全量了。",
            ("试点跑了多久？", "一个月左右。"),
            True,
        ),
        # the pilot against the whole project: a part
        (
            "How long was the pilot?",
            "The pilot alone took six weeks.",
            ("How long did the whole project take?", "Eight months."),
            False,
        ),
        (
            "试点多久？",
            "试点跑了六周。",
            ("整个项目做了多久？", "八个月。"),
            False,
        ),
    ],
)
def test_an_earlier_answer_is_about_its_question(
    question: str, answer: str, earlier: tuple[str, str], conflict: bool
) -> None:
    assert bool(conflicts(CHURN, question, answer, earlier=[earlier])) is conflict, answer
