"""Résumés written in a markup or data format are read as section → entry → project (session 10,
resume10b; the family the untouched fresh9 split's diagnosis named, here in other words).

AsciiDoc / wiki titles (`== Experience`, `=== Project`) and reStructuredText titles underlined by
a run of one mark (its depth the order the page first uses each mark) are headings of that depth;
a résumé kept as YAML data (RenderCV `cv: sections:`, or hand-written `- company:` records) is
read as its records, as a JSON Resume is.
"""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _read(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    resume = parse_resume_text(text)
    return [(p.title, p.org) for p in resume.positions], [p.name for p in resume.projects]


# --- AsciiDoc / wiki: runs of '=' -------------------------------------------------------------


def test_asciidoc_jobs_hold_project_titles() -> None:
    positions, names = _read(
        "= Omar Haddad\n:email: omar@example.com\n\n== Work history\n\n"
        "=== Backend Engineer at Careem (2019 - 2023)\n\n==== Dispatch ETA service\n"
        "* Rewrote the ETA service in Go; p99 latency from 400 ms to 90 ms.\n\n"
        "==== Driver payout ledger\n* Double-entry ledger for 1M drivers; payout disputes down 35%.\n\n"
        "== Education\n\nBSc Computer Science, AUB\n"
    )
    assert positions == [("Backend Engineer", "Careem")]
    assert names == ["Dispatch ETA service", "Driver payout ledger"]


def test_asciidoc_projects_section_with_closing_marks() -> None:
    _, names = _read(
        "== Projects ==\n\n=== Podcast transcript search ===\n"
        "- Whisper transcripts indexed with BM25 + embeddings; answer hit rate 81%.\n\n"
        "=== Receipt OCR app ===\n- On-device OCR, 95% field accuracy on 2,000 receipts.\n"
    )
    assert names == ["Podcast transcript search", "Receipt OCR app"]


def test_zh_asciidoc_project_section() -> None:
    _, names = _read(
        "= 周婷\n\n== 项目经历\n\n=== 医保单据结构化\n* 版面分析加字段抽取，人工录入量减少 60%。\n\n"
        "=== 药品知识问答\n* 检索增强问答，答案准确率由 71% 提升至 86%。\n"
    )
    assert names == ["医保单据结构化", "药品知识问答"]


def test_one_equals_line_is_no_outline() -> None:
    _, names = _read(
        "Projects\n\n== not a heading, a stray line\n\nLedger sync: moved reconciliation to "
        "nightly jobs; mismatches down 50%.\n"
    )
    assert "not a heading, a stray line" not in names


# --- reStructuredText / Setext: titles underlined by a run of one mark -------------------------


def test_rst_marks_in_first_use_order() -> None:
    positions, names = _read(
        "Experience\n**********\n\nML Engineer, Spotify (2020 - present)\n"
        "=====================================\n\nPodcast recommendations\n"
        "+++++++++++++++++++++++\n\n- Two-tower model; follow rate from 4.0% to 5.1%.\n\n"
        "Ad load tuning\n++++++++++++++\n\n- Bandit on ad slots; revenue per user up 3%.\n"
    )
    assert positions == [("ML Engineer", "Spotify")]
    assert names == ["Podcast recommendations", "Ad load tuning"]


def test_setext_projects_section() -> None:
    _, names = _read(
        "Projects\n--------\n\nChess opening explorer\n~~~~~~~~~~~~~~~~~~~~~~\n"
        "Built a trie over 3M games; queries answered in 20 ms.\n\n"
        "Bird call classifier\n~~~~~~~~~~~~~~~~~~~~\nCNN on spectrograms, 88% top-1 on 40 species.\n"
    )
    assert names == ["Chess opening explorer", "Bird call classifier"]


def test_zh_rst_overlined_name_and_sections() -> None:
    positions, names = _read(
        "######\n林可\n######\n\n工作经历\n********\n\n上海某券商 · 量化研究员（2019.09 - 至今）\n"
        "=============================================\n\n高频因子挖掘\n------------\n\n"
        "- 挖掘分钟级因子 40 个，组合年化收益提升 4%。\n\n"
        "回测平台重构\n------------\n\n- 回测耗时从 6 小时降到 40 分钟。\n"
    )
    assert positions == [("量化研究员", "上海某券商")]
    assert names == ["高频因子挖掘", "回测平台重构"]


def test_rule_under_a_sentence_is_no_title() -> None:
    _, names = _read(
        "## Projects\n\n### Cache warmer\n- Prefetch hot keys; cold-start misses down 30%.\n"
        "Reviewed by the platform team before launch, which was a long process\n-----\n"
    )
    assert names == ["Cache warmer"]


# --- YAML data: RenderCV and hand-written records --------------------------------------------


def test_rendercv_sections() -> None:
    positions, names = _read(
        "cv:\n  name: Hana Sato\n  sections:\n    work_experience:\n"
        "      - company: Mercari\n        position: Search Engineer\n        start_date: 2020-10\n"
        "        end_date: present\n        highlights:\n"
        "          - 'Query rewriting: zero-result searches from 9% to 4%'\n"
        "    projects:\n      - name: Listing price suggester\n        date: 2022\n"
        "        highlights:\n          - LightGBM on 5M sold listings, MAE down 18%\n"
        "    education:\n      - institution: Keio University\n        area: Informatics\n"
    )
    assert positions == [("Search Engineer", "Mercari")]
    assert names[0] == "Listing price suggester"
    assert "Keio University" not in names and len(names) == 2  # the job's highlight is a unit


def test_hand_written_yaml_records() -> None:
    positions, names = _read(
        "name: Jonas Berg\nexperience:\n  - employer: Klarna\n    title: Data Engineer\n"
        "    start_date: 2019\n    end_date: 2022\n    achievements:\n"
        "      - Moved the risk features to Flink; feature lag from 1 hour to 2 minutes\n"
        "projects:\n  - name: Open data pipeline template\n    highlights:\n"
        "      - Cookiecutter for dbt + Airflow used by 14 teams\n"
    )
    assert positions == [("Data Engineer", "Klarna")]
    assert names[0] == "Open data pipeline template"


def test_zh_yaml_section_keys() -> None:
    positions, names = _read(
        "基本信息:\n  姓名: 赵磊\n工作经历:\n  - company: 成都某游戏公司\n    position: 游戏 AI 工程师\n"
        "    start_date: 2020-06\n    end_date: 至今\n    highlights:\n"
        "      - 强化学习对战机器人，玩家匹配等待时长降低 45%\n项目经历:\n"
        "  - name: 关卡难度自动调节\n    highlights:\n      - 关卡通过率稳定在 60% 至 70% 区间\n"
    )
    assert positions == [("游戏 AI 工程师", "成都某游戏公司")]
    assert names[0] == "关卡难度自动调节"


def test_plain_text_with_colons_is_no_yaml() -> None:
    positions, names = _read(
        "Experience\nCompany: Acme Robotics\nPosition: Perception Engineer\n2019 - 2022\n"
        "- Lidar segmentation model; false stops down 25%.\n"
    )
    assert names  # read as text, as before: the job's achievement is still askable


def test_page_wide_rule_under_wrapped_bullet_is_no_title() -> None:
    resume = parse_resume_text(
        "EXPERIENCE\n" + "-" * 70 + "\nOsaka Foods, Osaka — QA Engineer        2017 - 2020\n"
        "* Added contract tests for the payments API, refund errors\n  went down by 40%.\n"
        + "-" * 70
        + "\nSkills: Python\n"
    )
    assert any("went down by 40%" in b for p in resume.projects for b in p.bullets)
