"""A clarification resolves what the candidate found ambiguous (lead probe Q21): when the
question back names two readings ("the team or the company?", 是问团队还是公司？) the reply says
which one the question means — the one the question's own words name — or, when it names neither
or both, that either will do; on the HR round it never says "answer it for the part you know
best" (a question about the candidate's motives has no parts to pick from)."""

from __future__ import annotations

import pytest

from interviewer.engine.base import Exchange, InterviewContext, NextAction, Plan, PlannedTopic
from interviewer.engine.clarify import readings_offered, resolve
from interviewer.engine.offline_writer import OfflineWriter

_PARTS = ("part you know best", "最熟的那部分", "最熟、最有把握")

# (lang, question, question back, the reading the question means or None for "either")
CASES = [
    (
        "en",
        "With your experience you'll have options. Why this team, and why now?",
        "Do you mean this team specifically, or the company in general?",
        "this team specifically",
    ),
    (
        "en",
        "Why this team, and what would make you turn us down?",
        "You are asking about the team or about the company?",
        "the team",
    ),
    ("zh", "为什么考虑我们团队？什么情况下你会拒绝？", "您是问团队还是公司啊？", "团队"),
    ("zh", "你最大的缺点是什么？", "是说工作上的还是性格上的？", None),
    ("en", "What's your biggest weakness?", "Like, at work or in general?", None),
    (
        "en",
        "Tell me about a time you disagreed with your manager.",
        "Current manager or any manager?",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "question", "back", "meant"), CASES)
def test_the_reading_the_question_names_is_chosen(lang, question, back, meant):
    offered = readings_offered(back, lang)
    assert offered is not None and len(offered) == 2
    got, _ = resolve(back, question, lang)
    assert got == meant


@pytest.mark.parametrize(
    ("lang", "back"),
    [
        ("en", "Sorry, what do you mean?"),
        ("en", "Could you say that again?"),
        ("zh", "不好意思，这个问题具体是指什么？"),
        ("zh", "能再说一遍吗？"),
    ],
)
def test_no_readings_offered_without_two_alternatives(lang, back):
    assert readings_offered(back, lang) is None


def _reply(services, persona: str, lang: str, question: str, back: str) -> str:
    kind = "motivation" if persona == "hr" else "technical"
    plan = Plan(topics=[PlannedTopic(topic="t", kind=kind, question=question, probes=[])])
    ctx = InterviewContext(
        session_id=7, persona=services.personas.get(persona), lang=lang, plan=plan
    )
    ctx.history.append(Exchange(question=question, kind="question", topic="t", answer=back))
    text = OfflineWriter().text(ctx, NextAction(kind="followup", slot=0, probe="clarify"))
    assert text is not None
    return text


@pytest.mark.parametrize(("lang", "question", "back", "meant"), CASES)
def test_the_hr_clarification_resolves_the_ambiguity(services, lang, question, back, meant):
    text = _reply(services, "hr", lang, question, back)
    assert not any(p in text for p in _PARTS), text
    assert question in text  # then the question again
    said = text[: text.index(question)]
    if meant is not None:
        assert meant in said, text
    else:
        a, b = readings_offered(back, lang) or ("", "")
        assert a in said and b in said, text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_hr_clarification_with_no_readings_offered_asks_for_their_own_view(services, lang):
    question = CASES[0][1] if lang == "en" else CASES[2][1]
    back = "Sorry, what do you mean?" if lang == "en" else "不好意思，这个问题具体是指什么？"
    text = _reply(services, "hr", lang, question, back)
    assert not any(p in text for p in _PARTS), text
    assert question in text
