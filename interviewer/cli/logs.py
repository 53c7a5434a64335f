"""`interviewer logs list`: the model exchanges the app logged (prompts, replies, errors, timing).

The log is the operator's: in team mode it holds every user's prompts, so only the CLI on the
server reads it (no web page shows it, and there is no `--user` view of it).
"""

from __future__ import annotations

from typing import Any

import click

from interviewer.cli.data import echo_json, render_table
from interviewer.cli.db import handles_db_errors


@click.group(name="logs")
def logs() -> None:
    """Read the log of model calls (operator only)."""


def _preview(text: str | None, width: int = 60) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _tokens(row: dict[str, Any]) -> str:
    if row["prompt_tokens"] is None and row["completion_tokens"] is None:
        return "-"
    return f"{row['prompt_tokens'] or 0}+{row['completion_tokens'] or 0}"


@logs.command("list")
@click.option(
    "-n",
    "--count",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="How many calls to show.",
)
@click.option("--session", "session_id", type=int, default=None, help="Only this session's calls.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole rows as JSON.")
@handles_db_errors
def list_cmd(count: int, session_id: int | None, as_json: bool) -> None:
    """Show the latest model calls, newest first."""
    from interviewer.services import Services

    svc = Services()
    try:
        rows = svc.repo.llm_calls(session_id=session_id, limit=count)
    finally:
        svc.close()
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo("No model calls logged." if session_id is None else f"No calls in {session_id}.")
        return
    table = [
        [
            r["id"],
            f"{r['created_at']:%Y-%m-%d %H:%M:%S}",
            r["session_id"] or "-",
            r["purpose"],
            r["model"],
            f"{r['duration_ms']:.0f}",
            _tokens(r),
            f"error: {_preview(r['error'])}" if r["error"] else _preview(r["response"]),
        ]
        for r in rows
    ]
    headers = ["id", "time (UTC)", "session", "purpose", "model", "ms", "tokens", "reply"]
    click.echo(render_table(headers, table))
