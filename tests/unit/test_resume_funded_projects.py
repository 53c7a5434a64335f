"""A funded or contracted project's kind written where its name would be (国家自然科学基金青年项目：
X（years，role）, 企业合作项目：X, 省重点研发计划：X): the title after the colon names it; the
remark's commas (years，role) are no list (session 9, resume15; the family fresh8/m07 showed,
here in other words)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _names(text: str) -> list[str]:
    return [p.name for p in parse_resume_text(text).projects]


def test_a_fund_kind_before_the_title_is_no_name() -> None:
    assert _names(
        "科研项目\n国家社会科学基金一般项目：方言语音识别的低资源建模（2021—2023，骨干成员）\n"
        "提出跨方言迁移方法，字错误率从 31% 降到 22%。\n"
    ) == ["方言语音识别的低资源建模"]


def test_a_contracted_project_kind_before_the_title_is_no_name() -> None:
    assert _names(
        "科研项目\n横向合作项目：电网巡检图像缺陷检测（2022—2023，负责人）\n"
        "训练缺陷检测模型，漏检率下降 12 个百分点。\n"
    ) == ["电网巡检图像缺陷检测"]


def test_a_programme_before_the_title_is_no_name() -> None:
    assert _names(
        "科研项目\n省重点研发计划：城市内涝积水预警（2020-2022，主要参与人）\n"
        "融合雨量站与视频数据预测积水深度，预警提前量由 10 分钟提高到 40 分钟。\n"
    ) == ["城市内涝积水预警"]
