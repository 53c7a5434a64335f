"""Quotes of an answer that are exact clauses: never cut inside a word or a number."""

from __future__ import annotations

from interviewer.reading.model import Span
from interviewer.reading.text import CJK, clause_spans, safe_bounds, sentence_spans

#: Longest quote (characters); longer clauses are cut at word boundaries around the span.
MAX_EN = 160
MAX_ZH = 60


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause (or run of clauses) of `text` that holds text[start:end]."""
    start, end = safe_bounds(text, start, end)
    for s, e in sentence_spans(text):
        if s <= start < e or (s < end <= e):
            clauses = [c for c in clause_spans(text, s, e) if c[1] > start and c[0] < end]
            if clauses:
                return safe_bounds(text, min(clauses[0][0], start), max(clauses[-1][1], end))
            return safe_bounds(text, s, e)
    return start, end


def quote_bounds(text: str, start: int, end: int, max_len: int | None = None) -> tuple[int, int]:
    """Offsets of the quote for text[start:end]: its clause, shortened only at word boundaries."""
    if not text:
        return 0, 0
    s, e = clause_bounds(text, start, end)
    zh = bool(CJK.search(text[s:e]))
    limit = max_len or (MAX_ZH if zh else MAX_EN)
    if e - s <= limit:
        return safe_bounds(text, s, e)
    start, end = safe_bounds(text, start, end)
    room = max(0, limit - (end - start))
    lo = max(s, start - room // 3)
    hi = min(e, end + room - (start - lo))
    lo, hi = _to_word_start(text, lo, start), _to_word_end(text, hi, end)
    return safe_bounds(text, lo, hi)


def _to_word_start(text: str, lo: int, floor: int) -> int:
    while lo < floor and lo > 0 and not (text[lo - 1].isspace() or CJK.match(text[lo])):
        lo += 1
    return lo


def _to_word_end(text: str, hi: int, ceil: int) -> int:
    while hi > ceil and hi < len(text) and not (text[hi].isspace() or CJK.match(text[hi - 1])):
        hi -= 1
    return hi


def quote(text: str, span: Span | tuple[int, int], max_len: int | None = None) -> str:
    """The exact clause of `text` around `span`, fit to quote back to the candidate."""
    start, end = (span.start, span.end) if isinstance(span, Span) else span
    s, e = quote_bounds(text, start, end, max_len)
    return text[s:e]


def span_of(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])
