"""Check that evidence quotes really come from the answer (graders must never invent quotes)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Punctuation that differs between a quote and its source only in form (full/half width,
# curly/straight quotes, dashes) is dropped before comparing.
_DROP = re.compile(r"[\s\"'“”‘’`「」『』《》〈〉()（）\[\]【】,，.。、;；:：!！?？…—–\-·*_~]+")


@lru_cache(maxsize=256)
def normalise(text: str) -> str:
    """Lower-cased NFKC text without whitespace and punctuation (so width and quote style don't matter)."""
    return _DROP.sub("", unicodedata.normalize("NFKC", text)).lower()


def quote_in(answer: str, quote: str) -> bool:
    """True when `quote` occurs in `answer` after normalisation; an empty quote never does."""
    q = normalise(quote)
    return bool(q) and q in normalise(answer)


def verify_quotes(answer: str, quotes: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split quotes into (kept, rejected): kept ones occur in the answer."""
    norm_answer = normalise(answer)
    kept: list[str] = []
    rejected: list[str] = []
    for quote in quotes:
        q = normalise(quote)
        if q and q in norm_answer:
            if quote not in kept:
                kept.append(quote)
        else:
            rejected.append(quote)
    return kept, rejected
