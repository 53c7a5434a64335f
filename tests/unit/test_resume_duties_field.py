"""A job's duties field (`工作职责：`, `岗位职责：`, `Responsibilities:`) over its achievements field
describes the job: its line is an askable unit only where it tells a result, so '负责…的迭代' is
no unit beside the achievement that names the work (session 11, resume11; the family fresh9's
diagnosis named)."""

from __future__ import annotations

import pytest

from interviewer.resume.assemble import parse_resume_text

CASES = [
    (
        "zh 工作职责 / 工作业绩",
        "工作经历\n某消费金融公司 | 2018.07-2021.06\n职位名称：风控算法工程师\n"
        "工作职责：负责风控规则引擎的维护与迭代。\n"
        "工作业绩：上线 XGBoost 反欺诈模型，坏账率下降 0.8 个百分点。\n",
        "XGBoost",
        "规则引擎",
    ),
    (
        "zh 岗位职责 / 主要业绩",
        "工作经历\n2019.03-至今　某视频平台　推荐算法工程师\n岗位职责：负责推荐系统的迭代优化\n"
        "主要业绩：重写召回模块，上线后点击率提升 5%\n",
        "召回模块",
        "推荐系统的迭代",
    ),
    (
        "en Responsibilities / Achievements",
        "Experience\nSenior Data Scientist, Zalando, 2019 - 2023\n"
        "Responsibilities: Own the iteration of the pricing model.\n"
        "Achievements: Shipped a demand-aware pricing model; margin up 3 points.\n",
        "demand-aware",
        "Own the iteration",
    ),
]


@pytest.mark.parametrize(
    ("text", "unit", "duty"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_duties_field_is_no_unit(text: str, unit: str, duty: str) -> None:
    bodies = [" ".join([p.name, *p.bullets]) for p in parse_resume_text(text).projects]
    assert any(unit in b for b in bodies)
    assert not any(duty in b for b in bodies)


def test_a_duties_field_that_tells_a_result_is_work() -> None:
    bodies = [
        " ".join([p.name, *p.bullets])
        for p in parse_resume_text(
            "工作经历\n某物流公司 | 2020.01-至今\n职位名称：算法工程师\n"
            "工作职责：负责搭建路径规划模型，配送里程减少 12%。\n"
        ).projects
    ]
    assert any("路径规划" in b for b in bodies)
