"""A Chinese project name says what the work is with its last word: '风控分析助手' is an
assistant about risk, '推荐策略分析 Copilot' a copilot about recommendations. A domain word
earlier in the name (风控, 推荐, 反欺诈) names the topic, so an assistant that acts through tools
is an agent; a name whose last word is the model kind keeps it (session 11, resume11; the family
fresh9's diagnosis named)."""

from __future__ import annotations

import pytest

from interviewer.resume.kinds import classify

CASES = [
    (
        "反欺诈调查助手",
        ["调查员描述可疑交易后，助手自动调用交易查询和关系图接口，整理证据并起草调查报告"],
        "agent",
    ),
    (
        "推荐策略分析 Copilot",
        ["运营用自然语言提问，Copilot 自主查询埋点数据、执行 SQL 并给出调整建议"],
        "agent",
    ),
    (
        "信贷风控运营助手",
        ["助手根据工单自行调用征信查询和催收系统接口，生成处置建议，人工复核后提交"],
        "agent",
    ),
    (
        "Fraud triage copilot",
        ["Reads each alert, pulls the card history through internal tools and drafts a decision."],
        "agent",
    ),
    ("智能风控平台", ["基于 XGBoost 的交易反欺诈模型，欺诈识别召回率由 70% 提升到 82%"], "ml"),
    ("语音数据采集与标注", ["搭建采集和标注流水线，为 ASR 训练提供 3000 小时数据"], "data"),
    ("电商推荐系统", ["上线双塔召回和精排模型，人均点击提升 9%"], "ml"),
]


@pytest.mark.parametrize(("name", "bullets", "kind"), CASES, ids=[c[0] for c in CASES])
def test_the_last_word_of_a_name_says_what_it_is(name: str, bullets: list[str], kind: str) -> None:
    assert classify(name, bullets).kind == kind
