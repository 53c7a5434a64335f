"""The `interviewer` command. Subcommands live in their own modules, imported only when run."""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from interviewer import __version__

#: command name -> "module:attribute"; keeps `interviewer --help` free of heavy imports.
COMMANDS: dict[str, tuple[str, str]] = {
    "serve": ("interviewer.cli.serve:serve", "Start the web app (binds 127.0.0.1 by default)."),
    "practice": (
        "interviewer.cli.practice:practice",
        "Run an interview in the terminal; answers come from stdin.",
    ),
    "grade": (
        "interviewer.cli.grade:grade",
        "Grade one answer, or a JSONL batch, against a rubric.",
    ),
    "sessions": (
        "interviewer.cli.sessions:sessions",
        "List, show, export, re-grade or delete stored sessions.",
    ),
    "personas": ("interviewer.cli.data:personas", "List, show or validate interviewer personas."),
    "rubrics": ("interviewer.cli.data:rubrics", "List, show or validate grading rubrics."),
    "bank": (
        "interviewer.cli.bank:bank",
        "List, show or validate the answer keys of technical questions.",
    ),
    "resume": (
        "interviewer.cli.resume:resume",
        "Parse a résumé file and show what the interviewer will see.",
    ),
    "transcribe": (
        "interviewer.cli.transcribe:transcribe",
        "Transcribe an audio file with the configured Whisper model.",
    ),
    "doctor": (
        "interviewer.cli.doctor:doctor",
        "Show what is configured and reachable: database, model, voice.",
    ),
    "db": ("interviewer.cli.db:db", "Database maintenance: upgrade, current revision, path."),
    "logs": ("interviewer.cli.logs:logs", "Read the log of model calls (operator only)."),
    "users": (
        "interviewer.cli.users:users",
        "Team-mode accounts: add, list, remove, passwd, adopt.",
    ),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, attr = target[0].split(":")
        return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][1]) for name in sorted(COMMANDS)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="interviewer")
def cli() -> None:
    """Mock interviews that ask about your own projects and grade answers honestly.

    Works offline with no key (model `offline`); set INTERVIEWER_MODEL to use any litellm model.
    """


def main() -> None:
    """Entry point: InterviewerError becomes a clean message and exit code 1 (2 for usage)."""
    try:
        code = _run()
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        if e.code is not None and not isinstance(e.code, int):
            click.echo(str(e.code), err=True)
    _exit(code)


def _run() -> int:
    from interviewer.errors import InterviewerError, should_reraise

    try:
        code = cli.main(standalone_mode=False)
        # Non-standalone click returns (not raises) the code of ctx.exit(n) inside a command.
        if isinstance(code, int) and not isinstance(code, bool):
            return code
        return 0
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 130
    except click.ClickException as e:
        e.show()
        return e.exit_code
    except click.exceptions.Exit as e:
        return e.exit_code
    except InterviewerError as e:
        if should_reraise():
            raise
        click.echo(f"Error: {e}", err=True)
        return 1
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        return 130


def _exit(code: int) -> None:
    """Exit; after litellm was used, skip interpreter finalisation.

    litellm's HTTP handler imports a module in `__del__`; at interpreter shutdown that import can
    wait forever on a lock held by a frozen daemon thread (a model call abandoned at its deadline),
    so a finished `practice` would hang. Everything is already committed to the database; flush
    the streams and leave.
    """
    if "litellm" in sys.modules:
        import logging

        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        logging.shutdown()
        os._exit(code)
    sys.exit(code)


def fail(err: Any) -> click.ClickException:
    """Turn an InterviewerError into a ClickException (exit 1) unless asked to re-raise."""
    if os.environ.get("INTERVIEWER_RAISE_ERRORS"):
        raise err
    return click.ClickException(str(err))
