"""Language, sentences and clauses of an answer; every piece is an exact (start, end) span."""

from __future__ import annotations

import re
from functools import lru_cache

CJK = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# A sentence runs up to 。！？!?；; or a newline, or a full stop followed by a space or the end
# (so 3.5, v1.2 and e.g.x stay inside one sentence).
_SENTENCE = re.compile(
    r"(?:[^。！？!?；;\n.…]|\.(?=[^\s.]))+(?:[。！？!?；;.…]+[”\"')）]?|$|(?=\n))"
)
# Clause joints inside a sentence: commas (not the one in 4,000), colons, dashes, and the
# conjunctions that start a new clause. The joint word stays with the clause it opens.
_CLAUSE_PUNCT = re.compile(r"[，、：:（）()]|(?<!\d),|,(?!\d)|\s[-–—]+\s|——")
_CLAUSE_WORD = re.compile(
    r"(?<=\s)(?:but|because|since|so that|so|although|though|while|whereas|which|and then|"
    r"then|until|after|before|when|if|unless|instead of|rather than|otherwise|whereby)\b"
    r"|(?:但是|但|不过|因为|所以|然后|结果|而且|并且|同时|于是|后来|否则|如果|虽然|因此|导致|以便|从而|"
    r"而不是|而非|之后|直到)",
    re.IGNORECASE,
)
_ONLY_JOINTS = re.compile(
    r"(?:\s*(?:and|or|but|so|then|since|because|also|plus|after|before|when|while|which|"
    r"然后|但是|但|所以|因为|而且|并且|同时|于是|后来|之后|并|又|再|还)\s*)+",
    re.IGNORECASE,
)
_FILLER_COMMAS = re.compile(
    r"[,，]\s*(?:uh|um|er|erm|like|you know|i mean|嗯|呃|那个|就是|这个)\s*[,，]", re.IGNORECASE
)


def unfill(text: str) -> str:
    """`text` with the commas around spoken asides blanked ("saved, like, seven grand" →
    "saved  like  seven grand") and hesitation sounds between commas blanked whole, same length,
    so a filler never cuts a clause."""
    out = _HESITATION.sub(lambda m: " " * len(m.group()), text)  # "to, hmm, twenty-five"
    while True:
        done = _FILLER_COMMAS.sub(lambda m: " " + m.group()[1:-1] + " ", out)
        if done == out:
            return out
        out = done


#: A hesitation sound between commas is no word at all: blanked with its commas, so the figure
#: after it still ends the phrase it interrupts ("from about thirty percent to, hmm, twenty-five").
_HESITATION = re.compile(r"(?i)[,，]\s*(?:u+h+|u+m+|e+r+m*|h+m+|a+h+|嗯|呃)\s*[,，]")


_DANGLING = re.compile(
    r"(?<![\w'])(?:the|a|an|to|of|with|for|in|on|at|my|our|their|and|or)$", re.IGNORECASE
)
_WORD_CHAR = re.compile(r"[\w%‰℃$¥€£.+#/-]")


def detect_lang(text: str) -> str:
    """`zh` when Chinese characters carry the text, else `en`."""
    cjk = len(CJK.findall(text))
    latin = len(_LATIN_WORD.findall(text))
    return "zh" if cjk and cjk >= latin * 0.5 else "en"


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "\u200b\u200c\u200d\ufeff"):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


@lru_cache(maxsize=256)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, whitespace trimmed."""
    out = []
    for m in _SENTENCE.finditer(text):
        s, e = _trim(text, m.start(), m.end())
        if e > s:
            out.append((s, e))
    return tuple(out)


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of text[start:end] (one sentence), each trimmed, punctuation left out."""
    cuts = {start, end}
    piece = text[start:end]
    fillers = [(start + m.start(), start + m.end()) for m in _FILLER_COMMAS.finditer(piece)]
    for m in _CLAUSE_PUNCT.finditer(piece):
        if any(a <= start + m.start() < b for a, b in fillers):
            continue  # "I wrote the, uh, the retrieval part" is one clause
        cuts.add(start + m.start())
        cuts.add(start + m.end())
    for m in _CLAUSE_WORD.finditer(piece):
        cuts.add(start + m.start())
    out: list[tuple[int, int]] = []
    points = sorted(cuts)
    pending: int | None = None  # start of a run of joint words ("and since then") to carry
    for s, e in zip(points, points[1:], strict=False):
        s, e = _trim(text, s, e)
        while e > s and text[e - 1] in "。！？!?；;.，,、：:…":
            e -= 1
        if e <= s or not _has_word(text[s:e]):
            continue
        if _ONLY_JOINTS.fullmatch(text[s:e]):
            pending = s if pending is None else pending
            continue
        if out and _DANGLING.search(text[out[-1][0] : out[-1][1]]):
            out[-1] = (out[-1][0], e)  # "we moved to the" + "new index" is one clause
        else:
            out.append((s if pending is None else pending, e))
        pending = None
    return out


def _has_word(s: str) -> bool:
    return any(ch.isalnum() for ch in s)


def is_word_char(ch: str) -> bool:
    return bool(_WORD_CHAR.match(ch))


def safe_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen (start, end) so it starts and ends on word or number boundaries, never inside."""
    start, end = max(0, start), min(len(text), end)
    while start > 0 and _inside(text, start):
        start -= 1
    while end < len(text) and _inside(text, end):
        end += 1
    return _trim(text, start, end)


def _inside(text: str, pos: int) -> bool:
    """True when a cut at `pos` would split a Latin word or a number (CJK cuts are fine)."""
    if pos <= 0 or pos >= len(text):
        return False
    a, b = text[pos - 1], text[pos]
    if CJK.match(a) or CJK.match(b):
        return False
    if a.isalnum() and b.isalnum():
        return True
    # 0.9, 4,000, 1e-4, v1.2, p99/k8s, 30%: a separator between digits is inside the number
    if b in ".,:/-" and a.isdigit() and pos + 1 < len(text) and text[pos + 1].isdigit():
        return True
    if a in ".,:/-" and b.isdigit() and pos >= 2 and text[pos - 2].isdigit():
        return True
    if b in "%‰" and a.isdigit():
        return True
    return a in "'’" and b.isalpha() and pos >= 2 and text[pos - 2].isalpha()


def words(text: str) -> list[str]:
    """Lower-case Latin words (with digits) of a text."""
    return [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9+#'-]*", text)]


def size(text: str) -> int:
    """Length in words (English) plus Chinese characters / 2."""
    return len(CJK.findall(text)) // 2 + len(re.findall(r"[A-Za-z0-9]+", text))
