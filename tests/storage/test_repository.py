"""Repository round-trips on SQLite and PostgreSQL, cascades and history (exports: tests/export)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from interviewer.errors import NotFoundError
from interviewer.types import (
    AsrInfo,
    ClaimedMetric,
    CriterionGrade,
    Delivery,
    GradeResult,
    KeyPointSummary,
    KeyRef,
    Project,
    Resume,
    TurnRecord,
)
from storage.models import GradeRow, LlmCallRow, TurnRow
from storage.repository import Repository

PERSONA_SNAPSHOT = {"id": "leader", "name": {"zh": "组长面", "en": "Team lead"}}
RUBRIC_SNAPSHOT = {"id": "star", "criteria": [{"id": "star"}, {"id": "metrics"}]}


def new_session(repo: Repository, **kw: object) -> int:
    args: dict[str, object] = dict(
        persona="leader",
        rubric="star",
        lang="zh",
        model="offline",
        persona_snapshot=PERSONA_SNAPSHOT,
        rubric_snapshot=RUBRIC_SNAPSHOT,
    )
    args.update(kw)
    return repo.create_session(**args)  # type: ignore[arg-type]


def grade(
    overall: float, star: int, metrics: int, grader: str = "offline", rubric: str = "star"
) -> GradeResult:
    return GradeResult(
        criteria=[
            CriterionGrade(
                criterion="star", score=star, evidence=["我负责检索模块"], suggestion="先讲背景"
            ),
            CriterionGrade(criterion="metrics", score=metrics, evidence=[], suggestion="给出基线"),
        ],
        overall=overall,
        grader=grader,
        rubric=rubric,
        flags=["fallback"] if grader != "offline" else [],
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
            reason="opening",
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


def test_resume_round_trip(repo: Repository) -> None:
    metric = ClaimedMetric(
        text="召回率从72%提升到86%",
        value=86,
        unit="%",
        what="召回率",
        baseline=72,
        result=86,
        direction="up",
    )
    resume = Resume(
        lang="zh",
        projects=[Project(name="检索增强问答", metrics=[metric], skills=["RAG"])],
        skills=["Python"],
        metrics=[metric],
        text="简历全文 召回率从72%提升到86%",
        source="cv.md",
    )
    rid = repo.add_resume(resume)
    assert repo.get_resume(rid) == resume
    with pytest.raises(NotFoundError):
        repo.get_resume(rid + 100)


def test_session_turns_and_grades_round_trip(repo: Repository) -> None:
    rid = repo.add_resume(Resume(text="x", source="pasted"))
    sid = new_session(
        repo,
        resume_id=rid,
        job_description="LLM 应用工程师",
        focus="metrics",
        owner="alice",
        state={"plan": [1, 2], "position": 0},
    )
    asr = AsrInfo(
        model="base",
        language="zh",
        audio_seconds=3.5,
        processing_ms=120.0,
        segments=[{"start": 0.0, "end": 1.2, "text": "我"}],
    )
    delivery = Delivery(
        rate=180.0,
        rate_unit="cpm",
        fillers={"嗯": 2},
        long_pauses=1,
        longest_pause_s=2.5,
        speaking_seconds=3.2,
    )
    repo.add_turn(
        TurnRecord(session_id=sid, index=0, role="interviewer", kind="question", text="你好")
    )
    tid = repo.add_turn(
        TurnRecord(
            session_id=sid,
            index=1,
            role="candidate",
            kind="answer",
            text="我把 p99 从 800 ms 降到 300 ms",
            asr=asr,
            delivery=delivery,
            duration_ms=3500.0,
        )
    )
    repo.add_grades(tid, grade(62.5, 4, 3))
    repo.add_grades(tid, grade(40.0, 2, 3, grader="llm:fake/judge"))

    rec = repo.get_session(sid)
    assert (rec.persona, rec.rubric, rec.lang, rec.model, rec.status) == (
        "leader",
        "star",
        "zh",
        "offline",
        "active",
    )
    assert rec.resume_id == rid and rec.job_description == "LLM 应用工程师"
    assert rec.focus == "metrics" and rec.state == {"plan": [1, 2], "position": 0}
    assert rec.persona_snapshot == PERSONA_SNAPSHOT and rec.rubric_snapshot == RUBRIC_SNAPSHOT
    assert [t.index for t in rec.turns] == [0, 1]
    answer = rec.turns[1]
    assert answer.asr == asr and answer.delivery == delivery and answer.duration_ms == 3500.0
    by_grader = {g.grader: g for g in answer.grades}
    assert set(by_grader) == {"offline", "llm:fake/judge"}
    assert by_grader["offline"].overall == 62.5
    assert [(c.criterion, c.score) for c in by_grader["offline"].criteria] == [
        ("star", 4),
        ("metrics", 3),
    ]
    assert by_grader["offline"].criteria[0].evidence == ["我负责检索模块"]
    assert by_grader["llm:fake/judge"].flags == ["fallback"]
    assert repo.count_turns(sid) == 2
    assert repo.get_session(sid, with_turns=False).turns == []


def test_grades_keep_grader_version_kind_and_answer_key(repo: Repository) -> None:
    sid = new_session(repo)
    keyed = grade(30.0, 2, 2).model_copy(
        update={
            "version": 2,
            "kind": "technical",
            "key": KeyRef(id="sampling.top_p_direction", confidence=0.61),
            "key_points": KeyPointSummary(
                hit=["fewer_candidates"],
                missed=["why"],
                misconceptions=["lower_top_p_more_diverse"],
            ),
        }
    )
    tid = qa(repo, sid, 0, "top-p 调小会怎样？", keyed)
    plain = qa(repo, sid, 2, "讲讲你的项目", grade(50.0, 3, 3))
    turns = {t.id: t for t in repo.get_session(sid).turns}
    got = turns[tid].grades[0]
    assert (got.version, got.kind, got.key, got.key_points) == (
        2,
        "technical",
        keyed.key,
        keyed.key_points,
    )
    old = turns[plain].grades[0]  # graded without a key, by version 1 logic
    assert (old.version, old.key, old.key_points) == (1, None, None)
    assert got.created_at is not None
    versions = {r["session_id"]: r["grader_version"] for r in repo.criterion_history()}
    assert versions[sid] == 2


def test_turn_index_is_unique_per_session(repo: Repository) -> None:
    """A taken index is another process having advanced the session: a plain ConflictError."""
    from interviewer.errors import ConflictError

    sid = new_session(repo)
    repo.add_turn(
        TurnRecord(session_id=sid, index=0, role="interviewer", kind="question", text="a")
    )
    with pytest.raises(ConflictError):
        repo.add_turn(
            TurnRecord(session_id=sid, index=0, role="interviewer", kind="question", text="b")
        )
    assert repo.count_turns(sid) == 1


def test_state_status_finish_and_listing(repo: Repository) -> None:
    a = new_session(repo, owner="alice")
    b = new_session(repo, owner="bob", persona="hr", rubric="hr", lang="en")
    repo.save_state(a, {"position": 3})
    repo.finish_session(a, {"overall": 71.0, "criteria": {"star": 3.5}}, 71.0)
    repo.finish_session(b, {}, None, status="abandoned")

    rec = repo.get_session(a)
    assert rec.status == "finished" and rec.overall == 71.0
    assert rec.state == {"position": 3} and rec.report == {
        "overall": 71.0,
        "criteria": {"star": 3.5},
    }
    assert [s.id for s in repo.list_sessions()] == [b, a]  # newest first
    assert [s.id for s in repo.list_sessions(owner="alice")] == [a]
    assert [s.id for s in repo.list_sessions(status="abandoned")] == [b]
    assert repo.list_sessions(status="active") == []
    assert len(repo.list_sessions(limit=1)) == 1
    for call in (
        lambda: repo.get_session(999),
        lambda: repo.save_state(999, {}),
        lambda: repo.finish_session(999, {}, None),
    ):
        with pytest.raises(NotFoundError, match="no session 999"):
            call()


def test_delete_cascades_to_turns_grades_and_audio(repo: Repository, tmp_path: Path) -> None:
    keep = new_session(repo)
    qa(repo, keep, 0, "保留的回答", grade(50, 3, 3))
    sid = new_session(repo)
    tid = qa(repo, sid, 0, "要删除的回答", grade(50, 3, 3))
    audio_dir = tmp_path / "audio" / str(sid)
    audio_dir.mkdir(parents=True)
    clip = audio_dir / "1.wav"
    clip.write_bytes(b"RIFF....WAVE")
    elsewhere = tmp_path / "other.wav"
    elsewhere.write_bytes(b"RIFF")
    repo.set_turn_audio(tid, str(elsewhere))
    call = repo.record_llm_call(
        purpose="grade",
        model="m",
        messages=[],
        options={},
        response="{}",
        duration_ms=1.0,
        session_id=sid,
    )

    repo.delete_session(sid)

    with pytest.raises(NotFoundError):
        repo.get_session(sid)
    assert not audio_dir.exists() and not elsewhere.exists()
    with repo.db.session() as s:
        assert (
            s.scalar(select(func.count()).select_from(TurnRow).where(TurnRow.session_id == sid))
            == 0
        )
        assert (
            s.scalar(select(func.count()).select_from(GradeRow).where(GradeRow.turn_id == tid)) == 0
        )
        # The call log outlives the session, detached from it.
        assert s.get(LlmCallRow, call).session_id is None  # type: ignore[union-attr]
    assert repo.count_turns(keep) == 2 and repo.get_session(keep).turns[1].grades


def test_database_level_cascade_without_the_orm(repo: Repository) -> None:
    """ON DELETE CASCADE is enforced by the database itself (SQLite needs foreign_keys=ON)."""
    sid = new_session(repo)
    tid = qa(repo, sid, 0, "回答", grade(50, 3, 3))
    with repo.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM sessions WHERE id = :id"), {"id": sid})
    with repo.db.engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT count(*) FROM turns WHERE session_id = :id"), {"id": sid}
            ).scalar()
            == 0
        )
        assert (
            conn.execute(
                text("SELECT count(*) FROM grades WHERE turn_id = :id"), {"id": tid}
            ).scalar()
            == 0
        )


def test_foreign_keys_are_enforced(repo: Repository) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        repo.add_grades(123456, grade(10, 1, 1))
    with pytest.raises(NotFoundError):
        repo.add_turn(
            TurnRecord(session_id=98765, index=0, role="candidate", kind="answer", text="orphan")
        )


def test_llm_call_log_never_stores_keys(repo: Repository) -> None:
    sid = new_session(repo)
    cid = repo.record_llm_call(
        purpose="question",
        model="openai/gpt-4o-mini",
        messages=[{"role": "user", "content": "你好"}],
        options={
            "temperature": 0.2,
            "api_key": "sk-live-abcdef123456",
            "API_KEY": "sk-2",
            "x-api-key": "sk-3",
            "timeout": 30,
        },
        response="好的",
        duration_ms=12.5,
        session_id=sid,
        resolved_model="gpt-4o-mini-2024",
        prompt_tokens=10,
        completion_tokens=3,
    )
    [row] = repo.llm_calls(session_id=sid)
    assert row["id"] == cid and row["options"] == {"temperature": 0.2, "timeout": 30}
    assert row["messages"] == [{"role": "user", "content": "你好"}]
    assert (row["prompt_tokens"], row["completion_tokens"]) == (10, 3)
    with repo.db.engine.connect() as conn:
        dump = json.dumps(
            [list(r) for r in conn.execute(text("SELECT * FROM llm_calls"))], default=str
        )
    assert "sk-live" not in dump and "sk-2" not in dump and "sk-3" not in dump
    repo.record_llm_call(
        purpose="grade",
        model="m",
        messages=[],
        options={},
        response=None,
        duration_ms=1.0,
        error="timeout",
    )
    assert len(repo.llm_calls()) == 2 and len(repo.llm_calls(limit=1)) == 1


def test_criterion_history(repo: Repository) -> None:
    first = new_session(repo, owner="alice")
    qa(repo, first, 0, "一", grade(50, 2, 4))
    qa(repo, first, 2, "二", grade(50, 4, 4))
    # A re-grade under another rubric must not mix into the session's own rubric history.
    tid = qa(repo, first, 4, "三", grade(50, 3, 2))
    repo.add_grades(tid, grade(99, 5, 5, rubric="hr"))
    second = new_session(repo, owner="bob")
    qa(repo, second, 0, "四", grade(50, 5, 1))
    empty = new_session(repo, owner="alice")
    assert empty

    rows = repo.criterion_history()
    got = {(r["session_id"], r["criterion"]): r["score"] for r in rows}
    assert got == {
        (first, "star"): 3.0,
        (first, "metrics"): pytest.approx(10 / 3),
        (second, "star"): 5.0,
        (second, "metrics"): 1.0,
    }
    assert [r["session_id"] for r in rows][:2] == [first, first]  # oldest first
    assert {r["session_id"] for r in repo.criterion_history(owner="bob")} == {second}


def test_an_opening_turn_stored_by_an_older_version_reads_as_a_question(repo: Repository) -> None:
    sid = new_session(repo)
    old = TurnRecord.model_construct(
        session_id=sid, index=0, role="interviewer", kind="opening", text="Hi, tell me about you."
    )
    repo.add_turn(old)
    with repo.db.session() as s:
        assert s.scalar(select(TurnRow.kind)) == "opening"  # the row as the old version left it
    (turn,) = repo.get_session(sid).turns
    assert turn.kind == "question"
