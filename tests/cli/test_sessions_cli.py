"""`interviewer sessions list|show|export|delete|regrade` against a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from interviewer.cli import cli
from interviewer.types import CriterionGrade, GradeResult, SessionRecord, TurnRecord

QUESTION = "讲讲你做的检索增强问答项目，你负责哪部分？"
ANSWER = (
    "我负责检索模块。我们把召回率从 72% 提升到 86%，评测集是 500 条人工标注的问题。"
    "当时考虑过只用向量检索，但长尾查询效果差，所以加了 BM25 混合检索。"
)


def run(*args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def seed(
    services,
    *,
    status: str = "finished",
    persona: str = "leader",  # type: ignore[no-untyped-def]
    lang: str = "zh",
    audio: Path | None = None,
) -> int:
    """One stored interview: question, graded answer, wrap-up."""
    repo = services.repo
    sid = repo.create_session(
        persona=persona,
        rubric="star",
        lang=lang,
        model="offline",
        persona_snapshot={"id": persona},
        rubric_snapshot={"id": "star"},
    )
    repo.add_turn(
        TurnRecord(
            session_id=sid,
            index=0,
            role="interviewer",
            kind="question",
            text=QUESTION,
            topic="project",
            probes=["ownership", "metrics"],
            reason="résumé project",
        )
    )
    tid = repo.add_turn(
        TurnRecord(
            session_id=sid,
            index=1,
            role="candidate",
            kind="answer",
            text=ANSWER,
            topic="project",
            audio_path=str(audio) if audio else None,
        )
    )
    repo.add_grades(
        tid,
        GradeResult(
            criteria=[
                CriterionGrade(
                    criterion="metrics",
                    score=4,
                    evidence=["召回率从 72% 提升到 86%"],
                    suggestion="说明评测集是怎么抽样的",
                ),
                CriterionGrade(
                    criterion="tradeoffs",
                    score=3,
                    evidence=["当时考虑过只用向量检索"],
                    suggestion="讲讲代价",
                ),
            ],
            overall=62.5,
            grader="offline",
            rubric="star",
        ),
    )
    repo.add_turn(
        TurnRecord(
            session_id=sid, index=2, role="interviewer", kind="wrapup", text="谢谢，今天就到这里。"
        )
    )
    if status == "finished":
        repo.finish_session(sid, {"overall": 62.5}, 62.5)
    elif status != "active":
        repo.finish_session(sid, {}, None, status=status)
    return sid


def test_list_empty_then_sessions(services) -> None:  # type: ignore[no-untyped-def]
    code, out = run("sessions", "list")
    assert code == 0 and "No sessions" in out
    assert json.loads(run("sessions", "list", "--json")[1]) == []

    first = seed(services)
    second = seed(services, status="active", persona="hr", lang="en")
    code, out = run("sessions", "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [second, first]
    assert set(rows[0]) == {
        "id",
        "created_at",
        "persona",
        "lang",
        "model",
        "status",
        "overall",
        "turns",
    }
    assert rows[1] | {"created_at": None} == {
        "id": first,
        "created_at": None,
        "persona": "leader",
        "lang": "zh",
        "model": "offline",
        "status": "finished",
        "overall": 62.5,
        "turns": 3,
    }
    assert rows[0]["overall"] is None and rows[0]["status"] == "active"

    only = json.loads(run("sessions", "list", "--json", "--status", "active")[1])
    assert [r["id"] for r in only] == [second]
    code, out = run("sessions", "list")
    assert code == 0 and "leader" in out and "hr" in out and f" {62.5:.0f} " in out


def test_show_text_has_transcript_and_scores(services) -> None:  # type: ignore[no-untyped-def]
    sid = seed(services)
    code, out = run("sessions", "show", str(sid))
    assert code == 0
    assert QUESTION in out and "probes ownership, metrics" in out
    assert ANSWER[:20] in out
    assert f"overall {62.5:.0f}/100" in out
    assert "metrics" in out and "4/5" in out and "“召回率从 72% 提升到 86%”" in out
    assert "说明评测集是怎么抽样的" in out
    assert out.index(QUESTION) < out.index("4/5") < out.index("谢谢，今天就到这里。")


def test_show_json_is_the_session_record(services) -> None:  # type: ignore[no-untyped-def]
    sid = seed(services)
    code, out = run("sessions", "show", str(sid), "--json")
    assert code == 0
    data = json.loads(out)
    for key in ("id", "persona", "lang", "model", "status", "turns"):
        assert key in data
    turn = data["turns"][1]
    for key in ("role", "kind", "text", "topic", "probes", "grades"):
        assert key in turn
    assert turn["grades"][0]["criteria"][0] == {
        "criterion": "metrics",
        "score": 4,
        "evidence": ["召回率从 72% 提升到 86%"],
        "suggestion": "说明评测集是怎么抽样的",
    }
    assert data["turns"][0]["probes"] == ["ownership", "metrics"]
    assert SessionRecord.model_validate(data) == services.repo.get_session(sid)


@pytest.mark.parametrize(
    "command",
    [
        ["show", "999"],
        ["show", "999", "--json"],
        ["export", "999"],
        ["delete", "999", "--yes"],
    ],
)
def test_unknown_id_exits_1_with_the_hint(services, command: list[str]) -> None:  # type: ignore[no-untyped-def]
    seed(services)
    code, out = run("sessions", *command)
    assert code == 1
    assert "no session 999; `interviewer sessions list` shows the stored ids" in out


def test_export_formats(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sid = seed(services)
    code, out = run("sessions", "export", str(sid), "--format", "json")
    assert code == 0 and SessionRecord.model_validate(json.loads(out)).id == sid

    code, out = run("sessions", "export", str(sid), "--format", "md")
    assert code == 0 and out.startswith(f"# Interview session {sid}") and "| metrics | 4/5 |" in out

    target = tmp_path / "out" / "s.csv"
    code, out = run("sessions", "export", str(sid), "--format", "csv", "-o", str(target))
    assert code == 0 and f"wrote {target}" in out
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    assert [r["criterion"] for r in rows] == ["", "metrics", "tradeoffs", ""]
    assert rows[1]["text"] == ANSWER and rows[1]["score"] == "4"

    code, out = run("sessions", "export", str(sid), "--format", "xml")
    assert code == 2 and "xml" in out


def test_export_pdf_is_the_report_with_chinese_text(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import shutil
    import subprocess

    sid = seed(services)
    target = tmp_path / "report.pdf"
    code, out = run("sessions", "export", str(sid), "--format", "pdf", "-o", str(target))
    assert code == 0 and f"wrote {target}" in out
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):  # .ci/run installs poppler-utils
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True)
        assert "面试报告" in text.stdout and "72%" in text.stdout


def test_delete_asks_then_removes_rows_and_audio(services, app_home: Path) -> None:  # type: ignore[no-untyped-def]
    audio_dir = app_home / "audio"
    keep = seed(services)
    clip = audio_dir / "placeholder.wav"
    sid = seed(services, audio=clip)
    (audio_dir / str(sid)).mkdir(parents=True)
    (audio_dir / str(sid) / "1.wav").write_bytes(b"RIFF")
    clip.write_bytes(b"RIFF")

    code, out = run("sessions", "delete", str(sid), input="n\n")
    assert code == 1 and "Aborted" in out
    assert services.repo.get_session(sid).id == sid

    code, out = run("sessions", "delete", str(sid), input="y\n")
    assert code == 0 and f"deleted session {sid} (3 turns)" in out
    assert not clip.exists() and not (audio_dir / str(sid)).exists()
    assert [r["id"] for r in json.loads(run("sessions", "list", "--json")[1])] == [keep]

    code, out = run("sessions", "delete", str(keep), "--yes")
    assert code == 0 and json.loads(run("sessions", "list", "--json")[1]) == []


def test_regrade_writes_new_grades_beside_the_old(services) -> None:  # type: ignore[no-untyped-def]

    sid = seed(services)
    before = services.repo.get_session(sid).turns[1].grades
    code, out = run(
        "sessions", "regrade", str(sid), "--rubric", "hr", "--model", "offline", "--json"
    )
    assert code == 0, out
    data = json.loads(out)
    assert (data["session_id"], data["rubric"], data["old_rubric"]) == (sid, "hr", "star")
    by_id = {c["criterion"]: c for c in data["criteria"]}
    assert by_id["metrics"]["old_mean"] == 4.0 and by_id["tradeoffs"]["old_mean"] == 3.0
    assert by_id["specificity"]["new_mean"] is not None
    after = services.repo.get_session(sid).turns[1].grades
    assert len(after) == len(before) + 1
    assert {g.rubric for g in after} == {"star", "hr"}
    assert after[0] == before[0]  # old grades untouched

    code, out = run("sessions", "regrade", str(sid), "--rubric", "hr", "--model", "offline")
    assert code == 0 and f"Session {sid} re-graded with rubric hr by offline" in out
    assert "old mean" in out and "specificity" in out
    assert "already had grades" in out
    assert len(services.repo.get_session(sid).turns[1].grades) == len(after)


def test_regrade_unknown_session_or_rubric(services) -> None:  # type: ignore[no-untyped-def]

    sid = seed(services)
    code, out = run("sessions", "regrade", "999", "--rubric", "star", "--model", "offline")
    assert code == 1 and "no session 999" in out
    code, out = run("sessions", "regrade", str(sid), "--rubric", "nope", "--model", "offline")
    assert code == 1 and "nope" in out


def test_a_practised_interview_can_be_listed_shown_exported_and_deleted(app_home: Path) -> None:
    """End to end with the real engine: `practice` writes it, `sessions` reads it back."""

    answers = (
        "\n\n".join(
            [
                "I led the search rewrite. Recall went from 72% to 86% on a 500-question labelled set.",
                "I chose hybrid retrieval over pure vectors because long-tail queries failed; it cost "
                "40 ms of latency.",
                "We shipped it and support tickets fell.",
            ]
            * 6
        )
        + "\n"
    )
    result = CliRunner().invoke(
        cli,
        ["practice", "--persona", "leader", "--lang", "en", "--model", "offline", "--json"],
        input=answers,
    )
    assert result.exit_code == 0, result.output
    code, out = run("sessions", "list", "--json")
    [row] = json.loads(out)
    sid = row["id"]
    assert (row["persona"], row["lang"], row["model"]) == ("leader", "en", "offline")
    assert row["turns"] >= 4

    code, out = run("sessions", "show", str(sid), "--json")
    data = json.loads(out)
    candidate = [t for t in data["turns"] if t["role"] == "candidate"]
    asked = [t for t in data["turns"] if t["role"] == "interviewer"]
    assert candidate and asked and all(t["grades"] for t in candidate)
    assert candidate[0]["text"].startswith("I led the search rewrite")
    assert {g["criterion"] for g in candidate[0]["grades"][0]["criteria"]} >= {"metrics"}

    code, out = run("sessions", "show", str(sid))
    assert code == 0 and "I led the search rewrite" in out and "/5" in out
    rows = list(
        csv.DictReader(io.StringIO(run("sessions", "export", str(sid), "--format", "csv")[1]))
    )
    assert {r["role"] for r in rows} == {"interviewer", "candidate"}
    assert run("sessions", "delete", str(sid), "--yes")[0] == 0
    assert json.loads(run("sessions", "list", "--json")[1]) == []
