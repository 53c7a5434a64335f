"""What of an answer the offline grader may count: the reading layer's view of its substance.

The detectors work on a TextView. `SubstanceView` is that view restricted by the answer's
Reading (interviewer.reading): markers count only in sentences the reading found about the
question and carrying content (not padding, repetition, stuffed rubric words, flattery,
admissions, incidental talk), own actions only there too, and a number counts as a metric or a
parameter only with the role the reading gave it in this answer (years of experience, market
figures, counts of projects measure nothing).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cached_property

from interviewer.grading.limits import answer_size
from interviewer.reading import Reading
from interviewer.reading.relevance import terms_of
from interviewer.reading.substance import STRONG_FACTS
from interviewer.signals import TextView

#: Quantity roles that measure the work (a metric); the rest are facts or incidental talk.
MEASURE_ROLES = frozenset({"result", "baseline", "intermediate", "sample_size", "sampling_rate"})
#: Quantity roles that never carry depth (a number about the speaker or the world, not the thing).
NO_DEPTH_ROLES = frozenset({"incidental", "date", "team_size"})


_FRAGMENT = re.compile(r"[，,、；;：:/（）()]|\s+-\s+|\s+(?:and|or|then)\s+|→|->")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'.%-]*")
#: Spoken fillers are no fragments of their own ("So, um, like, …" is not a list).
_FILLER = re.compile(
    r"\b(?:um+|uh+|er+|like|you know|so|well|honestly|basically|say|i mean|right|yeah|ok(?:ay)?)\b"
    r"|嗯+|呃+|那个|就是|然后|其实|对吧|吧|啊|呢",
    re.IGNORECASE,
)
#: A sentence of at least this many fragments, most of them a word or two, is a list of terms.
LIST_FRAGMENTS = 5
LIST_SHORT_SHARE = 0.6


def _size(fragment: str) -> float:
    return len(_CJK.findall(fragment)) / 2.5 + len(_LATIN.findall(fragment))


#: A line's leading label ("- mine:", "my part:", 我负责的：) and a parenthesised aside.
_LABEL = re.compile(r"^\s*(?:[-•*·]\s*)?[^，,、；;：:。.!?！？()（）\n]{1,16}[：:]\s*\S")
_ASIDE = re.compile(r"[（(][^()（）]{0,60}[)）]")


def is_term_list(sentence: str) -> bool:
    """A sentence strung from terms rather than said: many fragments, most of one or two words
    ("decoupling, scalability, reliability, p99 from 500 ms to 5 ms, trade-offs, Kafka"), or a
    label with a word after it ("约束：预算。"). It names things; it explains and tells nothing.
    In a line told as `label: value` a parenthesised aside gives details of the noun before it
    ("- mine: the query parser (typos, synonyms)"): one fragment with that noun, not items of a
    list. Elsewhere a parenthesis stays what it is (a list in brackets, O(log n))."""
    said = _FILLER.sub(" ", sentence)
    parts = [p for p in _FRAGMENT.split(said) if _size(p) >= 0.4]
    if not parts:
        return False
    if len(parts) == 2 and _size(sentence) <= 4 and bool(re.search(r"[：:]", sentence)):
        return True
    if _LABEL.match(said) and _ASIDE.search(said):
        parts = [p for p in _FRAGMENT.split(_ASIDE.sub(" ", said)) if _size(p) >= 0.4]
    short = sum(_size(p) <= 2 for p in parts)
    return len(parts) >= LIST_FRAGMENTS and short / len(parts) >= LIST_SHORT_SHARE


#: Sentences counted although the reading gives them no content: off-question ones (relevance
#: is judged on the whole answer, not by dropping sentences) and repeats (a detector counts a
#: kind of evidence once, so saying it twice adds nothing, and a restated result often carries
#: its final figure).
_COUNTED = frozenset({"", "repeat"})


#: A sentence that names at least this share of the question's specific words (and three of
#: them), adding at most ECHO_NEW specific words of its own per word it repeats (one and a half), restates the
#: question: it says it back with filler ("…is an important one", 这个问题确实非常常见).
ECHO_SHARE = 0.5
ECHO_MIN = 3
ECHO_NEW = 1.5


def echo_sentences(question: str, reading: Reading) -> frozenset[int]:
    """Indices of the reading's sentences that only say the question back: most of the question's
    specific words ("So how we brought down the memory usage of the workers…", 关于跨分片分页为什么
    慢这个问题…), few words of their own, no measure of the work, and no admission (saying one has
    not done the asked thing is an honest answer, not an echo). A sentence that names the
    question's subject and goes on to explain it brings many words of its own and is kept. Words
    taken from the question are no evidence of relevance or substance."""
    asked = terms_of(question, drop_generic=True)
    if len(asked) < ECHO_MIN or len(reading.sentences) < 2:
        # a one-sentence answer that repeats the question's words and adds one of its own
        # ("A connection pool saves the connection handshake.") is terse, not padded
        return frozenset()
    out: set[int] = set()
    for i, s in enumerate(reading.sentences):
        if s.why_not == "admission":
            continue
        if not any(_echoes(c, asked) for c in [s.text, *_CLAUSE.findall(s.text)]):
            continue
        terms = terms_of(s.text, drop_generic=True)
        hit = terms & asked
        if any(s.start <= q.start < s.end and q.role in MEASURE_ROLES for q in reading.quantities):
            continue
        if any(f.sentence == i and f.kind in STRONG_FACTS for f in reading.facts) and len(
            terms - asked
        ) > len(hit):
            continue
        out.add(i)
    return frozenset(out)


_CLAUSE = re.compile(r"[^，,;；:：—–()（）]+")


def _echoes(text: str, asked: set[str]) -> bool:
    terms = terms_of(text, drop_generic=True)
    hit = terms & asked
    return len(hit) >= max(ECHO_MIN, ECHO_SHARE * len(asked)) and len(
        terms - asked
    ) <= ECHO_NEW * len(hit)


def without_echo(question: str, reading: Reading) -> str:
    """The answer with its echo sentences blanked (same offsets), for judging relevance."""
    echo = echo_sentences(question, reading)
    if not echo:
        return reading.text
    text = reading.text
    for i in sorted(echo, reverse=True):
        s = reading.sentences[i]
        text = text[: s.start] + " " * (s.end - s.start) + text[s.end :]
    return text


class SubstanceView(TextView):
    """A TextView of the graded text whose content is what the Reading says carries substance."""

    def __init__(
        self,
        text: str,
        lang: str,
        reading: Reading,
        exclude: list[tuple[int, int]] | None = None,
        echo: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__(text, lang)
        self.reading = reading
        # the reading's sentences index the same text: a view sentence is substance when it
        # overlaps a sentence about the question that carries content (and no claim in
        # `exclude`, spans of the text that are no evidence)
        out = exclude or []
        self._substance = [
            (s.start, s.end)
            for i, s in enumerate(reading.sentences)
            if (s.content or s.why_not in _COUNTED)
            and i not in echo
            and not any(a < s.end and b > s.start for a, b in out)
        ]

    @cached_property
    def contentful(self) -> frozenset[int]:
        base = super().contentful
        return frozenset(
            i
            for i in base
            if self.overlaps(i, self._substance) and not is_term_list(self.sentence(i))
        )

    @cached_property
    def own_actions(self) -> dict[int, list[tuple[int, int]]]:
        return {i: v for i, v in super().own_actions.items() if i in self.contentful}

    def _with_quantity(self, roles: frozenset[str], *, exclude: bool = False) -> list[int]:
        spans = [
            (q.start, q.end)
            for q in self.reading.quantities
            if (q.role not in roles if exclude else q.role in roles)
        ]
        return sorted(i for i in self.contentful if self.overlaps(i, spans))

    @cached_property
    def measured(self) -> list[int]:
        """Content sentences with a number the reading reads as a measure of the work."""
        return self._with_quantity(MEASURE_ROLES)

    @cached_property
    def numbered(self) -> list[int]:
        """Content sentences with a number that may be a real parameter (not incidental)."""
        return self._with_quantity(NO_DEPTH_ROLES, exclude=True)

    @cached_property
    def conflicted(self) -> bool:
        """Numbers that contradict each other, the résumé or an earlier answer."""
        return bool(self.reading.conflicts)


#: Facts that explain (how a thing works, why, how it was done): a sentence with one of these is
#: never padding, whatever its numbers.
_EXPLAINING = frozenset({"mechanism", "cause", "method"})


def _incidental_only(reading: Reading, i: int) -> bool:
    """A sentence whose every number is about the speaker or the world (years of experience,
    projects seen, "90% of teams use it", 业界百分之九十) and which explains nothing: it adds
    length, not substance, however fluent (the reading may still have called it content)."""
    s = reading.sentences[i]
    here = [q for q in reading.quantities if s.start <= q.start < s.end]
    if not here or any(q.role != "incidental" for q in here):
        return False
    return not any(f.sentence == i and f.kind in _EXPLAINING for f in reading.facts)


#: Sentences the reading marks as saying nothing about the question (why_not).
#: ("repeat" is left out: a restated result that adds its final figure reads as a repeat.)
_EMPTY_TALK = frozenset({"padding", "filler", "incidental", "flattery", "stuffed"})
PADDING_WEIGHT = 1.0


def padding_factor(
    reading: Reading, reasoned: Collection[str] = (), echo: Collection[int] = ()
) -> float:
    """Less for an answer whose words go to padding, the question said back (`echo`, indices of
    reading.sentences), strings of terms, incidental talk or praise:
    a longer answer earns more only by what its new content adds. Sentences an honest partial
    answer reasons in (`reasoned`, see plausibility.honest_reasoning) are never a string of terms:
    a rough breakdown told while unsure ("fp16 weights, fp32 master copy, two moments") is
    reasoning."""
    size = answer_size(reading.text)
    if not size:
        return 1.0
    kept = {r.strip() for r in reasoned}
    empty = sum(
        answer_size(s.text)
        for i, s in enumerate(reading.sentences)
        if s.why_not in _EMPTY_TALK
        or i in echo
        or (is_term_list(s.text) and s.text.strip() not in kept)
        or _incidental_only(reading, i)
    )
    return 1.0 - PADDING_WEIGHT * empty / size
