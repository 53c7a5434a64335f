"""Text for detection: normalised with a map back to the original, terms as patterns, sentences.

Normalisation (NFKC, lower case, zero-width characters dropped, curly quotes folded) is for
matching only; every offset found is mapped back so spans quote the answer exactly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad"}
FOLD = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
_SEP = r"[\s_\-]?"
# Sentence ends: Chinese stops anywhere; a Latin full stop only before a space or the end, so
# "0.5", "e.g." inside a word and "v1.2" stay whole.
SENTENCE_END = re.compile(r"[。！？!?；;\n]+|\.(?=\s|$)")
CLAUSE_END = re.compile(r"[,，、:：()（）\"“”]|\s-\s|——|--")


@dataclass(frozen=True)
class Norm:
    """Normalised text and, for each of its characters, the index of the original character."""

    text: str
    index: list[int]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised range [start, end)."""
        if start >= len(self.index):
            return len(self.original), len(self.original)
        last = self.index[max(start, end - 1)]
        return self.index[start], last + 1


def normalise(text: str) -> Norm:
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in ZERO_WIDTH:
            continue
        folded = FOLD.get(ch) or unicodedata.normalize("NFKC", ch).lower()
        for c in folded:
            out.append(c)
            index.append(i)
    return Norm("".join(out), index, text)


def _is_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum())


def _inflected(word: str) -> str:
    """An English word with its plural and verb endings: split -> splits, splitting; make ->
    making, makes; copy -> copies, copied."""
    if len(word) > 2 and word.endswith("e") and word[-2] not in "aeiou":
        return f"{word[:-1]}(?:e[sd]?|ing)"
    if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
        return f"{word[:-1]}(?:y|ies|ied|ying)"
    last = word[-1]
    double = f"|{last}ing|{last}ed" if last in "bdgmnprt" and word[-2:-1] in tuple("aeiou") else ""
    return f"{word}(?:e?s|e?d|ing{double})?"


#: Inner words shorter than this keep their form ("a", "the", "an" must not become "as", "and").
INFLECT_INNER = 4


#: "前面的 token" is also said "前面那些 token", "之前所有的 token", "前面这几个 token": in
#: spoken Chinese a demonstrative or quantifier stands where the 的 of a modifier–noun term is
#: (the 的 itself is kept: dropping it lets a longer term swallow another concept).
_DE_OR_DETERMINER = "(?:的?(?:那|这)几?[个些条段轮次份块]?|的?所有的?|的)"


def _cjk(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def term_atoms(term: str) -> list[str]:
    """Regular expression for one term, as a list of pieces (see `term_pattern`) of the bank's syntax (see `Terms`). English words take
    their plural and verb endings, the last word always and inner words of four letters or more
    ("behave like an assistant" also reads "behaves like an assistant")."""
    if term.startswith("re:"):
        return [f"(?:{term[3:]})"]
    t = unicodedata.normalize("NFKC", term).lower().strip()
    star = t.endswith("*")
    if star:
        t = t[:-1]
    parts: list[str] = []
    word = ""  # the ASCII letters of the word being read, inflected when it ends

    def close_word(inner: bool) -> None:
        nonlocal word
        if word and (not inner or len(word) >= INFLECT_INNER):
            del parts[len(parts) - len(word) :]
            parts.append(_inflected(word))
        word = ""

    prev = ""
    for i, ch in enumerate(t):
        if ch == "*":  # inside a term: any word ending here ("limit* the update")
            word = ""
            parts.append(r"[a-z0-9]*")
            prev = ch
            continue
        if ch in " -_":
            close_word(inner=True)
            if parts and parts[-1] != _SEP:
                parts.append(_SEP)
        else:
            # Optional space where Latin meets Chinese: "KV缓存" and "KV 缓存" alike.
            if prev and _is_word(prev) != _is_word(ch) and prev not in " -_":
                close_word(inner=True)
                parts.append(r"\s?")
            if ch == "的" and _cjk(prev) and 0 < i < len(t) - 1:
                parts.append(_DE_OR_DETERMINER)
            else:
                parts.append(re.escape(ch))
            word = word + ch if ch.isascii() and ch.isalpha() else ""
        prev = ch
    left = r"(?<![a-z0-9])" if t and _is_word(t[0]) else ""
    if star:
        right = r"[a-z0-9]*" if t and _is_word(t[-1]) else ""
    elif t and t[-1].isascii() and t[-1].isalpha():
        # Plurals and verb forms: shard -> shards, sharded, sharding; reduce -> reducing.
        close_word(inner=False)
        right = r"(?![a-z0-9])"
    elif t and _is_word(t[-1]):
        right = r"(?:e?s)?(?![a-z0-9])"
    else:
        right = ""
    return [a for a in (left, *parts, right) if a]


def term_pattern(term: str) -> str:
    """Regular expression for one term of the bank's syntax (see `Terms`)."""
    return "".join(term_atoms(term))


def _trie_pattern(atom_lists: list[list[str]]) -> str:
    """One pattern for many terms that shares their common beginnings ("kv cache", "kv heads"
    are read as kv(?: cache| heads)): a scan tries each first piece once instead of once per
    term, which keeps thousands of terms and their thesaurus variants fast. Longer terms are
    tried first at every branch, so the longest term still wins at a position."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for atoms in atom_lists:
        node = trie
        for a in atoms:
            node = node.setdefault(a, {})
        node[""] = {}

    depths: dict[int, int] = {}

    def depth(node: dict) -> int:  # type: ignore[type-arg]
        if id(node) not in depths:
            depths[id(node)] = max((1 + depth(c) for k, c in node.items() if k), default=0)
        return depths[id(node)]

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = sorted((k for k in node if k), key=lambda k: -depth(node[k]))
        alts = [k + emit(node[k]) for k in branches]
        if "" in node:
            alts.append("")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(trie)


@lru_cache(maxsize=4096)
def compile_terms(terms: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a set of terms, longest first so the longest term wins at a position:
    regular-expression terms first, then the others as one shared-prefix pattern."""
    ordered = sorted(set(terms), key=lambda t: -len(t))
    regex = [term_pattern(t) for t in ordered if t.startswith("re:")]
    plain = [term_atoms(t) for t in ordered if not t.startswith("re:")]
    parts = [*regex, _trie_pattern(plain)] if plain else regex
    return re.compile("|".join(parts) or r"(?!x)x")


#: A word's pieces for `_anchor`: runs of ASCII letters/digits, or runs of anything else but a
#: separator (Chinese, symbols), split where the script changes.
_PIECE = re.compile(r"[a-z0-9]+|[^a-z0-9 \-_*]+")


def _anchor(term: str) -> str:
    """The longest piece of text every match of a plain term contains: one of its words up to a
    separator or a change of script, less a final letter an inflection may replace (rate →
    rating, accuracy → accuracies). Empty when the term has no such piece."""
    t = unicodedata.normalize("NFKC", term).lower().strip()
    pieces = [p[:-1] if p[-1].isascii() and p[-1].isalpha() else p for p in _PIECE.findall(t)]
    return max(pieces, key=len, default="")


@dataclass(frozen=True)
class Gate:
    """What must be in a text before a term set's pattern can match: the first three characters
    of one plain term's anchor, or a match of its regular-expression terms (small, so cheap to
    compile). A term set's full pattern, thousands of characters with inflections and thesaurus
    variants, takes milliseconds to compile and long to scan; a few set lookups rule most texts
    out first."""

    keys: frozenset[str]
    anchors: tuple[str, ...]
    """The plain terms' anchors whole: a key found is confirmed by one of them."""
    regex: str
    """The regular-expression terms as one pattern ("" when there are none), compiled on use."""
    always: bool

    def may_match(self, text: str) -> bool:
        if self.always:
            return True
        if not self.keys.isdisjoint(grams(text)) and any(a in text for a in self.anchors):
            return True
        return bool(self.regex) and _compiled(self.regex).search(text) is not None


@lru_cache(maxsize=4096)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@lru_cache(maxsize=8192)
def gate(terms: tuple[str, ...]) -> Gate:
    """The gate of a term set (see `Gate`)."""
    anchors = [_anchor(t) for t in terms if not t.startswith("re:")]
    regex_terms = [term_pattern(t) for t in terms if t.startswith("re:")]
    return Gate(
        frozenset(a[:3] for a in anchors),
        tuple(dict.fromkeys(anchors)),
        "|".join(regex_terms),
        "" in anchors,
    )


@lru_cache(maxsize=256)
def grams(text: str) -> frozenset[str]:
    """Every piece of one to three characters of a text."""
    return frozenset(text[i : i + k] for k in (1, 2, 3) for i in range(len(text) - k + 1))


def find(terms: Iterable[str], text: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of the terms in normalised text."""
    key = tuple(terms)
    if not gate(key).may_match(text):
        return []
    pattern = compile_terms(key)
    return [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of normalised text, questions included."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        if text[start : m.start()].strip():
            out.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def is_question(text: str, start: int, end: int) -> bool:
    return text[start:end].rstrip().endswith(("?", "？"))


def clause_bounds(text: str, start: int, end: int, contrast: Iterable[str]) -> list[int]:
    """Offsets inside [start, end) where a new clause begins (punctuation or a contrast word)."""
    cuts = {m.end() + start for m in CLAUSE_END.finditer(text[start:end])}
    for s, _ in find(contrast, text[start:end]):
        cuts.add(s + start)
    return sorted(c for c in cuts if start < c < end)
