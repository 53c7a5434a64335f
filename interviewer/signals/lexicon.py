"""The word lists of lexicon.yaml, indexed once so one pass over a text finds every list."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "lexicon.yaml"


def compile_terms(entries: Iterable[str], lang: str) -> re.Pattern[str] | None:
    parts: list[str] = []
    for raw in entries:
        if raw.startswith("re:"):
            parts.append(f"(?:{raw[3:]})")
            continue
        phrase = raw.strip()
        if not phrase:
            continue
        esc = re.escape(phrase).replace(r"\ ", r"\s+")
        if lang == "en" or re.match(r"[A-Za-z]", phrase):
            head = r"(?<![A-Za-z])" if re.match(r"\w", phrase) else ""
            tail = r"(?![A-Za-z])" if re.search(r"\w$", phrase) else ""
            parts.append(head + esc + tail)
        else:
            parts.append(esc)
    if not parts:
        return None
    # longest alternatives first so "at the cost of" wins over "cost"
    parts.sort(key=len, reverse=True)
    return re.compile("|".join(parts), re.IGNORECASE | re.MULTILINE)


_ASCII_TOKEN = re.compile(r"[a-z0-9]+|[^\sa-z0-9\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")
_HAS_CJK = re.compile(r"[\u4e00-\u9fff]")
Spans = dict[str, list[tuple[int, int]]]
#: Lists that are not word lists to scan answers with (matched separately, or not matched).
_NOT_SCANNED = frozenset({"injection", "stopwords"})
#: Lists matched in both languages whatever the answer's language (tech terms mix freely).
BILINGUAL = frozenset({"depth.technical", "depth.buzzwords", "depth.terms"})


class Lexicon:
    """The word lists of lexicon.yaml, indexed so one pass over a text finds every list's hits.

    Plain entries are matched as whole token sequences (English, case-insensitive) or as
    substrings (Chinese); `re:` entries as regular expressions.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self._patterns: dict[tuple[str, str], re.Pattern[str] | None] = {}
        self._phrases: dict[str, dict[tuple[str, ...], list[str]]] = {"zh": {}, "en": {}}
        self._cjk: dict[str, dict[str, list[tuple[str, str]]]] = {"zh": {}, "en": {}}
        self._regexes: dict[str, list[tuple[str, re.Pattern[str]]]] = {"zh": [], "en": []}
        self._prefixes: dict[str, set[tuple[str, ...]]] = {"zh": set(), "en": set()}
        for path, by_lang in self._leaves(data, ""):
            if path in _NOT_SCANNED:
                continue
            for lang in ("zh", "en"):
                entries = by_lang.get(lang, [])
                if path in BILINGUAL:
                    entries = [*by_lang.get("zh", []), *by_lang.get("en", [])]
                self._index(path, lang, entries)

    def _leaves(self, node: Any, prefix: str) -> Iterable[tuple[str, dict[str, list[str]]]]:
        if not isinstance(node, dict):
            return
        if any(isinstance(v, list) for v in node.values()):
            yield prefix, {k: [str(x) for x in v] for k, v in node.items() if isinstance(v, list)}
        for key, value in node.items():
            if isinstance(value, dict):
                yield from self._leaves(value, f"{prefix}.{key}" if prefix else key)

    def _index(self, path: str, lang: str, entries: list[str]) -> None:
        regex_parts = []
        for raw in entries:
            if raw.startswith("re:"):
                regex_parts.append(f"(?:{raw[3:]})")
            elif _HAS_CJK.search(raw):
                self._cjk[lang].setdefault(raw[0], []).append((raw, path))
            else:
                toks = tuple(_ASCII_TOKEN.findall(raw.strip().lower()))
                if toks:
                    self._phrases[lang].setdefault(toks, []).append(path)
                    self._prefixes[lang].update(toks[:k] for k in range(1, len(toks) + 1))
        if regex_parts:
            pat = re.compile("|".join(regex_parts), re.IGNORECASE | re.MULTILINE)
            self._regexes[lang].append((path, pat))

    def scan(self, text: str, lang: str) -> Spans:
        """Every list's matches in `text` for `lang`: list path -> spans."""
        out: Spans = {}
        low = text.lower()
        if len(low) != len(text):  # a few characters lower-case to two; keep offsets aligned
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        toks = [(m.group(), m.start(), m.end()) for m in _ASCII_TOKEN.finditer(low)]
        words = [t[0] for t in toks]
        phrases, prefixes = self._phrases[lang], self._prefixes[lang]
        n_toks = len(toks)
        for i in range(n_toks):
            key: tuple[str, ...] = (words[i],)
            j = i
            while key in prefixes:
                paths = phrases.get(key)
                if paths:
                    end = toks[j][2]
                    for path in paths:
                        out.setdefault(path, []).append((toks[i][1], end))
                j += 1
                if j >= n_toks:
                    break
                key = (*key, words[j])
        cjk = self._cjk[lang]
        if cjk:
            for pos, ch in enumerate(low):
                for entry, path in cjk.get(ch, ()):
                    if low.startswith(entry, pos):
                        out.setdefault(path, []).append((pos, pos + len(entry)))
        for path, pat in self._regexes[lang]:
            for m in pat.finditer(text):
                if m.end() > m.start():
                    out.setdefault(path, []).append(m.span())
        return out

    def entries(self, path: str, lang: str) -> list[str]:
        node: Any = self.data
        for key in path.split("."):
            node = node.get(key, {}) if isinstance(node, dict) else {}
        if isinstance(node, list):
            return [str(x) for x in node]
        return [str(x) for x in node.get(lang, [])] if isinstance(node, dict) else []

    def pattern(self, path: str, lang: str) -> re.Pattern[str] | None:
        """One regex matching any entry of `path` (dot-separated) for `lang`."""
        key = (path, lang)
        if key not in self._patterns:
            self._patterns[key] = compile_terms(self.entries(path, lang), lang)
        return self._patterns[key]

    def text(self, path: str, lang: str) -> str:
        """A bilingual text entry (`{zh, en}`) under `path`."""
        node: Any = self.data
        for key in path.split("."):
            node = node.get(key, {}) if isinstance(node, dict) else {}
        return str(node.get(lang) or node.get("en") or "") if isinstance(node, dict) else ""


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon, loaded once."""
    with LEXICON_PATH.open(encoding="utf-8") as f:
        return Lexicon(yaml.safe_load(f))
