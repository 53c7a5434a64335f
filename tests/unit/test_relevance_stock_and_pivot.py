"""An answer that opens as the prepared answer to ANOTHER interview question (a portrait of the
candidate's virtues, a strength, a career plan) or that declines this question for a topic the
candidate prefers ("could I talk about X instead?", 要不我讲讲…) answers something else: drift,
however fluent. The same openings to a question that asks for them, or a mere "rather" inside an
answer to this question, are answers."""

from __future__ import annotations

import pytest

from interviewer.reading import PriorExchange, QuestionInfo, read_answer
from interviewer.reading.asked import stock_answer


def _act(question: str, answer: str, kind: str = "behavioral") -> str:
    q = QuestionInfo(text=question, kind=kind)  # type: ignore[arg-type]
    prior = [PriorExchange(question="Tell me about yourself.", answer="", same_question=False)]
    return read_answer(q, answer, discussion=prior).act


ELSEWHERE = [
    (
        "How did you handle the outage on Black Friday?",
        "Honestly I'd prefer to talk about the recommendation revamp, if that's okay — that's "
        "where I learned the most about running experiments at scale.",
    ),
    (
        "说说你们缓存一致性是怎么保证的？",
        "嗯，这个问题挺好，不过要不我先讲讲我负责的监控告警平台吧，那个我从头做到尾。",
    ),
    (
        "Walk me through how you debugged the memory leak.",
        "Could I tell you about my open-source work instead? I maintain a small Terraform "
        "provider with a few hundred users.",
    ),
    (
        "What did you do when the two teams disagreed on the API?",
        "I'm a very detail-oriented and reliable person, a quick learner who always puts the "
        "team first and brings a positive attitude to every project.",
    ),
    (
        "你在这个项目里遇到的最大技术难点是什么？",
        "我这个人性格比较踏实，执行力强，抗压能力也不错，领导交代的事情都会按时完成。",
    ),
]

ANSWERS = [
    (
        "What's your biggest strength?",
        "I'm a very detail-oriented person: last quarter I caught a currency rounding bug in "
        "review that would have cost us thousands.",
    ),
    (
        "你觉得自己是个什么样的人？",
        "我这个人比较踏实，上一个项目里连续三个月每周都按时交付，没有延期过。",
    ),
    (
        "How did you handle the outage on Black Friday?",
        "I'd rather have caught it earlier, honestly: we rolled back the cache config within "
        "ten minutes and then added a canary stage for config changes.",
    ),
    (
        "说说你们缓存一致性是怎么保证的？",
        "先更新数据库再删缓存，删失败的进重试队列；读的时候加了一个短的过期时间兜底。",
    ),
]


@pytest.mark.parametrize(("question", "answer"), ELSEWHERE)
def test_a_prepared_answer_or_a_pivot_is_drift(question: str, answer: str) -> None:
    assert stock_answer(question, answer)
    assert _act(question, answer) == "offtopic"


def test_a_career_plan_for_a_question_about_the_past_is_another_questions_answer() -> None:
    """Only a pivot is elsewhere by its opening alone: a five-year plan told to a question that
    shares words with it ("planned") is judged by how little it says of the question, and
    "plan" here is the question's own word (concepts), so it is not yet drift."""
    q, a = "Why did the migration take longer than planned?", "In five years I see myself leading."
    assert stock_answer(q, a)


@pytest.mark.parametrize(("question", "answer"), ANSWERS)
def test_the_same_openings_asked_for_or_in_passing_are_answers(question: str, answer: str) -> None:
    assert not stock_answer(question, answer)
    assert _act(question, answer) != "offtopic"


def test_a_pivot_after_an_admission_is_no_answer() -> None:
    """ "I had little part in it, shall I tell you about X instead": the admission makes it a
    stuck or partial act (reading/acts.py), and the pivot leaves it no relevance to the ask."""
    q = QuestionInfo(text="说说你们缓存一致性是怎么保证的？", kind="project")
    r = read_answer(q, "这块我参与得不多，要不我讲讲我负责的监控告警平台吧，那个我从头做到尾。")
    assert r.act in ("stuck", "partial", "offtopic")
    assert r.relevance < 0.3
