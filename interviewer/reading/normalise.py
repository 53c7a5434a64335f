"""A folded copy of the answer for detection, with a map back to the original offsets.

NFKC (full-width letters and digits become ASCII), zero-width and other invisible characters
removed, a few look-alike letters folded, and light leetspeak undone inside words ("1gn0re"),
but never in tokens that are real technical names: p99, k8s, 1e-4, gpt4, 7b, h100, v2.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064")
# Cyrillic and Greek letters that look like Latin ones
_LOOKALIKE = str.maketrans("аеорсухіѕјАЕОРСХНКМТВіο", "aeopcyxisjAEOPCXHKMTBio")
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
_TOKEN = re.compile(r"[A-Za-z0-9@$]+")
# Names with digits that must stay as written: p99, k8s, l4, 1e-4, 7b, gpt4, h100, v2, x86, 3d
_PROTECTED = re.compile(
    r"^(?:[a-z]{1,4}\d+[a-z]?|\d+[a-z]{1,2}|\d+e\d*|[a-z]\d+[a-z]{1,2}|\d+(?:st|nd|rd|th))$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Folded:
    """`text` is the folded copy; `origin[i]` is the original offset of text[i]."""

    text: str
    origin: tuple[int, ...]
    length: int
    """Length of the original text."""

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the folded span text[start:end]."""
        if start >= len(self.origin):
            return self.length, self.length
        s = self.origin[start]
        e = self.origin[end - 1] + 1 if end > start else s
        return s, e


#: Characters folding leaves as they are (ASCII, CJK ideographs, the usual Chinese and curly
#: punctuation that NFKC keeps); runs of them are copied whole instead of character by character.
#: tests/unit/test_reading_text.py checks each is a fixed point of `_fold_char`.
KEPT = "\x00-\x7f\u4e00-\u9fff\u3001\u3002\u300a-\u3011\u2014\u2018\u2019\u201c\u201d\u00b7"
_KEPT_RUN = re.compile(f"[{KEPT}]+")
# A run of kept characters, or one character to fold.
_PIECE = re.compile(f"(?P<kept>[{KEPT}]+)|.", re.DOTALL)


def _fold_char(ch: str) -> str:
    if ch in _INVISIBLE or unicodedata.category(ch) == "Cf":
        return ""
    return unicodedata.normalize("NFKC", ch).translate(_LOOKALIKE)


def fold(text: str) -> Folded:
    """The folded copy of `text` and its offset map."""
    chars: list[str] = []
    origin: list[int] = []
    for m in _PIECE.finditer(text):
        if m.group("kept"):
            chars.append(m.group())
            origin.extend(range(m.start(), m.end()))
        else:
            out = _fold_char(m.group())
            chars.append(out)
            origin.extend([m.start()] * len(out))
    folded = _unleet("".join(chars))
    folded, kept = _unspace(folded)
    return Folded(folded, tuple(origin[i] for i in kept), len(text))


_SPACED = re.compile(r"(?<![^\s])(?:[A-Za-z] ){3,}[A-Za-z](?![^\s.,!?;:])")


def _unspace(text: str) -> tuple[str, list[int]]:
    """Letters written apart ("i g n o r e") joined; the indexes of the characters kept."""
    drop: set[int] = set()
    for m in _SPACED.finditer(text):
        drop.update(i for i in range(m.start(), m.end()) if text[i] == " ")
    if not drop:
        return text, list(range(len(text)))
    kept = [i for i in range(len(text)) if i not in drop]
    return "".join(text[i] for i in kept), kept


def _unleet(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        tok = m.group()
        letters = sum(c.isalpha() for c in tok)
        leet = sum(c in _LEET for c in tok)
        if letters < 2 or not leet or _PROTECTED.match(tok) or tok.isdigit():
            return tok
        if letters < leet:  # mostly digits: a number or an id, not a disguised word
            return tok
        return "".join(_LEET.get(c, c) for c in tok)

    # one character in, one character out: offsets stay aligned
    return _TOKEN.sub(repl, text)
