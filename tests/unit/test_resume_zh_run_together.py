"""Chinese text pasted with its line breaks lost (session 9, resume15; the family fresh8/m06
showed, here in other words): a long line holding several labels (`项目N：`, 项目描述：, 负责内容：,
项目成果：) is broken again before each, and before dates after a full stop; a section name at a
line's head (`专业技能 Python、Go`, `项目经验 项目一：…`) stands on its own line."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _read(text: str):  # noqa: ANN202 - a Resume
    return parse_resume_text(text)


def test_projects_run_together_on_one_line_are_read_apart() -> None:
    r = _read(
        "项目经验 项目一：门诊分诊助手 2021.05-2022.04 项目描述：根据患者主诉推荐就诊科室。"
        " 负责内容：意图分类模型训练与上线。 项目成果：分诊准确率由 76% 提升到 90%。"
        " 项目二：处方审核规则引擎 2022.05-2023.08 项目描述：将药师审方规则配置化。"
        " 负责内容：规则引擎开发。 项目成果：审方时长缩短 60%。\n"
    )
    assert [p.name for p in r.projects] == ["门诊分诊助手", "处方审核规则引擎"]
    first = r.projects[0].metrics
    assert any(m.baseline == 76 and m.result == 90 for m in first)


def test_section_heads_on_their_content_lines_stop_the_last_project() -> None:
    r = _read(
        "项目经历 项目一：工单自动分派 2020.01-2021.01 项目描述：按工单文本预测处理组。"
        " 项目成果：人工分派量减少 70%，平均响应时间缩短 35%。\n"
        "专业技能 Python、scikit-learn、Kafka\n"
        "教育背景 2012-2016 中山大学 统计学 本科\n"
    )
    assert [p.name for p in r.projects] == ["工单自动分派"]
    assert not any("中山大学" in b or "scikit" in b for b in r.projects[0].bullets)


def test_jobs_run_together_in_one_experience_line() -> None:
    r = _read(
        "工作经历 2020.03-至今 某新能源车企 数据平台组 数据工程师 负责车辆信号数据入仓。"
        " 2018.07-2020.02 某券商 信息技术部 开发工程师 负责交易报表开发。\n"
        "项目经历 项目一：电池健康度预测 2021.01-2022.06 项目描述：预测电池衰减。"
        " 项目成果：预测误差由 8% 降至 3%。\n"
    )
    assert [p.org for p in r.positions][:1] == ["某新能源车企"]
    assert [p.name for p in r.projects] == ["电池健康度预测"]


def test_a_long_description_with_one_inner_colon_stays_whole() -> None:
    r = _read(
        "项目经历\n项目一：会员流失预警\n"
        "项目描述：基于会员近 90 天的消费、浏览与客服记录训练流失预警模型，并把预警名单推送给门店"
        "做定向回访，考核口径：次月留存率；项目成果：次月留存率提升 4 个百分点。\n"
    )
    assert [p.name for p in r.projects] == ["会员流失预警"]
    assert any("考核口径：次月留存率" in b for b in r.projects[0].bullets)
