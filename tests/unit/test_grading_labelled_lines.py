"""A line told as `label: value` (bullets, key: value answers) whose label names the speaker as
the owner ("- mine:", "also me:", 我负责的：) tells an own part without a verb, and a
parenthesised aside gives details of the noun before it ("the query parser (typos, synonyms)"),
so such a line is content, not a list. Strings of bare terms, also under a label, stay lists."""

from __future__ import annotations

import pytest

from interviewer.grading.base import GradeContext
from interviewer.grading.heuristic import HeuristicGrader
from interviewer.grading.substance import is_term_list
from interviewer.loader import builtin_dir, load_catalog
from interviewer.schemas import Rubric


@pytest.mark.parametrize(
    "line",
    [
        "- mine: the billing parser (currencies, rounding) and its regression tests",
        "my part: the retry worker (backoff, jitter, dead-letter queue) that I wrote alone",
        "- 我负责的：召回层的双塔模型（样本、训练、上线）和它的评测脚本",
        "我做的部分：导出服务的分页（游标、断点续传）以及对应的压测",
        "owner: me, for the ingestion job (schema checks, dedupe, retries) end to end",
    ],
)
def test_a_labelled_statement_is_not_a_list(line):
    assert not is_term_list(line)


@pytest.mark.parametrize(
    "line",
    [
        "Skills: Kafka, Redis, gRPC, Kubernetes, Terraform, Prometheus.",
        "关键词：幂等、重试、熔断、降级、限流、可观测性。",
        "Situation: costs.",
        "结果：提升。",
    ],
)
def test_a_label_over_bare_terms_stays_a_list(line):
    assert is_term_list(line)


def test_own_part_told_in_labelled_bullets_beats_the_teams_story():
    star = load_catalog(Rubric, "rubrics", [builtin_dir("rubrics")]).get("star")
    grader = HeuristicGrader()
    question = "Which part of the billing system did you build yourself?"
    mine = (
        "- mine: the invoice parser (currencies, rounding) and its regression tests\n"
        "- also me: the retry worker for failed charges (backoff, dead-letter queue)\n"
        "- not mine: the ledger and the reports, two colleagues owned those"
    )
    team = (
        "- we built the whole billing system in five months\n"
        "- we process 40k invoices a day\n"
        "- the team used Postgres, Kafka and Go"
    )
    ctx = GradeContext(topic_kind="project", lang="en")
    assert (
        grader.grade(question, mine, star, ctx).overall
        > grader.grade(question, team, star, ctx).overall
    )
