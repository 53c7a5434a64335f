"""Two columns laid side by side in plain text (a `pdftotext -layout` CV) are read one after the
other; right-aligned dates and single-column text are left alone (family seen in fresh5; cases
in other words)."""

from __future__ import annotations

from interviewer.resume.assemble import _text_columns

LEFT = [
    "EXPERIENCE",
    "Northwind Freight — Data Engineer",
    "- Rebuilt the shipment loads in dbt so that",
    "  finance sees yesterday's numbers by 7 am.",
    "- Wrote the carrier scorecard used by the",
    "  procurement team every quarter.",
]
RIGHT = [
    "PROJECTS",
    "Dockside: a berth planner that suggests",
    "slots from vessel ETAs and crane rosters.",
    "Waiting time fell from 20 hours to 8.",
    "",
    "SKILLS",
]


def test_side_by_side_columns_are_read_one_after_the_other() -> None:
    text = "\n".join(f"{a:<52}{b}".rstrip() for a, b in zip(LEFT, RIGHT, strict=True))
    out = _text_columns("JANE DOE\n\n" + text + "\n")
    assert "Rebuilt the shipment loads in dbt so that\n" in out + "\n"
    assert out.index("procurement team") < out.index("Dockside")
    assert "Dockside: a berth planner that suggests" in out


def test_right_aligned_dates_are_not_a_column() -> None:
    text = "\n".join(
        [
            "Data Engineer, Northwind Freight                    2021 – present",
            "- Rebuilt the shipment loads in dbt",
            "Analyst, Harbor Lines                               2018 – 2021",
            "- Wrote the carrier scorecard",
            "Intern, Portside Bank                               2017 – 2018",
            "Intern, Quay Insurance                              2016 – 2017",
        ]
    )
    assert _text_columns(text) == text


def test_single_column_text_is_unchanged() -> None:
    text = "\n".join(LEFT)
    assert _text_columns(text) == text
