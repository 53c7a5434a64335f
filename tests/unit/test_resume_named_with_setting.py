"""A line that names a piece of work and, in brackets after the name, where and when it was done
('Name (Org, 2021–2022)', '名称（某公司，2021-2022）', 'Name (side project, 2023)') heads that
piece of work — a job line names a post, and the words before the brackets are no post and no
employer (fresh13 family, in other words and languages)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

EN_PLAIN = """Selected work

Pricing elasticity study (Hollis Retail, 2020–2021)
Estimated price elasticities for 3,000 products with a hierarchical Bayesian model; margin on
promoted items up 4%.

Warehouse pick-path optimiser (Hollis Retail, 2021)
Rewrote the picker routing as a vehicle-routing problem solved nightly; walking distance per
order down 22%.
"""

ZH = """项目经历
门店销量预测（某连锁药房，2021-2022）
用 LightGBM 结合天气和促销特征预测各门店日销量，缺货率从 9% 降到 5%。
发票识别（个人项目，2023）
微调 LayoutLM 抽取发票字段，字段准确率达到 96%。
"""

MIXED = """Projects
RAG 客服助手 (Shopee, 2023)
用 embeddings + BM25 混合检索回答卖家问题，人工转接率下降 30%。
Feature store migration (Shopee, 2022)
把特征从 Hive 搬到 Flink 实时计算，freshness 从 1 天到 10 分钟。
"""

EN_SPOKEN = """Projects
so the main ones:

Claims email router (a regional insurer, 2022)
we trained a classifier on old claim emails so they go to the right team, misroutes went from
15% to 5%.

Voice note summariser (hackathon, 2023)
whisper plus a small LLM to summarise voice notes, won second place.
"""

EN_TERSE = """PROJECTS
Receipt parser (side project, 2023)
Fine-tuned Donut on receipts; field F1 0.91.
Churn alerts (Telco Sur, 2021)
Survival model on usage logs; churn down 6%.
"""


@pytest.mark.parametrize(
    "text,names",
    [
        (EN_PLAIN, ["Pricing elasticity study", "Warehouse pick-path optimiser"]),
        (ZH, ["门店销量预测", "发票识别"]),
        (MIXED, ["RAG 客服助手", "Feature store migration"]),
        (EN_SPOKEN, ["Claims email router", "Voice note summariser"]),
        (EN_TERSE, ["Receipt parser", "Churn alerts"]),
    ],
)
def test_name_with_setting_opens_work(text: str, names: list[str]) -> None:
    got = [p.name for p in parse_resume_text(text).projects]
    assert len(got) == len(names), got
    for name, found in zip(names, got, strict=True):
        assert found.startswith(name)


def test_job_with_place_in_brackets_stays_a_job() -> None:
    text = """Experience
Senior Data Scientist (Hollis Retail, 2019–2022)
- Built the elasticity model behind weekly promotions; margin on promoted items up 4%.
"""
    got = parse_resume_text(text)
    assert [p.name for p in got.projects] != ["Senior Data Scientist"]
    assert any(pos.title == "Senior Data Scientist" for pos in got.positions)
