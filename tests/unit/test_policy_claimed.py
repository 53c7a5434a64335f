"""Follow-ups ask only about what the answer claimed: no "how does it work?" about a technique
named in a habit or a plan, no "compared with what?" about a level when no change was claimed."""

from __future__ import annotations

import pytest

from interviewer.engine.base import Exchange, InterviewContext, Plan, PlannedTopic
from interviewer.engine.policy import rank_gaps
from interviewer.reading import Reading, SentenceInfo, read_answer
from interviewer.reading.model import QuestionInfo

QUESTION = "Tell me about the project."


def _ctx(services, lang: str) -> InterviewContext:
    slot = PlannedTopic(topic="t", kind="project", project="Atlas", question=QUESTION, reason="")
    return InterviewContext(
        session_id=3,
        persona=services.personas.get("deep_dive"),
        lang=lang,
        plan=Plan(topics=[slot]),
    )


def _ranked(ctx: InterviewContext, answer: str, probed: list[str]) -> list[str]:
    slot = ctx.plan.topics[0] if ctx.plan else None
    reading = read_answer(QuestionInfo(text=QUESTION, kind="project"), answer)
    return [g for _, g in rank_gaps(ctx, slot, reading, probed)]


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        ("en", "At my company we usually canary every model with Argo Rollouts for a day."),
        ("en", "Next we'd like to try speculative decoding for the long prompts."),
        ("zh", "我们这边一般新功能都是先灰度一周再全量。"),
        ("zh", "召回这块下一步打算上 HyDE 做查询改写。"),
    ],
)
def test_a_technique_named_in_a_habit_or_a_plan_is_not_asked_how_it_works(services, lang, answer):
    assert "depth" not in _ranked(_ctx(services, lang), answer, [])


def test_a_technique_the_work_used_is_still_asked_how_it_works(services):
    assert (
        _ranked(_ctx(services, "zh"), "然后我们开了 prefix caching，latency 也好了一些。", [])[0]
        == "depth"
    )


def _after(ctx: InterviewContext, first: str, reply: str) -> list[str]:
    ctx.history = [
        Exchange(
            question=QUESTION,
            kind="question",
            topic="t",
            answer=first,
            reading=read_answer(QuestionInfo(text=QUESTION, kind="project"), first),
        ),
        Exchange(question="How much, roughly?", kind="followup", topic="t", probes=["metrics"]),
    ]
    ctx.history[-1].answer = reply
    return _ranked(ctx, reply, ["metrics"])


@pytest.mark.parametrize(
    ("lang", "first", "reply"),
    [
        (
            "en",
            "Labelling took four months. Agreement ended up decent.",
            "Kappa 0.81 on 25k queries.",
        ),
        ("zh", "评测集弄了三个月，老师打分的一致性还可以。", "一致率是 0.78。"),
    ],
)
def test_a_level_after_an_outcome_told_as_a_state_is_not_asked_for_a_before(
    services, lang, first, reply
):
    assert "baseline" not in _after(_ctx(services, lang), first, reply)


@pytest.mark.parametrize(
    ("lang", "first", "reply"),
    [
        ("en", "We shipped it in May and latency got a lot better.", "p95 is 300 ms now."),
        ("zh", "上线以后召回率提升了不少。", "现在 Top-5 召回率是 90%。"),
    ],
)
def test_a_level_after_an_improvement_claimed_is_asked_for_its_start(services, lang, first, reply):
    assert "baseline" in _after(_ctx(services, lang), first, reply)


def _bare_reply(text: str) -> Reading:
    return Reading(
        act="answer",
        relevance=0.8,
        lang="en",
        text=text,
        graded_text=text,
        sentences=[
            SentenceInfo(start=0, end=len(text), text=text, about_question=True, content=True)
        ],
        gaps=["ownership"],
    )


@pytest.mark.parametrize(
    ("earlier", "asked"),
    [
        (["ownership"], True),  # "We rebuilt the index…" → metrics → "81 percent."
        ([], False),  # "the 700 questions we froze at the start" → … → "Yeah, that's it."
    ],
)
def test_which_part_was_yours_after_a_bare_reply_needs_an_earlier_team_deed(
    services, earlier, asked
):
    ctx = _ctx(services, "en")
    slot = ctx.plan.topics[0] if ctx.plan else None
    ranked = rank_gaps(
        ctx, slot, _bare_reply("Yeah, that's the router."), ["metrics"], earlier=earlier
    )
    assert ("ownership" in [g for _, g in ranked]) is asked
