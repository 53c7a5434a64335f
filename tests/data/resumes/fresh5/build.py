"""Build the binary résumés of this folder (DOCX, PDF) from the specs below, with the layout
helpers every split shares (`../_build.py`).

Run: `python tests/data/resumes/fresh5/build.py`. Deterministic: a rebuild shows what changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from _build import (  # noqa: E402
    CJK_FONT,
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    docx_bytes,
    docx_table,
    new_pdf,
    pdf_bytes,
    write_all,
)


def j01_latex_export() -> bytes:
    """en PDF as LaTeX ('Jake's résumé' template) exports it: small-caps-like section titles over
    a rule, 'Org ... City' and italic 'Title ... Dates' lines with the right part pushed to the
    margin on the same baseline, projects as 'Name | stack ... date', the typographic ligatures
    (ﬁ ﬂ ﬀ ﬃ ﬄ) LaTeX writes as single glyphs, and one word hyphenated across a line end."""

    pdf = new_pdf(("se", "", SERIF), ("se", "B", SERIF_BOLD), ("se", "I", SERIF_ITALIC))
    # (style, size, indent, left text, right text); "RULE" draws a section rule
    lines: list[tuple[str, int, float, str, str]] = [
        ("B", 18, 0, "Priya Raman", ""),
        ("", 9, 0, "(555) 201-3344 | priya.raman@example.com | github.com/praman", ""),
        ("B", 11, 0, "EDUCATION", "RULE"),
        ("B", 10, 0, "University of Michigan", "Ann Arbor, MI"),
        ("I", 9, 0, "M.S. in Computer Science", "Aug. 2017 – May 2019"),
        ("B", 11, 0, "EXPERIENCE", "RULE"),
        ("B", 10, 0, "Stripe", "Seattle, WA"),
        ("I", 9, 0, "Senior Software Engineer, Payments Intelligence", "Jun. 2021 – Present"),
        (
            "",
            9,
            4,
            "• Rebuilt the card-testing fraud classiﬁer as a gradient-boosted model with",
            "",
        ),
        (
            "",
            9,
            6,
            "streaming features; blocked card-testing attacks rose from 71% to 94% at the",
            "",
        ),
        ("", 9, 6, "same false-positive rate", ""),
        (
            "",
            9,
            4,
            "• Designed an oﬄine evaluation harness that replays a week of traﬃc against candi-",
            "",
        ),
        ("", 9, 6, "date models; model review time fell from 3 days to 4 hours", ""),
        ("", 9, 4, "• Mentored two new-grad engineers and ran the team’s interview loop", ""),
        ("B", 10, 0, "Expedia Group", "Seattle, WA"),
        ("I", 9, 0, "Software Engineer II", "Jul. 2019 – May 2021"),
        (
            "",
            9,
            4,
            "• Migrated the hotel-price cache from Memcached to Redis Cluster; cache hit rate",
            "",
        ),
        ("", 9, 6, "82% → 96% and ﬁve fewer cache-related incidents per quarter", ""),
        ("", 9, 4, "• Participated in the on-call rotation for the pricing services", ""),
        ("B", 11, 0, "PROJECTS", "RULE"),
        ("B", 10, 0, "Ledgerlens | Python, FastAPI, pgvector, Llama 3", "Jan. 2024 – Present"),
        (
            "",
            9,
            4,
            "• Question answering over personal bank statements with hybrid retrieval and",
            "",
        ),
        ("", 9, 6, "citations; answer accuracy on a 150-question test set from 64% to 87%", ""),
        ("B", 10, 0, "Tiny-DPO | PyTorch, TRL", "2023"),
        (
            "",
            9,
            4,
            "• Fine-tuned a 1.3B model with DPO on 20k preference pairs; win rate against the",
            "",
        ),
        ("", 9, 6, "SFT model 58%", ""),
        ("B", 11, 0, "TECHNICAL SKILLS", "RULE"),
        ("", 9, 0, "Languages: Python, Java, Go, SQL", ""),
        ("", 9, 0, "Frameworks: FastAPI, Spring, PyTorch, Kafka, Redis", ""),
    ]
    y = 14.0
    for style, size, indent, left, right in lines:
        pdf.set_font("se", style, size)
        if right == "RULE":
            y += 2
            pdf.set_xy(15, y)
            pdf.cell(180, 5, left)
            pdf.line(15, y + 5.5, 195, y + 5.5)
            y += 7
            continue
        pdf.set_xy(15 + indent, y)
        pdf.cell(180 - indent, 5, left)
        if right:
            pdf.set_xy(15, y)
            pdf.cell(180, 5, right, align="R")
        y += 5.2 if size <= 10 else 8
    return pdf_bytes(pdf)


def j03_linkedin_two_pages() -> bytes:
    """LinkedIn 'Save to PDF' export over two pages: the grey sidebar (Contact, Top Skills,
    Languages, Honors-Awards) on page 1 only, a wrapped headline, one company with a total
    duration and two titles, prose descriptions (one 'Name: text', one 'Name — text' split by
    the page break and its 'Page 1 of 2' footer, one plain sentence), a 'Skills:' line."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_font("dv", "", SANS)
    pdf.add_font("dv", "B", SANS_BOLD)
    side = [
        ("B", 10, "Contact"),
        ("", 8, "olivia.bennett@example.com"),
        ("", 8, "www.linkedin.com/in/oliviabennett"),
        ("", 8, "(LinkedIn)"),
        ("B", 10, "Top Skills"),
        ("", 8, "Causal Inference"),
        ("", 8, "A/B Testing"),
        ("", 8, "Large Language Models (LLM)"),
        ("B", 10, "Languages"),
        ("", 8, "English (Native or Bilingual)"),
        ("", 8, "Spanish (Professional Working)"),
        ("B", 10, "Honors-Awards"),
        ("", 8, "Duolingo Hackathon 2023 — 1st place"),
    ]
    page1 = [
        ("B", 18, "Olivia Bennett"),
        ("", 10, "Senior Product Data Scientist at Duolingo | Experimentation, Causal"),
        ("", 10, "Inference, LLM Evals"),
        ("", 9, "Pittsburgh, Pennsylvania, United States"),
        ("B", 12, "Summary"),
        ("", 9, "I help product teams decide what to ship, and lately how to tell whether an"),
        ("", 9, "AI feature is any good."),
        ("B", 12, "Experience"),
        ("B", 10, "Duolingo"),
        ("", 9, "5 years 2 months"),
        ("B", 10, "Senior Data Scientist"),
        ("", 9, "March 2022 - Present (2 years 10 months)"),
        ("", 9, "Pittsburgh, Pennsylvania, United States"),
        (
            "",
            9,
            "Led the evaluation of the Duolingo Max \u201cExplain My Answer\u201d feature: built a",
        ),
        ("", 9, "rubric and an LLM-as-judge pipeline calibrated against 1,200 expert ratings;"),
        ("", 9, "agreement with the experts went from kappa 0.41 to 0.68."),
        ("", 9, "Variance reduction for experiments: introduced CUPED across the experimentation"),
        ("", 9, "platform; median time to a significant read dropped from 14 days to 9 days."),
        ("B", 10, "Data Scientist"),
        ("", 9, "November 2019 - February 2022 (2 years 4 months)"),
        ("", 9, "Streak-freeze pricing test \u2014 designed the test with four price points and a"),
        ("", 9, "long-term holdout; day-7 retention of the winning arm"),
    ]
    page2 = [
        ("", 9, "+1.8 percentage points against control."),
        ("", 9, "Skills: Causal Inference \u00b7 SQL \u00b7 Experimentation"),
        ("B", 10, "Carnegie Learning"),
        ("B", 10, "Data Analyst"),
        ("", 9, "June 2017 - October 2019 (2 years 5 months)"),
        ("", 9, "Pittsburgh, Pennsylvania"),
        ("", 9, "Built the weekly student-mastery dashboard used by 300 school districts."),
        ("B", 12, "Education"),
        ("B", 10, "Carnegie Mellon University"),
        ("", 9, "Master of Science - MS, Statistics \u00b7 (2015 - 2017)"),
    ]

    def put(rows: list[tuple[str, int, str]], x: float, y: float, step: float) -> None:
        for style, size, text in rows:
            pdf.set_font("dv", style, size)
            pdf.set_xy(x, y)
            pdf.cell(0, 4, text)
            y += step + (2 if style == "B" and size >= 10 else 0)

    pdf.add_page()
    pdf.set_fill_color(232, 232, 232)
    pdf.rect(0, 0, 62, 297, style="F")
    put(side, 8, 20, 4.4)
    put(page1, 70, 16, 5.0)
    pdf.set_font("dv", "", 8)
    pdf.set_xy(90, 285)
    pdf.cell(40, 4, "Page 1 of 2", align="C")
    pdf.add_page()
    put(page2, 70, 16, 5.0)
    pdf.set_font("dv", "", 8)
    pdf.set_xy(90, 285)
    pdf.cell(40, 4, "Page 2 of 2", align="C")
    return pdf_bytes(pdf)


def j04_newgrad_docx() -> bytes:
    """US new-grad one-page DOCX: 'Org<TAB>City' and 'Degree<TAB>Expected May 2025' lines,
    a 'Relevant Coursework:' line, internship and research jobs with '•' bullets, projects as
    'Name — tag | stack<TAB>when' lines, Leadership (TA, club president) that holds no units."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.add_heading("JORDAN LEE", 0)
    doc.add_paragraph("Atlanta, GA | jordan.lee@example.edu | github.com/jlee | (404) 555-0111")

    def para(text: str, bold: bool = False) -> None:
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(10)

    def bullet(text: str) -> None:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("EDUCATION", 1)
    para("Georgia Institute of Technology\tAtlanta, GA", bold=True)
    para("B.S. Computer Science, GPA 3.86/4.00\tExpected May 2025")
    para(
        "Relevant Coursework: Machine Learning, Deep Learning, Natural Language Processing,"
        " Database Systems, Computer Vision, Design & Analysis of Algorithms"
    )
    doc.add_heading("EXPERIENCE", 1)
    para("Software Engineering Intern\tMay 2024 – Aug 2024", bold=True)
    para("Delta Air Lines — Atlanta, GA")
    bullet(
        "Built a crew-schedule anomaly detector (isolation forest on 2 years of rostering data);"
        " flagged 37 illegal pairings before publication that the rule checker had missed"
    )
    bullet("Presented findings to the crew planning director and two VPs")
    para("Undergraduate Research Assistant\tJan 2023 – May 2024", bold=True)
    para("Georgia Tech Entertainment Intelligence Lab")
    bullet(
        "Fine-tuned Llama-2-7B with LoRA to write quest dialogue for role-playing games; raters"
        " preferred it over the prompted baseline 62% of the time (n=300)"
    )
    doc.add_heading("PROJECTS", 1)
    para("ClassMate — RAG study assistant | Python, LangChain, Chroma\tHackGT 2023", bold=True)
    bullet(
        "Answers questions over lecture slides and cites the slide; won Best Use of AI among 180 teams"
    )
    bullet("Retrieval hit rate@5 from 0.58 to 0.83 after adding slide-aware chunking")
    para("PathPlanner | C++, ROS\tFall 2023", bold=True)
    bullet(
        "A* planner for a campus delivery robot (CS 3630 course project); average route time cut by 22%"
    )
    doc.add_heading("LEADERSHIP", 1)
    para("Teaching Assistant, CS 1332 Data Structures\tAug 2023 – May 2024", bold=True)
    bullet("Led weekly recitations for 40 students and held office hours")
    para("President, Machine Learning @ Georgia Tech\tAug 2023 – Present", bold=True)
    doc.add_heading("SKILLS", 1)
    para("Languages: Python, C++, Java, SQL | Tools: PyTorch, LangChain, Docker, Git, ROS")
    return docx_bytes(doc)


def j06_pdf_projects_table() -> bytes:
    """en PDF: a header, one-line jobs, then a 'SELECTED PROJECTS' table drawn with cell
    borders whose cells wrap onto two or three lines (Project | Role | Stack | Impact), so plain
    extraction interleaves the lines of neighbouring cells; skills and education after it."""

    pdf = new_pdf(("dv", "", SANS), ("dv", "B", SANS_BOLD))
    pdf.set_font("dv", "B", 16)
    pdf.cell(0, 8, "Aoife Byrne", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    pdf.cell(
        0,
        5,
        "Machine Learning Engineer, customer support AI · Dublin · aoife.byrne@example.ie",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("dv", "B", 11)
    pdf.cell(0, 6, "EXPERIENCE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    pdf.cell(
        0,
        5,
        "Intercom — Senior Machine Learning Engineer — Dublin — 2021–present",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(0, 5, "Workday — Data Scientist — Dublin — 2018–2021", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("dv", "B", 11)
    pdf.cell(0, 6, "SELECTED PROJECTS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8.5)
    rows = [
        ("Project", "Role", "Stack", "Impact"),
        (
            "Multilingual support-ticket router",
            "Tech lead, Intercom",
            "XLM-R classifier, FastAPI, Kafka",
            "Misrouted tickets from 17% to 6% across 9 languages",
        ),
        (
            "Resolution agent for billing questions",
            "IC, Intercom",
            "GPT-4o with tool calling into the billing and Zendesk APIs",
            "31% of billing chats resolved without a human",
        ),
        (
            "Quality scoring for support conversations",
            "IC, Intercom",
            "Rubric + judge model, dbt",
            "Agreement with QA leads from 0.62 to 0.81 (Spearman)",
        ),
        (
            "Knowledge-base freshness pipeline",
            "Owner, Workday",
            "Airflow, BigQuery",
            "Stale help articles down from 1,400 to 250",
        ),
    ]
    with pdf.table(col_widths=(45, 30, 50, 55), text_align="LEFT", line_height=4.5) as table:
        for row in rows:
            r = table.row()
            for cell in row:
                r.cell(cell)
    pdf.ln(4)
    pdf.set_font("dv", "B", 11)
    pdf.cell(0, 6, "SKILLS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    pdf.cell(
        0,
        5,
        "Python, PyTorch, Hugging Face, LangGraph, dbt, BigQuery, Kafka, FastAPI",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("dv", "B", 11)
    pdf.cell(0, 6, "EDUCATION", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    pdf.cell(
        0, 5, "MSc Data Analytics, University College Dublin, 2018", new_x="LMARGIN", new_y="NEXT"
    )
    return pdf_bytes(pdf)


def j07_zh_boss_export() -> bytes:
    """zh PDF as BOSS直聘 exports an online résumé: a '男 | 29岁 | 6年 | 本科' line, 期望职位,
    个人优势, jobs as '公司　日期' over '职位　部门' with '内容：' and '业绩：' labels, projects as
    '名称　角色　日期' lines with '内容：' / '业绩：' run-on lines; one job of duties only."""

    pdf = new_pdf(("wqy", "", CJK_FONT))
    lines: list[tuple[int, float, str, str]] = [
        (16, 15, "王磊", ""),
        (9, 15, "男 | 29岁 | 6年 | 本科 | 在职-考虑机会", ""),
        (9, 15, "期望职位：大模型算法工程师 | 杭州 | 30-45K", ""),
        (12, 15, "个人优势", ""),
        (9, 15, "熟悉大模型微调与 RAG 落地，做过教育和搜索两个方向；带过 3 人小组。", ""),
        (12, 15, "工作经历", ""),
        (10, 15, "网易有道", "2021.03-至今"),
        (9, 15, "NLP算法工程师　AI技术部", ""),
        (9, 15, "内容：", ""),
        (9, 15, "1. 负责有道词典翻译质量的离线评测与周报；", ""),
        (9, 15, "2. 参与大模型项目的数据构建。", ""),
        (10, 15, "阿里巴巴本地生活", "2018.07-2021.02"),
        (9, 15, "算法工程师　搜索推荐部", ""),
        (9, 15, "内容：", ""),
        (9, 15, "饿了么商家搜索排序模型迭代，引入实时特征和多目标排序。", ""),
        (9, 15, "业绩：", ""),
        (9, 15, "搜索下单转化率提升 4.3%。", ""),
        (12, 15, "项目经历", ""),
        (10, 15, "作文批改大模型　算法负责人", "2022.05-2023.06"),
        (
            9,
            15,
            "内容：基于 Qwen-14B 进行 SFT，用 12 万篇教师批注作文构建指令数据，设计多维度评分",
            "",
        ),
        (9, 15, "提示词。", ""),
        (
            9,
            15,
            "业绩：与教师评分的一致性（QWK）从 0.68 提升到 0.82；批改耗时从每篇 3 分钟降到 20",
            "",
        ),
        (9, 15, "秒；上线后日均调用 50 万次。", ""),
        (10, 15, "词典查词意图识别　核心成员", "2021.06-2021.12"),
        (9, 15, "内容：用 BERT 对查词请求做意图分类（查词 / 翻译 / 例句）。", ""),
        (9, 15, "业绩：意图识别准确率 86% → 93%。", ""),
        (12, 15, "教育经历", ""),
        (9, 15, "浙江大学　计算机科学与技术　本科", "2014-2018"),
    ]
    y = 15.0
    for size, x, text, right in lines:
        pdf.set_font("wqy", "", size)
        if size == 12:
            y += 2
        pdf.set_xy(x, y)
        pdf.cell(150, 5, text)
        if right:
            pdf.set_xy(15, y)
            pdf.cell(180, 5, right, align="R")
        y += 6 if size >= 10 else 5.4
    return pdf_bytes(pdf)


def j08_zh_zhilian_docx() -> bytes:
    """zh DOCX as 智联招聘 'download as Word' writes it: a personal-information table, 工作经历 as
    one table (时间 | 公司 | 职位 | 工作描述), 项目经验 as one table (时间 | 项目名称 | 项目描述 |
    责任描述) whose 责任描述 cells end with the results; 教育经历 and 专业技能 as paragraphs."""
    from docx import Document

    doc = Document()
    doc.add_heading("李婷的简历", 0)
    info = doc.add_table(rows=2, cols=4)
    info.style = "Table Grid"
    for r, cells in enumerate(
        [
            ("性别：女", "出生年月：1994.05", "工作年限：8年", "学历：硕士"),
            ("手机：139-0000-0000", "邮箱：liting@example.cn", "现居住地：北京", "求职状态：在职"),
        ]
    ):
        for c, text in enumerate(cells):
            info.cell(r, c).text = text
    doc.add_heading("求职意向", 1)
    doc.add_paragraph("期望职位：数据开发专家 / 数据平台架构师　期望地点：北京")

    def table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
        docx_table(doc, header, rows)

    doc.add_heading("工作经历", 1)
    table(
        ("时间", "公司", "职位", "工作描述"),
        [
            (
                "2019.07 - 至今",
                "字节跳动",
                "数据开发工程师",
                "负责抖音电商数仓建设与日常取数需求支持。",
            ),
            (
                "2016.07 - 2019.06",
                "美团",
                "数据开发工程师",
                "负责外卖交易域数据模型开发；将核心报表任务从 Hive 迁移到 Spark SQL，日跑批耗时由 4 小时缩短到 1.5 小时。",
            ),
        ],
    )
    doc.add_heading("项目经验", 1)
    table(
        ("时间", "项目名称", "项目描述", "责任描述"),
        [
            (
                "2023.06 - 2023.12",
                "数据问答助手（ChatBI）",
                "大模型智能体：理解业务问题，检索表结构，生成 SQL 并在数仓上执行，出错时自我修正，最后生成图表。",
                "负责 schema 检索、SQL 自我修正流程与评测集建设；SQL 执行准确率从 54% 提升到 78%。",
            ),
            (
                "2022.03 - 2023.01",
                "电商实时数仓升级",
                "将离线 Lambda 架构迁移到 Flink + Paimon 湖仓。",
                "负责整体方案与核心链路开发；数据延迟从 T+1 降到 5 分钟，计算资源成本下降 30%。",
            ),
            (
                "2020.05 - 2021.04",
                "指标口径治理平台",
                "统一 2,300 个业务指标的口径定义，提供指标血缘查询。",
                "负责指标建模与元数据服务；重复指标减少 62%。",
            ),
        ],
    )
    doc.add_heading("教育经历", 1)
    doc.add_paragraph("2013.09 - 2016.06　北京邮电大学　计算机技术　硕士")
    doc.add_heading("专业技能", 1)
    doc.add_paragraph("Hive、Spark、Flink、Paimon、ClickHouse、Python、SQL")
    return docx_bytes(doc)


BUILDERS = {
    "j01_latex_export.pdf": j01_latex_export,
    "j03_linkedin_two_pages.pdf": j03_linkedin_two_pages,
    "j04_newgrad_docx.docx": j04_newgrad_docx,
    "j06_pdf_projects_table.pdf": j06_pdf_projects_table,
    "j07_zh_boss_export.pdf": j07_zh_boss_export,
    "j08_zh_zhilian_docx.docx": j08_zh_zhilian_docx,
}


if __name__ == "__main__":
    write_all(BUILDERS, HERE)
