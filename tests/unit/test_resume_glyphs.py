"""Export glyphs that hide words: typographic ligatures from typeset PDFs and Markdown
backslash escapes from document-to-Markdown exports (a family seen in fresh5, cases in
other words)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text
from tests.unit.resume_names import project_names


def test_escaped_numbered_projects_are_named_by_their_title() -> None:
    text = (
        "\\# Projects\n\n"
        "1\\. shelfscan \\- a barcode reader app for the school library, 300 daily users\n\n"
        "2\\. rain\\-gauge dashboard \\- a Streamlit view of 40 community rain gauges\n"
    )
    names = project_names(text)
    assert "shelfscan" in names and "rain-gauge dashboard" in names
    assert not any("\\" in n for n in names)


def test_escaped_bullets_keep_their_words() -> None:
    text = (
        "## Experience\n\n**Data Engineer**, Acme Freight, 2020 \\- 2023\n\n"
        "\\* Rebuilt the route\\-planning export as dbt models; failed loads fell from 9 to 1 a month\n"
    )
    resume = parse_resume_text(text)
    bullets = [b for p in resume.projects for b in p.bullets]
    assert any("route-planning export" in b for b in bullets), bullets


def test_a_single_backslash_is_left_alone() -> None:
    text = "Projects\n\nPathfinder - a planner for C:\\ drive backups written in Rust\n"
    assert any("\\" in b for p in parse_resume_text(text).projects for b in p.bullets + [p.name])


def test_ligatures_are_spelled_out() -> None:
    text = (
        "EXPERIENCE\nPlatform Engineer, Nordwind Logistics, 2019 – 2024\n"
        "• Built an oﬄine ﬂeet-eﬃciency report that ﬁnance still uses; fuel cost down 12%\n"
    )
    resume = parse_resume_text(text)
    joined = " ".join(b for p in resume.projects for b in [p.name, *p.bullets])
    assert "offline fleet-efficiency report" in joined and "finance" in joined
    assert not any("\ufb00" <= ch <= "\ufb06" for ch in joined)
