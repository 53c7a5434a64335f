"""Session 14 (read14), issue #15, fresh16 (SEEN) a031: a question back that proposes what to do
about the asked problem, with the speaker or the team as the doer ("Can we use mixed precision
and a bigger batch?", 是不是可以把一部分 KV cache 换出到 CPU 内存？), is a guess at the answer —
answered, never a question about the question. Questions about the question stay
clarifications. Written before the fix, zh and en."""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("如果显存不够，你会怎么办？", "是不是可以把一部分 KV cache 换出到 CPU 内存？"),
        ("数据不平衡怎么处理？", "能不能把少数类过采样一下？"),
        (
            "How would you reduce the cost?",
            "What if we cached the embeddings instead of recomputing them?",
        ),
        ("模型太大怎么办？", "要不要把它蒸馏成一个小模型？"),
        ("How would you speed up training?", "Can we use mixed precision and a bigger batch?"),
    ],
)
def test_a_proposal_said_as_a_question_is_a_guess(question: str, answer: str) -> None:
    r = read_answer(QuestionInfo(text=question, kind="technical"), answer)
    assert r.act in ("answer", "partial"), (answer, r.act)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("你们怎么上线的？", "能不能再说一遍？"),
        ("怎么评估的？", "是指离线评估吗？"),
        ("How would you reduce the cost?", "Could you repeat the question?"),
        ("How would you reduce the cost?", "Should I talk about training or inference cost?"),
        ("How would you reduce the cost?", "Can you clarify what you mean by cost?"),
        ("模型太大怎么办？", "您说的大是指参数量还是推理显存？"),
        ("模型太大怎么办？", "能不能把问题再说一遍？"),
    ],
)
def test_questions_about_the_question_stay_clarify(question: str, answer: str) -> None:
    r = read_answer(QuestionInfo(text=question, kind="technical"), answer)
    assert r.act == "clarify", (answer, r.act)
