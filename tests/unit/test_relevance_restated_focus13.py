"""An answer that opens by naming what the question asks about as its own subject ("The hardest
problem was …", 最大的困难是…, 风险主要在于…) answers it, the rest in words of its own; a word of
the question's setting said back ("The schedule was six months") or life after the frame is no
such answer (rel13, session 13: reading/focus.py `focus_of`, `restated_at`)."""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer
from interviewer.reading.focus import focus_of

ON_TOPIC = [
    (
        "你遇到的最大困难是什么？",
        "project",
        "最大的困难是标签不统一，不同客服对同一类问题打的标签不一样，我们花了一个月重新对齐口径。",
    ),
    (
        "What was the hardest technical problem in that project?",
        "project",
        "The hardest problem was honestly clock skew between the edge devices, events arrived out of order and our windows counted some twice.",
    ),
    (
        "What's your biggest weakness?",
        "behavioral",
        "My biggest weakness is probably saying yes to too many things, last quarter I ended up owning four side projects and dropped two of them.",
    ),
    (
        "这个项目最大的风险在哪里？",
        "project",
        "风险主要在于供应商的接口随时会改，我们控制不了，所以加了一层适配，每天跑一遍契约测试。",
    ),
    (
        "What was the most surprising result?",
        "project",
        "The surprising part was that the smaller model beat the large one once we cleaned up the labels, by about two points.",
    ),
    (
        "你觉得自己最大的优势是什么？",
        "behavioral",
        "我的优势应该是排查问题比较快，线上出事的时候我一般能在半小时内从日志里定位到原因。",
    ),
]


@pytest.mark.parametrize(("question", "kind", "answer"), ON_TOPIC)
def test_answer_naming_the_asked_subject_is_on_topic(question: str, kind: str, answer: str) -> None:
    r = read_answer(QuestionInfo(text=question, kind=kind), answer)  # type: ignore[arg-type]
    assert r.act != "offtopic"
    assert r.relevance >= 0.5


def test_life_after_the_frame_stays_drift() -> None:
    q = QuestionInfo(text="你遇到的最大困难是什么？", kind="project")
    r = read_answer(q, "最大的困难是减肥，过年胖了五斤，到现在一直没瘦下来，每天晚上都想吃宵夜。")
    assert r.act == "offtopic"


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("What was the hardest technical problem in that project?", "hardest technical problem"),
        ("这个项目最大的风险在哪里？", "这个项目最大的风险"),
        ("What did you do when the project fell behind schedule?", ""),
        ("How does a KV cache speed up inference?", ""),
    ],
)
def test_focus_is_what_is_asked_about_not_the_setting(question: str, focus: str) -> None:
    assert focus_of(question) == focus
