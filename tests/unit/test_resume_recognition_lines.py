"""A line that only tells recognition received (an award, a prize, a title such as employee of
the quarter, 荣获/获评…奖) is no piece of work to ask about; a line that tells the work the award
was for is (family fresh7/l02 showed, seen in session 10; cases in other words)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text
from interviewer.resume.naming import is_achievement


def test_awards_received_are_no_work() -> None:
    for line in (
        "Won the 2023 Spot Award from the VP of Engineering.",
        "Recognised as Employee of the Quarter (Q3 2022).",
        "Was awarded the Chairman's Excellence prize, 2021",
        "荣获 2021 年度优秀员工称号",
        "获评部门季度技术之星",
    ):
        assert not is_achievement(line), line


def test_work_told_with_its_award_stays_work() -> None:
    for line in (
        "Won the internal hackathon by building a Slack bot that triages alerts.",
        "搭建合同审核模型，获得公司年度创新奖",
    ):
        assert is_achievement(line), line


def test_an_award_under_a_job_is_no_unit() -> None:
    text = (
        "Experience\n"
        "Data Scientist, Northwind Logistics    2020 – 2023\n"
        "- Rebuilt the delivery-time model; late deliveries fell from 12% to 7%.\n"
        "- Received the 'Rising Star' award in 2022.\n"
        "工作经历\n"
        "2019.07 - 2020.06　某物流公司　数据分析师\n"
        "- 搭建运力预测看板，排班效率提升 15%\n"
        "- 荣获公司年度优秀新人奖\n"
    )
    bullets = [b for p in parse_resume_text(text).projects for b in p.bullets]
    assert not any("Rising Star" in b or "优秀新人" in b for b in bullets), bullets
    assert any("delivery-time model" in b for b in bullets), bullets
