"""A line under a job that names its own piece of work (a noun-phrase head, then a separator) and
tells its own deed or result is a unit of its own, even when the job's lines are plain paragraphs
with no bullets and the head carries a count of what the work covered ('… pilot with two depots',
'… for 3 regions', '覆盖 2 个仓'): a count in a name is a setting of the work, not a claim. Its
result is its own claim, never the unit above's (lead probe M13, session 15). Inputs in en
(plain, terse), zh and code-mixed, written before the fix."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

_EN_PLAIN = """EXPERIENCE

Northwind Freight — Senior Data Scientist (Jan 2021 – today)
Dock scheduling model: replaced the static booking grid with a gradient-boosted forecast of truck arrivals; average dock wait fell from 47 to 29 minutes.
Pallet consolidation study across three warehouses — raised trailer fill from 71% to 84% in one quarter; I built the optimiser, the site leads ran it.
Ran the monthly analytics guild.
"""
_EN_TERSE = """Experience
Quayside Bank, Analyst, 2019 - 2022
Fraud rules audit: retired 40 stale rules, false alerts down 22%.
Card dispute triage for 3 regions - cut handling time by 35% over 8 weeks; wrote the router.
"""
_ZH = """工作经历
2020.03 - 至今  某生鲜电商  数据科学家
履约时效预测：用梯度提升树替换经验规则，准时率预测误差从 21% 降到 12%。
两个前置仓的拣货路径试点——拣货时长缩短 18%，历时 6 周；我写了仿真，仓内同事负责落地。
"""
_MIXED = """工作经历
2022.01 - 至今  某出行平台  Senior DS
Surge pricing model：用 LightGBM 预测供需缺口，司机应答率从 62% 提升到 75%。
Driver repositioning pilot in 2 cities —— 空驶里程下降 11%，跑了 10 周；simulator 是我写的。
"""


@pytest.mark.parametrize(
    ("text", "first", "second", "second_claim"),
    [
        (_EN_PLAIN, "Dock scheduling model", "Pallet consolidation", 84.0),
        (_EN_TERSE, "Fraud rules audit", "Card dispute triage", 35.0),
        (_ZH, "履约时效预测", "拣货路径试点", 18.0),
        (_MIXED, "Surge pricing model", "Driver repositioning pilot", 11.0),
    ],
)
def test_a_named_line_with_its_own_result_is_its_own_unit(text, first, second, second_claim):
    projects = parse_resume_text(text).projects
    names = [p.name for p in projects]
    top = next((p for p in projects if p.name.startswith(first)), None)
    own = next((p for p in projects if second in p.name), None)
    assert top is not None and own is not None, names
    assert top is not own
    assert any(m.value == second_claim for m in own.metrics), own.metrics
    assert not any(m.value == second_claim for m in top.metrics), top.metrics
    assert not any(second in b for b in top.bullets), top.bullets
