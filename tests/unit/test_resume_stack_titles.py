"""A project heading written `Name | tools` (optionally a date after a tab) opens the next
project, also after the points of a previous one (family seen in fresh5; cases in other words)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _projects(text: str) -> dict[str, list[str]]:
    return {p.name: p.bullets for p in parse_resume_text(text).projects}


def test_second_stack_titled_project_is_its_own() -> None:
    got = _projects(
        "PROJECTS\nShelfie | Swift, Core ML\n"
        "• Counts the books on a shelf photo with an on-device detector; error from 9% to 3%\n"
        "Budgetbot | Python, Telegram API\n"
        "• A chat bot that files receipts into a shared budget sheet for 40 users\n"
    )
    assert set(got) >= {"Shelfie", "Budgetbot"}, got
    assert not any("Budgetbot" in b for b in got["Shelfie"])


def test_stack_title_with_a_date_after_a_tab() -> None:
    got = _projects(
        "Side Projects\nTidewatch | Rust, SQLite\tSummer 2021\n"
        "- Logs harbour tide gauges every minute and alerts on surges\n"
        "Quillcheck | TypeScript, React\t2022\n"
        "- Grammar hints for a school newspaper, used by 25 student editors\n"
    )
    assert set(got) >= {"Tidewatch", "Quillcheck"}, got


def test_a_point_that_lists_tools_stays_a_point() -> None:
    got = _projects(
        "PROJECTS\nHarbor Maps | Leaflet, PostGIS\n"
        "• Built a map of ferry delays for the city council\n"
        "• Stack: Leaflet, PostGIS, Python\n"
    )
    assert list(got) == ["Harbor Maps"], got
