"""Plain-text outlines whose headings are runs of stars at the start of a line (Emacs org-mode:
`* Experience`, `** Org — Title  :tags:`, `*** Project`): the stars are heading levels, not list
items, and the trailing `:tag:` is no part of the name (family fresh7/l04 showed, seen in
session 10; cases in other words). A Markdown list of `* item` lines stays a list."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text
from interviewer.resume.lines import read_lines


def test_star_runs_are_headings() -> None:
    text = (
        "* Work\n"
        "** Zalando — Data Scientist                 :2019_2022:\n"
        "*** Size recommender\n"
        "    - Trained a size-advice model on return reasons; size-related returns fell from\n"
        "      14% to 11%.\n"
        "*** Outfit search\n"
        "    - Added embedding search over outfit photos; search exits down 9%.\n"
    )
    r = parse_resume_text(text)
    assert [p.name for p in r.projects] == ["Size recommender", "Outfit search"]
    assert any(m.baseline == 14 and m.result == 11 for m in r.projects[0].metrics)


def test_a_job_heading_with_items_only_keeps_its_achievement() -> None:
    text = (
        "* 工作经历\n"
        "** 某银行信用卡中心 — 风控建模工程师 :2018_2021:\n"
        "   - 重建申请评分卡模型，首逾率由 2.3% 降至 1.6%\n"
        "   - 参与日常模型监控\n"
        "** 某互联网公司 — 数据分析师 :2016_2018:\n"
        "   - 负责日常经营报表\n"
        "* 技能\n"
        "  Python、SQL、LightGBM\n"
    )
    r = parse_resume_text(text)
    assert len(r.projects) == 1, [p.name for p in r.projects]
    assert "评分卡" in " ".join([r.projects[0].name, *r.projects[0].bullets])


def test_tags_are_no_part_of_a_heading() -> None:
    lines = read_lines("* Projects\n** Tide tables   :side:python:\n*** Notes\n")
    assert [ln.text for ln in lines if ln.text] == ["Projects", "Tide tables", "Notes"]
    assert [ln.heading for ln in lines if ln.text] == [1, 2, 3]


def test_a_markdown_star_list_stays_a_list() -> None:
    lines = read_lines("## Projects\n* Built a CLI\n* **Bold** lead item\n")
    assert [ln.marker for ln in lines if ln.text] == ["", "bullet", "bullet"]
