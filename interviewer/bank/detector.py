"""Which key points an answer states, which it states the wrong way round, which misconceptions.

A claim is read, sentence by sentence, as a relation over concepts with a sign:
    sign = (poles named) x (directions said) x (-1 per negation whose scope covers a term)
A negation reaches from its cue to the end of its clause (a clause ends at punctuation or a
contrast word such as "but" / 而是; a clause holding only fillers passes the negation on). A
direction binds to the nearest term of a changing concept in its clause. Questions ("is it LRU?")
assert nothing. The claim holds when the sign equals the claim's sign, and is contradicted when
it is the opposite.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from interviewer.bank.coverage import credit, misconception_said
from interviewer.bank.cues import (
    IMPLIED,
    Occ,
    Reading,
    Sentence,
    _only_fillers,
    prepare,
)
from interviewer.bank.lexicon import lexicon
from interviewer.bank.schema import (
    AssertedMisconception,
    BankQuestion,
    Claim,
    HitPoint,
    KeyPoint,
    KeyPointResult,
    Misconception,
    Span,
)
from interviewer.bank.text import find

#: Most normalised characters one claim may spread over (its terms are said together).
MAX_CLAIM_SPAN = 160
#: Most characters between a direction word and the term it qualifies.
MAX_DIRECTION_GAP = 24
MAX_COMBINATIONS = 400
#: A clause boundary between two terms counts as this many characters of distance.
CLAUSE_DISTANCE = 40


def _gap(a: Occ, b: Occ, sent: Sentence) -> int:
    """Distance between two mentions; terms in one clause are nearer than across a comma."""
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return hi - lo + CLAUSE_DISTANCE * sum(1 for c in sent.cuts if lo <= c <= hi)


def _blocked(
    combo: Sequence[Occ],
    claim: Claim,
    question: BankQuestion,
    occs: dict[str, list[Occ]],
    sent: Sentence,
) -> bool:
    occs = {c: [o for o in lst if sent.start <= o.start < sent.end] for c, lst in occs.items()}
    """Terms bind to the nearest candidate: when a rival of one part stands between it and another
    part, or in that part's clause and nearer to it, the relation is the rival's ("ZeRO-1 shards
    optimizer states, ZeRO-3 parameters"; "节点内张量并行、节点间流水线并行")."""
    for a in combo:
        rivals = [r for r in question.concepts[a.concept].rivals if r not in claim.all]
        if not rivals:
            continue
        for b in combo:
            if b is a:
                continue
            d = _gap(a, b, sent)
            lo, hi = min(a.end, b.end), max(a.start, b.start)
            near = sent.clause(b.start)
            for r in rivals:
                for o in occs.get(r, []):
                    if _compared(o, sent) or _coordinated(a, o, sent):
                        continue
                    between = lo <= o.start and o.end <= hi
                    closer = near[0] <= o.start < near[1] and _gap(o, b, sent) < d
                    if between or closer:
                        return True
    return False


_COORDINATOR = re.compile(r"^\s*(and|or|as well as|和|与|跟|以及|还有|、|&|/)\s*$")
_BOTH = re.compile(r"(?<![a-z])(both|all|alike|either|same)(?![a-z])|都|均|一样|同样")


def _coordinated(a: Occ, o: Occ, sent: Sentence) -> bool:
    """A rival joined to a part by "and"/"和" and followed by "both"/"都" shares the relation
    ("WordPiece and BPE both merge the most frequent pair", "ZeRO-1 和 ZeRO-2 都切优化器状态")."""
    first, second = (a, o) if a.start < o.start else (o, a)
    if not _COORDINATOR.match(sent.text[first.end : second.start]):
        return False
    after = sent.text[second.end : min(second.end + 14, sent.clause(second.start)[1])]
    return _BOTH.search(after) is not None


_ZH_FRAME = re.compile(r"(跟|和|与|同|像)\s*$")
#: Characters after X within which "跟 X …一样" closes its frame ("和 BPE 选合并对的方法一样").
COMPARE_FRAME_REACH = 16


def _compared(o: Occ, sent: Sentence) -> bool:
    """A rival named only to compare ("GRPO, like DPO, …", "和 DPO 一样") is not the subject."""
    lex = lexicon()
    before = sent.text[max(sent.start, o.start - 24) : o.start]
    # "X 一样" right after X; or "跟 X 效果完全一样" with the frame's preposition just before X
    framed = _ZH_FRAME.search(sent.text[max(sent.start, o.start - 3) : o.start]) is not None
    reach = COMPARE_FRAME_REACH if framed else 8
    after = sent.text[o.end : min(o.end + reach, sent.clause(o.start)[1])]
    marked_before = any(not before[e:].strip() for _, e in find(lex.compare_before.all(), before))
    marked_after = any(
        framed or not after[:s].strip() for s, _ in find(lex.compare_after.all(), after)
    )
    return marked_before or marked_after


#: Most characters between a compared thing's name and the word that defines it.
DEFINITION_GAP = 24


def _family(question: BankQuestion, concept: str) -> frozenset[str]:
    """The things `concept` is compared with in `question`: its rivals, and the question's other
    subjects when it is about several (recall@k, MRR and nDCG)."""
    key = (question.id, concept)
    if key not in _FAMILY:
        fam = set(question.concepts[concept].rivals)
        if concept in question.subject and len(question.subject) >= 2:
            fam |= set(question.subject)
        _FAMILY[key] = frozenset(fam - {concept})
    return _FAMILY[key]


_FAMILY: dict[tuple[str, str], frozenset[str]] = {}


@lru_cache(maxsize=1)
def _definition_pattern() -> re.Pattern[str]:
    terms = lexicon().definition.all()
    return re.compile(
        "|".join(f"(?:{t[3:] if t.startswith('re:') else re.escape(t)})" for t in terms)
    )


def _definitions(question: BankQuestion, rd: Reading, sent: Sentence) -> list[tuple[Occ, int, int]]:
    """(name, start, end of what it is said to be) for each definition in the sentence of a thing
    the question compares with others: its name opens a clause (fillers aside) and a definition
    word follows it ("Factuality hallucination is when …", "faithfulness, that's the one where …",
    "MRR 就是 …"); what it is said to be runs to the end of that word's clause."""
    lex = lexicon()
    pattern = _definition_pattern()
    out = []
    for c, occs in rd.occs.items():
        if c not in question.concepts or not _family(question, c):
            continue
        for o in occs:
            if not sent.start <= o.start < sent.end or o.start == IMPLIED:
                continue
            if not _only_fillers(sent.text[sent.clause(o.start)[0] : o.start], lex):
                continue
            m = pattern.match(sent.text[o.end : min(sent.end, o.end + DEFINITION_GAP)])
            if m is None:
                continue
            start = o.end + m.end()
            out.append((o, start, sent.clause(start)[1] if start < sent.end else sent.end))
    return out


def _owner(question: BankQuestion, point: KeyPoint | Misconception | None) -> str | None:
    """The compared thing a point is about: the thing with a family (`_family`) that the point's
    own sentences open with ("Faithfulness hallucination: …", "MRR: …", "张量并行把…"), the same
    in both languages and naming none it is compared with, else None."""
    if point is None:
        return None
    key = (question.id, point.id)
    if key not in _OWNER:
        opens: set[str] = set()
        named: set[str] = set()
        for text in (point.zh, point.en):
            rd = prepare(question, text)
            said = [
                o
                for c, occs in rd.occs.items()
                if c in question.concepts and _family(question, c)
                for o in occs
                if o.start != IMPLIED
            ]
            named |= {o.concept for o in said}
            opens |= {o.concept for o in said if _only_fillers(rd.norm.text[: o.start], lexicon())}
        owner = next(iter(opens)) if len(opens) == 1 else None
        # a point that also names what its opener is compared with is about both
        _OWNER[key] = owner if owner and not named & _family(question, owner) else None
    return _OWNER[key]


_OWNER: dict[tuple[str, str], str | None] = {}


def _described(question: BankQuestion) -> dict[str, frozenset[str]]:
    """For each concept of a point's claims, the compared things whose points use it."""
    if question.id not in _DESCRIBED:
        out: dict[str, set[str]] = {}
        for k in question.key_points:
            owner = _owner(question, k)
            if owner is None:
                continue
            for cl in k.claims:
                for c in cl.all:
                    out.setdefault(c, set()).add(owner)
        _DESCRIBED[question.id] = {c: frozenset(o) for c, o in out.items()}
    return _DESCRIBED[question.id]


_DESCRIBED: dict[str, dict[str, frozenset[str]]] = {}


def _misdefined(
    said: Sequence[Occ],
    owner: str | None,
    question: BankQuestion,
    rd: Reading,
    defs: Sequence[tuple[Occ, int, int]],
    sent: Sentence,
) -> bool:
    """A definition tells what ONE compared thing is. A point about another compared thing read
    inside it ("MRR is the share of relevant passages in the top k", "事实性幻觉是摘要里写了原文没有
    的内容") is told of the defined thing, so it is not that point; and a point about the defined
    thing is not credited from its name there when what it is said to be describes another
    compared thing ("faithfulness, that's the one where it makes up a paper"). One named only to
    compare ("unlike MRR") does not count."""
    described = _described(question)
    for d, start, end in defs:
        fam = _family(question, d.concept)
        # what it is said to be stops at the next thing it is compared with (unpunctuated speech
        # runs on into the next definition: "prefill 是… decode 阶段…")
        cut = min(
            (
                p.start
                for c in fam
                for p in rd.occs.get(c, [])
                if start <= p.start < end and not _compared(p, sent)
            ),
            default=end,
        )
        # the compared thing at the cut may be what it is said to be ("MRR is … in the top k")
        inside = [
            o
            for o in said
            if o.start != IMPLIED and (start <= o.start < cut or o.start == cut < end)
        ]
        if owner in fam and inside and not any(_compared(o, sent) for o in inside):
            return True
        if owner == d.concept and any(o.start == d.start for o in said):
            for c, occs in rd.occs.items():
                others = described.get(c, frozenset())
                if c in fam or len(others) != 1 or not others <= fam:
                    continue
                if any(start <= p.start < cut and not _compared(p, sent) for p in occs):
                    return True
    return False


def _split(combo: Sequence[Occ], sent: Sentence) -> bool:
    """With three or more parts, all but the first (the subject) must sit in one clause."""
    tail = [o for o in combo[1:] if o.start != IMPLIED]
    return len(combo) >= 3 and len({sent.clause(o.start) for o in tail}) > 1


def _directions(
    claim: Claim, combo: Sequence[Occ], sent: Sentence, at: dict[str, int] | None = None
) -> dict[str, int]:
    """Bind each direction word to the nearest changing term in its clause (closest pairs first).
    `at`, when given, receives where each directly bound direction word starts."""
    pairs = []
    for o in combo:
        if o.concept not in claim.change or o.start == IMPLIED:
            continue
        cl = sent.clause(o.start)
        for k, (ds, de, sign) in enumerate(sent.directions):
            if not cl[0] <= ds < cl[1]:
                continue
            gap = ds - o.end if ds >= o.end else o.start - de
            if 0 <= gap <= MAX_DIRECTION_GAP:
                pairs.append((gap, o.concept, k, sign))
    bound: dict[str, int] = {}
    used: set[int] = set()
    for _, concept, k, sign in sorted(pairs):
        if concept in bound or k in used:
            continue
        bound[concept] = sign
        used.add(k)
        if at is not None:
            at[concept] = sent.directions[k][0]
    for o in combo:
        if o.concept in claim.change and o.concept not in bound and o.start != IMPLIED:
            borrowed = _elided_direction(o, sent, used)
            if borrowed is not None:
                bound[o.concept] = borrowed
    for o in combo:
        if o.concept in claim.change and o.concept not in bound and o.start != IMPLIED:
            tied = _tied_direction(o, combo, bound, sent)
            if tied is not None:
                bound[o.concept] = tied
    return bound


def _tied_direction(
    o: Occ, combo: Sequence[Occ], bound: dict[str, int], sent: Sentence
) -> int | None:
    """A quantity tied to another by "grows with" / "随" / "proportional to" in the same clause
    moves the way the other was said to move ("memory grows with the vocabulary": both up;
    "参数随词表大小线性增长"; "inversely proportional": the opposite way)."""
    cl = sent.clause(o.start)
    for p in combo:
        if p is o or p.concept not in bound or p.start == IMPLIED or sent.clause(p.start) != cl:
            continue
        lo, hi = min(o.start, p.start), max(o.end, p.end)
        for ts, te, sign in sent.covary:
            if lo <= ts and te <= hi + 8 and ts < hi:
                return bound[p.concept] * sign
    return None


def _elided_direction(o: Occ, sent: Sentence, used: set[int]) -> int | None:
    """A clause of only a term (and a negation) shares the verb, the direction, of the clause
    next to it: "saves memory, not compute" (before), "Top-p, if you make it lower, …" (after)."""
    start, end = sent.clause(o.start)
    text = sent.text
    rest = text[start : o.start] + text[o.end : end]
    for ns, ne, _, _ in sent.negations:
        if start <= ns < end:
            rest = rest.replace(text[ns:ne], " ", 1)
    if not _only_fillers(rest, lexicon()):
        return None
    if start > sent.start:
        prev = sent.clause(start - 1)
        before = [
            d for k, d in enumerate(sent.directions) if prev[0] <= d[0] < prev[1] and k not in used
        ]
        if before:
            return before[-1][2]
    if end < sent.end:
        nxt = sent.clause(end)
        after = [
            d for k, d in enumerate(sent.directions) if nxt[0] <= d[0] < nxt[1] and k not in used
        ]
        if after:
            return after[0][2]
    return None


#: Most characters between a removal word and the thing it removes ("省掉了训练奖励模型",
#: "gets rid of the separate reward model").
PRIVATIVE_GAP = 16


def _sign(
    claim: Claim,
    combo: Sequence[Occ],
    sent: Sentence,
    premise: Mapping[str, str],
    absent: Sequence[tuple[int, int]] = (),
    asserting: bool = False,
) -> tuple[int, bool] | None:
    """The answer's sign for this claim in this sentence and whether a direction was assumed
    (a bare state), or None when it says no direction.

    `absent`: mentions of things the key says are not there or not needed ("no recomputation"),
    outside this claim. A negation that reaches one of them before a term of the claim denies that
    thing, not the claim ("不用再重算前面的 token", "no longer has to redo the prefix": the prefix
    is what is not recomputed, not what is not stored; "前缀不必再算"). For a claim that denies a thing, a removal
    word right before it ("省掉了奖励模型", "gets rid of the reward model") is that denial; for
    a misconception (`asserting`) it also denies a claim that asserts the thing ("DPO 省掉了训练
    奖励模型这一步" does not say DPO trains one)."""

    def covers(ne: int, lo: int, hi: int, o: Occ) -> bool:
        if not lo <= o.start < hi:
            return False
        # the denied thing comes after the cue, before the claim's term or with the term before
        # the cue (topic first: "前缀不必再算")
        return not any(ne <= a and b <= hi and (b <= o.start or o.start < ne) for a, b in absent)

    negated_at = {
        o.concept: sum(1 for _, ne, lo, hi in sent.negations if covers(ne, lo, hi, o))
        for o in combo
    }
    negs = sum(1 for _, ne, lo, hi in sent.negations if any(covers(ne, lo, hi, o) for o in combo))
    # a statement the speaker judges false right after it ("X. Not true.") is denied
    negs += sum(1 for lo, hi in sent.rejected if any(lo <= o.start < hi for o in combo))
    if claim.negated or (asserting and not claim.change):
        for ps, pe in sent.privatives:
            if any(
                o.start != IMPLIED
                and o.concept not in claim.change
                and 0 <= o.start - pe <= PRIVATIVE_GAP
                and sent.clause(ps) == sent.clause(o.start)
                for o in combo
            ):
                negs += 1
    # "X, otherwise Y goes up": a changing quantity in the hypothesis is one X keeps down.
    for lo, hi in sent.hypothetical:
        inside = [o for o in combo if o.concept in claim.change and lo <= o.start < hi]
        for o in inside:
            negated_at[o.concept] += 1
        negs += 1 if inside else 0
    sign = -1 if negs % 2 else 1
    bare = False
    for o in combo:
        sign *= o.pole
    if claim.change:
        where: dict[str, int] = {}
        bound = _directions(claim, combo, sent, where)
        sign *= (-1) ** _deny_changes(combo, where, negated_at, sent, covers)
        changing = [c for c in claim.all if c in claim.change]
        for i, c in enumerate(changing):
            if c in bound:
                sign *= bound[c]
                continue
            occ = next(o for o in combo if o.concept == c)
            if occ.start == IMPLIED:
                if c not in premise:
                    return None
                sign *= 1 if premise[c] == "up" else -1
                continue
            pole = next(o.pole for o in combo if o.concept == c)
            causes = [o.start for o in combo if o.concept in changing[:-1]]
            # "lower top-p makes it deterministic": the effect, said after its cause, may be a
            # bare state; a state said before ("it's about randomness; raise T and…") is not one.
            bare_state = i == len(changing) - 1 and len(changing) >= 2 and occ.start > max(causes)
            if not (bare_state or pole < 0 or negated_at[c]):
                return None
            bare = True
    return sign, bare


def _deny_changes(
    combo: Sequence[Occ],
    where: Mapping[str, int],
    negated_at: dict[str, int],
    sent: Sentence,
    covers: Callable[[int, int, int, Occ], bool],
) -> int:
    """Topic first, then a denied change ("参数没有减少", "the count is not reduced"): a negation
    that stands between a quantity and its bound direction word, and reaches none of the claim's
    terms, denies the change. Marks each such quantity negated; returns how many there are."""
    n = 0
    for o in combo:
        if o.concept not in where or o.start == IMPLIED or negated_at[o.concept]:
            continue
        ds = where[o.concept]
        for ns, ne, lo, hi in sent.negations:
            counted = any(covers(ne, lo, hi, p) for p in combo)
            if not counted and o.end <= ns and ne <= ds < hi:
                negated_at[o.concept] += 1
                n += 1
                break
    return n


def _combos(options: list[list[Occ]]) -> list[tuple[int, tuple[Occ, ...]]]:
    """(width, mentions) of each way to pick one mention per concept: at least one said, none
    overlapping, within MAX_CLAIM_SPAN."""
    combos = []
    for combo in itertools.islice(itertools.product(*options), MAX_COMBINATIONS):
        said = [o for o in combo if o.start != IMPLIED]
        if not said:
            continue
        starts = sorted((o.start, o.end) for o in said)
        if any(a[1] > b[0] for a, b in itertools.pairwise(starts)):
            continue
        width = max(o.end for o in said) - min(o.start for o in said)
        if width <= MAX_CLAIM_SPAN:
            combos.append((width, combo))
    return combos


def _unasserted(said: Sequence[Occ], sent: Sentence, claim: Claim, asserting: bool) -> bool:
    """A misconception said only as a hypothesis ("…, otherwise X") is not asserted. A belief
    reported as others' ("people think X, but…") holds no misconception and credits no
    affirmative claim; a denial read there ("…think X" as not X) still counts."""
    if asserting and any(lo <= o.start < hi for o in said for lo, hi in sent.hypothetical):
        return True
    return (asserting or not claim.negated) and any(
        lo <= o.start < hi for o in said for lo, hi in sent.reported
    )


def _options(
    claim: Claim,
    question: BankQuestion,
    rd: Reading,
    sent: Sentence,
    prev: Sentence | None,
    asserting: bool = False,
) -> list[list[Occ]]:
    """Mentions of each of the claim's concepts in the sentence. An unsaid concept is implied
    when it is a subject of the question, or when it is the claim's first concept (its subject)
    and the sentence before named it ("The KV cache is the problem. It is split into blocks.");
    never when the sentence names one of its rivals."""
    options = []
    for i, c in enumerate(claim.all):
        said = [o for o in rd.occs.get(c, []) if sent.start <= o.start < sent.end]
        if not said and not _rival_named(c, question, rd, sent):
            carried = (
                i == 0
                and len(claim.all) > 1
                and prev is not None
                and any(prev.start <= o.start < prev.end for o in rd.occs.get(c, []))
            )
            if (c in question.subject or carried) and not _own_subject(
                c, claim, question, rd, sent
            ):
                said = [Occ(c, IMPLIED, IMPLIED, 1)]
        elif (
            said
            and not asserting
            and (c in question.subject or i == 0)
            and all(any(lo <= o.start < hi for lo, hi in sent.reported) for o in said)
        ):
            # named only inside a belief reported as others' ("有人以为 X 是…，其实它…"): the
            # speaker's own clause after the correction is about it too (for key points; a
            # misconception needs its subject said by the speaker)
            said = [*said, Occ(c, IMPLIED, IMPLIED, 1)]
        options.append(said)
    return options


def _own_subject(
    unsaid: str, claim: Claim, question: BankQuestion, rd: Reading, sent: Sentence
) -> bool:
    """The sentence names a subject of its own before the claim's other terms ("SFT 就是往里面
    灌知识" after a sentence about the base model), so an unsaid subject is not implied there."""
    rest = [
        o.start
        for c in claim.all
        if c != unsaid
        for o in rd.occs.get(c, [])
        if sent.start <= o.start < sent.end
    ]
    if not rest:
        return False
    first = min(rest)
    subjects = _subject_concepts(question) - set(claim.all)
    return any(sent.start <= o.start < first for c in subjects for o in rd.occs.get(c, []))


def _subject_concepts(question: BankQuestion) -> set[str]:
    """Concepts that open a claim somewhere in the question: the things its sentences are about."""
    claims = [cl for k in question.key_points for cl in k.claims]
    claims += [cl for m in question.misconceptions for cl in m.claims]
    return {cl.all[0] for cl in claims if len(cl.all) > 1}


def _lists_rivals(claim: Claim, question: BankQuestion, rd: Reading, sent: Sentence) -> bool:
    """The sentence names two or more of a family of rivals ("ZeRO-1/2/3 分别切…"), so with
    "respectively" nearness cannot tell which goes with which."""
    for c in claim.all:
        family = [c, *question.concepts[c].rivals]
        named = {f for f in family for o in rd.occs.get(f, []) if sent.start <= o.start < sent.end}
        if len(named) >= 2:
            return True
    return False


def _rival_named(c: str, question: BankQuestion, rd: Reading, sent: Sentence) -> bool:
    rivals = question.concepts[c].rivals
    return any(
        sent.start <= o.start < sent.end and not _compared(o, sent)
        for r in rivals
        for o in rd.occs.get(r, [])
    )


def _evaluate(
    claim: Claim,
    question: BankQuestion,
    rd: Reading,
    asserting: bool = False,
    roles: Roles | None = None,
    owner: str | None = None,
) -> tuple[int, Span] | None:
    """(+1, span) of the first sentence where the claim holds, else (-1, span) of the first
    where it is stated the opposite way, else None. `asserting` (misconceptions): a claim said
    only as a hypothesis ("…, otherwise X") is not asserted."""
    want = claim.sign()
    opposite: tuple[int, Span] | None = None
    for k, sent in enumerate(rd.sents):
        prev = rd.sents[k - 1] if k else None
        options = _options(claim, question, rd, sent, prev, asserting)
        if any(not opts for opts in options) or all(o[0].start == IMPLIED for o in options):
            continue
        if sent.respectively and len(claim.all) > 1 and _lists_rivals(claim, question, rd, sent):
            continue
        absent = [
            (o.start, o.end)
            for c in _absent_concepts(question)
            if c not in claim.all
            for o in rd.occs.get(c, [])
            if sent.start <= o.start < sent.end
        ]
        read = []
        defs: list[tuple[Occ, int, int]] | None = None
        for width, combo in _combos(options):
            said = [o for o in combo if o.start != IMPLIED]
            if _unasserted(said, sent, claim, asserting):
                continue
            if _blocked(said, claim, question, rd.occs, sent) or _split(combo, sent):
                continue
            if defs is None:
                defs = _definitions(question, rd, sent)
            if defs and _misdefined(said, owner, question, rd, defs, sent):
                continue
            if any(
                0 < sum(lo <= o.start < hi for o in said) < len(said) for lo, hi in sent.rejected
            ):
                continue  # half inside a statement judged false, half in the speaker's own
            if roles and _foreign_role(said, roles, question, rd, sent):
                continue
            found = _sign(claim, combo, sent, question.premise, absent, asserting)
            if found is not None:
                read.append((found[1], width, found[0], said))
        if not read:
            continue
        # Said directions beat assumed ones; then the tightest reading.
        _, _, sign, said = min(read, key=lambda r: (r[0], r[1]))
        if sign == want:
            return 1, _span(rd, sent, said)
        if opposite is None:
            opposite = (-1, _span(rd, sent, said))
    return opposite


_ABSENT: dict[str, frozenset[str]] = {}


def _absent_concepts(question: BankQuestion) -> frozenset[str]:
    """Things a key point of the question says are not there or not needed: the concepts of its
    one-concept denial claims ("no recomputation", "no value model", "not reserved up front")."""
    if question.id not in _ABSENT:
        _ABSENT[question.id] = frozenset(
            cl.all[0]
            for k in question.key_points
            for cl in k.claims
            if cl.negated and len(cl.all) == 1
        )
    return _ABSENT[question.id]


Roles = dict[str, frozenset[str]]
_ROLES: dict[tuple[str, str, int], Roles] = {}


def _roles(question: BankQuestion, point: KeyPoint | Misconception, k: int) -> Roles:
    """Whom claim `k` of a point is said of, read off the point's own zh and en sentences: for a
    claim that names no concept with rivals ("one random, the other zero"), the rival-bearing
    concept said just before each of its concepts in the same clause there ("B is initialised to
    zero (A randomly)": zero is B's, random is A's). When the sentences name none, the point is
    about what the question is about: when the question has one subject and it has rivals, its
    concepts are said of that subject ("No separate reward model" is DPO's, so "PPO doesn't need a reward model" tells it
    of PPO). Cached per claim; the point's two sentences are read once for all its claims."""
    key = (question.id, point.id, k)
    if key not in _ROLES:
        bearing = {c for c, concept in question.concepts.items() if concept.rivals}
        readings: list[Reading] = []
        for j, claim in enumerate(point.claims):
            roles: dict[str, set[str]] = {}
            if not bearing & set(claim.all):
                if not readings:
                    readings = [prepare(question, text) for text in (point.zh, point.en)]
                for rd in readings:
                    for sent in rd.sents:
                        for c in claim.all:
                            for o in rd.occs.get(c, []):
                                if not sent.start <= o.start < sent.end:
                                    continue
                                lo = sent.clause(o.start)[0]
                                before = [
                                    r
                                    for b in bearing
                                    for r in rd.occs.get(b, [])
                                    if lo <= r.start and r.end <= o.start
                                ]
                                if before:
                                    nearest = max(before, key=lambda r: r.start).concept
                                    roles.setdefault(c, set()).add(nearest)
            subjects = bearing & set(question.subject)
            if (
                not roles
                and len(question.subject) == 1
                and subjects
                and not bearing & set(claim.all)
            ):
                roles = {c: set(subjects) for c in claim.all}
            _ROLES.setdefault(
                (question.id, point.id, j), {c: frozenset(r) for c, r in roles.items()}
            )
    return _ROLES[key]


def _foreign_role(
    said: Sequence[Occ], roles: Roles, question: BankQuestion, rd: Reading, sent: Sentence
) -> bool:
    """A claim that names no concept with rivals ("one random, the other zero") is said of each
    of its words' clause subject, the nearest role or rival said before the word in its clause:
    when that is a rival of the word's role in the key ("A starts at zero and B is random"), the
    words are said of the rival. A rival denied or only compared does not count; the topic a
    denial follows ("PPO 不需要奖励模型") does. A label a colon closes ("PPO: no reward model")
    is the subject of the clause after it."""
    for part in said:
        own = roles.get(part.concept)
        if not own:
            continue
        family = {r for role in own for r in question.concepts[role].rivals} | own
        clause = sent.clause(part.start)
        start = clause[0]
        if start > sent.start and sent.text[:start].rstrip().endswith((":", "：")):
            start = sent.clause(start - 1)[0]
        before = [
            o
            for c in family
            for o in rd.occs.get(c, [])
            if start <= o.start
            and o.end <= part.start
            and not _compared(o, sent)
            and not any(ne <= o.start < hi for _, ne, _, hi in sent.negations)
        ]
        if before and max(before, key=lambda o: o.start).concept not in own:
            return True
    return False


def _span(rd: Reading, sent: Sentence, combo: Sequence[Occ]) -> Span:
    """The clauses holding the claim's terms, as exact text of the answer."""
    start = sent.clause(min(o.start for o in combo))[0]
    end = sent.clause(max(o.start for o in combo))[1]
    text = rd.norm.text
    while start < end and not text[start].strip():
        start += 1
    while end > start and (not text[end - 1].strip() or text[end - 1] in ",，、;；"):
        end -= 1
    a, b = rd.norm.span(start, end)
    return Span(start=a, end=b, text=rd.norm.original[a:b])


def _signed(claim: Claim) -> bool:
    """A claim that says which way a relation goes (a direction or a denial)."""
    return bool(claim.change) or claim.negated


def _claims(
    claims: Sequence[Claim],
    question: BankQuestion,
    rd: Reading,
    asserting: bool = False,
    point: KeyPoint | Misconception | None = None,
    wrong: Sequence[tuple[Span, set[str]]] = (),
) -> tuple[Span | None, Span | None]:
    """(span where one claim holds, span where one is stated the opposite way).

    For a key point, a claim that only names things together ("β … the reference model") does
    not hold when the answer states the opposite of a signed claim over the same relation (one
    whose concepts include all of the plain claim's: "a SMALLER β keeps it closer to the
    reference"): the answer named the relation and got its direction wrong. A signed claim that
    holds still counts."""
    holds = opposite = None
    plain: list[tuple[Claim, Span]] = []
    reversed_sets: list[set[str]] = []
    for k, claim in enumerate(claims):
        roles = _roles(question, point, k) if point is not None else {}
        owner = None if asserting else _owner(question, point)
        found = _evaluate(claim, question, rd, asserting, roles, owner)
        if found is None:
            continue
        verdict, span = found
        if verdict > 0:
            if asserting or _signed(claim):
                holds = holds or span
            else:
                plain.append((claim, span))
        else:
            opposite = opposite or span
            if _signed(claim):
                reversed_sets.append(set(claim.all))
    if holds is None:
        for claim, span in plain:
            mine = set(claim.all)
            if any(mine <= r for r in reversed_sets):
                continue
            if any(_overlaps(span, w) and mine & concepts for w, concepts in wrong):
                continue
            holds = span
            break
    return holds, opposite


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def detect(question: BankQuestion, answer: str, lang: str | None = None) -> KeyPointResult:
    """Key points hit (with spans), missed, contradicted, and misconceptions asserted.

    `lang` is accepted for symmetry with the reading layer; terms of both languages are always
    read, because answers mix them ("我们用 RAG 做 retrieval").
    """
    del lang
    rd = prepare(question, answer or "")
    wrong = []
    for m in question.misconceptions:
        holds, _ = _claims(m.claims, question, rd, asserting=True, point=m)
        if holds is not None:
            wrong.append(AssertedMisconception(id=m.id, span=holds, correction=m.correction))
    # Where a misconception is asserted, the words it shares with a key point are the wrong
    # relation: a key point's plain claim (names together, no direction or denial) is not credited
    # from that clause, nor anywhere over a subset of the misconception's concepts.
    vetoes = [
        (w.span, set(cl.all))
        for w in wrong
        for m in question.misconceptions
        if m.id == w.id
        for cl in m.claims
    ]
    hit, missed, contradicted = [], [], []
    for kp in question.key_points:
        holds, opposite = _claims(kp.claims, question, rd, point=kp, wrong=vetoes)
        if holds is not None:
            hit.append(HitPoint(id=kp.id, span=holds))
            continue
        if opposite is not None:
            missed.append(kp.id)
            contradicted.append(HitPoint(id=kp.id, span=opposite))
            continue
        said = credit(kp, question, rd, [w.span for w in wrong])
        if said is not None:
            hit.append(HitPoint(id=kp.id, span=said))
            continue
        missed.append(kp.id)
    # A misconception told in other words: its own sentence covered word by word where the
    # relational reading had no say, never from a sentence that states a key point.
    told = [h.span for h in hit] + [w.span for w in wrong]
    for m in question.misconceptions:
        if any(w.id == m.id for w in wrong):
            continue
        said = misconception_said(m, question, rd, told)
        if said is not None:
            wrong.append(AssertedMisconception(id=m.id, span=said, correction=m.correction))
    total = sum(k.weight for k in question.key_points)
    got = sum(k.weight for k in question.key_points if k.id in {h.id for h in hit})
    return KeyPointResult(
        question_id=question.id,
        hit=hit,
        missed=missed,
        contradicted=contradicted,
        misconceptions=wrong,
        coverage=round(got / total, 3) if total else 0.0,
    )
