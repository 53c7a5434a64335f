"""A reply that speaks of the project under discussion — its figures, what the résumé claims
for it — continues the discussion, whatever stray word from outside work it carries ("once the
novelty wore off", 跟追剧似的, "after the holiday rush"); a reply living outside work stays drift
even when it names the résumé."""

from __future__ import annotations

import pytest

from interviewer.reading import PriorExchange, QuestionInfo, read_answer

MAIN_EN = "Did you score retrieval and generation separately? What did you measure for retrieval?"
FIRST_EN = "We looked at recall at 10 on a held-out set and checked answers by hand."
FOLLOW_EN = "Could you be more concrete? How much data, how many people, how long?"
MAIN_ZH = "检索和生成是分开评估的吗？检索这块你们具体看什么指标？"
FIRST_ZH = "检索看的是前十条的召回，生成是人工抽查。"
FOLLOW_ZH = "能再具体一点吗？多少数据，几个人，做了多久？"


def _read(answer: str, zh: bool) -> tuple[str, float]:
    main, first, follow = (MAIN_ZH, FIRST_ZH, FOLLOW_ZH) if zh else (MAIN_EN, FIRST_EN, FOLLOW_EN)
    q = QuestionInfo(text=follow, kind="project", project="Chart drafting assistant")
    r = read_answer(q, answer, discussion=[PriorExchange(question=main, answer=first)])
    return r.act, r.relevance


@pytest.mark.parametrize(
    ("answer", "zh"),
    [
        (
            "Accept rate was around 70 percent. To be fair the real gain was smaller than the "
            "résumé says, more like 55 to 68 charts an hour once the novelty wore off.",
            False,
        ),
        (
            "Um, the CV says 40 percent but, honestly, that was the pilot. After the holiday "
            "rush it settled around 31 percent on the full rollout.",
            False,
        ),
        (
            "Accept rate is about 65%. Resume number is from first month, people were excited "
            "like new movie, later it drop to 50%.",
            False,
        ),
        (
            "简历上写的是提效三倍，说实话有点水分，跟追剧似的，头两周大家都爱用，后来也就一倍半左右。",
            True,
        ),
        ("采纳率 70% 左右。简历上那个数是假期前 pilot 的，假期后掉到 60% 出头。", True),
    ],
)
def test_the_projects_figures_and_claims_continue_the_discussion(answer: str, zh: bool) -> None:
    act, rel = _read(answer, zh)
    assert act != "offtopic"
    assert rel >= 0.3


@pytest.mark.parametrize(
    ("answer", "zh"),
    [
        (
            "To be fair the real gain was my holiday, we hiked 55 km in two days once the rain "
            "stopped.",
            False,
        ),
        (
            "My résumé doesn't say it, but that summer I mostly went hiking and cooked a lot.",
            False,
        ),
        ("说实话最大的收获是假期去海边玩了一周，天气特别好。", True),
        ("简历上没写，那段时间我主要在学车，周末去爬山。", True),
    ],
)
def test_life_outside_work_stays_drift_even_beside_the_resume(answer: str, zh: bool) -> None:
    act, _ = _read(answer, zh)
    assert act == "offtopic"
