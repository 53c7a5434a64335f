"""Session 15 (read15), Q22 family on SEEN splits (tuning conf20-012/014; fresh17 a039 kind): a
short first answer that names the tool or technique a "which / what / where" question asks for
("All in pgvector, one table per tenant.", Airflow，每天凌晨跑一次。) shares no word with the
question and still answers it — a named tool marks the work as much as a work word does. A
short answer about life stays drift whatever it names."""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer


@pytest.mark.parametrize(
    ("question", "answer", "act"),
    [
        ("Where did you store the embeddings?", "All in pgvector, one table per tenant.", "answer"),
        ("What did you use for the queue?", "Kafka, three partitions, nothing fancy.", "answer"),
        ("What ran the nightly jobs?", "Airflow on a single box, honestly.", "answer"),
        ("用什么做的调度？", "Airflow，每天凌晨跑一次。", "answer"),
        ("模型最后选的哪个？", "XGBoost，参数基本没动。", "answer"),
        ("检索底座用的什么？", "Elasticsearch，自己加了个 BM25 打分。", "answer"),
        # controls: short and elsewhere
        ("What did you use for the queue?", "My weekend hobby is climbing, honestly.", "offtopic"),
        pytest.param(
            "用什么做的调度？",
            "我最近在学做菜，红烧肉做得还不错。",
            "offtopic",
            marks=pytest.mark.xfail(
                strict=True,
                reason="relevance reads a question of two specific words as open, where any "
                "first-person account fits (relevance.py, rel15); fails on main too",
            ),
        ),
    ],
)
def test_a_named_tool_in_a_short_answer_marks_the_work(
    question: str, answer: str, act: str
) -> None:
    r = read_answer(QuestionInfo(text=question, kind="project"), answer)
    assert r.act == act, (answer, r.act, r.relevance)
