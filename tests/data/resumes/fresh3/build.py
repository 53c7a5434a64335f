"""Build the binary résumés of this folder (DOCX, PDF) from the specs below.

Run: `python tests/data/resumes/fresh3/build.py`. Deterministic: a rebuild shows what changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from fixture_bytes import cjk_pdf, docx_bytes, pdf_bytes, write_all  # noqa: E402


def h01_newspaper_columns() -> bytes:
    """en PDF, a full-width header then two EQUAL columns the text FLOWS through (newspaper
    style: the first job in the left column, the second job, side projects and skills in the
    right), both columns on the same line grid, bullets wrapped inside the narrow columns."""
    pdf = cjk_pdf(page_break=False)
    pdf.set_font("wqy", size=15)
    pdf.set_xy(15, 14)
    pdf.cell(180, 7, "Priya Raman")
    pdf.set_font("wqy", size=9)
    pdf.set_xy(15, 22)
    pdf.cell(180, 5, "Data Engineer · Bengaluru · priya.raman@example.in · github.com/praman")
    left = [
        (11, "EXPERIENCE"),
        (10, "Swiggy — Senior Data Engineer"),
        (9, "2021 – present"),
        (9, "• Rebuilt the order-events pipeline on"),
        (9, "  Kafka and Flink; end-to-end lag went"),
        (9, "  from 15 minutes to 40 seconds."),
        (9, "• Wrote the data-quality checks library"),
        (9, "  (Great Expectations) now used by 35"),
        (9, "  teams."),
        (9, "• Moved the daily finance reports off"),
        (9, "  Redshift to Spark on S3; compute cost"),
        (9, "  down 45%."),
    ]
    right = [
        (10, "Mu Sigma — Data Engineer"),
        (9, "2018 – 2021"),
        (9, "• Built the demand-forecasting model for"),
        (9, "  a retail client; forecast MAPE fell"),
        (9, "  from 18% to 11%."),
        (9, "• On-call for client ETL jobs; handled"),
        (9, "  ad-hoc data requests."),
        (11, "SIDE PROJECTS"),
        (9, "dbt-lint — a linter for dbt models;"),
        (9, "  900 GitHub stars."),
        (11, "SKILLS"),
        (9, "Python, SQL, Spark, Flink, Kafka, dbt"),
    ]
    for x, col in ((15, left), (110, right)):
        y = 34.0
        for size, text in col:
            pdf.set_font("wqy", size=size)
            pdf.set_xy(x, y)
            pdf.cell(88, 5, text)
            y += 5.5
    return pdf_bytes(pdf)


def h02_linkedin_export() -> bytes:
    """LinkedIn 'Save to PDF': a grey sidebar (Contact, Top Skills, Languages, Certifications)
    with its own line height, the main column with name, headline, Summary, Experience where
    one company holds two titles with '(n years m months)' durations and a place line; the
    descriptions are '- Name: text' lines, one a prose paragraph; a 'Page 1 of 1' footer."""
    pdf = cjk_pdf(page_break=False)
    pdf.set_fill_color(240, 240, 240)
    pdf.rect(0, 0, 64, 297, style="F")
    side = [
        (11, "Contact"),
        (9, "nadia.haddad@example.ca"),
        (9, "www.linkedin.com/in/nadiahaddad"),
        (9, "(LinkedIn)"),
        (0, ""),
        (11, "Top Skills"),
        (9, "Learning to Rank"),
        (9, "Retrieval-Augmented Generation"),
        (9, "Recommender Systems"),
        (0, ""),
        (11, "Languages"),
        (9, "English (Native or Bilingual)"),
        (9, "French (Professional Working)"),
        (9, "Arabic (Native or Bilingual)"),
        (0, ""),
        (11, "Certifications"),
        (9, "AWS Certified Machine Learning"),
    ]
    y = 18.0
    for size, text in side:
        if text:
            pdf.set_font("wqy", size=size)
            pdf.set_xy(8, y)
            pdf.cell(54, 5, text)
        y += 6.3
    main = [
        (18, "Nadia Haddad"),
        (10, "Staff Machine Learning Engineer at Shopify | Search & Recommendations"),
        (9, "Toronto, Ontario, Canada"),
        (0, ""),
        (12, "Summary"),
        (9, "I build search and recommendation systems that merchants and readers use every"),
        (9, "day. Eight years in applied ML, the last three leading merchant search."),
        (0, ""),
        (12, "Experience"),
        (11, "Shopify"),
        (10, "Staff Machine Learning Engineer"),
        (9, "January 2022 - Present (2 years 11 months)"),
        (9, "Toronto, Ontario, Canada"),
        (9, "Tech lead for merchant search."),
        (9, "- Sidekick retrieval: built the help-center retrieval layer behind the merchant"),
        (9, "assistant (hybrid search + reranker); answer groundedness on our eval set rose"),
        (9, "from 0.78 to 0.91."),
        (9, "- Search ranking: replaced the hand-tuned ranker with a learning-to-rank model;"),
        (9, "add-to-cart from search +6.5%."),
        (0, ""),
        (11, "Wattpad"),
        (10, "Senior Machine Learning Engineer"),
        (9, "March 2020 - December 2021 (1 year 10 months)"),
        (9, "Story recommendations for the home feed. Moved the recommender from nightly batch"),
        (9, "scoring to a real-time service on Kubernetes; p95 latency dropped from 900 ms to"),
        (9, "120 ms and reading time per session increased 14%."),
        (10, "Machine Learning Engineer"),
        (9, "June 2018 - March 2020 (1 year 10 months)"),
        (9, "- Toxicity filter: trained the comment toxicity classifier that screens new"),
        (9, "comments; the moderator queue shrank by 60%."),
        (0, ""),
        (12, "Education"),
        (10, "University of Waterloo"),
        (9, "Master of Mathematics, Computer Science · (2016 - 2018)"),
    ]
    y = 18.0
    for size, text in main:
        if text:
            pdf.set_font("wqy", size=size)
            pdf.set_xy(72, y)
            pdf.cell(130, 5, text)
        y += 5.2
    pdf.set_font("wqy", size=8)
    pdf.set_xy(120, 285)
    pdf.cell(30, 4, "Page 1 of 1")
    return pdf_bytes(pdf)


def h03_academic_grants() -> bytes:
    """Academic CV DOCX: appointments, a GRANTS table (years | title | role | amount) whose
    titles name the research, RESEARCH as bold-led paragraphs ('Topic. prose…'), a numbered
    publications list, students supervised and teaching."""
    from docx import Document

    doc = Document()
    doc.add_heading("Dr. Amara Nwosu", 0)
    doc.add_paragraph(
        "Assistant Professor of Computer Science · University of Michigan · anwosu@example.edu"
    )
    doc.add_heading("Appointments", 1)
    doc.add_paragraph("2021–present\tAssistant Professor, University of Michigan")
    doc.add_paragraph("2018–2021\tPostdoctoral Fellow, Allen Institute for AI")
    doc.add_heading("Grants", 1)
    rows = [
        ("Years", "Title", "Role", "Amount"),
        ("2022–2027", "NSF CAREER: Robust Retrieval for Clinical Notes", "PI", "$550,000"),
        (
            "2023–2025",
            "NIH R21: Automated Adverse-Event Extraction from Discharge Summaries",
            "Co-PI",
            "$410,000",
        ),
        ("2020–2021", "AI2 internal: Scientific Claim Verification Benchmark", "Lead", "—"),
    ]
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    doc.add_heading("Research", 1)
    for title, text in (
        (
            "Clinical retrieval. ",
            "My group built a retriever for clinical notes that is robust to abbreviations and"
            " misspellings; on the n2c2 retrieval task it raised nDCG@10 from 0.41 to 0.57."
            " (Supported by the NSF CAREER award.)",
        ),
        (
            "Adverse-event extraction. ",
            "We fine-tuned a clinical LLM (Llama-2 13B) to extract adverse events from discharge"
            " summaries; it reaches F1 0.74 against 0.61 for the best rule-based system.",
        ),
        (
            "SciVer benchmark. ",
            "I designed and led the annotation of 2,400 expert-labelled scientific claims with"
            " evidence sentences; the benchmark has been adopted by 60+ research groups and used"
            " in three shared tasks.",
        ),
    ):
        p = doc.add_paragraph()
        p.add_run(title).bold = True
        p.add_run(text)
    doc.add_heading("Selected publications", 1)
    for text in (
        "Nwosu, A., Patel, R. Abbreviation-Robust Dense Retrieval for Clinical Notes. ACL 2024.",
        "Li, S., Nwosu, A. Extracting Adverse Events with Instruction-Tuned LLMs. JAMIA 2024.",
        "Nwosu, A., et al. SciVer: Verifying Scientific Claims. EMNLP 2021.",
    ):
        doc.add_paragraph(text, style="List Number")
    doc.add_heading("Students supervised", 1)
    doc.add_paragraph("4 PhD students (2 graduated), 7 MS students.")
    doc.add_heading("Teaching", 1)
    doc.add_paragraph("EECS 595 Natural Language Processing (Fall 2022, 2023, 2024).")
    return docx_bytes(doc)


def h06_zh_xiaozhao_tables() -> bytes:
    """zh 校招 DOCX: a centred header line, 教育背景 and 实习经历 as paragraphs with '•' items,
    在校项目 where each project is its own two-column label | content table (项目名称 /
    项目时间 / 项目简介 / 个人贡献 / 项目成果), 竞赛获奖 and 专业技能 paragraphs."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("李思远 ｜ 2025 届硕士 ｜ 上海交通大学 电子信息 ｜ lisy@example.edu.cn")
    doc.add_paragraph("求职意向：大模型算法工程师")
    doc.add_heading("教育背景", 2)
    doc.add_paragraph("2022.09 - 2025.06　上海交通大学　电子信息　硕士　GPA 3.8/4.0")
    doc.add_paragraph("2018.09 - 2022.06　南京大学　软件工程　本科　专业排名 8/120")
    doc.add_heading("实习经历", 2)
    doc.add_paragraph("字节跳动　大模型算法实习生　2024.05 - 2024.09")
    doc.add_paragraph(
        "• 参与 SFT 数据清洗流程建设，设计规则 + 模型打分的过滤方法，数据从 120 万条精简到 45 万条，"
        "下游模型 MT-Bench 得分从 6.8 提升到 7.3。"
    )
    doc.add_paragraph("• 负责组内周会记录与实验结果整理。")
    doc.add_heading("在校项目", 2)
    projects = [
        (
            ("项目名称", "基于多智能体的文献综述生成系统"),
            ("项目时间", "2023.10 - 2024.03"),
            (
                "项目简介",
                "面向课题组的文献调研需求，让检索、阅读、写作三个智能体分工协作，自动生成带引用的综述初稿。",
            ),
            ("个人贡献", "负责工具调用与任务规划模块，设计了引用校验的反思步骤。"),
            ("项目成果", "引用准确率从 72% 提升至 94%；课题组 15 名同学日常使用。"),
        ),
        (
            ("项目名称", "小样本工业缺陷检测（国家级大创项目）"),
            ("项目时间", "2021.06 - 2022.06"),
            ("项目简介", "针对产线缺陷样本少的问题，基于 PatchCore 做无监督异常检测。"),
            ("个人贡献", "项目负责人，带领 4 人完成算法实现与结题答辩。"),
            ("项目成果", "图像级 AUROC 达到 98.1%，结题评为优秀。"),
        ),
    ]
    for rows in projects:
        t = doc.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for r, (label, text) in enumerate(rows):
            t.cell(r, 0).text = label
            t.cell(r, 1).text = text
        doc.add_paragraph("")
    doc.add_heading("竞赛获奖", 2)
    doc.add_paragraph("2023 天池大模型问答挑战赛　第 3 名（共 1200 支队伍）")
    doc.add_heading("专业技能", 2)
    doc.add_paragraph("Python、PyTorch、DeepSpeed、vLLM、LangChain；英语六级 580")
    return docx_bytes(doc)


def h10_nested_bullets() -> bytes:
    """en DOCX, no project headings anywhere: each job a bold 'Title — Org (years)' line,
    level-1 bullets telling one initiative each (a deed and an object) and level-2 bullets
    under them holding only the results; duty bullets mixed in at level 1."""
    from docx import Document

    doc = Document()
    doc.add_heading("Tom Ellery", 0)
    doc.add_paragraph("Senior Data Scientist · London · tom.ellery@example.co.uk")
    doc.add_heading("Experience", 1)
    jobs = [
        (
            "Senior Data Scientist — Monzo (2020–present)",
            [
                (
                    "Built the collections-prioritisation model that decides which overdue"
                    " accounts an agent calls first.",
                    [
                        "Recovered balances up 18% with the same headcount.",
                        "Calls per recovery from 7.2 to 4.9.",
                    ],
                ),
                (
                    "Retrained the transaction-categorisation model on merchant descriptors and"
                    " added a feedback loop from user corrections.",
                    ["Accuracy from 89% to 95%."],
                ),
                ("Ran the fortnightly model-risk review.", []),
            ],
        ),
        (
            "Data Analyst — Deliveroo (2017–2020)",
            [
                (
                    "Designed the rider-pay experiment framework (switchback tests across zones).",
                    ["Used for 25 experiments in its first year."],
                ),
                ("Produced the weekly operations dashboards.", []),
            ],
        ),
    ]
    for title, items in jobs:
        doc.add_paragraph().add_run(title).bold = True
        for text, subs in items:
            doc.add_paragraph(text, style="List Bullet")
            for sub in subs:
                doc.add_paragraph(sub, style="List Bullet 2")
    doc.add_heading("Skills", 1)
    doc.add_paragraph("Python, SQL, scikit-learn, LightGBM, dbt, Looker")
    return docx_bytes(doc)


def h11_zh_inline_names() -> bytes:
    """zh single-column PDF: a one-line header, jobs as 'org　dept　title' lines with the dates
    pushed to the right margin, a 主要业绩 label, '■' achievements that name their project in
    「」 mid-sentence (主导「X」系统建设：…), a duty line, schooling."""
    pdf = cjk_pdf(page_break=False)
    y = 16.0

    def line(text: str, size: int = 10, x: float = 15, right: str = "") -> None:
        nonlocal y
        if text:
            pdf.set_font("wqy", size=size)
            pdf.set_xy(x, y)
            pdf.cell(150, 5, text)
        if right:
            pdf.set_xy(160, y)
            pdf.cell(35, 5, right, align="R")
        y += 6.0

    line("陈佳怡 ｜ 数据科学家 ｜ 杭州 ｜ 150-0000-0000 ｜ chenjy@example.cn", 11)
    line("")
    line("工作经历", 12)
    line("某物流集团　数据科学部　高级数据科学家", 10, right="2020.03 – 至今")
    line("主要业绩", 10)
    line("■ 主导「智能排班」系统建设：用需求预测 + 整数规划生成分拣中心排班，人效提升 18%，", 9)
    line("加班时长由月均 46 小时降到 20 小时。", 9, x=19)
    line("■ 牵头「异常件预警」模型，提前 24 小时识别可能延误的包裹，预警准确率 82%，客诉量", 9)
    line("下降三成。", 9, x=19)
    line("■ 负责数据科学团队的日常管理与招聘（团队 6 人）。", 9)
    line("某咨询公司　零售行业组　分析师", 10, right="2017.07 – 2020.02")
    line("■ 为零售客户搭建「门店选址」评分模型，新店首年达标率从 55% 提升到 73%。", 9)
    line("")
    line("教育背景", 12)
    line("浙江大学　统计学　硕士", 10, right="2014 – 2017")
    line("")
    line("技能", 12)
    line("Python、SQL、OR-Tools、LightGBM、Spark", 9)
    return pdf_bytes(pdf)


BUILDERS = {
    "h01_newspaper_columns.pdf": h01_newspaper_columns,
    "h02_linkedin_export.pdf": h02_linkedin_export,
    "h03_academic_grants.docx": h03_academic_grants,
    "h06_zh_xiaozhao_tables.docx": h06_zh_xiaozhao_tables,
    "h10_nested_bullets.docx": h10_nested_bullets,
    "h11_zh_inline_names.pdf": h11_zh_inline_names,
}


if __name__ == "__main__":
    write_all(BUILDERS, HERE)
