"""The answer key a question is graded against, matched once per question.

Matching a question to the bank costs 10–20 ms (every bank wording and key is compared), and a
batch grades many answers to the same question (`grade --jsonl`, a session's re-grade, the
benchmark). The match depends only on the question text and language, so it is remembered per
bank: the grading call site asks `key_for` instead of `bank.match`.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from interviewer.grading.limits import KEYED_KINDS, keyed_kind
from interviewer.grading.pick import question_kind

#: Questions remembered per bank (a session asks a few dozen; a batch a few hundred).
CACHE_SIZE = 2048

#: id(bank) -> (a weak reference to that bank, its remembered matches). A bank is a mutable
#: dataclass (unhashable), so it is known by identity; a dead reference drops the entry.
_CACHES: dict[int, tuple[weakref.ref[Any], OrderedDict[tuple[str, str | None], Any]]] = {}


@dataclass(frozen=True)
class KeyChoice:
    """The bank question used as the answer key, and how sure the match was."""

    key: Any
    confidence: float


def bank_match(bank: Any, question: str, lang: str | None) -> Any:
    """`bank.match(question, lang)`, remembered per bank and (question, lang)."""
    if bank is None or not question.strip():
        return None
    cache = _cache(bank)
    if cache is None:  # a bank that cannot be weakly referenced: no memory
        return bank.match(question, lang)
    k = (question, lang)
    if k in cache:
        cache.move_to_end(k)
        return cache[k]
    found = bank.match(question, lang)
    cache[k] = found
    if len(cache) > CACHE_SIZE:
        cache.popitem(last=False)
    return found


def _cache(bank: Any) -> OrderedDict[tuple[str, str | None], Any] | None:
    held = _CACHES.get(id(bank))
    if held is not None and held[0]() is bank:
        return held[1]
    ident = id(bank)
    try:
        ref = weakref.ref(bank, lambda _r: _CACHES.pop(ident, None))
    except TypeError:
        return None
    cache: OrderedDict[tuple[str, str | None], Any] = OrderedDict()
    _CACHES[ident] = (ref, cache)
    return cache


def key_for(
    bank: Any, question: str, lang: str | None, kind: str | None = None
) -> KeyChoice | None:
    """The key a question is graded against: its bank match, when the question is of a keyed
    kind (technical, design) or the match is sure; None otherwise. `kind` is the topic kind
    given by the caller (None: read from the question). A given kind that is never keyed (a
    project, a behavioural story) takes no key whatever the match, so the bank is not asked."""
    if kind and kind not in KEYED_KINDS:
        return None
    match = bank_match(bank, question, lang)
    if match is None:
        return None
    if not keyed_kind(kind or question_kind(question), match.confidence, kind):
        return None
    return KeyChoice(match.question, match.confidence)
