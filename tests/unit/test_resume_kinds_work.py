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

# resume8, kind boundaries eval ↔ data ↔ other, written before the change: labels made in order to
# measure are an eval; a pipeline or tool that produces labels is data; tests of code are other.
BOUNDARY = [
    (
        "eval",
        "",
        ["Labelled 3,000 support transcripts to measure how often the bot resolves the issue"],
    ),
    (
        "eval",
        "",
        ["Had two linguists annotate 800 translations so we could compare the MT vendors"],
    ),
    (
        "eval",
        "",
        ["Tagged 500 generated summaries for factual errors to decide which prompt ships"],
    ),
    (
        "eval",
        "Release gate for the summariser",
        ["Every prompt change is scored on 300 saved cases"],
    ),
    (
        "eval",
        "",
        [
            "Each new checkpoint is replayed against 1,000 recorded chats, blocked if the score drops"
        ],
    ),
    ("eval", "", ["每次改 prompt 都先在 300 条历史对话上回放打分，分数下降就不上线"]),
    ("data", "Image annotation pipeline", ["Routes images to two vendors and merges their labels"]),
    (
        "data",
        "Annotation tooling for the speech team",
        ["Clips are split, sent out and merged back"],
    ),
    ("data", "标注流程改造", ["任务自动分发给外包，结果合并后抽检入库"]),
    ("other", "Mobile CI", ["Regression suite of 1,800 UI tests; flaky tests from 9% to 1%"]),
    ("other", "", ["Contract tests between 14 services; broken builds per week from 12 to 2"]),
    ("other", "Checkout end-to-end suite", ["Playwright, 300 scenarios, runs on every merge"]),
    # resume8: a forecaster/predictor is ml; batch → online is serving; connectors are data
    # (words the vocabulary lacked, written before the change)
    ("ml", "", ["Built the rent forecaster that agents quote from; error down 12%"]),
    ("ml", "Churn predictor", ["weekly scores for 2M subscribers"]),
    ("ml", "", ["搭建门店客流预测器，周预测误差降到 8%"]),
    ("serving", "", ["Took the ranking model from a nightly batch to a real-time service"]),
    ("serving", "", ["Shifted credit scoring from daily batch to an online API used at checkout"]),
    ("serving", "", ["把风控模型从 T+1 离线批量改为实时在线打分"]),
    ("data", "HubSpot connector", ["Pulls contacts and deals into BigQuery"]),
    ("ml", "Title suggester", ["Suggests a listing title from the seller's photos; BigQuery logs"]),
    ("ml", "Dynamic pricing model", ["Sets hotel room prices every night from demand signals"]),
    ("ml", "酒店定价模型", ["根据需求信号每天调整房价，入住率提升 6%"]),
    ("data", "Salesforce connector", ["Syncs accounts into the warehouse every 15 minutes"]),
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


# The instrument a result was measured with (an eval set, a benchmark, a test set) does not make
# the project an evaluation; building the instrument does. Written before the change.
INSTRUMENT_CASES = [
    (
        "rag",
        "Policy assistant",
        [
            "Hybrid retrieval over 2k policy PDFs with cited answers",
            "Accuracy on our 300-question evaluation set rose from 61% to 84%",
        ],
    ),
    ("rag", "", ["用 bge 检索加 Qwen 生成回答的制度问答，评测集准确率从 70% 提升到 88%"]),
    (
        "rag",
        "Support search",
        [
            "Semantic search over help-center articles; on the internal benchmark nDCG@10 went from 0.41 to 0.58"
        ],
    ),
    (
        "serving",
        "",
        [
            "Moved the ranking model to Triton; p99 on the load-test benchmark fell from 180 ms to 60 ms"
        ],
    ),
    (
        "data",
        "",
        ["Built the labelling pipeline that feeds 40k annotated images a month to the vision team"],
    ),
    (
        "eval",
        "",
        [
            "Built an evaluation set of 800 real support chats and a weekly scorecard for every prompt change"
        ],
    ),
    ("eval", "检索效果评测体系", ["整理 1200 条真实问题并标注标准答案，每次发布前自动跑分"]),
    (
        "eval",
        "Offline benchmark for ranking",
        ["Replays 30 days of queries against each candidate ranker"],
    ),
    (
        "eval",
        "",
        ["Designed the human-review rubric and measured agreement between reviewers (kappa 0.71)"],
    ),
]


@pytest.mark.parametrize(("kind", "name", "bullets"), INSTRUMENT_CASES)
def test_an_instrument_used_is_not_an_evaluation_built(kind, name, bullets):
    got = classify(name, bullets)
    assert got.kind == kind, (got.kind, got.evidence)


# Measuring a project's own outputs (graded answers, compared outputs, blind review) is how any
# project reports a result; it names eval only when nothing else names a kind. A name whose own
# words name a kind says what the project is, even when its team also built an eval set.
MEASURING_CASES = [
    (
        "rag",
        "Contract Q&A",
        [
            "RAG over 40k contracts with pgvector and a reranker",
            "Answer faithfulness, graded by GPT-4 against 500 golden answers, rose from 0.71 to 0.89",
        ],
    ),
    (
        "serving",
        "LLM gateway",
        [
            "vLLM cluster behind a gateway; compared outputs of quantized and fp16 models, p95 latency 2.1 s → 700 ms"
        ],
    ),
    (
        "finetune",
        "Support tone model",
        ["LoRA on Llama-3-8B with 20k replies; human raters compared outputs: win rate 64%"],
    ),
    ("eval", "", ["Built an LLM judge that scores support replies; agreement with humans 0.8"]),
    ("eval", "", ["Graded 2,000 model answers against reference answers every release"]),
    (
        "agent",
        "理赔智能体",
        ["调用保单查询和核赔接口自动处理小额理赔", "搭建 600 条评测集，每次发版回归"],
    ),
    ("rag", "制度问答助手", ["检索制度文件后生成回答", "搭建离线评测集 300 条，准确率 91%"]),
    ("other", "Service agent console", ["React console for service agents with a live queue view"]),
    ("other", "", ["Cut onboarding time for new support agents from 6 weeks to 3"]),
]


@pytest.mark.parametrize(("kind", "name", "bullets"), MEASURING_CASES)
def test_measuring_is_not_what_was_delivered(kind, name, bullets):
    got = classify(name, bullets)
    assert got.kind == kind, (got.kind, got.evidence)


# Labelled data produced at scale is data work; a model taught with it is fine-tuning; a quality
# regression found is no regression model. Written before the change.
DATA_CASES = [
    ("data", "", ["组织 3 家标注供应商完成 20 万条对话标注，标注准确率从 88% 提升到 96%"]),
    ("data", "", ["Labelled 45k call transcripts with two vendors for the intent team"]),
    ("data", "", ["建设用户画像标签体系，标签覆盖率从 60% 提升到 92%"]),
    ("finetune", "", ["用 5 万条标注数据对 Qwen-7B 做指令微调，工单分类准确率 93%"]),
    (
        "eval",
        "Search relevance audit",
        ["Sampled 2k queries a month for human relevance grading; found 3 ranking regressions"],
    ),
]


@pytest.mark.parametrize(("kind", "name", "bullets"), DATA_CASES)
def test_labelled_data_and_what_is_done_with_it(kind, name, bullets):
    got = classify(name, bullets)
    assert got.kind == kind, (got.kind, got.evidence)


# "<what it predicts> model" names a model built for a target (an elasticity, a footfall, an
# occupancy model); a data model, language model or base model does not. Written before the change.
TARGET_MODEL_CASES = [
    ("ml", "Clearance pricing", ["Set weekly prices with an elasticity model per category"]),
    ("ml", "", ["Staffing plans now come from a footfall model fed by store sensors"]),
    (
        "ml",
        "Energy savings",
        ["Controls building HVAC from an occupancy model; energy use down 12%"],
    ),
]


@pytest.mark.parametrize(("kind", "name", "bullets"), TARGET_MODEL_CASES)
def test_a_model_named_by_its_target_is_ml(kind, name, bullets):
    got = classify(name, bullets)
    assert got.kind == kind, (got.kind, got.evidence)


def test_a_data_model_or_a_base_model_is_not_an_ml_model():
    assert classify("", ["Moved the data model of the billing service to Postgres"]).kind != "ml"


@pytest.mark.parametrize(("kind", "name", "bullets"), BOUNDARY)
def test_kind_boundaries_between_eval_data_and_other(kind, name, bullets):
    assert classify(name, bullets).kind == kind
