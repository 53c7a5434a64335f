"""The thing a change measures is the noun phrase whose level changed — the subject of the change
predicate, head and premodifiers — never the unit's noun ("charts" of "charts/hour"), a time phrase,
nor the last word of a modifier that follows the head ("caught before shipping", "served from the
edge"). In Chinese the head is the noun after the last 的 of the phrase before 从/涨/降."""

from __future__ import annotations

import pytest
from quantity_expect import results

from interviewer.resume.claims import claims_in


def _result(text: str) -> str:
    found = results(text)
    assert len(found) == 1, found
    return found[0].subject.lower()


@pytest.mark.parametrize(
    ("text", "head", "unit_noun"),
    [
        ("agent handle rate went from 30 to 45 calls/hour", "handle rate", "calls"),
        ("reviewer throughput went from 12 to 20 PRs a day", "throughput", "prs"),
        ("our labelling speed went from 200 to 340 images per hour", "labelling speed", "images"),
        ("Triage capacity moved from 90 to 150 tickets a shift.", "triage capacity", "tickets"),
        ("每个 reviewer 每天处理的 PR 从 10 个涨到 18 个", "pr", "个"),
        ("质检员每天审核的样本从 200 条涨到 350 条", "样本", "条"),
    ],
)
def test_the_unit_noun_is_not_the_measure(text: str, head: str, unit_noun: str) -> None:
    subject = _result(text)
    assert head in subject and subject != unit_noun


@pytest.mark.parametrize(
    ("text", "head", "not_head"),
    [
        (
            "Invoices matched automatically before month-end rose from 1,200 to 3,400 a month",
            "invoices",
            "month-end",
        ),
        ("defects found before release rose from 5 to 9 per sprint", "defects", "release"),
        ("Refunds issued after the first call dropped from 40% to 22%.", "refunds", "call"),
        ("orders packed with the new scanner climbed from 300 to 520 an hour", "orders", "scanner"),
        ("Pages served from the edge grew from 60% to 85%.", "pages", "edge"),
        ("Bugs leaking to customers fell from 12 to 4 per release.", "bugs", "customers"),
        ("Cache hit ratio on cold starts went from 0.4 to 0.7", "cache hit ratio", "starts"),
        ("上线前拦截的缺陷从每月 3 个增加到 9 个", "缺陷", "上线前"),
    ],
)
def test_the_head_before_its_modifier_is_the_measure(text: str, head: str, not_head: str) -> None:
    subject = _result(text)
    assert head in subject and subject != not_head.lower()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Coder throughput went from 55 to 80 charts/hour.", "throughput"),
        (
            "Release regressions caught before shipping rose from 2 to 11 per quarter.",
            "regressions",
        ),
    ],
)
def test_the_claim_label_is_the_measure(text: str, label: str) -> None:
    (claim,) = [c for c in claims_in(text) if c.role == "result"]
    assert label in claim.what.lower()


@pytest.mark.parametrize(
    "text",
    [
        "back in 2021 we moved from Python 3.7 to 3.10",
        "last year I moved from Postgres 12 to 15",
        "they went from Spark 2.4 to 3.5 in one weekend",
        "we moved from Java 8 to 17 across all services",
    ],
)
def test_a_person_moving_between_versions_is_no_result(text: str) -> None:
    assert results(text) == []
