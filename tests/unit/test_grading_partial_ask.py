"""An answer that gives most of what a several-part question asks (the starting point and the
candidate's own part, but not the headcount) is on the question: it loses the missed part's
share, not every criterion above 2. An answer missing the only thing a question asks is capped."""

from __future__ import annotations

import pytest

from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import ASK_MISS_CAP, HeuristicGrader
from interviewer.grading.relevance import addressed
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric

RUBRICS = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")])

PARTIAL = [
    (
        "en",
        "Let's start with the project. What was the starting point when the project began, how "
        "many people were on it, and which part was yours?",
        "Sure. I owned the ticket classifier at Helpdesk Co. We had 14 queues and about 18 percent "
        "of tickets landed in the wrong one, so I fine-tuned DeBERTa on 220k labelled tickets and "
        "misroutes dropped to 7 percent.",
    ),
    (
        "en",
        "Where did things stand when you joined, how big was the team, and what did you personally build?",
        "When I joined, search returned the right doc in the top five only about half the time. I "
        "built the hybrid retriever and the reranker myself, and the top-5 hit rate went to 81 percent.",
    ),
    (
        "zh",
        "项目刚开始时是什么情况，团队有几个人，你负责哪一块？",
        "刚开始客服工单有三成分错了队列。我负责分类模型，用BERT在二十万条标注数据上微调，错分率降到了百分之八。",
    ),
    (
        "zh",
        "接手的时候系统是什么状态？多少人在做？你具体负责什么？",
        "接手时检索只靠关键词，答案经常找不到。我负责搭向量召回加重排，评测集上的命中率从百分之五十二提到了百分之七十八。",
    ),
]


@pytest.mark.parametrize(("lang", "question", "answer"), PARTIAL)
def test_an_answer_on_most_parts_is_not_capped(lang: str, question: str, answer: str) -> None:
    got = addressed(question, answer, lang)
    assert got.misses and got.partial
    result = HeuristicGrader().grade(question, answer, RUBRICS.get("star"), GradeContext(lang=lang))
    scores = {g.criterion: g.score for g in result.criteria}
    assert scores["ownership"] >= 3
    assert max(scores.values()) > ASK_MISS_CAP


@pytest.mark.parametrize(
    ("lang", "question", "answer"),
    [
        (
            "en",
            "How many people were on the team?",
            "I owned the ticket classifier and fine-tuned DeBERTa on labelled tickets, so misroutes dropped a lot.",
        ),
        ("zh", "团队有几个人？", "我负责分类模型，用BERT在标注数据上微调，错分率降了很多。"),
    ],
)
def test_missing_the_only_ask_is_capped(lang: str, question: str, answer: str) -> None:
    got = addressed(question, answer, lang)
    assert got.misses and not got.partial
    result = HeuristicGrader().grade(question, answer, RUBRICS.get("star"), GradeContext(lang=lang))
    assert all(g.score <= ASK_MISS_CAP for g in result.criteria)
