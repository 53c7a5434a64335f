"""Predecessor probe (session 11): a question asking what there is and then something about each,
answered with the list and an admission on the rest ("RDB 和 AOF。优缺点记不清了。"), is partly
answered, not stuck; the question's own words said back, or nothing before the admission, is not."""

import pytest

from interviewer.reading import QuestionInfo, read_answer


@pytest.mark.parametrize(
    ("question", "answer", "lang", "act"),
    [
        # list given and the rest admitted is partial
        ("Redis 持久化有哪些方式？各自优缺点？", "RDB 和 AOF。优缺点记不清了。", "zh", "partial"),
        (
            "What isolation levels are there, and what anomalies does each prevent?",
            "Read uncommitted, read committed, repeatable read, serializable. Which anomalies "
            "each one prevents I don't remember.",
            "en",
            "partial",
        ),
        (
            "Which GC algorithms does the JVM ship, and when would you pick each?",
            "Serial, Parallel, G1, ZGC. When to pick which, honestly not sure.",
            "en",
            "partial",
        ),
        (
            "Kafka 有哪几种消息投递语义？分别怎么实现？",
            "至多一次、至少一次、精确一次。具体怎么实现记不太清了。",
            "zh",
            "partial",
        ),
        # question said back before an admission is stuck
        ("Redis 持久化有哪些方式？各自优缺点？", "持久化方式？优缺点记不清了。", "zh", "stuck"),
        ("What isolation levels are there?", "Isolation levels? Not sure, sorry.", "en", "stuck"),
        # admission then own work told is partial
        (
            "How did you shard the database and keep it available?",
            "I can't say much about the sharding, but we kept replicas in three zones.",
            "en",
            "partial",
        ),
        (
            "数据是怎么分区和清理的？",
            "这块我说不太上来，不过我们当时是按天分区的。",
            "zh",
            "partial",
        ),
        ("监控和告警是怎么做的？", "监控那块我不熟，但是告警是我配的，阈值 5%。", "zh", "partial"),
        (
            "How did you handle retries?",
            "I don't know the details, but we had exponential backoff.",
            "en",
            "partial",
        ),
        (
            "What was the caching strategy?",
            "not sure about the eviction policy tbh, we just used redis with a ttl",
            "en",
            "partial",
        ),
        # admission then a guess or nothing is stuck
        ("How did you handle retries?", "I don't know, sorry, we never looked.", "en", "stuck"),
        ("数据是怎么分区和清理的？", "这个不清楚，我们没管过。", "zh", "stuck"),
        # whole thing admitted, then why
        (
            "Tell me about a time you disagreed with a teammate.",
            "Honestly I can't recall a real disagreement, we mostly got along fine.",
            "en",
            "stuck",
        ),
        # cannot speak to a part, then own work
        (
            "How did you evaluate and serve the model?",
            "Can't really speak to the eval side, but on serving we cut p99 to 80ms.",
            "en",
            "partial",
        ),
        (
            "How did you evaluate and serve the model?",
            "I can't comment on the eval setup, but we cut serving p99 to 80ms.",
            "en",
            "partial",
        ),
    ],
)
def test_a_part_given_and_the_rest_admitted(
    question: str, answer: str, lang: str, act: str
) -> None:
    assert read_answer(QuestionInfo(text=question), answer, lang=lang).act == act
