"""Numbers written in words (quantities/words.py), read with the same units as digits."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


def _one(text: str) -> tuple[float, str, str, float | None, float | None]:
    found = extract_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start : q.end] == q.text
    return round(q.value, 2), q.unit, q.bound, q.low, q.high


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("the median sat at roughly four hundred milliseconds", 400.0, "ms"),
        ("we had eleven hundred labelled calls", 1100.0, "count"),
        ("a reply took one point eight seconds", 1800.0, "ms"),
        ("precision was eighty-seven percent", 87.0, "%"),
        ("fourteen engineers joined", 14.0, "people"),
        ("it was a team of nine", 9.0, "people"),
        ("the pilot ran for half a year", 4380.0, "h"),
        ("about three quarters of the emails", 75.0, "%"),
        ("roughly one in four requests", 25.0, "%"),
        ("the bill came to six grand", 6000.0, "usd"),
        ("thirty cents a document", 0.3, "usd"),
        ("it was three of us", 3.0, "people"),
        ("we shipped in a year and a half", 13140.0, "h"),
        ("a thirteen billion parameter model", 1.3e10, "params"),
        ("召回率百分之六点五", 6.5, "%"),
        ("零点三秒", 300.0, "ms"),
        ("三千五百条样本", 3500.0, "count"),
        ("一万二千块", 12000.0, "cny"),
        ("做了一年半", 13140.0, "h"),
        ("两个半星期", 420.0, "h"),
        ("五分之一的流量", 20.0, "%"),
        ("a request waited one full day", 24.0, "h"),
        ("it took just over a month", 730.0, "h"),
    ],
)
def test_numbers_in_words(text: str, value: float, unit: str) -> None:
    got = _one(text)
    assert got[:2] == (value, unit)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("seven or eight people", 7.0, 8.0),
        ("between twenty and thirty thousand a month", 20000.0, 30000.0),
        ("六七个人", 6.0, 7.0),
        ("三十多个意图", 30.0, 40.0),
        ("八万多张工单", 80000.0, 90000.0),
        ("二十来个客户", 20.0, 25.0),
        ("十几个人", 11.0, 19.0),
    ],
)
def test_spoken_ranges(text: str, low: float, high: float) -> None:
    _, _, bound, got_low, got_high = _one(text)
    assert (bound, got_low, got_high) == ("range", low, high)


@pytest.mark.parametrize(
    "text",
    [
        "万一出问题就回滚",
        "千万别这么做",
        "有一天我们上线了",
        "one of them left",
        "GPT-four was used",
    ],
)
def test_words_that_are_no_quantity(text: str) -> None:
    assert extract_quantities(text) == []


def test_a_rate_is_not_a_count_of_its_period() -> None:
    # "12k a week" is twelve thousand per week; "6,000 analyst hours" is time counted as a noun.

    for text in ("Around 12k a week.", "It was maybe 300 per day at peak.", "差不多 5 千一周吧"):
        assert all(q.unit != "h" for q in extract_quantities(text)), text
    hours = extract_quantities("Saved 6,000 analyst hours a year.")
    assert [q.unit for q in hours] == ["h"]


@pytest.mark.parametrize(
    ("text", "value", "baseline"),
    [
        ("日活从1万2提升到3万", 30000.0, 12000.0),  # spoken: the next place down
        ("成本从1万2千降到8千", 8000.0, 12000.0),
        ("月活由 2万5 涨到了 4万", 40000.0, 25000.0),
        ("工单量从3万2500单压到1万8千单", 18000.0, 32500.0),
        ("存储从1亿2千万条清理到8千万条", 8e7, 1.2e8),
    ],
)
def test_a_chinese_place_word_goes_on_with_the_next_place(
    text: str, value: float, baseline: float
) -> None:

    claims = [q for q in extract_quantities(text) if q.baseline is not None]
    assert [(q.value, q.baseline) for q in claims] == [(value, baseline)], text


def test_digits_after_a_place_word_that_are_their_own_figure_stay_apart() -> None:

    assert [q.value for q in extract_quantities("营收 3 万, 5 千条")] == [30000.0, 5000.0]
    assert [q.unit for q in extract_quantities("覆盖 3万，5%的用户")] == ["", "%"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("got it down to, I want to say, eighteen", 18.0),
        ("we brought that down to about eight now", 8.0),
        ("latency went up to like forty after the release", 40.0),
        ("能省个三十万左右", 300000.0),
    ],
)
def test_a_level_told_after_its_change_verb_is_read(text: str, value: float) -> None:
    # Spoken answers end a change on a bare number word, often after a hedge.
    assert value in [q.value for q in extract_quantities(text)], text
