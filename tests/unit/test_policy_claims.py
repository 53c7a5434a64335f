"""Contradictions: the claim is held up as the clause that states it, not the whole résumé
bullet; and a guess asked for by the reframe after "I don't know" is not held against the
résumé."""

from __future__ import annotations

import pytest

from interviewer.engine.base import InterviewContext, Plan, PlannedTopic
from interviewer.engine.policy import claim_phrase, decide
from interviewer.reading import Conflict, Quantity, Reading, Span


@pytest.mark.parametrize(
    ("claim", "value", "phrase"),
    [
        (
            "Moved 9 internal LLM endpoints onto one shared vLLM cluster on Kubernetes; "
            "GPUs from 48 to 30 A100s, p95 time-to-first-token from 1.9 s to 0.7 s.",
            30,
            "GPUs from 48 to 30 A100s",
        ),
        (
            "Moved 9 internal LLM endpoints onto one shared vLLM cluster on Kubernetes; "
            "GPUs from 48 to 30 A100s, p95 time-to-first-token from 1.9 s to 0.7 s.",
            700.0,  # a time kept in ms
            "p95 time-to-first-token from 1.9 s to 0.7 s",
        ),
        (
            "把离线 Hive T+1 报表迁到 Flink + Doris 实时数仓，日均处理 30 亿条事件，"
            "运营看板延迟从 T+1 缩短到 5 分钟。",
            300_000.0,
            "运营看板延迟从 T+1 缩短到 5 分钟",
        ),
        (
            "It answered around 1,200 questions in its first quarter, and 82% were rated helpful",
            0.82,  # a share kept as a ratio; "1,200" is one number, not two clauses
            "82% were rated helpful",
        ),
        ("上线后日活 3 万，同时准确率从 70% 提到 85%", 85, "准确率从 70% 提到 85%"),
        ("field-level accuracy from 91% to 97%", 97, "field-level accuracy from 91% to 97%"),
    ],
)
def test_the_claim_is_the_clause_that_states_it(claim, value, phrase):
    assert claim_phrase(claim, value) == phrase


def test_a_claim_whose_value_no_clause_shows_is_kept_whole():
    claim = "Cut the nightly batch run a lot, cost per run down too"
    assert claim_phrase(claim, 63) == claim


def _ctx(services, lang: str) -> InterviewContext:
    topic = PlannedTopic(
        topic="t0", kind="project", project="Atlas", question="Q?", probes=[], reason="r"
    )
    plan = Plan(topics=[topic, topic.model_copy(update={"topic": "t1"})])
    return InterviewContext(
        session_id=1, persona=services.personas.get("deep_dive"), lang=lang, focus=None, plan=plan
    )


def _reading(text: str, said: str, lang: str) -> Reading:
    start = text.index(said)
    q = Quantity(text=said, start=start, end=start + len(said), value=4, role="result")
    conflict = Conflict(
        said=Span(start=start, end=start + len(said), text=said),
        said_value=4,
        other_text="batch size 16 per GPU",
        other_value=16,
        source="resume",
    )
    return Reading(
        act="partial",
        relevance=0.8,
        lang=lang,
        text=text,
        graded_text=text,
        quantities=[q],
        conflicts=[conflict],
        gaps=["contradiction"],
    )


GUESSES = [
    (
        "en",
        "If I had to guess, maybe 4 per GPU, because the page images are big.",
        "maybe 4 per GPU",
    ),
    ("en", "Roughly? I'd say around 4 per GPU, but don't quote me on that.", "around 4 per GPU"),
    ("zh", "我猜大概每张卡 4 条吧，图片比较大。", "大概每张卡 4 条吧"),
    ("zh", "凭印象的话，应该是 4 左右，不太确定。", "应该是 4 左右"),
]


@pytest.mark.parametrize(("lang", "text", "said"), GUESSES)
def test_a_guess_after_the_reframe_is_not_held_against_the_resume(services, lang, text, said):
    ctx = _ctx(services, lang)
    actions = decide(
        ctx,
        ctx.plan,
        slot=0,
        followups_used=0,
        probed=["stuck"],
        reading=_reading(text, said, lang),
    )
    assert all(a.probe != "contradiction" for a in actions)


@pytest.mark.parametrize(("lang", "text", "said"), GUESSES)
def test_the_same_number_told_as_an_answer_is(services, lang, text, said):
    ctx = _ctx(services, lang)
    actions = decide(
        ctx, ctx.plan, slot=0, followups_used=0, probed=[], reading=_reading(text, said, lang)
    )
    assert actions[0].probe == "contradiction"
    assert actions[0].other == "batch size 16 per GPU"
