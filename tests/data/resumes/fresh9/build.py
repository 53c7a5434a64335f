"""Build the binary résumé of this folder (DOCX) from the spec below.

Run: `python tests/data/resumes/fresh9/build.py`. Deterministic: a rebuild shows what changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from fixture_bytes import docx_bytes, write_all  # noqa: E402


def n09_zh_docx_time_table() -> bytes:
    """zh DOCX laid out as Lebenslauf-style two-column tables, one per section: the left cell
    holds the dates, the right cell several paragraphs — a bold '公司｜职位' line, bold
    '项目：名称' lines and '▪' points typed by hand (no list style)."""
    from docx import Document
    from docx.shared import Cm

    doc = Document()
    doc.add_heading("张婧", 0)
    doc.add_paragraph("数据科学家 ｜ 杭州 ｜ zhangjing@example.com ｜ 139 0000 0000")

    def section(title: str, rows: list[tuple[str, list[tuple[str, bool]]]]) -> None:
        doc.add_heading(title, 1)
        table = doc.add_table(rows=len(rows), cols=2)
        for r, (when, paragraphs) in enumerate(rows):
            left, right = table.cell(r, 0), table.cell(r, 1)
            left.width, right.width = Cm(3.5), Cm(13)
            left.text = when
            first = True
            for text, bold in paragraphs:
                para = right.paragraphs[0] if first else right.add_paragraph()
                first = False
                run = para.add_run(text)
                run.bold = bold

    section(
        "工作经历",
        [
            (
                "2021.08 - 至今",
                [
                    ("蚂蚁集团｜高级数据科学家", True),
                    ("项目：信贷反欺诈图模型", True),
                    (
                        "▪ 用 GraphSAGE 在交易关系图上识别团伙欺诈，团伙案件识别召回率由 63% 提升到 85%",
                        False,
                    ),
                    ("▪ 模型每日离线推理约 2 亿个节点", False),
                    ("项目：Risk Copilot 风控分析助手", True),
                    (
                        "▪ 分析师用自然语言提问，助手自动写 SQL、查询数仓并生成图表，查询出错时能自行修正",
                        False,
                    ),
                    ("▪ 单个分析需求的平均交付时间从 2 天缩短到 3 小时", False),
                ],
            ),
            (
                "2018.07 - 2021.07",
                [
                    ("京东科技｜数据分析师", True),
                    (
                        "▪ 搭建营销活动效果归因的数据管道，活动复盘报表的产出由 T+3 提前到 T+1",
                        False,
                    ),
                    ("▪ 负责部门周报和临时取数需求", False),
                ],
            ),
        ],
    )
    section("教育经历", [("2015.09 - 2018.06", [("复旦大学｜统计学 硕士", True)])])
    section(
        "专业技能",
        [("", [("Python、SQL、Spark、PyTorch Geometric、LangChain", False)])],
    )
    return docx_bytes(doc)


BUILDERS = {"n09_zh_docx_time_table.docx": n09_zh_docx_time_table}


if __name__ == "__main__":
    write_all(BUILDERS, HERE)
