"""A project's kind is decided by what the work did — the object and the method of its deeds —
not by words that only set its context (session 13, resume13; the family fresh11 showed, here in
other words, en and zh, terse and told):

- where it ran or what it was written in ("on Kafka and Postgres", "in Cypress", "基于 Kafka 的"),
  what it replaced ("from a nightly batch", "从每日批处理改为"), and the background told before
  the deed ("Context: …", "背景：…") name no kind of the work;
- whom it served ("for the churn model", "为推荐模型") names the kind only when the work's own
  words name none;
- a deed told in verbs with no vocabulary word still has a kind: a reply or summary written from
  looked-up records with links to them is retrieval-grounded generation; joining logs into
  training samples is data work.
"""

from __future__ import annotations

import pytest

from interviewer.resume.kinds import classify

CONTEXT = [
    # infrastructure and the old state are where the work ran and what it replaced
    (
        "other",
        "Invoice ledger",
        [
            "Rebuilt the invoicing ledger as an append-only store on Kafka and Postgres; "
            "double-billing incidents fell from 9 to 1 a quarter."
        ],
    ),
    (
        "other",
        "结算对账服务",
        ["把商户结算从每日批处理改为基于 Kafka 的事件驱动账本，对账差错率从 0.8% 降到 0.1%。"],
    ),
    (
        "other",
        "",
        [
            "Wrote an end-to-end test harness for the mortgage workflows in Cypress, cutting "
            "manual QA from 4 days to 1."
        ],
    ),
    # whom the work served is not what it delivered
    ("data", "", ["为推荐模型搭建了实时特征回流链路，特征延迟从 1 小时降到 3 分钟。"]),
    (
        "data",
        "",
        [
            "so basically I built the streaming feature pipeline for the fraud classifier, "
            "moving its inputs from nightly tables to Flink - features land within 2 minutes now"
        ],
    ),
    # the background told before the deed
    (
        "finetune",
        "质检助手",
        [
            "背景：以前靠人工抽检 3% 的录音。",
            "做法：用 Qwen2-7B 在 3 万条通话转写上做 LoRA 微调，判断 12 类违规话术。",
            "结果：质检覆盖率从 3% 到 100%。",
        ],
    ),
    (
        "finetune",
        "Claims triage",
        [
            "Context: adjusters hand-reviewed every claim and audited 5% of decisions.",
            "What I did: fine-tuned a Llama-3-8B on 30k past decisions to route claims.",
        ],
    ),
    # the context decides when the work's own words name nothing
    ("ml", "", ["Built a model for fraud detection at checkout; chargebacks fell 20%."]),
    ("serving", "", ["为推荐模型做了 TensorRT 推理加速，P99 从 80ms 降到 25ms。"]),
    (
        "other",
        "订单分配服务",
        ["把骑手派单从贪心规则改写为批量匹配求解器（Go），平均等单时间从 90 秒降到 35 秒。"],
    ),
]


@pytest.mark.parametrize(("kind", "name", "bullets"), CONTEXT)
def test_context_words_do_not_decide_the_kind(kind: str, name: str, bullets: list[str]) -> None:
    assert classify(name, bullets).kind == kind


DEEDS = [
    (
        "rag",
        "Alert summary assistant",
        [
            "an LLM assistant that writes the case summary for each flagged transfer from "
            "retrieved account history, linking to the records it used; review time fell "
            "from 30 to 12 minutes."
        ],
    ),
    (
        "rag",
        "",
        [
            "Built a helper that drafts replies to broker emails from the clauses of the rate "
            "sheets it pulls up, with a link to each clause; replies went out in 4 minutes "
            "instead of 25."
        ],
    ),
    (
        "rag",
        "",
        ["写了个工具：根据工单从历史案例里找出相似的几条，再生成处理建议并附上案例链接。"],
    ),
    ("data", "", ["另外搭建了训练样本的实时拼接链路，样本延迟从 2 小时降到 5 分钟。"]),
    (
        "data",
        "",
        [
            "Set up the real-time join of click logs and impressions that produces the "
            "ranker's training samples; sample delay went from 2 hours to 5 minutes."
        ],
    ),
]


@pytest.mark.parametrize(("kind", "name", "bullets"), DEEDS)
def test_a_deed_told_in_verbs_has_its_kind(kind: str, name: str, bullets: list[str]) -> None:
    reading = classify(name, bullets)
    assert reading.kind == kind
    assert reading.evidence  # the words that decided it are said
