"""Session 12 (read12), a family open since session 11 (note11: "trusts the labels now", 挺稳的,
评价还不错 read as no outcome; 召回效果比原来好不少 read as a failure), written before the fix in
other words:

an outcome told as a state: a clause that puts a good state after the work (now, since, 上线后),
against how things were before (than before, 比原来), or as the judgement of the people it serves
(feedback, 评价, rely on it) is an outcome, with or without a measure; a bad state told so is
no outcome, and a state only hoped for or told of before is none either."""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer

Q_EN = QuestionInfo(text="How did the new version work out?", kind="project")
Q_ZH = QuestionInfo(text="新版本上线后效果如何？", kind="project")


def _kinds(q: QuestionInfo, answer: str) -> set[str]:
    return {f.kind for f in read_answer(q, answer).facts}


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (Q_EN, "Merchandisers rely on it now instead of pinning items by hand."),
        (Q_EN, "Since the rewrite, on-call has been quiet."),
        (Q_EN, "Query quality is clearly better than before."),
        (Q_EN, "The feedback from the analysts has been really positive."),
        (Q_EN, "Nobody has to babysit the nightly job anymore."),
        (Q_ZH, "改版之后客服那边反馈很好。"),
        (Q_ZH, "现在标注同学基本不用返工了。"),
        (Q_ZH, "排序效果跟以前比强了不少。"),
        (Q_ZH, "上线后大家用着都挺放心的。"),
        (Q_ZH, "业务方的评价挺高的。"),
    ],
)
def test_an_outcome_told_as_a_state_is_an_outcome(question: QuestionInfo, answer: str) -> None:
    kinds = _kinds(question, answer)
    assert "result" in kinds
    assert "failure" not in kinds


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (Q_ZH, "现在的问题是召回还是太低。"),
        (Q_EN, "It used to be stable, before the traffic doubled."),
        (Q_EN, "We hope it will be more stable than before."),
        (Q_ZH, "比原来差了不少，后来回滚了。"),
        (Q_EN, "The feedback from the analysts was mostly complaints."),
    ],
)
def test_a_bad_or_wished_or_former_state_is_no_outcome(question: QuestionInfo, answer: str) -> None:
    assert "result" not in _kinds(question, answer)
