"""`interviewer personas|rubrics list|show|validate`: look at and check the data files."""

from __future__ import annotations

import json
import textwrap
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from interviewer.errors import DataFileError
    from interviewer.loader import Catalog
    from interviewer.schemas import Persona, Rubric
    from interviewer.services import Services

LANG_CHOICE = click.Choice(["zh", "en"])


# ------------------------------------------------------------------ text layout shared by CLI modules


def display_width(text: str) -> int:
    """Columns a string takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap_cells(text: str, width: int) -> list[str]:
    """Wrap text to `width` terminal columns, breaking CJK runs anywhere and words at spaces."""
    lines: list[str] = []
    for para in (text or "").splitlines() or [""]:
        if display_width(para) <= width:
            lines.append(para)
            continue
        if para.isascii():
            lines.extend(textwrap.wrap(para, width) or [""])
            continue
        line = ""
        for ch in para:
            if display_width(line + ch) > width:
                lines.append(line.rstrip())
                line = ch.lstrip()
            else:
                line += ch
        lines.append(line)
    return lines


def render_table(
    headers: Sequence[str], rows: Sequence[Sequence[object]], max_width: int = 0
) -> str:
    """A plain-text table; the last column wraps so the table fits `max_width` (0 = terminal)."""
    cells = [[str(c) if c is not None else "" for c in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], *(display_width(x) for x in c.splitlines() or [""]))
    total = max_width or _terminal_width()
    fixed = sum(widths[:-1]) + 2 * (len(widths) - 1)
    widths[-1] = max(20, min(widths[-1], total - fixed))

    def line(values: Sequence[str]) -> list[str]:
        parts = [wrap_cells(v, w) for v, w in zip(values, widths, strict=True)]
        height = max(len(p) for p in parts)
        out = []
        for k in range(height):
            cols = [(p[k] if k < len(p) else "") for p in parts]
            padded = [c + " " * (w - display_width(c)) for c, w in zip(cols, widths, strict=True)]
            out.append("  ".join(padded).rstrip())
        return out

    out = line(list(headers))
    out.append("  ".join("-" * w for w in widths))
    for row in cells:
        out.extend(line(row))
    return "\n".join(out)


def _terminal_width() -> int:
    import shutil

    return max(60, shutil.get_terminal_size((100, 24)).columns)


def echo_json(data: Any) -> None:
    """Print JSON with Chinese kept readable."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# ------------------------------------------------------------------ checks beyond one file


def persona_reference_errors(
    personas: Catalog[Persona],
    rubric_ids: Sequence[str],
    broken_rubrics: Sequence[DataFileError] = (),
) -> list[DataFileError]:
    """Personas whose `rubric` names no loaded rubric: the file is valid alone but unusable."""
    from interviewer.errors import DataFileError

    known = ", ".join(sorted(rubric_ids)) or "none"
    problems = []
    for pid, p in sorted(personas.items.items()):
        if p.rubric in rubric_ids:
            continue
        broken = [e.path for e in broken_rubrics if Path(e.path).stem == p.rubric]
        hint = (
            f"the rubric file {broken[0]} is broken; fix it (see `interviewer rubrics list`)"
            if broken
            else f"use one of the loaded rubrics ({known}) or add rubrics/{p.rubric}.yaml"
        )
        problems.append(
            DataFileError(
                personas.sources.get(pid, pid),
                f"rubric '{p.rubric}' does not exist",
                hint,
                field="rubric",
            )
        )
    return problems


def catalog_problems(services: Services, kind: str) -> list[DataFileError]:
    """Every problem of the loaded `personas` or `rubrics`: broken files, then dangling references."""
    if kind == "rubrics":
        return list(services.rubrics.errors)
    return [
        *services.personas.errors,
        *persona_reference_errors(
            services.personas, services.rubrics.ids(), services.rubrics.errors
        ),
    ]


def problem_rows(problems: Sequence[DataFileError]) -> list[dict[str, str | None]]:
    """Problems as {path, field, message, hint} dicts (message without the path prefix)."""
    rows = []
    for e in problems:
        prefix = e.path + (f": field '{e.field}'" if e.field else "") + ": "
        msg = e.message[len(prefix) :] if e.message.startswith(prefix) else e.message
        rows.append({"path": e.path, "field": e.field, "message": msg, "hint": e.hint})
    return rows


def _echo_problems(problems: Sequence[DataFileError], title: str = "Broken files") -> None:
    if not problems:
        return
    click.echo(f"\n{title} ({len(problems)}):")
    for row in problem_rows(problems):
        field = f" [field {row['field']}]" if row["field"] else ""
        click.echo(f"  {row['path']}{field}\n    {row['message']}")
        if row["hint"]:
            click.echo(f"    hint: {row['hint']}")


def all_problems_of_file(path: Path, model: type[Any]) -> tuple[Any, list[DataFileError]]:
    """Validate one file and return every problem (the loader stops at the first)."""
    from pydantic import ValidationError

    from interviewer.errors import DataFileError
    from interviewer.loader import _describe, validate_file

    try:
        return validate_file(path, model), []
    except DataFileError as e:
        cause = e.__cause__
        if not isinstance(cause, ValidationError):
            return None, [e]
        problems = []
        for err in cause.errors():
            field, msg = _describe(dict(err))
            problems.append(DataFileError(path, msg, e.hint, field=field))
        return None, problems


# ------------------------------------------------------------------ rendering


def _persona_row(p: Persona, source: Path | None, lang: str) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name.get(lang),
        "description": p.description.get(lang),
        "rubric": p.rubric,
        "questions": p.questions,
        "depth": p.followup_depth,
        "source": str(source) if source else None,
    }


def _rubric_row(r: Rubric, source: Path | None, lang: str) -> dict[str, Any]:
    return {
        "id": r.id,
        "name": r.name.get(lang),
        "description": r.description.get(lang),
        "criteria": [c.id for c in r.criteria],
        "weights": {c.id: c.weight for c in r.criteria},
        "source": str(source) if source else None,
    }


def _show_persona(p: Persona, source: Path | None, lang: str) -> None:
    out = [
        f"{p.name.get(lang)}  ({p.id})",
        f"  {p.description.get(lang)}",
        "",
        f"tone:            {p.tone.get(lang)}",
        f"rubric:          {p.rubric}",
        f"main questions:  {p.questions}",
        f"follow-up depth: {p.followup_depth}",
        f"résumé share:    {p.resume_share:.0%}",
        f"focus:           {', '.join(p.focus) or '-'}",
        f"source:          {source or '-'}",
        "",
        f"opening: {p.opening.get(lang)}",
        f"wrap-up: {p.wrapup.get(lang)}",
    ]
    if p.system_prompt:
        out.append(f"LLM instructions: {p.system_prompt.get(lang)}")
    out += ["", f"Topics ({len(p.topics)}):"]
    for t in p.topics:
        probes = f"; probes {', '.join(t.probes)}" if t.probes else ""
        out.append(f"\n  [{t.id}] {t.name.get(lang)}  ({t.kind}, weight {t.weight:g}{probes})")
        questions = t.questions.get(lang)
        for q in questions:
            out.append(f"    - {q}")
        if not questions:
            out.append(f"    (no questions in {lang})")
        keywords = t.keywords.get(lang)
        if keywords:
            out.append(f"    keywords: {', '.join(keywords)}")
    if p.followups:
        out += ["", "Follow-up templates (override the shared ones):"]
        for gap, texts in p.followups.items():
            for text in texts.get(lang):
                out.append(f"  {gap}: {text}")
    click.echo("\n".join(out))


def _show_rubric(r: Rubric, source: Path | None, lang: str) -> None:
    total = sum(c.weight for c in r.criteria)
    click.echo(
        f"{r.name.get(lang)}  ({r.id})\n  {r.description.get(lang)}\nsource: {source or '-'}"
    )
    for c in r.criteria:
        applies = f", graded on {', '.join(c.applies_to)} topics" if c.applies_to else ""
        click.echo(
            f"\n[{c.id}] {c.name.get(lang)}  (weight {c.weight:g}, {c.weight / total:.0%} of overall"
            f"{applies})\n  {c.description.get(lang)}\n  evidence: {c.evidence.get(lang)}"
        )
        signals = c.signals.get(lang)
        if signals:
            click.echo(f"  offline signals: {', '.join(signals)}")
        rows = [(lv.score, lv.description.get(lang)) for lv in c.levels]
        click.echo(
            textwrap.indent(
                render_table(["score", "what an answer at this level does"], rows), "  "
            )
        )


def _dump(obj: Any, as_yaml: bool) -> None:
    data = obj.model_dump(mode="json", exclude_defaults=False)
    if as_yaml:
        import yaml

        click.echo(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), nl=False)
    else:
        echo_json(data)


# ------------------------------------------------------------------ command factory


def _services() -> Services:
    from interviewer.services import Services

    return Services()


def _list_table(kind: str, items: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows of `personas list` / `rubrics list`."""
    if kind == "personas":
        headers = ["id", "rubric", "questions", "depth", "name / description / source"]
        return headers, [
            [
                i["id"],
                i["rubric"],
                i["questions"],
                i["depth"],
                f"{i['name']}\n{i['description']}\n{i['source']}",
            ]
            for i in items
        ]
    headers = ["id", "criteria (weight)", "name / description / source"]
    return headers, [
        [
            i["id"],
            "\n".join(f"{k} ({w:g})" for k, w in i["weights"].items()),
            f"{i['name']}\n{i['description']}\n{i['source']}",
        ]
        for i in items
    ]


def _validate(
    svc: Services, kind: str, files: tuple[Path, ...]
) -> tuple[list[tuple[str, str]], list[DataFileError]]:
    """(id, path) of the good files and every problem; no files means every loaded one."""
    from interviewer.errors import DataFileError
    from interviewer.schemas import Persona, Rubric

    model = Persona if kind == "personas" else Rubric
    ok: list[tuple[str, str]] = []
    problems: list[DataFileError] = []
    if not files:
        catalog: Catalog[Any] = getattr(svc, kind)
        problems = catalog_problems(svc, kind)
        bad_paths = {p.path for p in problems}
        ok = [(i, str(catalog.sources[i])) for i in catalog.ids()]
        ok = [(i, s) for i, s in ok if s not in bad_paths]
    for path in files:
        if not path.exists():
            problems.append(DataFileError(path, "file does not exist"))
            continue
        item, errs = all_problems_of_file(path, model)
        if item is not None and kind == "personas":
            shadow: Catalog[Any] = type(svc.personas)(kind)
            shadow.items[item.id], shadow.sources[item.id] = item, path
            errs = persona_reference_errors(shadow, sorted(svc.rubrics.ids()), svc.rubrics.errors)
        problems.extend(errs)
        if not errs:
            ok.append((item.id, str(path)))
    return ok, problems


def _make_group(
    kind: str, row: Callable[..., dict[str, Any]], show: Callable[..., None]
) -> click.Group:
    singular = kind[:-1]

    @click.group(name=kind, help=f"List, show or validate {singular} files.")
    def group() -> None:
        pass

    @group.command("list", help=f"List loaded {kind} and the files that could not be loaded.")
    @click.option(
        "--lang",
        type=LANG_CHOICE,
        default=None,
        envvar="INTERVIEWER_LANG",
        help="Language of names and descriptions (default: the `lang` setting).",
    )
    @click.option("--json", "as_json", is_flag=True, help="Print JSON: {items, problems}.")
    def list_cmd(lang: str | None, as_json: bool) -> None:
        svc = _services()
        catalog: Catalog[Any] = getattr(svc, kind)
        lang = lang or svc.settings.lang
        items = [row(catalog.items[i], catalog.sources.get(i), lang) for i in catalog.ids()]
        problems = catalog_problems(svc, kind)
        if as_json:
            echo_json({kind: items, "problems": problem_rows(problems)})
            return
        headers, rows = _list_table(kind, items)
        click.echo(render_table(headers, rows) if items else f"No {kind} loaded.")
        _echo_problems(
            problems, "Broken files" if kind == "rubrics" else "Broken files and references"
        )

    @group.command("show", help=f"Show one {singular} in full.")
    @click.argument("item_id")
    @click.option(
        "--lang",
        type=LANG_CHOICE,
        default=None,
        envvar="INTERVIEWER_LANG",
        help="Language to show (default: the `lang` setting).",
    )
    @click.option("--json", "as_json", is_flag=True, help="Print the whole file as JSON.")
    @click.option("--yaml", "as_yaml", is_flag=True, help="Print the whole file as YAML.")
    def show_cmd(item_id: str, lang: str | None, as_json: bool, as_yaml: bool) -> None:
        from interviewer.cli import fail
        from interviewer.errors import NotFoundError

        svc = _services()
        catalog: Catalog[Any] = getattr(svc, kind)
        try:
            item = catalog.get(item_id)
        except NotFoundError as e:
            raise fail(e) from None
        if as_json or as_yaml:
            _dump(item, as_yaml)
            return
        show(item, catalog.sources.get(item_id), lang or svc.settings.lang)

    @group.command(
        "validate",
        help=(
            f"Check {singular} files (default: every loaded one); exit 1 naming file and field if any "
            "is bad."
        ),
    )
    @click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--json", "as_json", is_flag=True, help="Print JSON: {ok, problems}.")
    def validate_cmd(files: tuple[Path, ...], as_json: bool) -> None:
        ok, problems = _validate(_services(), kind, files)
        if as_json:
            echo_json(
                {"ok": [{"id": i, "path": p} for i, p in ok], "problems": problem_rows(problems)}
            )
        else:
            for item_id, source in ok:
                click.echo(f"ok  {source}  ({singular} '{item_id}')")
            _echo_problems(problems, "Problems")
            if not ok and not problems:
                click.echo(f"No {kind} files found.")
        if problems:
            raise click.exceptions.Exit(1)

    return group


personas = _make_group("personas", _persona_row, _show_persona)
rubrics = _make_group("rubrics", _rubric_row, _show_rubric)
