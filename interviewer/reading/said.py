"""How a number is meant in its sentence: a level, a starting point, a change, an addition, a
value at the busiest time or a part of a whole, told per day or per month, and the kind of
measure it is (a rate, a process time, a project's span, money, people, GPUs, model size, an
amount of things). Both sides of a comparison are read the same way (`Side`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from interviewer.reading import numbers
from interviewer.reading.model import Quantity
from interviewer.reading.text import sentence_spans, unfill
from interviewer.reading.vocab import require, vocab

require(
    "numbers",
    "baseline_cue",
    "saving_cue",
    "addition",
    "now_cue",
    "peak",
    "subset",
    "pilot",
    "again",
    "hourly_money",
    "per_item",
    "comparator",
    "start_opener",
    "after_frame",
    *(f"per_{p}" for p in ("day", "week", "month", "year")),
)
MONEY = frozenset({"usd", "cny", "eur", "gbp"})
_PERIOD_HOURS = {"day": 24.0, "week": 168.0, "month": 730.0, "year": 8760.0}
#: One of these per project: the same kind on both sides is the same measure.
SINGLE = frozenset({"people", "span", "gpu", "params"})
#: A project's span of time (a week or more told as a duration) vs the time a process takes.
_SPAN_HOURS = 168.0
CLAUSE_CUT = re.compile(r"[,，;；:：、。!?！？]|\.(?=\s|$)|\band\b|\bbut\b|但|而")


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
    """`peak` (at the busiest time), `part` (a part of an amount said before), `trial` (told of
    a pilot) or ``."""
    tail: str = ""
    """The number's clause after it ("false-positive rate")."""
    each: bool = False
    """Told per item or per event ("$300 each time", "two cents per query", 每次)."""

    @property
    def kind(self) -> str:
        return kind_of(self.q)


def kind_of(q: Quantity) -> str:
    if q.unit in MONEY:
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
    if q.unit == "" and q.role in ("count", "data_size", "sample_size") and q.value >= 100:
        return "amount:count"  # "日均会话 8 万": things counted, though no noun follows
    if q.unit in ("%", "pp", "x", ""):
        return "rate"
    return q.unit


def side_of(text: str, q: Quantity) -> Side:
    text = unfill(text)
    sentence = next((text[s:e] for s, e in sentence_spans(text) if s <= q.start < e), text)
    head = CLAUSE_CUT.split(text[max(0, q.start - 40) : q.start])[-1]
    tail = CLAUSE_CUT.split(text[q.end : q.end + 40])[0]
    clause = f"{head} {q.text} {tail}"
    v = vocab()
    at = text.find(sentence)
    before = sentence[: max(0, q.start - at)] if at >= 0 else head
    cond = "peak" if v["numbers.peak"].search(clause) else ""
    part = q.unit not in ("%", "pp") and v["numbers.subset"].search(f"{before} {clause}")
    cond = cond or ("part" if part else "")  # "three out of four" is a share, not a part
    each = v["numbers.per_item"].search(f"{head} {q.text} {tail}") is not None or (
        q.unit in MONEY and v["numbers.hourly_money"].search(f"{q.text} {tail}") is not None
    )  # "$160 an hour": a rate, like "$300 each time"
    return Side(q, sentence, _period(text, q), head, cond, tail, each)


def _period(text: str, q: Quantity) -> float | None:
    """The period a count or money is told per, from the clause around it."""
    if not (q.unit in MONEY or q.unit in ("count", "bytes", "tokens", "")):
        return None
    lo = max(0, q.start - 12)
    cut = [m.end() for m in CLAUSE_CUT.finditer(text, lo, q.start)]
    lo = cut[-1] if cut else lo
    after = CLAUSE_CUT.search(text, q.end)
    hi = min(after.start() if after else len(text), q.end + 30)
    window = text[lo:hi]
    for name, hours in _PERIOD_HOURS.items():
        if vocab()[f"numbers.per_{name}"].search(window):
            return hours
    return None


def trial(side: Side) -> Side:
    """A said amount, team or span told of a trial ("started with 3 pilot teams", 先在两个业务线
    灰度了两周) is a part of the whole the résumé claims, not the whole — unless the claim is
    about the trial too ("rated by 60 pilot users")."""
    clause = f"{side.head} {side.q.text} {side.tail}"
    if side.cond or side.q.unit not in ("count", "people", "h"):
        return side
    return replace(side, cond="trial") if vocab()["numbers.pilot"].search(clause) else side


def as_said(text: str, q: Quantity, question: str) -> Quantity:
    """The quantity as the answer means it: an addition, a change, a starting point, or the
    level things are at. Cues count in the number's own clause ("以前六分钟一张，现在四十秒"
    gives a baseline and a level), the question's only when the clause says nothing of its own."""
    text = unfill(text)
    where = next((text[s:e] for s, e in sentence_spans(text) if s <= q.start < e), "")
    at = text.find(where) if where else q.start
    head = text[at : q.start] if where else ""
    near = CLAUSE_CUT.split(head[-40:])[-1] + " " + CLAUSE_CUT.split(text[q.end : q.end + 40])[0]
    v = vocab()
    said_at = number_at(text, q)
    # a level the number's own words tell as now or as reached ("Top5命中率到了85%") is not the
    # start a question about the starting point asked for: the question's cue does not apply
    now = v["numbers.now_cue"].search(near) is not None or after_start(
        *_whole_sentence(text, said_at)
    )
    reached = q.baseline is None and TO.search(text[max(0, said_at - 12) : said_at]) is not None
    cue = f"{near} {question}" if not (now or reached) else near
    opener = where.split(",")[0] if where.count(" ", 0, where.find(",")) < 2 else ""  # "Before, …"
    update: dict[str, object] = {}
    if (
        q.baseline is None
        and q.result is None
        and FROM.search(text[max(0, said_at - 12) : said_at])
    ):
        # "it went from 61% with the old search to 83%"; "60 ms now, down from 140": where a
        # change started, not its size, whatever direction word sits beside it
        update.update(role="baseline", direction=None)
    elif q.role == "baseline" and TO.search(text[max(0, said_at - 12) : said_at]):
        update["role"] = "result"  # "... with the keyword search baseline to 83%"
    elif q.baseline is None and v["numbers.addition"].search(near):
        update.update(direction="up", result=None)  # "added about 150 harder ones": a change
    elif q.role in ("result", "cost", "count", "other") and q.baseline is None:
        if v["numbers.saving_cue"].search(cue) or _saving_in_span(text, q):
            update.update(role="result", direction=q.direction or "down", result=None)
        elif v["numbers.baseline_cue"].search(cue):
            update["role"] = "baseline"
        elif q.direction and q.result is None and numbers.LEVEL.search(q.text):
            update["result"] = q.value  # "down to seven minutes" is where it ended, not by how much
    elif q.role not in ("baseline", "intermediate") and v["numbers.baseline_cue"].search(
        f"{opener} {near}" if now else f"{opener} {cue}"
    ):
        update["role"] = "baseline"  # "it was 58 before"
    return q.model_copy(update=update) if update else q


def after_start(sentence: str, at: int) -> bool:
    """The figure sits in a clause that opens a frame after the work ("改之后97.5%", "after the
    rework, 97.5%"), told after a clause of the same sentence that opened the starting-point
    frame ("改之前91%，…", "Previously 91%; …"): the later frame ends the earlier one, so the
    figure is the level reached, not a start. A sentence that only opens with "之后" or "then"
    tells a next step of a story, no frame. `at`: where the figure's number starts in it."""
    if at < 0:
        return False
    clauses = [c for c in _CLAUSE_MARK.split(sentence[:at]) if c.strip()]
    if len(clauses) < 2:
        return False
    v = vocab()
    own = clauses[-1] if clauses[-1].strip(" 0123456789.%") else " ".join(clauses[-2:])
    if v["numbers.after_frame"].search(own) is None:
        return False
    earlier = clauses[: -1 if clauses[-1].strip(" 0123456789.%") else -2]
    return any(v["numbers.start_opener"].search(c) is not None for c in earlier)


#: Clause ends: a mark, or a figure's end where speech runs on without one ("改之前是91%改之后是…").
_CLAUSE_MARK = re.compile(r"[,，;；:：]|(?<=[\d%])(?=[^\d.,%\s])")


_SENTENCE_END = re.compile(r"[.。!?！？\n](?!\d)")


def _whole_sentence(text: str, at: int) -> tuple[str, int]:
    """The sentence around offset `at`, semicolons inside it ("Previously 91%; after the
    rework, 97.5%."), with where `at` falls in it."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end = _SENTENCE_END.search(text, at)
    return text[start : end.start() if end else len(text)], at - start


def _saving_in_span(text: str, q: Quantity) -> bool:
    """The span's own verb tells a saving ("stopping about thirty grand"), unless the number is
    a level reached ("cut it down to 30k")."""
    own = text[q.start : number_at(text, q)] if _DIGIT_RUN.search(q.text) else q.text
    return vocab()["numbers.saving_cue"].search(own) is not None and not numbers.LEVEL.search(own)


#: Hedges a spoken start or end may carry ("from like 2,500 … down to maybe a thousand",
#: 降到差不多一千): the number is still the change's start or end.
_HEDGED = (
    r"(?:(?:about|around|roughly|maybe|perhaps|like|approximately|almost|nearly|close\s+to|just"
    r"|only|大约|大概|约|差不多|将近|接近|也就)\s*)*"
)
FROM = re.compile(r"(?:\bfrom|\bstarting at|从|由)\s*" + _HEDGED + r"$", re.I)
TO = re.compile(r"(?:\bto|\breached|\bhit|到了?|至|达到了?)\s*" + _HEDGED + r"$", re.I)
_DIGIT_RUN = re.compile(r"\d[\d,.]*")


def number_at(text: str, q: Quantity) -> int:
    """Where the number itself starts in the answer (its span may open at the subject)."""
    runs = list(_DIGIT_RUN.finditer(text, q.start, q.end))
    return runs[-1].start() if runs else q.start


def figure_at(sentence: str, q: Quantity) -> int:
    """Where the number of `q` starts in `sentence` (-1 when the sentence does not hold it)."""
    at = sentence.find(q.text)
    if at < 0:
        return -1
    runs = list(_DIGIT_RUN.finditer(q.text))
    return at + (runs[-1].start() if runs else 0)


def join_start_and_level(
    sides: list[Side],
    joins: Callable[[Side, Side], bool],
    told: Callable[[Side, Side], dict[str, object]],
) -> list[Side]:
    """A bare starting point followed by a bare level that `joins` it (callers say how near: the
    same sentence, or the next clause) is one change: the level becomes a result with the start
    as its baseline and the start's subject if it names one, plus the fields the caller `told`
    of the pair (which win)."""
    out: list[Side] = []
    for side in sides:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.q.role == "baseline"
            and prev.q.baseline is None
            and side.q.baseline is None
            and joins(prev, side)
        ):
            update = {"role": "result", "baseline": prev.q.value, "result": side.q.value}
            update |= {"subject": prev.q.subject or side.q.subject} | told(prev, side)
            out[-1] = replace(side, q=side.q.model_copy(update=update))
            continue
        out.append(side)
    return out


def from_to(text: str, sides: list[Side]) -> list[Side]:
    """ "from 61% with the keyword search to 83%": a starting point and the level after it in
    one sentence, same unit, are one change."""

    def joins(prev: Side, side: Side) -> bool:
        start, at = number_at(text, prev.q), number_at(text, side.q)
        return (
            prev.sentence == side.sentence
            and prev.q.unit == side.q.unit
            and FROM.search(text[max(0, start - 12) : start]) is not None
            and TO.search(text[max(0, at - 12) : at]) is not None
        )

    return join_start_and_level(
        sides, joins, lambda prev, side: {"family": prev.q.family or side.q.family}
    )


def chained(text: str, sides: list[Side]) -> list[Side]:
    """ "从82%提到89%；之后又提升了七个点": a change told as one more step after a level said
    earlier in the answer starts where that one ended — 89 + 7 = 96 is where it ended."""
    out: list[Side] = []
    for side in sides:
        q = side.q
        prev = next((o for o in reversed(out) if o.q.role != "baseline" or o.q.result), None)
        level = _level_of(prev.q) if prev is not None else None
        if (
            prev is not None
            and level is not None
            and q.direction in ("up", "down")
            and q.result is None
            and q.baseline is None
            and (q.unit == prev.q.unit or {q.unit, prev.q.unit} == {"%", "pp"})
            and vocab()["numbers.again"].search(
                text[max(0, number_at(text, q) - 16) : number_at(text, q)]
            )
        ):
            end = level + q.value if q.direction == "up" else level - q.value
            merged = q.model_copy(
                update={
                    "role": "result",
                    "unit": prev.q.unit,
                    "baseline": prev.q.baseline if prev.q.baseline is not None else level,
                    "result": end,
                    "value": end,
                    "family": q.family or prev.q.family,
                    "subject": q.subject or prev.q.subject,
                }
            )
            out[out.index(prev)] = replace(
                prev, q=prev.q.model_copy(update={"role": "intermediate"})
            )
            out.append(replace(side, q=merged))
            continue
        out.append(side)
    return out


def _level_of(q: Quantity) -> float | None:
    if q.result is not None:
        return q.result
    if q.direction is None and q.role in ("result", "intermediate"):
        return q.value
    return None


#: Kinds of measure whose level, told alone, leaves "compared with what?" open: not counts of
#: things, users or requests, people, GPUs, model sizes or a project's span.
LEVEL_KINDS = frozenset({"rate", "time", "money"})
_OUTCOME_ROLES = frozenset({"result", "intermediate", "cost"})


def outcome_of(text: str, q: Quantity, quantities: list[Quantity]) -> str:
    """What a number of the work leaves a follow-up to ask, by the role it plays in its clause:

    - `level`: a measured rate, time or amount of money told alone, claiming no change
      ("accuracy is 83% on the 700 questions", "usable 88% of the time") — how it was measured
      is open, a before is not (nothing was said to have improved);
    - `reached`: a level told as where an improvement ended, with no start ("accuracy went up
      to 81%", 召回率提升到了 90%, "latency dropped to 300 ms", "the bot now resolves 41%") —
      an improvement is claimed and what it started from is open;
    - `compared`: its comparator is told — a from→to, a change ("went up 6.4%", 快了四成), a
      range, a step on a curve, a second level in its sentence, or a comparator in words
      ("compared with under half using a plain prompt", "within one point of the full model",
      跟全精度比);
    - `volume`: things counted (teams, requests a day, 日均调用) — a scale, not a result;
    - `part`: a share of a set said before or a cut of it ("6 of the 14 categories", "the top
      200");
    - "": not an outcome (a setting, a data size, a team, a duration, hardware).
    """
    if q.role not in _OUTCOME_ROLES and q.role != "count":
        return ""
    kind = kind_of(q)
    side = side_of(text, q)
    if q.role == "count":  # "日均请求约 400 万次": things counted per period are a scale reached
        return "volume" if side.per is not None and kind != "money" else ""
    if side.cond == "part":
        return "part"
    if kind not in LEVEL_KINDS:
        return "volume" if kind.startswith("amount") or kind == "people" else ""
    if side.per is not None and kind != "money":
        return "volume"
    if q.role == "intermediate" or q.baseline is not None or q.bound == "range":
        return "compared"
    if q.direction is not None and not _reached(q):
        return "compared"  # "went up 6.4%", "fell by about a third": a change, told by its size
    if any(
        x is not q and x.role in ("baseline", "intermediate") and kind_of(x) == kind
        for x in quantities
    ):
        return "compared"  # "先是…到了四十万左右；然后…最后到 24 万": the end of a curve told
    if _carried_start(text, q, quantities):
        return "compared"  # "the old median, twenty-one days … it dropped to twelve"
    sentence = next(((s, e) for s, e in sentence_spans(text) if s <= q.start < e), None)
    if sentence is not None:
        s, e = sentence
        if any(
            x is not q and s <= x.start < e and x.role in _OUTCOME_ROLES and kind_of(x) == kind
            for x in quantities
        ):
            return "compared"
        if vocab()["numbers.comparator"].search(text[s:e]):
            return "compared"
        if q.direction is not None and any(
            x is not q and x.start < q.start and x.role in _OUTCOME_ROLES and kind_of(x) == kind
            for x in quantities
        ):
            return "compared"  # "each run was costing 42 cents … it dropped to 11 cents"
        if vocab()["numbers.now_cue"].search(text[s:e]):
            return "reached"  # "the bot now resolves 41%", 上线后解决率 71%: the new state
    return "reached" if q.direction is not None else "level"


#: Kinds of a figure whose unit a bare end figure after it takes over.
_CARRIED_KINDS = frozenset({"time", "span", "money", "rate"})


def _carried_start(text: str, q: Quantity, quantities: list[Quantity]) -> bool:
    """A bare end of a change ("it dropped to twelve", 降到零点八) after a figure told as the
    starting point in a unit ("three weeks was the old median, twenty-one days"): the end takes
    that figure's unit and the start is told, so neither the baseline nor the unit is open. The
    nearest earlier figure with a unit counts, when it is a start (its role, or a before-cue in
    its sentence)."""
    if q.unit != "" or q.direction is None:
        return False
    before = [x for x in quantities if x is not q and x.end <= q.start and x.unit]
    if not before:
        return False
    x = max(before, key=lambda x: x.start)
    if kind_of(x) not in _CARRIED_KINDS:
        return False
    if x.role in ("baseline", "intermediate"):
        return True
    sentence = next((text[s:e] for s, e in sentence_spans(text) if s <= x.start < e), "")
    return vocab()["numbers.baseline_cue"].search(sentence) is not None


def _reached(q: Quantity) -> bool:
    """A change told by where it ended ("went up to 81%", 降到 1.5%), not by its size."""
    if q.result is not None:
        return True
    at = _DIGIT_RUN.search(q.text)
    return numbers.LEVEL.search(q.text[: at.start()] if at else q.text) is not None
