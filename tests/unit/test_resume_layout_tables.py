"""Families fresh4's English layouts showed (seen), each in other words than its résumés
(session 8, resume12).

1. A profile page (GitHub/GitLab/personal-site README): casual headings decorated with emoji
   ("Things I've built", "Say hi") at a level below the page title, and no section a vocabulary
   names. Such a heading is a section whose kind its lines decide, never a project.
2. A DOCX project table whose employers are merged full-width rows inside the table: the row is
   the job the following rows belong to, and the table goes on under it; a row that only
   tells a duty is no project.
3. A DOCX page laid out as one two-column table (dates or section labels left, a paragraph
   stack right): a right cell is a job's title, employer and points, one line each.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest

from interviewer.resume import load_resume_bytes
from interviewer.resume.assemble import parse_resume_text


def _names(resume: Any) -> list[str]:
    return [p.name for p in resume.projects]


# ---------------------------------------------------------------- 1. profile READMEs

_PROFILES = [
    (
        "# Tomás Herrera\n\nBackend + ML, Montevideo.\n\n"
        "#### 🚀 Stuff I shipped\n"
        "- ⚙️ **[queue-lens](https://example.com/q)** — a Kafka lag visualiser; 900 ⭐.\n"
        "- 🧠 **[ask-the-docs](https://example.com/a)** — retrieval over our wiki with citations;"
        " answer accuracy 55% → 80%.\n\n"
        "#### 🏢 Where I've been\n"
        "Data engineer at **dLocal** (2020–2023), now ML engineer at **Mercado Libre**.\n\n"
        "#### ✉️ Say hi\n"
        "Email or [LinkedIn](https://example.com/in/th). He/him.\n",
        {"queue-lens", "ask-the-docs"},
    ),
    (
        "<h2 align='center'>Priya Nair</h2>\n\n"
        "### ⚡ Currently\n"
        "Working on search at a travel company; writing about evals on my blog.\n\n"
        "### 📦 Projects I maintain\n"
        "* **fastrerank** – a cross-encoder reranking server in Rust; p95 12 ms.\n"
        "* **promptdiff** – diffs LLM outputs between prompt versions; used by 30 teams.\n\n"
        "### 🤝 Elsewhere\n"
        "Talks at PyData, a newsletter, and way too many bike rides.\n",
        {"fastrerank", "promptdiff"},
    ),
    (
        "# 👋 你好，我是林舟\n\n"
        "### 🌱 最近在做\n"
        "在一家电商公司做推荐系统，业余写开源。\n\n"
        "### 🔧 我做过的东西\n"
        "- 🔍 **[doc-qa](https://example.com/d)**：基于向量检索的文档问答，准确率从 62% 提升到 85%。\n"
        "- 🧰 **[etl-kit](https://example.com/e)**：轻量数据同步工具，GitHub 1.3k ⭐。\n\n"
        "### 📬 联系我\n"
        "邮箱或者微信都可以。\n",
        {"doc-qa", "etl-kit"},
    ),
]


_CONTACT_TAILS = [
    "Mostly on Mastodon or by email. Pronouns: she/her.",
    "Find me on Bluesky or write an email. Timezone: CET, usually online after 10.",
    "DMs are open on X, or just open an issue. Currently: learning Zig.",
]


@pytest.mark.parametrize("tail", _CONTACT_TAILS)
def test_a_sentence_is_no_project_name(tail: str) -> None:
    text = _PROFILES[1][0].replace(
        "Talks at PyData, a newsletter, and way too many bike rides.", tail
    )
    assert set(_names(parse_resume_text(text))) == _PROFILES[1][1]


@pytest.mark.parametrize("text,expected", _PROFILES)
def test_profile_headings_are_sections_not_projects(text: str, expected: set[str]) -> None:
    names = _names(parse_resume_text(text))
    assert set(names) == expected, names


# ---------------------------------------------------------------- DOCX builders


def _docx(build: Callable[[Any], None]) -> bytes:
    from docx import Document

    doc = Document()
    build(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _table(doc: Any, rows: list[tuple[str, ...]], width: int) -> None:
    table = doc.add_table(rows=len(rows), cols=width)
    for r, cells in enumerate(rows):
        if len(cells) == 1:
            table.cell(r, 0).merge(table.cell(r, width - 1)).text = cells[0]
            continue
        for c, text in enumerate(cells):
            table.cell(r, c).text = text


# ---------------------------------------------------------------- 2. merged employer rows

_MERGED = [
    (
        [
            ("When", "Initiative", "Role", "Impact"),
            ("Shopify — Staff Engineer — Ottawa, 2021–present",),
            ("2023", "Checkout fraud scoring", "Lead", "Chargebacks down 18%."),
            ("2022", "Storefront search relevance", "IC", "Search conversion +4%."),
            ("Wattpad — Software Engineer — Toronto, 2017–2021",),
            ("2019", "Story recommendation service", "IC", "Reads per user +9%."),
        ],
        {"Checkout fraud scoring", "Storefront search relevance", "Story recommendation service"},
        2,
    ),
    (
        [
            ("时间", "项目", "职责", "成果"),
            ("腾讯 · 高级工程师 · 2019–2022",),
            ("2021", "广告点击率预估", "模型负责人", "点击率提升 6%。"),
            ("2020", "素材审核模型", "核心开发", "人工审核量下降 40%。"),
            ("字节跳动 · 工程师 · 2016–2019",),
            ("2018", "推送时机优化", "开发", "打开率从 3.1% 提升到 3.9%。"),
        ],
        {"广告点击率预估", "素材审核模型", "推送时机优化"},
        2,
    ),
    (
        [
            ("Year", "Work", "What I did", "Result"),
            ("Grab — Data Scientist — Singapore, 2020–present",),
            ("2022", "Driver incentive targeting", "Built the uplift model.", "Cost per trip -7%."),
            ("2020–2022", "Support rota", "Second-line on-call for the pricing jobs.", "—"),
            ("Lazada — Analyst — Singapore, 2018–2020",),
            ("2019", "Seller churn dashboard", "Built it in Tableau.", "Used by 40 managers."),
        ],
        {"Driver incentive targeting", "Seller churn dashboard"},
        2,
    ),
]


@pytest.mark.parametrize("rows,expected,jobs", _MERGED)
def test_merged_employer_rows_keep_the_project_table(
    rows: list[tuple[str, ...]], expected: set[str], jobs: int
) -> None:
    def build(doc: Any) -> None:
        doc.add_heading("Work", 1)
        _table(doc, rows, 4)

    resume = load_resume_bytes(_docx(build), "cv.docx")
    assert set(_names(resume)) == expected, _names(resume)
    assert len(resume.positions) == jobs, resume.positions
    assert all(p.metrics for p in resume.projects if "Support" not in p.name)


# ---------------------------------------------------------------- 3. two-column layout tables

_LAYOUT = [
    (
        [
            ("PERSONAL INFORMATION", ["Lena Novak"]),
            ("WORK EXPERIENCE", [""]),
            (
                "03/2019–Present",
                [
                    "Data Scientist",
                    "Philips, Eindhoven (Netherlands)",
                    "▪ Built a readmission-risk model for cardiology wards; AUC from 0.70 to 0.78.",
                    "▪ Attended the weekly clinical review meetings.",
                    "Business or sector Health technology",
                ],
            ),
            (
                "09/2015–02/2019",
                [
                    "Analyst",
                    "ASML, Veldhoven (Netherlands)",
                    "▪ Automated the wafer-defect report pipeline; report time from 2 days to 3 hours.",
                ],
            ),
            ("EDUCATION AND TRAINING", [""]),
            ("2013–2015", ["MSc Statistics", "Utrecht University"]),
        ],
        ["readmission-risk model", "wafer-defect report"],
        [("Data Scientist", "Philips"), ("Analyst", "ASML")],
    ),
    (
        [
            ("工作经历", [""]),
            (
                "2020.07 – 至今",
                [
                    "算法工程师",
                    "美团，北京",
                    "• 搭建配送时长预估模型，平均误差从 6 分钟降到 4 分钟。",
                    "• 参与部门周会与需求评审。",
                ],
            ),
            (
                "2017.07 – 2020.06",
                ["数据分析师", "京东，北京", "• 建立用户流失预警看板，流失率下降 3 个百分点。"],
            ),
            ("教育背景", [""]),
            ("2013 – 2017", ["北京大学 统计学 本科"]),
        ],
        ["配送时长预估模型", "用户流失预警看板"],
        [("算法工程师", "美团"), ("数据分析师", "京东")],
    ),
    (
        [
            ("Experience", [""]),
            (
                "Jan 2021 – Now",
                [
                    "Machine Learning Engineer, Spotify",
                    "Stockholm",
                    "- Shipped a podcast-episode recommender; listening minutes +5%.",
                    "- Rebuilt the feature backfill job in Spark; backfill from 30 hours to 4 hours.",
                ],
            ),
            ("Skills", ["Python, Scala, Spark, TensorFlow"]),
        ],
        ["podcast-episode recommender", "feature backfill job"],
        [("Machine Learning Engineer", "Spotify")],
    ),
]


@pytest.mark.parametrize("rows,phrases,positions", _LAYOUT)
def test_two_column_layout_table_reads_as_lines(
    rows: list[tuple[str, list[str]]], phrases: list[str], positions: list[tuple[str, str]]
) -> None:
    def build(doc: Any) -> None:
        table = doc.add_table(rows=len(rows), cols=2)
        for r, (label, paras) in enumerate(rows):
            table.cell(r, 0).text = label
            cell = table.cell(r, 1)
            cell.text = paras[0]
            for extra in paras[1:]:
                cell.add_paragraph(extra)

    resume = load_resume_bytes(_docx(build), "cv.docx")
    got = [(p.name, " ".join(p.bullets)) for p in resume.projects]
    assert len(got) == len(phrases), got
    for phrase in phrases:
        assert sum(phrase in " ".join(u) for u in got) == 1, (phrase, got)
    assert all(p.metrics for p in resume.projects), got
    assert [(j.title, j.org) for j in resume.positions] == positions


# ---------------------------------------------------------------- 4. tables turned on their side

_TRANSPOSED = [
    (
        "## Experience\n**Zalando** — ML Engineer — 2019–now\n\n## Highlights\n\n"
        "| | Size advisor | Returns forecast |\n|---|---|---|\n"
        "| Stack | PyTorch, Kafka | LightGBM |\n"
        "| Built | A fit model that suggests a size from past returns. | A weekly forecast of"
        " returns per warehouse. |\n"
        "| Impact | Size-related returns down 11%. | Forecast error from 18% to 9%. |\n",
        ["Size advisor", "Returns forecast"],
    ),
    (
        "## 项目\n\n| | 智能客服问答 | 推荐重排 | 数据质量监控 |\n|---|---|---|---|\n"
        "| 时间 | 2023 | 2022 | 2021 |\n"
        "| 我的工作 | 搭建检索增强问答，接入 2 万篇文档 | 设计多目标重排模型 | 搭建数据质量规则平台 |\n"
        "| 结果 | 解决率从 55% 提升到 78% | 点击率提升 5% | 数据事故减少 60% |\n",
        ["智能客服问答", "推荐重排", "数据质量监控"],
    ),
    (
        "# Ana Lima\n\n## Work\nNubank — Data Scientist — 2020–2024\n\n## Selected projects\n\n"
        "| | Credit-limit policy | Collections chatbot |\n|---|---|---|\n"
        "| Problem | Limits were set by hand rules. | Collectors made 40k calls a month. |\n"
        "| Approach | An uplift model ranks who gets a raise. | An LLM agent negotiates payment"
        " plans over WhatsApp and calls the billing API. |\n"
        "| Outcome | Losses flat, spend +7%. | Calls per month from 40k to 12k. |\n",
        ["Credit-limit policy", "Collections chatbot"],
    ),
]


@pytest.mark.parametrize("text,expected", _TRANSPOSED)
def test_a_table_on_its_side_has_a_project_per_column(text: str, expected: list[str]) -> None:
    resume = parse_resume_text(text)
    assert _names(resume) == expected
    assert all(p.metrics for p in resume.projects), [(p.name, p.bullets) for p in resume.projects]


# ---------------------------------------------------------------- 5. a lab or post over its work

_SETTINGS = [
    (
        "科研经历\n清华大学 智能产业研究院 · 科研助理（2022.07—2023.06）｜ 导师：王老师\n"
        "- 课题：多模态病历检索。设计图文联合检索方案，召回率从 0.52 提升到 0.66\n"
        "- 参与组会和文献整理\n",
        ["多模态病历检索"],
        "清华大学 智能产业研究院",
    ),
    (
        "Research\nMIT CSAIL · Undergraduate researcher (2023 – 2024)\n"
        "- Thesis project: Sparse attention for long videos; top-1 accuracy from 61% to 66%\n"
        "- Presented at the lab's reading group.\n",
        ["Sparse attention for long videos"],
        "MIT CSAIL",
    ),
    (
        "Research experience\nETH Zürich, Robotic Systems Lab · student assistant (2021 – 2022)\n"
        "- Semester project: Learned terrain classifier for a legged robot; slips cut by 30%\n",
        ["Learned terrain classifier for a legged robot"],
        "Robotic Systems Lab",
    ),
]


@pytest.mark.parametrize("text,expected,setting", _SETTINGS)
def test_a_dated_line_over_named_work_is_its_setting(
    text: str, expected: list[str], setting: str
) -> None:
    resume = parse_resume_text(text)
    assert _names(resume) == expected
    assert any(setting in (j.org or "") for j in resume.positions), resume.positions


# ---------------------------------------------------------------- 6. dates with a tenure after them

_TENURES = [
    (
        "Experience\nStripe\nSenior Data Engineer\nMay 2021 - Present (3 years 2 months)\n"
        "Dublin, Ireland\n- Ledger sync: rebuilt the ledger export as a CDC pipeline; lag from 30"
        " min to 2 min.\nIntercom\nData Engineer\nJune 2018 - April 2021 (2 years 11 months)\n"
        "Built the event pipeline in Kafka; warehouse costs down 20%.\n",
        [("Senior Data Engineer", "Stripe"), ("Data Engineer", "Intercom")],
        "Ledger sync",
    ),
    (
        "Experience\nCanva\nMachine Learning Engineer\nFeb 2020 - Present · 4 yrs 1 mo\n"
        "- Template search: replaced keyword search with CLIP embeddings; search exits down 18%.\n"
        "Atlassian\nSoftware Engineer\nJan 2017 - Jan 2020 · 3 yrs 1 mo\n"
        "Shipped the Jira issue-deduplication model; duplicate tickets down 35%.\n",
        [("Machine Learning Engineer", "Canva"), ("Software Engineer", "Atlassian")],
        "Template search",
    ),
    (
        "工作经历\n美团\n算法工程师\n2019.07 - 至今（4年 3个月）\n"
        "- 配送时间预估：重建 ETA 模型，平均误差从 6 分钟降到 4 分钟。\n"
        "百度\n研发工程师\n2016.07 - 2019.06（3年）\n搭建日志清洗管道，数据延迟从 T+1 降到 1 小时。\n",
        [("算法工程师", "美团"), ("研发工程师", "百度")],
        "配送时间预估",
    ),
]


@pytest.mark.parametrize("text,positions,first", _TENURES)
def test_employer_title_dates_with_a_tenure_is_a_job(
    text: str, positions: list[tuple[str, str]], first: str
) -> None:
    """LinkedIn's `Org` / `Title` / `dates (n years m months)`: the tenure after the dates does
    not stop the run from being a job (fresh3's LinkedIn export read no position at all)."""
    resume = parse_resume_text(text)
    assert [(j.title, j.org) for j in resume.positions] == positions
    assert resume.projects[0].name == first
    assert not any(org in " ".join(p.bullets) for p in resume.projects for _, org in positions)
