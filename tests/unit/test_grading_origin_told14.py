"""An origin question ("who asked for this project, whose problem it solved, and how it landed on
your desk?") is answered by the setting, told in any words: who asked, what was going wrong for
whom, how the work reached the speaker. Lead probe (session 14): a complete answer with no word
the story lists know scored 3/100, "Open with one sentence of context"."""

from __future__ import annotations

import pytest

from interviewer.grading.heuristic import HeuristicGrader
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric

Q_EN = (
    "Before the technical side, tell me who asked for this project, whose problem it solved, "
    "and how it landed on your desk."
)
Q_ZH = "先别急着讲技术，说说这个项目一开始是谁提的需求、要解决谁的什么问题，你又是怎么接手的。"


@pytest.fixture(scope="module")
def star() -> Rubric:
    return load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")


def _star(star: Rubric, question: str, answer: str) -> int:
    res = HeuristicGrader().grade(question, answer, star)
    return next(c.score for c in res.criteria if c.criterion == "star")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            Q_EN,
            "The head of collections asked for it. Her agents were calling overdue accounts in "
            "whatever order the CRM listed them, so the ones most likely to pay were often called "
            "last. I'd just finished the fraud model and knew the repayment data, so my manager "
            "gave it to me, with one analyst to help on the reporting side.",
        ),
        (
            Q_EN,
            "ops wanted it. pickers kept phoning customers about every out of stock item and "
            "refunds were eating the margin. nobody on the data side had time so it landed on me",
        ),
        (
            Q_ZH,
            "需求是理赔那边提的。保单扫描件识别出来字段经常错，复核的同事每天要人工核几千张，月底还积压。"
            "组里这块没人管，我之前做过一点文本纠错，领导就让我接了。",
        ),
        (
            Q_ZH,
            "客服主管找的我们，说坐席每天花两三个小时翻知识库，新人更慢。正好我手上的项目结束了，就交给我来做。",
        ),
    ],
)
def test_the_setting_told_in_any_words_answers_an_origin_question(star, question, answer):
    assert _star(star, question, answer) >= 3


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (Q_EN, "It was a project."),
        (Q_ZH, "就是一个项目。"),
    ],
)
def test_no_setting_is_still_no_answer(star, question, answer):
    assert _star(star, question, answer) <= 2


@pytest.mark.parametrize(
    "question",
    [
        "什么情况下应该半夜把人叫起来？",
        "什么情况下你会选择回滚？",
        "在什么情况下需要重建索引？",
        "什么情况下不该上缓存？",
    ],
)
def test_under_what_conditions_asks_no_setting(question):
    # 什么情况下 asks for conditions, not for where a story started
    from interviewer.grading.asked import asks_setting_only

    assert not asks_setting_only(question)


def test_what_the_situation_was_still_asks_the_setting():
    from interviewer.grading.asked import asks_setting_only

    assert asks_setting_only("当时是什么情况？谁提的需求？")
