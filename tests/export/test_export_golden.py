"""`sessions export` output is pinned byte for byte: moving or refactoring the renderers changes nothing.

The golden files were written by the renderers when they still lived in storage/repository.py.
A deliberate change of an export format updates them (`UPDATE_GOLDEN=1 pytest tests/export`).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import update

from interviewer.cli import cli
from interviewer.types import AsrInfo, CriterionGrade, Delivery, GradeResult, TurnRecord
from storage.models import GradeRow, SessionRow, TurnRow

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "export"
FIXED = datetime(2026, 3, 4, 5, 6, 7)


def _seed(services, audio_dir: Path) -> int:  # type: ignore[no-untyped-def]
    """A spoken, graded, finished session whose every stored time is fixed."""
    repo = services.repo
    sid = repo.create_session(
        persona="leader",
        rubric="star",
        lang="zh",
        model="offline",
        persona_snapshot={"id": "leader"},
        rubric_snapshot={"id": "star"},
        job_description="LLM 应用工程师",
    )
    repo.add_turn(
        TurnRecord(
            session_id=sid,
            index=0,
            role="interviewer",
            kind="question",
            text="讲讲你做的 RAG 项目 <b>你负责哪部分</b>？",
            topic="project",
            probes=["ownership", "metrics"],
            reason="résumé project",
        )
    )
    answer = '嗯，我负责检索模块 | 召回率从 72% 提升到 86%,评测集 500 条"人工标注"\n那个，第二行'
    tid = repo.add_turn(
        TurnRecord(
            session_id=sid,
            index=1,
            role="candidate",
            kind="answer",
            text=answer,
            topic="project",
            audio_path=str(audio_dir / str(sid) / "turn-001-abcd.wav"),
            asr=AsrInfo(
                model="base",
                language="zh",
                language_probability=0.987,
                audio_seconds=12.34,
                processing_ms=1234.5,
            ),
            delivery=Delivery(
                rate=212.4,
                rate_unit="cpm",
                fillers={"嗯": 1, "那个": 2},
                long_pauses=1,
                longest_pause_s=1.84,
                speaking_seconds=11.2,
            ),
        )
    )
    repo.add_grades(
        tid,
        GradeResult(
            criteria=[
                CriterionGrade(
                    criterion="metrics",
                    score=4,
                    evidence=["召回率从 72% 提升到 86%", "评测集 500 条"],
                    suggestion="说明评测集是怎么抽样的 | <i>和基线</i>",
                ),
                CriterionGrade(criterion="tradeoffs", score=2, evidence=[], suggestion="讲取舍"),
            ],
            overall=61.25,
            grader="offline",
            rubric="star",
            flags=["short"],
        ),
    )
    repo.add_turn(
        TurnRecord(
            session_id=sid, index=2, role="interviewer", kind="wrapup", text="Thanks, that's all."
        )
    )
    repo.finish_session(sid, {"overall": 61.25, "strongest": {"answer": "<script>"}}, 61.25)
    with repo.db.session() as s:
        s.execute(update(SessionRow).values(created_at=FIXED, updated_at=FIXED))
        s.execute(update(TurnRow).values(created_at=FIXED))
        s.execute(update(GradeRow).values(created_at=FIXED))
    return sid


@pytest.mark.parametrize("fmt", ["md", "json", "csv"])
def test_sessions_export_is_byte_identical_to_the_golden_file(  # type: ignore[no-untyped-def]
    services, app_home: Path, tmp_path: Path, fmt: str
) -> None:
    sid = _seed(services, app_home / "audio")
    target = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(
        cli, ["sessions", "export", str(sid), "--format", fmt, "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    stdout = CliRunner().invoke(cli, ["sessions", "export", str(sid), "--format", fmt])
    assert stdout.exit_code == 0, stdout.output
    got = target.read_bytes().replace(str(app_home).encode(), b"<home>")
    golden = GOLDEN / f"session.{fmt}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(got)
    assert got == golden.read_bytes()
    # Standard output carries the same bytes (click adds one newline when the text lacks it).
    printed = stdout.stdout_bytes.replace(str(app_home).encode(), b"<home>")
    assert printed == (got if got.endswith(b"\n") else got + b"\n")


def test_sessions_show_is_byte_identical_to_the_golden_file(  # type: ignore[no-untyped-def]
    services, app_home: Path
) -> None:
    """The transcript shares the voice lines with the markdown export."""
    sid = _seed(services, app_home / "audio")
    result = CliRunner().invoke(cli, ["sessions", "show", str(sid)])
    assert result.exit_code == 0, result.output
    got = result.stdout_bytes.replace(str(app_home).encode(), b"<home>")
    golden = GOLDEN / "session.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_bytes(got)
    assert got == golden.read_bytes()
