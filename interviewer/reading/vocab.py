"""The reading layer's word lists: data files under interviewer/data/reading/, validated on load.

Each file maps list names to `{en: [...], zh: [...]}`. An English entry matches whole words,
case-insensitively (^ and $ match at line ends), with any run of spaces between words; a trailing `*` lets the word go on
(`measur*` matches measured, measurement). A Chinese entry matches as a substring. An entry
starting with `re:` is a regular expression. Both languages' entries are always matched, because
answers mix them ("我们用 RAG 做 retrieval").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property, lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from interviewer.errors import DataFileError

VOCAB_DIR = Path(__file__).resolve().parent.parent / "data" / "reading"
_CJK = re.compile(r"[\u4e00-\u9fff]")


#: A hyphen between two letters of a plain entry ("on-call", "first-hand").
_COMPOUND = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")


class Terms(BaseModel):
    """One word list, per language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    en: list[str] = Field(default_factory=list)
    zh: list[str] = Field(default_factory=list)
    note: str = ""
    """Why the list exists (for whoever edits it)."""

    @cached_property
    def entries(self) -> list[str]:
        """Both languages' entries, a hyphenated compound also written open and closed
        ("on-call": "on call", "oncall"), as speakers and speech recognisers write it."""
        out: list[str] = []
        for e in (*self.en, *self.zh):
            if not e.strip():
                continue
            out.append(e)
            if not e.startswith("re:") and _COMPOUND.search(e):
                out += [_COMPOUND.sub(" ", e), _COMPOUND.sub("", e)]
        return list(dict.fromkeys(out))

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        if not self.entries:
            return None
        return re.compile(_compile_entries(self.entries), re.IGNORECASE | re.MULTILINE)

    @cached_property
    def gate(self) -> _Gate:
        return _Gate(self.entries)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.pattern is not None and self.gate.may_match(text):
            for m in self.pattern.finditer(text):
                if m.end() > m.start():
                    yield m

    def search(self, text: str) -> re.Match[str] | None:
        if self.pattern is not None and self.gate.may_match(text):
            for m in self.pattern.finditer(text):
                if m.end() > m.start():
                    return m
        return None

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self.finditer(text)]


_WORDY = re.compile(r"^\w.*\w\*?$|^\w\*?$", re.DOTALL)
# Characters that match an ASCII letter under re.IGNORECASE but do not lower() to it alone.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_RUN = re.compile(r"[a-z0-9]+")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


class _Index:
    """What the gates look up in one text: its lowercased runs of ASCII letters/digits, their
    beginnings, and the Chinese characters and character pairs it contains."""

    def __init__(self, low: str) -> None:
        self.runs = frozenset(_RUN.findall(low))
        grams: set[str] = set()
        for run in _HAN_RUN.findall(low):
            grams.update(run)
            grams.update(run[k : k + 2] for k in range(len(run) - 1))
        self.grams = frozenset(grams)

    @cached_property
    def heads(self) -> frozenset[str]:
        # Only lists with `word*` entries look here, and only when nothing else matched.
        return frozenset(r[:k] for r in self.runs for k in range(1, len(r) + 1))


@lru_cache(maxsize=256)
def _index(text: str) -> _Index | None:
    """None when a character folds to an ASCII letter only under re's case rules (then every
    gate lets the expression decide)."""
    if not _FOLDS_TO_ASCII.isdisjoint(text):
        return None
    return _Index(text.lower())


class _Gate:
    """A cheap test that a list cannot match a text, run before its regular expression. Each
    plain entry holds a literal piece every match contains: an English entry's longest word,
    which a match shows as a whole run of letters/digits (word boundaries and the entry's own
    spaces or punctuation end it), or a prefix when the entry ends in `*`; a Chinese entry's
    first characters. A text containing none of them and no match of the `re:` entries cannot
    match. Scanning a text with a large alternation costs far more than a few set lookups, and
    most lists match most texts nowhere."""

    def __init__(self, entries: list[str]) -> None:
        runs: set[str] = set()
        grams: set[str] = set()
        prefixes: list[str] = []
        regex: list[str] = []
        self.always = False
        for raw in entries:
            e = raw.strip().lower()
            if raw.startswith("re:"):
                regex.append(_entry_regex(raw))
            elif _CJK.search(e):
                han = max(_HAN_RUN.findall(e), key=len)
                grams.add(han[:2])
            elif pieces := _RUN.findall(e.rstrip("*")):
                open_end = e.endswith("*") and e.rstrip("*")[-1:].isalnum()
                whole = pieces[:-1] if open_end else pieces
                if whole:
                    runs.add(max(whole, key=len))
                else:
                    prefixes.append(pieces[-1])
            else:
                self.always = True
        self.runs = frozenset(runs)
        self.grams = frozenset(grams)
        self.prefixes = frozenset(prefixes)
        self.regex = re.compile("|".join(regex), re.IGNORECASE | re.MULTILINE) if regex else None

    def may_match(self, text: str) -> bool:
        if self.always:
            return True
        idx = _index(text)
        if (
            idx is None
            or not self.runs.isdisjoint(idx.runs)
            or not self.grams.isdisjoint(idx.grams)
            or not self.prefixes.isdisjoint(idx.heads)
        ):
            return True
        return self.regex is not None and self.regex.search(text) is not None


def _compile_entries(entries: list[str]) -> str:
    """One regex for a list: plain words and Chinese phrases factored into prefix tries (Python's
    re tries alternatives one by one, so a flat list of a hundred phrases is slow), regular
    expressions and odd entries as they are. The longest phrase at a position wins."""
    exact: list[str] = []
    star: list[str] = []
    cjk: list[str] = []
    other: list[str] = []
    for raw in entries:
        e = raw.strip()
        if raw.startswith("re:") or not e:
            other.append(_entry_regex(raw))
        elif _CJK.search(e):
            cjk.append(e.lower())
        elif _WORDY.match(e):
            (star if e.endswith("*") else exact).append(e.rstrip("*").lower())
        else:
            other.append(_entry_regex(e))
    parts = sorted(other, key=len, reverse=True)
    if exact:
        parts.append(rf"(?<![A-Za-z0-9])(?:{_trie(exact)})(?![A-Za-z0-9])")
    if star:
        parts.append(rf"(?<![A-Za-z0-9])(?:{_trie(star)})[\w'-]*")
    if cjk:
        parts.append(f"(?:{_trie(cjk)})")
    return "|".join(parts)


def _trie(words: list[str]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in re.sub(r"\s+", " ", word):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _entry_regex(entry: str) -> str:
    if entry.startswith("re:"):
        return f"(?:{entry[3:]})"
    phrase = entry.strip()
    if _CJK.search(phrase):
        return re.escape(phrase)
    star = phrase.endswith("*")
    phrase = phrase.rstrip("*")
    body = re.escape(phrase).replace(r"\ ", r"\s+")
    head = r"(?<![A-Za-z0-9])" if re.match(r"\w", phrase) else ""
    if star:
        tail = r"[\w'-]*"
    else:
        tail = r"(?![A-Za-z0-9])" if re.search(r"\w$", phrase) else ""
    return f"(?:{head}{body}{tail})"


class VocabFile(BaseModel):
    """One vocabulary file: named word lists."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lists: dict[str, Terms]


#: Every shipped file and the lists it must define (a typo in a list name is an error).
REQUIRED: dict[str, frozenset[str]] = {}


def require(file: str, *names: str) -> None:
    """Declare lists a module reads from `file` (checked when the vocabulary loads)."""
    REQUIRED[file] = REQUIRED.get(file, frozenset()) | frozenset(names)


class Vocab:
    """All reading vocabularies: `vocab()["acts.dont_know"]`."""

    def __init__(self, files: dict[str, VocabFile]) -> None:
        self.files = files

    def __getitem__(self, path: str) -> Terms:
        file, _, name = path.partition(".")
        return self.files[file].lists[name]

    def get(self, path: str) -> Terms | None:
        file, _, name = path.partition(".")
        f = self.files.get(file)
        return f.lists.get(name) if f else None


def load_vocab(directory: Path = VOCAB_DIR) -> Vocab:
    """Read and validate every vocabulary file; a bad one raises DataFileError naming the field."""
    from interviewer.loader import validate_file

    files: dict[str, VocabFile] = {}
    for path in sorted(directory.glob("*.yaml")):
        vf = validate_file(path, VocabFile)
        for name, terms in vf.lists.items():
            for i, entry in enumerate((*terms.en, *terms.zh)):
                if not entry.startswith("re:"):
                    continue  # plain entries are escaped: they always compile
                try:
                    re.compile(_entry_regex(entry), re.IGNORECASE | re.MULTILINE)
                except re.error as e:
                    raise DataFileError(
                        path,
                        f"entry {i} ({entry!r}) is not a valid pattern: {e}",
                        "fix the regular expression or drop the `re:` prefix",
                        field=f"lists.{name}",
                    ) from e
        files[path.stem] = vf
    for file, names in REQUIRED.items():
        if file not in files:
            raise DataFileError(directory / f"{file}.yaml", "is missing", "restore the file")
        missing = sorted(names - set(files[file].lists))
        if missing:
            raise DataFileError(
                directory / f"{file}.yaml",
                f"lacks the lists {missing}",
                "add them (an empty `{en: [], zh: []}` is allowed)",
                field="lists",
            )
    return Vocab(files)


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """The shipped vocabularies, loaded once."""
    return load_vocab()


def compile_all() -> int:
    """Compile every list's expression and gate now (a few hundred ms once), so no answer pays
    for the lists it is the first to need; returns how many lists there are. A server calls it
    while the candidate reads the first question."""
    lists = [terms for f in vocab().files.values() for terms in f.lists.values()]
    for terms in lists:
        _ = terms.pattern, terms.gate
    return len(lists)
