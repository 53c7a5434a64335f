"""Beside a named project, a job's other points that tell work with its own claimed result are
units too (issue 14): a prose paragraph under a job above a "Cost work: …" line kept two pieces of
work with their numbers and the interviewer never asked about them. A point that tells no result
(a duty, mentoring) beside a named project stays part of the job. Inputs in zh and en, prose and
bullets, written from a lead probe (cv with prose job paragraphs)."""

from __future__ import annotations

import pytest

from tests.unit.resume_names import project_names

_EN_PROSE = """EXPERIENCE

Tidewater Logistics — Staff ML Engineer — Mar 2022 to now
We moved ticket triage from a rules engine to a fine-tuned classifier, which raised routing
accuracy from 71% to 89% on a frozen set of 2,400 tickets. I also designed the retrieval layer
for the answer drafts, cutting the share of drafts agents rewrote from 46% to 28%.
Cost work: moving drafting to a distilled 8B model on vLLM brought the monthly bill from $38k to $9k.
"""
_EN_BULLETS = """Experience
Harbor Analytics, Data Scientist, 2019 - 2023
- Rebuilt the churn model with survival features, raising AUC from 0.74 to 0.82.
- Mentored two interns and ran the team's reading group.
- Pricing engine: a Bayesian demand model for 3,000 SKUs; margin up 2.1 points.
"""
_ZH_PROSE = """工作经历
2020.07-至今　某物流科技　算法工程师
负责客服工单分流，把规则引擎换成微调后的分类模型，分流准确率从 72% 提升到 90%。另外搭建了回复草稿的检索链路，客服改写草稿的比例由 45% 降到 27%。
降本项目：把草稿生成换成蒸馏后的 7B 模型，月度推理费用从 4 万降到 1 万。
"""
_ZH_BULLETS = """工作经历
2018.03-2021.06　某零售集团　数据工程师
● 重写销量预测特征管线，夜间任务从 5 小时缩短到 40 分钟。
● 日常维护报表，配合业务取数。
● 补货系统：基于分位数回归的补货建议，缺货率下降 3 个百分点。
"""


@pytest.mark.parametrize(
    ("text", "named", "also", "not_unit"),
    [
        (_EN_PROSE, "Cost work", ["triage", "retrieval"], []),
        (_EN_BULLETS, "Pricing engine", ["churn"], ["intern", "reading group"]),
        (_ZH_PROSE, "降本项目", ["分流", "检索"], []),
        (_ZH_BULLETS, "补货系统", ["特征管线"], ["报表"]),
    ],
)
def test_points_with_their_own_result_beside_a_named_project_are_units(text, named, also, not_unit):
    names = project_names(text)
    assert named in names
    for word in also:
        assert any(word in n for n in names), (word, names)
    for word in not_unit:
        assert not any(word in n for n in names), (word, names)
