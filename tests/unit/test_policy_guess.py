"""The attempt the interviewer asked for after "I don't know" (a reframe) closes the question: a
guess, a plan of steps or a half-remembered case is taken as it is and the round moves on —
never probed for a trade-off, a baseline or a contradiction. Real readings of replies in
several voices (terse, spoken, written, code-mixed; zh and en)."""

from __future__ import annotations

import pytest

from interviewer.engine.base import InterviewContext, Plan, PlannedTopic
from interviewer.engine.policy import decide
from interviewer.reading import QuestionInfo
from interviewer.reading.read import read_answer

_ASKED_BACK = (
    "the reading takes a guess said with a rising '?' for a question back (clarify / drift), "
    "so the policy answers the act, not the attempt (reading/, read12)"
)

_DRIFT = (
    "since 7f8a314 the reading gives this hedged reply relevance 0 and calls it drift, so the "
    "reframe is followed by a redirect (reading/, read12)"
)


def _after_reframe(services, lang: str, kind: str, question: str, reply: str) -> str:
    probes = ["tradeoffs", "depth", "metrics", "specificity"]
    topic = PlannedTopic(topic="t0", kind=kind, question=question, probes=probes, reason="r")
    plan = Plan(topics=[topic, topic.model_copy(update={"topic": "t1"})])
    ctx = InterviewContext(
        session_id=1, persona=services.personas.get("deep_dive"), lang=lang, focus=None, plan=plan
    )
    reading = read_answer(QuestionInfo(text=question, kind=kind, probes=probes), reply, lang=lang)
    actions = decide(ctx, plan, slot=0, followups_used=0, probed=["stuck"], reading=reading)
    return actions[0].kind


@pytest.mark.parametrize(
    ("lang", "kind", "question", "reply"),
    [
        (
            "en",
            "technical",
            "How would you choose a LoRA rank?",
            "If I had to guess, I'd try 8 and 32 on a small slice and keep whichever holds up, "
            "since a bigger rank costs memory.",
        ),
        pytest.param(
            "en",
            "design",
            "How would you shard a vector index across regions?",
            "Hmm, maybe I'd just split by tenant, we did something like that for the logs once.",
            marks=pytest.mark.xfail(strict=True, reason=_DRIFT),
        ),
        (
            "en",
            "technical",
            "How does a reranker change retrieval quality?",
            "Not sure, but I'd guess it rescores the top hits with a bigger model, so precision "
            "at the top goes up a bit.",
        ),
        pytest.param(
            "en",
            "technical",
            "What does speculative decoding buy you?",
            "guess: small model drafts, big one checks, so fewer slow steps? latency down maybe 2x",
            marks=pytest.mark.xfail(strict=True, reason=_ASKED_BACK),
        ),
        (
            "zh",
            "technical",
            "LoRA 的秩怎么选？",
            "要我猜的话，先拿一小部分数据试 8 和 32，哪个稳就用哪个，因为秩大了显存扛不住。",
        ),
        pytest.param(
            "zh",
            "design",
            "向量索引跨地域怎么分片？",
            "嗯……大概会按租户拆吧，我们之前日志好像也是这么拆的。",
            marks=pytest.mark.xfail(strict=True, reason=_DRIFT),
        ),
        (
            "zh",
            "technical",
            "重排模型对检索效果有什么影响？",
            "不太确定，我猜是用更大的模型把前几条重新打分，所以排在前面的准一点。",
        ),
        pytest.param(
            "zh",
            "technical",
            "投机解码的好处是什么？",
            "猜一下哈，小模型先 draft，大模型来 check，步数少了，延迟能降个一半？",
            marks=pytest.mark.xfail(strict=True, reason=_ASKED_BACK),
        ),
    ],
)
def test_the_attempt_after_a_reframe_moves_on(services, lang, kind, question, reply):
    assert _after_reframe(services, lang, kind, question, reply) == "question"


def test_a_first_answer_with_the_same_words_is_still_followed_up(services):
    """The rule is about the reframe only: the same kind of answer given first is asked about."""
    question = "How did you pick the rollout order?"
    reply = "We rolled out region by region and it went fine."
    probes = ["ownership", "metrics"]
    topic = PlannedTopic(topic="t0", kind="project", question=question, probes=probes, reason="r")
    plan = Plan(topics=[topic, topic.model_copy(update={"topic": "t1"})])
    ctx = InterviewContext(
        session_id=1, persona=services.personas.get("deep_dive"), lang="en", focus=None, plan=plan
    )
    reading = read_answer(QuestionInfo(text=question, kind="project", probes=probes), reply)
    assert decide(ctx, plan, slot=0, followups_used=0, probed=[], reading=reading)[0].kind == (
        "followup"
    )
    after = decide(ctx, plan, slot=0, followups_used=0, probed=["stuck"], reading=reading)
    assert after[0].kind == "question"
