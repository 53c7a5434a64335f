"""Telling others about the work — findings presented, talks given, papers authored or
published — is no askable piece of work; a name that starts with a contact word in a compound
(`Address-matching model`, `Phone-fraud detector`) is still a name (families seen in fresh5;
cases in other words)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text
from interviewer.resume.evidence import title_like
from interviewer.resume.naming import is_achievement


def test_presenting_and_publishing_are_no_units() -> None:
    assert not is_achievement("Presented results to the board and the regional directors")
    assert not is_achievement("Co-authored 2 papers on causal uplift modelling")
    assert not is_achievement("Gave a talk at PyData Berlin on feature stores")
    assert not is_achievement("Spoke at KubeCon about model serving")
    assert is_achievement(
        "Built the results dashboard the board now reviews; prep time cut from 2 days to 2 hours"
    )


def test_contact_word_compounds_are_names() -> None:
    assert title_like("Phone-fraud detector for prepaid lines")
    assert title_like("Email-thread summariser")
    assert not title_like("Phone: +44 20 7946 0000")


def test_named_accomplishment_starting_with_a_contact_compound_is_a_project() -> None:
    text = (
        "EXPERIENCE\n\nAcme Telecom, Senior Data Scientist (2019 – 2024)\nKEY ACCOMPLISHMENTS:\n"
        "- Phone-fraud detector for prepaid lines: trained a sequence classifier on call records; "
        "fraud losses fell from $2.1M to $0.9M a year.\n- Presented findings to the fraud committee.\n"
    )
    names = [p.name for p in parse_resume_text(text).projects]
    assert names == ["Phone-fraud detector for prepaid lines"], names
