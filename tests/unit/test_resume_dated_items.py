"""A list item that holds only a name with its years and role in brackets — `（一）客服质检项目
（2021年—2022年，项目负责人）`, `• Claims OCR pipeline (2019–2021, tech lead)` — over plain prose
names the piece of work that prose tells, under a job or a 主要工作业绩 list; zh years written with
年 (`2018年—2020年`, `2023年至今`) are periods (session 11, resume11; the family fresh9's
diagnosis named)."""

from __future__ import annotations

import pytest

from interviewer.resume.assemble import parse_resume_text
from interviewer.resume.layout import PERIOD_RE

CASES = [
    (
        "zh formal, 主要工作业绩 with （一） items",
        "工作经历\n2021年3月至今　　某省分公司　　工程师\n\n主要工作业绩\n"
        "（一）客服热线质检项目（2021年—2022年，项目负责人）\n"
        "牵头建设语音转写加质检模型的质检系统。质检覆盖率由 5% 提升至 100%。\n"
        "（二）用电负荷预测模型（2018年—2020年，主要完成人）\n"
        "构建基于 LightGBM 的负荷预测模型，准确率由 91% 提升至 96%。\n",
        {"客服热线质检项目": ("2021", 5.0), "用电负荷预测模型": ("2018", 91.0)},
    ),
    (
        "zh, numbered items under a job",
        "工作经历\n某建工集团　　算法工程师　　2019.07-至今\n"
        "1. 安全帽佩戴识别（2020.03-2021.06，技术负责人）\n"
        "基于 YOLOv5 识别工地监控中未戴安全帽的人，识别准确率从 82% 提升到 95%。\n"
        "2. 施工日志问答助手（2023年至今，项目负责人）\n"
        "用检索增强生成回答施工日志里的问题，一次解决率从 60% 提升到 85%。\n",
        {"安全帽佩戴识别": ("2020", 82.0), "施工日志问答助手": ("2023", 60.0)},
    ),
    (
        "en, bulleted items over prose",
        "Experience\n\nSenior ML Engineer, Aviva\n2018 - present\n"
        "• Claims OCR pipeline (2019–2021, tech lead)\n"
        "Built the extraction of claim forms into records; handling time from 72 hours to 4 hours.\n"
        "• Broker chatbot (2022–present, lead)\n"
        "Retrieval over policy wordings for brokers; escalations fell from 40% to 22%.\n",
        {"Claims OCR pipeline": ("2019", 72.0), "Broker chatbot": ("2022", 40.0)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_dated_item_names_the_prose_below(
    text: str, expected: dict[str, tuple[str, float]]
) -> None:
    projects = {p.name: p for p in parse_resume_text(text).projects}
    assert set(projects) == set(expected)
    for name, (year, baseline) in expected.items():
        assert year in projects[name].period
        assert baseline in [m.baseline for m in projects[name].metrics]


def test_a_dated_point_stays_a_point() -> None:
    projects = parse_resume_text(
        "工作经历\n某银行　　数据分析师　　2019.07-至今\n"
        "1. 2019.07 – 2020.06 负责信用卡账单数据清洗，清洗规则从 40 条整理到 12 条。\n"
        "2. 搭建催收评分卡模型，回款率提升 6%。\n"
    ).projects
    assert not any(p.name.startswith("2019") for p in projects)


@pytest.mark.parametrize(
    ("text", "period"),
    [("2018年—2020年", "2018"), ("2023年至今", "2023"), ("2016 年 - 2019 年", "2016")],
)
def test_years_written_with_nian_are_periods(text: str, period: str) -> None:
    found = PERIOD_RE.search(f"项目（{text}，负责人）")
    assert found is not None and found.group().startswith(period)


@pytest.mark.parametrize(
    "name", ["用户画像平台", "用电负荷预测", "在线学习排序", "对话状态追踪", "对账差异识别"]
)
def test_a_name_opening_with_a_one_character_verb_is_a_name(name: str) -> None:
    projects = parse_resume_text(
        f"工作经历\n某科技公司　　算法工程师　　2020.07-至今\n"
        f"（一）{name}（2021年—2022年，项目负责人）\n"
        "从零搭建并上线，核心指标准确率由 80% 提升至 90%。\n"
    ).projects
    assert [p.name for p in projects] == [name]
