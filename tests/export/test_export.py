"""Exports of a stored session (markdown, CSV, JSON) read back by their own parsers."""

from __future__ import annotations

import csv
import io
import json

import pytest

from interviewer.export import export_session
from interviewer.types import CriterionGrade, GradeResult, SessionRecord, TurnRecord
from storage.repository import Repository


@pytest.fixture
def repo(services) -> Repository:  # type: ignore[no-untyped-def]
    return services.repo  # type: ignore[no-any-return]


def new_session(repo: Repository) -> int:
    return repo.create_session(
        persona="leader",
        rubric="star",
        lang="zh",
        model="offline",
        persona_snapshot={"id": "leader"},
        rubric_snapshot={"id": "star"},
    )


def grade(overall: float, star: int, metrics: int) -> GradeResult:
    return GradeResult(
        criteria=[
            CriterionGrade(
                criterion="star", score=star, evidence=["我负责检索模块"], suggestion="先讲背景"
            ),
            CriterionGrade(criterion="metrics", score=metrics, evidence=[], suggestion="给出基线"),
        ],
        overall=overall,
        grader="offline",
        rubric="star",
    )


def qa(repo: Repository, sid: int, index: int, answer: str, result: GradeResult | None) -> int:
    repo.add_turn(
        TurnRecord(
            session_id=sid,
            index=index,
            role="interviewer",
            kind="question",
            text=f"问题 {index}",
            topic="rag",
            probes=["metrics", "baseline"],
        )
    )
    tid = repo.add_turn(
        TurnRecord(
            session_id=sid,
            index=index + 1,
            role="candidate",
            kind="answer",
            text=answer,
            topic="rag",
        )
    )
    if result is not None:
        repo.add_grades(tid, result)
    return tid


def _exportable(repo: Repository) -> SessionRecord:
    sid = new_session(repo)
    qa(
        repo,
        sid,
        0,
        '我们用了 <script>alert("x")</script> | 管道符, 以及"引号"\n第二行',
        grade(62.5, 4, 3),
    )
    repo.finish_session(sid, {"overall": 62.5, "note": "<b>ok</b>"}, 62.5)
    return repo.get_session(sid)


def test_export_json_round_trips(repo: Repository) -> None:
    rec = _exportable(repo)
    out = export_session(rec, "json")
    assert SessionRecord.model_validate(json.loads(out)) == rec
    assert "管道符" in out  # not \u-escaped


def test_export_csv_parses(repo: Repository) -> None:
    rec = _exportable(repo)
    rows = list(csv.DictReader(io.StringIO(export_session(rec, "csv"))))
    assert [r["role"] for r in rows] == ["interviewer", "candidate", "candidate"]
    assert rows[0]["probes"] == "metrics baseline" and rows[0]["criterion"] == ""
    answer = rows[1]
    assert answer["text"] == rec.turns[1].text  # commas, quotes and newline survive
    assert (answer["criterion"], answer["score"], answer["grader"]) == ("star", "4", "offline")
    assert rows[2]["criterion"] == "metrics" and float(rows[2]["overall"]) == 62.5


def test_export_markdown_escapes_html(repo: Repository) -> None:
    rec = _exportable(repo)
    md = export_session(rec, "md")
    assert md.startswith(f"# Interview session {rec.id}")
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert "| star | 4/5 |" in md and "62/100" in md
    assert "“我负责检索模块”" in md
    with pytest.raises(ValueError, match="unknown export format"):
        export_session(rec, "pdf")


def test_export_markdown_renders_no_html_from_stored_text(repo: Repository) -> None:
    """Rendered as HTML (raw HTML allowed), nothing a candidate typed becomes a tag."""
    from markdown_it import MarkdownIt

    sid = new_session(repo)
    evil = '```\n<img src=x onerror="alert(1)">\n```\n<script>alert(2)</script>'
    tid = qa(repo, sid, 0, evil, None)
    repo.add_grades(
        tid,
        GradeResult(
            criteria=[CriterionGrade(criterion="star", score=1, evidence=[evil], suggestion=evil)],
            overall=0,
            grader="offline",
            rubric="star",
            flags=["injection"],
        ),
    )
    repo.finish_session(sid, {"strongest": {"answer": evil}}, 0.0)
    html = MarkdownIt().render(export_session(repo.get_session(sid), "md"))
    assert "<script" not in html and "<img" not in html


def test_storage_imports_neither_voice_nor_export() -> None:
    """storage/ is persistence only: no import of the voice or export layers, even inside functions."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "storage"
    found = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            found += [
                f"{path.name}: {n}"
                for n in names
                if n.startswith(("interviewer.voice", "interviewer.export"))
            ]
    assert found == []
