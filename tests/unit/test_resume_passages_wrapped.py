"""A résumé in a shape the reader knows no section of (a consultant's client list, a portfolio
page): each passage that tells work is one unit, its wrapped lines read as one passage, named by
a 'Key: name' line right above it when there is one (fresh12 family, in other words)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

EN_ASSIGNMENTS = """JONAS EKLUND
Freelance data scientist | Gothenburg

RECENT ASSIGNMENTS

Baltic Telecom (2024, 4 months)
  Assignment: churn early-warning model.
  Built a gradient-boosted churn model on twelve months of usage and billing events and
  wired its weekly scores into the retention team's CRM. Saved contracts rose from 310 to
  540 a quarter.

Fjord Insurance (2023)
  Assignment: claims letter assistant.
  A retrieval pipeline that finds the policy clauses behind a claim and drafts the letter to
  the customer with the clauses quoted. Handling time per letter went from 40 to 12 minutes.
"""

EN_NO_LABELS = """PRIYA NAIR
Independent ML engineer

SELECTED CLIENT WORK

Hollow Pine Games, 2022
Moved the matchmaking model from nightly batch scoring to an online endpoint behind the game
servers; queue time dropped from 95 to 30 seconds.

Ostrava Rail, 2021
Rewrote the ticket-demand forecast as a hierarchical model trained on station-level sales for
all 212 stations; forecast error fell from 18% to 9%.
"""

ZH_CLIENTS = """陈思远
独立咨询顾问｜算法方向

服务客户

华东某连锁药店（2023年，3个月）
  合作内容：会员复购预测。
  用两年的会员消费记录训练复购预测模型，每周给门店推送高价值会员名单，会员复购率从
  18%提升到26%。

某城商行（2022年）
  合作内容：信贷合同审核助手。
  基于行内合同范本和监管条文搭建检索问答，审核员提问即返回条款原文和出处，单份合同审核
  时间从2小时缩短到30分钟。
"""

MIXED = """LIN HAO 林浩
Consultant · ML in production

CLIENT PROJECTS
Hangzhou Tea Co. (2023)
  Scope: demand forecast for 门店补货.
  用 LightGBM 训练门店级销量预测模型, 替换掉原来的人工经验补货, 缺货率从 12% 降到
  5%, 库存周转天数下降 20%.

Ningbo Port Logistics (2022)
  Scope: 集装箱到港时间 prediction service.
  Built an arrival-time model on AIS tracks and berth schedules and served it behind the
  dispatch API, 平均预测误差从 9 小时降到 3 小时.
"""


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (EN_ASSIGNMENTS, ["churn early-warning model", "claims letter assistant"]),
        (ZH_CLIENTS, ["会员复购预测", "信贷合同审核助手"]),
        (MIXED, ["demand forecast for 门店补货", "集装箱到港时间 prediction service"]),
    ],
)
def test_a_named_passage_is_one_unit(text: str, names: list[str]) -> None:
    r = parse_resume_text(text)
    assert [p.name for p in r.projects] == names
    for project in r.projects:  # the change told across the wrap keeps its baseline
        assert any(m.baseline is not None for m in project.metrics), project.metrics


@pytest.mark.xfail(
    strict=True,
    reason="open: a 'Client, year' line over prose after a first such entry is not read as the "
    "next entry, so the second client's work joins the first's (reader._work_line)",
)
def test_a_wrapped_passage_is_not_cut_in_two() -> None:
    r = parse_resume_text(EN_NO_LABELS)
    assert len(r.projects) == 2
    assert all(p.metrics for p in r.projects)
    assert all(len(p.bullets) == 1 for p in r.projects)


def test_an_aim_over_keyed_results_names_no_work() -> None:
    text = (
        "项目经历\n\n2023 H2\nO：让搜索更懂长尾问题\n"
        "KR1：上线基于笔记检索增强的问答式搜索结果卡片，长尾 query 的点击率由 18% 提升到 27%（已完成）\n"
        "KR2：负责搭建 query 改写的离线评测集，共 3000 条（已完成）\n"
        "2022 H1\nO：降低笔记打标成本\n"
        "KR1：用 LoRA 微调 7B 模型自动生成笔记标签，替代人工打标，标签覆盖率从 45% 提升至 90%（已完成）\n"
    )
    names = [p.name for p in parse_resume_text(text).projects]
    assert "让搜索更懂长尾问题" not in names and "降低笔记打标成本" not in names
