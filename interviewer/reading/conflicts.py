"""Numbers said now that cannot be squared with the résumé or an earlier answer.

Only quantities that are facts about the work are compared (results, team size, duration,
cost, hardware, counts, data and sample sizes). A said number meets a claim of the same kind of
measure (a rate, a process time, a project's span, money, people, GPUs, model size, an amount of
things) when nothing says they differ (another family of measure, another statistic, another
counted thing, a wider group) and something says they are the same: the quantities module's
`same_measure`, the counted noun, the question or sentence naming the claim's measure, a fact a
project has only one of (its team, its span, its GPUs, its model), or a bare number answering a
question whose project claims only one measure of that kind. Spoken answers lean on the
question: "About 450." to "How fast is search now?" is the p95 asked about, "before it was
0.9 s" a baseline, "we saved 15k" a change, "added 150 more" an addition. When an answer gives
several values of one claimed measure, the last is its headline and the earlier ones are steps
on the way; when it gives several team sizes and one is the claimed team, the rest are other
groups. `values.values_agree` decides whether two values of one measure can be squared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interviewer.reading import numbers
from interviewer.reading.model import Conflict, Quantity, Span
from interviewer.reading.relevance import terms_of
from interviewer.reading.text import sentence_spans
from interviewer.reading.values import is_delta, on_path, values_agree, within
from interviewer.reading.vocab import require, vocab
from interviewer.types import Resume

require(
    "numbers",
    "baseline_cue",
    "saving_cue",
    "addition",
    "not_subject",
    "now_cue",
    "project_time",
    "train_cue",
    "serve_cue",
    "peak",
    "subset",
    "other_scope",
    "statistic",
    *(f"per_{p}" for p in ("day", "week", "month", "year")),
)
_LEVEL = re.compile(r"\b(?:to|at|reached|hit|hits|reach)\b|到|至|为", re.IGNORECASE)
_MONEY = frozenset({"usd", "cny", "eur", "gbp"})
_PERIOD_HOURS = {"day": 24.0, "week": 168.0, "month": 730.0, "year": 8760.0}
#: One of these per project: the same kind on both sides is the same measure.
_SINGLE = frozenset({"people", "span", "gpu", "params"})
#: A project's span of time (a week or more told as a duration) vs the time a process takes.
_SPAN_HOURS = 168.0
#: Units a bare number may take from the claim it answers ("About 450." → ms, "Six." → people).
_BORROWED = frozenset({"ms", "h", "count", "people", "qps", *_MONEY})
_NOT_NOUNS = frozenset({"ones", "one", "them", "more", "times", "others", "of", "later", "each"})
_CLAUSE_CUT = re.compile(r"[,，;；:：、]|\band\b|\bbut\b|但|而")


@dataclass(frozen=True)
class Side:
    """A quantity on one side of a comparison, with what its sentence says about it."""

    q: Quantity
    sentence: str
    per: float | None
    """Hours of the period a count or an amount of money is told per ("a day" → 24)."""
    head: str = ""
    """The number's clause up to it ("Bias stayed within")."""
    cond: str = ""
    """`peak` (at the busiest time), `part` (a part of an amount said before) or ``."""
    tail: str = ""
    """The number's clause after it ("false-positive rate")."""

    @property
    def kind(self) -> str:
        return _kind(self.q)


def _kind(q: Quantity) -> str:
    if q.unit in _MONEY:
        return "money"
    if q.unit in ("ms", "h"):
        hours = q.value / 3_600_000 if q.unit == "ms" else q.value
        return "span" if hours >= _SPAN_HOURS else "time"
    if q.unit == "people" or q.role == "team_size":
        return "people"
    if q.unit in ("gpu", "params"):
        return q.unit
    if q.unit in ("count", "bytes", "tokens"):
        return f"amount:{q.unit}"
    if q.unit in ("%", "pp", "x", ""):
        return "rate"
    return q.unit


def _side(text: str, q: Quantity) -> Side:
    sentence = next((text[s:e] for s, e in sentence_spans(text) if s <= q.start < e), text)
    head = _CLAUSE_CUT.split(text[max(0, q.start - 40) : q.start])[-1]
    tail = _CLAUSE_CUT.split(text[q.end : q.end + 40])[0]
    clause = f"{head} {q.text} {tail}"
    v = vocab()
    at = text.find(sentence)
    before = sentence[: max(0, q.start - at)] if at >= 0 else head
    cond = "peak" if v["numbers.peak"].search(clause) else ""
    cond = cond or ("part" if v["numbers.subset"].search(f"{before} {clause}") else "")
    return Side(q, sentence, _period(text, q), head, cond, tail)


def _period(text: str, q: Quantity) -> float | None:
    """The period a count or money is told per, from the clause around it."""
    if not (q.unit in _MONEY or q.unit in ("count", "bytes", "tokens", "")):
        return None
    lo = max(0, q.start - 12)
    cut = [m.end() for m in _CLAUSE_CUT.finditer(text, lo, q.start)]
    lo = cut[-1] if cut else lo
    after = _CLAUSE_CUT.search(text, q.end)
    hi = min(after.start() if after else len(text), q.end + 30)
    window = text[lo:hi]
    for name, hours in _PERIOD_HOURS.items():
        if vocab()[f"numbers.per_{name}"].search(window):
            return hours
    return None


def resume_claims(resume: Resume | None, project: str | None, answer: str) -> list[Side]:
    """Quantities of the résumé lines about the project under discussion (or named in the answer)."""
    if resume is None:
        return []
    projects = [p for p in resume.projects if project and p.name.strip() == project.strip()]
    if not projects:
        projects = [p for p in resume.projects if p.name and p.name.lower() in answer.lower()]
    if not projects and len(resume.projects) == 1:
        projects = list(resume.projects)
    out: list[Side] = []
    for p in projects:
        for bullet in p.bullets:
            out += [
                _side(bullet, q)
                for q in numbers.extract(bullet)
                if q.role in numbers.COMPARED_ROLES
            ]
    return out


def earlier_claims(exchanges: list[tuple[str, str]]) -> list[Side]:
    """Quantities of earlier answers; one with no subject is about what its question asked."""
    out: list[Side] = []
    for question, answer in exchanges:
        for q in numbers.extract(answer):
            if q.role in numbers.COMPARED_ROLES:
                side = _side(answer, _as_said(answer, q, question))
                if not _specific(q):
                    subject = f"{q.subject} {question}".strip()
                    side = Side(side.q.model_copy(update={"subject": subject}), *_rest(side))
                out.append(side)
    return out


def _rest(side: Side) -> tuple[str, float | None, str, str, str]:
    return side.sentence, side.per, side.head, side.cond, side.tail


def _as_said(text: str, q: Quantity, question: str) -> Quantity:
    """The quantity as the answer means it: an addition, a change, a starting point, or the
    level things are at. Cues count in the number's own clause ("以前六分钟一张，现在四十秒"
    gives a baseline and a level), the question's only when the clause says nothing of its own."""
    where = next((text[s:e] for s, e in sentence_spans(text) if s <= q.start < e), "")
    at = text.find(where) if where else q.start
    head = text[at : q.start] if where else ""
    near = _CLAUSE_CUT.split(head[-40:])[-1] + " " + _CLAUSE_CUT.split(text[q.end : q.end + 40])[0]
    v = vocab()
    now = v["numbers.now_cue"].search(near) is not None
    cue = f"{near} {question}" if not now else near
    update: dict[str, object] = {}
    if q.baseline is None and v["numbers.addition"].search(near):
        update.update(direction="up", result=None)  # "added about 150 harder ones": a change
    elif q.role in ("result", "cost", "count", "other") and q.baseline is None:
        if v["numbers.saving_cue"].search(cue):
            update.update(role="result", direction=q.direction or "down", result=None)
        elif v["numbers.baseline_cue"].search(cue):
            update["role"] = "baseline"
        elif q.direction and q.result is None and _LEVEL.search(q.text):
            update["result"] = q.value  # "down to seven minutes" is where it ended, not by how much
    elif q.role not in ("baseline", "intermediate") and v["numbers.baseline_cue"].search(near):
        update["role"] = "baseline"  # "it was 58 before"
    return q.model_copy(update=update) if update else q


# ---------------------------------------------------------------- is it the same measure?


def _noun(q: Quantity) -> set[str]:
    """The things counted ("tickets", "query eval set", "通话录音"), as terms; empty when not said."""
    if q.unit != "count" or not q.raw_unit:
        return set()
    raw = re.sub(r"^[个条篇项次家款套张台份例起道通位名]", "", q.raw_unit)
    raw = re.sub(r"(?:左右|上下|出头|多|来|吧|了|呢)+$", "", raw)
    if not re.search(r"[A-Za-z]", raw):
        return _terms(raw, drop_generic=False) if len(raw) >= 2 else set()
    words: set[str] = set()
    for w in re.findall(r"[A-Za-z][\w-]*", raw.lower()):
        if w.endswith(("ing", "ed")) and words:
            break  # "five reviewers going through": the noun ends before the verb
        if w not in _NOT_NOUNS:
            words.add(_singular(w))
    return words


def _terms(text: str, *, drop_generic: bool) -> set[str]:
    """Specific words cut to five letters ("escalated", "Escalation" meet), Chinese pairs."""
    return {t[:5] for t in terms_of(text, drop_generic=drop_generic)}


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _stats(side: Side, extra: str = "") -> set[str]:
    found = vocab()["numbers.statistic"].finditer(f"{side.q.subject} {side.q.text} {extra}")
    return {m.group().lower().replace("th", "") for m in found}


def _differ(said: Side, claim: Side, sentence: str) -> bool:
    """Known to be different measures: two families, two statistics (median vs p95), two
    counted things (clinics vs doctors), or a wider group than the project (a department)."""
    a, b = said.q, claim.q
    fa, fb = a.family or _family_near(said), b.family or _family_near(claim)
    if fa and fb and fa != fb:
        return True
    va, vb = _variants(f"{a.subject} {a.text}"), _variants(f"{b.subject} {b.text}")
    if any(va[m] != vb[m] for m in va.keys() & vb.keys()):
        return True  # ROUGE-1 vs ROUGE-L, recall@5 vs recall@10, top-1 vs top-5
    mine, theirs = _stats(said, sentence), _stats(claim, claim.sentence)
    if mine and theirs and not mine & theirs:
        return True
    na, nb = _noun(a), _noun(b)
    if na and nb and not na & nb:
        return True
    if said.kind == "gpu" and {_purpose(sentence), _purpose(claim.sentence)} == {"train", "serve"}:
        return True  # GPUs to train and GPUs to serve are two facts
    scope = vocab()["numbers.other_scope"]
    return bool(scope.search(f"{a.subject} {sentence}")) != bool(scope.search(b.subject))


def _family_near(side: Side) -> str:
    """The measure named right after the number when the reader found none ("at 0.4%
    false-positive rate")."""
    from interviewer.quantities.subject import family_of

    return family_of(side.tail.replace("-", " ")) if side.tail else ""


_VARIANT = re.compile(
    r"(?i)\b(rouge|bleu|recall|precision|hit|top|ndcg|map|mrr|acc|accuracy|pass)"
    r"\s*[@-]?\s*(\d+|l|lsum|k)\b"
)


def _variants(text: str) -> dict[str, str]:
    """Metric name → its variant ("rouge" → "1", "recall" → "10")."""
    return {m.group(1).lower(): m.group(2).lower() for m in _VARIANT.finditer(text)}


def _purpose(sentence: str) -> str:
    train = vocab()["numbers.train_cue"].search(sentence) is not None
    serve = vocab()["numbers.serve_cue"].search(sentence) is not None
    return "train" if train and not serve else "serve" if serve and not train else ""


def _named(context: str, claim: Quantity) -> bool:
    """The question or sentence names what the claim measures ("How precise..." / precision)."""
    counted = claim.raw_unit if claim.unit == "count" else ""
    words = vocab()["numbers.not_subject"].pattern
    subject = words.sub(" ", claim.subject) if words else claim.subject
    for per in ("day", "week", "month", "year"):
        pattern = vocab()[f"numbers.per_{per}"].pattern
        subject = pattern.sub(" ", subject) if pattern else subject
    named = _terms(f"{subject} {claim.family} {counted}", drop_generic=True)
    return bool(named and named & _terms(context, drop_generic=True))


def _in_claim(said: Quantity, claim: Side) -> bool:
    """What the said number is about appears in the claim's own line ("300 GB of logs" / "Ingests
    3 TB of logs per day")."""
    mine = _subject_terms(said)
    return bool(mine and mine & _terms(claim.sentence, drop_generic=True))


def _subject_terms(q: Quantity) -> set[str]:
    subject = vocab()["numbers.not_subject"].pattern
    text = subject.sub(" ", q.subject) if subject else q.subject
    return _terms(text, drop_generic=True)


def _specific(q: Quantity) -> bool:
    """The said number names its own measure (not a bare "About 450." or "It's 2 hours")."""
    return bool(q.family or _subject_terms(q))


def _strength(said: Side, claim: Side, context: str, unique: bool) -> int:
    """How sure a pairing is: 3 the same measure by name, 2 the question names it, 1 a fact the
    project has one of, 0 not paired."""
    if numbers.same_measure(said.q, claim.q) or (_noun(said.q) & _noun(claim.q)):
        return 3
    if _named(context, claim.q) or _in_claim(said.q, claim):
        return 2
    single = said.kind in _SINGLE and (
        said.kind != "span"
        or (
            vocab()["numbers.project_time"].search(context) is not None
            and (not _activity(said.q) or _in_claim(said.q, claim))
        )
    )
    if single or (
        unique and _typed(said.q) and not _specific(said.q) and not _elsewhere(said, claim)
    ):
        return 1
    return 0


def _activity(q: Quantity) -> bool:
    """A span told about some activity other than the project ("two weeks to label", "标注数据
    花了两周"), not "from kickoff to launch" or "前后两年"."""
    project = vocab()["numbers.project_time"].pattern
    subject = project.sub(" ", q.subject) if project else q.subject
    return bool(_subject_terms(q.model_copy(update={"subject": subject})))


def _typed(q: Quantity) -> bool:
    """The unit says what kind of measure it is (a bare "four" or "600 条" does not)."""
    return q.unit not in ("", "count") or bool(_noun(q))


def _elsewhere(said: Side, claim: Side) -> bool:
    """The number's clause names something the claim does not ("Bias stayed within 2%")."""
    words = vocab()["numbers.not_subject"].pattern
    head = words.sub(" ", said.head) if words else said.head
    mine = _terms(head, drop_generic=True)
    return bool(mine) and not mine & _terms(claim.sentence, drop_generic=True)


def _candidates(said: Side, claims: list[Side], question: str) -> list[tuple[Side, Side]]:
    """(said, claim) pairs `said` may be about, the strongest evidence only. Weaker readings
    pair only when the question or sentence names the claim's measure: a bare number taking
    the claim's unit ("About 450." to a question about a p95 in ms), a multiple ("doubled")
    or a percentage change ("dropped 60%") against any claimed change."""
    context = f"{said.sentence} {question}"
    alike: list[tuple[Side, Side, bool]] = []
    for c in claims:
        s, any_kind = said, said.q.unit in ("x", "%") and is_delta(said.q)
        weak = any_kind
        if said.q.unit == "" and c.q.unit in _BORROWED and said.q.value > 1:
            s, weak = Side(said.q.model_copy(update={"unit": c.q.unit}), *_rest(said)), True
        if (s.kind == c.kind or any_kind) and not _differ(s, c, said.sentence):
            alike.append((s, c, weak))
    unique = len([c for _, c, weak in alike if not weak]) == 1
    scored = [
        (_strength(s, c, context, unique and not weak), s, c)
        for s, c, weak in alike
        if not weak or _strength(s, c, context, False) >= 2
    ]
    best = max((n for n, _, _ in scored), default=0)
    if best == 0 and said.per:  # "每周三千张" and one claim told per period: a volume
        periodic = [(s, c) for s, c, weak in alike if c.per and not weak]
        return periodic if len(periodic) == 1 else []
    return [(s, c) for n, s, c in scored if n == best and n > 0]


# ---------------------------------------------------------------- conflicts

Pairs = list[tuple[Side, Side]]


def find_conflicts(
    text: str,
    said: list[Quantity],
    resume: list[Side],
    earlier: list[Side],
    question: str = "",
) -> list[Conflict]:
    """One conflict per said quantity at most (the résumé first, then earlier answers)."""
    sides = [
        _side(text, _as_said(text, q, question))
        for q in said
        if q.role in numbers.COMPARED_ROLES and not _is_question(text, q)
    ]
    out: list[Conflict] = []
    done: set[int] = set()
    for source, claims in (("resume", resume), ("earlier", earlier)):
        paired = [(s, _candidates(s, claims, question)) for s in sides]
        for s, pairs in paired:
            if id(s) in done or not pairs or _squares(s, pairs, paired):
                continue
            done.add(id(s))
            out.append(_conflict(text, *pairs[0], source))
    return sorted(out, key=lambda c: c.said.start)


def _squares(s: Side, pairs: Pairs, paired: list[tuple[Side, Pairs]]) -> bool:
    """Some claim it may be about can be squared with it, given the rest of the answer."""
    for mine, c in pairs:
        if mine.cond and mine.cond != c.cond:
            if within(
                mine.q, c.q, at_least=mine.cond == "peak", said_per=mine.per, claim_per=c.per
            ):
                return True
            continue
        if values_agree(mine.q, c.q, mine.per, c.per):
            return True
        others = [o2 for o, op in paired if o is not s for o2, oc in op if oc is c]
        if c.kind in _SINGLE and any(values_agree(o.q, c.q, o.per, c.per) for o in others):
            return True  # "five engineers, and two lawyers helped": the others are other groups
        later = [o for o in others if o.q.start > mine.q.start]
        if c.kind not in _SINGLE and later and on_path(mine.q, c.q):
            return True  # an earlier value of a measure the answer gives again: a step
    return False


def _is_question(text: str, q: Quantity) -> bool:
    """A number in a question back ("after six months?") asserts nothing."""
    sentence = next((text[s:e] for s, e in sentence_spans(text) if s <= q.start < e), "")
    return sentence.rstrip().endswith(("?", "？"))


def _conflict(text: str, s: Side, c: Side, source: str) -> Conflict:
    return Conflict(
        said=Span(start=s.q.start, end=s.q.end, text=text[s.q.start : s.q.end]),
        said_value=s.q.value,
        other_text=c.q.text,
        other_value=c.q.value,
        source=source,  # type: ignore[arg-type]
        measure=c.q.family or c.q.subject,
        unit=c.q.unit,
    )
