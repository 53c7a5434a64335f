"""Résumés told in prose (no headings or bullets): paragraphs split into sentences, jobs and
projects recognised from the sentences that introduce them; names in passing are no projects."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text
from interviewer.resume.narrative import read_narrative
from tests.unit.resume_names import project_names


def test_zh_projects_introduced_in_sentences_are_projects_of_the_job():
    text = (
        "张三，本科毕业于某大学。\n\n"
        "2021 年 3 月至今在某电商公司担任算法工程师。我做的第一个项目是“搜索重排”，用 LambdaMART "
        "重排商品，点击率提升了 8%。第二个项目是给客服用的退款审核助手，先检索规则再由大模型给出建议，"
        "审核时间从 10 分钟缩短到 2 分钟。另外还负责日常值班。\n"
    )
    resume = parse_resume_text(text)
    assert [(p.title, p.org) for p in resume.positions] == [("算法工程师", "某电商公司")]
    assert project_names(text, named_only=True) == ["搜索重排", "退款审核助手"]
    assert not any("值班" in b for p in resume.projects for b in p.bullets)


def test_en_cover_letter_projects_and_jobs():
    text = (
        "Dear team,\n\n"
        "Since 2020 I have worked at Larkspur Health as a Staff Engineer. My second project there "
        'was "Triage Copilot", an assistant for nurses; it cut triage time from 9 minutes to 4 '
        "minutes. I also mentor interns and use Kubernetes daily.\n\n"
        "Best,\nAlex\n"
    )
    resume = parse_resume_text(text)
    assert [(p.title, p.org) for p in resume.positions] == [("Staff Engineer", "Larkspur Health")]
    assert project_names(text, named_only=True) == ["Triage Copilot"]


def test_tools_and_employers_named_in_prose_are_not_projects():
    text = (
        "2019 年到 2022 年在某银行担任数据工程师，平时用 Spark 和 Airflow 写调度任务。"
        "我也参与过某大型项目的评审，熟悉 Kafka。\n"
    )
    assert project_names(text, named_only=True) == []
    text = (
        "From 2018 to 2021 I was a Data Engineer at Nordlys Energy, where I maintained pipelines "
        "in Airflow. I worked with Google Cloud and Snowflake every day.\n"
    )
    assert project_names(text, named_only=True) == []


def test_a_listed_resume_is_not_read_as_prose():
    text = "Experience\nAcme Inc — ML Engineer — 2020 – 2023\n- Built the ranking service\n"
    assert read_narrative(text) is None


def test_other_introductions_joined_and_one_of_two_projects():
    text = (
        "Dear team,\n\nI joined Kestrel Robotics in 2019 as a Backend Engineer. One project I'm "
        'proud of was "Pathfinder", a route planning service; it cut planning time from 40 '
        "minutes to 5 minutes. Another project was the warehouse slotting model, which raised "
        "picks per hour by 18%. I also used Terraform and Go every day.\n\nBest,\nSam\n"
    )
    resume = parse_resume_text(text)
    assert [(p.title, p.org) for p in resume.positions] == [
        ("Backend Engineer", "Kestrel Robotics")
    ]
    assert project_names(text, named_only=True) == ["Pathfinder", "warehouse slotting model"]
    text = (
        "李雷，硕士。\n\n2019 年 7 月加入某新能源车企，任职算法工程师，主要负责两个项目：一个是"
        "“电池寿命预测”，用 LSTM 预测电芯衰减，预测误差降低 20%；另一个是充电桩故障诊断助手，"
        "检索维修手册回答工程师提问，平均排障时间从 4 小时缩短到 1 小时。平时也用 Spark 处理数据。\n"
    )
    assert project_names(text, named_only=True) == ["电池寿命预测", "充电桩故障诊断助手"]
    assert parse_resume_text(text).positions[0].period.startswith("2019 年 7 月")
