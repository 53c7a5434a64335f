"""A PDF whose job and project lines carry dates or a city pushed to the right margin on the
same baseline: those cells are read on their lines (with a wide gap), not as a column of
their own at the page's end; a line's trailing dates do not make it a sentence (family seen in
fresh5; cases in other words)."""

from __future__ import annotations

from pathlib import Path

from interviewer.resume.assemble import parse_resume_text
from interviewer.resume.parse import read_resume_bytes

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def _pdf(rows: list[tuple[str, str]], cjk: bool = False) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    if cjk:
        pdf.add_font("wqy", fname=str(CJK_FONT))
        pdf.set_font("wqy", size=10)
    else:
        pdf.set_font("helvetica", size=10)
    y = 20.0
    for left, right in rows:
        pdf.set_xy(15, y)
        pdf.cell(150, 5, left)
        if right:
            pdf.set_xy(15, y)
            pdf.cell(180, 5, right, align="R")
        y += 6
    return bytes(pdf.output())


def test_dates_at_the_right_margin_stay_on_their_lines() -> None:
    rows = [
        ("EXPERIENCE", ""),
        ("Shopify", "Ottawa, ON"),
        ("Senior Data Engineer", "Mar 2020 - Present"),
        ("- Rebuilt the checkout events pipeline on Flink; lag from 10 min to 30 s", ""),
        ("Wattpad", "Toronto, ON"),
        ("Data Engineer", "Jan 2017 - Feb 2020"),
        ("- Moved story analytics from Hive to BigQuery", ""),
        ("PROJECTS", ""),
        ("Tidepool | Python, DuckDB", "2023"),
        ("- A local-first notebook for tide data", ""),
    ]
    text = read_resume_bytes(_pdf(rows), "cv.pdf")
    lines = text.splitlines()
    assert any(ln.startswith("Senior Data Engineer") and "Mar 2020" in ln for ln in lines), text
    assert any(ln.startswith("Tidepool") and ln.endswith("2023") for ln in lines), text
    resume = parse_resume_text(text)
    assert any("Tidepool" in p.name for p in resume.projects), [p.name for p in resume.projects]


def test_zh_company_line_keeps_its_dates() -> None:
    rows = [
        ("工作经历", ""),
        ("小米科技", "2020.03-至今"),
        ("推荐算法工程师　信息流", ""),
        ("负责信息流召回模型迭代。", ""),
        ("京东", "2017.07-2020.02"),
        ("算法工程师　搜索部", ""),
        ("负责搜索排序。", ""),
        ("项目经历", ""),
        ("短视频冷启动召回", "2021.05-2022.01"),
    ]
    text = read_resume_bytes(_pdf(rows, cjk=True), "cv.pdf")
    assert any(ln.startswith("小米科技") and "2020.03" in ln for ln in text.splitlines()), text


def test_a_real_sidebar_stays_a_column() -> None:
    from interviewer.resume.pdf_columns import Fragment, split_columns

    left = [
        Fragment(40, 800 - 14 * i, 300, f"main line {i} of the experience text") for i in range(12)
    ]
    side = [Fragment(420, 795 - 17 * i, 80, f"skill {i}") for i in range(8)]
    assert split_columns(left + side, 595) is not None
