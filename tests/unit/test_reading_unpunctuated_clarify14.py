"""Session 14 (read14), issue #15, fresh16 (SEEN) a027: speech recognised without punctuation
("sorry you cut out a bit can you say the question again") has no question mark, yet a sentence
asking to hear the question again or which reading is meant is a question about the question —
a clarification. An unpunctuated answer that only opens like a question ("can you believe we
never had a holdout set…") or says "in terms of" stays an answer. Written before the fix, zh and
en, several voices."""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer


@pytest.mark.parametrize(
    ("question", "answer", "act"),
    [
        (
            "what was the hardest part of the rollout",
            "sorry you cut out a bit can you say the question again",
            "clarify",
        ),
        ("How did you evaluate it?", "sorry can you repeat that", "clarify"),
        ("怎么评估的", "你是说离线评估还是线上的", "clarify"),
        (
            "How would you shard it?",
            "sorry i didnt catch the last part could you say it again",
            "clarify",
        ),
        ("你们怎么上线的", "不好意思刚才信号不好没听清楚麻烦再说一遍", "clarify"),
        ("How did you pick the model", "you broke up there one more time please", "clarify"),
        (
            "how did you evaluate it",
            "we compared against last quarter's labels and then ran an ab test for two weeks",
            "answer",
        ),
        (
            "how did you evaluate it",
            "can you believe we never had a holdout set at first so we built one from the "
            "support logs",
            "answer",
        ),
        (
            "how fast was it",
            "in terms of latency we got p99 down to forty milliseconds after the cache",
            "answer",
        ),
        ("延迟怎么样", "从延迟来说我们把 p99 压到了四十毫秒", "answer"),
    ],
)
def test_unpunctuated_clarify(question: str, answer: str, act: str) -> None:
    r = read_answer(QuestionInfo(text=question, kind="project"), answer)
    assert r.act == act, (answer, r.act)
