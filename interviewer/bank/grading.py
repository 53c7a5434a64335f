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
    bank: Bank, question_text: str, answer: str, lang: str | None = None
) -> tuple[BankQuestion | None, KeyPointResult | None, dict[str, Any]]:
    """The matched key (or None), its detection result, and the JSON fields for the output:
    `{"key": {"id", "confidence"} | None, "key_points": {...} | None}`."""
    match = bank.match(question_text, lang)
    if match is None:
        return None, None, {"key": None, "key_points": None}
    result = detect(match.question, answer, lang)
    fields = {
        "key": {"id": match.question.id, "confidence": match.confidence},
        "key_points": key_points_json(result),
    }
    return match.question, result, fields
