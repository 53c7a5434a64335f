"""A Chinese line cut between a number and its unit (`…降到 20` / `秒；…`) is one line, so the
claim keeps its unit (family seen in fresh5; cases in other words)."""

from __future__ import annotations

from interviewer.resume.lines import read_lines


def _texts(text: str) -> list[str]:
    return [ln.text for ln in read_lines(text) if ln.text]


def test_seconds_cut_from_their_number() -> None:
    text = "项目成果：接口响应时间从 800 毫秒降到 120\n毫秒，稳定性明显提升。\n"
    assert _texts(text) == ["项目成果：接口响应时间从 800 毫秒降到 120毫秒，稳定性明显提升。"]


def test_ten_thousands_cut_from_their_number() -> None:
    text = "- 上线三个月后日活从 3\n万增长到 12 万，留存提升 5%\n"
    assert _texts(text) == ["上线三个月后日活从 3万增长到 12 万，留存提升 5%"]


def test_percent_cut_from_its_number() -> None:
    text = "- 坏单率由 7.5\n% 降至 2.1%\n"
    assert len(_texts(text)) == 1, _texts(text)


def test_a_year_before_a_new_line_stays_apart() -> None:
    text = "工作经历\n字节跳动 2019\n年度优秀员工\n"
    assert len(_texts(text)) == 3, _texts(text)
