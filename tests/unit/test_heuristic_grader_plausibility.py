"""Honesty: claims no one could know or measure earn nothing and cap the answer; saying what one
is unsure of while still reasoning is an honest partial answer, above confident fabrication."""

from __future__ import annotations

import pytest

from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.grading.plausibility import (
    claims,
    honest_reasoning,
    impossible_hardware,
    unbacked,
    unverified,
)
from interviewer.loader import builtin_dir, load_catalog
from interviewer.reading import QuestionInfo, read_answer
from interviewer.schemas import Rubric


@pytest.fixture(scope="module")
def star() -> Rubric:
    return load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")


@pytest.fixture(scope="module")
def grader() -> HeuristicGrader:
    return HeuristicGrader()


def _read(question: str, answer: str, lang: str = "en", kind: str = "project"):
    return read_answer(QuestionInfo(text=question, kind=kind), answer, lang=lang)  # type: ignore[arg-type]


def test_impossible_specifics_are_not_evidence(grader, star):
    question = "What was the error rate after the rollout?"
    made_up = (
        "Error rate went from 4% to 0%, and on the canary it was 100% successful. p50 was 90 ms "
        "and p99 was 30 ms, and it never fails at any load."
    )
    honest = (
        "I don't have the exact figure any more. From the dashboard I remember errors dropping "
        "from about 4% to under 1% in the first week; I'd check the incident log before quoting it."
    )
    assert unverified(_read(question, made_up))
    ctx = GradeContext(topic_kind="project", lang="en")
    fabricated = grader.grade(question, made_up, star, ctx)
    assert "overclaim" in fabricated.flags
    assert (fabricated.score("metrics") or 1) <= 2 and fabricated.overall <= 40
    assert grader.grade(question, honest, star, ctx).overall > fabricated.overall


@pytest.mark.parametrize(
    ("question", "answer", "lang"),
    [
        (
            "How reliable is the message queue you built?",
            "It's bulletproof: messages are never lost under any circumstances, delivery is 100% "
            "successful and nobody has ever seen a duplicate.",
            "en",
        ),
        (
            "How fast is the search after your change?",
            "Search is always instant for every query, latency is basically zero now, no trade-off.",
            "en",
        ),
        (
            "这个推荐模型效果怎么样？",
            "效果完美，准确率百分之百，在任何场景下都不会推错，所有人都说好。",
            "zh",
        ),
    ],
)
def test_overclaiming_in_other_words_is_flagged(grader, star, question, answer, lang):
    res = grader.grade(question, answer, star, GradeContext(topic_kind="project", lang=lang))
    assert "overclaim" in res.flags
    assert res.overall <= 40 and all(c.score <= 2 for c in res.criteria)


@pytest.mark.parametrize(
    "answer",
    [
        "We always ran the migration on a copy first, and we never let it touch production "
        "before the row counts matched.",
        "Rollout went to 100% of traffic after two days on 5%, and the error rate stayed at 0.2%.",
        "我们每次上线一定先灰度，从来没有直接全量过。",
        "I'm not 100% sure the cache helped; p50 went from 120 ms to 80 ms and p99 from 900 to 400.",
    ],
)
def test_plain_confidence_is_not_overclaiming(answer):
    assert not unverified(_read("How did you roll it out?", answer))


def test_percentiles_that_cannot_both_be_true():
    kinds = {c.kind for c in claims("p95 was 40 ms while p50 sat at 300 ms.")}
    assert "percentiles" in kinds
    assert not claims("p50 was 40 ms and p95 was 300 ms.")


def test_unsure_but_reasoning_is_an_honest_partial_answer(grader, star):
    question = "Why does a B-tree index speed up range queries?"
    honest = (
        "I'm not sure about the internals of our database. My understanding is the keys are kept "
        "sorted in the leaves, so the engine finds the first key and then reads the neighbouring "
        "leaves in order instead of scanning the whole table. I'd check the query plan to confirm."
    )
    reading = _read(question, honest, kind="technical")
    assert honest_reasoning(reading)
    res = grader.grade(question, honest, star, GradeContext(topic_kind="technical", lang="en"))
    assert "empty" not in res.flags and (res.score("depth") or 0) >= 3


def test_vague_filler_hedges_are_not_honest_reasoning():
    vague = (
        "Honestly I think caching is, like, good for speed because it makes things faster. "
        "It depends on the use case, you know."
    )
    assert not honest_reasoning(
        _read("How does a CDN make a website faster?", vague, kind="technical")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Accuracy went from 62% to 91%, a 20-point jump.",
        "召回率从 70% 提到 85%，提升了 30 个点。",
        "从 100ms 降到 80ms，降低了 50%。",
        "We took p95 from 800 ms down to 200 ms, roughly ten times faster.",
        "A 50% drop at a 0.5 threshold: loss went from 1.42 to 1.31.",  # decimals end no sentence
    ],
)
def test_a_change_whose_stated_size_its_figures_do_not_give_is_not_evidence(text: str) -> None:
    # Figures that cannot both be true: an interviewer would stop at them, so must the grader.
    assert [c.kind for c in claims(text)].count("arithmetic") == 1
    assert unverified(_read("What changed?", text))


@pytest.mark.parametrize(
    "text",
    [
        "We cut latency from 800 ms to 200 ms, so 4x faster.",
        "We basically doubled throughput, from 1,000 to 1,800 QPS.",
        "召回率从 70% 提到 85%，提升了 15%。",  # points said as "%"
        "召回率从 70% 提到 84%，相对提升 20%。",
        "Cost went from $10k to $5k a month, basically halved.",
        "From 62% to 91% on the test set; on the dev set it was a 20-point jump.",
        "在250条留出的工单上，准确率是91%，对比提示词基线的83%。",  # the baseline told again
        "去重删掉了120万条数据中的18%，验证loss从1.42降到1.31。",  # a share of a set
        "Accuracy 91% against the baseline's 83%, measured on 18% of traffic.",
    ],
)
def test_a_change_told_with_a_size_its_figures_give_is_fine(text: str) -> None:
    assert "arithmetic" not in [c.kind for c in claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        "We did a full fine-tune of a 70B model on one 12 GB GPU.",
        "With it you can train a 175B model on a single 16 GB GPU, I did this last year.",
    ],
)
def test_a_model_that_cannot_fit_its_memory_is_impossible(text: str) -> None:
    assert impossible_hardware(_read("How did you fit the model?", text))


@pytest.mark.parametrize(
    "text",
    [
        "We ran a 70B model in 4-bit on one 48 GB card for inference.",
        "A 13B model on two 80 GB cards, with the optimizer states sharded across them.",
        "A 7B model takes about 14 GB in fp16.",
    ],
)
def test_a_model_that_fits_is_not_impossible(text: str) -> None:
    assert not impossible_hardware(_read("How did you fit the model?", text))


def test_a_confident_answers_claims_are_no_evidence(grader, star):
    """Two absolute claims with a reason attached: not capped, but the claim sentence is no depth."""
    question = "What does beam search do differently from sampling?"
    confident = (
        "Beam search is always better because it finds the most probable answer, so every chat "
        "model uses it. There's no downside to beam search at all."
    )
    assert unbacked(_read(question, confident, kind="technical"))
    ctx = GradeContext(topic_kind="technical")
    depth = {c.criterion: c.score for c in grader.grade(question, confident, star, ctx).criteria}
    assert depth["depth"] <= 2


@pytest.mark.parametrize(
    "text",
    [
        "Because most decimal fractions can never be represented exactly in binary, so 0.1 + 0.2 "
        "is not exactly 0.3. Compare within a tolerance instead.",
        "因为大部分十进制小数在二进制里永远没法精确表示。接近零时用绝对容差。",
        "We always ran a canary first, and the rollout took two days.",
    ],
)
def test_ordinary_speech_is_not_unbacked(text: str) -> None:
    assert not unbacked(_read("Why?", text, lang="zh" if "因为" in text else "en"))


@pytest.mark.parametrize(
    "text",
    [
        "We pre-trained a 13B model from scratch on a single RTX 3090 over the weekend.",
        "我们在两张 V100 上全参数微调了 70B 的模型。",
        "Ran the 180B model on one L4 for the demo, no quantization tricks needed.",
    ],
)
def test_a_card_named_by_its_model_has_that_models_memory(text: str) -> None:
    assert impossible_hardware(_read("What hardware did you use?", text))


@pytest.mark.parametrize(
    "text",
    [
        "We LoRA-tuned the 7B model on one A10G; only the adapters had gradients.",
        "推理用了 8 张 H100 跑 70B，权重 fp16。",
        "The 70B fine-tune ran on a cluster of A100 nodes.",
    ],
)
def test_cards_that_can_hold_the_model_are_not_impossible(text: str) -> None:
    assert not impossible_hardware(_read("What hardware did you use?", text))


@pytest.mark.parametrize(
    ("text", "perfect"),
    [
        ("The false positive rate came to zero after the new rules.", True),
        ("上线后丢包率降到了 0，全年零故障。", True),
        ("I have never shipped a single bug to production.", True),
        ("我从来没有遇到过任何困难。", True),
        ("The error rate was 0.4% after the fix, down from 3%.", False),
        ("我们的错误率是 0.5% 左右。", False),
    ],
)
def test_what_goes_wrong_told_at_zero_is_perfection(text: str, perfect: bool) -> None:
    assert any(c.kind == "perfect" for c in claims(text)) is perfect
