"""Work that scores each member of a population from the record of what they did (their recent
behaviour, payments, logins) to tell who is at risk is a predictive model, whatever it is called
(a warning, a list, an alert): a kind decided by what the work does (lead probe M8, session 15).
A score people give, a score read off a report, or outputs scored against references are not.
Inputs in zh, en, terse and code-mixed, written before the fix."""

from __future__ import annotations

import pytest

from interviewer.resume.kinds import classify

ML = [
    (
        "会员流失预警",
        ["基于近 90 天消费行为打分，每周推送高风险名单给运营；召回活动后 30 天内复购率提升 6%。"],
    ),
    (
        "逾期催收名单",
        ["根据借款人过去半年的还款记录打分，按分数高低每天生成催收优先名单，回款率提升 5%。"],
    ),
    (
        "Lapse alerts",
        [
            "Scored every policyholder from 12 months of payment behaviour; the top decile went "
            "to the call centre each Monday and renewals rose 4%."
        ],
    ),
    (
        "Dormancy risk list",
        ["weekly behaviour-based risk scores for all members; reactivation +4%"],
    ),
    ("会员 lapse risk", ["基于 90 天行为数据 scoring，每周推 high-risk list 给运营，留存 +3%"]),
]

NOT_ML = [
    (
        "eval",
        "Answer review",
        ["Scored 600 chatbot answers against reference answers by hand; accuracy 71% → 83%."],
    ),
    ("data", "会员看板", ["搭建会员行为数据看板，按近 90 天消费金额排序，每周给运营导出报表。"]),
]


@pytest.mark.parametrize(("name", "bullets"), ML)
def test_scoring_members_from_their_behaviour_is_a_model(name: str, bullets: list[str]) -> None:
    assert classify(name, bullets).kind == "ml"


@pytest.mark.parametrize(("want", "name", "bullets"), NOT_ML)
def test_scores_not_read_from_behaviour_stay_their_kind(
    want: str, name: str, bullets: list[str]
) -> None:
    assert classify(name, bullets).kind == want
