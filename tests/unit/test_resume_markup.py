"""Markup and remarks on a list are layout, not projects (session 7, resume10; the family
fresh3's Notion export showed, here in other words and other tags).

HTML inside Markdown (a profile README's `<p align="center">`, `<details><summary>`, a Notion
`<aside>` callout) is dropped, its text kept; a remark on the list below ('以下项目均为…',
'💡 All of these were led by me', 'The following were team efforts') is no project.
"""

from __future__ import annotations

from tests.unit.resume_names import project_names


def test_details_and_summary_tags() -> None:
    names = project_names(
        "## Projects\n\n<details>\n<summary>Click to expand</summary>\n\n"
        "### Shelf-gap detector\n- Trained a YOLO model on store photos; out-of-stock alerts 2x faster.\n\n"
        "</details>\n"
    )
    assert names == ["Shelf-gap detector"]


def test_centered_html_header_and_callout() -> None:
    names = project_names(
        '<h1 align="center">Ana Ruiz</h1>\n<p align="center">ML engineer · Madrid</p>\n\n'
        "## Projects\n\n<aside>\n💡 All of these were led by me.\n</aside>\n\n"
        "### Route ETA model\n- Gradient-boosted ETA model; mean error from 9 to 5 minutes.\n"
    )
    assert names == ["Route ETA model"]


def test_zh_remark_on_the_list() -> None:
    names = project_names(
        "## 项目经历\n\n以下项目均为本人主导\n\n### 智能质检\n- 搭建客服通话质检模型，质检覆盖率从 5% 提升到 100%。\n"
    )
    assert names == ["智能质检"]
