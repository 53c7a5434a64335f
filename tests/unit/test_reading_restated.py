"""Bare figures that restate a level the discussion holds are that level (lead probe M12).

Asked about a résumé's "WMAPE from 38% to 24%", "38 是移动平均的结果，24 是上线后的" gives the
baseline and the result with the unit left out; read alone the figures were no number at all,
and the interviewer answered "'38 是…' 没有给出任何数字".
"""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer
from interviewer.reading.model import Quantity
from interviewer.reading.restated import known_levels, restated
from interviewer.types import Project, Resume


def _resume(bullet: str, name: str) -> Resume:
    return Resume(projects=[Project(name=name, bullets=[bullet])])


CLAIMS = [
    # (résumé line, project, question, answer, lang, expected (text, role) pairs)
    (
        "门店销量预测：用 LightGBM 替换移动平均，周销量预测的 WMAPE 从 38% 降到 24%。",
        "门店销量预测",
        "门店销量预测的模型要打败的基线是什么？",
        "WMAPE 是按销量加权的，38 是移动平均在同一批 SKU 上回测半年的结果，24 是上线后连续 8 周的实际值。",
        "zh",
        {(38, "baseline")},
    ),
    (
        "Delivery ETA model: parcels arriving inside the predicted window rose from 58% to 81%.",
        "Delivery ETA model",
        "What baseline did the model have to beat?",
        "the baseline was simply the carrier promise, the 58. after the model we sat at 81",
        "en",
        {(58, "baseline"), (81, "result")},
    ),
    (
        "Search relevance: NDCG@10 from 0.41 to 0.47 after the re-ranker.",
        "Search relevance",
        "How did you measure that?",
        "Offline on a frozen query log. 0.41 was BM25 alone, and the re-ranker got 0.47 on the same log.",
        "en",
        {(0.41, "baseline"), (0.47, "result")},
    ),
    (
        "客服质检：模型把漏检率从 12% 压到了 5%",
        "客服质检",
        "这个效果你是怎么评估的？",
        "就是抽了两千通录音人工复核，原来规则那套大概 12，换模型以后是 5 左右",
        "zh",
        {(12, "baseline"), (5, "result")},
    ),
]


@pytest.mark.parametrize("line, project, question, answer, lang, expected", CLAIMS)
def test_bare_figures_restating_a_claim_are_its_levels(
    line: str, project: str, question: str, answer: str, lang: str, expected: set[tuple[float, str]]
) -> None:
    reading = read_answer(
        QuestionInfo(text=question, kind="project", project=project),
        answer,
        resume=_resume(line, project),
        lang=lang,
    )
    told = {(x.value, x.role) for x in reading.quantities}
    assert expected <= told
    assert "metrics" not in reading.gaps


def test_a_figure_of_the_question_is_a_level_too() -> None:
    """No résumé: the question itself names the levels ("from 38% to 24%")."""
    reading = read_answer(
        QuestionInfo(text="Your WMAPE went from 38% to 24%. What was the 38 measured on?"),
        "38 was the moving average, backtested on the same SKUs over six months.",
        lang="en",
    )
    assert ("38", "baseline") in {(x.text, x.role) for x in reading.quantities}


def _level(value: float, baseline: float | None = None) -> Quantity:
    return Quantity(
        text="x", start=0, end=1, value=value, baseline=baseline, unit="%", role="result"
    )


@pytest.mark.parametrize(
    "text",
    [
        "We kept the top 5 candidates.",  # a cut-off
        "batch size 24 was enough",  # a setting
        "it ran on v24 of the pipeline",  # a code
        "24 ms at p99",  # a figure with its own unit is the quantity reader's
        "we had 24.5 on the other set",  # another value
        "第24周上线",  # an ordinal
    ],
)
def test_figures_that_restate_nothing(text: str) -> None:
    assert restated(text, [], known_levels([_level(24, 38)])) == []


def test_a_sentence_with_a_figure_the_discussion_does_not_hold_restates_nothing() -> None:
    """ "from 52 to 64" against a claimed 52 → 71: the 64 is new, and the sentence is the conflict
    reader's to judge whole."""
    assert restated("From 52 to 64.", [], known_levels([_level(71, 52)])) == []
    assert [q.role for q in restated("From 52 to 71.", [], known_levels([_level(71, 52)]))] == [
        "baseline",
        "result",
    ]


def test_a_value_told_as_two_levels_is_neither() -> None:
    """24 ends one change and starts another: a bare 24 could be either."""
    known = known_levels([_level(24, 38), _level(11, 24)])
    assert restated("it was 24 then", [], known) == []


def test_counts_and_team_sizes_are_no_known_levels() -> None:
    count = Quantity(text="3", start=0, end=1, value=3, unit="count", role="count")
    people = Quantity(text="3", start=0, end=1, value=3, unit="people", role="team_size")
    assert known_levels([count, people]) == []
