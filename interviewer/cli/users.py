"""`interviewer users`: the accounts of team mode (auth = "password" or "proxy")."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from storage.repository import Repository


@contextmanager
def _repo() -> Iterator[Repository]:
    """The accounts store, closed again however the command ends (errors reach the CLI's one
    handler, which prints one line)."""
    from interviewer.services import Services

    svc = Services()
    try:
        yield svc.repo
    finally:
        svc.close()


def _password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    return str(click.prompt("Password", hide_input=True, confirmation_prompt=True))


def _store_password(
    name: str, from_stdin: bool, store: Callable[[Repository, str, str], None]
) -> None:
    """Check the name, read and hash a password, and let `store(repo, name, hash)` keep it."""
    from interviewer.accounts import check_name, hash_password

    check_name(name)
    hashed = hash_password(_password(from_stdin))
    with _repo() as repo:
        store(repo, name, hashed)


_PASSWORD_STDIN = click.option(
    "--password-stdin", is_flag=True, help="Read the password from stdin (scripts)."
)


@click.group(name="users")
def users() -> None:
    """Team-mode accounts: add, list, remove, passwd, adopt."""


@users.command("add")
@click.argument("name")
@_PASSWORD_STDIN
def add(name: str, password_stdin: bool) -> None:
    """Add a user who signs in with a password (stored as an argon2 hash)."""
    _store_password(name, password_stdin, lambda repo, n, h: repo.add_account(n, h))
    click.echo(f"user {name} added")


@users.command("passwd")
@click.argument("name")
@_PASSWORD_STDIN
def passwd(name: str, password_stdin: bool) -> None:
    """Set a user's password."""
    _store_password(name, password_stdin, lambda repo, n, h: repo.set_password(n, h))
    click.echo(f"password of {name} changed (sign-ins made before stay until they expire)")


@users.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
def list_(as_json: bool) -> None:
    """List users with their number of sessions."""
    with _repo() as repo:
        rows = repo.list_accounts()
    if as_json:
        from interviewer.cli.data import echo_json

        echo_json(rows)
        return
    if not rows:
        click.echo("no users (add one with `interviewer users add NAME`)")
    for r in rows:
        how = "password" if r["password"] else "proxy sign-in"
        click.echo(
            f"{r['name']}\t{r['sessions']} sessions\t{how}\tsince {r['created_at']:%Y-%m-%d}"
        )


@users.command("remove")
@click.argument("name")
@click.option("--delete-sessions", is_flag=True, help="Also delete the user's sessions and audio.")
def remove(name: str, delete_sessions: bool) -> None:
    """Remove a user; their sessions stay unless --delete-sessions."""
    from interviewer.accounts import check_name

    check_name(name)
    with _repo() as repo:
        gone = repo.remove_account(name, delete_sessions=delete_sessions)
    kept = "" if delete_sessions else "; their sessions are kept (`users adopt` can give them on)"
    click.echo(f"user {name} removed" + (f", {gone} sessions deleted" if gone else kept))


@users.command("adopt")
@click.argument("name")
@click.option(
    "--from-owner",
    default=None,
    help="Only the sessions of this local-mode owner id (default: every session of no user).",
)
def adopt(name: str, from_owner: str | None) -> None:
    """Give sessions made in local mode to user NAME."""
    from interviewer.accounts import check_name

    check_name(name)
    with _repo() as repo:
        moved = repo.adopt(name, from_owner)
    click.echo(f"{moved} sessions now belong to {name}")
