"""Predecessor probe (session 11): a question asking what there is and then something about each,
answered with the list and an admission on the rest ("RDB 和 AOF。优缺点记不清了。"), is partly
answered, not stuck; the question's own words said back, or nothing before the admission, is not."""

import pytest

from interviewer.reading import QuestionInfo, read_answer


@pytest.mark.parametrize(
    ("question", "answer", "lang"),
    [
        ("Redis 持久化有哪些方式？各自优缺点？", "RDB 和 AOF。优缺点记不清了。", "zh"),
        (
            "What isolation levels are there, and what anomalies does each prevent?",
            "Read uncommitted, read committed, repeatable read, serializable. Which anomalies "
            "each one prevents I don't remember.",
            "en",
        ),
        (
            "Which GC algorithms does the JVM ship, and when would you pick each?",
            "Serial, Parallel, G1, ZGC. When to pick which, honestly not sure.",
            "en",
        ),
        (
            "Kafka 有哪几种消息投递语义？分别怎么实现？",
            "至多一次、至少一次、精确一次。具体怎么实现记不太清了。",
            "zh",
        ),
    ],
)
def test_list_given_and_the_rest_admitted_is_partial(question: str, answer: str, lang: str) -> None:
    assert read_answer(QuestionInfo(text=question), answer, lang=lang).act == "partial"


@pytest.mark.parametrize(
    ("question", "answer", "lang"),
    [
        ("Redis 持久化有哪些方式？各自优缺点？", "持久化方式？优缺点记不清了。", "zh"),
        ("What isolation levels are there?", "Isolation levels? Not sure, sorry.", "en"),
    ],
)
def test_question_said_back_before_an_admission_is_stuck(
    question: str, answer: str, lang: str
) -> None:
    assert read_answer(QuestionInfo(text=question), answer, lang=lang).act == "stuck"
