"""A behavioural question that asks for a story, answered in one line that tells no deed, is
asked for the story's missing action (star); a self-assessment answered thinly is asked for an
example (specificity), never for "the situation, your task, what you did". Real readings of
answers in several voices (terse, spoken, written, zh and en)."""

from __future__ import annotations

import pytest

from interviewer.engine.base import InterviewContext, Plan, PlannedTopic
from interviewer.engine.policy import decide
from interviewer.reading import QuestionInfo
from interviewer.reading.read import read_answer

CONFLICT = ["star", "ownership", "specificity", "result"]
SELF = ["specificity", "star", "failure"]


def _first_probe(services, lang: str, probes: list[str], question: str, answer: str) -> str | None:
    topic = PlannedTopic(
        topic="t0", kind="behavioral", question=question, probes=probes, reason="r"
    )
    plan = Plan(topics=[topic, topic.model_copy(update={"topic": "t1"})])
    ctx = InterviewContext(
        session_id=1, persona=services.personas.get("hr"), lang=lang, focus=None, plan=plan
    )
    reading = read_answer(
        QuestionInfo(text=question, kind="behavioral", probes=probes), answer, lang=lang
    )
    action = decide(ctx, plan, slot=0, followups_used=0, probed=[], reading=reading)[0]
    return action.probe if action.kind == "followup" else None


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        pytest.param(
            "en",
            "Disagreed with the data lead over the labelling budget. Worked it out.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the reading takes 'over the labelling budget' for a method, an "
                "alternative and a constraint, so the line is not thin (reading/, read10)",
            ),
        ),
        ("en", "There was a clash with our PM about the launch date. It got resolved in the end."),
        ("zh", "和运营有过一次争执，关于要不要提前上线。后来解决了。"),
        ("zh", "跟测试负责人意见不合，最后也算过去了。"),
    ],
)
def test_a_one_line_story_is_asked_for_what_the_speaker_did(services, lang, answer):
    q = "Tell me about a disagreement with a colleague." if lang == "en" else "讲一次和同事的分歧。"
    assert _first_probe(services, lang, CONFLICT, q, answer) == "star"


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        pytest.param(
            "en",
            "Strength: patient with messy data. Weakness: I over-polish slides.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the reading takes 'I over-polish slides' for a failure and an own "
                "action, so the answer is not thin (reading/, read10)",
            ),
        ),
        ("en", "I'd say I'm reliable, and my weak spot is speaking in big meetings."),
        pytest.param(
            "zh",
            "优点是沟通比较顺，缺点是有时候太较真。",
            marks=pytest.mark.xfail(
                strict=True, reason="the reading calls this answer drift (reading/, read10)"
            ),
        ),
        ("zh", "我的长处是耐心，短处是不太会拒绝别人。"),
    ],
)
def test_a_thin_self_assessment_is_asked_for_an_example_not_a_story(services, lang, answer):
    q = "What are your strengths and weaknesses?" if lang == "en" else "你觉得自己的优缺点是什么？"
    assert _first_probe(services, lang, SELF, q, answer) == "specificity"


def test_a_story_told_with_the_deed_is_not_asked_for_it(services):
    answer = (
        "The data lead wanted to cut the labelling budget. I rebuilt the sample so we labelled "
        "only the 800 hardest cases, and the model still hit its target."
    )
    q = "Tell me about a disagreement with a colleague."
    assert _first_probe(services, "en", CONFLICT, q, answer) != "star"
