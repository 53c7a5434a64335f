"""The head word of an English project name says what the work is; the words before it say
what it is about (session 8, resume12; fresh4's 'Drilling Report Assistant' family, here in
other words): a copilot over dashboards is an agent, a gateway in front of ranking models is
serving. A head that names no kind ("Program") leaves the whole name to decide.
"""

from __future__ import annotations

import pytest

from interviewer.resume.kinds import classify

CASES = [
    (
        "agent",
        "Dashboard Copilot",
        [
            "An LLM agent that takes an analyst's question, calls the BI tool's query API and"
            " drafts the chart."
        ],
    ),
    (
        "agent",
        "Expense Report Assistant",
        [
            "LLM assistant that reads receipts, calls the travel-booking API and files the expense"
            " claim by itself."
        ],
    ),
    (
        "serving",
        "Ranking Model Gateway",
        [
            "A gateway in front of 12 ranking models with request batching and per-model quotas;"
            " p99 latency 40 ms."
        ],
    ),
    (
        "agent",
        "Data Catalog Agent",
        ["Answers 'who owns this table' by calling the lineage and HR APIs as tools."],
    ),
    (
        "eval",
        "Annotation Program",
        ["Ran a labelling program with 6 paralegals; inter-annotator kappa reached 0.81"],
    ),
    (
        "rag",
        "RAG Assistant for HR policies",
        ["Answers employee questions from the HR handbook with citations."],
    ),
    ("ml", "Churn Model", ["Gradient-boosted churn model on usage logs; AUC 0.84."]),
]


@pytest.mark.parametrize("kind,name,bullets", CASES)
def test_the_head_word_of_a_name_says_what_the_work_is(
    kind: str, name: str, bullets: list[str]
) -> None:
    assert classify(name, bullets).kind == kind


RANKING = [
    ("ml", "Feed ranking", ["LambdaMART over 90 engagement features; time spent +4%."]),
    ("ml", "Job-ad ranking for the app home", ["Pairwise LTR on 60 features; applications +5%."]),
    ("ml", "Hotel ranking", ["RankNet over 120 listing features; bookings +3%."]),
    (
        "data",
        "Ranking features pipeline",
        ["Airflow pipeline that backfills 3 years of ranking features into BigQuery."],
    ),
    (
        "serving",
        "Ranking service latency",
        ["Moved ranking inference onto GPUs with batching; p99 from 80 to 30 ms."],
    ),
]


@pytest.mark.parametrize("kind,name,bullets", RANKING)
def test_a_ranking_told_by_its_algorithm_and_features_is_ml(
    kind: str, name: str, bullets: list[str]
) -> None:
    """'Dish ranking: LambdaMART over 180 features' (fresh4, seen): features are data and ml
    alike; the ranking and its learning-to-rank algorithm make it ml work."""
    assert classify(name, bullets).kind == kind
