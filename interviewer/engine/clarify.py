"""What a clarifying question back asks to have resolved.

A candidate who asks "the team or the company?" (是问团队还是公司？) offers two readings of the
question; the interviewer's clarification says which one the question means — the reading whose
words the question itself uses — or, when the question names neither or both, that either will
do. The words introducing a reading ("do you mean", 是问) and the connective between the two
("or", 还是) are data (engine.yaml `said`); the structure — two readings joined in one question
back, each matched against the question's own words — is here.
"""

from __future__ import annotations

import re

from interviewer.engine.templates import load_engine_strings
from interviewer.reading.text import CJK
from interviewer.reading.vocab import Terms

#: The longest reading worth echoing back (words in English, characters in Chinese).
_MAX_WORDS = 8
_MAX_CHARS = 12
_SEGMENT = re.compile(r"[^?？。.!！]*[?？]")


def _said(name: str) -> Terms:
    """A word list of engine.yaml `said`."""
    return load_engine_strings().said[name]


def readings_offered(text: str, lang: str) -> tuple[str, str] | None:
    """The two readings a question back offers ("Do you mean this team, or the company?" →
    ("this team", "the company")), or None when it offers no two (a bare "what do you mean?")."""
    joins = _said("clarify_or")
    for seg in _SEGMENT.findall(text) or [text]:
        seg = seg.strip().rstrip("?？ ")
        m = joins.search(seg)
        if m is None:
            continue
        left, right = seg[: m.start()], seg[m.end() :]
        a, b = _reading(left, lang, last=True), _reading(right, lang, last=False)
        if a and b and _short(a, lang) and _short(b, lang):
            return a, b
    return None


def _reading(part: str, lang: str, *, last: bool) -> str:
    """One reading out of its half of the question back: after the last lead-in ("do you mean",
    您是问) or the last comma on the left, before any further comma on the right; fillers at the
    edges (a trailing 啊 or 呢) dropped."""
    leads = list(_said("clarify_lead").finditer(part))
    if last and leads:
        part = part[leads[-1].end() :]
    elif leads and not part[: leads[0].start()].strip():
        part = part[leads[0].end() :]  # "…or about the company": a lead-in at its start
    pieces = [x for x in re.split(r"[,，、;；:：]", part) if x.strip()] or [""]
    part = pieces[-1] if last else pieces[0]
    filler = _said("clarify_filler").pattern
    part = filler.sub("", part.strip()) if filler is not None else part
    return part.strip(" \t\"'“”‘’")


def _short(reading: str, lang: str) -> bool:
    if CJK.search(reading):
        return len(reading) <= _MAX_CHARS
    return 0 < len(reading.split()) <= _MAX_WORDS


def _named(reading: str, question: str) -> bool:
    """The question's own words name this reading: a content word of it (English, three letters
    or more, no function word) or two Chinese characters of it in a row."""
    q = question.lower()
    function = _said("function_words")
    for word in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", reading):
        if function.search(word) is None and re.search(rf"\b{re.escape(word.lower())}", q):
            return True
    han = "".join(CJK.findall(reading))
    return any(han[i : i + 2] in question for i in range(len(han) - 1))


def resolve(text: str, question: str, lang: str) -> tuple[str | None, str | None]:
    """(the reading the question means, or None; both readings joined as "either", or None)."""
    offered = readings_offered(text, lang)
    if offered is None:
        return None, None
    named = [r for r in offered if _named(r, question)]
    if len(named) == 1:
        return named[0], None
    a, b = offered
    return None, (f"{a}还是{b}" if lang == "zh" else f"{a} or {b}")
