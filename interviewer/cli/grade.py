"""`interviewer grade`: grade one answer, or a JSONL batch, against a rubric.

Output (DESIGN.md contract), one JSON object per answer:
`{"overall", "criteria": [{"id", "score", "evidence", "suggestion"}], "grader", "flags", "rubric",
"kind", "version", "key": {"id", "confidence"} | null, "key_points": {"hit", "missed",
"misconceptions"} | null}`.
The rubric: a --jsonl line's own "rubric", else --rubric / INTERVIEWER_RUBRIC, else picked from
the question (behavioural and motivation questions → hr, the rest → star); the topic kind (for
`applies_to`): a line's "kind", else --kind, else read from the question. An answer key is the
bank question the question matches (`interviewer bank match`).
With `--jsonl` every input line gives one output line, in order; a line that cannot be read
gives `{"error": "...", "line": N}` instead, the batch goes on, and the exit code is 1.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from interviewer.errors import NotFoundError

if TYPE_CHECKING:
    from interviewer.grading.base import Grader
    from interviewer.schemas import Rubric
    from interviewer.services import Services
    from interviewer.types import GradeResult

#: Topic kinds (`applies_to` in rubrics).
KINDS = ("project", "behavioral", "technical", "design", "motivation", "closing")


def result_json(result: GradeResult) -> dict[str, Any]:
    """The contract's JSON object for one graded answer."""
    return {
        "overall": result.overall,
        "criteria": [
            {
                "id": c.criterion,
                "score": c.score,
                "evidence": list(c.evidence),
                "suggestion": c.suggestion,
            }
            for c in result.criteria
        ],
        "grader": result.grader,
        "flags": list(result.flags),
        "rubric": result.rubric,
        "kind": result.kind,
        "version": result.version,
        "key": result.key.model_dump() if result.key else None,
        "key_points": result.key_points.model_dump() if result.key_points else None,
    }


def _table(result: GradeResult, rubric: Rubric, lang: str) -> str:
    from interviewer.cli.data import render_table

    names = {c.id: c.name.get(lang) for c in rubric.criteria}
    rows = []
    for c in result.criteria:
        quotes = " / ".join(f"“{q}”" for q in c.evidence) or "—"
        rows.append(
            [names.get(c.criterion, c.criterion), f"{c.score}/5", f"{quotes}\n→ {c.suggestion}"]
        )
    head = f"overall {result.overall:.0f}/100 · grader {result.grader} · rubric {result.rubric}"
    if result.kind:
        head += f" ({result.kind})"
    if result.key:
        head += f" · key {result.key.id}"
    if result.flags:
        head += f" · flags: {', '.join(result.flags)}"
    table = render_table(["criterion", "score", "evidence → suggestion"], rows)
    if result.grader == "offline":
        table += "\n" + offline_note(lang)
    return head + "\n" + table


def offline_note(lang: str) -> str:
    """What offline grading can and cannot check, wrapped for a terminal."""
    from interviewer.grading.offline_note import offline_limits

    note = offline_limits(lang)
    return note if lang == "zh" else textwrap.fill(note, width=100)


class _Choice:
    """What to grade one answer with: the rubric (explicit or picked) and the topic kind."""

    def __init__(self, services: Services, rubric_id: str | None, kind: str | None) -> None:
        self.services = services
        self.rubric_id = rubric_id
        self.kind = kind

    def grade(
        self,
        grader: Grader,
        question: str,
        answer: str,
        lang: str | None,
        *,
        rubric_id: str | None = None,
        kind: str | None = None,
    ) -> GradeResult:
        from interviewer.grading.base import GradeContext
        from interviewer.grading.keys import key_for
        from interviewer.grading.pick import pick_rubric

        picked, asked_kind = pick_rubric(question, self.services.rubrics.ids())
        rubric = self.services.rubrics.get(rubric_id or self.rubric_id or picked)
        given = kind or self.kind
        # one place decides whether a key is used (a question about the candidate's own work is
        # graded without one); the match is remembered once per question in a batch
        choice = key_for(self.services.bank, question, lang, given)
        topic_kind = given or (choice.key.kind if choice else asked_kind)
        ctx = GradeContext(
            lang=lang,
            topic_kind=topic_kind,
            key=choice.key if choice else None,
            key_confidence=choice.confidence if choice else None,
        )
        return grader.grade(question, answer, rubric, ctx)


def _parse_line(raw: str) -> tuple[str, str, str | None, str | None, str | None]:
    """(question, answer, lang, rubric, kind) of one JSONL line, or ValueError saying what is
    wrong."""
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as e:
        raise ValueError(f"not valid JSON ({e.msg} at column {e.colno})") from e
    if not isinstance(obj, dict):
        raise ValueError('expected an object like {"question": "...", "answer": "..."}')
    answer = obj.get("answer")
    question = obj.get("question", "")
    if not isinstance(answer, str):
        raise ValueError('missing "answer" (a string)')
    if not isinstance(question, str):
        raise ValueError('"question" must be a string')
    lang = obj.get("lang")
    rubric = obj.get("rubric")
    if rubric is not None and not isinstance(rubric, str):
        raise ValueError('"rubric" must be a rubric id (a string)')
    kind = obj.get("kind")
    if kind is not None and kind not in KINDS:
        raise ValueError(f'"kind" must be one of {", ".join(KINDS)}')
    return question, answer, lang if lang in ("zh", "en") else None, rubric, kind


def _run_batch(grader: Grader, choice: _Choice, path: str) -> int:
    """Grade each line of a JSONL file; returns the number of bad lines."""
    bad = 0
    if path == "-":
        lines = sys.stdin.read().splitlines()
        name = "<stdin>"
    else:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError as e:
            raise click.ClickException(
                f"{path}: not UTF-8 (byte {e.start}); save it as UTF-8"
            ) from e
        name = path
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            question, answer, lang, rubric_id, kind = _parse_line(raw)
            result = choice.grade(grader, question, answer, lang, rubric_id=rubric_id, kind=kind)
        except (ValueError, NotFoundError) as e:
            bad += 1
            click.echo(
                json.dumps(
                    {"error": f"{name}: line {number}: {e}", "line": number}, ensure_ascii=False
                )
            )
            continue
        click.echo(json.dumps(result_json(result), ensure_ascii=False))
    return bad


@click.command()
@click.option("--question", "-q", default=None, help="The question that was asked.")
@click.option("--answer", "-a", default=None, help="The answer to grade ('-' reads it from stdin).")
@click.option(
    "--jsonl",
    "jsonl",
    default=None,
    metavar="FILE",
    help='Batch: one {"question","answer"} object per line ("-" for stdin; optional "lang", '
    '"rubric", "kind"); prints one JSON line per answer.',
)
@click.option(
    "--rubric",
    "rubric_id",
    default=None,
    envvar="INTERVIEWER_RUBRIC",
    help="Rubric id (`interviewer rubrics list`); picked from the question when omitted "
    "(behavioural and motivation questions: hr, others: star).",
)
@click.option(
    "--kind",
    type=click.Choice(KINDS),
    default=None,
    help="Topic kind of the question (decides which criteria apply); read from the question "
    "when omitted.",
)
@click.option(
    "--model",
    default=None,
    envvar="INTERVIEWER_JUDGE_MODEL",
    help="Grader model: `offline` (heuristics) or a litellm model string.",
)
@click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default=None,
    help="Language of the answer (detected when omitted).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def grade(
    question: str | None,
    answer: str | None,
    jsonl: str | None,
    rubric_id: str | None,
    kind: str | None,
    model: str | None,
    lang: str | None,
    as_json: bool,
) -> None:
    """Grade one answer, or a JSONL batch, against a rubric."""
    from interviewer.cli import fail
    from interviewer.errors import InterviewerError
    from interviewer.grading.limits import MAX_ANSWER_CHARS
    from interviewer.services import Services

    if jsonl is None and answer is None:
        raise click.UsageError("give --answer (and --question), or --jsonl FILE")
    if jsonl is not None and answer is not None:
        raise click.UsageError("--answer and --jsonl cannot be used together")
    if jsonl not in (None, "-") and not Path(jsonl).is_file():
        raise click.BadParameter(f"no such file: {jsonl}", param_hint="--jsonl")
    services = Services()
    try:
        from interviewer.grading.factory import make_grader

        if rubric_id is not None:
            services.rubrics.get(rubric_id)  # an unknown id fails before any grading
        choice = _Choice(services, rubric_id, kind)
        settings = services.settings
        offline = (model or settings.judge_model or settings.model) == "offline"
        # the database is only needed to log LLM calls; the offline grader never opens it
        grader = make_grader(settings, model, None if offline else services.repo)
        if jsonl is not None:
            bad = _run_batch(grader, choice, jsonl)
            if bad:
                click.echo(f"{bad} line(s) could not be graded; see the error objects", err=True)
                raise click.exceptions.Exit(1)
            return
        text = sys.stdin.read() if answer == "-" else answer or ""
        if len(text) > MAX_ANSWER_CHARS:
            click.echo(
                f"note: only the first {MAX_ANSWER_CHARS} characters are graded (flag too_long)",
                err=True,
            )
        result = choice.grade(grader, question or "", text, lang)
        rubric = services.rubrics.get(result.rubric)
    except InterviewerError as e:
        raise fail(e) from e
    finally:
        services.close()
    if as_json:
        click.echo(json.dumps(result_json(result), ensure_ascii=False))
    else:
        from interviewer.signals import detect_lang

        click.echo(_table(result, rubric, lang or detect_lang(text)))
