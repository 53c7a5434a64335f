"""An achievement under a job that names no project is asked about by its object: an act told
as a noun over what it acts on ('the migration of the billing service') is named by that thing
('the billing service migration'), a hyphenated verb ('Fine-tuned', 'Re-architected') is a verb,
and a name starting with a dotted token ('.NET') is not cut at its dot (session 11, resume11)."""

from __future__ import annotations

import pytest

from interviewer.resume.naming import unit_name


@pytest.mark.parametrize(
    ("bullet", "name"),
    [
        (
            "Led the migration of the billing service; deploy time 40 → 8 min.",
            "the billing service migration",
        ),
        ("Drove the rollout of feature flags across 30 services.", "the feature flags rollout"),
        (
            "Owned the redesign of the onboarding flow, activation up 9%.",
            "the onboarding flow redesign",
        ),
        (
            "Completed the migration of batch inference to vLLM, cost down 35%.",
            "the batch inference migration",
        ),
        ("Fine-tuned a BERT model for ticket routing; misroutes from 14% to 6%.", "the BERT model"),
        ("Re-architected the payments ledger for multi-currency.", "the payments ledger"),
        ("Moved the search cluster to .NET 8 and cut p95 by 30%.", "the search cluster migration"),
        ("Wrote a suite of regression tests for the parser.", "the suite of regression tests"),
    ],
)
def test_unit_named_by_its_object(bullet: str, name: str) -> None:
    assert unit_name(bullet, "en") == name


def test_a_dotted_token_is_kept() -> None:
    assert ".NET" in unit_name(
        "Led the .NET migration of the billing service; deploys 4x faster.", "en"
    )
