"""What the work did decides the kind (session 7, resume10; families fresh3/fresh4 aggregates
showed, here in other words): fine-tuning told as a verb is fine-tuning whatever model it was
done to, continued pre-training of an existing model is fine-tuning, and cleaning or filtering
data delivers data even when a model scores it. Thresholds or prompts "fine-tuned" by hand are
no fine-tuning.
"""

from __future__ import annotations

import pytest

from interviewer.resume.kinds import classify

CASES = [
    (
        "finetune",
        "Intent router",
        ["fine-tuned MiniLM on 40k support tickets; routing accuracy 81% -> 93%"],
    ),
    ("finetune", "", ["Fine-tuning our in-house ranker on click logs lifted NDCG by 4%."]),
    (
        "finetune",
        "",
        ["Ran continued pre-training of a 3B model on legal filings; perplexity 11.2 -> 7.9"],
    ),
    ("finetune", "", ["在 12 万条病历上对 7B 模型做继续预训练，医学问答准确率提升 9%"]),
    ("data", "", ["用规则 + 小模型打分筛选指令数据，数据量从 80 万条精简到 20 万条"]),
    (
        "data",
        "",
        ["Filtered the instruction pairs with a quality classifier; kept 30% of 2M pairs."],
    ),
    (
        "ml",
        "",
        ["Built a churn model; fine-tuned the alert thresholds with the CS team; churn -6%"],
    ),
]


@pytest.mark.parametrize(("want", "name", "bullets"), CASES)
def test_kind_follows_the_act(want: str, name: str, bullets: list[str]) -> None:
    assert classify(name, bullets).kind == want


STEP_CASES = [
    (
        "serving",
        [
            "Moved the ranking model's inference to Triton on GPUs and built a load-test "
            "benchmark to compare configs; p99 from 80 ms to 30 ms."
        ],
    ),
    (
        "rag",
        [
            "搭建客服知识库问答，基于向量检索 + 重排，建立 500 条人工评测集每周回归，解决率从 60% 提升到 78%。"
        ],
    ),
    ("serving", ["把推荐模型的在线推理迁移到 GPU 集群，设计压测基准对比方案，延迟降低 50%。"]),
    (
        "finetune",
        ["用 LoRA 微调 Qwen-7B 做合同条款抽取，构建 2000 条测试集评估，F1 从 0.71 提升到 0.86。"],
    ),
    (
        "eval",
        ["Built the evaluation harness for our chatbot: 800 golden questions and a release gate."],
    ),
    ("eval", ["建设模型上线评测流程，评测耗时从 2 天缩短到 3 小时。"]),
]


@pytest.mark.parametrize(("want", "bullets"), STEP_CASES)
def test_an_eval_set_built_along_the_way_is_a_step(want: str, bullets: list[str]) -> None:
    """Evaluation built to measure the work is how it was measured, not what it delivered,
    unless evaluation is the work's first deed or its name."""
    assert classify("", bullets).kind == want


PREP_CASES = [
    (
        "rag",
        ["搭建法规问答助手，基于向量检索 + 重排回答条款问题；清洗 2 万篇法规文档去重后切块入库。"],
    ),
    (
        "ml",
        [
            "Built a model that predicts late deliveries for 40 depots; cleaned and backfilled "
            "3 years of scan events first. On-time rate +6%."
        ],
    ),
    (
        "data",
        ["清洗并去重 SFT 数据，设计规则 + 模型打分的质量评估，数据从 100 万条精简到 30 万条。"],
    ),
    (
        "data",
        [
            "Deduplicated 4M product records and built the golden-record merge; duplicates 8% → 0.5%."
        ],
    ),
]


@pytest.mark.parametrize(("want", "bullets"), PREP_CASES)
def test_data_prepared_along_the_way_is_a_step(want: str, bullets: list[str]) -> None:
    """Data cleaned to feed the work is a step of it; data delivered as the work stays data."""
    assert classify("", bullets).kind == want
