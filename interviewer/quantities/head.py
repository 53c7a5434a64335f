"""The English noun phrase a change is told of: its head with premodifiers, not its postmodifier.

"[Release regressions] caught before shipping rose from 2 to 11", "[Pages] served from the edge
grew", "[Cache hit ratio] on cold starts went from 0.4 to 0.7": the phrase before the change
predicate is head + modifier; the measure is the head. A modifier opens at a preposition, a
relative word, or a participle followed by a preposition or an adverb ("found before", "matched
automatically"). A word such as "before" that usually opens a new clause opens none when it
follows such a participle, so the phrase is read from the clause's punctuation.
"""

from __future__ import annotations

import re

_PREPS = (
    "in|across|at|within|among|from|for|on|during|under|over|before|after|by|without|"
    "with|via|through|into|asking|about|regarding|that|which|who|where|when|since"
)
_PREP_RE = re.compile(rf"(?:{_PREPS})", re.IGNORECASE)
"""Words that open a modifier; "per" and "to" open none ("margin per basket", "time to recover" are
one measure), but "to" after a participle does ("bugs leaking to customers")."""
_PARTICIPLE_RE = re.compile(
    r"[a-z]{3,}(?:ed|en|ing)|caught|found|built|sold|sent|made|done|run|seen|kept|held|left|"
    r"taken|shipped|paid|lost|won|brought|thrown|written|given|put|set|cut|hit",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(
    "the a an our their its my his her this that these those so and then also overall total all "
    "both only just".split()
)
_PRONOUNS = frozenset("we i it they you he she us them".split())
_PUNCT_BREAK_RE = re.compile(
    r"\.(?=\s|$)|[;!?\n。；！？,，:：()（）\[\]【】|｜]|\s[-–—]\s|"
    r"(?i:\s(?:and|while|which|but|so|whereas|then)\s)"
)
_NEUTRAL_CHANGE_RE = re.compile(
    r"(?i:\b(?:went|goes|go|gone|moved|moves|changed|shifted|jumped)\s+(?:up\s+|down\s+)?from\b)"
)
"""A change predicate that names no direction ("throughput went from 55 to 80")."""
_INSIDE_PHRASE_RE = re.compile(
    rf"(?i:\b[a-z][\w-]*\s+(?:{_PARTICIPLE_RE.pattern})\s+(?:[a-z]+ly\s+)?"
    r"(?:before|after|with|using|via|through|thanks to|by using)\s*$)"
)
_SUBORDINATORS = frozenset(
    "after before when since once if while as because with using until unless".split()
)


def neutral_changes(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The direction-less change predicates ("went from", "moved from") between lo and hi; not
    after a person ("we moved from Python 3.7 to 3.10" tells a migration, not a level)."""
    return [
        m
        for m in _NEUTRAL_CHANGE_RE.finditer(text, lo, hi + 6)
        if m.start() < hi and not _AGENT_BEFORE_RE.search(text[max(0, m.start() - 12) : m.start()])
    ]


_AGENT_BEFORE_RE = re.compile(r"(?i:\b(?:we|i|they|you|he|she|team)\s+(?:all\s+|then\s+)?$)")


def phrase_start(text: str, lo: int, verb_start: int) -> int:
    """Where the phrase before a change verb opens: `lo`, or the clause's punctuation when the
    word at `lo` ("before", "with") only opens a modifier of that phrase ("regressions caught
    before shipping rose")."""
    wider = 0
    for m in _PUNCT_BREAK_RE.finditer(text, max(0, verb_start - 120), verb_start):
        wider = m.end()
    if wider >= lo:
        return lo
    gap = text[wider:lo]
    first = re.match(r"\s*([A-Za-z]+)", gap)
    if first is None or first.group(1).lower() in _SUBORDINATORS | _PRONOUNS:
        return lo
    return wider if _INSIDE_PHRASE_RE.search(gap) else lo


def head_of(chunk: str) -> str:
    """The head of `chunk` (a phrase told before its change predicate) when a modifier follows
    it; `` when the phrase has no modifier or its head is not a noun phrase."""
    words = re.findall(r"[A-Za-z@][\w@'’/.+-]*|\d+(?:[.,]\d+)?%?|\S", chunk)
    words = [w.rstrip(".") for w in words]
    while words and words[0].lower() in _DETERMINERS:
        words.pop(0)
    if not words or _PREP_RE.fullmatch(words[0]) or words[0].lower() in _SUBORDINATORS:
        return ""
    if any(w.lower() in _PRONOUNS for w in words):
        return ""  # "once the router stopped sending everything … we": a clause, not a phrase
    head: list[str] = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if not re.match(r"[A-Za-z@]", w):
            break
        if head and w.lower() == "of" and nxt and re.match(r"[A-Za-z@]", nxt):
            head.append(w)  # "share of queries", "number of pages": the head goes on
            continue
        if head and _PREP_RE.fullmatch(w):
            return _named(head, words[i:])
        if (
            head
            and _PARTICIPLE_RE.fullmatch(w)
            and (_PREP_RE.fullmatch(nxt) or re.fullmatch(r"to|[a-z]+ly", nxt, re.IGNORECASE))
        ):
            return _named(head, words[i:])
        if len(head) == 6 or w.lower() in _PRONOUNS:
            return ""
        head.append(w)
    return ""


def _named(head: list[str], modifier: list[str]) -> str:
    from interviewer.quantities.subject import family_of

    if head[-1].lower() == "of":
        head = head[:-1]
    name = " ".join(head)
    if len(head) == 1 and re.fullmatch(r"[A-Za-z]+ing", name):
        return ""  # "Migrating to Redis …": a verb, not a head
    if not family_of(name) and family_of(" ".join(modifier)):
        return ""  # "Calls routed by p95 latency …": the measure is in the modifier
    return name
