"""An answer comparing the chosen option with the one its question names as not taken.

"Why Parquet instead of CSV?" names CSV as the alternative; "the files are smaller than gzipped
CSV" weighs it on a property of the work, which is a trade-off told whatever its words. The words
are data (interviewer/data/grading/compared.yaml).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from interviewer.reading.asked import _terms
from interviewer.reading.vocab import Terms

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "grading" / "compared.yaml"


class ComparedFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    alternative: Terms
    """The words of a question after which it names the option not taken."""
    comparative: Terms
    """The chosen option set against another on a property."""
    praise: Terms
    """A comparison on fame or fashion, no property of the work."""


@lru_cache(maxsize=1)
def _data() -> ComparedFile:
    from interviewer.loader import validate_file

    return validate_file(DATA_FILE, ComparedFile)


@lru_cache(maxsize=2048)
def named_alternative(question: str) -> frozenset[str]:
    """The specific words of the option the question names as not taken (after "instead of",
    而不是, 不选…), up to the end of its clause; empty when it names none."""
    m = _data().alternative.search(question)
    if m is None:
        return frozenset()
    rest = question[m.end() :]
    for stop in ("?", "？", ",", "，", "。", ";", "；"):
        rest = rest.split(stop, 1)[0]
    return frozenset(_terms(rest))


def compares_with(sentence: str, alternative: frozenset[str]) -> bool:
    """Whether the sentence sets the chosen option against the named alternative on a property of
    the work (a comparative, and a word of the alternative, no praise of fame or fashion)."""
    data = _data()
    if not alternative or data.comparative.search(sentence) is None:
        return False
    if data.praise.search(sentence) is not None:
        return False
    return bool(_terms(sentence) & alternative)
