"""A line naming what a job answered for, with no deed done to it ('Responsible for NLP
algorithms', 'In charge of the data platform', 负责推荐系统的架构与研发) tells the job, not a
piece of work; a deed done to an object after it, or a result, makes it work (family of
fresh13's duty-only jobs, in other words and languages)."""

from __future__ import annotations

import pytest

from interviewer.resume.naming import is_achievement


@pytest.mark.parametrize(
    "line",
    [
        "Responsible for pricing analytics.",
        "Responsible for NLP algorithms and their evaluation",
        "In charge of the data platform for the retail division",
        "Accountable for fraud models in the card business",
        "负责推荐系统的架构与研发",
    ],
)
def test_scope_alone_is_the_job(line: str) -> None:
    assert not is_achievement(line)


@pytest.mark.parametrize(
    "line",
    [
        "Responsible for building the feature store behind every ranking model",
        "Responsible for migrating Hive jobs to Spark",
        "In charge of the churn model, which cut churn from 6% to 4%",
        "负责搭建推荐系统的实时特征链路",
    ],
)
def test_scope_with_a_deed_or_result_is_work(line: str) -> None:
    assert is_achievement(line)
