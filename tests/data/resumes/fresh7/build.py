"""Build the binary résumés of this folder (DOCX, PDF) from the specs below.

Run: `python tests/data/resumes/fresh7/build.py`. Deterministic: a rebuild shows what changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from fixture_bytes import (  # noqa: E402
    CJK_FONT,
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    docx_bytes,
    new_pdf,
    pdf_bytes,
    write_all,
)


def l02_india_project_details() -> bytes:
    """en DOCX in the Indian services-company style: Career Objective, a Professional Summary
    of 'Having N years…' bullets, a skills table, employment as a table (Organization |
    Designation | Duration), and every project a two-column 'Project Details' table (Project
    Title / Client / Duration / Team Size / Role / Environment / Description / Roles &
    Responsibilities / Achievements) whose cells hold several paragraphs."""
    from docx import Document

    doc = Document()
    doc.add_heading("CURRICULUM VITAE", 0)
    doc.add_paragraph("RAHUL DESHMUKH")
    doc.add_paragraph("Mobile: +91-98220-00000 | Email: rahul.deshmukh@example.in | Pune")
    doc.add_heading("Career Objective", 1)
    doc.add_paragraph(
        "To work in a challenging environment where I can apply my skills in machine learning"
        " and NLP for the growth of the organization."
    )
    doc.add_heading("Professional Summary", 1)
    for text in (
        "Having 4.8 years of IT experience in Python, Machine Learning and NLP.",
        "Hands-on experience in Azure ML, Hugging Face Transformers and LangChain.",
        "Good communication skills and experience in client interaction.",
    ):
        doc.add_paragraph(text, style="List Bullet")

    def grid(rows: list[tuple[str, ...]], bold_first_col: bool = False) -> None:
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = t.cell(r, c)
                parts = text.split("\n")
                cell.text = parts[0]
                for extra in parts[1:]:
                    cell.add_paragraph(extra)
                if bold_first_col and c == 0:
                    cell.paragraphs[0].runs[0].bold = True
        doc.add_paragraph("")

    doc.add_heading("Technical Skills", 1)
    grid(
        [
            ("Languages", "Python, SQL, Java"),
            ("ML / NLP", "scikit-learn, PyTorch, Hugging Face Transformers, LangChain"),
            ("Cloud", "Azure ML, Azure Cognitive Search, Azure OpenAI"),
        ],
        bold_first_col=True,
    )
    doc.add_heading("Employment History", 1)
    grid(
        [
            ("Organization", "Designation", "Duration"),
            ("LTIMindtree, Pune", "Specialist – Data Science", "Jul 2021 – Present"),
            ("Infosys Limited, Bengaluru", "Senior Systems Engineer", "Aug 2019 – Jun 2021"),
        ]
    )
    doc.add_heading("Project Details", 1)
    doc.add_paragraph("Project #1")
    grid(
        [
            ("Project Title", "Intelligent Claims Triage"),
            ("Client", "A leading US health insurer"),
            ("Duration", "Jan 2022 – Present"),
            ("Team Size", "7"),
            ("Role", "ML Engineer"),
            ("Environment", "Python, Hugging Face Transformers, BioBERT, Azure ML, FastAPI"),
            (
                "Description",
                "Claims arriving with free-text notes are routed to one of 23 adjudication"
                " queues. The model reads the notes and predicts the queue.",
            ),
            (
                "Roles & Responsibilities",
                "Fine-tuned BioBERT on 180,000 historical claim notes for queue prediction.\n"
                "Wrote the FastAPI scoring service and its Azure ML deployment.\n"
                "Coordinated with the client's business analysts for UAT.",
            ),
            (
                "Achievements",
                "Auto-routing accuracy improved from 74% to 91%; average claim handling time"
                " reduced by 2.5 days.",
            ),
        ],
        bold_first_col=True,
    )
    doc.add_paragraph("Project #2")
    grid(
        [
            ("Project Title", "GenAI Knowledge Assistant (POC)"),
            ("Client", "Internal – Presales"),
            ("Duration", "Mar 2023 – Jun 2023"),
            ("Team Size", "3"),
            ("Role", "Lead Developer"),
            ("Environment", "Azure OpenAI (GPT-4), LangChain, Azure Cognitive Search"),
            (
                "Description",
                "Chat assistant that answers presales questions from 2,000+ past RFP responses.",
            ),
            (
                "Roles & Responsibilities",
                "Implemented chunking, hybrid search and the prompt templates.\n"
                "Built an evaluation sheet of 150 questions with the presales team.",
            ),
            (
                "Achievements",
                "Draft RFP response time came down from 3 days to 4 hours; adopted by 60"
                " presales consultants.",
            ),
        ],
        bold_first_col=True,
    )
    doc.add_paragraph("Project #3")
    grid(
        [
            ("Project Title", "Vendor Invoice Data Extraction"),
            ("Client", "Internal (Finance Shared Services)"),
            ("Duration", "Aug 2019 – Jun 2021"),
            ("Team Size", "4"),
            ("Role", "Developer"),
            ("Environment", "Python, Tesseract OCR, OpenCV, SQL Server"),
            (
                "Description",
                "OCR pipeline that extracts invoice number, GST number, amounts and line items"
                " from scanned vendor invoices.",
            ),
            (
                "Roles & Responsibilities",
                "Developed template-free field extraction with OpenCV preprocessing and rule"
                " based post-processing.\n"
                "Created validation rules against the ERP vendor master.",
            ),
            ("Achievements", "Straight-through processing rate increased from 35% to 68%."),
        ],
        bold_first_col=True,
    )
    doc.add_heading("Education", 1)
    grid(
        [
            ("Qualification", "Institute", "Year", "Percentage"),
            ("B.E. (Computer Engineering)", "Pune Institute of Computer Technology", "2019", "78%"),
            ("HSC", "Fergusson College, Pune", "2015", "88%"),
        ]
    )
    doc.add_heading("Achievements & Awards", 1)
    doc.add_paragraph("Received the 'Star Performer' award (2022).", style="List Bullet")
    doc.add_heading("Declaration", 1)
    doc.add_paragraph(
        "I hereby declare that the above information is true to the best of my knowledge."
    )
    doc.add_paragraph("Place: Pune")
    return docx_bytes(doc)


def l03_gdocs_template_pdf() -> bytes:
    """en PDF as a Google Docs résumé template ('Serif'-like) exports it: name, a subtitle, one
    contact line, coloured section labels, each job a bold 'Org, City — Title' line over an
    upper-case 'MONTH YYYY - PRESENT' line, then a justified paragraph (no bullets) in which the
    work is told, one piece named inline in quotes; a PROJECTS section of 'Name — subtitle' lines
    over one sentence; skills and awards."""

    pdf = new_pdf(
        ("se", "", SERIF), ("se", "B", SERIF_BOLD), ("sa", "", SANS), ("sa", "B", SANS_BOLD)
    )
    pdf.set_left_margin(20)
    pdf.set_right_margin(20)
    pdf.set_xy(20, 18)

    def text(font: str, style: str, size: float, body: str, h: float = 5.2) -> None:
        pdf.set_font(font, style, size)
        pdf.multi_cell(170, h, body, new_x="LMARGIN", new_y="NEXT")

    def section(title: str) -> None:
        pdf.ln(3)
        pdf.set_text_color(200, 80, 60)
        text("sa", "B", 10, title, 6)
        pdf.set_text_color(0, 0, 0)

    text("se", "B", 22, "Hana Kobayashi", 10)
    text("sa", "", 11, "Machine Learning Engineer", 6)
    text("sa", "", 8.5, "1200 Pine St, Seattle WA · (206) 555-0133 · hana.k@example.com")
    section("EXPERIENCE")
    text("se", "B", 10.5, "Zillow, Seattle — Senior ML Engineer", 6)
    text("sa", "", 8, "MARCH 2021 - PRESENT")
    text(
        "se",
        "",
        9.5,
        'Own the home-photo understanding models behind listing search. Shipped "Room Tags",'
        " a vision model that labels every listing photo by room type and feature; photo-based"
        " search filters were used in 27% of sessions within six months. Cut the"
        " image-embedding backfill from 11 days to 20 hours by moving it to batched GPU"
        " inference on Ray.",
    )
    pdf.ln(2)
    text("se", "B", 10.5, "Expedia Group, Seattle — Data Scientist", 6)
    text("sa", "", 8, "JUNE 2018 - FEBRUARY 2021")
    text(
        "se",
        "",
        9.5,
        "Built the hotel-review summariser used on property pages (extractive first, then a"
        " fine-tuned T5); human raters judged 88% of summaries faithful versus 71% for the"
        " extractive version.",
    )
    section("PROJECTS")
    text("se", "B", 10.5, "Trailhead — Hiking-trail Q&A bot", 6)
    text(
        "se",
        "",
        9.5,
        "Side project answering questions over 3,000 trail reports with citations; 400 weekly"
        " users.",
    )
    section("EDUCATION")
    text("se", "B", 10.5, "University of Washington, Seattle — M.S. Computer Science", 6)
    text("sa", "", 8, "SEPTEMBER 2016 - JUNE 2018")
    section("SKILLS")
    text("se", "", 9.5, "PyTorch, Ray, Spark, AWS, Docker, Hugging Face, SQL")
    section("AWARDS")
    text("se", "", 9.5, "Zillow Hackathon winner, 2022")
    return pdf_bytes(pdf)


def l07_zh_two_column_pdf() -> bytes:
    """zh PDF, two columns: a shaded left sidebar (个人信息 / 专业技能 / 证书 / 自我评价 with a
    figure in it) and the main right column; jobs as '公司  |  职位' with dates pushed to the right
    edge of the main column, 项目经历 as bold names with the dates on the same baseline, '·'
    bullets wrapped inside the column. The sidebar's lines sit at other heights than the main
    column's."""

    pdf = new_pdf(("wqy", "", CJK_FONT))
    pdf.set_fill_color(232, 236, 242)
    pdf.rect(0, 0, 62, 297, style="F")
    side = [
        (13, "个人信息"),
        (9, "陈思远 / 男 / 31岁"),
        (9, "电话：139-0000-7788"),
        (9, "邮箱：chensy@example.com"),
        (9, "现居：北京"),
        (13, "专业技能"),
        (9, "Python / PyTorch"),
        (9, "Transformers / DeepSpeed"),
        (9, "Elasticsearch / Milvus"),
        (9, "Spark / Hive"),
        (13, "证书"),
        (9, "CET-6"),
        (13, "自我评价"),
        (9, "6 年搜索与 NLP 经验，"),
        (9, "熟悉大模型微调与部署，"),
        (9, "乐于钻研坏 case。"),
    ]
    y = 18.0
    for size, line in side:
        pdf.set_font("wqy", "", size)
        if size == 13:
            y += 4
        pdf.set_xy(8, y)
        pdf.cell(50, 6, line)
        y += 8.5 if size == 13 else 6.3
    main: list[tuple[int, str, str]] = [
        (18, "陈思远", ""),
        (9, "求职意向：搜索 / 大模型算法工程师", ""),
        (13, "工作经历", ""),
        (10, "美团  |  高级算法工程师", "2021.04 – 至今"),
        (9, "· 负责到店搜索的相关性模型，参与搜索策略迭代。", ""),
        (10, "字节跳动  |  算法工程师", "2018.07 – 2021.03"),
        (9, "· 负责抖音电商评论的情感分析与审核模型。", ""),
        (13, "项目经历", ""),
        (10, "到店搜索相关性大模型", "2023.02 – 2024.01"),
        (9, "· 用 Qwen-7B 在 40 万条人工标注的 query-商户对上做 SFT，再蒸", ""),
        (9, "  馏到 BERT 上线；", ""),
        (9, "· 相关性标注一致率从 82% 提升到 90%，坏 case 率下降 30%。", ""),
        (10, "商户问答助手", "2022.05 – 2022.12"),
        (9, "· 基于商户详情页和用户评价做检索增强问答，召回用向量 + 关", ""),
        (9, "  键词双路；", ""),
        (9, "· 问答采纳率 41%，人工客服咨询量每月减少 1.2 万次。", ""),
        (10, "评论审核模型", "2019.03 – 2020.08"),
        (9, "· 多任务 BERT 同时做情感和违规识别，违规评论漏检率由 7.5%", ""),
        (9, "  降至 2.1%。", ""),
        (13, "教育经历", ""),
        (9, "北京航空航天大学　计算机科学与技术　硕士", "2015 – 2018"),
    ]
    y = 16.0
    for size, line, right in main:
        pdf.set_font("wqy", "", size)
        if size == 13:
            y += 3
        pdf.set_xy(70, y)
        pdf.cell(125, 6, line)
        if right:
            pdf.set_font("wqy", "", 9)
            pdf.set_xy(70, y)
            pdf.cell(125, 6, right, align="R")
        y += 9 if size >= 13 else 6.6 if size == 10 else 5.6
    return pdf_bytes(pdf)


def l10_zh_docx_list_styles() -> bytes:
    """zh DOCX: projects as Heading 3 'name（dates）', a '角色：…；技术：…' line, points in Word's
    'List Number' style (the numbers are not in the text), and under each project a 3-column
    table 指标 | 上线前 | 上线后 holding its results; the job is a Heading 2 with a duty bullet."""
    from docx import Document

    doc = Document()
    doc.add_heading("王磊", 0)
    doc.add_paragraph("高级后端 / 大模型应用工程师 | 深圳 | wanglei@example.com")
    doc.add_heading("工作经历", 1)
    doc.add_heading("腾讯（深圳）　后台开发工程师　2019.07—至今", 2)
    doc.add_paragraph("负责微信支付风控接口的开发与维护。", style="List Bullet")
    doc.add_heading("项目经历", 1)

    def metrics(rows: list[tuple[str, str, str]]) -> None:
        t = doc.add_table(rows=len(rows) + 1, cols=3)
        t.style = "Table Grid"
        for c, text in enumerate(("指标", "上线前", "上线后")):
            t.cell(0, c).text = text
        for r, row in enumerate(rows, start=1):
            for c, text in enumerate(row):
                t.cell(r, c).text = text

    doc.add_heading("智能工单分派 Agent（2023.09—2024.06）", 3)
    doc.add_paragraph("角色：负责人；技术：GPT-4 function calling、LangGraph、内部工单系统 API")
    doc.add_paragraph(
        "让 Agent 读工单、查用户交易记录、调用退款/升级等 6 个工具，自动完成一线处理；",
        style="List Number",
    )
    doc.add_paragraph("设计了工具调用失败的重试与人工兜底流程。", style="List Number")
    metrics([("一线工单自动处理率", "0%", "46%"), ("平均处理时长", "25 分钟", "6 分钟")])
    doc.add_heading("支付风控特征服务（2020.03—2021.12）", 3)
    doc.add_paragraph("角色：核心开发；技术：Go、Redis、Kafka")
    doc.add_paragraph("将风控特征查询从同步 RPC 改为预计算 + Redis 缓存；", style="List Number")
    doc.add_paragraph("负责压测和灰度上线。", style="List Number")
    metrics([("P99 延迟", "120ms", "18ms"), ("峰值 QPS", "8万", "30万")])
    doc.add_heading("教育经历", 1)
    doc.add_paragraph("2015.09—2019.06　华南理工大学　计算机科学与技术　本科")
    doc.add_heading("专业技能", 1)
    doc.add_paragraph("Go / Python / MySQL / Redis / Kafka", style="List Bullet")
    doc.add_paragraph("熟悉 LangChain、LangGraph，做过多个 Agent 落地", style="List Bullet")
    return docx_bytes(doc)


BUILDERS = {
    "l02_india_project_details.docx": l02_india_project_details,
    "l03_gdocs_template.pdf": l03_gdocs_template_pdf,
    "l07_zh_two_column.pdf": l07_zh_two_column_pdf,
    "l10_zh_docx_list_styles.docx": l10_zh_docx_list_styles,
}


if __name__ == "__main__":
    write_all(BUILDERS, HERE)
