"""`interviewer bank list|show|validate|match|detect`: the answer keys."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from interviewer.cli.data import LANG_CHOICE, echo_json, problem_rows, render_table

if TYPE_CHECKING:
    from interviewer.bank.loader import Bank
    from interviewer.bank.schema import BankQuestion
    from interviewer.config import Settings
    from interviewer.errors import DataFileError


def _settings() -> Settings:
    from interviewer.config import load_settings

    return load_settings()


def _bank(settings: Settings) -> Bank:
    from interviewer.bank.loader import load_bank

    return load_bank(settings)


def _lang(lang: str | None, settings: Settings) -> str:
    return lang or (settings.lang if settings.lang in ("zh", "en") else "en")


def question_row(q: BankQuestion) -> dict[str, Any]:
    """The `bank list --json` contract for one question (the first wording of each text)."""
    return {
        "id": q.id,
        "topic": q.topic,
        "kind": q.kind,
        "level": q.level,
        "text": {"zh": q.text.zh[0], "en": q.text.en[0]},
        "key_points": [{"zh": k.zh, "en": k.en} for k in q.key_points],
        "misconceptions": [{"zh": m.zh, "en": m.en} for m in q.misconceptions],
        "hint": {"zh": q.hint.zh, "en": q.hint.en},
    }


def _echo_problems(problems: list[DataFileError], title: str) -> None:
    if not problems:
        return
    click.echo(f"\n{title} ({len(problems)}):", err=True)
    for row in problem_rows(problems):
        field = f" [field {row['field']}]" if row["field"] else ""
        click.echo(f"  {row['path']}{field}\n    {row['message']}", err=True)
        if row["hint"]:
            click.echo(f"    hint: {row['hint']}", err=True)


@click.group(name="bank", help="List, show or validate the answer keys of technical questions.")
def bank() -> None:
    pass


@bank.command("list", help="List bank questions (all, or one topic's).")
@click.option("--topic", default=None, help="Only this topic (e.g. sampling, vllm).")
@click.option("--lang", type=LANG_CHOICE, default=None, envvar="INTERVIEWER_LANG")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list (see README contract).")
def list_cmd(topic: str | None, lang: str | None, as_json: bool) -> None:
    settings = _settings()
    b = _bank(settings)
    if topic is not None and topic not in b.topics:
        known = ", ".join(sorted(b.topics)) or "none"
        raise click.ClickException(f"no bank topic '{topic}'; known topics: {known}")
    ids = [q.id for q in b.by_topic(topic)] if topic else b.ids()
    questions = [b.get(i) for i in ids]
    if as_json:
        echo_json([question_row(q) for q in questions])
    else:
        lang = _lang(lang, settings)
        rows = [[q.id, q.kind, q.level, len(q.key_points), q.first_text(lang)] for q in questions]
        headers = ["id", "kind", "level", "points", "question"]
        click.echo(render_table(headers, rows) if rows else "No bank questions loaded.")
    _echo_problems(b.errors, "Broken bank files")


def _show(q: BankQuestion, source: Path | None, lang: str) -> None:
    out = [
        f"{q.id}  ({q.topic}, {q.kind}, level {q.level})",
        f"source file: {source or '-'}",
        "",
        *[f"Q: {t}" for t in q.text.get(lang)],
        "",
        "Key points:",
    ]
    for k in q.key_points:
        out.append(f"  [{k.id}] (weight {k.weight:g}) {k.zh if lang == 'zh' else k.en}")
    if q.misconceptions:
        out += ["", "Misconceptions:"]
        for m in q.misconceptions:
            out.append(f"  [{m.id}] {m.zh if lang == 'zh' else m.en}")
            out.append(f"      correction: {m.correction.get(lang)}")
    out += ["", f"Hint: {q.hint.get(lang)}", "", "Model answer outline:"]
    out += [f"  - {line}" for line in q.outline.get(lang)]
    if q.followups.get(lang):
        out += ["", "Follow-up angles:", *[f"  - {f}" for f in q.followups.get(lang)]]
    out += ["", "Sources:"]
    for s in q.sources:
        out.append(f"  - {s.title}" + (f" <{s.url}>" if s.url else ""))
        if s.note:
            out.append(f"      {s.note}")
    click.echo("\n".join(out))


@bank.command("show", help="Show one bank question with its key, hint and outline.")
@click.argument("question_id")
@click.option("--lang", type=LANG_CHOICE, default=None, envvar="INTERVIEWER_LANG")
@click.option("--json", "as_json", is_flag=True, help="Print the whole question as JSON.")
def show_cmd(question_id: str, lang: str | None, as_json: bool) -> None:
    from interviewer.cli import fail
    from interviewer.errors import NotFoundError

    settings = _settings()
    b = _bank(settings)
    try:
        q = b.get(question_id)
    except NotFoundError as e:
        raise fail(e) from None
    if as_json:
        echo_json(q.model_dump(mode="json", exclude={"concepts"}))
        return
    _show(q, b.sources.get(q.topic), _lang(lang, settings))


@bank.command(
    "validate",
    help="Check bank files (default: every shipped and user file); exit 1 naming file and field.",
)
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON: {ok, problems}.")
def validate_cmd(files: tuple[Path, ...], as_json: bool) -> None:
    from interviewer.bank.validate import validate_paths

    paths = list(files)
    if not paths:
        from interviewer.bank.loader import bank_files, user_bank_dirs
        from interviewer.loader import builtin_dir

        paths = bank_files([builtin_dir("bank"), *user_bank_dirs(_settings())])
    ok, problems = validate_paths(paths)
    if as_json:
        echo_json({"ok": ok, "problems": problem_rows(problems)})
    else:
        for row in ok:
            click.echo(f"ok  {row['path']}  (topic '{row['topic']}', {row['questions']} questions)")
        _echo_problems(problems, "Problems")
        if not ok and not problems:
            click.echo("No bank files found.")
    if problems:
        raise click.exceptions.Exit(1)


@bank.command("match", help="Find the bank question closest to a question text.")
@click.argument("question")
@click.option("--json", "as_json", is_flag=True)
def match_cmd(question: str, as_json: bool) -> None:
    from interviewer.bank.match import THRESHOLD

    d = _bank(_settings()).decision(question)  # the decision grading makes, ranked once
    best, why, ranked = d.match, d.why, d.ranked[:3]
    if as_json:
        echo_json(
            {
                "key": {"id": best.question.id, "confidence": best.confidence} if best else None,
                "threshold": THRESHOLD,
                "why_none": why or None,
                "candidates": [{"id": m.question.id, "confidence": m.confidence} for m in ranked],
            }
        )
        return
    if best is None:
        top = f" (closest: {ranked[0].question.id} at {ranked[0].confidence:.2f})" if ranked else ""
        click.echo(f"no answer key: {why}{top}")
        return
    click.echo(f"{best.question.id}  confidence {best.confidence:.2f}")


@bank.command("detect", help="Show which key points an answer covers and which misconceptions.")
@click.argument("question_id")
@click.option("--answer", required=True, help="The answer text ('-' reads stdin).")
def detect_cmd(question_id: str, answer: str) -> None:
    from interviewer.bank.detector import detect
    from interviewer.cli import fail
    from interviewer.errors import NotFoundError

    b = _bank(_settings())
    try:
        q = b.get(question_id)
    except NotFoundError as e:
        raise fail(e) from None
    text = sys.stdin.read() if answer == "-" else answer
    result = detect(q, text)
    echo_json(result.model_dump(mode="json"))
