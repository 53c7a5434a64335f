"""Session 13 (read13), issue #15, fresh15 (SEEN) a017: a statement said with a rising end — a
declarative sentence (the asked thing as its subject, a verb of its own, no question word, no
inverted auxiliary) that ends with a question mark ("Recall is like how many of the real
positives we catch?", 召回率就是真正的正样本里找回来多少？) — is a tentative answer, not a question
back about the question. Questions about the question stay clarifications ("You mean in
classification or in retrieval?", "Is that end-to-end or just the model?", 是指离线评估吗？).
Written before the fix, zh and en."""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer


@pytest.mark.parametrize(
    ("question", "answer", "act"),
    [
        (
            "What's the difference between precision and recall?",
            "Recall is like how many of the real positives we catch?",
            "tentative",
        ),
        ("What does a load balancer do?", "It spreads requests over several servers?", "tentative"),
        ("什么是召回率？", "召回率就是真正的正样本里找回来多少？", "tentative"),
        (
            "How does dropout help?",
            "It randomly turns off neurons so the network doesn't overfit?",
            "tentative",
        ),
        (
            "What does idempotent mean?",
            "Idempotent means calling it twice gives the same result as once?",
            "tentative",
        ),
        (
            "Dropout 为什么能防止过拟合？",
            "训练时随机丢掉一些神经元，模型不会太依赖某几个？",
            "tentative",
        ),
        # questions about the question
        (
            "What's the difference between precision and recall?",
            "You mean in classification or in retrieval?",
            "clarify",
        ),
        ("How did you measure latency?", "Is that end-to-end or just the model?", "clarify"),
        ("怎么评估的？", "是指离线评估吗？", "clarify"),
        ("What does idempotent mean?", "Sorry, which term?", "clarify"),
        ("你们的延迟是多少？", "您说的是 P99 还是平均？", "clarify"),
    ],
)
def test_uptalk(question: str, answer: str, act: str) -> None:
    r = read_answer(QuestionInfo(text=question, kind="technical"), answer)
    if act == "tentative":  # a guess: answered, in full or in part, never asked back
        assert r.act in ("answer", "partial"), (answer, r.act)
    else:
        assert r.act == act, (answer, r.act)
