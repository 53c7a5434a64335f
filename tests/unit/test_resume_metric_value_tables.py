"""A two-column table under a project whose header names a measure and its value (Metric |
Value, Measure | Figure, 指标 | 数值) holds one claim per row, the first cell its label: never
header cells and values read as separate lines that lose their labels (fresh11 family,
session 13, in other words)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

HEAD = "# Sam Doe\n\n## Experience\n\n**Acme** — ML Engineer — 2020 – 2024\n\n"


@pytest.mark.parametrize(
    ("header", "label", "value", "label2", "change"),
    [
        (
            "| Metric | Value |",
            "Tickets closed without edits",
            "58%",
            "Agent time per ticket",
            "30 min → 9 min",
        ),
        ("| Measure | Figure |", "Orders auto-approved", "71%", "Review queue length", "400 → 90"),
        ("| 指标 | 数值 |", "自动结单率", "62%", "人均处理时长", "12 分钟 → 4 分钟"),
        ("| KPI | Level |", "First-contact resolution", "83%", "Escalation rate", "14% → 6%"),
    ],
)
def test_each_row_of_a_measure_value_table_is_one_claim(
    header: str, label: str, value: str, label2: str, change: str
) -> None:
    text = (
        HEAD
        + "### Ticket agent\nAn agent that closes refund tickets by calling the order tools.\n\n"
        + f"{header}\n|---|---|\n| {label} | {value} |\n| {label2} | {change} |\n"
    )
    r = parse_resume_text(text)
    assert [p.name for p in r.projects] == ["Ticket agent"]
    bullets = r.projects[0].bullets
    assert any(label in b and value in b for b in bullets)
    assert not any(
        b.strip() in {"Metric", "Value", "Measure", "Figure", "指标", "数值"} for b in bullets
    )
    got = {(m.baseline is not None) for m in r.projects[0].metrics}
    assert len(r.projects[0].metrics) >= 2 and got == {False, True}
