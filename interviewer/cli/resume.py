"""`interviewer resume FILE`: show the projects, kinds and claims the interviewer will ask about."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from interviewer.cli import fail

if TYPE_CHECKING:
    from interviewer.types import Resume


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the reading as one JSON object.")
@click.option(
    "--model",
    default=None,
    envvar="INTERVIEWER_MODEL",
    help="Also read it with this model (litellm name); `offline` or none: the offline reader only.",
)
def resume(file: str, as_json: bool, model: str | None) -> None:
    """Read a résumé (.md, .txt, .pdf, .docx, JSON Resume) and show what the interviewer will see.

    Save the JSON (`--json > r.json`), correct it, and practise with `practice --resume r.json`.
    """
    from interviewer.errors import DataFileError
    from interviewer.resume import load_resume
    from interviewer.resume.contract import to_contract

    try:
        parsed = load_resume(file)
    except DataFileError as err:
        raise fail(err) from err
    if model and model.strip() not in ("", "offline"):
        parsed = _with_model(parsed, model.strip())
    if as_json:
        click.echo(json.dumps(to_contract(parsed), ensure_ascii=False, indent=2))
        return
    from interviewer.resume.view import render_text

    click.echo(render_text(parsed))


def _with_model(parsed: Resume, model: str) -> Resume:
    """The reading merged with the model's (verified against the text); offline when it fails."""
    from interviewer.config import load_settings
    from interviewer.errors import InterviewerError
    from interviewer.llm.factory import make_chat_model
    from interviewer.resume.llm_reading import read_with_model

    try:
        chat = make_chat_model(load_settings(), model)
    except InterviewerError as err:
        raise fail(err) from err
    return read_with_model(parsed, chat)
