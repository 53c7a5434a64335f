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


@pytest.mark.parametrize(
    ("question", "answer", "lang"),
    [
        (
            "How did you shard the database and keep it available?",
            "I can't say much about the sharding, but we kept replicas in three zones.",
            "en",
        ),
        ("数据是怎么分区和清理的？", "这块我说不太上来，不过我们当时是按天分区的。", "zh"),
        ("监控和告警是怎么做的？", "监控那块我不熟，但是告警是我配的，阈值 5%。", "zh"),
        (
            "How did you handle retries?",
            "I don't know the details, but we had exponential backoff.",
            "en",
        ),
        (
            "What was the caching strategy?",
            "not sure about the eviction policy tbh, we just used redis with a ttl",
            "en",
        ),
    ],
)
def test_admission_then_own_work_told_is_partial(question: str, answer: str, lang: str) -> None:
    assert read_answer(QuestionInfo(text=question), answer, lang=lang).act == "partial"


@pytest.mark.parametrize(
    ("question", "answer", "lang"),
    [
        ("How did you handle retries?", "I don't know, sorry, we never looked.", "en"),
        ("数据是怎么分区和清理的？", "这个不清楚，我们没管过。", "zh"),
    ],
)
def test_admission_then_a_guess_or_nothing_is_stuck(question: str, answer: str, lang: str) -> None:
    assert read_answer(QuestionInfo(text=question), answer, lang=lang).act == "stuck"


def test_whole_thing_admitted_then_why_is_stuck() -> None:
    q = QuestionInfo(text="Tell me about a time you disagreed with a teammate.", kind="behavioral")
    a = "Honestly I can't recall a real disagreement, we mostly got along fine."
    assert read_answer(q, a, lang="en").act == "stuck"


@pytest.mark.parametrize(
    "answer",
    [
        "Can't really speak to the eval side, but on serving we cut p99 to 80ms.",
        "I can't comment on the eval setup, but we cut serving p99 to 80ms.",
    ],
)
def test_cannot_speak_to_a_part_then_own_work_is_partial(answer: str) -> None:
    q = QuestionInfo(text="How did you evaluate and serve the model?")
    assert read_answer(q, answer, lang="en").act == "partial"
