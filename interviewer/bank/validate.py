"""Validate bank files fully: every schema error, every dangling concept, every failed self-check,
and question ids shared between files. Used by `interviewer bank validate` and the tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from interviewer.bank.lint import lint_question
from interviewer.bank.loader import reference_problems
from interviewer.bank.schema import BankFile
from interviewer.errors import DataFileError
from interviewer.loader import _describe, validate_file

HINT_SCHEMA = (
    "compare with a shipped file, e.g. `interviewer bank show sampling.three_knobs --json`"
)
HINT_LINT = (
    "see BANK_TOPICS.md in the coordination notes, or the docstrings in interviewer/bank/schema.py"
)


def file_problems(path: Path) -> tuple[BankFile | None, list[DataFileError]]:
    """The file's model (or None) and every problem found in it alone."""
    from pydantic import ValidationError

    try:
        bank = validate_file(path, BankFile)
    except DataFileError as e:
        cause = e.__cause__
        if not isinstance(cause, ValidationError):
            return None, [e]
        return None, [
            DataFileError(path, msg, HINT_SCHEMA, field=where)
            for where, msg in (_describe(dict(err)) for err in cause.errors())
        ]
    problems = [
        DataFileError(path, msg, "define it under `concepts:` or fix the spelling", field=where)
        for where, msg in reference_problems(bank)
    ]
    if problems:
        return bank, problems
    for qi, q in enumerate(bank.questions):
        for where, msg in lint_question(q):
            problems.append(
                DataFileError(
                    path, f"{msg} (question '{q.id}')", HINT_LINT, field=f"questions.{qi}.{where}"
                )
            )
    return bank, problems


def validate_paths(paths: Sequence[Path]) -> tuple[list[dict[str, Any]], list[DataFileError]]:
    """({path, topic, questions} of each good file, every problem) over the given files."""
    ok: list[dict[str, Any]] = []
    problems: list[DataFileError] = []
    seen: dict[str, Path] = {}
    topics: dict[str, Path] = {}
    for path in paths:
        if not path.exists():
            problems.append(DataFileError(path, "file does not exist"))
            continue
        bank, errs = file_problems(path)
        if bank is not None:
            if bank.topic in topics and topics[bank.topic].parent == path.parent:
                errs.append(
                    DataFileError(
                        path,
                        f"topic '{bank.topic}' is also defined in {topics[bank.topic]}",
                        "one file per topic",
                        field="topic",
                    )
                )
            topics.setdefault(bank.topic, path)
            for qi, q in enumerate(bank.questions):
                other = seen.get(q.id)
                if other is not None and other.parent == path.parent:
                    errs.append(
                        DataFileError(
                            path,
                            f"question id '{q.id}' is also in {other}",
                            "ids are unique across the bank: prefix them with the topic",
                            field=f"questions.{qi}.id",
                        )
                    )
                seen.setdefault(q.id, path)
        problems.extend(errs)
        if bank is not None and not errs:
            ok.append({"path": str(path), "topic": bank.topic, "questions": len(bank.questions)})
    return ok, problems
