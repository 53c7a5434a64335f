"""Own actions told as a practice in the present tense ("I run weekly 1:1s", "I ask product to
rank them, one to five"): English only; the words live in interviewer/data/grading/habits.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "grading" / "habits.yaml"
_WORD = re.compile(r"[a-z]{3,}")


class HabitsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    not_verbs: list[str]
    routine: list[str]


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], re.Pattern[str]]:
    from interviewer.loader import validate_file

    data = validate_file(DATA_FILE, HabitsFile)
    parts = [r[3:] if r.startswith("re:") else rf"\b{re.escape(r)}\b" for r in data.routine]
    return frozenset(w.lower() for w in data.not_verbs), re.compile("|".join(parts), re.I)


def present_habit(word: str, sentence: str) -> bool:
    """`word`, said right after "I", is an action told as a practice: a present-tense verb (not
    an auxiliary, a state or an opinion) in a sentence that tells a routine with a number or a
    word of frequency or sequence."""
    not_verbs, routine = _data()
    w = word.lower()
    if not _WORD.fullmatch(w) or w in not_verbs or w.endswith(("ly", "ing")):
        return False
    return routine.search(sentence) is not None
