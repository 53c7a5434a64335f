"""A choice told with the option not taken and the reason for it is a decision, whatever verb
tells it ("I picked the split by agent not by account so agents wouldn't mix", "kept the queue in
Postgres rather than adding Kafka, because…", 我用了轮询而不是 websocket，因为…, 当时没用本地缓存，用的
Redis，这样…): an own part told with its split and such a choice is the top of the ownership scale,
and the card does not ask for "one decision that was yours". A choice with no reason, or a reason
with no option set aside, is no decision told. Written before the fix (lead probe L21), in voices
of their own (plain, non-native, zh written, zh spoken)."""

from __future__ import annotations

import pytest

from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric

STAR = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")
GRADER = HeuristicGrader()

DECIDED = [
    (
        "What was your part in the job scheduler?",
        "the retry logic was mine. I kept the queue in Postgres rather than adding Kafka, because "
        "we only had 200 jobs a day. ops ran the deploys",
    ),
    (
        "Which part of the billing service was yours?",
        "Schema is my work. I use one table per tenant, not shared table, so one big customer "
        "cannot lock others. Frontend was done by other guy.",
    ),
    (
        "这个项目你负责哪部分？",
        "接口是我写的，我用了轮询而不是 websocket，因为客户那边的防火墙不让长连接。前端是同事做的。",
    ),
    (
        "你在这个系统里负责什么？",
        "缓存这块归我，当时没用本地缓存，用的 Redis，这样三台机器看到的是同一份数据。页面是设计师出的。",
    ),
]


def _ownership(question: str, answer: str) -> tuple[int, str]:
    got = GRADER.grade(question, answer, STAR, GradeContext(topic_kind="project"))
    own = next(c for c in got.criteria if c.criterion == "ownership")
    return own.score, own.suggestion


@pytest.mark.parametrize(("question", "answer"), DECIDED)
def test_choice_with_alternative_and_reason_is_a_decision(question: str, answer: str) -> None:
    score, suggestion = _ownership(question, answer)
    assert score == 5, (score, suggestion)
    assert "decision that was yours" not in suggestion
    assert "拍板的决定" not in suggestion


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # an option set aside with no reason, and a reason with no option set aside
        (
            "What was your part in the job scheduler?",
            "the retry logic was mine, I kept the queue in Postgres and not Kafka. ops ran the "
            "deploys",
        ),
        (
            "这个项目你负责哪部分？",
            "接口是我写的，因为客户那边的防火墙不让长连接，所以做了轮询。前端是同事做的。",
        ),
    ],
)
def test_half_a_choice_is_no_decision(question: str, answer: str) -> None:
    score, _ = _ownership(question, answer)
    assert score <= 4
