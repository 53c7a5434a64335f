"""A question that asks several things, answered on all but one of them, keeps most of its
relevance: the miss costs the share of the question it is (lead probe: a deep-dive opener asking
the starting point, the team and the candidate's part, answered on two of the three, was scaled
to 0.4 and scored 10/100). A question asking one thing still costs the whole miss, and so does
a question whose parts ask the same thing again."""

from __future__ import annotations

import pytest

from interviewer.grading.relevance import OTHER_ASK, addressed, question_ask, question_clauses

OPENER_EN = (
    "Your résumé says misroutes fell from 18% to 7% for the classifier. Park the result for a "
    "moment: what was the starting point when the project began, how many people were on it, "
    "and which part was yours?"
)
OPENER_ZH = (
    "简历上智能客服问答写的是Top5 命中率从 68% 提升至 85%。结果先放一边，从头讲：立项时的起点是什么状态，"
    "你们一共几个人，你负责哪段？"
)


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (OPENER_EN, 3),
        (OPENER_ZH, 3),
        ("How long did the migration take, and what broke along the way?", 2),
        ("迁移花了多久？中间出过什么问题？", 2),
        ("How many people were on the team?", 1),
        ("回头看你之前的几段经历，每次离开的主要原因是什么？", 1),
        ("Tell me about the project.", 1),
        ("What did you do, and why?", 2),
    ],
)
def test_the_parts_a_question_asks(question: str, parts: int) -> None:
    assert len(question_clauses(question)) == parts


@pytest.mark.parametrize(
    ("question", "checkable"),
    [
        ("How many people were on the team?", True),
        ("Which part was yours?", True),
        ("你们团队几个人？", True),
        ("Why did you pick Kafka over RabbitMQ?", True),
        ("What broke along the way?", False),
        ("中间出过什么问题？", False),
    ],
)
def test_which_asks_are_checked_one_by_one(question: str, checkable: bool) -> None:
    # a part whose ask is checked is judged by those checks; any other only by shared words
    assert question_ask(question).asks_checkable is checkable


@pytest.mark.parametrize(
    ("question", "answer", "lang"),
    [
        (
            OPENER_EN,
            "I owned the ticket classifier. About 18 percent of tickets landed in the wrong queue "
            "at the start, so I fine-tuned DeBERTa on 220k labelled tickets.",
            "en",
        ),
        (
            OPENER_EN,
            "When we kicked off, routing was all keyword rules and agents re-routed by hand. "
            "My piece was the training pipeline and the labelling guidelines.",
            "en",
        ),
        (
            OPENER_ZH,
            "最开始是纯向量检索，命中率不到七成。我主要负责重排和评测这块。",
            "zh",
        ),
        (
            "How long did the migration take, and what broke along the way?",
            "The thing that broke was the schema registry: two services pinned an old version "
            "and silently dropped a field until I added a contract test.",
            "en",
        ),
        (
            "迁移花了多久？中间出过什么问题？",
            "最大的问题是老接口有个隐藏的重试逻辑，切过去以后重复扣款，我们回滚了一次才定位到。",
            "zh",
        ),
    ],
)
def test_one_part_missed_of_several_costs_its_share(question: str, answer: str, lang: str) -> None:
    addr = addressed(question, answer, lang)
    assert addr.misses, "the answer does leave one part out"
    # one part of two or three: a part these checks cannot read counts as answered only when
    # the answer shares a word with it, so the share missed is one part, or two of three
    assert addr.score >= 0.6


@pytest.mark.parametrize(
    ("question", "answer", "lang"),
    [
        ("How many people were on the team?", "We ran it as a proper agile project.", "en"),
        (
            "How long did the migration take?",
            "We planned it carefully and moved service by service.",
            "en",
        ),
        ("你们团队几个人？", "我们是按敏捷的方式推进的，大家配合得很好。", "zh"),
    ],
)
def test_a_one_part_question_still_costs_the_whole_miss(
    question: str, answer: str, lang: str
) -> None:
    assert addressed(question, answer, lang).score <= OTHER_ASK


def test_every_part_missed_costs_the_whole_miss() -> None:
    q = "How many people were on it, and which part was yours?"
    a = "It was a complex project with lots of moving parts and a tight deadline."
    assert addressed(q, a, "en").score <= OTHER_ASK


@pytest.mark.parametrize(
    ("question", "answer", "lang"),
    [
        (
            "What did the caching layer cost you? What got worse after you added it?",
            "It was a big win: median read latency dropped from 80 ms to 5 ms and we retired two "
            "read replicas.",
            "en",
        ),
        (
            "加缓存有什么代价？哪些地方变差了？",
            "效果非常好，页面打开快了很多，数据库压力也小了，还省了两台从库。",
            "zh",
        ),
        (
            "How long did the rollout take, how many weeks roughly?",
            "We rolled it out region by region behind a feature flag.",
            "en",
        ),
    ],
)
def test_parts_asking_the_same_thing_again_are_missed_together(
    question: str, answer: str, lang: str
) -> None:
    assert addressed(question, answer, lang).score <= OTHER_ASK
