"""`interviewer resume FILE`: show the projects, roles and metrics the interviewer will ask about."""

from __future__ import annotations

import json

import click

from interviewer.cli import fail


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the parsed résumé as one JSON object.")
def resume(file: str, as_json: bool) -> None:
    """Parse a résumé file (.md, .txt, .pdf, .docx) and show what the interviewer will see."""
    from interviewer.errors import DataFileError
    from interviewer.resume import load_resume

    try:
        parsed = load_resume(file)
    except DataFileError as err:
        raise fail(err) from err
    if as_json:
        click.echo(
            json.dumps(
                parsed.model_dump(mode="json", exclude={"text"}), ensure_ascii=False, indent=2
            )
        )
        return
    click.echo(_render(parsed))


def _render(parsed: object) -> str:
    from interviewer.types import ClaimedMetric, Resume

    assert isinstance(parsed, Resume)

    def num(x: float) -> str:
        return f"{int(x):,}" if float(x).is_integer() else f"{x:g}"

    def metric_line(m: ClaimedMetric) -> str:
        change = (
            f"{num(m.baseline)} → {num(m.result)}"
            if m.baseline is not None and m.result is not None
            else num(m.value)
        )
        facts = ", ".join(x for x in (m.what, f"{change} {m.unit}".strip(), m.direction or "") if x)
        return f"       - {m.text}  ({facts})"

    lines = [f"Résumé: {parsed.source} (language: {parsed.lang})"]
    if parsed.positions:
        lines.append("Positions:")
        for p in parsed.positions:
            lines.append("  - " + " · ".join(x for x in (p.title, p.org, p.period) if x))
    lines.append(f"Projects ({len(parsed.projects)}):")
    for i, pr in enumerate(parsed.projects, 1):
        head = f"  {i}. {pr.name}"
        if pr.period:
            head += f"  [{pr.period}]"
        if pr.role:
            head += f"  role: {pr.role}"
        lines.append(head)
        if pr.skills:
            lines.append("     skills: " + ", ".join(pr.skills))
        if pr.metrics:
            lines.append("     claimed metrics:")
            lines.extend(metric_line(m) for m in pr.metrics)
    if not parsed.projects:
        lines.append(
            "  (none found: the interviewer will ask general questions; use headings like"
            " '## Projects' / '项目经历' and one line per project)"
        )
    if parsed.skills:
        lines.append("Skills: " + ", ".join(parsed.skills))
    lines.append(f"Claimed metrics in the whole résumé: {len(parsed.metrics)}")
    return "\n".join(lines)
