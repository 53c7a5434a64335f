"""A paragraph that opens on its job ('Employer, Title (dates). …') is that job over prose
telling the work; in a bio the work is told in the third person (She / He / the candidate's
name / 'At <Employer> Dana built …'), and each deed is an askable unit named by its object.
Family from fresh10 (seen) p01, written in other words before the fix (zh and en)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text

_SHE = """CAREER
Harbor Freight Analytics, Lead Data Scientist (2020 to now). Mira joined to rebuild pricing. She designed the markdown optimiser, a model that sets clearance prices per store; unsold stock fell from 9% to 5%. She also led the move of the forecasting jobs from cron to Airflow, which cut failed nightly runs by 70%.
"""
_HE = """Experience
Nordpost, Senior Engineer (2016 - 2021). He built the parcel-routing service that assigns parcels to depots; misrouted parcels dropped from 3.1% to 0.9%. He mentors two juniors.
"""
_NAME = """Work
Crestmoor Bank, Data Scientist (2018 to 2022). At Crestmoor Tomas built the dispute-triage model that routes chargebacks to queues; handling time fell from 6 days to 2 days. Tomas also set up the labelling guide for the fraud team.
"""
_ZH = """工作经历
星河保险，高级算法工程师（2019 至今）。主导搭建了理赔反欺诈模型，欺诈识别召回率从 58% 提升到 76%；此外负责日常模型监控。
"""


@pytest.mark.parametrize(
    ("text", "org", "inside"),
    [
        (_SHE, "Harbor Freight Analytics", ["markdown optimiser", "forecasting jobs"]),
        (_HE, "Nordpost", ["parcel-routing service"]),
        (_NAME, "Crestmoor Bank", ["dispute-triage model", "labelling guide"]),
        (_ZH, "星河保险", ["理赔反欺诈模型"]),
    ],
)
def test_a_paragraph_opening_on_its_job(text: str, org: str, inside: list[str]) -> None:
    r = parse_resume_text(text)
    assert [p.org for p in r.positions] == [org]
    assert r.positions[0].period
    assert len(r.projects) == len(inside)
    for project, words in zip(r.projects, inside, strict=True):
        assert words in " ".join(project.bullets)
        assert not project.name.lower().startswith(("the she", "the he", "the at"))
