"""Correctness from answer keys, the one place for grading limits, and the rubric picked from the
question when nobody names one."""

from __future__ import annotations

import pytest

from interviewer.bank import load_bank
from interviewer.config import Settings
from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.grading.limits import MISCONCEPTION_CAP, applicable, flag_cap
from interviewer.grading.pick import pick_rubric, question_kind
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric

RUBRICS = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")])
STAR = RUBRICS.get("star")
QUESTION = "What does each ZeRO stage in DeepSpeed partition across GPUs?"
RIGHT = (
    "Stage 1 splits the optimizer states across the data-parallel GPUs. Stage 2 also splits the "
    "gradients. Stage 3 splits the parameters themselves, so each GPU only holds its slice and "
    "gathers the rest layer by layer when it needs them."
)
WRONG = (
    "Stage 1 splits the model parameters across the data-parallel GPUs. Stage 2 also splits the "
    "optimizer states. Stage 3 splits the gradients as well, so each GPU only holds its slice and "
    "gathers the rest layer by layer when it needs them."
)


@pytest.fixture(scope="module")
def keyed() -> GradeContext:
    match = load_bank(Settings()).match(QUESTION)
    assert match is not None and match.question.id == "distributed.zero_stages"
    return GradeContext(topic_kind="technical", key=match.question, key_confidence=match.confidence)


def test_correctness_is_graded_only_on_keyed_technical_and_design_questions() -> None:
    ids = lambda kind, keyed: [c.id for c in applicable(STAR, kind, keyed=keyed)]  # noqa: E731
    assert "correctness" in ids("technical", True) and "correctness" in ids("design", True)
    assert "correctness" not in ids("technical", False)
    assert "correctness" not in ids("project", True)
    assert "star" not in ids("technical", True)


def test_the_right_mechanism_beats_the_swapped_one(keyed: GradeContext) -> None:
    grader = HeuristicGrader()
    good = grader.grade(QUESTION, RIGHT, STAR, keyed)
    bad = grader.grade(QUESTION, WRONG, STAR, keyed)
    assert good.score("correctness") is not None and good.score("correctness") >= 4
    assert bad.score("correctness") <= MISCONCEPTION_CAP
    assert bad.score("depth") <= MISCONCEPTION_CAP
    assert good.overall > bad.overall
    assert good.key is not None and good.key.id == "distributed.zero_stages"
    assert good.key_points is not None and "stage1_optimizer" in good.key_points.hit
    assert bad.key_points is not None and bad.key_points.misconceptions
    # the feedback names the misconception and says what is true
    card = next(c for c in bad.criteria if c.criterion == "correctness")
    assert "misconception" in card.suggestion and "optimizer" in card.suggestion
    # the clause asserting the misconception is never quoted as evidence
    assert not any("splits the model parameters" in q for c in bad.criteria for q in c.evidence)


def test_without_a_key_there_is_no_correctness_and_no_key_points() -> None:
    res = HeuristicGrader().grade(QUESTION, RIGHT, STAR, GradeContext(topic_kind="technical"))
    assert res.score("correctness") is None and res.key is None and res.key_points is None
    assert res.kind == "technical" and res.version >= 1


def test_flag_caps_come_from_one_table() -> None:
    assert flag_cap([]) == (5, 100.0)
    assert flag_cap(["injection"]) == (2, 40.0)
    assert flag_cap(["injection", "empty"]) == (1, 0.0)


@pytest.mark.parametrize(
    ("question", "rubric", "kind"),
    [
        ("Tell me about a time you disagreed with a colleague.", "hr", "behavioral"),
        ("讲一次你和同事发生冲突的经历。", "hr", "behavioral"),
        ("Why do you want to join our team?", "hr", "motivation"),
        ("你为什么想加入我们？", "hr", "motivation"),
        ("How would you design a rate limiter for an API?", "star", "design"),
        ("如果让你设计一个限流系统，你会怎么做？", "star", "design"),
        ("What is the difference between a process and a thread?", "star", "technical"),
        ("进程和线程有什么区别？", "star", "technical"),
        ("How did you measure the impact of your search project?", "star", "project"),
        ("你负责的推荐项目效果是怎么评估的？", "star", "project"),
        ("", "star", "project"),
    ],
)
def test_rubric_and_kind_from_the_question(question: str, rubric: str, kind: str) -> None:
    assert pick_rubric(question, RUBRICS.ids()) == (rubric, kind)
    assert question_kind(question) == kind


def test_a_home_without_the_hr_rubric_falls_back_to_star() -> None:
    assert pick_rubric("Tell me about a time you failed.", ["star"]) == ("star", "behavioral")


def test_the_llm_judge_gets_the_key_as_reference_and_the_misconception_cap_holds(
    keyed: GradeContext,
) -> None:
    from interviewer.grading.llm_judge import LlmJudge
    from interviewer.llm.fake import ScriptedModel

    ids = [c.id for c in applicable(STAR, "technical", keyed=True)]
    quote = "Stage 3 splits the gradients as well"
    reply = {
        "criteria": [{"id": i, "score": 5, "quotes": [quote], "suggestion": "ok"} for i in ids],
        "flags": [],
    }
    model = ScriptedModel(name="scripted").enqueue([reply])
    res = LlmJudge(model, fallback=HeuristicGrader()).grade(QUESTION, WRONG, STAR, keyed)
    prompt = model.history[0]["messages"][-1].content
    key = keyed.key
    assert key is not None and key.key_points[0].en in prompt  # reference-guided
    assert key.misconceptions[0].correction.en in prompt
    assert res.score("correctness") == MISCONCEPTION_CAP and res.score("depth") == MISCONCEPTION_CAP
    assert res.key_points is not None and res.key_points.misconceptions


class _CountingBank:
    """A bank stand-in that counts how often it is asked to match."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.calls = 0

    def match(self, text: str, lang: str | None = None) -> object:
        self.calls += 1
        return self.inner.match(text, lang)  # type: ignore[attr-defined]


def test_a_question_is_matched_to_its_key_once_per_bank() -> None:
    from interviewer.grading.keys import key_for

    bank = _CountingBank(load_bank(Settings()))
    # a question given as one about the candidate's own work never takes a key: not matched
    assert key_for(bank, QUESTION, "en", "project") is None
    assert bank.calls == 0
    first = key_for(bank, QUESTION, "en", "technical")
    again = key_for(bank, QUESTION, "en", "technical")
    assert first is not None and again == first
    assert first.key.id == "distributed.zero_stages"
    assert bank.calls == 1
    # a question about the candidate's own work takes no key, from the same remembered match
    assert key_for(bank, QUESTION, "en", "behavioral") is None
    assert bank.calls == 1
    assert key_for(bank, "   ", "en") is None


def test_a_key_point_stated_the_wrong_way_round_is_quoted_not_called_an_empty_misconception() -> (
    None
):
    from types import SimpleNamespace

    from interviewer.grading.correctness import KeyReading, feedback

    key = SimpleNamespace(misconceptions=[], key_point=lambda _i: None)
    clause = "stage 1 shards the parameters"
    kr = KeyReading(key=key, wrong=[("stages", clause, "Stage 1 shards the optimizer states.")])
    en = feedback(kr, "en")
    assert clause in en and "Stage 1 shards the optimizer states." in en
    assert "misconception:  " not in en and "known misconception" not in en
    zh = feedback(
        KeyReading(key=key, wrong=[("stages", "一阶段切参数", "一阶段切优化器状态")]), "zh"
    )
    assert "一阶段切参数" in zh and "常见误解：实际上" not in zh


@pytest.mark.parametrize(
    ("question", "wrong", "right", "named"),
    [
        (
            "In that project you served the model with AWQ. What did it do there?",
            "We used AWQ, which quantises the activations to 4 bits on the fly, so the whole forward"
            " pass ran in int4; we calibrated on 128 support tickets.",
            "AWQ only quantised the weights to 4 bits: it used activation statistics from 128 support"
            " tickets to find the salient channels and scaled them before rounding; activations"
            " stayed fp16.",
            "AWQ",
        ),
        (
            "You fine-tuned on two thousand examples. Tell me how the training went.",
            "LoRA cannot overfit because it trains so few parameters, so we ran ten epochs on the two"
            " thousand examples without a validation split.",
            "We ran LoRA for two epochs and watched the loss on 200 held-out examples; it turned up"
            " after the second epoch, so we stopped there.",
            "LoRA",
        ),
    ],
)
def test_a_known_misconception_in_an_unkeyed_project_answer_caps_depth_and_is_named(
    question: str, wrong: str, right: str, named: str
) -> None:
    """Issue 17 / session 9: a project deep-dive has no answer key, but a wrong technical claim
    in it (a bank misconception on a topic it names) caps depth at 2 and the suggestion names it
    with its correction; the right account is not touched."""
    ctx = GradeContext(topic_kind="project")
    bad = HeuristicGrader().grade(question, wrong, STAR, ctx)
    good = HeuristicGrader().grade(question, right, STAR, ctx)
    depth = next(c for c in bad.criteria if c.criterion == "depth")
    assert depth.score <= MISCONCEPTION_CAP
    assert "misconception" in depth.suggestion and named in depth.suggestion
    good_depth = next(c for c in good.criteria if c.criterion == "depth")
    assert "misconception" not in good_depth.suggestion
