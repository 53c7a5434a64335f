"""A bullet that is only a name and a colon, with deeper bullets under it, names a piece of
work and those bullets are its points (session 8, resume11; the family fresh4/i08 showed, here in
other words). A known label so written (`Highlights:`, `主要工作：`) still names nothing;
an English `Key initiatives:` heads a list of pieces of work (test_resume_nesting.py).
"""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _projects(text: str) -> list[tuple[str, int]]:
    return [(p.name, len(p.bullets)) for p in parse_resume_text(text).projects]


def test_zh_name_colon_with_sub_bullets() -> None:
    got = _projects(
        "## 工作经历\n\n### 某电商 ｜ 算法工程师 ｜ 2020.07 – 至今\n"
        "- 搜索召回优化：\n  - 引入双塔向量召回\n  - 召回率从 62% 提升到 71%\n"
        "- 参与周会和代码评审\n"
    )
    assert got[0] == ("搜索召回优化", 2)


def test_en_name_colon_with_sub_bullets() -> None:
    got = _projects(
        "## Experience\n\n### Acme | Data Scientist | 2021 – present\n"
        "- Churn early-warning:\n  - Trained a survival model on billing events\n"
        "  - Retention calls cut churn from 4.1% to 3.2%\n"
    )
    assert got[0] == ("Churn early-warning", 2)


def test_known_label_with_sub_bullets_names_nothing() -> None:
    got = _projects(
        "## Experience\n\n### Acme | Data Scientist | 2021 – present\n"
        "- Fraud scoring service: moved scoring to a streaming job, latency from 2 s to 300 ms\n"
        "- Highlights:\n  - Promoted in 2023\n  - Ran the ML reading group\n"
    )
    assert [g[0] for g in got] == ["Fraud scoring service"]


def test_zh_mixed_name_colon_with_sub_bullets() -> None:
    got = _projects(
        "## 工作经历\n\n### 某视频平台 ｜ 推荐算法工程师 ｜ 2022.03 – 至今\n"
        "- 直播 cold-start 推荐：\n  - 用 content embedding 做冷启动召回\n"
        "  - 新主播首周曝光提升 35%\n"
    )
    assert got[0] == ("直播 cold-start 推荐", 2)
