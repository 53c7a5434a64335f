"""The tuning corpus (tests/data/resumes/corpus, built by its build.py) read at the issue's targets.

The held-out split is measured by `bench/run --only resume` only (aggregates, never item text).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench._resume_corpus import corpus, score
from interviewer.resume import load_resume
from interviewer.resume.kinds import classify

CORPUS = Path(__file__).resolve().parent.parent / "data" / "resumes" / "corpus"


def test_every_layout_and_language_is_in_the_corpus():
    items = corpus(CORPUS)
    assert len(items) >= 40
    layouts = {side["layout"] for _, side in items}
    assert layouts >= {
        "markdown",
        "plain",
        "docx_table",
        "docx_roles",
        "pdf_single",
        "pdf_two_column",
        "linkedin_pdf",
        "zh_block",
        "json_resume",
        "wrapped_bullets",
        "no_projects_section",
    }
    assert {side["lang"] for _, side in items} == {"en", "zh"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_tuning_corpus_meets_the_targets(lang):
    items = [(p, s) for p, s in corpus(CORPUS) if s["lang"] == lang]
    result = score(items, load_resume)[("all", "")]
    assert result.errors == 0
    assert result.precision >= 0.95 and result.recall >= 0.95, result.brief()
    assert result.claim_acc >= 0.9 and result.kind_acc >= 0.9, result.brief()


def test_kind_names_its_evidence_and_weak_words_do_not_decide():
    rag = classify("Policy Q&A", ["Hybrid retrieval with a reranker over 3k policy PDFs"])
    assert rag.kind == "rag" and rag.evidence
    assert classify("Trip Planner Assistant", ["React front end for booking"]).kind == "other"
    assert classify("工单智能体", ["用 function calling 调用 CRM 工具"]).kind == "agent"


def test_service_numbers_and_measurement_words_only_support_a_kind():
    # latency and replicas belong to any service; an A/B test measures any model
    assert classify(
        "Checkout API rewrite", ["Moved checkout to Rust; p99 900 ms → 120 ms"]
    ).kind == ("other")
    assert classify(
        "Feed ranking", ["Two-tower retrieval and a ranker; +6% in an A/B test"]
    ).kind == ("ml")
    assert (
        classify("日志平台迁移", ["ELK 迁到 ClickHouse，查询 P99 从 9 秒降到 1 秒"]).kind == "data"
    )


def test_a_model_built_or_trained_is_ml_when_no_vocabulary_names_the_kind():
    got = classify("", ["Rebuilt the churn-propensity scoring logic as a calibrated model"])
    assert got.kind == "ml" and got.evidence
    assert classify("", ["重新训练了门店客流模型，误差下降 12%"]).kind == "ml"
    assert classify("", ["Replaced the cron scripts with Airflow DAGs"]).kind == "data"


def test_calling_tools_is_agent_evidence():
    got = classify("Refund helper", ["The bot calls order and payment tools to settle refunds"])
    assert got.kind == "agent"
    assert classify("售后助手", ["大模型调用工单系统接口自动退款"]).kind == "agent"
