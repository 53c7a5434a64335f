"""Session 13 (read13), issue #15, fresh15 (SEEN) c021: a count of people told with a qualifier in
Chinese (新用户, 活跃用户, 注册会员 → users) is the same counted thing as the English word (users,
new users), across languages both ways. Written before the fix, with controls: the same figure
squares, and people of another role (drivers vs users) are not paired."""

from __future__ import annotations

import pytest
from conflict_expect import has_conflict


@pytest.mark.parametrize(
    ("bullet", "question", "answer", "conflict"),
    [
        (
            "覆盖 200 万新用户",
            "How many new users did it cover?",
            "we covered roughly half a million new users in the first rollout",
            True,
        ),
        ("Served 3 million active users", "覆盖了多少用户？", "大概五十万活跃用户吧。", True),
        ("覆盖 80 万活跃用户", "覆盖了多少用户？", "日活用户差不多二十万。", True),
        ("Reached 40,000 registered members", "会员有多少？", "注册会员大概一万两千人。", True),
        # controls: the same figure in the other language squares
        (
            "覆盖 200 万新用户",
            "How many new users did it cover?",
            "we covered roughly two million new users in the first rollout",
            False,
        ),
        ("Served 3 million active users", "覆盖了多少用户？", "大概三百万活跃用户吧。", False),
        (
            "覆盖 200 万新用户",
            "How many drivers did you onboard?",
            "we onboarded about fifty thousand drivers in the first city",
            False,
        ),
    ],
)
def test_people_counted_across_languages(
    bullet: str, question: str, answer: str, conflict: bool
) -> None:
    assert has_conflict(bullet, question, answer) is conflict, answer
