"""A Chinese achievement line that tells its result after the work (`作文批改模型上线后教师复核量
减少 40%`): the askable unit is named by the work, before the time it went live and before the
measure's change, never cut inside a number; going live (上线后) dates the result and is no
serving work (session 9, resume15; the family fresh8/m03 showed, here in other words)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text
from interviewer.resume.naming import unit_name


def test_a_unit_is_named_before_the_time_it_went_live() -> None:
    assert unit_name("智能排班系统上线以后门店人力成本下降 12%", "zh") == "智能排班系统"


def test_a_unit_is_named_before_the_measures_change() -> None:
    assert unit_name("退款工单自动审核通过率提升了 35 个百分点", "zh") == "退款工单自动审核通过率"


def test_a_long_unit_name_is_never_cut_inside_a_number() -> None:
    name = unit_name("营销短信人群圈选模型使触达人群缩小至原来的 1/3 而转化不降", "zh")
    assert not name[-1:].isdigit()


def test_going_live_is_no_serving_work() -> None:
    projects = parse_resume_text(
        "工作经历\n某银行 算法工程师 2020.07-至今\n- 信用卡催收话术推荐模型上线后回款率提高 3 个百分点\n"
    ).projects
    assert len(projects) == 1
    assert projects[0].kind != "serving"
    assert projects[0].name.startswith("信用卡催收话术推荐模型")
    assert "上线后" not in projects[0].name
