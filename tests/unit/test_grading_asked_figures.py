"""A question asking how two figures square (where each came from, which is right, whether they
measure the same thing) asks for the measurement, not for a story: the candidate's clarification
is graded on metrics, not marked down for no trade-off, no own part and no situation.

Lead probes Q5/Q8/Q18 (session 13): "不是一回事吧，64是并发的序列数上限，是个配置。2.1到0.9是迁移前后的p95延迟，
压测拿同一批请求回放测的。" under "……不太一致。这两个数各自是怎么来的？" got STAR, trade-offs and
ownership 1/5 and 37/100.
"""

from __future__ import annotations

import pytest

from interviewer.grading.asked import asked_criteria
from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric

STORY = {"star", "ownership", "tradeoffs"}


@pytest.mark.parametrize(
    "question",
    [
        "“我们设了max_num_seqs是64”和p95延迟从2.1秒降到0.9秒不太一致。这两个数各自是怎么来的？",
        "简历上写的是 8 张卡降到 3 张，你刚才说 5 张，哪个是准的？",
        "这个数和你前面说的对不上，是不同时间测的吗？",
        "Your résumé says 61% and you just said 74%. Which one is right?",
        "Those don't match up: where does each number come from?",
        "Hang on, is 87% the production figure, or what one experiment got?",
        "You said two days earlier and four hours now: are those the same measure?",
    ],
)
def test_a_question_reconciling_figures_asks_for_the_measurement(question: str) -> None:
    asked = asked_criteria(question)
    assert asked is not None and "metrics" in asked
    assert not asked & STORY


@pytest.mark.parametrize(
    "question",
    ["Where did the idea come from?", "讲一个你和产品意见不一致的经历，当时是什么背景？"],
)
def test_origin_and_disagreement_questions_are_not_about_figures(question: str) -> None:
    assert "metrics" not in (asked_criteria(question) or frozenset())


def test_the_contradiction_probe_asks_for_the_measurement_when_the_words_do_not() -> None:
    assert asked_criteria("Hmm, say more?", ["contradiction"]) == frozenset({"metrics"})


@pytest.mark.parametrize(
    ("question", "clarified", "dodged"),
    [
        (
            "“我们设了max_num_seqs是64”和p95延迟从2.1秒降到0.9秒不太一致。这两个数各自是怎么来的？",
            "不是一回事吧，64是并发的序列数上限，是个配置。2.1到0.9是迁移前后的p95延迟，"
            "压测拿同一批请求回放测的。",
            "这个嘛，两个都对吧，看情况。",
        ),
        (
            "Your résumé says acceptance went from 38% to 61%, and you just said 52%. "
            "Where does each number come from?",
            "52% was the first A/B week in three cities; 61% is the six-week test across all "
            "fourteen cities, same acceptance metric, after we added order history to the prompt.",
            "Both are kind of right, it depends how you look at it.",
        ),
        (
            # levels said without their unit after the question named them (52, 61 for 52%,
            # 61%): the question's levels (reading/restated.py; lead probe Q7)
            "Your résumé says acceptance went from 38% to 61%, and you just said 52%. "
            "Where does each number come from?",
            "52 was the first A/B week in three cities; 61 is the six-week test across all "
            "fourteen cities, same acceptance metric, after we added order history to the prompt.",
            "Both are kind of right, it depends how you look at it.",
        ),
    ],
)
def test_a_clarification_is_graded_on_what_was_asked(
    question: str, clarified: str, dodged: str
) -> None:
    grader = HeuristicGrader()
    rubric = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")
    ctx = GradeContext(probes=["contradiction"])
    good = grader.grade(question, clarified, rubric, ctx)
    bad = grader.grade(question, dodged, rubric, ctx)
    shown = {g.criterion for g in good.criteria}
    assert not {
        c for c in shown & STORY if not next(g for g in good.criteria if g.criterion == c).evidence
    }
    assert good.overall >= 50 > bad.overall
