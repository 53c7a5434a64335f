"""Résumés numbered as an outline (session 9, resume15; the family fresh8/m02 showed, here in
other words).

- Section names numbered alike (`一、基本信息` … `三、项目经历`, `1. Experience` / `2. Projects`,
  `（一）工作经历` / `（二）项目经验`) are the page's outline: each opens its section; the numbered
  items under them (`1、X（dates）`) are that section's projects.
- Jobs an experience section numbers as a list (`（一）Org　Dept　Title　dates`, `1. Org, Title,
  2019 – 2021`) are jobs; an achievement numbered under a job stays the job's.
"""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _read(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    r = parse_resume_text(text)
    return [(p.title, p.org) for p in r.positions], [p.name for p in r.projects]


def test_zh_numeral_sections_open_their_sections() -> None:
    _, names = _read(
        "一、个人信息\n姓名：郑凯　　手机：139xxxx\n\n二、项目经验\n"
        "1、医保单据结构化（2021.03-2022.01）\n负责内容：版面分析与字段抽取模型。\n"
        "成果：字段准确率由 80% 提升至 93%。\n"
        "2、药品说明书问答（2022.02-2023.05）\n负责内容：向量检索与答案生成。\n"
        "成果：人工答复量下降 30%。\n\n三、教育背景\n2014-2018　四川大学　本科\n"
    )
    assert names == ["医保单据结构化", "药品说明书问答"]


def test_parenthesised_numeral_sections_and_numbered_jobs() -> None:
    positions, names = _read(
        "（一）工作经历\n"
        "1. 成都某银行　科技部　数据分析师　2019年7月至今\n"
        "2. 某咨询公司　分析组　咨询顾问　2017年7月至2019年6月\n\n"
        "（二）项目经验\n"
        "1. 信用卡流失预警（2020年4月—2021年3月）\n"
        "项目成果：流失客户识别率从 55% 提高到 72%。\n"
    )
    assert positions == [("数据分析师", "成都某银行"), ("咨询顾问", "某咨询公司")]
    assert names == ["信用卡流失预警"]


def test_en_numbered_outline_and_numbered_jobs() -> None:
    positions, names = _read(
        "1. Experience\n"
        "1) Northwind Logistics, Senior Data Engineer, 2020 - 2024\n"
        "2) Contoso Retail, Data Analyst, 2017 - 2020\n\n"
        "2. Projects\n"
        "Route optimiser: cut empty miles from 18% to 11% with a VRP solver.\n\n"
        "3. Education\nBSc Computer Science, 2013 - 2017\n"
    )
    assert positions == [
        ("Senior Data Engineer", "Northwind Logistics"),
        ("Data Analyst", "Contoso Retail"),
    ]
    assert names == ["Route optimiser"]


def test_numbered_achievements_under_a_job_stay_the_jobs() -> None:
    positions, _ = _read(
        "工作经历\n某物流科技公司　算法工程师　2020.07-至今\n"
        "1. 2021年上线路径规划模型，空驶率下降 6 个百分点\n"
        "2. 2022年搭建运单时效预测，准点率提升至 95%\n"
    )
    assert positions == [("算法工程师", "某物流科技公司")]
