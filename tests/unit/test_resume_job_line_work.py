"""A position line that also tells work and its result carries a unit: the words before the
split are the job, the rest is a piece of work named by its object, with its claim (lead probe
Q1, session 13, in other words and layouts)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

CASES = [
    (
        "# Ana Ruiz\n## Experience\n**Shopwise** — ML Engineer, 2019–2021: ranking features for "
        "search; offline NDCG@10 up 4 points.\n**Globex** — Data Analyst, 2016–2019: weekly sales "
        "reporting.\n",
        ("ML Engineer", "Shopwise"),
        "ranking features",
    ),
    (
        "EXPERIENCE\nData Scientist, Acme Bank (2018–2020) — built the credit-limit model; bad-debt "
        "rate down from 3.1% to 2.4%.\nAnalyst, Acme Bank (2016–2018) — monthly risk reports.\n",
        ("Data Scientist", "Acme Bank"),
        "credit-limit model",
    ),
    (
        "工作经历\n2020.07-2022.06 顺达物流 算法工程师：搭建运单地址解析模型，地址解析准确率从 86% 提升到 "
        "95%。\n",
        ("算法工程师", "顺达物流"),
        "运单地址解析模型",
    ),
    (
        "工作经历\n字节跳动｜数据工程师｜2019-2021｜重写埋点入仓链路，数据延迟从 2 小时降到 10 分钟\n"
        "美团｜实习生｜2018-2019｜参与周报整理\n",
        ("数据工程师", "字节跳动"),
        "埋点入仓链路",
    ),
    (
        "Work\nPlatform engineer at Nimbus Health, 2021-2023. Moved our triage model onto Triton "
        "and p95 latency went from 800 ms to 150 ms.\nSupport engineer at Nimbus Health, "
        "2019-2021. Answered L2 tickets.\n",
        ("Platform engineer", "Nimbus Health"),
        "triage model",
    ),
]


@pytest.mark.parametrize(("text", "job", "work"), CASES)
def test_a_job_line_telling_a_result_carries_a_unit(
    text: str, job: tuple[str, str], work: str
) -> None:
    r = parse_resume_text(text)
    assert (r.positions[0].title, r.positions[0].org) == job
    units = [p for p in r.projects if work in p.name]
    assert len(units) == 1, [p.name for p in r.projects]
    assert units[0].metrics and units[0].position == 0
    assert not [p for p in r.projects if p.name in ("工作经历", "Experience", "Work")]


def test_a_job_line_telling_only_duties_carries_none() -> None:
    r = parse_resume_text(CASES[0][0].replace("; offline NDCG@10 up 4 points", ""))
    assert not r.projects
