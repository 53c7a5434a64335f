"""An answer prepared for claims: mentions of concepts, negations with their scopes, direction
words, sentences and clauses. Built once per (question, answer); the detector reads claims off it."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from interviewer.bank.lexicon import Lexicon, expand, lexicon
from interviewer.bank.schema import BankQuestion
from interviewer.bank.text import Norm, clause_bounds, find, is_question, normalise, sentences

#: "without X", "rather than X", "而不是 X": the negation covers X, a short phrase (this many
#: words, or twice as many Chinese characters), not the rest of the clause.
PHRASE_WORDS = 3
PHRASE_CJK_CHARS = 10
_LATIN_WORDS = re.compile(r"(?:\s*[a-z0-9][a-z0-9'_-]*){1," + str(PHRASE_WORDS) + "}")
IMPLIED = -1  # position of a subject concept the sentence leaves unsaid
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Occ:
    """One mention of a concept: where, and +1, or -1 for a term of its opposite pole."""

    concept: str
    start: int
    end: int
    pole: int


@dataclass
class Sentence:
    text: str  # the whole normalised answer; start/end index into it
    start: int
    end: int
    cuts: list[int]
    negations: list[tuple[int, int, int, int]] = field(
        default_factory=list
    )  # cue start, cue end, scope end
    directions: list[tuple[int, int, int]] = field(default_factory=list)  # start, end, +1/-1
    # start, end, +1 same / -1 opposite direction
    covary: list[tuple[int, int, int]] = field(default_factory=list)
    # scopes of "otherwise …" / "否则 …": what would happen without the preceding action
    hypothetical: list[tuple[int, int]] = field(default_factory=list)
    # scopes of a belief reported as others' ("people think …", "有人以为 …"), up to a correction
    reported: list[tuple[int, int]] = field(default_factory=list)
    # statements the speaker judges false right after making them ("X. Not true.", "X——这是错的")
    rejected: list[tuple[int, int]] = field(default_factory=list)
    # "省掉了 X", "gets rid of X": start, end of words that say what follows is removed or spared
    privatives: list[tuple[int, int]] = field(default_factory=list)
    respectively: bool = False

    def clause(self, pos: int) -> tuple[int, int]:
        start, end = self.start, self.end
        for c in self.cuts:
            if c <= pos:
                start = c
            else:
                end = c
                break
        return start, end


@dataclass
class Reading:
    """The answer prepared once for every claim of a question."""

    norm: Norm
    occs: dict[str, list[Occ]]
    sents: list[Sentence]


def _without(spans: list[tuple[int, int]], blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [s for s in spans if not any(s[0] < b[1] and b[0] < s[1] for b in blocked)]


def _drop_contained(occs: dict[str, list[Occ]]) -> dict[str, list[Occ]]:
    """A mention inside a longer mention of another concept is part of that one ("Paged" in
    "PagedAttention" is not a page)."""
    every = [o for lst in occs.values() for o in lst]
    return {
        c: [
            o
            for o in lst
            if not any(
                x.concept != c
                and x.start <= o.start
                and o.end <= x.end
                and x.end - x.start > o.end - o.start
                for x in every
            )
        ]
        for c, lst in occs.items()
    }


def _phrase_end(text: str, start: int, limit: int) -> int:
    """End of the short phrase a phrase negator governs."""
    rest = text[start:limit]
    m = _LATIN_WORDS.match(rest)
    latin = m.end() if m else 0
    if any(ch > "\u2e7f" for ch in rest[:PHRASE_CJK_CHARS]):  # Chinese or mixed: by characters
        return min(limit, start + max(latin, PHRASE_CJK_CHARS))
    return start + latin if latin else min(limit, start + PHRASE_CJK_CHARS)


_RELATIVE = re.compile(r"(?:^|[^a-z])(?:that|which|who|whose)\s+(?:[a-z']+\s+)?$")
#: Chinese negators that open a modifier ("没人引用的块", "不再被引用的块", "词表里没有的字"):
#: with a 的 soon after, they deny the modifier only. "不" opens one only before 被 / 再 / 在.
_ZH_ATTRIBUTIVE_NEG = ("没", "没有", "没人", "没有人", "没被")
_ZH_ATTRIBUTIVE_BU = ("被", "再", "在")
ATTRIBUTIVE_CJK_CHARS = 8


def _attributive_end(text: str, ns: int, ne: int, limit: int) -> int | None:
    """A negation inside a modifier denies the modifier only: "a character that is not in the
    vocabulary [becomes UNK]", "词表里没有的字[会变成 UNK]". Returns where its scope ends, or None
    for an ordinary negation."""
    if _RELATIVE.search(text[max(0, ns - 16) : ns]):
        return _phrase_end(text, ne, limit)
    cue = text[ns:ne]
    if cue in _ZH_ATTRIBUTIVE_NEG or (cue == "不" and text[ne : ne + 1] in _ZH_ATTRIBUTIVE_BU):
        de = text.find("的", ne, min(limit, ne + ATTRIBUTIVE_CJK_CHARS))
        if de >= 0 and not any(ch in "，,、" for ch in text[ne:de]):
            return de + 1
    return None


def _merge_fillers(text: str, s: int, e: int, cuts: list[int], lex: Lexicon) -> list[int]:
    """English padding set off by commas ("don't need to, like, double it") is not a clause of its
    own: the cuts around it go, so a negation or a direction reaches on. A Chinese pause ("，嗯，")
    usually separates two clauses, so it stays a boundary."""
    bounds = [s, *cuts, e]
    keep = set(cuts)
    for a, b in itertools.pairwise(bounds):
        part = text[a:b]
        if a != s and b != e and part.isascii() and _only_fillers(part, lex) and part.strip(" ,"):
            keep.discard(a)
            keep.discard(b)
    return sorted(keep)


_NUMERIC_CHANGE = re.compile(
    # a bare "to"/"到" joins a range ("0.5 到 0.9 之间") unless "from"/"从" opens it; an arrow or a
    # verb of changing says a change on its own
    r"(?:(?:从|from|由)\s*(\d+(?:\.\d+)?)\s*%?\s*(?:调到|调成|降到|升到|改到|改成|变成|到|to|→|->|=>)"
    r"|(?<![\d.])(\d+(?:\.\d+)?)\s*%?\s*(?:调到|调成|降到|降成|升到|改到|改成|变成|→|->|=>|down to))"
    r"\s*(\d+(?:\.\d+)?)"
)


def _numeric_changes(text: str) -> list[tuple[int, int, int]]:
    """ "from 0.9 to 0.5", "从 0.9 调到 0.5": numbers that say which way a setting moved."""
    out = []
    for m in _NUMERIC_CHANGE.finditer(text):
        a, b = float(m.group(1) or m.group(2)), float(m.group(3))
        if a != b:
            out.append((m.start(), m.end(), 1 if b > a else -1))
    return out


def _longest(cues: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Overlapping cues keep the longest ("越低" is down, not the "越" inside it)."""
    kept: list[tuple[int, int, int]] = []
    for cue in sorted(cues, key=lambda c: (-(c[1] - c[0]), c[0])):
        if not any(cue[0] < k[1] and k[0] < cue[1] for k in kept):
            kept.append(cue)
    return sorted(kept)


#: "no encoder and no cross-attention": a negation stops where a coordinated second one starts,
#: so a list of denials is not read as a double negation ("不是没有" stays one).
_COORDINATED_NEG = re.compile(r"(?:\b(?:and|or|but also)\s*|[也和或、及]|以及)$")


def _coordinated_lists(text: str, negations: list[tuple[int, int, int, int]]) -> None:
    for i, (ns, ne, lo, hi) in enumerate(negations):
        for ns2, _, _, _ in negations:
            gap = text[ne:ns2].rstrip()
            if ne < ns2 < hi and len(gap.strip()) > 1 and _COORDINATED_NEG.search(gap):
                negations[i] = (ns, ne, lo, ns2)
                break
            if ne < ns2 < hi and text[ns2 : ns2 + 3] == "nor" and gap.strip():
                negations[i] = (ns, ne, lo, ns2)
                break


def _only_fillers(text: str, lex: Lexicon) -> bool:
    rest = text
    for s, e in sorted(find(lex.fillers.all(), text), reverse=True):
        rest = rest[:s] + " " + rest[e:]
    return not _PUNCT.sub("", rest)


@dataclass(frozen=True)
class _AnswerCues:
    """What a reading takes from the answer text alone (no question): the normalised text, every
    cue of the lexicon found in it, and its statement sentences with their clause cuts. Shared by
    every question the same text is read for (a key point's own sentence is read for its roles,
    its denials and the self-check; an answer for each candidate key)."""

    norm: Norm
    post: frozenset[tuple[int, int]]
    phrase: frozenset[tuple[int, int]]
    negs: tuple[tuple[int, int], ...]  # before the question's terms rule some out
    not_dirs: tuple[tuple[int, int], ...]  # before the question's terms are added
    cue_spans: tuple[tuple[int, int], ...]
    ups: tuple[tuple[int, int], ...]
    downs: tuple[tuple[int, int], ...]
    numeric: tuple[tuple[int, int, int], ...]
    resp: tuple[tuple[int, int], ...]
    otherwise: tuple[tuple[int, int], ...]
    reported: tuple[tuple[int, int], ...]  # belief frame cue, then where its scope ends
    rejected: tuple[tuple[int, int], ...]  # a statement judged false by the clause after it
    privative: tuple[tuple[int, int], ...]
    ties: tuple[tuple[int, int, int], ...]
    sents: tuple[tuple[int, int, tuple[int, ...]], ...]  # start, end, clause cuts


#: Texts whose answer-level cues are kept: enough for one detection (the answer and a question's
#: key-point sentences), small enough that a pass over many answers never reuses a stale one.
ANSWER_CACHE = 256


@lru_cache(maxsize=ANSWER_CACHE)
def _answer_cues(answer: str) -> _AnswerCues:
    lex = lexicon()
    norm = normalise(answer)
    text = norm.text
    # "对不对", "有没有" ask; the "不对" inside is no topic denial.
    not_neg = find(lex.not_negators.all(), text)
    post = set(_without(find(lex.post_negators.all(), text), not_neg))
    phrase = set(find(lex.phrase_negators.all(), text))
    negs = _without(find(lex.negators.all(), text), not_neg)
    negs = sorted(set(_without(negs, [*post, *phrase])) | post | phrase)
    inverse = find(lex.covary_inverse.all(), text)
    ties = [(a, b, -1) for a, b in inverse]
    ties += [(a, b, 1) for a, b in _without(find(lex.covary.all(), text), inverse)]
    sents = tuple(
        (
            s,
            e,
            tuple(_merge_fillers(text, s, e, clause_bounds(text, s, e, lex.contrast.all()), lex)),
        )
        for s, e in sentences(text)
        if not is_question(text, s, e) or _proposes(text[s:e], lex)
    )
    return _AnswerCues(
        norm=norm,
        post=frozenset(post),
        phrase=frozenset(phrase),
        negs=tuple(negs),
        not_dirs=tuple(find(lex.not_directions.all(), text)),
        cue_spans=tuple(find([*lex.up.all(), *lex.down.all()], text)),
        ups=tuple(find(lex.up.all(), text)),
        downs=tuple(find(lex.down.all(), text)),
        numeric=tuple(_numeric_changes(text)),
        resp=tuple(find(lex.respectively.all(), text)),
        otherwise=tuple(find(lex.counterfactual.all(), text)),
        reported=tuple(_reported(text, sents, lex)),
        rejected=tuple(_rejected(text, sents, lex)),
        privative=tuple(_without(find(lex.privative.all(), text), negs)),
        ties=tuple(ties),
        sents=sents,
    )


def _proposes(sentence: str, lex: Lexicon) -> bool:
    """A question that proposes the speaker's own answer, hedged ("maybe it keeps the old keys?",
    可能是分块存？, "…, right?"), is a guess: read as said. One that asks for something or about
    the question ("why…?", "do you mean…?", 是指…？) asserts nothing."""
    return not find(lex.asking.all(), sentence) and bool(find(lex.tentative.all(), sentence))


def _reported(
    text: str, sents: tuple[tuple[int, int, tuple[int, ...]], ...], lex: Lexicon
) -> list[tuple[int, int]]:
    """The scope of each belief the answer attributes to others: from the start of its frame
    ("people often think", "有人把 X 当成", which may hold the topic) to the first correction
    word after the frame ("but actually", "其实") or the end of its sentence."""
    frames = find(lex.reported.all(), text)
    if not frames:
        return []
    fixes = [s for s, _ in find(lex.correction.all(), text)]
    out = []
    for fs, fe in frames:
        for s, e, _ in sents:
            if s <= fs < e:
                out.append((fs, min([c for c in fixes if fe <= c < e], default=e)))
                break
    return out


def _rejected(
    text: str, sents: tuple[tuple[int, int, tuple[int, ...]], ...], lex: Lexicon
) -> list[tuple[int, int]]:
    """Statements the speaker judges false right after making them: a clause holding only a
    judgment of falsity (`rejection`, with fillers) points back at the clauses of its sentence
    before it, or, when it opens its sentence, at the sentence just before (a question between
    them breaks the link). A judgment followed by a comma and only fillers ("It isn't, um, an LRU
    thing") is a negation that reaches on, not a judgment of what came before."""
    out: set[tuple[int, int]] = set()
    raw = sentences(text)
    for rs, re_ in find(lex.rejection.all(), text):
        k = next((i for i, (s, e, _) in enumerate(sents) if s <= rs < e), None)
        if k is None:
            continue
        s, e, cuts = sents[k]
        lo = max([s, *(c for c in cuts if c <= rs)])
        hi = min([e, *(c for c in cuts if c >= re_)])
        if not _only_fillers(text[lo:rs] + " " + text[re_:hi], lex):
            continue
        after = min([e, *(c for c in cuts if c > hi)])
        if hi < e and text[hi - 1] in ",，" and _only_fillers(text[hi:after], lex):
            continue
        if lo > s:
            out.add((s, lo))
            continue
        j = next(i for i, r in enumerate(raw) if r[0] == s)
        if k and j and raw[j - 1][0] == sents[k - 1][0]:
            out.add((sents[k - 1][0], sents[k - 1][1]))
    return sorted(out)


ConceptTerms = list[tuple[str, tuple[str, ...], tuple[str, ...] | None]]
_CONCEPT_TERMS: dict[int, tuple[BankQuestion, ConceptTerms]] = {}
#: Questions whose expanded concept terms are kept (the shipped bank has about 170).
CONCEPT_CACHE = 1024


def _concept_terms(question: BankQuestion) -> ConceptTerms:
    """Each concept's terms and opposite terms with their thesaurus variants, built once per
    question object (kept with it, so a new object with the same id is built afresh)."""
    hit = _CONCEPT_TERMS.get(id(question))
    if hit is None or hit[0] is not question:
        if len(_CONCEPT_TERMS) >= CONCEPT_CACHE:
            _CONCEPT_TERMS.clear()
        terms: ConceptTerms = [
            (
                cid,
                expand(tuple(c.terms.all())),
                None if c.opposite is None else expand(tuple(c.opposite.all())),
            )
            for cid, c in question.concepts.items()
        ]
        hit = (question, terms)
        _CONCEPT_TERMS[id(question)] = hit
    return hit[1]


def prepare(question: BankQuestion, answer: str) -> Reading:
    """Find every mention, negation and direction word of the answer, sentence by sentence."""
    lex = lexicon()
    cues = _answer_cues(answer)
    norm = cues.norm
    text = norm.text
    occs: dict[str, list[Occ]] = {}
    for cid, terms, opposite in _concept_terms(question):
        found = [Occ(cid, s, e, 1) for s, e in find(terms, text)]
        if opposite is not None:
            opp = find(opposite, text)
            found = [o for o in found if not any(o.start < e and s < o.end for s, e in opp)]
            found += [Occ(cid, s, e, -1) for s, e in opp]
        occs[cid] = sorted(found, key=lambda o: o.start)
    occs = _drop_contained(occs)
    term_spans = [(o.start, o.end) for lst in occs.values() for o in lst]
    post, phrase = cues.post, cues.phrase
    # A negator inside a term is part of it ("非连续", "non-contiguous"), not a negation.
    negs = [n for n in cues.negs if not any(a <= n[0] and n[1] <= b for a, b in term_spans)]
    not_dirs = [*cues.not_dirs, *term_spans]
    # A negator inside a direction phrase is part of it ("never make it", "轮不到").
    negs = [
        n
        for n in negs
        if not any(a <= n[0] and n[1] <= b and (a, b) != n for a, b in cues.cue_spans)
    ]
    ups = [(s, e, 1) for s, e in _without(list(cues.ups), not_dirs)]
    downs = [(s, e, -1) for s, e in _without(list(cues.downs), not_dirs)]
    dirs = _longest(ups + downs + list(cues.numeric))
    resp, otherwise, ties = cues.resp, cues.otherwise, cues.ties
    sents = []
    for s, e, cuts in cues.sents:
        sent = Sentence(text, s, e, list(cuts))
        sent.respectively = any(s <= r < e for r, _ in resp)
        sent.directions = [d for d in dirs if s <= d[0] < e]
        sent.covary = [c for c in ties if s <= c[0] < e]
        sent.reported = [r for r in cues.reported if s <= r[0] < e]
        # a belief already framed as others' ("很多人以为 X，这是错的") is read by its frame; the
        # judgment after it is that frame's correction, not a second denial
        sent.rejected = [
            r
            for r in cues.rejected
            if s <= r[0] < e and not any(lo < r[1] and r[0] < hi for lo, hi in sent.reported)
        ]
        sent.privatives = [
            p
            for p in cues.privative
            if s <= p[0] < e and not any(a <= p[0] and p[1] <= b for a, b in term_spans)
        ]
        for cs, ce in otherwise:
            if s <= cs < e:
                scope = sent.clause(cs)[1]
                while scope < e and _only_fillers(text[ce:scope], lex):
                    scope = sent.clause(scope)[1]
                sent.hypothetical.append((ce, scope))
        for ns, ne in negs:
            if not s <= ns < e:
                continue
            start, own_end = sent.clause(ns)
            scope = own_end
            while scope < e and _only_fillers(text[ne:scope], lex):
                scope = sent.clause(scope)[1]
            if (ns, ne) in post:  # topic first: its own clause ("p99 没必要看", "不需要乘 2")
                sent.negations.append((ns, ne, start, own_end))
            elif (ns, ne) in phrase:
                sent.negations.append((ns, ne, ne, _phrase_end(text, ne, scope)))
            elif (attributive := _attributive_end(text, ns, ne, scope)) is not None:
                sent.negations.append((ns, ne, ne, attributive))
            else:
                sent.negations.append((ns, ne, ne, scope))
        _coordinated_lists(text, sent.negations)
        sents.append(sent)
    return Reading(norm, occs, sents)
