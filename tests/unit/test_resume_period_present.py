"""A Chinese period whose end is 至今 written straight after the start ('2020.07 至今',
'2021年3月至今') ends in 至今: the 至 of 至今 is no range dash (seen while checking the brief's
'dates company title' family)."""

from __future__ import annotations

from interviewer.resume.layout import PERIOD_RE, norm_period


def _norm(text: str) -> str:
    found = PERIOD_RE.search(text)
    assert found is not None, text
    return norm_period(found.group())


def test_zhijin_after_the_start_keeps_its_zhi() -> None:
    assert _norm("2020.07 至今　蚂蚁集团") == "2020.07 – 至今"
    assert _norm("2021年3月至今") == "2021年3月 – 至今"


def test_a_dash_before_zhijin_and_zhi_between_dates_still_read() -> None:
    assert _norm("2019.07 - 至今") == "2019.07 – 至今"
    assert _norm("2021.03 至 2023.05") == "2021.03 – 2023.05"
