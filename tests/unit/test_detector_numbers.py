"""The metrics detector's numbers come from interviewer.quantities: what counts as a figure and
as a stated baseline (the change told in the figure's own phrase)."""

from __future__ import annotations

import pytest

from interviewer.grading.detectors.numbers import baseline_sentences, claimed, metric_sentences
from interviewer.signals import TextView


def _view(text: str, lang: str = "en") -> TextView:
    return TextView(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Accuracy went from 61% to 84% on the held-out tickets.", "en"),
        ("It now runs in 40 ms instead of 800 ms.", "en"),
        ("ROUGE-L went from .31 to .44 after the fix.", "en"),
        ("召回率从 62% 提升到 85%。", "zh"),
        ("延迟从 1.2 秒降到 300 毫秒。", "zh"),
    ],
)
def test_a_change_told_in_one_phrase_states_its_baseline(text: str, lang: str) -> None:
    v = _view(text, lang)
    assert any(has_base for _, has_base in claimed(v))
    assert baseline_sentences(v, metric_sentences(v)) == [0]


@pytest.mark.parametrize(
    "text",
    [
        "We index around 2.4 million documents, they come from eleven wikis of the company.",
        "We take 300 tickets from last month, three annotators label each one.",
        "Prep time dropped from about two days to half a day.",
    ],
)
def test_counts_paired_from_elsewhere_or_words_state_no_baseline(text: str) -> None:
    assert not any(has_base for _, has_base in claimed(_view(text)))


def test_dates_are_no_figures() -> None:
    assert claimed(_view("I joined in 2019 and left in 2023.")) == []
    assert claimed(_view("2019 年 7 月加入。", "zh")) == []


def test_figures_start_where_they_are_said() -> None:
    text = "We shipped it. Latency fell from 900 ms to 40 ms. Then we rested."
    v = _view(text)
    assert {v.index_of(start) for start, _ in claimed(v)} == {1}
