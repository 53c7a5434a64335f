"""Session 14 (read14), issue #15, probe finding on short confirmations: a question said as a
statement with a rising end ("所以是你定的阈值？", "The whole pipeline was yours?") asks yes or
no like one opening with "did" or ending in 吗, so "嗯，对。" / "Mm, yeah." answers it. The same
words after a question asking how, why or which say nothing (empty). Written before the fix, zh
and en."""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer


@pytest.mark.parametrize(
    ("question", "answer", "act"),
    [
        ("所以是你定的阈值？", "嗯，对。", "answer"),
        ("你一个人做的？", "嗯，是的。", "answer"),
        ("The whole pipeline was yours?", "Mm, yeah.", "answer"),
        ("这个是离线评估？", "呃，对。", "answer"),
        ("So you owned the rollout?", "Uh, yeah.", "answer"),
        ("你是怎么定的阈值？", "嗯，对。", "empty"),
        ("How did you pick the threshold?", "Um, yeah...", "empty"),
        ("离线还是线上？", "嗯……对……", "empty"),
    ],
)
def test_a_rising_statement_asks_yes_or_no(question: str, answer: str, act: str) -> None:
    r = read_answer(QuestionInfo(text=question, kind="project"), answer)
    assert r.act == act, (question, answer, r.act)
