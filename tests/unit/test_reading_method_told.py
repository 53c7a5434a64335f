"""How a figure was obtained is told in many shapes besides "test set" or "A/B": a sample of items
scored by people, a pilot or trial over a stretch of time, a window of observation. An answer that
tells one of them has given its method; the interviewer must not ask "how was it measured?" and the
grader must not suggest it (lead probes P3, P21). Controls tell a figure with no method."""

from __future__ import annotations

import pytest

from interviewer.reading import read_answer
from interviewer.reading.model import QuestionInfo

Q = {
    "zh": "上线以后效果怎么样？",
    "en": "How did it go after launch?",
}

TOLD = [
    ("zh", "质量这块，我们每周抽200条线上对话人工打分，量化前后分数差不到1分。"),
    ("zh", "拉了300个真实工单让两个客服打分，采纳率从55%到了73%。"),
    ("zh", "先在一个仓试点了两周，拣货时长从40秒降到31秒。"),
    ("zh", "上线后连续观察了三周，退单率从4.1%降到3.2%。"),
    ("en", "Throughput went from 55 to 80 charts an hour over a four-week pilot with 12 coders."),
    ("en", "We had three reviewers score 150 random replies; acceptance went from 61% to 74%."),
    (
        "en",
        "We ran it as a two-week trial in one warehouse and pick time dropped from 40 s to 31 s.",
    ),
    ("en", "Over six weeks of traffic the refund rate fell from 4.1% to 3.2%."),
]
BARE = [
    ("zh", "采纳率从55%提高到了73%。"),
    ("zh", "拣货时长从40秒降到31秒，大家都挺满意。"),
    ("en", "Acceptance went from 61% to 74%, people liked it."),
    ("en", "Pick time dropped from 40 s to 31 s."),
]


@pytest.mark.parametrize(("lang", "answer"), TOLD)
def test_a_method_told_as_a_scored_sample_or_a_trial_window_is_a_method(lang, answer):
    reading = read_answer(QuestionInfo(text=Q[lang]), answer)
    assert "method" not in reading.gaps, [(f.kind, f.text) for f in reading.facts]


@pytest.mark.parametrize(("lang", "answer"), BARE)
def test_a_figure_with_no_method_still_lacks_one(lang, answer):
    assert "method" in read_answer(QuestionInfo(text=Q[lang]), answer).gaps
