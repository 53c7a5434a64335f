"""A list item beside named pieces of work that only tells a duty kept up (daily support,
maintenance, ad-hoc requests) is no piece of work (fresh12 family, in other words)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

JOB = "EXPERIENCE\n\nShopee — Senior Data Scientist (2021.05 - now)\n{named}\n* {duty}\n"
NAMED = {
    "en": "* Price suggester: trained a LightGBM elasticity model; GMV on accepted prices up 4.5%",
    "zh": "* 商品属性抽取：在 2 万条标注数据上做 LoRA 微调，属性 F1 从 0.68 提升到 0.87",
}


@pytest.mark.parametrize(
    ("lang", "duty"),
    [
        ("zh", "日常 support BD 团队的 ad-hoc 取数需求"),
        ("zh", "日常支持运营同学的临时取数和报表需求"),
        ("en", "Day-to-day support for the BD team's ad-hoc data pulls"),
        ("en", "Supported the sales team with ad-hoc SQL pulls every week"),
        ("zh", "维护团队的 Airflow DAG 和报表"),
    ],
)
def test_a_duty_beside_named_work_is_no_work(lang: str, duty: str) -> None:
    r = parse_resume_text(JOB.format(named=NAMED[lang], duty=duty))
    names = [p.name for p in r.projects]
    assert len(names) == 1, names
