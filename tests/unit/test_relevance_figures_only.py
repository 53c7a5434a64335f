"""An answer whose clauses mostly give figures of the work answers a question asking for a
figure ("About forty thousand, peaking near sixty thousand" to "How many returns a day?"),
whatever words of the question it repeats; figures told beside how or why stay answers too.
(Figures alone told to a how or why question are NOT read as drift: in scripted interviews
terse candidates answer that way — "0.31 was the first month. After retraining, 0.19." to a
question reconciling two numbers — and it doubled the engine's false drift.)"""

from __future__ import annotations

import pytest

from interviewer.reading import PriorExchange, QuestionInfo, read_answer
from interviewer.types import Project, Resume

RESUME = Resume(
    projects=[
        Project(
            name="the project", bullets=["Built the returns-fraud scoring service; losses -18%"]
        )
    ]
)


def _act(question: str, answer: str) -> str:
    q = QuestionInfo(text=question, kind="project", project="the project")
    prior = [PriorExchange(question="Walk me through the project.", answer="", same_question=False)]
    return read_answer(q, answer, resume=RESUME, discussion=prior).act


ANSWERS = [
    (
        "How many returns a day did it score?",
        "About forty thousand, peaking near sixty thousand after holidays.",
    ),
    (
        "退货欺诈的规则是怎么定出来的？",
        "先拉了过去一年确认欺诈的三千单，看它们共有的模式，再把每条规则在历史数据上回放，误杀超过百分之一的就不要。",
    ),
    (
        "Why did the first model get rolled back?",
        "Because it flagged 9 percent of genuine returns — the threshold was tuned on last "
        "year's data and customer complaints tripled in a week.",
    ),
    (
        "效果提升了多少？",
        "损失降了百分之十八，人工审核量降了一半。",
    ),
]


@pytest.mark.parametrize(("question", "answer"), ANSWERS)
def test_figures_asked_for_or_told_with_how_and_why_stay(question: str, answer: str) -> None:
    assert _act(question, answer) != "offtopic"
