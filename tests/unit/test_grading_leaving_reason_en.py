"""On a leaving question, the work having run its course (built and done, finished, only fixes or
support now, always firefighting) is what happened, and the speaker's want of a piece of work ("I
want to build…", "I'd like to design…", "I'm looking for a team where…") is where the move leads:
an English answer that tells both with the experience behind it is specific, as the Chinese one
(做完了…只做维护…我想去做…) already is. A want of growth or challenge in general is no part.
Written before the fix (lead probes L15 and Q20: specific en why-leave answers at 36–48/100), in
voices of their own (plain, non-native, typed lower case, spoken)."""

from __future__ import annotations

import pytest

from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric

HR = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("hr")
GRADER = HeuristicGrader()
GENERIC = (
    "I'm looking for new challenges and a better platform to grow. I believe in continuous "
    "learning and I feel it's the right time for the next step in my career."
)

SPECIFIC = [
    (
        "Why are you leaving your current job?",
        "Mostly scope. The models I built are done and the roadmap is maintenance. I want to build "
        "somewhere ML is the product, like the pricing model I shipped last year.",
    ),
    (
        "Why do you want to leave your company?",
        "My team is only four people and we are always firefighting, no time for new things. I want "
        "to work with senior people and do agent evaluation, I already built the evaluation set for "
        "our catalogue agent.",
    ),
    (
        "so why are you leaving?",
        "the platform i built is finished and the company only wants small fixes on it now. i'd like "
        "to build the next thing from zero again, ideally in payments where i spent three years",
    ),
    (
        "Why are you looking to move now?",
        "Honestly the project I was hired for got finished in March, and since then it's been "
        "support tickets. I'm looking for a team where I can design systems again, the way I "
        "designed our event pipeline.",
    ),
]


@pytest.mark.parametrize(("question", "answer"), SPECIFIC)
def test_specific_leaving_reason_scores_well(question: str, answer: str) -> None:
    got = GRADER.grade(question, answer, HR, GradeContext(topic_kind="motivation"))
    generic = GRADER.grade(question, GENERIC, HR, GradeContext(topic_kind="motivation"))
    scores = {c.criterion: c.score for c in got.criteria}
    assert scores["specificity"] >= 4, scores
    assert got.overall >= 60, got.overall
    assert got.overall > generic.overall + 30


def test_a_want_of_growth_is_no_onward_part() -> None:
    answer = "I want to grow and I'd like to learn new things. It's time for a new environment."
    got = GRADER.grade("Why are you leaving?", answer, HR, GradeContext(topic_kind="motivation"))
    assert got.overall < 40, got.overall


def test_zh_leaving_reason_stays_specific() -> None:
    answer = "我负责的推荐系统已经做完了，现在就是日常维护，没什么新东西。我想去做搜索，之前做过一年的搜索召回。"
    got = GRADER.grade("为什么想换工作？", answer, HR, GradeContext(topic_kind="motivation"))
    assert got.overall >= 60, got.overall
