"""A leader's practice told in the present tense is their own action when it tells a routine with
something concrete; a setting-only opener ("tell me about your team") is not graded on STAR
unless the answer tells a story (cases in words unlike the tuning pairs)."""

from __future__ import annotations

import pytest

from interviewer.grading.hr import hr_unasked
from interviewer.signals import TextView


def _actions(text: str) -> list[str]:
    v = TextView(text, "en")
    return [text[a:b] for spans in v.own_actions.values() for a, b in spans]


def test_present_tense_routines_are_own_actions() -> None:
    got = _actions(
        "Every Tuesday I walk through the error budget with the two seniors. "
        "Then I move the riskiest ticket to the top of the board."
    )
    assert got == ["I walk", "I move"]


@pytest.mark.parametrize(
    "text",
    [
        "I always support my people and I listen to them.",
        "I believe in trust. I care about their growth and I make sure they are happy.",
        "I focus on what matters and I communicate clearly with everyone.",
    ],
)
def test_generic_present_talk_is_not(text: str) -> None:
    assert _actions(text) == []


@pytest.mark.parametrize(
    ("question", "unasked"),
    [
        ("Tell me about your current team.", True),
        ("Talk me through your role on the platform group.", True),
        ("聊聊你现在所在的部门。", True),
        ("Tell me about a time you disagreed with a peer.", False),
        ("Tell me about the outage last year.", False),
        ("讲讲你处理过的一次线上事故。", False),
    ],
)
def test_setting_openers_do_not_ask_for_a_story(question: str, unasked: bool) -> None:
    assert hr_unasked("star", question) is unasked
