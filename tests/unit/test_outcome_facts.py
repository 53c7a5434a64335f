"""facts.py outcomes with no measure named (listen9, #15 gap recall): what the work consumes
told as smaller, people's relief or praise with an adverb in between, a saving told with a bare
verb, a bad thing that stopped, and a Chinese "after X" clause that is no lesson. The aim test
(facts._goal) is the one place a wanted change is told from a reached one."""

from __future__ import annotations

import pytest

from interviewer.reading import QuestionInfo, read_answer

PROJECT = QuestionInfo(text="How did it go?", kind="project")


@pytest.mark.parametrize(
    "answer",
    [
        "After the switch the VRAM footprint got way smaller.",
        "And the GPU memory, honestly, it shrank quite a bit after that.",
        "The ops people seemed really relieved with it.",
        "The team was quite happy with the new flow.",
        "Now it save a lot of time for the analysts.",
        "It makes their life a lot easier.",
        "换成小模型以后，显存占用就下来了。",
        "上线以后，运维同学都挺开心的。",
        "切到新集群以后，报错少了很多，机器也省下来几台。",
    ],
)
def test_an_outcome_with_no_measure_leaves_how_much_open(answer: str) -> None:
    r = read_answer(PROJECT, answer)
    assert r.has("result") and "metrics" in r.gaps


@pytest.mark.parametrize(
    "answer",
    [
        "迁完以后，整体成本降了不少。",
        "上了动态 batching 以后，半夜基本不用起来扩容了。",
        "The on-call folks were relieved.",
    ],
)
def test_after_x_and_a_rota_are_no_lesson_or_failure(answer: str) -> None:
    r = read_answer(PROJECT, answer)
    assert not r.has("lesson") and not r.has("failure")


@pytest.mark.parametrize("answer", ["以后我都会先跑一遍回归集。", "From then on, 以后都要先灰度。"])
def test_from_then_on_is_still_a_lesson(answer: str) -> None:
    assert read_answer(PROJECT, answer).has("lesson")


@pytest.mark.parametrize(
    "answer",
    [
        "The goal was fewer incidents on the gateway.",
        "We needed something faster.",
        "我们希望显存占用更小一些。",
        "We wanted to save time.",
    ],
)
def test_a_change_wanted_is_neither_outcome_nor_failure(answer: str) -> None:
    r = read_answer(PROJECT, answer)
    assert not r.has("result") and not r.has("failure")


@pytest.mark.parametrize(
    "answer",
    [
        "After that I moved the collector onto the shared Airflow.",
        "Then we wired its alerts into the team channel.",
        "之后我又把校准集换成了分层抽样。",
        "后来我们把重试逻辑挪到了网关里。",
    ],
)
def test_a_word_that_orders_the_next_action_tells_no_outcome(answer: str) -> None:
    r = read_answer(PROJECT, answer)
    assert not r.has("result") and "result" in r.gaps


@pytest.mark.parametrize(
    "answer",
    [
        "After that, latency dropped a lot.",
        "In the end I convinced them.",
        "Eventually we shipped it to all six teams.",
        "后来我们上线了，效果不错。",
    ],
)
def test_an_outcome_after_a_sequence_word_is_still_one(answer: str) -> None:
    assert read_answer(PROJECT, answer).has("result")
