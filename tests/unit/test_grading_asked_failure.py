"""A question asking what went wrong and how it was noticed asks for a failure told by its cause
and how it showed: a figure of impact is not asked, so an answer without one is not marked on
metrics (it shows only when the answer volunteers a measurement). A question that also asks for a
figure keeps metrics."""

from __future__ import annotations

import pytest

from interviewer.grading.asked import asked_criteria
from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.grading.limits import VOLUNTEERED
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric

RUBRICS = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")])

FAILURES = [
    (
        "en",
        "What went wrong while training the classifier, such as oscillating loss, overfitting or "
        "forgetting, and how did you notice?",
        "The labels were noisy: a lot of tickets had been routed by hand to the wrong queue, so the "
        "model learned those mistakes. I noticed because validation accuracy plateaued after epoch "
        "two while training accuracy kept climbing, so I relabelled a sample with the support leads.",
    ),
    (
        "en",
        "Tell me about something that broke after launch and how you found out.",
        "The reranker started timing out under peak load because we had sized the pool for the "
        "average. Support tickets about blank results came in first; then I checked the traces.",
    ),
    (
        "zh",
        "训练分类模型的时候出过什么问题？你是怎么发现的？",
        "标签噪声比较大，很多工单当初是人工分错的，模型把错误也学进去了。我发现是因为验证集准确率在第二轮之后就不涨了，训练集还在涨，就去抽查了一批样本。",
    ),
    (
        "zh",
        "上线以后踩过什么坑，怎么注意到的？",
        "重排服务高峰期老是超时，因为连接池是按平均流量配的。先是客服那边反馈搜索结果空白，我再去看链路追踪才定位到。",
    ),
]


@pytest.mark.parametrize(("lang", "question", "answer"), FAILURES)
def test_a_failure_question_does_not_ask_for_metrics(lang: str, question: str, answer: str) -> None:
    asked = asked_criteria(question)
    assert asked is not None and "depth" in asked and "metrics" not in asked
    result = HeuristicGrader().grade(question, answer, RUBRICS.get("star"), GradeContext(lang=lang))
    metrics = [g.score for g in result.criteria if g.criterion == "metrics"]
    assert all(score >= VOLUNTEERED for score in metrics)


@pytest.mark.parametrize(
    "question",
    [
        "What went wrong with the rollout, and by how much did accuracy drop?",
        "上线后出了什么问题？指标降了多少？",
    ],
)
def test_a_failure_question_asking_a_figure_keeps_metrics(question: str) -> None:
    asked = asked_criteria(question)
    assert asked is not None and "metrics" in asked
