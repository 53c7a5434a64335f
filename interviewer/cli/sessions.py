"""`interviewer sessions list|show|export|delete|regrade`: stored interviews."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from interviewer.cli.data import echo_json, render_table
from interviewer.cli.db import handles_db_errors

if TYPE_CHECKING:
    from interviewer.services import Services
    from interviewer.types import SessionRecord, TurnRecord

STATUS_CHOICE = click.Choice(["active", "finished", "abandoned"])


def _services() -> Services:
    """The services of this command, limited to `--user`'s data when one is named."""
    from interviewer.services import Services

    user = click.get_current_context().meta.get("interviewer.user")
    svc = Services()
    if not user:
        return svc
    from interviewer.accounts import owner_key

    return svc.for_owner(owner_key(user))  # type: ignore[no-any-return]


def _not_found(err: Exception) -> click.ClickException:
    """`no session N; <hint>` as one line, exit 1."""
    from interviewer.cli import fail
    from interviewer.errors import NotFoundError

    if isinstance(err, NotFoundError) and err.hint:
        return fail(NotFoundError(f"{err.message}; {err.hint}"))
    return fail(err)


def _load(svc: Services, session_id: int, *, with_turns: bool = True) -> SessionRecord:
    from interviewer.errors import NotFoundError

    try:
        return svc.repo.get_session(session_id, with_turns=with_turns)  # type: ignore[no-any-return]
    except NotFoundError as e:
        raise _not_found(e) from None


def session_summary(rec: SessionRecord, turns: int) -> dict[str, Any]:
    """The `sessions list --json` row of one session."""
    return {
        "id": rec.id,
        "created_at": rec.created_at.isoformat(),
        "persona": rec.persona,
        "lang": rec.lang,
        "model": rec.model,
        "status": rec.status,
        "overall": rec.overall,
        "turns": turns,
    }


@click.group(name="sessions")
@click.option(
    "--user",
    envvar="INTERVIEWER_USER",
    default=None,
    help="Team mode: only this user's sessions (the operator sees all without it).",
)
@click.pass_context
def sessions(ctx: click.Context, user: str | None) -> None:
    """List, show, export, re-grade or delete stored sessions."""
    if user:
        from interviewer.accounts import check_name

        ctx.meta["interviewer.user"] = check_name(user)


@sessions.command("list")
@click.option("--status", type=STATUS_CHOICE, default=None, help="Only sessions in this state.")
@click.option("--limit", type=click.IntRange(1), default=200, show_default=True)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print a JSON list of {id, created_at, persona, lang, model, status, overall, turns}.",
)
@handles_db_errors
def list_cmd(status: str | None, limit: int, as_json: bool) -> None:
    """List stored sessions, newest first."""
    svc = _services()
    try:
        records = svc.repo.list_sessions(status=status, limit=limit)
        rows = [session_summary(r, svc.repo.count_turns(r.id)) for r in records]
    finally:
        svc.close()
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo(
            "No sessions stored yet. Start one with `interviewer practice` or `interviewer serve`."
        )
        return
    table = [
        [
            r["id"],
            r["created_at"][:16].replace("T", " "),
            r["persona"],
            r["lang"],
            r["status"],
            "-" if r["overall"] is None else f"{r['overall']:.0f}",
            r["turns"],
            r["model"],
        ]
        for r in rows
    ]
    click.echo(
        render_table(
            ["id", "started (UTC)", "persona", "lang", "status", "overall", "turns", "model"], table
        )
    )


def _grade_lines(turn: TurnRecord) -> list[str]:
    out = []
    for gs in turn.grades:
        flags = f"; flags: {', '.join(gs.flags)}" if gs.flags else ""
        out.append(
            f"    grades by {gs.grader} (rubric {gs.rubric}): overall {gs.overall:.0f}/100{flags}"
        )
        for c in gs.criteria:
            out.append(f"      {c.criterion:<12} {c.score}/5")
            for quote in c.evidence:
                out.append(f"        “{quote}”")
            if c.suggestion:
                out.append(f"        → {c.suggestion}")
    return out


def render_transcript(rec: SessionRecord) -> str:
    """A readable transcript with the scores under each answer."""
    from interviewer.export import voice_lines

    overall = "-" if rec.overall is None else f"{rec.overall:.0f}/100"
    out = [
        f"Session {rec.id}: persona {rec.persona}, rubric {rec.rubric}, {rec.lang}, model {rec.model}",
        f"status {rec.status}, started {rec.created_at:%Y-%m-%d %H:%M} UTC, overall {overall}",
    ]
    if rec.focus:
        out.append(f"focus: {rec.focus}")
    for t in rec.turns:
        who = "Interviewer" if t.role == "interviewer" else "Candidate"
        meta: list[str] = [t.kind]
        if t.topic:
            meta.append(f"topic {t.topic}")
        if t.probes:
            meta.append(f"probes {', '.join(t.probes)}")
        out += ["", f"[{t.index + 1}] {who} ({'; '.join(meta)})"]
        out += [f"    {line}" for line in t.text.splitlines() or [""]]
        if t.reason:
            out.append(f"    why asked: {t.reason}")
        if t.audio_path:
            out.append(f"    audio: {t.audio_path}")
        out += [f"    {line}" for line in voice_lines(t)]
        out += _grade_lines(t)
    if not rec.turns:
        out += ["", "(no turns yet)"]
    return "\n".join(out)


@sessions.command("show")
@click.argument("session_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the whole session record as JSON.")
@handles_db_errors
def show_cmd(session_id: int, as_json: bool) -> None:
    """Show one session: the transcript with per-answer scores and evidence."""
    svc = _services()
    try:
        rec = _load(svc, session_id)
    finally:
        svc.close()
    if as_json:
        echo_json(rec.model_dump(mode="json"))
    else:
        click.echo(render_transcript(rec))


@sessions.command("export")
@click.argument("session_id", type=int)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "json", "csv", "pdf"]),
    default="md",
    show_default=True,
    help="Markdown transcript, JSON record, CSV rows, or a PDF of the report and transcript.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file instead of standard output (a PDF goes to session-ID.pdf).",
)
@handles_db_errors
def export_cmd(session_id: int, fmt: str, output: Path | None) -> None:
    """Export one session as md, json, csv or pdf."""
    from interviewer.export import export_session, session_pdf

    svc = _services()
    try:
        rec = _load(svc, session_id)
    finally:
        svc.close()
    if fmt == "pdf":
        # The same PDF as the web's report button: report first, then the transcript.
        target = output or Path(f"session-{session_id}.pdf")
        data = session_pdf(rec)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        click.echo(f"wrote {target}", err=True)
        return
    text = export_session(rec, fmt)
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    # newline="" keeps the csv module's \r\n row ends as they are.
    with output.open("w", encoding="utf-8", newline="") as f:
        f.write(text)
    click.echo(f"wrote {output}", err=True)


@sessions.command("delete")
@click.argument("session_id", type=int)
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@handles_db_errors
def delete_cmd(session_id: int, yes: bool) -> None:
    """Delete a session with its turns, grades and audio files."""
    svc = _services()
    try:
        rec = _load(svc, session_id, with_turns=False)
        turns = svc.repo.count_turns(session_id)
        if not yes:
            click.confirm(
                f"Delete session {session_id} ({rec.persona}, {turns} turns, {rec.status})?",
                abort=True,
            )
        svc.repo.delete_session(session_id)
    finally:
        svc.close()
    click.echo(f"deleted session {session_id} ({turns} turns)")


@sessions.command("regrade")
@click.argument("session_id", type=int)
@click.option("--rubric", "rubric_id", required=True, help="Rubric id to grade the answers with.")
@click.option(
    "--model",
    default=None,
    envvar="INTERVIEWER_JUDGE_MODEL",
    help="Grading model (default: judge_model, then model; `offline` for heuristics).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@handles_db_errors
def regrade_cmd(session_id: int, rubric_id: str, model: str | None, as_json: bool) -> None:
    """Grade a stored session's answers again; new grades are kept beside the old ones."""
    from interviewer.errors import InterviewerError, NotFoundError
    from interviewer.grading.regrade import regrade_session

    svc = _services()
    try:
        _load(svc, session_id, with_turns=False)
        try:
            result = regrade_session(svc, session_id, rubric_id, model)
        except NotFoundError as e:
            raise _not_found(e) from None
        except InterviewerError as e:
            from interviewer.cli import fail

            raise fail(e) from None
    finally:
        svc.close()
    if as_json:
        echo_json(result.model_dump(mode="json"))
        return
    was = f"rubric {result.old_rubric}" + (f" by {result.old_grader}" if result.old_grader else "")
    click.echo(
        f"Session {session_id} re-graded with rubric {result.rubric} by {result.grader} "
        f"(was {was}); new grades are stored beside the old ones."
    )
    click.echo(render_table(["criterion", "old mean", "new mean", "change"], result.rows()))
    kept = sum(1 for t in result.turns if not t.written)
    if kept:
        click.echo(
            f"{kept} answer(s) already had grades from this grader and rubric; left as they were."
        )
