"""Session 14 (read14), issue #15, fresh16 (SEEN) c009: a team told by its parts and then as a
whole in one sentence ("me and two other folks, so three of us", 算法两个，工程两个，加起来四个人)
is the whole — the head-counts are not parts to add up against the claimed team. Two counts that
each include the speaker are the same team told twice; a count equal to the sum of the counts
before it is their total. Parts told without a whole still add up ("three in Berlin and two in
Lisbon"). Written before the fix, zh and en."""

from __future__ import annotations

import pytest
from conflict_expect import has_conflict


@pytest.mark.parametrize(
    ("bullet", "question", "answer", "conflict"),
    [
        (
            "Led a team of 6.",
            "How big was your team?",
            "It was me and two other folks, so three of us really.",
            True,
        ),
        (
            "Team of 8 engineers.",
            "Who was on the team?",
            "Me plus three other engineers, four of us in total.",
            True,
        ),
        ("团队 8 人", "团队几个人？", "算法两个，工程两个，加起来四个人。", True),
        ("团队 6 人", "团队多大？", "我和另外两个同事，我们三个人。", True),
        ("Team of 9.", "How many people?", "Two in data, two in backend, so four people.", True),
        ("团队 4 人", "团队几个人？", "北京两个人，上海两个人，一共四个。", False),
        (
            "Team of 5 engineers.",
            "Who was on the team?",
            "Three in Berlin and two in Lisbon.",
            False,
        ),
        ("团队 6 人", "团队几个人？", "算法三个，工程三个。", False),
        ("Led a team of 6.", "How big was your team?", "Me and five others, so six of us.", False),
    ],
)
def test_a_team_told_whole_is_not_parts(
    bullet: str, question: str, answer: str, conflict: bool
) -> None:
    assert has_conflict(bullet, question, answer) is conflict, answer
