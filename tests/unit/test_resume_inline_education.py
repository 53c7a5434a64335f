"""A line whose key names the education section (`教育：…`, `Education: …`) opens that section
where it stands, even right under a job's points: what follows the key is a school and a degree,
never a job (issue 14, lead probe L9: `教育：浙江某大学 计算机科学 硕士 2019` under the last job was
listed as a position). Inputs in zh, en and code-mixed, written before the fix; the jobs above
stay positions and their work stays projects."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

_ZH = """工作经历
2019.07-2021.06  某电商公司  数据分析师
- 搭建商品评论情感分析看板，日处理评论20万条。

技能：Python、SQL
教育：浙江某大学 计算机科学 硕士 2019
"""
_ZH_DEGREE = """工作经历
2016.07-2020.03　某银行信用卡中心　风控建模
- 重做申请评分卡，坏账率下降0.6个百分点。
学历：本科 华中某理工大学 2012-2016
"""
_EN = """EXPERIENCE
Harbor Analytics — Data Scientist (2019 – 2023)
- Rebuilt the churn model with survival features, raising AUC from 0.74 to 0.82.
Education: B.Sc. Computer Science, University of Leeds, 2016 – 2019
"""
_MIXED = """工作经历
2020.03-至今  某出行平台  Senior ML Engineer
- 负责ETA预估模型，MAE 从 4.1 分钟降到 3.2 分钟。
教育背景：MSc Data Science, 2018-2019, 某海外大学
"""


@pytest.mark.parametrize(
    ("text", "jobs", "unit"),
    [
        (_ZH, 1, "情感分析"),
        (_ZH_DEGREE, 1, "评分卡"),
        (_EN, 1, "churn"),
        (_MIXED, 1, "ETA"),
    ],
)
def test_an_education_key_under_a_job_is_no_position(text: str, jobs: int, unit: str) -> None:
    resume = parse_resume_text(text)
    positions = [f"{p.title} {p.org} {p.period}" for p in resume.positions]
    assert len(positions) == jobs, positions
    assert not any(
        w in p for p in positions for w in ("教育", "学历", "大学", "Education", "University")
    ), positions
    names = [p.name for p in resume.projects]
    assert any(unit in n for n in names), names
