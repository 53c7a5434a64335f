"""The offline writer: quotes verbatim, never numbers a repeat, reframes with the key's hint,
restates a question it clarifies, and acknowledges a non-answer when moving on."""

from __future__ import annotations

import pytest

from interviewer.engine.base import InterviewContext, NextAction, Plan, PlannedTopic
from interviewer.engine.offline_writer import OfflineWriter


def _ctx(services, lang: str = "en", hint: str = "") -> InterviewContext:
    plan = Plan(
        topics=[
            PlannedTopic(
                topic="architecture",
                kind="project",
                project="Atlas",
                question={"en": "How is Atlas built?", "zh": "Atlas 是怎么搭的？"}[lang],
                probes=["ownership"],
                hint=hint,
            ),
            PlannedTopic(topic="rag", kind="technical", question="Q2?"),
        ]
    )
    return InterviewContext(
        session_id=3, persona=services.personas.get("deep_dive"), lang=lang, plan=plan
    )


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_followup_contains_the_quote_exactly(services, lang):
    quote = "we moved the index to 4,000 shards, which took 0.9 s"
    action = NextAction(kind="followup", slot=0, probe="ownership", quote=quote)
    assert quote in OfflineWriter().text(_ctx(services, lang), action)


@pytest.mark.parametrize("probe", ["ownership", "metrics", "tradeoffs", "stuck", "offtopic"])
def test_when_every_variant_was_asked_there_is_no_numbered_repeat(services, probe):
    ctx = _ctx(services)
    writer = OfflineWriter()
    action = NextAction(kind="followup", slot=0, probe=probe)
    seen = []
    while (text := writer.text(ctx, action)) is not None:
        assert text not in seen and not text.endswith(")")
        seen.append(text)
        ctx.asked.append(text)
        assert len(seen) < 20
    assert seen, "at least one variant exists"


def test_stuck_reframe_uses_the_answer_keys_hint_when_there_is_one(services):
    hint = "Think about what the reranker sees that the vector index does not."
    action = NextAction(kind="followup", slot=0, probe="stuck")
    assert hint in OfflineWriter().text(_ctx(services, hint=hint), action)
    plain = OfflineWriter().text(_ctx(services), action)
    assert "{hint}" not in plain and "nudge" not in plain and "hint" not in plain.lower()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_clarification_restates_the_question(services, lang):
    ctx = _ctx(services, lang)
    from interviewer.engine.base import Exchange

    ctx.history.append(
        Exchange(
            question="Intro. " + ctx.plan.topics[0].question, kind="question", topic="architecture"
        )
    )
    text = OfflineWriter().text(ctx, NextAction(kind="followup", slot=0, probe="clarify"))
    assert ctx.plan.topics[0].question in text and "Intro." not in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_moving_on_after_i_dont_know_acknowledges_it(services, lang):
    ctx = _ctx(services, lang)
    ctx.asked.append("first question")
    writer = OfflineWriter()
    text = writer.text(ctx, NextAction(kind="question", slot=1, after="stuck"))
    acks = writer.strings.transitions_after["stuck"].get(lang)
    assert any(text.startswith(a) for a in acks) and text.endswith("Q2?")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_planned_question_whose_ask_was_told_is_asked_building_on_it(services, lang):
    ctx = _ctx(services, lang)
    ctx.asked.append("opening")
    said = "we replayed a week of traffic against both stacks"
    action = NextAction(kind="question", slot=0, after="told", detail=said)
    text = OfflineWriter().text(ctx, action)
    assert said in text and text.endswith(ctx.plan.topics[0].question)
    # nothing told: a plain transition, never an empty quote
    plain = OfflineWriter().text(ctx, NextAction(kind="question", slot=0, after="told"))
    assert "“”" not in plain and plain.endswith(ctx.plan.topics[0].question)


def _two_on_one_project(services, lang: str = "en") -> InterviewContext:
    plan = Plan(
        topics=[
            PlannedTopic(topic="architecture", kind="project", project="Atlas", question="Q1?"),
            PlannedTopic(topic="evaluation_own", kind="project", project="Atlas", question="Q2?"),
            PlannedTopic(topic="rag", kind="technical", question="Q3?"),
        ]
    )
    ctx = InterviewContext(
        session_id=5, persona=services.personas.get("deep_dive"), lang=lang, plan=plan
    )
    ctx.asked.append("opening")
    return ctx


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_next_question_on_the_same_project_says_so_and_no_topic_change(services, lang):
    ctx = _two_on_one_project(services, lang)
    text = OfflineWriter().text(ctx, NextAction(kind="question", slot=1))
    assert "Atlas" in text and text.endswith("Q2?")
    assert "switch" not in text and "换个话题" not in text and "clear" not in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_next_question_after_a_told_answer_is_acknowledged_without_judgement(services, lang):
    ctx = _two_on_one_project(services, lang)
    text = OfflineWriter().text(ctx, NextAction(kind="question", slot=2))
    lead = text[: -len("Q3?")]
    assert text.endswith("Q3?") and 0 < len(lead) <= 20
    assert "clear" not in lead and "清楚" not in lead and "了解" not in lead


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_i_dont_know_on_their_own_project_asks_what_they_saw_of_it(services, lang):
    # "the GPU setting was done by a colleague", 这块是组里另一个同学做的: the reframe asks what
    # they saw of it from their own part, not "if you had to build it tomorrow"
    writer = OfflineWriter()
    text = writer.text(_ctx(services, lang), NextAction(kind="followup", slot=0, probe="stuck"))
    assert "Atlas" in text
    assert "tomorrow" not in text and "明天" not in text


def test_the_own_project_reframe_is_never_used_for_other_questions(services):
    writer = OfflineWriter()
    ctx = _ctx(services)
    action = NextAction(kind="followup", slot=1, probe="stuck")
    seen = []
    while (text := writer.text(ctx, action)) is not None:
        seen.append(text)
        ctx.asked.append(text)
    assert seen and not any("Atlas" in t or "your project" in t for t in seen)


def test_the_own_project_reframe_gives_way_to_the_answer_keys_hint(services):
    hint = "Think about what the reranker sees that the vector index does not."
    text = OfflineWriter().text(
        _ctx(services, hint=hint), NextAction(kind="followup", slot=0, probe="stuck")
    )
    assert hint in text


def _after_answer(services, lang: str, answer: str) -> InterviewContext:
    from interviewer.engine.base import Exchange
    from interviewer.reading import read_answer
    from interviewer.reading.model import QuestionInfo

    ctx = _ctx(services, lang)
    question = ctx.plan.topics[0].question if ctx.plan else ""
    reading = read_answer(QuestionInfo(text=question, kind="project"), answer)
    ctx.history = [
        Exchange(
            question=question, kind="question", topic="architecture", answer=answer, reading=reading
        )
    ]
    return ctx


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        (
            "en",
            "Accuracy went from 61% to 87%, measured on a fixed set of 500 tickets two agents labelled.",
        ),
        ("zh", "准确率从 61% 提到了 87%，是在 500 条人工标注的固定评测集上测的。"),
    ],
)
def test_no_wording_asks_only_for_what_the_discussion_gave(services, lang, answer):
    from interviewer.reading.memory import answered_already

    ctx = _after_answer(services, lang, answer)
    given = {g for e in ctx.history if e.reading for g in e.reading.given}
    writer = OfflineWriter()
    for probe in ("method", "baseline"):
        action = NextAction(kind="followup", slot=0, probe=probe, quote="87%")
        while (text := writer.text(ctx, action)) is not None:
            bare = text.replace("“87%”", "").replace("87%", "")
            assert not answered_already(ctx.memory or _memory(given), bare), text
            ctx.asked.append(text)


def _memory(given: set[str]):
    from interviewer.reading import TopicMemory

    return TopicMemory(given=sorted(given))


@pytest.mark.parametrize("probe", ["stuck", "offtopic", "clarify", "contradiction"])
def test_turns_answering_an_act_are_worded_whatever_was_given(services, probe):
    ctx = _after_answer(services, "en", "Accuracy went from 61% to 87% on 500 labelled tickets.")
    action = NextAction(kind="followup", slot=0, probe=probe, quote="87%", other="90%")
    assert OfflineWriter().text(ctx, action)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(
    ("between", "restated"),
    [
        # a redirect after drift, a calm reply to an injection, a nudge after an empty turn and a
        # clarification already given ask nothing of their own: the question under discussion is
        # the one before them
        (["offtopic"], "main"),
        (["injection"], "main"),
        (["empty", "offtopic"], "main"),
        (["clarify"], "main"),
        (["metrics", "offtopic"], "followup"),
        (["metrics", "clarify", "offtopic"], "followup"),
        (["metrics"], "followup"),
    ],
)
def test_a_clarification_restates_the_question_under_discussion_not_a_redirect(
    services, lang, between, restated
):
    from interviewer.engine.base import Exchange

    ctx = _ctx(services, lang)
    main = ctx.plan.topics[0].question
    ctx.history.append(Exchange(question=main, kind="question", topic="architecture"))
    followup = {"en": "What did the p99 go from and to?", "zh": "p99 从多少降到多少？"}[lang]
    for probe in between:
        text = followup if probe == "metrics" else f"redirect said for {probe}"
        ctx.history.append(
            Exchange(question=text, kind="followup", topic="architecture", probes=[probe])
        )
    text = OfflineWriter().text(ctx, NextAction(kind="followup", slot=0, probe="clarify"))
    assert (main if restated == "main" else followup) in text
    assert "redirect said" not in text


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(
    "second",
    [
        {
            "en": "On Atlas, your résumé claims p95 from 900 ms to 300 ms. How was it measured?",
            "zh": "简历上 Atlas 写的是 p95 从 900ms 到 300ms。怎么测的？",
        },
        {"en": "What would you change in Atlas today?", "zh": "如果今天重做 Atlas，你会改哪里？"},
        {
            "en": "How did Atlas's users notice the change?",
            "zh": "Atlas 的用户是怎么感受到变化的？",
        },
    ],
)
def test_a_question_that_names_its_project_is_not_introduced_by_the_project_again(
    services, lang, second
):
    """'Still on Atlas: On Atlas, your résumé claims…' says the project twice."""
    plan = Plan(
        topics=[
            PlannedTopic(topic="architecture", kind="project", project="Atlas", question="Q1?"),
            PlannedTopic(
                topic="evaluation_own", kind="project", project="Atlas", question=second[lang]
            ),
        ]
    )
    ctx = InterviewContext(
        session_id=3, persona=services.personas.get("deep_dive"), lang=lang, plan=plan
    )
    ctx.asked.append("Q1?")
    text = OfflineWriter().text(ctx, NextAction(kind="question", slot=1))
    assert text.endswith(second[lang]) and text.count("Atlas") == 1
    # a question that does not name its project is still told it stays on it
    plain = plan.model_copy(deep=True)
    plain.topics[1].question = {"en": "How was it measured?", "zh": "怎么测的？"}[lang]
    ctx2 = InterviewContext(
        session_id=3, persona=services.personas.get("deep_dive"), lang=lang, plan=plain
    )
    ctx2.asked.append("Q1?")
    assert "Atlas" in OfflineWriter().text(ctx2, NextAction(kind="question", slot=1))
