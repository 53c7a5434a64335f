"""Per sentence: is it about the question, and does it carry content of its own?

Not content: filler, padding (qualities claimed, the field in general), flattery, text for the
grader, "I don't know", a number that says nothing about the work (years of experience, market
size), rubric words listed without substance, and anything already said (earlier in this
answer or in an earlier answer on this question). The grader counts markers only in sentences
that are both about the question and content.
"""

from __future__ import annotations

import re

from interviewer.reading.acts import is_empty
from interviewer.reading.model import Fact, Quantity, SentenceInfo, Span
from interviewer.reading.relevance import LIFE, terms_of
from interviewer.reading.text import sentence_spans, size, words
from interviewer.reading.vocab import require, vocab

require(
    "substance",
    "filler",
    "padding",
    "rubric_words",
    "incidental",
    "said_before",
    "scope_world",
    "career",
    "question_meta",
    "judgement",
    "vague",
    "speaker",
)

#: A sentence this much covered by what came before is a repeat (less when it says so).
REPEAT_SHARE = 0.7
REPEAT_SAID_SHARE = 0.4
#: Facts that make a sentence content even with padding words in it.
_SUBSTANTIVE = frozenset(
    {
        "method",
        "own_action",
        "team_action",
        "alternative",
        "choice",
        "cost",
        "failure",
        "cause",
        "fix",
        "lesson",
        "mechanism",
        "result",
        "constraint",
    }
)


#: Facts strong enough to outweigh padding words or an incidental number in the same sentence.
_STRONG = _SUBSTANTIVE - {"mechanism", "constraint"}
STRONG_FACTS = _STRONG


def _overlaps(s: int, e: int, spans: list[Span]) -> bool:
    return any(sp.start < e and s < sp.end for sp in spans)


def read_sentences(
    text: str,
    *,
    facts: list[Fact],
    quantities: list[Quantity],
    injection: list[Span],
    flattery: list[Span],
    admission: list[Span],
    earlier: list[str],
    on_topic: bool,
) -> list[SentenceInfo]:
    """One SentenceInfo per sentence of `text`."""
    seen: list[set[str]] = [terms_of(t, drop_generic=True) for t in earlier]
    out: list[SentenceInfo] = []
    for i, (s, e) in enumerate(sentence_spans(text)):
        sent = text[s:e]
        # a fact inside what the speaker says they do not know ("I wasn't there | when the
        # baseline was measured") is the object of the not-knowing, not something told
        here = [
            f
            for f in facts
            if s <= f.start < e and not any(a.start <= f.start < a.end for a in admission)
        ]
        kinds: list[str] = sorted({str(f.kind) for f in here})
        terms = terms_of(sent, drop_generic=True)
        strong_at = [f.start - s for f in here if f.kind in _STRONG]
        why = _why_not(
            sent, s, e, kinds, quantities, injection, flattery, admission, terms, seen, strong_at
        )
        about = on_topic and not _life(sent) and why not in ("injection", "flattery")
        out.append(
            SentenceInfo(
                start=s,
                end=e,
                text=sent,
                about_question=about,
                content=not why,
                why_not=why,
                markers=kinds if not why else [],
            )
        )
        if terms:
            seen.append(terms)
        del i
    return out


def _why_not(  # noqa: C901 - one reason per line, first that applies
    sent: str,
    s: int,
    e: int,
    kinds: list[str],
    quantities: list[Quantity],
    injection: list[Span],
    flattery: list[Span],
    admission: list[Span],
    terms: set[str],
    seen: list[set[str]],
    strong_at: list[int],
) -> str:
    if _overlaps(s, e, injection):
        return "injection"
    if _overlaps(s, e, flattery):
        return "flattery"
    if is_empty(sent) or _only_filler(sent):
        return "filler"
    substantive = bool(set(kinds) & _SUBSTANTIVE)
    strong = bool(set(kinds) & _STRONG)
    if _overlaps(s, e, admission) and not substantive:
        return "admission"
    if _stuffed(sent, kinds):
        return "stuffed"
    share = REPEAT_SAID_SHARE if vocab()["substance.said_before"].search(sent) else REPEAT_SHARE
    if terms and len(terms) >= 3 and any(len(terms & t) >= share * len(terms) for t in seen):
        return "repeat"
    nums = [q for q in quantities if s <= q.start < e]
    if nums and all(q.role == "incidental" for q in nums) and not strong:
        return "incidental"
    if general_share(sent, strong_at) >= GENERAL_SHARE:
        return "padding"
    if vocab()["substance.padding"].search(sent) and not strong:
        return "padding"
    if sent.rstrip().endswith(("?", "？")) and not substantive:
        return "question"
    return ""


#: Share of a sentence's words in clauses about the world, the speaker's career, the question or
#: the topic as a class, from which the sentence is padding (when its other clauses carry no fact
#: of their own), and from which it is padding whatever else it says.
GENERAL_SHARE = 0.5
GENERAL_ALWAYS = 0.75
#: A clause judging the topic as a class is short: a longer one says something besides.
JUDGEMENT_WORDS = 10
_GENERIC_LISTS = ("question_meta", "career", "scope_world", "judgement", "vague")
_DIGIT = re.compile(r"\d")
_CLAUSE = re.compile(r"[^，,;；:：—–()（）]+")


def generic_clauses(sent: str) -> list[tuple[int, int]]:
    """Spans (in `sent`) of the clauses that say nothing about this system or this candidate's
    work: the world, the field or the market in general ("现在 message queue 到处都在用",
    "everyone uses LLMs these days"), the speaker's career counted ("我待过的四家公司",
    "over my eleven years"), the question itself ("这个问题问得很好"), or the topic judged as a
    class ("限流非常重要", "it's a balance"), or a choice said to be weighed, made or fine without
    what was weighed, chosen or measured ("it depends on the use case", "we made a decision that
    worked well for us", 最终选了一个比较合适的方案). A clause about the world names no actor of this
    work (I, we, our); a career clause needs the speaker in the sentence; a vague clause holds no
    digit (a setting or a figure is what it would lack)."""
    v = vocab()
    if not any(v[f"substance.{n}"].search(sent) for n in _GENERIC_LISTS):
        return []
    speaker_in_sentence = v["substance.speaker"].search(sent) is not None or "我" in sent
    out: list[tuple[int, int]] = []
    for m in _CLAUSE.finditer(sent):
        clause = m.group()
        if size(clause) == 0 or _only_filler(clause):
            continue
        actor = v["substance.speaker"].search(clause) is not None
        if (
            v["substance.question_meta"].search(clause)
            or (speaker_in_sentence and v["substance.career"].search(clause))
            or (not actor and v["substance.scope_world"].search(clause))
            or (
                not actor
                and size(clause) <= JUDGEMENT_WORDS
                and v["substance.judgement"].search(clause)
            )
            or (not _DIGIT.search(clause) and v["substance.vague"].search(clause))
        ):
            out.append(m.span())
    return out


def general_share(sent: str, strong_at: list[int] | None = None) -> float:
    """How much of `sent` is generic clauses (0..1); 0 when its other clauses state a fact of
    this work (`strong_at`: offsets in `sent` of the reading's strong facts) and the generic part
    is not overwhelming."""
    spans = generic_clauses(sent)
    if not spans:
        return 0.0
    total = max(1, size(_filler_free(sent)))
    general = sum(size(_filler_free(sent[a:b])) for a, b in spans)
    share = min(1.0, general / total)
    if share < GENERAL_ALWAYS and any(
        not any(a <= at < b for a, b in spans) and _says_something(sent, at)
        for at in strong_at or []
    ):
        return 0.0
    return share


#: Words (filler aside) a clause needs to state a fact of its own: a fact found at "so we," whose
#: words run on into a generic clause ("so we, um, we talked about it quite a bit") states none.
CLAUSE_WORDS = 3


def _says_something(sent: str, at: int) -> bool:
    """Whether the clause of `sent` holding offset `at` is long enough to state a fact."""
    for m in _CLAUSE.finditer(sent):
        if m.start() <= at < m.end():
            return size(_filler_free(m.group())) >= CLAUSE_WORDS
    return True


def _filler_free(text: str) -> str:
    fill = vocab()["substance.filler"].pattern
    return fill.sub(" ", text) if fill else text


def _only_filler(sent: str) -> bool:
    fill = vocab()["substance.filler"].pattern
    rest = fill.sub(" ", sent) if fill else sent
    return size(rest) <= 1


def _stuffed(sent: str, kinds: list[str]) -> bool:
    """Rubric words packed into a sentence with little else ("Situation, task, baseline...")."""
    hits = vocab()["substance.rubric_words"].spans(sent)
    if len(hits) < 3:
        return False
    n = max(1, size(sent))
    covered = sum(size(sent[a:b]) for a, b in hits)
    if covered / n >= 0.3:
        return True
    # many distinct grader words with few verbs: a list, not a story
    distinct = {sent[a:b].lower() for a, b in hits}
    verbs = sum(1 for w in words(sent) if w.endswith("ed") or w in {"was", "were", "is", "are"})
    return len(distinct) >= 5 and verbs <= 1


def _life(sent: str) -> bool:
    life = sum(len(vocab()[f"concepts.{d}"].spans(sent)) for d in LIFE)
    return life > len(vocab()["concepts.work"].spans(sent))
