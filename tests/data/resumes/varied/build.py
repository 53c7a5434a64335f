"""Build the binary résumés of this folder (DOCX, PDF) from the specs below.

Run: `python tests/data/resumes/varied/build.py`. Deterministic: a rebuild shows what changed.
Each résumé is laid out by hand in its own function, unlike the generated corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from fixture_bytes import cjk_pdf, docx_bytes, pdf_bytes, write_all  # noqa: E402


def _bold_para(doc: Any, text: str, *, italic: bool = False, bold: bool = True) -> None:
    run = doc.add_paragraph().add_run(text)
    run.bold, run.italic = bold, italic


def v07_docx_roles() -> bytes:
    """Jobs as Heading 2 with a 'Title · dates' paragraph; projects as bold paragraphs (no
    heading style) with an italic 'Role: … | dates' line, a prose line and result bullets."""
    from docx import Document

    doc = Document()
    doc.add_heading("Jonas Lindqvist", 0)
    doc.add_paragraph("Berlin · jonas.lindqvist@example.se")
    doc.add_heading("Experience", 1)
    doc.add_heading("Kestrel Robotics — Berlin", 2)
    doc.add_paragraph("Principal Engineer · 2020 – now")
    _bold_para(doc, "Fleet telemetry lakehouse")
    _bold_para(
        doc, "Role: architect and hands-on lead | Jan 2022 – Mar 2023", italic=True, bold=False
    )
    doc.add_paragraph(
        "Unified telemetry from 1,900 robots into an Iceberg lakehouse on S3 with Flink ingestion."
    )
    doc.add_paragraph("Query cost per dashboard fell from $1.20 to $0.15.", style="List Bullet")
    doc.add_paragraph("Ingestion lag: 40 min → 90 s.", style="List Bullet")
    _bold_para(doc, "Grasp-success model")
    _bold_para(doc, "Role: ML lead | 2020 – 2021", italic=True, bold=False)
    doc.add_paragraph(
        "Trained a grasp-success classifier on 6M simulated grasps, then on 40k real ones."
    )
    doc.add_paragraph("Real-world grasp success improved from 71% to 88%.", style="List Bullet")
    doc.add_heading("Nimbus Games — Hamburg", 2)
    doc.add_paragraph("Senior Backend Engineer · 2016 – 2020")
    doc.add_paragraph(
        "Rewrote matchmaking in Rust; median queue time dropped from 95 s to 30 s.",
        style="List Bullet",
    )
    doc.add_paragraph("Interviewed 60+ candidates and onboarded new hires.", style="List Bullet")
    doc.add_heading("Skills", 1)
    doc.add_paragraph("Rust, Python, Flink, Iceberg, PyTorch")
    return docx_bytes(doc)


def _table(doc: Any, head: list[str], rows: list[list[str]]) -> None:
    table = doc.add_table(rows=1, cols=len(head))
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


def v08_docx_table() -> bytes:
    """A table whose columns never say 'project': Initiative | My part | Stack | Outcome."""
    from docx import Document

    doc = Document()
    doc.add_heading("Aisha Bello", 0)
    doc.add_paragraph("aisha.bello@example.com | Leeds")
    doc.add_heading("Career", 1)
    doc.add_paragraph("Senior Data Engineer, Copperleaf Energy (2020 – present)")
    _table(
        doc,
        ["Initiative", "My part", "Stack", "Outcome"],
        [
            [
                "Smart-meter ingestion",
                "Designed and built the streaming pipeline",
                "Kafka, Spark Structured Streaming, Delta",
                "Late readings cut from 7% to 0.4%; 2.1B rows/day",
            ],
            [
                "Tariff recommendation API",
                "Owned the model and the API",
                "FastAPI, XGBoost",
                "Customers moving to a cheaper tariff: 2% → 6%",
            ],
            [
                "Outage-notice assistant",
                "Prototyped the agent that drafts outage notices with tool calls to the grid API",
                "LangGraph, GPT-4o",
                "Drafting time per notice down 80%",
            ],
        ],
    )
    doc.add_paragraph("Data Engineer, Fenwick Water (2017 – 2020)")
    doc.add_heading("Education", 1)
    doc.add_paragraph("BEng Electrical Engineering, University of Leeds, 2017")
    return docx_bytes(doc)


def v09_zh_docx_table() -> bytes:
    """项目 | 技术栈 | 我的职责 | 成果, under a job paragraph."""
    from docx import Document

    doc = Document()
    doc.add_heading("周雨桐", 0)
    doc.add_paragraph("电话：186-0000-1111  邮箱：zyt@example.cn")
    doc.add_heading("工作经历", 1)
    doc.add_paragraph("2021.09 – 至今  某保险科技公司  AI 工程师")
    _table(
        doc,
        ["项目", "技术栈", "我的职责", "成果"],
        [
            [
                "通话质检平台",
                "Whisper、BERT 分类",
                "违规话术识别模型的训练与上线",
                "质检覆盖率从 3% 提升到 100%，人工质检员由 20 人减至 6 人",
            ],
            [
                "坐席辅助 Agent",
                "LangChain、function calling",
                "设计工具调用链路",
                "平均通话时长缩短 40 秒",
            ],
            ["话术推荐模型", "LightGBM", "特征工程与模型训练", "转化率提升 2.3 个百分点"],
        ],
    )
    doc.add_heading("教育经历", 1)
    doc.add_paragraph("某大学 统计学 硕士 2018 – 2021")
    return docx_bytes(doc)


def _two_columns(
    left: list[str], right: list[str], lx: float, lw: float, rx: float, rw: float
) -> bytes:
    """Two columns drawn row by row (table-based templates): plain extraction interleaves them."""
    pdf = cjk_pdf(page_break=True)
    y = 15.0
    for i in range(max(len(left), len(right))):
        if i < len(left) and left[i]:
            pdf.set_xy(lx, y)
            pdf.cell(lw, 5, left[i])
        if i < len(right) and right[i]:
            pdf.set_xy(rx, y)
            pdf.cell(rw, 5, right[i])
        y += 5.5
        if y > 280:
            pdf.add_page()
            y = 15.0
    return pdf_bytes(pdf)


def v10_pdf_two_column() -> bytes:
    """Main column on the LEFT, sidebar on the right."""
    main = [
        "EXPERIENCE",
        "",
        "Lead ML Engineer — Vantage Media — 2021–present",
        "Headline generator",
        "• Fine-tuned Llama-2-13B with LoRA on 180k edited headlines; editors kept",
        "  54% of suggestions, up from 19% with the prompt-only version.",
        "Comment moderation",
        "• Replaced a keyword filter with a small transformer classifier; the",
        "  moderator queue shrank by two thirds while precision held at 0.94.",
        "",
        "ML Engineer — Parcelly — 2018–2021",
        "• Built the parcel-dimension estimator from phone photos; returns for",
        "  wrong size labels fell 45%.",
    ]
    side = [
        "Nadia Petrova",
        "nadia.p@example.com",
        "Sofia, Bulgaria",
        "",
        "SKILLS",
        "PyTorch",
        "LoRA / PEFT",
        "OpenCV",
        "SQL",
        "",
        "EDUCATION",
        "MSc Computer Science",
        "Sofia University, 2018",
    ]
    return _two_columns(main, side, 10, 128, 145, 55)


def v11_zh_pdf_two_column() -> bytes:
    """Code-mixed Chinese, narrow sidebar on the left."""
    side = [
        "孙浩然",
        "shr@example.cn",
        "",
        "技能",
        "Python",
        "PyTorch",
        "Milvus",
        "vLLM",
        "",
        "教育",
        "某大学 硕士",
        "2016 - 2019",
    ]
    main = [
        "工作经历",
        "",
        "某内容平台 | 大模型算法工程师 | 2022.07 - 至今",
        "RAG 知识助手",
        "• 负责 retrieval pipeline：query rewrite + hybrid search + rerank，top-5",
        "  命中率从 62% 拉到 85%",
        "• hallucination rate 降了一半，p95 latency 控制在 1.2s 以内",
        "Eval 平台",
        "• 搭了一套 LLM-as-judge 的 eval harness，和人工标注的一致性 kappa 0.78",
        "• 每次发版前跑 1,500 条 regression case，线上 bad case 减少 35%",
        "",
        "某电商公司 | 推荐算法工程师 | 2019.07 - 2022.06",
        "• 双塔召回模型上线，人均点击提升 7.5%",
    ]
    return _two_columns(side, main, 10, 45, 60, 140)


def v12_linkedin_pdf() -> bytes:
    """A LinkedIn 'Save to PDF': sidebar first, one company with two titles, 'Name — text'
    paragraphs in the description."""
    lines = [
        "Contact",
        "www.linkedin.com/in/tomasz-nowak",
        "Top Skills",
        "Recommender Systems",
        "Apache Spark",
        "PyTorch",
        "",
        "Tomasz Nowak",
        "Staff Engineer, Recommendations at Streamly",
        "Warsaw, Masovian District, Poland",
        "",
        "Summary",
        "I build recommendation systems that people actually click on.",
        "",
        "Experience",
        "Streamly",
        "5 years 4 months",
        "Staff Engineer, Recommendations",
        "January 2022 - Present (2 years 3 months)",
        "Warsaw",
        "Home feed ranking — moved the home feed from a popularity heuristic to two-tower"
        " retrieval plus a DCN ranker. Watch time per session grew 9% in a four-week A/B test"
        " with 2M users.",
        "Cold-start bandit — a Thompson-sampling bandit for new titles; the share of new titles"
        " reaching 1k views within a week went from 31% to 58%.",
        "Senior Software Engineer",
        "December 2018 - December 2021 (3 years 1 month)",
        "Warsaw",
        "Rebuilt the event collection service on Kafka; dropped events fell from roughly 0.8% to"
        " 0.05%.",
        "",
        "Education",
        "Warsaw University of Technology",
        "Master of Science, Computer Science · (2012 - 2017)",
    ]
    pdf = cjk_pdf(page_break=True)
    for line in lines:
        pdf.set_x(10)
        if line:
            pdf.multi_cell(190, 5, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
    return pdf_bytes(pdf)


def v16_pdf_single() -> bytes:
    """Single column, dates pushed right, 'INDEPENDENT WORK' for side projects, terse voice."""
    pdf = cjk_pdf(page_break=True)
    rows: list[tuple[str, str]] = [
        ("Alex Moreau", ""),
        ("Paris · alex.moreau@example.fr · github.com/amoreau", ""),
        ("", ""),
        ("RELEVANT EXPERIENCE", ""),
        ("Datalys SAS — NLP Engineer", "2022 – 2024"),
        ("Contract search for legal teams", ""),
        ("  Hybrid BM25 + e5 retrieval over 1.1M clauses; nDCG@10 0.47 → 0.63.", ""),
        ("  Answer latency p50 2.4 s, down from 6 s.", ""),
        ("Invoice field extraction", ""),
        ("  LayoutLMv3 trained on 8k labelled invoices; field-level F1 +9 pts (0.81 → 0.90).", ""),
        ("", ""),
        ("INDEPENDENT WORK", ""),
        ("tinyserve — open-source inference server for GGUF models", ""),
        ("  1.2k GitHub stars; 38 tokens/s on a laptop CPU for a 7B Q4 model.", ""),
        ("", ""),
        ("EDUCATION", ""),
        ("Université Paris-Saclay — MSc Data Science, 2022", ""),
    ]
    for left, right in rows:
        if not left:
            pdf.ln(3)
            continue
        y = pdf.get_y()
        pdf.set_xy(10, y)
        pdf.cell(150, 5, left)
        if right:
            pdf.set_xy(165, y)
            pdf.cell(35, 5, right, align="R")
        pdf.ln(5)
    return pdf_bytes(pdf)


def v18_zh_pdf_blocks() -> bytes:
    """项目 blocks in a PDF, key/value lines two to a row, 项目成果 as a run-on paragraph."""
    lines = [
        "吴佳琪    算法工程师    wjq@example.cn",
        "",
        "工作经历",
        "某医疗科技公司    NLP 算法工程师    2021.03 - 至今",
        "",
        "项目经历",
        "项目：病历结构化抽取",
        "时间：2021.05 - 2022.08    角色：负责人",
        "内容：基于 RoBERTa 的实体与关系抽取，标注 5000 份病历。",
        "成果：实体 F1 由 0.83 提升至 0.91，医生录入时间平均缩短 6 分钟/份。",
        "项目：医学文献问答",
        "时间：2022.09 - 2023.12    角色：核心开发",
        "内容：PubMed 摘要向量检索 + 大模型生成回答，附引用。",
        "成果：专家评估的回答正确率达到 87%，引用准确率 93%。",
        "",
        "专业技能",
        "Python、PyTorch、Transformers、Milvus",
    ]
    pdf = cjk_pdf(page_break=True)
    for line in lines:
        pdf.set_x(10)
        if line:
            pdf.multi_cell(190, 5, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
    return pdf_bytes(pdf)


def v25_pdf_wordproc_columns() -> bytes:
    """A word processor's two-column export: each column is a text frame written whole (the
    sidebar first), paragraphs wrapped by the PDF writer, project names as their own lines."""
    side = [
        ("INGRID SOLBERG", 12),
        ("Machine Learning Engineer", 10),
        ("ingrid.solberg@example.no", 9),
        ("", 9),
        ("PROFILE", 10),
        ("Eight years turning logistics data into models that dispatchers trust.", 9),
        ("", 9),
        ("SKILLS", 10),
        ("Python, LightGBM, PyTorch, dbt, Airflow, BigQuery, Kubernetes, Triton", 9),
        ("", 9),
        ("LANGUAGES", 10),
        ("Norwegian, English, German", 9),
    ]
    main = [
        ("PROFESSIONAL EXPERIENCE", 11),
        ("Halden Logistics, Oslo - Senior Machine Learning Engineer, 03/2021 - present", 10),
        ("Route-time prediction", 10),
        (
            "Replaced the rule-based ETA with a gradient-boosted model trained on 14 months of"
            " GPS pings from 2,300 vans. The mean absolute error of delivery ETAs went from 22"
            " minutes to 9 minutes, and calls to customer service asking where a parcel is fell"
            " by about a third.",
            9,
        ),
        ("Depot demand forecasting", 10),
        (
            "Weekly parcel-volume forecasts for 41 depots, used to plan shifts. Forecast error"
            " (MAPE) 18% -> 7%; overtime hours down 12,000 a year.",
            9,
        ),
        ("Model serving on Triton", 10),
        (
            "Moved our six production models from Flask containers to Triton Inference Server"
            " with dynamic batching: p99 latency 410 ms -> 95 ms while traffic doubled.",
            9,
        ),
        ("", 9),
        ("Brekke Analytics, Bergen - Data Scientist, 09/2016 - 02/2021", 10),
        (
            "Built a churn model for a telecom client; the retention campaign's cost per saved"
            " customer dropped from $900 to $520.",
            9,
        ),
        ("Mentored four junior analysts and ran the internal reading group.", 9),
    ]
    pdf = cjk_pdf(page_break=True)
    for frame, x, w in ((side, 10.0, 50.0), (main, 68.0, 132.0)):
        pdf.set_xy(x, 15)
        for text, size in frame:
            pdf.set_font("wqy", size=size)
            pdf.set_x(x)
            if text:
                pdf.multi_cell(w, size * 0.5, text, new_x="LEFT", new_y="NEXT")
            else:
                pdf.ln(3)
    return pdf_bytes(pdf)


def v30_docx_consultant() -> bytes:
    """A consultant's client engagements: bold 'Client — engagement' lines, an italic
    'role · length · team' line, a prose line and result bullets; earlier career as one line."""
    from docx import Document

    doc = Document()
    doc.add_heading("Rafael Ortiz", 0)
    doc.add_paragraph("Madrid · rafael.ortiz@example.es")
    doc.add_paragraph("Senior Manager, AI & Analytics — Meridian Consulting (2019 – present)")
    doc.add_heading("Selected client engagements", 1)
    _bold_para(doc, "Tier-1 European bank — KYC document assistant")
    _bold_para(doc, "Engagement lead · 7 months · team of 6", italic=True, bold=False)
    doc.add_paragraph(
        "Built a retrieval-augmented assistant over 40k policy documents for KYC analysts,"
        " citing the clause behind every answer."
    )
    doc.add_paragraph("Average case review time: 52 → 31 minutes", style="List Bullet")
    doc.add_paragraph("Adopted by 1,100 analysts across 4 countries", style="List Bullet")
    _bold_para(doc, "Global consumer-goods company — demand sensing")
    _bold_para(doc, "Data science lead · 2021 · 4 consultants", italic=True, bold=False)
    doc.add_paragraph(
        "Daily sell-out forecasts from retailers' point-of-sale feeds, replacing monthly"
        " statistical forecasts."
    )
    doc.add_paragraph(
        "Forecast accuracy at SKU-week level improved from 61% to 78%", style="List Bullet"
    )
    doc.add_paragraph("Working capital released: $45M", style="List Bullet")
    _bold_para(doc, "Regional insurer — claims email agent")
    _bold_para(doc, "Solution architect · 2023", italic=True, bold=False)
    doc.add_paragraph(
        "An agent that reads inbound claim emails, looks up the policy and opens the claim in"
        " Guidewire through its API."
    )
    doc.add_paragraph("68% of emails handled end to end without a handler", style="List Bullet")
    doc.add_paragraph("First response time from 2 days to 20 minutes", style="List Bullet")
    doc.add_heading("Earlier career", 1)
    doc.add_paragraph("Analyst, Brightwater Partners (2016 – 2019)")
    doc.add_paragraph(
        "Supported due-diligence modelling for 12 private-equity deals.", style="List Bullet"
    )
    doc.add_heading("Education", 1)
    doc.add_paragraph("MSc Statistics, Universidad Carlos III de Madrid, 2016")
    return docx_bytes(doc)


def v33_docx_key_projects() -> bytes:
    """Jobs as Heading 2, a 'Key projects' Heading 3, projects as Heading 4 with a 'Role: … |
    Team: …' line, a 'Technologies:' line, a 'Responsibilities' paragraph and an 'Achievements'
    list; a job without projects has 'Responsibilities' and 'Achievements' only."""
    from docx import Document

    doc = Document()
    doc.add_heading("Sofia Marchetti", 0)
    doc.add_paragraph("Milan, Italy · sofia.marchetti@example.it")
    doc.add_heading("Professional Experience", 1)
    doc.add_heading("Senior AI Engineer — Lumina Bank, Milan (2021 – present)", 2)
    doc.add_heading("Key projects", 3)
    doc.add_heading("Mortgage document assistant", 4)
    doc.add_paragraph("Role: tech lead | Team: 5 engineers | 2023")
    doc.add_paragraph("Technologies: Azure OpenAI, Azure AI Search, Python, LangChain")
    doc.add_paragraph(
        "Responsibilities: designed the retrieval over 25k mortgage policy pages and the answer"
        " format with clause citations for branch staff."
    )
    doc.add_paragraph("Achievements", style="Heading 5")
    doc.add_paragraph(
        "Branch questions escalated to the central desk fell from 30% to 11%", style="List Bullet"
    )
    doc.add_paragraph("Answer time per question: 15 minutes → 2 minutes", style="List Bullet")
    doc.add_heading("Transaction categorisation model", 4)
    doc.add_paragraph("Role: ML engineer | 2021 – 2022")
    doc.add_paragraph("Technologies: PyTorch, DistilBERT, Airflow")
    doc.add_paragraph(
        "Responsibilities: fine-tuned DistilBERT on 2M labelled card transactions to categorise"
        " spending for the budgeting app."
    )
    doc.add_paragraph("Achievements", style="Heading 5")
    doc.add_paragraph("Macro-F1 from 0.71 to 0.89", style="List Bullet")
    doc.add_paragraph("Budgeting-app weekly users +22%", style="List Bullet")
    doc.add_heading("Data Engineer — Rete Retail, Turin (2018 – 2021)", 2)
    doc.add_paragraph("Responsibilities", style="Heading 5")
    doc.add_paragraph("Maintained the nightly ETL and supported analysts with ad-hoc queries.")
    doc.add_paragraph("Achievements", style="Heading 5")
    doc.add_paragraph(
        "Migrated the loyalty-card warehouse from on-prem Oracle to BigQuery; monthly"
        " infrastructure cost went from €18k to €7k.",
        style="List Bullet",
    )
    doc.add_heading("Education", 1)
    doc.add_paragraph("MSc Computer Engineering, Politecnico di Torino, 2018")
    return docx_bytes(doc)


def v37_zh_docx_roles() -> bytes:
    """zh DOCX: projects as bold paragraphs, a '角色：… | 时间：…' line, 技术栈 and 职责 lines,
    成果 as list bullets; one job with a duty-only paragraph."""
    from docx import Document

    doc = Document()
    doc.add_heading("李嘉欣", 0)
    doc.add_paragraph("深圳 · ljx@example.cn")
    doc.add_heading("工作经历", 1)
    doc.add_paragraph("某跨境电商 · 算法工程师 · 2021.07 – 至今")
    _bold_para(doc, "多语言商品标题生成")
    doc.add_paragraph("角色：负责人 | 时间：2023.02 – 2023.10")
    doc.add_paragraph("技术栈：Qwen1.5-14B、QLoRA、DeepSpeed")
    doc.add_paragraph("职责：清洗 30 万条人工改写过的标题，做指令微调，设计上线前的人工抽检流程。")
    doc.add_paragraph("标题人工改写率从 47% 降到 18%", style="List Bullet")
    doc.add_paragraph("新品首周点击率提升 2.1 个百分点", style="List Bullet")
    _bold_para(doc, "客服工单自动分派")
    doc.add_paragraph("角色：核心开发 | 时间：2021.09 – 2022.06")
    doc.add_paragraph("技术栈：BERT、Kafka")
    doc.add_paragraph("职责：训练工单意图分类模型，接入工单系统实时分派。")
    doc.add_paragraph("分派准确率 93%，平均首次响应时间缩短 40%", style="List Bullet")
    doc.add_paragraph("某物流公司 · 数据分析师 · 2019.07 – 2021.06")
    doc.add_paragraph("负责日常经营报表和临时取数需求。")
    doc.add_heading("教育经历", 1)
    doc.add_paragraph("某大学 · 统计学硕士 · 2017 – 2019")
    return docx_bytes(doc)


def v41_zh_docx_datecol() -> bytes:
    """zh DOCX whose body is one borderless table: a date column and a text column; jobs and
    schooling are rows, and project names are bold 【…】 runs inside the sentences."""
    import re

    from docx import Document

    doc = Document()
    doc.add_heading("简历 · 郑可欣", 0)
    doc.add_paragraph("杭州 · zkx@example.cn")
    rows = [
        ("2022.03 – 至今", "某新能源车企 · 智能座舱算法工程师"),
        (
            "2023.05 – 2024.01",
            "负责【车载语音助手意图识别】模型迭代，意图识别准确率从 88% 提升到 95%。",
        ),
        (
            "2022.06 – 2023.03",
            "主导【座舱大模型离线部署】，在车机芯片上用 4bit 量化部署 7B 模型，首字延迟由 2.8 秒降到 0.9 秒。",
        ),
        ("2019.07 – 2022.02", "某地图公司 · 数据工程师"),
        ("2020.01 – 2021.06", "搭建【路况数据实时管道】，路况更新延迟从 5 分钟降到 40 秒。"),
        ("2016.09 – 2019.06", "某大学 · 计算机硕士"),
    ]
    table = doc.add_table(rows=0, cols=2)
    for when, text in rows:
        cells = table.add_row().cells
        cells[0].text = when
        para = cells[1].paragraphs[0]
        for part in re.split(r"(【[^】]+】)", text):
            if part:
                para.add_run(part).bold = part.startswith("【")
    return docx_bytes(doc)


def v43_pdf_date_margin() -> bytes:
    """A CV-style PDF: dates sit in a narrow left margin on each entry's first line, the entry's
    text wraps in a wide right column, section titles are ruled, projects are 'Name — text'."""
    pdf = cjk_pdf(page_break=True)
    pdf.set_font("wqy", size=14)
    pdf.cell(0, 8, "Tomás Ferreira", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wqy", size=9)
    pdf.cell(0, 5, "Porto, Portugal · tomas.ferreira@example.pt", new_x="LMARGIN", new_y="NEXT")

    def section(title: str) -> None:
        pdf.ln(3)
        pdf.set_font("wqy", size=11)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.line(10, pdf.get_y(), 200, pdf.get_y())
        pdf.ln(2)
        pdf.set_font("wqy", size=9)

    def entry(when: str, text: str) -> None:
        y = pdf.get_y()
        pdf.set_xy(10, y)
        pdf.cell(30, 5, when)
        pdf.set_xy(42, y)
        pdf.multi_cell(158, 5, text, new_x="LMARGIN", new_y="NEXT")

    section("EXPERIENCE")
    entry("2021 – now", "Staff Data Scientist, Harbourline Shipping, Lisbon")
    entry(
        "",
        "Berth scheduling optimiser — replaced the planners' spreadsheet with a mixed-integer"
        " model that uses predicted arrival times from a gradient-boosted ETA model; average"
        " vessel waiting time went from 14 hours to 9 hours.",
    )
    entry(
        "",
        "Customs document reader — a layout-aware extraction model for bills of lading and"
        " invoices; manual data entry is down by two-thirds.",
    )
    entry("2017 – 2021", "Data Scientist, Medway Health, Coimbra")
    entry(
        "",
        "Readmission risk score — a logistic-regression score for 30-day readmission used by"
        " ward nurses at discharge; AUC improved from 0.68 to 0.77 on the following year's"
        " admissions.",
    )
    section("EDUCATION")
    entry("2015 – 2017", "MSc Statistics, Universidade do Porto")
    return pdf_bytes(pdf)


def v48_docx_title_alone() -> bytes:
    """Employer as Heading 2, the job title alone in bold on the next line (no dates, no
    separator), an italic 'dates · city' line, then bold project names with bullets; one job
    whose title line is bold and followed only by duty bullets."""
    from docx import Document

    doc = Document()
    doc.add_heading("Amara Nwosu", 0)
    doc.add_paragraph("Lagos · amara.nwosu@example.ng")
    doc.add_heading("Work history", 1)
    doc.add_heading("Paystack", 2)
    _bold_para(doc, "Senior Data Scientist")
    _bold_para(doc, "Mar 2021 – Present · Lagos", italic=True, bold=False)
    _bold_para(doc, "Merchant risk scoring")
    doc.add_paragraph(
        "Gradient-boosted risk score for newly onboarded merchants; chargeback losses down 31%.",
        style="List Bullet",
    )
    _bold_para(doc, "Settlement reconciliation service")
    doc.add_paragraph(
        "Matched bank statements to ledger entries nightly; unmatched items from 2.4% to 0.3%.",
        style="List Bullet",
    )
    doc.add_heading("Interswitch", 2)
    _bold_para(doc, "Data Analyst")
    _bold_para(doc, "2018 – 2021 · Lagos", italic=True, bold=False)
    doc.add_paragraph("Prepared weekly KPI reports for the card business.", style="List Bullet")
    doc.add_paragraph("Supported auditors with transaction extracts.", style="List Bullet")
    doc.add_heading("Education", 1)
    doc.add_paragraph("BSc Statistics, University of Lagos, 2018")
    return docx_bytes(doc)


def v49_docx_role_tab_dates() -> bytes:
    """Each job as one bold 'Title<TAB>dates' line with the employer in italics under it; the
    first job names its work only in achievement bullets, the second has 'Project: name' lines."""
    from docx import Document

    doc = Document()
    doc.add_heading("Lukas Brandt", 0)
    doc.add_paragraph("Munich · lukas.brandt@example.de")
    doc.add_heading("Professional Experience", 1)
    _bold_para(doc, "Machine Learning Engineer\t2022 – present")
    _bold_para(doc, "Flixbus, Munich", italic=True, bold=False)
    doc.add_paragraph(
        "Built the seat-demand forecaster used for dynamic pricing; revenue per bus up 4.2%.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Moved the forecaster from nightly batch to an online endpoint; p95 latency 80 ms.",
        style="List Bullet",
    )
    doc.add_paragraph("Mentored two junior engineers.", style="List Bullet")
    _bold_para(doc, "Software Engineer\t2019 – 2022")
    _bold_para(doc, "Celonis, Munich", italic=True, bold=False)
    doc.add_paragraph("Project: Event-log connector for SAP")
    doc.add_paragraph(
        "Extraction jobs for SAP tables into the process-mining lake; load time 6 h → 45 min.",
        style="List Bullet",
    )
    doc.add_heading("Skills", 1)
    doc.add_paragraph("Python, PyTorch, LightGBM, Spark, Kubernetes")
    return docx_bytes(doc)


def v50_docx_role_labels() -> bytes:
    """Jobs as Heading 3 'Title, Employer (dates)'; under each, bold labels 'Responsibilities'
    and 'Selected achievements' (never projects), and bold-led 'Name – text' achievements."""
    from docx import Document

    doc = Document()
    doc.add_heading("Sofia Marchetti", 0)
    doc.add_paragraph("Milan · sofia.marchetti@example.it")
    doc.add_heading("Experience", 1)
    doc.add_heading("Lead NLP Engineer, Intesa Digital (2020 – today)", 3)
    _bold_para(doc, "Responsibilities")
    doc.add_paragraph("Lead a team of five; own the NLP roadmap.", style="List Bullet")
    _bold_para(doc, "Selected achievements")
    p = doc.add_paragraph(style="List Bullet")
    p.add_run("Complaint router").bold = True
    p.add_run(
        " – classifier that sends customer complaints to the right desk; misrouted"
        " complaints from 18% to 6%."
    )
    p = doc.add_paragraph(style="List Bullet")
    p.add_run("Contract Q&A").bold = True
    p.add_run(
        " – answers questions on loan contracts from the clauses it retrieves; lawyers'"
        " lookup time down from 20 minutes to 3."
    )
    doc.add_heading("NLP Engineer, Translated (2017 – 2020)", 3)
    _bold_para(doc, "Responsibilities")
    doc.add_paragraph("Maintained the MT quality dashboards.", style="List Bullet")
    doc.add_heading("Languages", 1)
    doc.add_paragraph("Italian, English, Spanish")
    return docx_bytes(doc)


BUILDERS = {
    "v07_docx_roles.docx": v07_docx_roles,
    "v08_docx_table.docx": v08_docx_table,
    "v09_zh_docx_table.docx": v09_zh_docx_table,
    "v10_pdf_two_column.pdf": v10_pdf_two_column,
    "v11_zh_pdf_two_column.pdf": v11_zh_pdf_two_column,
    "v12_linkedin_pdf.pdf": v12_linkedin_pdf,
    "v16_pdf_single.pdf": v16_pdf_single,
    "v18_zh_pdf_blocks.pdf": v18_zh_pdf_blocks,
    "v25_pdf_wordproc_columns.pdf": v25_pdf_wordproc_columns,
    "v30_docx_consultant.docx": v30_docx_consultant,
    "v33_docx_key_projects.docx": v33_docx_key_projects,
    "v37_zh_docx_roles.docx": v37_zh_docx_roles,
    "v41_zh_docx_datecol.docx": v41_zh_docx_datecol,
    "v43_pdf_date_margin.pdf": v43_pdf_date_margin,
    "v48_docx_title_alone.docx": v48_docx_title_alone,
    "v49_docx_role_tab_dates.docx": v49_docx_role_tab_dates,
    "v50_docx_role_labels.docx": v50_docx_role_labels,
}


if __name__ == "__main__":
    write_all(BUILDERS, HERE)
