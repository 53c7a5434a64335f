"""`interviewer db upgrade|current|path`: schema maintenance."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def mask_url(url: str) -> str:
    """The database URL with any password replaced by ***."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        # Not a URL SQLAlchemy understands: hide everything between "://" and "@".
        head, sep, tail = url.partition("://")
        if sep and "@" in tail:
            creds, _, host = tail.rpartition("@")
            user = creds.split(":", 1)[0]
            return f"{head}://{user}:***@{host}" if ":" in creds else url
        return url


def schema_status(url: str) -> dict[str, Any]:
    """Current and head revision of the database at `url`, without changing it."""
    from storage.db import current_revision, head_revision, make_engine

    head = head_revision(url)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        from pathlib import Path

        if path and path != ":memory:" and not Path(path).expanduser().exists():
            return {"current": None, "head": head, "exists": False}
    engine = make_engine(url)
    try:
        return {"current": current_revision(engine), "head": head, "exists": True}
    finally:
        engine.dispose()


def _url() -> str:
    from interviewer.config import load_settings

    return load_settings().database_url


def describe_db_error(err: Exception, url: str) -> str:
    """One line about a driver error, with the URL's password (if any) removed."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    orig = getattr(err, "orig", None) or err
    text = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    try:
        password = make_url(url).password
    except ArgumentError:
        password = None
    if password:
        text = text.replace(str(password), "***")
    return f"{type(orig).__name__}: {text}"


def _fail(err: Exception, url: str) -> click.ClickException:
    from interviewer.cli import fail
    from interviewer.errors import InterviewerError

    if isinstance(err, InterviewerError):
        return fail(err)
    return click.ClickException(
        f"database error at {mask_url(url)}: {describe_db_error(err, url)}\n"
        "  hint: check INTERVIEWER_DB_URL / db_url and that the server is running"
    )


def handles_db_errors(fn: F) -> F:
    """Turn a driver error (server down, bad URL, locked file) into a one-line CLI error."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as e:
            from sqlalchemy.exc import SQLAlchemyError

            if isinstance(e, SQLAlchemyError):
                raise _fail(e, _url()) from None
            raise

    return wrapper  # type: ignore[return-value]


@click.group(name="db")
def db() -> None:
    """Database maintenance: upgrade, current revision, path."""


@db.command("upgrade")
def upgrade_cmd() -> None:
    """Bring the database schema to the newest revision (creates the database if needed)."""
    from sqlalchemy.exc import SQLAlchemyError

    from storage.db import current_revision, head_revision, make_engine, upgrade

    url = _url()
    engine = make_engine(url)
    try:
        before = current_revision(engine)
        upgrade(engine)
        after = current_revision(engine)
    except SQLAlchemyError as e:
        raise _fail(e, url) from None
    finally:
        engine.dispose()
    head = head_revision(url)
    if before == after:
        click.echo(f"{mask_url(url)}: already at {after} (head {head})")
    else:
        click.echo(f"{mask_url(url)}: upgraded {before or 'empty'} -> {after} (head {head})")


@db.command("current")
@click.option("--json", "as_json", is_flag=True, help="Print {url, current, head, up_to_date}.")
def current_cmd(as_json: bool) -> None:
    """Print the database's schema revision and the newest one."""
    from sqlalchemy.exc import SQLAlchemyError

    url = _url()
    try:
        status = schema_status(url)
    except SQLAlchemyError as e:
        raise _fail(e, url) from None
    up_to_date = status["current"] == status["head"]
    if as_json:
        from interviewer.cli.data import echo_json

        echo_json(
            {
                "url": mask_url(url),
                "current": status["current"],
                "head": status["head"],
                "up_to_date": up_to_date,
            }
        )
        return
    current = status["current"] or (
        "none (database not created yet)" if not status["exists"] else "none (empty database)"
    )
    click.echo(f"current: {current}")
    click.echo(f"head:    {status['head']}")
    if not up_to_date:
        click.echo("run `interviewer db upgrade` (the app also upgrades on start)")


@db.command("path")
def path_cmd() -> None:
    """Print the database URL (password hidden)."""
    click.echo(mask_url(_url()))
