"""Under a job, a line opening with a verbless title sentence ("Invoice reader. Designed …")
is a piece of work named by that title, each such line its own (fresh11 family: a Europass
CV's 'Main activities and responsibilities:' over run-in heads, session 13, in other words)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

JOB = "WORK EXPERIENCE\n\n[ 03/2021 – Current ] Senior Data Engineer\nNordic Freight AB\n{label}\n"

LINES = (
    "Feature store. Designed the offline and online feature store for the pricing models; a "
    "new feature reaches production in 3 days instead of 3 weeks.\n"
    "Shipment ETA model. Trained a gradient-boosted model on two years of scans; mean ETA error "
    "fell from 9 hours to 4 hours.\n"
    "Participated in sprint planning and code review.\n"
)


@pytest.mark.parametrize(
    "label",
    [
        "Main activities and responsibilities:",
        "Key activities:",
        "Responsibilities and achievements:",
        "What I did:",
    ],
)
def test_each_run_in_title_names_its_work(label: str) -> None:
    r = parse_resume_text(JOB.format(label=label) + LINES)
    assert [p.name for p in r.projects] == ["Feature store", "Shipment ETA model"]
    assert all(p.metrics for p in r.projects)
