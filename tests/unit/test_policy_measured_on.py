"""A measured outcome told beside the data it was measured on — a span of data ("over the past
six months of claims", 去年全年的订单), a count of cases ("across 2,400 support chats"), a setting
("offline", backtested, 回测, 离线评测) — has its "how did you measure that, and on what data?"
answered: the follow-up does not ask it. A figure told bare, or beside a time the work took
("we worked on it for two quarters"), still is asked how it was measured."""

from __future__ import annotations

import pytest

from interviewer.engine.base import InterviewContext, Plan, PlannedTopic
from interviewer.engine.policy import THRESHOLD, rank_gaps
from interviewer.reading import read_answer
from interviewer.reading.model import QuestionInfo

Q = {"en": "How did you know the new model worked?", "zh": "你怎么知道新模型有效果？"}


def _asked(services, lang: str, answer: str) -> list[str]:
    slot = PlannedTopic(
        topic="evaluation_own",
        kind="project",
        project=None,
        question=Q[lang],
        probes=["metrics", "baseline", "method"],
        reason="",
    )
    ctx = InterviewContext(
        session_id=1,
        persona=services.personas.get("deep_dive"),
        lang=lang,
        focus=None,
        plan=Plan(topics=[slot]),
    )
    reading = read_answer(QuestionInfo(text=slot.question, kind="project"), answer)
    return [g for s, g in rank_gaps(ctx, slot, reading, []) if s >= THRESHOLD]


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        ("en", "Backtested over the past six months of claims: recall went from 55% to 71%."),
        ("en", "Across 2,400 support chats from March, resolution went up from 48% to 63%."),
        ("en", "Offline, the rules got 0.41 precision at 500 and the model got 0.62."),
        ("zh", "拿去年全年的订单回测，召回从 55% 提到了 71%。"),
        ("zh", "离线评测的时候，老规则的准确率是 0.41，模型到了 0.62。"),
        ("zh", "在三月份两千四百通客服对话上对比，解决率从 48% 到了 63%。"),
    ],
)
def test_a_figure_told_with_the_data_it_was_measured_on_is_not_asked_how(services, lang, answer):
    assert "method" not in _asked(services, lang, answer)


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        ("en", "We worked on the ranking for two quarters and precision went from 0.41 to 0.62."),
        ("en", "Accuracy went from 70% to 85% after the retrain."),
        ("zh", "准确率从七成提到了八成五。"),
        ("zh", "我们花了两个季度做排序，精度从 0.41 到了 0.62。"),
    ],
)
def test_a_figure_told_bare_is_still_asked_how_it_was_measured(services, lang, answer):
    assert "method" in _asked(services, lang, answer)
