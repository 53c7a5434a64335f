"""Building a thing that then runs every week is done once — a delivery to ask about — while
doing the weekly thing is a duty (family seen in fresh5; cases in other words)."""

from __future__ import annotations

from interviewer.resume.naming import is_achievement


def test_building_a_recurring_artefact_is_a_deed() -> None:
    assert is_achievement(
        "Set up a nightly reconciliation job between the ledger and the bank feed"
    )
    assert is_achievement("Designed the monthly churn report the board reads")
    assert is_achievement("Automated the quarterly capacity forecast for the warehouse network")


def test_doing_the_recurring_work_stays_a_duty() -> None:
    assert not is_achievement("Produced weekly business reviews for the regional director")
    assert not is_achievement("Ran the daily standup for the data team")
    assert not is_achievement("Wrote the weekly newsletter for 2,000 subscribers")


def test_a_build_joined_to_its_upkeep_is_a_duty() -> None:
    from interviewer.resume.naming import is_achievement

    assert not is_achievement("Designed and operated the nightly settlement ETL for 40 branches.")
    assert not is_achievement("Develop and support the claims data warehouse")
    assert not is_achievement("Wrote and maintained the internal design-system docs")
    assert is_achievement("Built and launched the fraud rules engine; chargebacks fell 20%")


def test_a_part_taken_in_zh_is_no_delivery_without_a_result() -> None:
    from interviewer.resume.naming import is_achievement

    assert not is_achievement("参与风控平台的特征构建。")
    assert not is_achievement("协助搭建推荐系统的离线评测流程")
    assert not is_achievement("配合算法团队完成模型上线")
    assert is_achievement("参与搜索重排模型迭代，点击率提升 3%")
