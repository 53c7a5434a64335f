"""Words that hedge how well a figure is remembered ("I want to say", "I'm going to say", 我想想)
tell a figure recalled from the work, not a plan or a wish: a recalled figure that differs from
the claim still contradicts it (fresh17, declared SEEN in session 15: "p99 was, I want to say,
around 70 milliseconds" against 35 ms was read as a plan). Plans in the same words stay plans."""

from __future__ import annotations

import pytest

from tests.unit.conflict_expect import conflicts

PROJECT = "Query suggestions"  # not "P": the harness name would cut "P99" in the question
EN = "Cut p99 suggestion latency from 120 ms to 35 ms."
ZH = "P99 延迟从 120 毫秒降到 35 毫秒。"


@pytest.mark.parametrize(
    ("claim", "question", "answer"),
    [
        (
            EN,
            "How fast was p99 after your work?",
            "So after the rewrite p99 was, I want to say, around 70 milliseconds.",
        ),
        (EN, "What was p99 at the end?", "I wanna say it was like 70 milliseconds."),
        (EN, "Where did p99 land?", "We ended, I'm going to say, somewhere near 70 ms."),
        (EN, "p99 after?", "I want to tell, p99 came around 70 ms only."),
        (ZH, "P99 最后多少？", "我想想啊，应该是 70 毫秒左右。"),
        (ZH, "P99 降到多少？", "我想一下……大概 70 毫秒吧。"),
    ],
)
def test_a_recalled_figure_still_disagrees(claim, question, answer):
    assert conflicts(claim, question, answer, project=PROJECT)


@pytest.mark.parametrize(
    ("claim", "question", "answer"),
    [
        (EN, "What would you do next?", "I want to get p99 to 20 ms next quarter."),
        (EN, "What's next for latency?", "We're going to cut p99 to 20 ms with the new index."),
        (ZH, "下一步呢？", "我想把 P99 再降到 20 毫秒。"),
        (ZH, "后面有什么计划？", "打算明年把 P99 做到 20 毫秒以内。"),
    ],
)
def test_a_plan_in_the_same_words_is_no_contradiction(claim, question, answer):
    assert not conflicts(claim, question, answer, project=PROJECT)
