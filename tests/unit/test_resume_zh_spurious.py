"""Nothing but work becomes a project in Chinese résumés (session 8, resume11; the families the
lead's b.md and fresh4's zh résumés showed, here in other words).

- The owner's details (phone, e-mail, WeChat, city, 姓名/性别) under a name heading are no project,
  in whatever section the reader thinks it is.
- A short section heading the vocabulary does not list word for word is still a section when its
  last noun names one (教育, 课程项目, 竞赛与奖项, 荣誉与证书): what follows it is read as that
  section, and the heading is never a project.
- Bullets drawn with glyphs the list does not name (・ ･ ‧ ✦ ❖ ▸ ◉) are bullets: the lines they
  start belong to the project above, never projects of their own.
"""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _names(text: str) -> list[str]:
    return [p.name for p in parse_resume_text(text).projects]


def test_contact_line_under_a_name_heading_is_no_project() -> None:
    names = _names(
        "## 陈静 | 数据科学家 | 3年经验\n- 电话：186xxxx ｜ 微信：cj_ds\n\n"
        "### 项目一：门店销量预测\n- 做法：LightGBM + 节假日特征\n- 结果：MAPE 从 18% 降到 11%\n"
    )
    assert names == ["门店销量预测"]


def test_personal_details_bullets_are_no_project() -> None:
    names = _names(
        "# 赵磊\n- 邮箱：zl@example.com\n- 现居：杭州\n\n## 项目经历\n"
        "### 合同条款抽取\n- 用 BERT 做序列标注，F1 从 0.72 提升到 0.85\n"
    )
    assert names == ["合同条款抽取"]


def test_en_contact_line_under_a_headline_is_no_project() -> None:
    names = _names(
        "## Mei Lin | ML Engineer\n- Phone: 555-0100 | Email: mei@example.org\n\n"
        "### Churn model refresh\n- Retrained on 2024 data; AUC from 0.71 to 0.78\n"
    )
    assert names == ["Churn model refresh"]


def test_bare_education_heading_is_a_section_not_a_project() -> None:
    names = _names(
        "## 孙悦 | 后端工程师\n\n### 项目：订单对账服务\n- 对账耗时从 3 小时降到 20 分钟\n\n"
        "### 教育\n- 本科 · 软件工程 · 某大学 · 2018\n"
    )
    assert names == ["订单对账服务"]


def test_zh_sections_named_by_their_last_noun() -> None:
    names = _names(
        "李娜\n\n工作经历\n某科技公司　算法工程师　2021.07 – 至今\n"
        "项目：商品标题生成\n- 用 T5 生成标题，点击率提升 6%\n\n"
        "毕业项目\n基于图神经网络的社区发现\n- 在 Cora 上准确率 81%\n\n"
        "荣誉与证书\n- 2020 国家奖学金\n- 英语六级\n"
    )
    assert "荣誉与证书" not in names and "毕业项目" not in names
    assert "商品标题生成" in names


def test_zh_awards_heading_pair_is_no_project() -> None:
    names = _names(
        "项目经历\n智能排班系统（2022.03 – 2022.12）\n- 排班耗时从 2 天缩短到 2 小时\n\n"
        "竞赛与荣誉\n- 2021 ACM 区域赛银奖\n"
    )
    assert names == ["智能排班系统"]


def test_unlisted_bullet_glyphs_belong_to_the_project_above() -> None:
    names = _names(
        "项目经历\n【项目】发票识别\n【内容】\n　・用 CRNN 识别发票号码\n　・设计人工复核流程\n"
        "【成果】\n　・识别准确率由 91% 提升至 98%\n"
    )
    assert names == ["发票识别"]


def test_other_glyphs_are_bullets_too() -> None:
    for glyph in ("‧", "✦", "❖", "◉"):
        names = _names(
            f"Projects\nFraud rules engine (2022)\n{glyph} Moved rules to a DSL\n"
            f"{glyph} False positives down from 9% to 4%\n"
        )
        assert names == ["Fraud rules engine"], glyph


def test_project_labels_are_no_sections() -> None:
    from interviewer.resume.layout import section_kind

    for label in ("项目简介", "主要工作", "工作总结", "项目信息", "智慧城市项目"):
        assert section_kind(label) == "", label
    for heading in ("教育", "课程项目", "竞赛与奖项", "技能与证书", "荣誉与证书"):
        assert section_kind(heading), heading
