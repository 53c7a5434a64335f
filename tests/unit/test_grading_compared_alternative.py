"""A question that names the option not taken ("why X instead of Y", 为什么选 X 不选 Y) is answered
by comparing the two: a sentence setting the chosen option against that alternative on a property
("smaller than gzipped CSV", "cheaper than rewriting", 部署比 Python 简单, 扫描比 MySQL 快) weighs the
alternative, whatever its words — it is a trade-off told, not one option described. Praise of one
option over the other with no property of the work ("more popular than CSV") weighs nothing.
Written before the fix (fresh10's answer-first 'why gRPC not REST' answered by what protobuf does
better than JSON scored tradeoffs 1), in words of their own, en and zh."""

from __future__ import annotations

import pytest

from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric

STAR = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")
GRADER = HeuristicGrader()

COMPARED = [
    (
        "Why did you store the logs as Parquet instead of CSV?",
        "Parquet is columnar: a query reading three of forty columns touches far less data than "
        "with CSV, and the files are smaller than gzipped CSV.",
    ),
    (
        "Why Redis rather than Memcached for the sessions?",
        "Redis has hashes and persistence, Memcached has neither; updating one field of a session "
        "hash is cheaper than rewriting a whole serialized blob.",
    ),
    (
        "为什么用 Go 重写这个服务而不是继续用 Python？",
        "Go 编译成单个二进制，部署比 Python 简单；并发用 goroutine，同样的机器上吞吐比原来的 Python "
        "服务高三倍左右。",
    ),
    (
        "为什么选 ClickHouse 不选 MySQL 做报表？",
        "报表查询都是大范围聚合，ClickHouse 列存，扫描比 MySQL 行存快一两个数量级，存储压缩后也比 MySQL "
        "小很多。",
    ),
]


def _tradeoffs(question: str, answer: str) -> int:
    got = GRADER.grade(question, answer, STAR, GradeContext(topic_kind="technical"))
    return next(c.score for c in got.criteria if c.criterion == "tradeoffs")


@pytest.mark.parametrize(("question", "answer"), COMPARED)
def test_comparison_with_the_named_alternative_weighs_it(question: str, answer: str) -> None:
    assert _tradeoffs(question, answer) >= 3


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Why did you store the logs as Parquet instead of CSV?",
            "Parquet is a great modern format and CSV is old, Parquet is more popular than CSV in "
            "the industry nowadays and everyone prefers it.",
        ),
        (
            "为什么选 ClickHouse 不选 MySQL 做报表？",
            "ClickHouse 现在比 MySQL 火多了，大厂都在用，我们也就跟着用了。",
        ),
    ],
)
def test_praise_over_the_alternative_weighs_nothing(question: str, answer: str) -> None:
    assert _tradeoffs(question, answer) <= 2
