"""What offline grading can and cannot check, in the candidate's language.

One text (interviewer/data/grading/notes.yaml, kept in step with the README section "What
offline grading checks") shown wherever an offline grade is: under `interviewer grade`, on the
web score card and in the review of a session graded offline.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

NOTES_FILE = Path(__file__).resolve().parent.parent / "data" / "grading" / "notes.yaml"


@lru_cache(maxsize=1)
def _texts() -> dict[str, dict[str, str]]:
    from interviewer.bilingual import load_texts

    return load_texts(NOTES_FILE)


def offline_limits(lang: str) -> str:
    """The note in zh for a Chinese page or answer, else in English."""
    return str(_texts()["offline_limits"]["zh" if lang == "zh" else "en"])


def is_offline(grader: str) -> bool:
    """Whether a grade came from the offline grader (stored grades name it either way)."""
    return grader in ("offline", "heuristic")
