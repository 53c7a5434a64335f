"""What `grade --json` and stored grades need from the bank, in the issue-17 contract shape."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from interviewer.bank.detector import detect

if TYPE_CHECKING:
    from interviewer.bank.loader import Bank
    from interviewer.bank.schema import BankQuestion, KeyPointResult


def key_points_json(result: KeyPointResult) -> dict[str, Any]:
    """`{"hit": [ids], "missed": [ids], "misconceptions": [ids]}` (issue 17 contract)."""
    return {
        "hit": result.hit_ids(),
        "missed": list(result.missed),
        "misconceptions": [m.id for m in result.misconceptions],
    }


def grade_fields(
    bank: Bank,
    question_text: str,
    answer: str,
    lang: str | None = None,
    kind: str | None = None,
) -> tuple[BankQuestion | None, KeyPointResult | None, dict[str, Any]]:
    """The key used (or None), its detection result, and the JSON fields for the output:
    `{"key": {"id", "confidence"} | None, "key_points": {...} | None}`. Whether a key is used is
    the grader's one decision (`grading.keys.key_for`: the match, the question's kind or the
    given `kind`, the confidence), so these fields never name a key the grade did not use."""
    from interviewer.grading.keys import key_for

    choice = key_for(bank, question_text, lang, kind)
    if choice is None:
        return None, None, {"key": None, "key_points": None}
    question: BankQuestion = choice.key
    result = detect(question, answer, lang)
    fields = {
        "key": {"id": question.id, "confidence": choice.confidence},
        "key_points": key_points_json(result),
    }
    return question, result, fields
