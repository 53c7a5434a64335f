"""A yes/no question answered by yes or no answers it, however much of the earlier question's
aspect the rest repeats ("Yes — I measured it over a week and set the target myself" to "Was
the target your call?" after "How did you measure it?"); the same words without the yes or no
are judged on what they tell."""

from __future__ import annotations

import pytest

from interviewer.reading import PriorExchange, QuestionInfo, read_answer
from interviewer.reading.asked import confirms
from interviewer.types import Project, Resume

RESUME = Resume(
    projects=[
        Project(
            name="the project", bullets=["Rebuilt the search ranking service; p95 latency -40%"]
        )
    ]
)

CASES = [
    (
        "How did you measure the latency?",
        "Was the latency target your call?",
        "Yes — I timed every production request for a week, took the 95th percentile and set "
        "the target from that.",
    ),
    (
        "你们是怎么评估排序效果的？",
        "上线前做过AB实验吗？",
        "做过，我们先离线用NDCG评估，再切了百分之五的流量跑了十天。",
    ),
    (
        "Which model did you end up with?",
        "Did you try anything simpler first?",
        "Nope, we went straight to LambdaMART because we already had it in the stack.",
    ),
    (
        "排序用了哪些特征？",
        "这些特征是你一个人做的吗？",
        "不是，点击率和类目匹配那几个特征是我做的，其他是同事。",
    ),
]


def _act(previous: str, question: str, answer: str) -> str:
    q = QuestionInfo(text=question, kind="project", project="the project")
    prior = [PriorExchange(question=previous, answer="", same_question=False)]
    return read_answer(q, answer, resume=RESUME, discussion=prior).act


@pytest.mark.parametrize(("previous", "question", "answer"), CASES)
def test_a_yes_or_no_answers_a_yes_no_question(previous: str, question: str, answer: str) -> None:
    assert confirms(question, answer)
    assert _act(previous, question, answer) != "offtopic"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("How did you measure the latency?", "Yes — a week of production requests, p95."),
        ("Was the latency target your call?", "I timed every request for a week."),
        ("上线前做过AB实验吗？", "NDCG 离线评估。"),
        ("你们是怎么评估排序效果的？", "做过，NDCG。"),
    ],
)
def test_no_confirmation_without_both_a_yes_no_question_and_a_yes_or_no(
    question: str, answer: str
) -> None:
    assert not confirms(question, answer)
