"""A heading `Client — engagement · year` (the client possibly with a remark in brackets) names
the engagement with its client, never the client alone; a summary line told as a clause (`I
build…:`, `Clients include:`, `我们…：`) names no work (family seen in fresh6; cases in other
words)."""

from __future__ import annotations

from tests.unit.resume_names import project_names


def test_client_then_long_engagement_with_year() -> None:
    text = (
        "## Contract work\n\n### Zopa — Affordability model for personal loan applications · 2022\n"
        "- Trained a gradient-boosted affordability model; defaults fell from 3.1% to 2.4%\n"
    )
    names = project_names(text)
    assert len(names) == 1 and "Affordability model for personal loan" in names[0], names


def test_client_with_a_remark_in_brackets() -> None:
    text = (
        "## Projects\n\n### Regional hospital group (NHS trust) — Discharge summary drafting assistant, 2023\n"
        "- Built retrieval over ward notes with cited drafts; doctors' drafting time 20 min → 6 min\n"
    )
    names = project_names(text)
    assert len(names) == 1 and "Discharge summary drafting assistant" in names[0], names


def test_summary_clauses_before_the_sections_name_no_work() -> None:
    text = (
        "# Tomás Vidal\n\nWe build search for marketplaces: ranking, query understanding, catalogues.\n"
        "Past clients include: Wallapop, Glovo and two fintechs.\n\n## Engagements\n\n"
        "### Glovo — Store search ranking · 2021\n- Reranker with learning-to-rank; CTR up 6%\n"
    )
    names = project_names(text)
    assert len(names) == 1 and "Store search ranking" in names[0], names


def test_a_clause_is_never_a_name() -> None:
    from interviewer.resume.evidence import title_like

    assert not title_like("I help startups ship data products")
    assert not title_like("Our stack is")
    assert not title_like("我们主要做的")
    assert title_like("Invoice matching service")
