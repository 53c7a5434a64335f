"""A trade-off weighs an option not taken; one measure's figures set side by side ("12% versus 11%
before", 相比之前的 11%) are a measurement, not a trade-off (lead probe P13: tradeoffs 4/5 quoting
"rewrote 29% of drafts versus 28% before"). Options compared by their figures stay trade-offs."""

from __future__ import annotations

import pytest

from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric


@pytest.fixture(scope="module")
def star() -> Rubric:
    return load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")


@pytest.fixture(scope="module")
def grader() -> HeuristicGrader:
    return HeuristicGrader()


def _tradeoffs(grader: HeuristicGrader, star: Rubric, answer: str, lang: str) -> int:
    res = grader.grade(
        "What happened after the new drafting tool shipped?",
        answer,
        star,
        GradeContext(topic_kind="project", lang=lang),
    )
    return next(c.score for c in res.criteria if c.criterion == "tradeoffs")


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        (
            "I shipped the drafting tool to the billing team. Quality held: reviewers sent back 12% "
            "of summaries versus 11% before.",
            "en",
        ),
        (
            "I moved the report job to the replica. Its runtime was 180 ms compared with 240 ms "
            "last quarter.",
            "en",
        ),
        ("我把草稿工具上线给了结算组。质量没掉，退回率 12%，相比之前的 11% 基本持平。", "zh"),
        ("我重写了分类规则。准确率 91%，对比上线前的 86% 高了五个点。", "zh"),
    ],
)
def test_one_measure_before_and_after_is_no_trade_off(grader, star, answer, lang):
    assert _tradeoffs(grader, star, answer, lang) <= 2


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        (
            "I chose BM25 over dense retrieval: 0.71 versus 0.64 recall on our set, at the cost of "
            "missing synonyms.",
            "en",
        ),
        ("我用 Redis 而不是本地缓存，延迟 5ms 对比 1ms，但多个实例能共享同一份数据。", "zh"),
    ],
)
def test_options_compared_by_their_figures_stay_trade_offs(grader, star, answer, lang):
    assert _tradeoffs(grader, star, answer, lang) >= 3
