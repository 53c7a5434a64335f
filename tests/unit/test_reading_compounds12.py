"""Session 12 (read12): a compound a vocabulary writes with a hyphen is the same word written
open or closed (on-call / on call / oncall, first-hand / firsthand, cross-encoder / cross
encoder), as speakers and speech recognisers write it, in zh-mixed speech too. Found in the seen
split fresh14 (a counter-question with "oncall" read as a clarification); written before the
fix in other words and other lists."""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer


@pytest.mark.parametrize(
    ("question", "answer", "act"),
    [
        (
            "How does Kafka guarantee ordering?",
            "No firsthand experience with Kafka, sorry.",
            "stuck",
        ),
        ("How did you rank results?", "Before I answer, does this job involve oncall?", "counter"),
        ("你们的排序是怎么做的？", "想先了解下，这个 position 需要 oncall 轮值吗？", "counter"),
        ("你们的排序是怎么做的？", "先问下，这个 role 平时要 on call 吗？", "counter"),
    ],
)
def test_a_closed_compound_is_the_hyphenated_word(question: str, answer: str, act: str) -> None:
    assert read_answer(QuestionInfo(text=question), answer).act == act


@pytest.mark.parametrize(
    "answer",
    [
        "We put a cross encoder after BM25 to rerank the top fifty.",
        "We used a crossencoder.",
    ],
)
def test_an_open_compound_names_the_term(answer: str) -> None:
    r = read_answer(QuestionInfo(text="How did you rank results?"), answer)
    assert any("encoder" in f.cue.lower() for f in r.facts)
