"""A why-question ("why are you leaving?", "why us?", 为什么想来) is answered by a reason: a
circumstance, a constraint, a cause or an example of what draws the speaker. An answer that
disclaims having one — a feeling, "no particular reason", 说不清 — is missing exactly that, so the
follow-up asks for the reason (motivation), not for "numbers, people, how long" (specificity),
also as the reply to a redirect (the question's first real answer). An answer that gives a
constraint or a cause is not thin and is not asked to be specific. A terse reason the reading finds nothing
in is no disclaimer: its reason is not asked again."""

from __future__ import annotations

import pytest

from interviewer.engine.base import InterviewContext, Plan, PlannedTopic
from interviewer.engine.policy import rank_gaps
from interviewer.reading import Fact, Reading, read_answer
from interviewer.reading.model import QuestionInfo

WHY = {"en": "Why are you looking to leave your current role?", "zh": "为什么考虑离开现在的公司？"}


def _ctx(services, lang: str) -> tuple[InterviewContext, PlannedTopic]:
    slot = PlannedTopic(
        topic="why_leave",
        kind="motivation",
        project=None,
        question=WHY[lang],
        probes=["motivation", "specificity"],
        reason="",
    )
    ctx = InterviewContext(
        session_id=1,
        persona=services.personas.get("hr"),
        lang=lang,
        focus=None,
        plan=Plan(topics=[slot]),
    )
    return ctx, slot


def _asked(services, lang: str, answer: str, probed: list[str]) -> list[str]:
    ctx, slot = _ctx(services, lang)
    reading = read_answer(QuestionInfo(text=slot.question, kind="motivation"), answer)
    return [g for s, g in rank_gaps(ctx, slot, reading, probed) if s >= 0.6]


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        ("en", "Just a feeling, really."),
        ("en", "Hard to say, honestly."),
        ("zh", "没什么特别的原因。"),
        ("zh", "这个嘛，说不清，感觉吧。"),
        ("en", "Honestly? No big reason."),
    ],
)
@pytest.mark.parametrize("probed", [[], ["offtopic"]])
def test_an_answer_naming_no_motive_is_asked_its_reason(services, lang, answer, probed):
    asked = _asked(services, lang, answer, probed)
    assert asked and asked[0] == "motivation"
    assert "specificity" not in asked


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        ("en", "Product's shipped. Want to start the next one somewhere else."),
        ("en", "Team got reorged. Not much left for me."),
        ("zh", "钱少，离家远。"),
        ("zh", "想回老家那边发展。"),
    ],
)
def test_a_terse_reason_is_not_asked_its_reason_again(services, lang, answer):
    asked = _asked(services, lang, answer, [])
    assert not asked or asked[0] != "motivation"


def _reading(lang: str, text: str, kind: str, clause: str) -> Reading:
    start = text.index(clause)
    fact = Fact(kind=kind, start=start, end=start + len(clause), text=clause, sentence=0)
    reading = read_answer(QuestionInfo(text=WHY[lang], kind="motivation"), text)
    return reading.model_copy(update={"act": "answer", "facts": [fact]})


@pytest.mark.parametrize(
    ("lang", "text", "kind", "clause"),
    [
        (
            "en",
            "The lab's grant runs out in June and the group is being folded into another one.",
            "cause",
            "The lab's grant runs out in June",
        ),
        (
            "en",
            "If the club goes down a division, the analytics group is cut.",
            "constraint",
            "If the club goes down a division",
        ),
        (
            "zh",
            "公司今年业务收缩，我们组只留了运维，新项目都停了。",
            "cause",
            "公司今年业务收缩",
        ),
        ("zh", "家里人都在杭州，一直异地，得回去。", "constraint", "家里人都在杭州"),
    ],
)
def test_a_circumstance_given_as_the_reason_is_not_asked_to_be_specific(
    services, lang, text, kind, clause
):
    ctx, slot = _ctx(services, lang)
    ranked = [
        g for s, g in rank_gaps(ctx, slot, _reading(lang, text, kind, clause), []) if s >= 0.6
    ]
    assert "specificity" not in ranked
    assert "motivation" not in ranked
