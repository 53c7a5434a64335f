"""After "I don't know" the reframe fits the kind of question: on the HR round (motives, values,
a past situation) it asks what matters to the candidate or the nearest real situation, never
"if you had to build it tomorrow, how would you start?" (lead probe Q13: 为什么考虑我们？ →
"没关系，这个没碰到过很正常。换个角度：如果明天让你来做，你会从哪儿下手？"). Technical rounds keep theirs."""

from __future__ import annotations

import pytest

from interviewer.engine.base import Exchange, InterviewContext, NextAction, Plan, PlannedTopic
from interviewer.engine.offline_writer import OfflineWriter

_BUILD = {"zh": "从哪儿下手", "en": "build it tomorrow"}
_ASKED = {
    "hr": {
        "zh": "为什么考虑我们？什么情况下你会拒绝我们？",
        "en": "Why this team, and what would make you turn us down?",
    },
    "deep_dive": {
        "zh": "KV cache 为什么能加速解码？",
        "en": "Why does a KV cache speed up decoding?",
    },
}


def _reframes(services, persona: str, lang: str) -> list[str]:
    kind = "motivation" if persona == "hr" else "technical"
    question = _ASKED[persona][lang]
    plan = Plan(topics=[PlannedTopic(topic="t", kind=kind, question=question, probes=[])])
    ctx = InterviewContext(
        session_id=7, persona=services.personas.get(persona), lang=lang, plan=plan
    )
    ctx.history.append(Exchange(question=question, kind="question", topic="t"))
    writer, seen = OfflineWriter(), []
    action = NextAction(kind="followup", slot=0, probe="stuck")
    while (text := writer.text(ctx, action)) is not None and len(seen) < 8:
        seen.append(text)
        ctx.asked.append(text)
    return seen


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_hr_round_reframes_by_what_matters_to_the_candidate(services, lang):
    seen = _reframes(services, "hr", lang)
    assert len(seen) >= 2
    assert not any(_BUILD[lang] in s for s in seen)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_technical_round_keeps_its_reasoning_reframes(services, lang):
    seen = _reframes(services, "deep_dive", lang)
    assert any(_BUILD[lang] in s for s in seen)
