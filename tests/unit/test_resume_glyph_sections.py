"""Section headings set off by the same glyph a list would use (`● Work`, `■ 项目经历`,
`► SKILLS`): when every line the page marks with that glyph names a section, the glyph marks
sections and the items under them are read as usual; a list that only happens to hold a
section-like word stays a list (session 11, resume11; the family fresh9's diagnosis named)."""

from __future__ import annotations

import pytest

from interviewer.resume.assemble import parse_resume_text

CASES = [
    (
        "en, filled circles over arrow items",
        "Lena Park · ML engineer\n\n● Work\n\nAcme Robotics — ML Engineer\nMar 2021 – Present\n"
        "➢ Grasp planner: trained a grasp-success model on 40k trials; pick success from 71% to 88%.\n"
        "➢ Weekly sync with the hardware team.\n\n● Side projects\n\n"
        "➢ tinyseg — a 2 MB segmentation model for microcontrollers, mIoU 0.61.\n\n"
        "● Skills\nPython ▪ PyTorch ▪ ROS\n",
        [("ML Engineer", "Acme Robotics")],
        {"Grasp planner", "tinyseg"},
    ),
    (
        "zh, black squares over dash items",
        "王磊　算法工程师　杭州\n\n■ 工作经历\n2020.07 - 至今　　网易　　推荐算法工程师\n"
        "- 音乐推荐召回：上线双塔召回模型，人均播放时长提升 9%\n"
        "- 参与组内技术分享\n\n■ 项目经历\n歌词检索问答 ｜ 个人项目 ｜ 2023.03 - 2023.06\n"
        "- 基于向量检索回答歌词相关问题，Top-5 命中率 83%\n\n■ 教育背景\n浙江大学　计算机　本科\n",
        [("推荐算法工程师", "网易")],
        {"音乐推荐召回", "歌词检索问答"},
    ),
    (
        "en capitals, pointers over en-dash items",
        "SAM OKAFOR\n\n► PROFESSIONAL EXPERIENCE\n\nSenior Data Scientist, Flutterwave\n"
        "2019 - 2023\n– Fraud scorer: gradient boosting on card events; chargebacks down 31%.\n\n"
        "► EDUCATION\nBSc Mathematics, University of Lagos\n\n► SKILLS\nPython, SQL, XGBoost\n",
        [("Senior Data Scientist", "Flutterwave")],
        {"Fraud scorer"},
    ),
]


@pytest.mark.parametrize(
    ("text", "jobs", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_glyph_marks_sections(text: str, jobs: list[tuple[str, str]], names: set[str]) -> None:
    resume = parse_resume_text(text)
    assert [(p.title, p.org) for p in resume.positions] == jobs
    assert {p.name for p in resume.projects} >= names


def test_a_list_holding_one_section_word_stays_a_list() -> None:
    resume = parse_resume_text(
        "Experience\n\nData Analyst, Bolt\n2021 - 2023\n"
        "• Churn model: logistic regression on trip history; retention up 4 points.\n"
        "• Education\n• Weekly reporting for the ops team.\n"
    )
    assert [(p.title, p.org) for p in resume.positions] == [("Data Analyst", "Bolt")]
    assert "Churn model" in {p.name for p in resume.projects}
