"""A figure the candidate says is not this work's ("that 2 days is for the other model", 那个 800
到 200 不是这个项目的, "I mixed them up") is no claim about this work: it is not held against a
later answer, and a résumé figure so disowned is not held against the candidate either (lead probes
L8/L14: "the 4 hours to 50 minutes is not the churn model, that was the Airflow migration" was still
quoted back). The same figure kept as the candidate's own still disagrees."""

from __future__ import annotations

import pytest

from tests.unit.conflict_expect import conflicts

CHURN = [
    "Merchant churn early warning: weekly churn-risk scores for 12k merchants.",
    "Scoring job time 4h -> 50 min.",
]
FORECAST = ["Built a demand forecasting model for 300 stores."]
LATENCY_ZH = ["推荐服务延迟从 800ms 降到 200ms。"]
PROFILE_ZH = ["搭建用户画像特征平台。"]

CASES = [
    # (bullets, earlier (question, answer) disowning a figure, the same earlier answer owning it,
    #  question, answer)
    (
        CHURN,
        (
            "Your résumé says scoring job time 4h -> 50 min; what drove that?",
            "The 4 hours to 50 minutes is not the churn model, that was the Airflow migration.",
        ),
        None,
        "How long does a scoring run take now?",
        "A full scoring run takes about 3 hours on the cluster.",
    ),
    (
        FORECAST,
        (
            "How long did training take?",
            "Around 2 days. Actually no, that 2 days is for the other model, the fraud one, not this.",
        ),
        ("How long did training take?", "Around 2 days on one GPU."),
        "How long does training take?",
        "Training for this one is maybe 6 hours.",
    ),
    (
        LATENCY_ZH,
        (
            "简历上写延迟从 800ms 降到 200ms，怎么做到的？",
            "那个 800 到 200 其实不是这个项目的，是之前网关改造的。",
        ),
        None,
        "这个服务现在延迟多少？",
        "现在大概 450 毫秒。",
    ),
    (
        PROFILE_ZH,
        ("数据量多大？", "三千万条吧，哦不对，三千万是另一个业务线的，我们这边没那么多。"),
        ("数据量多大？", "三千万条左右。"),
        "训练数据多少条？",
        "大概五百万条。",
    ),
    (
        ["Reduced API error rate from 4% to 0.5%."],
        (
            "How did the error rate come down?",
            "honestly i think i mixed two things up, the 4 to 0.5 percent was the payments service, my service was never that bad",
        ),
        None,
        "What was the error rate of your service?",
        "It was around 1.2 percent.",
    ),
    (
        ["日活用户从 20 万增长到 50 万。"],
        (
            "日活怎么涨上来的？",
            "这个 20 万到 50 万我记混了，那是隔壁组 App 的数字，跟我们这个没关系。",
        ),
        None,
        "你们这个产品日活多少？",
        "我们这个大概八万左右。",
    ),
]


@pytest.mark.parametrize(("bullets", "disowning", "owning", "question", "answer"), CASES)
def test_a_disowned_figure_is_not_held_against_a_later_answer(
    bullets, disowning, owning, question, answer
):
    assert not conflicts(bullets, question, answer, earlier=[disowning])


@pytest.mark.parametrize(("bullets", "disowning", "owning", "question", "answer"), CASES)
def test_the_same_figure_kept_still_disagrees(bullets, disowning, owning, question, answer):
    assert conflicts(bullets, question, answer, earlier=[owning] if owning else [])


@pytest.mark.parametrize(
    ("bullets", "question", "answer"),
    [
        (
            CHURN,
            "How long does scoring take?",
            "The 4h to 50 min on my résumé is the Airflow migration, not this model; scoring itself takes about 3 hours.",
        ),
        (
            LATENCY_ZH,
            "这个服务延迟多少？",
            "简历上那个 800ms 到 200ms 不是这个服务的，是网关的；这个服务大概 450 毫秒。",
        ),
        (
            ["Onboarded 35 clients in the first year."],
            "How many clients did you onboard?",
            "The 35 clients is the whole sales org's number, not my project's. Mine was twelve pilot accounts.",
        ),
        (
            ["召回率从 70% 提升到 88%。"],
            "召回率到多少？",
            "88% 那个其实是另一个模型的结果，我这个模型召回率大概 80%。",
        ),
    ],
)
def test_a_figure_disowned_in_the_same_answer_is_not_held(bullets, question, answer):
    assert not conflicts(bullets, question, answer)


@pytest.mark.parametrize(
    ("bullets", "earlier", "question", "answer"),
    [
        # a negation that is no disowning: the figure is denied, the work kept
        (
            ["Cut p95 latency from 400 ms to 120 ms."],
            [],
            "What did p95 go to?",
            "It was not the project I liked most. p95 got to about 200 ms.",
        ),
        (["团队 6 人。"], [], "团队几个人？", "不是这个项目最忙的时候，平时就 3 个人。"),
        # an earlier answer that disowns another figure keeps this one
        (
            FORECAST,
            [
                (
                    "How long did training take?",
                    "Around 2 days. The 10 hours I wrote elsewhere is for the other model, not this.",
                )
            ],
            "How long does training take?",
            "Training for this one is maybe 6 hours.",
        ),
        (
            ["召回率从 70% 提升到 88%。"],
            [("召回率怎么提升的？", "70 到 88 是我们这个模型的，另一个模型只有 60% 左右。")],
            "现在召回率多少？",
            "现在大概 75%。",
        ),
    ],
)
def test_what_is_not_disowned_still_disagrees(bullets, earlier, question, answer):
    assert conflicts(bullets, question, answer, earlier=earlier)


@pytest.mark.parametrize(
    ("bullets", "question", "answer"),
    [
        # a choice told against another thing is no disowning of the figure beside it
        (
            ["Precision at top-500 from 0.41 to 0.62."],
            "What precision did you get?",
            "We used gradient boosting, not the neural model, and precision was 0.55.",
        ),
        (
            ["Precision at top-500 from 0.41 to 0.62."],
            "What precision did you get?",
            "Precision was 0.55 with gradient boosting, not the neural model.",
        ),
        (
            ["召回率从 70% 提升到 88%。"],
            "召回率多少？",
            "我们用的是双塔，不是那个大模型，召回率大概 80%。",
        ),
    ],
)
def test_a_choice_against_another_thing_disowns_no_figure(bullets, question, answer):
    assert conflicts(bullets, question, answer)
