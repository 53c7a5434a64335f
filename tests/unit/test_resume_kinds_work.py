"""A project whose words name no kind is typed by what the work did (issue 14, kinds).

Written before the change, in other words than any résumé of the corpora: a model that predicts
or estimates is ml, running a model for others is serving, an LLM that acts through systems is an
agent, answers written from looked-up passages are rag, records moved, merged or backfilled are
data, outputs checked against references or people are eval, a model taught from examples is
fine-tuning.
"""

from __future__ import annotations

import pytest

from interviewer.resume.kinds import classify

CASES = [
    (
        "ml",
        "Price-elasticity engine",
        ["Estimates how demand responds to a price change for 40k SKUs"],
    ),
    ("ml", "", ["Predicts which invoices will be paid late so collectors call them first"]),
    ("ml", "补货建议", ["根据历史销量估算各门店每周需求量，自动生成补货单"]),
    ("serving", "", ["Moved nightly scoring of 30M accounts onto spot GPUs, 3x cheaper"]),
    (
        "serving",
        "",
        ["Ported the fraud model's predictions from a nightly batch to a 20 ms online endpoint"],
    ),
    ("serving", "", ["把排序模型的线上预测改为 GPU 批量执行，单机每秒处理请求数翻倍"]),
    (
        "agent",
        "Travel desk bot",
        [
            "Books trains and hotels by itself through the supplier APIs, asking the traveller only to confirm"
        ],
    ),
    (
        "agent",
        "",
        ["An LLM that reads the alert, runs the diagnostic queries it needs and opens the ticket"],
    ),
    ("agent", "报销助手", ["大模型读取发票后自行查询预算系统、填写报销单并提交审批"]),
    ("rag", "", ["Chat over the HR handbook that quotes the paragraph it answers from"]),
    (
        "rag",
        "",
        [
            "Assistant that looks up the contract clauses relevant to a question and writes the answer with references"
        ],
    ),
    ("rag", "", ["员工提问时先从制度文件里找出相关条款，再让大模型据此作答"]),
    ("data", "", ["Deduplicated 40M customer records across three CRMs into one golden record"]),
    ("data", "", ["Backfilled five years of clickstream into the new partitioned tables"]),
    ("data", "", ["把各业务线的订单日志统一接入，并按小时落表"]),
    (
        "eval",
        "",
        ["Scorecard that runs 400 reference questions against each model release and flags drops"],
    ),
    (
        "eval",
        "",
        [
            "Measured how often the summariser invents facts by having two nurses check 300 summaries"
        ],
    ),
    ("eval", "", ["每次上线前用 800 条历史会话回放，对比新旧版本的回答质量"]),
    ("finetune", "", ["Taught a small open model our support tone using 20k past replies"]),
    ("finetune", "", ["Adapted Llama 3 8B to legal Portuguese with 2B tokens of court rulings"]),
    ("finetune", "", ["用 3 万条客服对话继续训练开源模型，让它学会公司的话术"]),
]


@pytest.mark.parametrize(("kind", "name", "bullets"), CASES)
def test_what_the_work_did_decides_the_kind(kind, name, bullets):
    got = classify(name, bullets)
    assert got.kind == kind, (got.kind, got.evidence)
    assert got.evidence


@pytest.mark.parametrize(
    "bullets",
    [
        ["Rewrote the invoicing backend in Go; p95 from 800 ms to 90 ms"],
        ["Organised a coding bootcamp for 400 students"],
        ["负责客服中台的架构与研发，对接各业务线需求"],
    ],
)
def test_work_without_models_or_data_stays_other(bullets):
    assert classify("", bullets).kind == "other"
