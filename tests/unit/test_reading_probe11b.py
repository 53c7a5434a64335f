"""Lead probes of session 11 (reading): a statement that the question is not understood is a
clarification; not knowing because someone else did it is all admission. Each family in other
words, zh and en."""

import pytest

from interviewer.reading import QuestionInfo, read_answer

Q_EN = (
    "The p95 latency 420ms -> 160ms for the batch scoring jobs migration on your résumé: what "
    "test set was that measured on, how many examples, and how exactly is the metric computed?"
)
Q_ZH = (
    "简历上双塔召回模型替换原有 ItemCF写的点击率由 3.1% 提升到 3.6%，是在什么测试集上测的？"
    "多少条样本，指标具体怎么算？"
)


def _act(q: str, a: str, lang: str) -> str:
    return read_answer(QuestionInfo(text=q, probes=["metrics"]), a, lang=lang).act


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("Hmm, I'm not sure what you mean by that exactly.", "en"),
        ("Not sure I follow — which test set?", "en"),
        ("Sorry, I don't quite follow the question.", "en"),
        ("uh i dont get what you are asking", "en"),
        ("You lost me there, sorry.", "en"),
        ("嗯……我没太明白你的意思。", "zh"),
        ("不好意思，没听懂这个问题，是指哪个测试集？", "zh"),
        ("你这个问题我没太理解", "zh"),
    ],
)
def test_not_understanding_the_question_is_a_clarification(answer: str, lang: str) -> None:
    q = Q_ZH if lang == "zh" else Q_EN
    assert _act(q, answer, lang) == "clarify"


def test_knowing_what_was_meant_is_no_clarification() -> None:
    assert _act(Q_EN, "I see what you mean. We measured it on last month's replay.", "en") != (
        "clarify"
    )


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("这个不太清楚，当时上线后的监控是另一个同事在看。", "zh"),
        ("不记得了，评估那块当时是别的同事负责跑的。", "zh"),
        ("这个我不清楚，线上指标都是数据组那边在盯。", "zh"),
        ("I'm not sure, another colleague was watching the dashboards after launch.", "en"),
        ("No idea honestly, my teammate owned the evaluation part.", "en"),
    ],
)
def test_not_knowing_because_someone_else_did_it_is_stuck(answer: str, lang: str) -> None:
    q = Q_ZH if lang == "zh" else Q_EN
    r = read_answer(QuestionInfo(text=q, probes=["metrics"]), answer, lang=lang)
    assert r.act == "stuck"
    # who did it belongs to the admission: nothing of it is left as content to probe
    assert sum(len(a.text) for a in r.admission) >= 0.8 * len(answer)


def test_own_work_beside_someone_elses_is_still_told() -> None:
    r = read_answer(
        QuestionInfo(text=Q_ZH, probes=["metrics"]),
        "测试集是最近一周的 20 万条曝光日志，按点击数除以曝光数算；线上监控是另一个同事在看。",
        lang="zh",
    )
    assert r.act not in ("stuck", "partial")
