"""A job's item over deeper `Aspect: text` sub-points (`➢ 负责推荐服务的稳定性与成本治理` over `▪ 稳定性：…`
/ `▪ 成本：…`): the sub-points tell facets of that one piece of work, so no project is named by an
aspect; under an item that opens a list (`Led three initiatives:`) each `Name: text` sub-point is
its own work (session 11, resume11; the family fresh9's diagnosis named)."""

from __future__ import annotations

import pytest

from interviewer.resume.assemble import parse_resume_text

CASES = [
    (
        "zh",
        "工作经历\n2021.07 - 至今　　某电商公司　　后端工程师\n"
        "➢ 负责推荐服务的稳定性与成本治理\n"
        "    ▪ 稳定性：引入熔断与降级，全年可用性从 99.5% 提升到 99.95%\n"
        "    ▪ 成本：同等流量下机器数减少 30%\n"
        "➢ 搜索召回模型：上线双塔召回\n"
        "    ▪ 召回率提升 6%\n",
        {"稳定性", "成本"},
        "搜索召回模型",
    ),
    (
        "en, circles under bullets",
        "Experience\nAcme AI — ML Engineer — 2021 – Present\n"
        "• Owned latency and cost of the assistant's inference\n"
        "   ◦ Speed: moved decoding to vLLM; p95 from 2.1 s to 0.8 s\n"
        "   ◦ Cost: 40% fewer GPUs for the same traffic\n"
        "• Eval dashboard: nightly runs of six benchmarks\n"
        "   ◦ Release checks from 2 days to 3 hours\n",
        {"Speed", "Cost"},
        "Eval dashboard",
    ),
    (
        "en, indented dashes",
        "Experience\nShopline — Site Reliability Engineer — 2019 – 2023\n"
        "- Ran the reliability work for checkout\n"
        "    - Reliability: error rate from 1.2% to 0.3%\n"
        "    - Pages: down 60% after alert clean-up\n"
        "- Fraud rules engine: moved rules out of the monolith; rule changes ship same day\n",
        {"Reliability", "Pages"},
        "Fraud rules engine",
    ),
]


@pytest.mark.parametrize(
    ("text", "aspects", "named"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_aspects_under_an_item_name_no_project(text: str, aspects: set[str], named: str) -> None:
    projects = parse_resume_text(text).projects
    names = {p.name for p in projects}
    assert not names & aspects
    assert named in names
    first = next(p for p in projects if p.name != named)
    assert len(first.bullets) >= 2  # the item and its facets are one piece of work


@pytest.mark.parametrize(
    "opener",
    ["• Led three initiatives:\n", "• Led the team of four analysts.\n• Key projects:\n"],
    ids=["opening item", "label line after a duty"],
)
def test_names_under_a_list_opening_item_are_work(opener: str) -> None:
    names = {
        p.name
        for p in parse_resume_text(
            "Experience\nOcado — Data Scientist — 2018 – 2022\n"
            + opener
            + "   ◦ Churn model: gradient boosting on orders; churn down 8%\n"
            "   ◦ Pricing engine: rules replaced by a learned model; margin up 2 points\n"
        ).projects
    }
    assert {"Churn model", "Pricing engine"} <= names
