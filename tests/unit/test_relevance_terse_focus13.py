"""A short first answer that tells what was done, why or what the problem was, in words of its
own, answers the question; one telling only the project's outcome or set-up, or life outside
work, answers another (rel13, session 13; the family of untouched1's terse answers, other words).
"""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer

ON_TOPIC = [
    (
        "How did you deal with flaky tests in CI?",
        "project",
        "Quarantine list, one retry, ticket to whoever owns it.",
    ),
    ("你们怎么处理样本不平衡的？", "project", "负样本降采样，再调一下损失权重。"),
    (
        "Why did you leave your previous job?",
        "motivation",
        "Wanted to build product, not babysit it.",
    ),
    (
        "What was the trickiest part of the migration?",
        "project",
        "Timezones. Old jobs assumed server-local time.",
    ),
    ("你是怎么说服产品经理的？", "behavioral", "拿线上日志给他看，再做了个小原型。"),
    ("你们上线前怎么验证的？", "project", "先影子流量跑一周，再灰度百分之五。"),
]

#: Not yet: a problem or a practice told with no mark of the work (no work word, technique,
#: number, nor a word of the question) is read as drift; a short answer needs one (read.py
#: `_marks_work`) so that short life talk the vocabularies lack stays drift.
NOT_YET = [
    ("这个项目最难的地方是什么？", "project", "票据格式太杂，模板老是对不上。"),
    (
        "How do you approach code review when you disagree?",
        "behavioral",
        "Ask why first, suggest, never block on style.",
    ),
]

DRIFT = [
    ("你们怎么处理样本不平衡的？", "project", "上线后召回涨了 8%，老板很满意。"),
    (
        "How did you deal with flaky tests in CI?",
        "project",
        "I love hiking, did a 20 km trail last Saturday.",
    ),
    ("这个项目最难的地方是什么？", "project", "我周末喜欢打羽毛球，一周三次，球馆就在家旁边。"),
    (
        "How did you handle the schema changes?",
        "project",
        "Throughput doubled and the bill halved.",
    ),
    ("你们上线前怎么验证的？", "project", "我期望的工作地点是上海，最好离地铁近一点。"),
    ("你们怎么做数据清洗的？", "project", "我最近在学做菜，红烧肉做得还不错。"),
    (
        "How did you pick the batch size?",
        "project",
        "Been learning to bake sourdough lately, it's going well.",
    ),
]


@pytest.mark.parametrize(("question", "kind", "answer"), ON_TOPIC)
def test_terse_answer_in_own_words_is_no_drift(question: str, kind: str, answer: str) -> None:
    r = read_answer(QuestionInfo(text=question, kind=kind), answer)  # type: ignore[arg-type]
    assert r.act != "offtopic", (answer, r.relevance)


@pytest.mark.parametrize(("question", "kind", "answer"), DRIFT)
def test_short_outcome_or_life_answer_stays_drift(question: str, kind: str, answer: str) -> None:
    r = read_answer(QuestionInfo(text=question, kind=kind), answer)  # type: ignore[arg-type]
    assert r.act == "offtopic", (answer, r.relevance)


@pytest.mark.xfail(strict=True, reason="no mark of the work: read as drift (see NOT_YET)")
@pytest.mark.parametrize(("question", "kind", "answer"), NOT_YET)
def test_short_answer_without_work_marks_not_yet(question: str, kind: str, answer: str) -> None:
    r = read_answer(QuestionInfo(text=question, kind=kind), answer)  # type: ignore[arg-type]
    assert r.act != "offtopic"
