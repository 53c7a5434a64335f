"""Build the binary résumés of this folder (DOCX, PDF) from the specs below.

Run: `python tests/data/resumes/fresh4/build.py`. Deterministic: a rebuild shows what changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from fixture_bytes import CJK_FONT, SANS, SANS_BOLD, docx_bytes, new_pdf, pdf_bytes, write_all  # noqa: E402


def i03_docx_project_table() -> bytes:
    """en DOCX: a short header, then the whole work history as ONE table with the columns
    Period | Project | My part | Outcome, each employer a merged full-width row ('Klarna —
    Senior Backend Engineer — Stockholm, 2020–present') inside the table above its projects;
    Education and Skills as paragraphs after it."""
    from docx import Document

    doc = Document()
    doc.add_heading("Erik Lindqvist", 0)
    doc.add_paragraph("Backend / ML platform engineer · Stockholm · erik.lindqvist@example.se")
    doc.add_heading("Work", 1)
    rows: list[tuple[str, ...]] = [
        ("Period", "Project", "My part", "Outcome"),
        ("Klarna — Senior Backend Engineer — Stockholm, 2020–present",),
        (
            "2023",
            "Checkout risk-score API",
            "Designed the gRPC service and its feature cache; owned the rollout to all markets.",
            "p99 latency from 120 ms to 45 ms; 9k requests/s at peak.",
        ),
        (
            "2022",
            "Merchant onboarding document extraction",
            "Built the pipeline: OCR, then a LayoutLMv3 model fine-tuned on 6k labelled forms.",
            "Share of applications needing manual review from 70% to 25%.",
        ),
        (
            "2021",
            "Data contracts for payment events",
            "Schema-registry checks in CI and a breakage dashboard for downstream owners.",
            "Broken downstream jobs per month: 14 → 2.",
        ),
        ("Zalando — Software Engineer — Berlin, 2017–2020",),
        (
            "2019",
            "Returns prediction at checkout",
            "Trained the size-and-fit returns model; ran the A/B test with the fashion team.",
            "Returns on flagged orders down 6 percentage points.",
        ),
        (
            "2017–2019",
            "On-call and service ownership",
            "Second-line on-call for the catalogue services.",
            "—",
        ),
    ]
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, cells in enumerate(rows):
        if len(cells) == 1:
            merged = table.cell(r, 0).merge(table.cell(r, 3))
            merged.text = cells[0]
            merged.paragraphs[0].runs[0].bold = True
            continue
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
            if r == 0:
                table.cell(r, c).paragraphs[0].runs[0].bold = True
    doc.add_heading("Education", 1)
    doc.add_paragraph("MSc Computer Science, KTH Royal Institute of Technology, 2017")
    doc.add_heading("Skills", 1)
    doc.add_paragraph("Kotlin, Python, gRPC, Kafka, PyTorch, Kubernetes")
    return docx_bytes(doc)


def i07_pdf_glyph_bullets() -> bytes:
    """en PDF, single column, bullets drawn with unusual glyphs: '❖ Name' project lines,
    '➤' bullets whose second line is indented, '✓' result lines, '▸' bullets under a job with
    no named projects, '◆' separating skills; job lines 'ORG | Title | MM/YYYY – Present'."""

    pdf = new_pdf(("dv", "", SANS), ("dv", "B", SANS_BOLD))
    lines: list[tuple[str, int, float, str]] = [
        ("B", 16, 15, "JAMAL REED"),
        ("", 9, 15, "Site Reliability / MLOps Engineer · Austin, TX · jamal.reed@example.com"),
        ("", 0, 0, ""),
        ("B", 11, 15, "PROFESSIONAL EXPERIENCE"),
        ("B", 10, 15, "ROKU | Senior MLOps Engineer | 03/2021 – Present"),
        ("B", 10, 18, "❖ Model Release Pipeline"),
        (
            "",
            9,
            22,
            "➤ Replaced hand-run notebooks with a Kubeflow pipeline that trains, validates and",
        ),
        ("", 9, 26, "canaries the ad-ranking models; releases went from monthly to twice a week."),
        ("", 9, 22, "✓ Failed releases: 6 in 2021 → 1 in 2023."),
        ("B", 10, 18, "❖ GPU Inference Autoscaling"),
        ("", 9, 22, "➤ Wrote a queue-depth autoscaler for the Triton fleet (40 T4 nodes) with"),
        ("", 9, 26, "scale-to-zero for the overnight batch models."),
        ("", 9, 22, "✓ Idle GPU hours cut by 38%; p95 latency unchanged at 70 ms."),
        ("B", 10, 15, "HOMEAWAY | Site Reliability Engineer | 06/2017 – 02/2021"),
        ("", 9, 18, "▸ Led the migration of 120 services from Chef to Terraform and Kubernetes."),
        (
            "",
            9,
            18,
            "▸ Introduced SLO-based alerting; pages per on-call week dropped from 35 to 9.",
        ),
        ("", 9, 18, "▸ Participated in incident reviews and the on-call rotation."),
        ("", 0, 0, ""),
        ("B", 11, 15, "SKILLS"),
        ("", 9, 15, "◆ Kubernetes ◆ Kubeflow ◆ Triton ◆ Terraform ◆ Python ◆ Go"),
        ("", 0, 0, ""),
        ("B", 11, 15, "EDUCATION"),
        ("", 9, 15, "B.S. Computer Engineering, Texas A&M University, 2017"),
    ]
    y = 15.0
    for style, size, x, text in lines:
        if not text:
            y += 3
            continue
        pdf.set_font("dv", style, size)
        pdf.set_xy(x, y)
        pdf.cell(180, 5, text)
        y += 5.6
    return pdf_bytes(pdf)


def i09_europass_docx() -> bytes:
    """Europass-style DOCX: the whole CV as a borderless two-column table, the left column
    holding section labels and date ranges, the right column the content; each job's right
    cell is several paragraphs (title, employer and city, '▪' activities, 'Business or
    sector …'); language and digital skills as label rows."""
    from docx import Document

    doc = Document()
    rows: list[tuple[str, list[str]]] = [
        ("PERSONAL INFORMATION", ["Katrin Hoffmann"]),
        (
            "",
            [
                "Mainzer Landstraße 1, 60329 Frankfurt am Main (Germany)",
                "katrin.hoffmann@example.de",
            ],
        ),
        ("JOB APPLIED FOR", ["Senior Machine Learning Engineer"]),
        ("WORK EXPERIENCE", [""]),
        (
            "01/2020–Present",
            [
                "Machine Learning Engineer",
                "Deutsche Bahn AG, Frankfurt am Main (Germany)",
                "▪ Developed a delay-propagation forecasting model for regional trains; mean absolute"
                " error of the 30-minute forecast reduced from 4.1 to 2.6 minutes.",
                "▪ Set up the feature store and nightly retraining on Azure ML.",
                "▪ Member of the works council's IT working group.",
                "Business or sector Transport and logistics",
            ],
        ),
        (
            "09/2016–12/2019",
            [
                "Data Analyst",
                "Lufthansa Technik AG, Hamburg (Germany)",
                "▪ Built an anomaly-detection model on engine sensor data; unscheduled engine"
                " removals down 12% on the A320 fleet.",
                "▪ Prepared the monthly reliability reports.",
                "Business or sector Aircraft maintenance",
            ],
        ),
        ("EDUCATION AND TRAINING", [""]),
        ("10/2014–08/2016", ["Master of Science in Data Science", "Universität Hamburg (Germany)"]),
        ("PERSONAL SKILLS", [""]),
        ("Mother tongue(s)", ["German"]),
        ("Other language(s)", ["English C1, French B1"]),
        ("Digital competence", ["Python, Spark, Azure ML, SQL, Power BI"]),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    for r, (label, paras) in enumerate(rows):
        table.cell(r, 0).text = label
        cell = table.cell(r, 1)
        cell.text = paras[0]
        for extra in paras[1:]:
            cell.add_paragraph(extra)
    return docx_bytes(doc)


def i11_zh_pdf_arrows() -> bytes:
    """zh PDF, single column: job lines '公司　职位　日期', project lines '▶ 名称　日期　角色' with
    the role and dates on the project's own line, '➢' bullets, a '业绩：' bullet carrying the
    results, a job with no named project, skills as a '➢' line."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_font("wqy", "", CJK_FONT)
    pdf.add_font("dv", "", SANS)
    pdf.set_fallback_fonts(["dv"])
    pdf.add_page()
    lines: list[tuple[int, float, str]] = [
        (16, 15, "刘浩然"),
        (9, 15, "Java / 大模型应用开发　｜　深圳　｜　138-0000-0000　｜　liuhr@example.cn"),
        (0, 0, ""),
        (12, 15, "工作经历"),
        (10, 15, "平安科技　高级开发工程师　2020.03 – 至今"),
        (10, 18, "▶ 智能客服知识库问答　2023.02 – 2023.10　技术负责人"),
        (9, 22, "➢ 基于 bge 向量检索 + 重排 + Qwen-14B 生成，接入 3 万篇保险条款文档；"),
        (9, 22, "➢ 建立 500 条人工标注评测集，每周回归；"),
        (9, 22, "➢ 业绩：问题解决率由 62% 提升至 81%，人工转接量下降 35%。"),
        (10, 18, "▶ 理赔材料智能审核　2021.05 – 2022.12　核心开发"),
        (9, 22, "➢ 用 OCR + 规则引擎抽取发票、病历的关键字段，自动校验 23 类规则；"),
        (9, 22, "➢ 业绩：单案审核时长从 25 分钟降至 6 分钟。"),
        (10, 15, "金蝶软件　Java 开发工程师　2017.07 – 2020.02"),
        (9, 18, "➢ 负责财务云报表模块的开发与维护；"),
        (9, 18, "➢ 将报表导出改为异步任务队列，导出超时投诉减少 90%。"),
        (0, 0, ""),
        (12, 15, "教育背景"),
        (9, 15, "华南理工大学　软件工程　本科　2013 – 2017"),
        (0, 0, ""),
        (12, 15, "专业技能"),
        (9, 15, "➢ Java、Spring Boot、Python、LangChain、Milvus、Elasticsearch"),
    ]
    y = 15.0
    for size, x, text in lines:
        if not text:
            y += 3
            continue
        pdf.set_font("wqy", "", size)
        pdf.set_xy(x, y)
        pdf.cell(180, 5, text)
        y += 5.8
    return pdf_bytes(pdf)


BUILDERS = {
    "i03_docx_project_table.docx": i03_docx_project_table,
    "i07_pdf_glyph_bullets.pdf": i07_pdf_glyph_bullets,
    "i09_europass_docx.docx": i09_europass_docx,
    "i11_zh_pdf_arrows.pdf": i11_zh_pdf_arrows,
}


if __name__ == "__main__":
    write_all(BUILDERS, HERE)
