"""An incident told with what went wrong and why or what was done about it is a whole story of
failure; its outcome is that the trouble stopped, not a figure to measure, so "how much, exactly?"
is not asked of it. Real readings in several voices (formal, spoken, terse, code-mixed; zh, en)."""

from __future__ import annotations

import pytest

from interviewer.engine.base import InterviewContext, Plan, PlannedTopic
from interviewer.engine.policy import decide
from interviewer.reading import QuestionInfo
from interviewer.reading.read import read_answer


def _probes(services, lang: str, question: str, answer: str) -> list[str | None]:
    probes = ["metrics", "failure", "cause", "lesson", "ownership"]
    topic = PlannedTopic(topic="t0", kind="project", question=question, probes=probes, reason="r")
    plan = Plan(topics=[topic, topic.model_copy(update={"topic": "t1"})])
    ctx = InterviewContext(
        session_id=1, persona=services.personas.get("deep_dive"), lang=lang, focus=None, plan=plan
    )
    reading = read_answer(
        QuestionInfo(text=question, kind="project", probes=probes), answer, lang=lang
    )
    return [
        a.probe for a in decide(ctx, plan, slot=0, followups_used=0, probed=[], reading=reading)
    ]


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        (
            "en",
            "The first week, the summariser started dropping refund amounts from long threads. "
            "Turned out our truncation cut the end of the thread, where the amount usually is. "
            "I switched to keeping the last messages first, and it hasn't happened since.",
        ),
        (
            "en",
            "Once the nightly job silently wrote empty features because an upstream table was "
            "renamed. I added a row-count check before the write and it never recurred.",
        ),
        (
            "zh",
            "上线头一个月出过事故：批量推理任务把同一批订单重复打分，原因是重试时没有幂等键。"
            "我给每个任务加了幂等键，之后再没出现过。",
        ),
        (
            "zh",
            "有一次 OCR 服务升级后表格全乱了，查下来是新版本把合并单元格拆开了，"
            "我们回滚了版本并加了一组表格回归样例，后面就稳定了。",
        ),
    ],
)
def test_an_incident_told_with_its_cause_or_fix_is_not_asked_for_a_figure(services, lang, answer):
    q = "What went wrong on this project?" if lang == "en" else "这个项目出过什么问题？"
    assert "metrics" not in _probes(services, lang, q, answer)


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        ("en", "We rebuilt the ranking features and the results got a lot better after that."),
        ("zh", "我们把排序特征重做了一遍，效果好了很多。"),
    ],
)
def test_an_outcome_with_no_figure_is_still_asked_for_one(services, lang, answer):
    q = "Tell me about the ranking project." if lang == "en" else "讲讲排序这个项目。"
    assert "metrics" in _probes(services, lang, q, answer)
