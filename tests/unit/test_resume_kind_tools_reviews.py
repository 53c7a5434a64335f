"""Kinds (family seen in fresh5; cases in other words): a model that fetches what it needs
through tools is an agent; other people's models reviewed or validated against a standard is
evaluation work; 'built with tools such as X' and reviewing one's own model are neither."""

from __future__ import annotations

from interviewer.resume.kinds import classify


def _kind(name: str, bullet: str) -> str:
    return classify(name, [bullet], []).kind


def test_assistant_working_through_tools_is_an_agent() -> None:
    assert (
        _kind(
            "Travel desk helper",
            "An assistant for the travel desk that checks fares and seat maps via internal tools before it suggests a booking.",
        )
        == "agent"
    )
    assert (
        _kind(
            "Payroll questions",
            "An LLM that answers payroll questions using a few tools to read the employee's payslips and leave balance.",
        )
        == "agent"
    )


def test_tools_such_as_is_no_agent() -> None:
    assert (
        _kind(
            "Nightly loads",
            "Moved the nightly loads to Airflow, built with tools such as dbt and Great Expectations.",
        )
        != "agent"
    )


def test_reviewing_others_models_is_eval() -> None:
    assert (
        _kind(
            "Credit model review",
            "Validated 12 credit-scoring models from the vendor against the bank's model-risk policy.",
        )
        == "eval"
    )
    assert (
        _kind(
            "Model audit",
            "Independent audit of the lender's affordability models for the regulator.",
        )
        == "eval"
    )


def test_training_ones_own_model_stays_ml() -> None:
    assert (
        _kind("Churn model", "Trained and reviewed the churn model with the marketing team.")
        == "ml"
    )
