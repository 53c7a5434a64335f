"""An answer to an HR ask is specific when it holds the parts the ask names, told as things that
happened or named work (for leaving: what happened and where the move leads; for pay: a figure
and what it rests on), however short: those are the facts an HR interviewer writes down, and a
story's time, project and head count are not what was asked. Its suggestion never asks for the
example it gave. Stock phrases stay vague. Written before the fix (lead probes P14, Q11, Q20), in
voices and words of their own."""

from __future__ import annotations

import pytest

from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric

HR = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("hr")
GRADER = HeuristicGrader()

CONCRETE = [
    (
        "zh",
        "你为什么想换工作？",
        "我们那条业务线上个月被合并了，我做的风控模型以后只做维护。我还是想继续做模型本身，"
        "你们这个岗位正好是做反欺诈的。",
    ),
    (
        "en",
        "Why are you looking to leave?",
        "The office I work from is closing in March and the team moves to another city. I want to "
        "keep building search ranking, which is what I did there for three years.",
    ),
    (
        "en",
        "So what made you start looking?",
        "Honestly, my project got cancelled after the reorg and they put me on internal tooling. "
        "I'd like to get back to mobile, like the offline sync I shipped last year.",
    ),
    (
        "zh",
        "为啥要离开现在这家？",
        "公司今年砍了整个海外业务，我负责的支付对接就停了。想找个还能做支付这一块的地方，"
        "我在那边做过三个国家的通道接入。",
    ),
]


@pytest.mark.parametrize(("lang", "question", "answer"), CONCRETE)
def test_a_concrete_reason_with_what_comes_next_is_specific(lang, question, answer):
    got = GRADER.grade(question, answer, HR, GradeContext(topic_kind="motivation", lang=lang))
    spec = next(c for c in got.criteria if c.criterion == "specificity")
    assert spec.score >= 4, (spec.score, spec.evidence, spec.suggestion)
    assert got.overall >= 60


@pytest.mark.parametrize(
    ("lang", "question", "answer"),
    [
        (
            "en",
            "Why are you looking to leave?",
            "I'm looking for new challenges and a bigger "
            "platform, I want to keep growing and step out of my comfort zone.",
        ),
        ("zh", "为啥要离开现在这家？", "想换个环境，寻求更大的发展空间，提升自己，开阔眼界。"),
    ],
)
def test_stock_reasons_stay_vague(lang, question, answer):
    got = GRADER.grade(question, answer, HR, GradeContext(topic_kind="motivation", lang=lang))
    spec = next(c for c in got.criteria if c.criterion == "specificity")
    assert spec.score <= 2


@pytest.mark.parametrize(("lang", "question", "answer"), CONCRETE)
def test_concrete_beats_stock(lang, question, answer):
    ctx = GradeContext(topic_kind="motivation", lang=lang)
    stock = (
        "想换个环境，寻求更大的发展空间，提升自己，开阔眼界，和优秀的人一起成长。"
        if lang == "zh"
        else "I'm looking for new challenges and a bigger platform, I want to keep growing, "
        "learn from great people and step out of my comfort zone."
    )
    assert (
        GRADER.grade(question, answer, HR, ctx).overall
        > GRADER.grade(question, stock, HR, ctx).overall
    )
