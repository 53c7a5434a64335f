"""How many people use a thing, told bare beside one's own work ("负责首页推荐，日活 3000 万",
"ranking for the home feed, 30M DAU"), is the size of what one worked on: a fact, not a claimed
result. Told as reached or changed ("日活达到 3000 万", "grew DAU to 3M", 从…涨到…) it stays a result
(lead probe: a résumé's 日活 3000 万 was shown as a claim)."""

from __future__ import annotations

import pytest

from interviewer.quantities import extract_quantities


def _roles(text: str) -> list[str]:
    return [q.role for q in extract_quantities(text, None)]


@pytest.mark.parametrize(
    "text",
    [
        "负责首页猜你喜欢召回与粗排，日活 3000 万。",
        "首页推荐，DAU 3000万，我负责召回。",
        "Owned ranking for the home feed, 30M DAU.",
        "Built the search backend; about 2M monthly active users.",
        "Maintained the notification service (MAU ~12M).",
        "做社区 App 的内容审核，月活 800 万左右。",
    ],
)
def test_an_audience_told_bare_is_the_size_of_the_work(text: str) -> None:
    assert _roles(text) and "result" not in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "推动新功能上线，日活达到 3000 万。",
        "日活从 1000 万涨到 3000 万。",
        "Grew DAU to 3M within a year.",
        "Monthly active users rose from 1.2M to 2M after the redesign.",
        "上线三个月月活突破 500 万。",
    ],
)
def test_an_audience_reached_or_changed_is_a_result(text: str) -> None:
    assert "result" in _roles(text)
