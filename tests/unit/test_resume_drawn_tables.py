"""Tables drawn in plain text — box-drawing or ASCII rules — with cells wrapped onto further
lines are read as one row per project (family seen in fresh5; cases in other words)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text
from tests.unit.resume_names import project_names


def test_box_table_with_a_wrapped_name_cell() -> None:
    text = (
        "PROJECTS\n"
        "╔════════════════╦═════════════════════════════╗\n"
        "║ Project        ║ Outcome                     ║\n"
        "╠════════════════╬═════════════════════════════╣\n"
        "║ Parcel locker  ║ Pickup failures 7% → 2%     ║\n"
        "║ routing        ║                             ║\n"
        "╠════════════════╬═════════════════════════════╣\n"
        "║ Invoice OCR    ║ Manual keying cut by 60%    ║\n"
        "╚════════════════╩═════════════════════════════╝\n"
    )
    names = project_names(text)
    assert "Parcel locker routing" in names and "Invoice OCR" in names, names


def test_ascii_table_rows_without_rules_between_them() -> None:
    text = (
        "Selected projects\n"
        "+-------------------+----------------------------------+\n"
        "| Name              | What I did                       |\n"
        "+-------------------+----------------------------------+\n"
        "| Tariff simulator  | Monte Carlo model of 3 tariffs   |\n"
        "| Meter anomaly bot | Flags broken smart meters daily; |\n"
        "|                   | false alarms from 30% to 9%      |\n"
        "+-------------------+----------------------------------+\n"
    )
    resume = parse_resume_text(text)
    got = {p.name: " ".join(p.bullets) for p in resume.projects}
    assert set(got) == {"Tariff simulator", "Meter anomaly bot"}, got
    assert "false alarms" in got["Meter anomaly bot"]


def test_box_rows_do_not_leak_cell_bars_into_names() -> None:
    text = (
        "PROJECTS\n┌──────────────┬──────┬──────────────────────────┐\n"
        "│ Project      │ Year │ Result                   │\n"
        "├──────────────┼──────┼──────────────────────────┤\n"
        "│ Dock planner │ 2020 │ berth idle time 9 h → 4 h │\n"
        "└──────────────┴──────┴──────────────────────────┘\n"
    )
    names = project_names(text)
    assert names == ["Dock planner"], names
