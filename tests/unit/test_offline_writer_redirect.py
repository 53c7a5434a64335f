"""A redirect after drift says what was asked: "We've drifted a little. Let's pull it back to what
I asked." alone leaves a candidate who wandered off without the question (lead probe P10). Every
wording of the redirect restates the question under discussion — the main question, or the
latest follow-up that asked something — in both languages, and never a previous redirect."""

from __future__ import annotations

import pytest

from interviewer.engine.base import Exchange, InterviewContext, NextAction, Plan, PlannedTopic
from interviewer.engine.offline_writer import OfflineWriter

_MAIN = {
    "en": "Why did the appeals assistant get built, and which part of it was yours?",
    "zh": "报告生成这个项目当初为什么要做，你负责哪一块？",
}
_FOLLOWUP = {
    "en": "How was the median wait of 2 days measured?",
    "zh": "45 分钟降到 15 分钟，这个时长是怎么统计的？",
}


def _ctx(services, lang: str, between: list[str]) -> InterviewContext:
    topic = PlannedTopic(
        topic="flagship", kind="project", project="Appeals", question=_MAIN[lang], probes=[]
    )
    plan = Plan(topics=[topic, PlannedTopic(topic="rag", kind="technical", question="Q2?")])
    ctx = InterviewContext(
        session_id=5, persona=services.personas.get("leader"), lang=lang, plan=plan
    )
    ctx.history.append(Exchange(question=_MAIN[lang], kind="question", topic="flagship"))
    for probe in between:
        text = _FOLLOWUP[lang] if probe == "method" else f"turn said for {probe}"
        ctx.history.append(
            Exchange(question=text, kind="followup", topic="flagship", probes=[probe])
        )
    return ctx


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(
    ("between", "restated"),
    [
        ([], "main"),  # drift straight after the main question
        (["method"], "followup"),  # drift after a follow-up that asked something
        (["clarify"], "main"),  # a clarification in between asks nothing of its own
        (["method", "clarify"], "followup"),
    ],
)
def test_every_redirect_after_drift_restates_the_question_under_discussion(
    services, lang, between, restated
):
    writer = OfflineWriter()
    ctx = _ctx(services, lang, between)
    want = _MAIN[lang] if restated == "main" else _FOLLOWUP[lang]
    seen = []
    action = NextAction(kind="followup", slot=0, probe="offtopic")
    while (text := writer.text(ctx, action)) is not None and len(seen) < 8:
        seen.append(text)
        ctx.asked.append(text)
    assert len(seen) >= 3
    for text in seen:
        assert want in text
        assert "turn said for" not in text
