"""A question that parks the result and asks only where a piece of work started (and who was
on it, and which part was the candidate's) is answered completely by the setting: story
structure is judged on the parts asked, not as a story missing its action and result. A
question asking for the whole story still wants all of it."""

from __future__ import annotations

import pytest

from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric


def _star(question: str, answer: str, lang: str) -> int:
    rubric = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")
    res = HeuristicGrader().grade(
        question, answer, rubric, GradeContext(topic_kind="project", lang=lang)
    )
    return next((c.score for c in res.criteria if c.criterion == "star"), 0)


@pytest.mark.parametrize(
    ("question", "answer", "lang"),
    [
        (
            "Leave the outcome aside for now. Where did things stand when the pricing rewrite "
            "began, and what was your piece of it?",
            "Prices lived in three spreadsheets and a cron job copied them into the shop every "
            "night, so a change took a day to show up. I owned the new pricing service that "
            "replaced the copy job.",
            "en",
        ),
        (
            "Before we get to results: what was the situation when you joined the search team, "
            "and who asked for the relevance work?",
            "Search was plain keyword matching on titles, and support kept getting tickets about "
            "products nobody could find. The head of support asked for it after a bad quarter; "
            "I was given the ranking part.",
            "en",
        ),
        (
            "效果先不谈。这个对账项目一开始是什么情况？你负责哪一块？",
            "一开始对账全靠财务每天导出两份报表人工比对，差一分钱要查一下午。我负责自动对账的比对引擎。",
            "zh",
        ),
        (
            "先别说结果，讲讲立项的背景：当时是谁提的，团队几个人？",
            "当时是运营负责人提的，因为活动配置每次都要找开发改代码上线。团队三个人，我做配置后台和规则引擎。",
            "zh",
        ),
    ],
)
def test_a_setting_ask_answered_with_the_setting_is_complete(
    question: str, answer: str, lang: str
) -> None:
    assert _star(question, answer, lang) >= 3


@pytest.mark.parametrize(
    ("question", "answer", "lang"),
    [
        (
            "Tell me about a project you led, from start to result.",
            "Prices lived in three spreadsheets and a cron job copied them into the shop every "
            "night, so a change took a day to show up.",
            "en",
        ),
        (
            "讲讲你做过的一个项目，做了什么，结果怎么样？",
            "一开始对账全靠财务每天导出两份报表人工比对，差一分钱要查一下午。",
            "zh",
        ),
    ],
)
def test_a_whole_story_ask_still_wants_the_whole_story(
    question: str, answer: str, lang: str
) -> None:
    assert _star(question, answer, lang) <= 2
