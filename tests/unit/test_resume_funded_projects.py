"""A funded or contracted project's kind written where its name would be (国家自然科学基金青年项目：
X（years，role）, 企业合作项目：X, 省重点研发计划：X): the title after the colon names it; the
remark's commas (years，role) are no list (session 9, resume15; the family fresh8/m07 showed,
here in other words)."""

from __future__ import annotations

from tests.unit.resume_names import project_names


def test_a_fund_kind_before_the_title_is_no_name() -> None:
    assert project_names(
        "科研项目\n国家社会科学基金一般项目：方言语音识别的低资源建模（2021—2023，骨干成员）\n"
        "提出跨方言迁移方法，字错误率从 31% 降到 22%。\n"
    ) == ["方言语音识别的低资源建模"]


def test_a_contracted_project_kind_before_the_title_is_no_name() -> None:
    assert project_names(
        "科研项目\n横向合作项目：电网巡检图像缺陷检测（2022—2023，负责人）\n"
        "训练缺陷检测模型，漏检率下降 12 个百分点。\n"
    ) == ["电网巡检图像缺陷检测"]


def test_a_programme_before_the_title_is_no_name() -> None:
    assert project_names(
        "科研项目\n省重点研发计划：城市内涝积水预警（2020-2022，主要参与人）\n"
        "融合雨量站与视频数据预测积水深度，预警提前量由 10 分钟提高到 40 分钟。\n"
    ) == ["城市内涝积水预警"]


# The title in quotes after the funder and kind (国家自然科学基金青年项目“X”（编号），年份，角色):
# the quoted title names the project, the funder before it and the remark after it are its
# setting (family fresh7/l09 showed, seen in session 10; cases in other words).


def test_a_quoted_title_after_a_programme_names_the_project() -> None:
    assert project_names(
        "科研项目\n1. 省重点研发计划“基于大模型的电网故障诊断”（2022YFB01xx），2022–2024，子课题负责人\n"
        "   构建故障知识图谱与诊断模型，诊断准确率由 78% 提升至 91%。\n"
    ) == ["基于大模型的电网故障诊断"]


def test_a_corner_quoted_title_after_a_partner_remark_names_the_project() -> None:
    assert project_names(
        "科研项目\n- 横向课题（与某车企合作）「车载语音助手的端侧部署」，2023，主要完成人\n"
        "  把语音助手模型量化后部署到车机，首字延迟从 900ms 降到 350ms。\n"
    ) == ["车载语音助手的端侧部署"]


def test_a_book_quoted_title_after_a_school_project_names_it() -> None:
    assert project_names(
        "科研项目\n1. 校级教改项目《研究生论文查重辅助系统》，2021，负责人\n"
        "   实现基于语义相似度的段落比对，人工复核量减少 60%。\n"
        "2. 企业合作项目（与某券商）“研报摘要生成”，2022，参与\n"
        "   微调 7B 模型生成研报摘要，人工评分从 3.2 提高到 4.1。\n"
    ) == ["研究生论文查重辅助系统", "研报摘要生成"]


def test_an_award_with_a_quoted_title_names_the_research() -> None:
    assert project_names(
        "Research Projects\n"
        '1. NSF CAREER award "Robust retrieval for scanned archives" (IIS-21xxxxx), 2021–2026, PI\n'
        "   Built a layout-aware retriever; recall@20 rose from 0.52 to 0.71.\n"
    ) == ["Robust retrieval for scanned archives"]
