"""Session 15 (read15), fresh17 (SEEN) a034 and a045.

A short reply made of the question's own subject split into two readings ("the labelling for the
positives or for the negatives", 离线的还是线上的那个评估), with no subject of its own doing
anything, asks which reading is meant — a clarification with or without a question mark or a
"do you mean". The same readings inside a statement of what was done ("we labelled positives or
negatives by hand") answer.

A question put to the interviewer BEFORE answering ("can I ask … first", "before I answer", 我先问
一下…) about their side is a question about the job (counter), whatever it names (a growth path,
a review cycle, 晋升); one that asks what the question means stays a clarification."""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer


@pytest.mark.parametrize(
    ("question", "answer", "act"),
    [
        (
            "what was your labelling process",
            "sorry the labelling for the positives or for the negatives",
            "clarify",
        ),
        (
            "How did you tune the threshold?",
            "the threshold for the first stage or the second stage",
            "clarify",
        ),
        (
            "how did you measure latency",
            "um latency of the model alone or the whole request",
            "clarify",
        ),
        ("评估是怎么做的", "离线的还是线上的那个评估", "clarify"),
        ("数据是怎么清洗的", "不好意思 训练数据还是测试数据的清洗", "clarify"),
        # controls: the readings inside a statement of what was done
        (
            "what was your labelling process",
            "we labelled the positives or the negatives by hand depending on the batch",
            "answer",
        ),
        (
            "How did you tune the threshold?",
            "I swept it on the dev set for the first stage or the second, whichever was worse",
            "answer",
        ),
        ("评估是怎么做的", "离线的还是线上的我们都做了，离线看准确率，线上看转化", "answer"),
    ],
)
def test_readings_offered_without_a_verb_ask_which_is_meant(
    question: str, answer: str, act: str
) -> None:
    r = read_answer(QuestionInfo(text=question, kind="project"), answer)
    assert r.act == act, (answer, r.act)


@pytest.mark.parametrize(
    ("question", "kind", "answer", "act"),
    [
        (
            "Why are you leaving your current job?",
            "motivation",
            "Hmm, can I ask what the growth path looks like on your side first? That would help me answer honestly.",
            "counter",
        ),
        (
            "Tell me about a conflict with a colleague.",
            "behavioral",
            "Before I answer, how does your team usually settle design disagreements?",
            "counter",
        ),
        (
            "为什么想换工作？",
            "motivation",
            "我能先问一下吗，你们这边的晋升一般是怎么评的？",
            "counter",
        ),
        (
            "讲讲你做的推荐系统。",
            "project",
            "在回答之前想先问问，贵司这边推荐是自研还是用的第三方？",
            "counter",
        ),
        # controls: asking first what the question means is a clarification
        (
            "Tell me about a conflict with a colleague.",
            "behavioral",
            "Can I ask first, do you mean a conflict about code or about priorities?",
            "clarify",
        ),
        (
            "讲讲你做的推荐系统。",
            "project",
            "我先问一下，您是指召回那部分还是排序那部分？",
            "clarify",
        ),
    ],
)
def test_a_question_put_before_answering_about_their_side_is_counter(
    question: str, kind: str, answer: str, act: str
) -> None:
    r = read_answer(QuestionInfo(text=question, kind=kind), answer)  # type: ignore[arg-type]
    assert r.act == act, (answer, r.act)
