"""A share of a whole cannot be above 100% (retention 140%, 准确率 115%), and nothing falls by more
than all of it: a level told there is a claim that cannot be true (an `impossible` claim, enough
alone to mark the answer as overclaiming), while a volume growing by more than 100% (traffic up
140%) or all of a thing moved (100% of traffic) is ordinary."""

from __future__ import annotations

import pytest

from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.grading.plausibility import unverified
from interviewer.loader import builtin_dir, load_catalog
from interviewer.reading import QuestionInfo, read_answer
from interviewer.schemas import Rubric


def _read(answer: str, lang: str):
    info = QuestionInfo(text="What was the result of your change?", kind="project")
    return read_answer(info, answer, lang=lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("Retention went up from 60% to 140% in the first year.", "en"),
        ("Our cache hit rate reached 120% after the change.", "en"),
        ("留存率从 50% 涨到了 130%，用户都很喜欢。", "zh"),
        ("上线后模型的准确率达到了 115%。", "zh"),
        (
            "After the new checklist the review time went down 250%, and approvals went from "
            "40 a day to 90.",
            "en",
        ),
    ],
)
def test_a_share_above_all_of_it_cannot_be_true(answer, lang):
    assert unverified(_read(answer, lang))


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("Traffic grew 140% year on year after the launch.", "en"),
        ("We moved 100% of traffic to the new cluster, and errors went from 2% to 0.5%.", "en"),
        ("日活同比增长了 180%，主要是新渠道带来的。", "zh"),
        ("召回率从 62% 提升到 81%。", "zh"),
    ],
)
def test_ordinary_figures_are_not_impossible(answer, lang):
    assert not unverified(_read(answer, lang))


def test_an_impossible_share_loses_to_an_honest_estimate():
    star = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")
    grader = HeuristicGrader()
    question = "What did the onboarding changes achieve?"
    ctx = GradeContext(topic_kind="project", lang="en")
    made_up = (
        "I rewrote the setup script and the first-week guide. Retention of new hires went from "
        "70% to 160% and everyone was productive on day one."
    )
    honest = (
        "I rewrote the setup script and the first-week guide. I didn't measure it formally, but "
        "new people said setup took an afternoon instead of two days."
    )
    assert (
        grader.grade(question, honest, star, ctx).overall
        > grader.grade(question, made_up, star, ctx).overall
    )
