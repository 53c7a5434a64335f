"""A résumé kept as a changelog: headings that only say what kind of change the items below are
(`### Added`, `### Fixed`, `#### Improved`, `### 新增`, `### 修复`) are list labels — the items are
the work, under the job of their release heading; no project is named `Fixed` (session 11,
resume11; the family fresh9's diagnosis named)."""

from __future__ import annotations

import pytest

from interviewer.resume.assemble import parse_resume_text

CASES = [
    (
        "en Keep-a-Changelog",
        "# CHANGELOG\n\n## [2.0.0] — 2020-01 … present — ML Engineer @ Wise\n\n### Added\n"
        "- `fx-forecast`: a demand forecaster for currency corridors; MAPE from 12% to 7%.\n\n"
        "### Fixed\n- Duplicate transfers in the ledger export: mismatches from 30 a week to 2.\n",
        {"Added", "Fixed"},
    ),
    (
        "en, other categories",
        "# Release notes of my career\n\n## v3 — 2021 – now — Data Engineer @ Klarna\n\n#### Improved\n"
        "- Nightly risk tables now land by 6am; late loads from 12 a month to 1.\n\n#### Removed\n"
        "- Retired the legacy Hive jobs, saving $8k a month.\n",
        {"Improved", "Removed"},
    ),
    (
        "zh 更新日志",
        "# 更新日志\n\n## v2.0 — 2021.03 至今 — 算法工程师 @ 美团\n\n### 新增\n"
        "- 骑手 ETA 模型：上线 GBDT 预估，误差由 6.1 分钟降到 4.3 分钟\n\n### 修复\n"
        "- 订单表迟到数据问题：每月延迟次数从 8 次降到 1 次\n",
        {"新增", "修复"},
    ),
]


@pytest.mark.parametrize(("text", "labels"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_change_categories_name_no_project(text: str, labels: set[str]) -> None:
    resume = parse_resume_text(text)
    assert resume.projects
    assert not {p.name for p in resume.projects} & labels
