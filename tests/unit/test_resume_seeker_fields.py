"""What the candidate is looking for (应聘职位, 意向岗位, 目标岗位, 期望薪资, Desired position) is no
project, also when bold at the page's head with other fields on its line (session 9, resume15;
the family fresh8/m08 showed, here in other words)."""

from __future__ import annotations

from tests.unit.resume_names import project_names


def test_bold_target_post_under_the_name_is_no_project() -> None:
    assert project_names(
        "# 吴凡\n\n**意向岗位：** 数据分析师 ｜ **期望薪资：** 20-25K\n\n## 项目经历\n\n"
        "### 会员分层模型\n\n- 用 RFM 分层，复购率提升 6 个百分点\n"
    ) == ["会员分层模型"]


def test_bold_applied_post_alone_is_no_project() -> None:
    assert project_names(
        "# 郭静\n\n**应聘岗位：** 推荐算法工程师\n\n## 项目经验\n\n"
        "### 猜你喜欢重排\n\n- 人均点击提升 8%\n"
    ) == ["猜你喜欢重排"]


def test_bold_goal_post_with_city_is_no_project() -> None:
    assert project_names(
        "# 马骁\n\n**目标岗位：** 大模型应用开发 ｜ **期望城市：** 成都\n\n## 项目经历\n\n"
        "### 合同要素抽取\n\n- 要素抽取 F1 从 0.81 提升到 0.90\n"
    ) == ["合同要素抽取"]
