"""A claim backed by who said it and when, instead of by how the thing works ("proven by X in
1962", "confirmed by the team in 2009", 作者 2010 年在论文里证明过, 官方早就确认过), or a cost
told as nothing at all ("zero runtime cost", "exactly 0 bytes"), is confident assertion, not
evidence: beside another absolute it makes the answer's claims no evidence of depth, and an honest
answer that reasons while unsure scores above it. Written before the fix (fresh11's confident
fabrication with an authority and a date), in words and voices of their own."""

from __future__ import annotations

import pytest

from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.grading.plausibility import claims
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric

STAR = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")
GRADER = HeuristicGrader()

#: (question, honest answer reasoning while unsure, confident answer backed by an authority)
PAIRS = [
    (
        "Why is quicksort's worst case O(n^2)?",
        "If I remember right, the worst case comes when the pivot is always the smallest or "
        "largest element, so each partition only removes one element, which gives n levels of n "
        "work. I'd check whether a random pivot changes the bound or only the odds.",
        "It is never O(n^2); quicksort is always O(n log n) on any input. This was proven by "
        "Hoare in 1962 and every textbook agrees.",
    ),
    (
        "为什么 Redis 单线程还能那么快？",
        "我理解主要是数据都在内存里，操作本身很快，单线程也省了锁和上下文切换，网络这块用的是 IO "
        "多路复用；新版本好像网络读写也多线程了，这个我不太确定。",
        "Redis 其实是一百个线程并行的，这个是作者 2010 年在论文里证明过的，所以绝对不会慢。",
    ),
    (
        "How does Python free memory it no longer needs?",
        "Mostly reference counting, I think: when an object's count drops to zero it is freed "
        "right away. Cycles need the separate cycle collector. I'm not sure how often that one "
        "runs by default, I'd look at the gc module's thresholds.",
        "Python never frees memory at all, the interpreter keeps everything with zero runtime "
        "cost. This was confirmed by the core developers in 2008 and has stayed that way.",
    ),
    (
        "数据库事务的隔离级别越高越好吗？",
        "我觉得不一定。隔离级别越高，并发冲突越少，但加锁或者冲突重试也越多，吞吐会下降；"
        "具体用哪个要看业务能不能接受不可重复读，我不太确定各个数据库默认是哪个级别，得查一下。",
        "当然越高越好，串行化没有任何性能损失，官方文档早就证明过了，所有公司都在用。",
    ),
]


@pytest.mark.parametrize(("question", "honest", "confident"), PAIRS)
def test_honest_reasoning_beats_authority_backed_claim(
    question: str, honest: str, confident: str
) -> None:
    ctx = GradeContext(topic_kind="technical")
    got = GRADER.grade(question, honest, STAR, ctx)
    worse = GRADER.grade(question, confident, STAR, ctx)
    assert got.overall > worse.overall, (got.overall, worse.overall)


@pytest.mark.parametrize(
    "text",
    [
        "This was proven by Hoare in 1962.",
        "This was confirmed by the core developers in 2008.",
        "这个是作者 2010 年在论文里证明过的。",
        "官方文档早就证明过了。",
        "It runs with zero runtime cost.",
    ],
)
def test_authority_or_nothing_cost_is_a_claim(text: str) -> None:
    assert claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "We confirmed the fix in 2021 with a week of load tests.",
        "I proved it to myself with a small benchmark.",
        "论文里的做法是先预训练再微调，我们照着复现了一遍。",
        "Costs were close to zero for the first month because we were on the free tier.",
    ],
)
def test_own_checks_and_plain_dates_are_no_claim(text: str) -> None:
    assert not claims(text)


def test_a_reviewer_without_a_year_is_no_authority_claim() -> None:
    assert not claims("The fix was verified by QA and confirmed by the on-call engineer.")
