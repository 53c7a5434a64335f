"""Quotes of an answer that are exact clauses: never cut inside a word or a number."""

from __future__ import annotations

from interviewer.reading.model import Span
from interviewer.reading.text import CJK, clause_spans, safe_bounds, sentence_spans

#: Longest quote (characters); longer clauses are cut at word boundaries around the span.
MAX_EN = 160
MAX_ZH = 60

#: Where a Chinese clause may begin or end: after sentence or clause punctuation, or a line break.
#: A joint word alone (之后, 结果, 导致...) is not a boundary in Chinese: "去重之后保留了" is one
#: clause, and a quote from "之后" would start inside it.
_ZH_BREAKS = frozenset("。！？!?；;，,、：:（）()…\n")
#: Words that open a new clause even without a comma; used only when a clause is too long to quote
#: whole, so a shortened quote still starts at a clause joint rather than mid-phrase.
_ZH_OPENERS = ("但是", "不过", "因为", "所以", "然后", "并且", "于是", "如果", "虽然", "可是")


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause (or run of clauses) of `text` that holds text[start:end]."""
    start, end = safe_bounds(text, start, end)
    for s, e in sentence_spans(text):
        if s <= start < e or (s < end <= e):
            clauses = [c for c in clause_spans(text, s, e) if c[1] > start and c[0] < end]
            if clauses:
                lo, hi = min(clauses[0][0], start), max(clauses[-1][1], end)
                if CJK.search(text[s:e]):
                    lo, hi = _zh_clause_start(text, lo, s), _zh_clause_end(text, hi, e)
                return safe_bounds(text, lo, hi)
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
    if zh:
        lo = _zh_opener_at_or_after(text, lo, start, s)
        hi = _zh_opener_at_or_after(text, max(hi, end), e, e)
    else:
        lo, hi = _to_word_start(text, lo, start), _to_word_end(text, hi, end)
    return safe_bounds(text, lo, hi)


def _zh_clause_start(text: str, pos: int, floor: int) -> int:
    """Move `pos` back to the nearest clause start: after punctuation, a line break or `floor`."""
    while pos > floor:
        j = pos
        while j > floor and text[j - 1] in " \t":
            j -= 1
        if j <= floor or text[j - 1] in _ZH_BREAKS:
            return pos
        pos -= 1
    return floor


def _zh_clause_end(text: str, pos: int, ceil: int) -> int:
    """Move `pos` on to the nearest clause end: before punctuation, a line break or `ceil`."""
    while pos < ceil and text[pos] not in _ZH_BREAKS:
        pos += 1
    return pos


def _zh_opener_at_or_after(text: str, lo: int, hi: int, default: int) -> int:
    """The first clause-opening word in text[lo:hi], else `default` (a whole clause edge)."""
    found = [i for w in _ZH_OPENERS if 0 <= (i := text.find(w, lo, hi + len(w))) <= hi]
    return min(found) if found else default


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
