"""Key points said in other words: the fallback when the relational reading cannot judge.

The detector reads a key point as a relation over named components. A paraphrase often
describes a component instead of naming it ("the search that matches exact strings" for BM25),
so one component is not found and the relation cannot be read at all. Here such a point is
credited when one sentence of the answer covers enough of the point's own sentence, word by word
(English word stems, Chinese two-character pieces), each word weighted by how rare it is among the
key points of the shipped bank.

Only where the relational reading had no say: never for a point the answer contradicts, never
from a sentence in which every component of one of the point's relations is named (there the
relation itself decides, so the same words in a swapped or reversed relation earn nothing),
never from a sentence that asserts a misconception, and never when the sentence denies what the
point's sentence affirms (or the other way round).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from interviewer.bank.cues import IMPLIED, Reading, Sentence, prepare
from interviewer.bank.lexicon import _family_index, lexicon
from interviewer.bank.schema import BankQuestion, KeyPoint, Misconception, Span, has_cjk
from interviewer.bank.text import normalise

#: Weighted share of a key point's sentence one sentence of the answer must cover. Chosen on the
#: tuning splits (answers.jsonl, the paraphrase set's tune split, answers_fresh.jsonl); Chinese
#: two-character pieces overlap by chance more often than English stems, so it asks for more.
THRESHOLD = {"en": 0.35, "zh": 0.45}
#: The same share for a misconception told in other words (`asserted`). Stricter than for a key
#: point, because an asserted misconception caps the grade: chosen on the seen answer sets
#: (answers.jsonl, the paraphrase set, fresh, untouched..untouched6), where it adds 15 labelled
#: misconceptions for 2 wrong flags (.45/.50 added 17 for 6).
MISCONCEPTION_THRESHOLD = {"en": 0.5, "zh": 0.55}
#: ...and the sentence must also cover this share of the misconception's wrong part: the pieces of
#: its sentence that its own correction does not use ("Setting temperature to 0 removes
#: hallucination" against "Temperature 0 only … removes randomness": the wrong part is
#: "hallucination"), so shared context words ("CLIP … images") never assert it alone. On the seen
#: sets .3 dropped 1 of 4 wrong flags for 3 of 478 right ones; held-out 1 of 12 for 1 of 245.
WRONG_PART = 0.3
#: English words longer than this lose a plural or verb ending; stems are cut to this length.
STEM = 6
_WORD = re.compile(r"[a-z][a-z0-9\-]+|\d+")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_ENDING = re.compile(r"(ies|es|s|ed|ing|ly)$")


@lru_cache(maxsize=1)
def _stopwords() -> tuple[frozenset[str], frozenset[str]]:
    words = lexicon().stopwords
    return frozenset(w.lower() for w in words.en), frozenset(words.zh)


@lru_cache(maxsize=16384)
def tokens(text: str) -> frozenset[str]:
    """Content pieces of a text: English stems ("w:shard") and Chinese character pairs ("z:分片"),
    each thesaurus word said as its family's first member."""
    en_stop, zh_stop = _stopwords()
    t = _canonical(normalise(text).text)
    out = set()
    for w in _WORD.findall(t):
        if w in en_stop:
            continue
        if len(w) > 4:
            w = _ENDING.sub("", w)
        out.add("w:" + w[:STEM])
    for run in _CJK_RUN.findall(t):
        for i in range(len(run) - 1):
            pair = run[i : i + 2]
            if pair[0] in zh_stop and pair[1] in zh_stop:
                continue
            out.add("z:" + pair)
    return frozenset(out)


def _canonical(text: str) -> str:
    """Each word of a thesaurus family said as the family's first member ("语料" -> "数据",
    "redo" -> "revise"), so a sentence and a key point that use different members meet."""
    en, zh, members, _ = _family_index()
    text = en.sub(lambda m: " " + members[m.group(0)][0] + " ", text)
    return zh.sub(lambda m: members[m.group(0)][0], text)


@lru_cache(maxsize=1)
def _document_frequency() -> tuple[Counter[str], int]:
    """How many key points of the shipped bank (zh and en sentence together) contain each piece."""
    from interviewer.bank.loader import load_dirs
    from interviewer.loader import builtin_dir

    bank = load_dirs([builtin_dir("bank")])
    docs = [tokens(k.en) | tokens(k.zh) for q in bank.questions.values() for k in q.key_points]
    return Counter(t for d in docs for t in d), len(docs)


def _weight(piece: str) -> float:
    df, n = _document_frequency()
    return math.log((n + 1) / (df.get(piece, 0) + 1)) + 0.5


def coverage(point: Iterable[str], sentence: frozenset[str]) -> float:
    """Weighted share of the point's pieces the sentence contains."""
    pieces = set(point)
    total = sum(_weight(p) for p in pieces)
    return sum(_weight(p) for p in pieces & sentence) / total if total else 0.0


_DENIALS: dict[tuple[str, str], int] = {}


def _denials(question: BankQuestion, text: str) -> int:
    """How many negations the key point's own sentence holds (cached per question and text)."""
    key = (question.id, text)
    if key not in _DENIALS:
        _DENIALS[key] = sum(len(s.negations) for s in prepare(question, text).sents)
    return _DENIALS[key]


def _judged(
    point: KeyPoint | Misconception, question: BankQuestion, rd: Reading, sent: Sentence
) -> bool:
    """The relational reading decided in this sentence: it names every component of one of the
    point's relations, or a rival in place of one of them ("top-p keeps a fixed number")."""
    from interviewer.bank.detector import _options

    for claim in point.claims:
        for c in claim.all:
            said = any(sent.start <= o.start < sent.end for o in rd.occs.get(c, []))
            rivals = question.concepts[c].rivals
            if not said and any(
                sent.start <= o.start < sent.end for r in rivals for o in rd.occs.get(r, [])
            ):
                return True  # a rival stands where the point's component would
        if len(claim.all) < 2:
            continue
        options = _options(claim, question, rd, sent, None)
        if all(options) and not all(o[0].start == IMPLIED for o in options):
            return True
    return False


def credit(
    point: KeyPoint | Misconception,
    question: BankQuestion,
    rd: Reading,
    wrong: Sequence[Span],
    threshold: dict[str, float] | None = None,
) -> Span | None:
    """The sentence of the answer that states the point (or the misconception, with its own
    threshold) in other words, or None. Sentences overlapping `wrong` are not read."""
    text = rd.norm.text
    lang = "zh" if has_cjk(rd.norm.original) else "en"
    need = (threshold or THRESHOLD)[lang]
    own = point.zh if lang == "zh" else point.en
    wanted = tokens(own)
    denied = _denials(question, own) % 2
    for sent in rd.sents:
        start, end = rd.norm.span(sent.start, sent.end)
        if any(w.start < end and start < w.end for w in wrong):
            continue
        if len(sent.negations) % 2 != denied:
            continue
        if _judged(point, question, rd, sent):
            continue
        unsaid = [*sent.reported, *sent.rejected]
        said = (
            "".join(  # a belief reported as others', or judged false, is not stated
                " " if any(lo <= i < hi for lo, hi in unsaid) else text[i]
                for i in range(sent.start, sent.end)
            )
            if unsaid
            else text[sent.start : sent.end]
        )
        if coverage(wanted, tokens(said)) >= need:
            return Span(start=start, end=end, text=rd.norm.original[start:end])
    return None


def misconception_said(
    m: Misconception, question: BankQuestion, rd: Reading, told: Sequence[Span]
) -> Span | None:
    """The sentence that tells misconception `m` in its own content words (`credit` with
    `MISCONCEPTION_THRESHOLD`, sentences in `told` skipped) and covers its wrong part, or None."""
    said = credit(m, question, rd, told, MISCONCEPTION_THRESHOLD)
    if said is None:
        return None
    lang = "zh" if has_cjk(rd.norm.original) else "en"
    own = m.zh if lang == "zh" else m.en
    fixed = m.correction.zh if lang == "zh" else m.correction.en
    wrong_part = tokens(own) - tokens(fixed)
    if wrong_part and coverage(wrong_part, tokens(said.text)) < WRONG_PART:
        return None
    return said
