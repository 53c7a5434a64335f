"""A prose sentence that opens with when or where before its subject ("In my first year I
rewrote…", "During the 2022 peak season we moved…", "Over the next six months I built…",
"第二年我又搭建了…") tells a deed like one that opens with the subject: a paragraph telling
two such deeds is two units (fresh11 family, session 13, in other words)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

HEAD = "Sam Doe\n\nPROFESSIONAL EXPERIENCE\n\nAcme, Berlin — Senior Engineer (Apr 2020 – Present)\n"

CASES = [
    (
        "I joined the payments team when refunds were handled by hand. In my first year I "
        "rebuilt the refund service as an event-driven worker, and refunds settled in 2 hours "
        "instead of 48 hours. Later I wrote the reconciliation job that matches bank files to "
        "ledger entries; unmatched items fell from 4% to 0.3%.",
        ["refund service", "reconciliation job"],
    ),
    (
        "During the 2022 peak season we moved the search index to OpenSearch, cutting p95 "
        "latency from 900 ms to 250 ms. Over the next six months I built the query-suggestion "
        "model; suggestion click-through rose 18%.",
        ["search index", "query-suggestion model"],
    ),
    (
        "At Zalando I replaced the size-advice rules with a gradient-boosted model, and returns "
        "for fit fell 9%. Towards the end of 2021 I rewrote the returns-label service in Go, "
        "which cut label failures from 3% to 0.5%.",
        ["size-advice rules", "returns-label service"],
    ),
    (
        "刚入职时我把风控规则引擎改写为 LightGBM 模型，坏账率从 2.1% 降到 1.4%。第二年我又搭建了实时特征平台，"
        "特征延迟从 1 小时降到 30 秒。",
        ["风控规则引擎", "实时特征平台"],
    ),
]


@pytest.mark.parametrize(("paragraph", "objects"), CASES)
def test_each_deed_of_a_paragraph_is_a_unit(paragraph: str, objects: list[str]) -> None:
    r = parse_resume_text(HEAD + paragraph + "\n")
    assert len(r.projects) == len(objects)
    for p, obj in zip(r.projects, objects, strict=True):
        assert obj in " ".join([p.name, *p.bullets])
        assert p.metrics
