"""An achievement whose verb's object is the people who did the work ("Led a team of 4 to add
drift monitoring") is named by the work, not by the team ("the team of" was a unit's name)."""

from __future__ import annotations

import pytest

from interviewer.resume.naming import unit_name


@pytest.mark.parametrize(
    ("bullet", "name"),
    [
        (
            "Led a team of 4 to add drift monitoring; alerts now fire within 2 hours.",
            "the drift monitoring",
        ),
        ("Managed 3 engineers to build the feature store.", "the feature store"),
        ("Led a five-person squad that rebuilt the billing pipeline.", "the billing pipeline"),
        ("Mentored two juniors while migrating the search index.", "the search index"),
        ("Led the team on the checkout redesign.", "the checkout redesign"),
        ("带领 4 人小组搭建漂移监控，告警 2 小时内发现特征异常。", "漂移监控"),
        ("带 3 个人的小组完成了推荐系统重构。", "推荐系统重构"),
        # controls: the work itself is the object
        ("Led the search ranking rewrite.", "the search ranking rewrite"),
        ("Migrated batch inference to vLLM.", "the batch inference migration"),
    ],
)
def test_a_unit_is_named_by_the_work_not_the_people(bullet: str, name: str) -> None:
    assert unit_name(bullet, "en") == name
