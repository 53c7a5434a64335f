"""`interviewer resume FILE`: show the projects, kinds and claims the interviewer will ask about."""

from __future__ import annotations

import json

import click

from interviewer.cli import fail


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the reading as one JSON object.")
def resume(file: str, as_json: bool) -> None:
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
    if as_json:
        click.echo(json.dumps(to_contract(parsed), ensure_ascii=False, indent=2))
        return
    from interviewer.resume.view import render_text

    click.echo(render_text(parsed))
