"""Session 13 (read13), issue #15: where a change starts and where it ends, told in other words.

Families, written before the fix (zh and en, spoken, terse, non-native):
- a number told as where a change started ("now 60 ms, down from 140", 从 140 降下来的) is the
  start, never the size of a change, whatever direction word sits beside it: against the claimed
  140 → 60 it squares; a level now that differs from the claimed end still contradicts;
- a level told as where things came to rest ("p95 ended up around 450 ms", "settled at about
  0.8", 最后落在 450 毫秒) is a level, not a rise by that much: against a claimed 300 ms it
  contradicts;
- a start and an end joined by from → to where the end is hedged ("from like 2,500 a day down
  to maybe a thousand", 从两千五降到差不多一千) is one change: against a claimed 2,500 → 1,500 the
  end contradicts;
- hesitation sounds inside the figure's phrase ("to, hmm, twenty-five", "to uh three hundred",
  降到了，嗯，五百毫秒) are no words: the figure after them is still the change's end;
- one cause's share told from → to with a hedged end ("Dedup alone got us from 61 to like 70",
  光是加缓存就从 900 降到了差不多 600) is a step on the claimed path, not where it ended.
"""

from __future__ import annotations

import pytest
from conflict_expect import has_conflict


@pytest.mark.parametrize(
    ("bullet", "question", "answer", "conflict"),
    [
        # the start told after "from": squares with the claimed start
        (
            "Cut p99 latency from 140 ms to 60 ms",
            "What's the latency now?",
            "It's around 60 milliseconds now, down from 140.",
            False,
        ),
        (
            "Raised accuracy from 78% to 91%",
            "Where is accuracy at?",
            "Ninety-one percent these days, up from 78 when we started.",
            False,
        ),
        (
            "月成本从 5 万降到 3.2 万",
            "现在每月花多少？",
            "现在每月三万二左右，是从五万降下来的。",
            False,
        ),
        (
            "推理延迟从 800 毫秒降到 200 毫秒",
            "延迟现在多少？",
            "两百毫秒左右吧，从八百降下来的。",
            False,
        ),
        (
            "Ticket handling time from 30 min to 8 min",
            "How long does a ticket take now?",
            "About 8 minutes a ticket, down from 30 before the tool.",
            False,
        ),
        # controls: a level now away from the claimed end contradicts, the start told or not
        (
            "Cut p99 latency from 140 ms to 60 ms",
            "What's the latency now?",
            "It's around 95 milliseconds now, down from 140.",
            True,
        ),
        (
            "推理延迟从 800 毫秒降到 200 毫秒",
            "延迟现在多少？",
            "五百毫秒左右吧，从八百降下来的。",
            True,
        ),
        # a level where things came to rest
        (
            "p95 recognition latency 300 ms.",
            "How fast is it?",
            "After all the pruning, p95 ended up around 450 milliseconds, which the car people were fine with.",
            True,
        ),
        (
            "Model AUC 0.91 on the holdout.",
            "What AUC did you get?",
            "It settled at about 0.82 after the last round of features.",
            True,
        ),
        (
            "Average handling time 4 minutes.",
            "How long does handling take?",
            "In the end it landed at roughly 7 minutes per case.",
            True,
        ),
        ("平均处理时长 4 分钟", "处理时长最后多少？", "最后落在七分钟左右。", True),
        # controls: the same words at the claimed level
        (
            "p95 recognition latency 300 ms.",
            "How fast is it?",
            "After all the pruning, p95 ended up around 300 milliseconds.",
            False,
        ),
        (
            "Model AUC 0.91 on the holdout.",
            "What AUC did you get?",
            "It settled at about 0.91 after the last round of features.",
            False,
        ),
        # from → hedged end
        (
            "Reduced false-positive fraud alerts from 2,500 to 1,500 per day.",
            "What did it do to the alert volume?",
            "yeah so we brought it from like twenty-five hundred alerts a day down to maybe a thousand",
            True,
        ),
        (
            "Reduced support tickets from 900 to 600 per week.",
            "What happened to tickets?",
            "They went from about 900 a week to maybe 300.",
            True,
        ),
        (
            "每天误报从 2500 条降到 1500 条",
            "误报量变化多大？",
            "每天误报从两千五百条降到差不多一千条。",
            True,
        ),
        (
            "Reduced support tickets from 900 to 600 per week.",
            "What happened to tickets?",
            "They went from about 900 a week to maybe 600.",
            False,
        ),
        # hesitation sounds inside the phrase
        (
            "Cut forecast error (MAPE) from 31% to 18% across stores.",
            "How much did the error drop?",
            "It went from about thirty percent to, hmm, twenty-five or so.",
            True,
        ),
        (
            "Reduced support tickets from 900 to 600 per week.",
            "What happened to tickets?",
            "They went from nine hundred a week to uh three hundred.",
            True,
        ),
        (
            "推理延迟从 800 毫秒降到 200 毫秒",
            "延迟降了多少？",
            "从八百毫秒降到了，嗯，五百毫秒左右。",
            True,
        ),
        (
            "p95 latency from 2 s to 500 ms",
            "How fast is it now?",
            "um it's uh about 1.2 seconds now",
            True,
        ),
        (
            "Cut forecast error (MAPE) from 31% to 18% across stores.",
            "How much did the error drop?",
            "It went from about thirty percent to, hmm, eighteen or so.",
            False,
        ),
        (
            "p95 latency from 2 s to 500 ms",
            "How fast is it now?",
            "um it's uh about half a second now",
            False,
        ),
        # one cause's share, joined from its start and hedged end
        (
            "p95 from 900 ms to 300 ms",
            "Where did the latency gain come from?",
            "Caching alone took p95 from 900 to like 600 ms, the rest came from batching.",
            False,
        ),
        (
            "p95 从 900 毫秒降到 300 毫秒",
            "延迟是怎么降下来的？",
            "光是加缓存就从 900 毫秒降到了差不多 600 毫秒，剩下的靠批处理。",
            False,
        ),
        (
            "Recall from 70% to 88%",
            "What did the reranker do?",
            "The reranker by itself moved recall from 70 to maybe 78 percent.",
            False,
        ),
        (
            "Recall from 70% to 88%",
            "What did the reranker do?",
            "The reranker moved recall from 70 to maybe 78 percent, and that is where it ended.",
            True,
        ),
    ],
)
def test_change_ends(bullet: str, question: str, answer: str, conflict: bool) -> None:
    assert has_conflict(bullet, question, answer) is conflict, answer
