"""`interviewer resume FILE [--json]` through click's runner and the real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from interviewer.cli import cli

RESUMES = Path(__file__).resolve().parent.parent / "data" / "resumes"


def test_shows_projects_roles_and_metrics():
    result = CliRunner().invoke(cli, ["resume", str(RESUMES / "zh_plain.txt")])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "language: zh" in out
    assert "1. 电商搜索召回优化  [2022.03 – 2022.12]  role: 算法负责人" in out
    assert "p99 由 420ms 降到 260ms  (搜索接口 p99, 420 → 260 ms, down)" in out
    assert "2. 评论情感分析平台" in out
    assert "算法工程师 · 某电商平台 · 2021.03 – 至今" in out
    assert "Skills: Python, Java, SQL" in out


def test_json_output_is_the_parsed_resume():
    result = CliRunner().invoke(cli, ["resume", str(RESUMES / "en_markdown.md"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["lang"] == "en" and data["source"] == "en_markdown.md"
    assert [p["name"] for p in data["projects"] if p["named"]] == [
        "Search ranking revamp",
        "Support ticket triage with LLMs",
    ]
    assert data["projects"][0]["role"] == "Tech lead"
    assert any(m["unit"] == "ms" and m["baseline"] == 900 for m in data["metrics"])
    assert "text" not in data


def test_resume_without_projects_says_so(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("I build search systems.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["resume", str(path)])
    assert result.exit_code == 0
    assert "Projects (0)" in result.output and "none found" in result.output


def test_bad_file_is_a_clean_error_with_exit_code_1(tmp_path):
    path = tmp_path / "cv.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    result = CliRunner().invoke(cli, ["resume", str(path)])
    assert result.exit_code == 1
    assert "unsupported file type (.doc)" in result.output
    assert "save as .docx" in result.output
    assert "Traceback" not in result.output


def test_entry_point_prints_no_traceback(tmp_path):
    missing = tmp_path / "missing.pdf"
    proc = subprocess.run(
        [sys.executable, "-m", "interviewer", "resume", str(missing)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "INTERVIEWER_HOME": str(tmp_path / "home")},
    )
    assert proc.returncode == 1
    assert "file not found" in proc.stderr and "Traceback" not in proc.stderr


def test_damaged_pdf_gives_only_our_message(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "Projects")
    path = tmp_path / "cut.pdf"
    path.write_bytes(bytes(pdf.output())[:400])
    proc = subprocess.run(
        [sys.executable, "-m", "interviewer", "resume", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "INTERVIEWER_HOME": str(tmp_path / "home")},
    )
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"Error: {path}: the PDF is damaged and cannot be read",
        "  hint: Export the résumé to PDF again, or paste its text.",
    ]
