"""A section heading that joins a kind of section with words naming no other kind ('Research &
Engineering', 'Engineering Projects', '项目与开源', '科研与工程') opens a section of that kind; a
heading joining two different kinds stays undecided (fresh13 family, in other words)."""

from __future__ import annotations

import pytest

from interviewer.resume import parse_resume_text
from interviewer.resume.layout import section_kind

EN_RD = """Mateo Silva
Data scientist · mateo@example.com

## Research and Development

**Soil moisture forecaster** (AgriSense, 2021–2022)
Trained a temporal CNN on six years of probe readings for irrigation planning. RMSE fell from
4.1 to 2.7 points.

**Drone image labeller** (AgriSense, 2020)
Built a labelling tool for field photos with active learning; labelling cost per image down 60%.
"""

EN_CAPS = """JONAS WEBER
Backend engineer

ENGINEERING PROJECTS
Invoice OCR service (Freelance, 2022)
Wrapped a fine-tuned Donut model in a batch API for a bookkeeping firm; manual entry time from
9 minutes to 2 minutes per invoice.

Chat search for a law blog (Freelance, 2023)
Embeddings and hybrid retrieval over 4,000 articles; answers cite the article they come from.
"""

ZH_OPEN = """## 项目与开源

**小程序客服助手**（个人项目，2023）
用函数调用把订单查询、退款接口接给模型，自动处理常见售后问题，人工介入率从 40% 降到 15%。

**中文分词插件**（开源，2021-2022）
为 Elasticsearch 写的中文分词插件，GitHub 获得 1200 星。
"""

ZH_RESEARCH = """王立
算法研究员

科研与工程
跨语种检索评测集（清华大学，2020-2022）
构建了覆盖 12 种语言的检索评测集与自动评测脚本，被 9 个外部团队采用。
语音合成加速（实验室项目，2022）
把声码器量化部署到 TensorRT，推理速度提升 4 倍。
"""


@pytest.mark.parametrize(
    "heading,kind",
    [
        ("Research & Engineering", "projects"),
        ("Research and Development", "projects"),
        ("Engineering Projects", "projects"),
        ("Side Projects and Open Source", "projects"),
        ("项目与开源", "projects"),
        ("科研与工程", "projects"),
        ("Professional Experience & Leadership", "experience"),
        ("Teaching and Research", ""),  # two kinds: the reader looks at the lines
        ("Engineering Leadership", ""),  # no kind named at all
    ],
)
def test_compound_heading_kind(heading: str, kind: str) -> None:
    assert section_kind(heading) == kind


@pytest.mark.parametrize(
    "text,names",
    [
        (EN_RD, ["Soil moisture forecaster", "Drone image labeller"]),
        (EN_CAPS, ["Invoice OCR service", "Chat search for a law blog"]),
        (ZH_OPEN, ["小程序客服助手", "中文分词插件"]),
        (ZH_RESEARCH, ["跨语种检索评测集", "语音合成加速"]),
    ],
)
def test_projects_under_compound_heading(text: str, names: list[str]) -> None:
    got = [p.name for p in parse_resume_text(text).projects]
    assert len(got) == len(names)
    for name, found in zip(names, got, strict=True):
        assert found.startswith(name)
