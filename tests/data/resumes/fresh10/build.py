"""Build the binary résumés of this folder (PDF, DOCX) from the specs below, with the layout
helpers every split shares (`../_build.py`).

Run: `python tests/data/resumes/fresh10/build.py`. Deterministic: a rebuild shows what changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from _build import (  # noqa: E402
    CJK_FONT,
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    docx_bytes,
    docx_table,
    new_pdf,
    pdf_bytes,
    right_dated,
    ruled_heading,
    write_all,
)


def p03_pdf_run_in_heads() -> bytes:
    """en PDF, one column, LaTeX-article look: a job line with employer, title and years set at
    three tab stops on one baseline; each piece of work is a paragraph opening with a bold
    run-in head ending in a full stop ('Feature store. Designed …'), wrapped to the margin."""
    pdf = new_pdf(("serif", "", SERIF), ("serif", "B", SERIF_BOLD), ("serif", "I", SERIF_ITALIC))
    pdf.set_margins(20, 18, 20)
    pdf.set_font("serif", "B", 16)
    pdf.cell(0, 8, "JONAS BERG", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("serif", "", 9.5)
    pdf.cell(
        0,
        5,
        "Data Engineer, ML platform - Stockholm - jonas.berg@example.com",
        new_x="LMARGIN",
        new_y="NEXT",
        align="C",
    )
    pdf.ln(4)

    def heading(text: str) -> None:
        ruled_heading(pdf, ("serif", "B", 11, 6), text, (20, 190))

    def job(org: str, title: str, years: str) -> None:
        y = pdf.get_y()
        pdf.set_font("serif", "B", 10)
        pdf.set_xy(20, y)
        pdf.cell(60, 5, org)
        pdf.set_font("serif", "I", 10)
        pdf.set_xy(85, y)
        pdf.cell(60, 5, title)
        pdf.set_font("serif", "", 10)
        pdf.set_xy(150, y)
        pdf.cell(40, 5, years, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def run_in(head: str, text: str) -> None:
        pdf.set_x(20)
        pdf.set_font("serif", "B", 10)
        pdf.write(5, head + " ")
        pdf.set_font("serif", "", 10)
        pdf.write(5, text)
        pdf.ln(7)

    heading("EXPERIENCE")
    job("Klarna, Stockholm", "Senior Data Engineer", "2020-present")
    run_in(
        "Feature store.",
        "Designed the offline/online feature store for the credit-risk models (Feast on Redis "
        "and BigQuery) with point-in-time correct joins; a new feature now reaches production "
        "in 3 days instead of 3 weeks.",
    )
    run_in(
        "Event pipeline.",
        "Rebuilt the clickstream ingestion into the data lake (Kafka to Iceberg); the share of "
        "late-arriving events dropped from 4% to 0.3%.",
    )
    job("Spotify, Stockholm", "Data Engineer", "2017-2020")
    run_in(
        "Podcast transcripts.",
        "Ran the batch speech-to-text job over the podcast catalogue on 64 GPUs, 4 million "
        "episodes in total; cost per audio hour was brought down from $0.90 to $0.21.",
    )
    pdf.set_font("serif", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Duties included on-call for the ingestion platform and reviewing schema changes.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    heading("EDUCATION")
    pdf.set_font("serif", "", 10)
    pdf.cell(
        0,
        5,
        "KTH Royal Institute of Technology, MSc Machine Learning, 2017",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    heading("SKILLS")
    pdf.set_font("serif", "", 10)
    pdf.cell(
        0,
        5,
        "Python, Scala, Spark, Beam, Airflow, Feast, BigQuery, Kubernetes",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return pdf_bytes(pdf)


def p08_zh_pdf_stack_lines() -> bytes:
    """zh PDF, one column: a '公司 · 部门 · 职位' job line with right-aligned dates, a 项目经验
    sub-heading under the job, '名称' lines with right-aligned dates, a '技术栈：' line, then
    '·' middle-dot points."""
    pdf = new_pdf(("wqy", "", CJK_FONT))
    pdf.set_margins(18, 16, 18)
    pdf.set_font("wqy", size=16)
    pdf.cell(0, 9, "周宇航", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wqy", size=9.5)
    pdf.cell(
        0, 5, "后端 / 机器学习平台工程师 · 成都 · 180-0000-0000", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(4)

    def heading(text: str) -> None:
        ruled_heading(pdf, ("wqy", "", 12, 7), text, (18, 192))

    def dated(text: str, when: str, size: float) -> None:
        right_dated(pdf, ("wqy", "", size), text, when, (18, 192))

    def line(text: str) -> None:
        pdf.set_font("wqy", size=10)
        pdf.set_x(18)
        pdf.multi_cell(174, 5.5, text, new_x="LMARGIN", new_y="NEXT")

    heading("工作经历")
    dated("美团 · 机器学习平台组 · 高级工程师", "2020.04 – 至今", 11)
    pdf.ln(1)
    pdf.set_font("wqy", size=10.5)
    pdf.cell(0, 6, "项目经验", new_x="LMARGIN", new_y="NEXT")
    dated("在线推理网关", "2021.06 – 2022.12", 10.5)
    line("技术栈：Go、Triton、Kubernetes、gRPC")
    line("· 统一公司 200 多个模型的在线推理入口，支持动态批处理与灰度发布")
    line("· P99 延迟从 85ms 降到 32ms，GPU 利用率从 35% 提升到 70%")
    pdf.ln(1)
    dated("特征数据回流平台", "2023.01 – 至今", 10.5)
    line("技术栈：Flink、Kafka、Hive")
    line("· 把线上请求的特征快照实时回流到样本表，解决训练与线上特征不一致的问题")
    line("· 样本生成时间由 T+1 缩短到 15 分钟")
    pdf.ln(1)
    dated("大模型评测平台", "2023.06 – 至今", 10.5)
    line("技术栈：Python、vLLM")
    line("· 为业务方搭建自动评测流水线，覆盖 12 个评测集，支持裁判模型打分")
    line("· 模型上线前的评测周期从 5 天缩短到 1 天")
    pdf.ln(3)
    heading("教育背景")
    dated("电子科技大学 · 软件工程 · 本科", "2012.09 – 2016.06", 10)
    return pdf_bytes(pdf)


def p10_zh_docx_campus_tables() -> bytes:
    """zh 校招 DOCX whose every section is a three-column table with a header row
    (时间 | 课题/公司/竞赛 | 内容与成果); 科研经历, 实习经历 and 竞赛经历 rows, a rank line."""
    from docx import Document

    doc = Document()
    doc.add_heading("孙嘉怡 — 2025届校园招聘简历", 0)
    doc.add_paragraph(
        "应聘岗位：大模型算法工程师（校招）｜ 电话：150-0000-0000 ｜ 邮箱：sunjy@example.com"
    )

    def section(title: str, header: tuple[str, str, str], rows: list[tuple[str, str, str]]) -> None:
        doc.add_heading(title, 1)
        docx_table(doc, header, rows)

    section(
        "教育背景",
        ("时间", "学校", "专业 / 成绩"),
        [
            ("2022.09-2025.06", "浙江大学", "计算机技术 硕士，GPA 3.8/4.0"),
            ("2018.09-2022.06", "华中科技大学", "软件工程 本科，专业排名 5/120"),
        ],
    )
    section(
        "科研经历",
        ("时间", "课题", "内容与成果"),
        [
            (
                "2023.03-2024.06",
                "面向法律问答的检索增强生成",
                "提出条款级切分与引用校验方法；在 LawQA 测试集上答案准确率从 62.1% 提升到 71.4%；"
                "论文投稿 EMNLP 2024（在审）",
            ),
            (
                "2022.10-2023.02",
                "小样本关系抽取",
                "用对比学习预训练关系表示，FewRel 5-way 1-shot 准确率达到 88.3%",
            ),
        ],
    )
    section(
        "实习经历",
        ("时间", "公司 / 岗位", "工作内容"),
        [
            (
                "2024.06-2024.09",
                "阿里云 · 大模型算法实习生",
                "负责 SQL 生成 Agent 的工具调用模块：模型先查表结构再生成 SQL，执行报错后自动修正；"
                "SQL 执行成功率从 71% 提升到 86%",
            ),
        ],
    )
    section(
        "竞赛经历",
        ("时间", "竞赛", "奖项与作品"),
        [
            (
                "2023.11",
                "天池 大模型幻觉检测赛",
                "二等奖（第 7 名 / 1200 支队伍）；作品：基于多模型交叉验证的幻觉检测器，F1 0.79",
            ),
            ("2021.05", "全国大学生数学建模竞赛", "省一等奖"),
        ],
    )
    doc.add_heading("专业技能", 1)
    doc.add_paragraph("Python、PyTorch、Transformers、vLLM、LangChain；英语 CET-6")
    return docx_bytes(doc)


if __name__ == "__main__":
    write_all(
        {
            "p03_pdf_run_in_heads.pdf": p03_pdf_run_in_heads,
            "p08_zh_pdf_stack_lines.pdf": p08_zh_pdf_stack_lines,
            "p10_zh_docx_campus_tables.docx": p10_zh_docx_campus_tables,
        },
        HERE,
    )
