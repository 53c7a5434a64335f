"""Sizes no single piece of work gives (a fall past 100%, a rate multiplied, a hundredfold change)
and more accelerators than one machine holds are claims, weighed like absolute words; ordinary
sizes are not (cases in words unlike the tuning pairs)."""

from __future__ import annotations

import pytest

from interviewer.grading.plausibility import crowded_machines, extraordinary_sizes, unverified
from interviewer.reading import QuestionInfo, read_answer


def _read(answer: str, lang: str = "en"):
    info = QuestionInfo(text="How much did it help?", kind="project")
    return read_answer(info, answer, lang=lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("answer", "lang", "kind"),
    [
        ("Build failures went down by 300% after the new runners.", "en", "impossible"),
        ("误报率降低了 180%。", "zh", "impossible"),
        ("Sign-up conversion went up 250% with the shorter form.", "en", "extraordinary"),
        ("留存率翻了四倍。", "zh", "extraordinary"),
        ("The report went from 3 hours to 9 seconds.", "en", "absurd"),
    ],
)
def test_extraordinary_sizes_are_claims(answer: str, lang: str, kind: str) -> None:
    found = extraordinary_sizes(_read(answer, lang))
    assert [c.kind for c in found] == [kind]


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("Throughput went up about 3x after batching the writes.", "en"),
        ("p95 went from 900 ms to 300 ms once the join was indexed.", "en"),
        ("召回率从 0.61 提到了 0.68。", "zh"),
        ("错误率降低了 40%。", "zh"),
    ],
)
def test_ordinary_sizes_are_not(answer: str, lang: str) -> None:
    assert extraordinary_sizes(_read(answer, lang)) == []


def test_a_multiple_and_its_from_to_are_one_claim() -> None:
    found = extraordinary_sizes(_read("It got 200 times faster, from 40 seconds to 200 ms."))
    assert len(found) == 1


def test_crowded_machines() -> None:
    assert crowded_machines("我们把 512 张 H100 装在同一台服务器上。")
    assert crowded_machines("All 64 A100s sat in a single server.")
    assert not crowded_machines("We had 8 A100s in one server and 64 across the cluster.")
    assert not crowded_machines("我们有 512 张 H100，分在 64 台机器上。")


def test_an_answer_built_on_them_overclaims() -> None:
    made_up = (
        "Page load went from 6 seconds to 4 ms, a 1500x speed-up, and bounce rate went down by "
        "400%, on every device."
    )
    assert unverified(_read(made_up))
    honest = "I only timed the home page: roughly 6 seconds before and about 2.5 after."
    assert not unverified(_read(honest))


def test_a_sentence_whose_only_numbers_are_about_the_world_is_padding() -> None:
    from interviewer.grading.substance import padding_factor

    info = QuestionInfo(text="消息队列能带来什么？", kind="technical")
    said = "生产者把消息放进去就可以返回，消费者按自己的速度去取。"
    padded = read_answer(
        info,
        "它是很重要的一种架构，能明显提升系统的性能，现在业界大概百分之七十的团队都在用。" + said,
        lang="zh",
    )
    assert padding_factor(padded) < padding_factor(read_answer(info, said, lang="zh")) == 1.0
