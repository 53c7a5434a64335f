"""`interviewer resume FILE [--json]` through click's runner and the real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from interviewer.cli import cli

RESUMES = Path(__file__).resolve().parent.parent / "data" / "resumes"


def test_shows_projects_kinds_and_claims_without_fragments():
    result = CliRunner().invoke(cli, ["resume", str(RESUMES / "zh_plain.txt")])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "language: zh" in out
    assert "1. 电商搜索召回优化" in out and "role: 算法负责人 · 2022.03 – 2022.12" in out
    assert "claim: 搜索接口 p99: 420 → 260 ms" in out
    assert "2. 评论情感分析平台" in out
    assert "算法工程师 · 某电商平台 · 2021.03 – 至今" in out
    assert "Skills: Python, Java, SQL" in out
    assert "kind: " in out


def test_json_output_is_the_contract():
    result = CliRunner().invoke(cli, ["resume", str(RESUMES / "en_markdown.md"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"lang", "positions", "projects", "skills", "metrics"}
    assert data["lang"] == "en"
    assert all(set(p) == {"title", "org", "period"} for p in data["positions"])
    project = data["projects"][0]
    assert set(project) == {
        "name",
        "kind",
        "kinds",
        "kind_evidence",
        "position",
        "period",
        "role",
        "bullets",
        "skills",
        "metrics",
    }
    assert [p["name"] for p in data["projects"]][:2] == [
        "Search ranking revamp",
        "Support ticket triage with LLMs",
    ]
    assert project["role"] == "Tech lead" and project["kind"] in ("ml", "serving")
    metric = next(m for m in data["metrics"] if m["unit"] == "ms" and m["baseline"] == 900)
    assert set(metric) == {
        "text",
        "what",
        "value",
        "baseline",
        "result",
        "unit",
        "direction",
        "role",
        "subject",
    }
    assert metric["role"] == "result" and "latency" in metric["subject"]


def test_a_corrected_reading_is_used_as_it_is(tmp_path):
    result = CliRunner().invoke(cli, ["resume", str(RESUMES / "en_markdown.md"), "--json"])
    data = json.loads(result.output)
    data["projects"] = data["projects"][:1]
    data["projects"][0]["name"] = "Ranking rebuild"
    data["projects"][0]["metrics"][0]["result"] = 0.55
    path = tmp_path / "r.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    from interviewer.resume import load_resume

    resume = load_resume(path)
    assert [p.name for p in resume.projects] == ["Ranking rebuild"]
    assert resume.projects[0].metrics[0].result == 0.55
    shown = CliRunner().invoke(cli, ["resume", str(path)])
    assert "1. Ranking rebuild" in shown.output and "Projects (1)" in shown.output


def test_a_broken_corrected_reading_names_the_field(tmp_path):
    path = tmp_path / "r.json"
    path.write_text(
        json.dumps(
            {
                "lang": "en",
                "positions": [],
                "projects": [{"name": "X", "bullets": [], "metrics": [{"text": "x"}]}],
            }
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["resume", str(path)])
    assert result.exit_code == 1
    assert "projects.0.metrics.0.value" in result.output and "Traceback" not in result.output


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


def test_practice_uses_a_corrected_reading(tmp_path):
    result = CliRunner().invoke(cli, ["resume", str(RESUMES / "en_markdown.md"), "--json"])
    data = json.loads(result.output)
    data["projects"] = [p for p in data["projects"] if p["name"] == "Search ranking revamp"]
    data["projects"][0]["name"] = "Quokka ranking rebuild"
    path = tmp_path / "r.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    answers = "\n\n".join(["I rebuilt the ranking with LightGBM."] * 3) + "\n"
    run = CliRunner().invoke(
        cli,
        ["practice", "--persona", "deep_dive", "--resume", str(path), "--lang", "en", "--json"],
        input=answers,
    )
    assert run.exit_code == 0, run.output
    session = json.loads(run.stdout)
    asked = " ".join(t["text"] for t in session["turns"] if t["role"] == "interviewer")
    assert "Quokka ranking rebuild" in asked
