"""A question about leaving is read as one however it is put ("looking to move", 离开的原因), an
answer that gives a reason to move answers it, and one that only describes the current job does
not. "Looking back" / 回头看 frames a question about the past; it asks for what would be changed
only with words that ask it ("what would you do differently")."""

from __future__ import annotations

import pytest

from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.grading.relevance import addressed
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric

RUBRICS = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")])
CTX = {"probes": ["motivation", "specificity"]}

REASONS = [
    (
        "zh",
        "回头看你之前的几段经历，每次离开的主要原因是什么？",
        "我现在在电商平台做推荐，做了三年多，感觉推荐这块已经比较成熟了，想转到大模型应用方向。"
        "之前做过的智能客服问答和SFT微调让我对这块比较有兴趣，也想找一个能把RAG真正落地到业务里的团队。",
    ),
    (
        "zh",
        "回头看这几年，你每次换工作主要是出于什么考虑？",
        "第一次是因为上一家的业务线被合并了，我负责的搜索项目停掉了；这次是觉得风控模型做得差不多了，想往多模态那边走。",
    ),
    (
        "en",
        "Looking back at your past jobs, what made you leave each one?",
        "The first startup ran out of money and shut down. At the second I had done three years of "
        "recommendation work and the area had matured, so I wanted to move into LLM applications.",
    ),
    (
        "en",
        "Looking back over your career, why did you change jobs each time?",
        "Mostly for the work. After two years on payments the problems got repetitive and I wanted "
        "to get closer to machine learning, so I moved to a team building fraud models.",
    ),
]


@pytest.mark.parametrize(("lang", "question", "answer"), REASONS)
def test_a_reason_to_move_answers_a_leaving_question(lang: str, question: str, answer: str) -> None:
    assert addressed(question, answer, lang).score == 1.0
    assert addressed(question, answer, lang, facts=set()).score == 1.0


NO_REASON = [
    (
        "en",
        "Could you tell me why you're looking to move at this point?",
        "Sure. I've led a team of three ML engineers for about a year. We own the ticket routing "
        "model and the wiki search. I run weekly one-on-ones and a Friday error review with support leads.",
        "I'm looking to move because the wiki search is being folded into the platform team, and I "
        "want to keep building ranking models, which is what this role does.",
    ),
    (
        "en",
        "What has you considering a change right now?",
        "I manage the search team, five engineers. We ship the ranking model every week and I review the evals.",
        "Our product line was cut in the spring reorg, and I'd like to keep working on ranking, which is what your team does.",
    ),
    (
        "zh",
        "你为什么现在考虑出来看机会？",
        "我目前带三个人的小组，负责工单分流模型和知识库搜索，每周和客服负责人开一次错误复盘会。",
        "我们组负责的知识库搜索要合并到平台部了，我想继续做检索排序，正好是你们这个岗位做的。",
    ),
    (
        "zh",
        "这个时间点为什么想换工作？",
        "我在现在公司做了两年推荐系统，主要负责召回和粗排，线上QPS大概两万。",
        "推荐这块已经比较成熟了，我想转到大模型应用，之前做过的SFT微调跟你们的方向对口。",
    ),
]


@pytest.mark.parametrize(("lang", "question", "bare", "reason"), NO_REASON)
def test_no_reason_to_move_misses_the_leaving_question(
    lang: str, question: str, bare: str, reason: str
) -> None:
    assert "other_ask" in addressed(question, bare, lang, facts=set()).misses
    assert addressed(question, reason, lang).score == 1.0
    grader = HeuristicGrader()
    rubric = RUBRICS.get("hr")
    got_bare = grader.grade(question, bare, rubric, GradeContext(lang=lang, **CTX))
    got_reason = grader.grade(question, reason, rubric, GradeContext(lang=lang, **CTX))
    assert got_reason.overall > got_bare.overall


@pytest.mark.parametrize(
    ("lang", "question", "answer"),
    [
        (
            "en",
            "Looking back, what would you do differently on that migration?",
            "We moved the tables in two weekends and then cut over the reads.",
        ),
        ("zh", "回头看那次迁移，你会改哪些地方？", "我们分两个周末把表搬过去，然后切了读流量。"),
    ],
)
def test_hindsight_still_needs_what_would_change(lang: str, question: str, answer: str) -> None:
    assert "other_ask" in addressed(question, answer, lang).misses
