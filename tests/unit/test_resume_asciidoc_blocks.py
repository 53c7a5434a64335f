"""AsciiDoc source: a block title (`.Receipt agent`, a dot then the title) over a list names the
piece of work the list tells, and `**` items are sub-points of the `*` item above them; a line
opening with a dot on a page that is not AsciiDoc (`.NET migration`) is left as it is (session
11, resume11; the family fresh9's diagnosis named)."""

from __future__ import annotations

import pytest

from interviewer.resume.assemble import parse_resume_text

CASES = [
    (
        "en, two block titles under one job",
        "= Ana Souza\n\n== Experience\n\n=== ML Engineer — Nubank, São Paulo\n_2021 – Present_\n\n"
        ".Collections voice bot\n* Built a voice bot that calls customers about late payments.\n"
        "* Promises to pay rose from 18% to 27%.\n\n"
        ".Statement parser\n* Extracted fields from bank statements into records.\n"
        "** Fields needing manual correction fell from 9% to 2%.\n\n"
        "== Education\n\nBSc Computer Science, USP\n",
        {"Collections voice bot": 18.0, "Statement parser": 9.0},
    ),
    (
        "zh, Chinese block titles",
        "= 刘洋\n\n== 工作经历\n\n=== 算法工程师 — 某电商公司，杭州\n_2020.07 – 至今_\n\n"
        ".商品标题改写\n* 用大模型改写商品标题，点击率由 3.1% 提升到 3.6%。\n\n"
        ".售后工单分类\n* 搭建工单分类模型。\n** 人工分派量由 4000 单降到 900 单。\n\n"
        "== 教育经历\n\n浙江大学　本科\n",
        {"商品标题改写": 3.1, "售后工单分类": 4000.0},
    ),
    (
        "en, a block title under a job with a plain paragraph first",
        "= Tom Baker\n\n== Work\n\n=== Data Scientist — Ocado, London\n_2019 – 2023_\n\n"
        "Forecasting for the grocery supply chain.\n\n"
        ".Demand forecaster\n* Gradient-boosted forecasts per product and depot.\n"
        "** Waste fell from 2.1% to 1.4% of stock.\n\n== Skills\n\nPython, SQL\n",
        {"Demand forecaster": 2.1},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_block_title_names_the_list(text: str, expected: dict[str, float]) -> None:
    projects = {p.name: p for p in parse_resume_text(text).projects}
    assert set(projects) == set(expected)
    for name, baseline in expected.items():
        assert baseline in [m.baseline for m in projects[name].metrics]


def test_a_dot_line_outside_asciidoc_is_text() -> None:
    projects = parse_resume_text(
        "Experience\n\nSenior Developer, Contoso\n2018 - 2022\n"
        "- Led the .NET migration of the billing service; deploy time from 40 minutes to 8 minutes.\n"
    ).projects
    assert any(".NET" in " ".join([p.name, *p.bullets]) for p in projects)
