"""Claims no one could know or measure: confident fabrication, read from how an answer claims.

An honest answer says what it knows, hedges what it does not ("I think", 我理解) and says how it
would check. Confident fabrication claims beyond anything measurable: universal claims about how a
thing behaves ("always faster, for every query", 任何情况下都), perfection no system reaches
("100% recall", "never fails", 零毫秒), percentiles that cannot both be true (p99 below p50),
and a change told with a size its own figures do not give ("from 62% to 91%, a 20-point jump").
One absolute word is ordinary speech ("we always ran a canary"); an answer overclaims when its
claims add up to OVERCLAIM_AT (a perfect claim weighs two, anything else one). Its claims are not
evidence, and every criterion is capped (flag `overclaim`). The word lists live in
interviewer/data/grading/plausibility.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from interviewer.reading import Reading
from interviewer.reading.model import Quantity as ReadQuantity
from interviewer.reading.text import sentence_spans

if TYPE_CHECKING:
    from interviewer.quantities.model import Quantity
from interviewer.reading.vocab import Terms

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "grading" / "plausibility.yaml"
#: Weight of claims at which an answer overclaims (a perfect claim or a percentile inversion
#: weighs PERFECT_WEIGHT, an absolute word one).
OVERCLAIM_AT = 3
PERFECT_WEIGHT = 2
#: Depth an honest partial answer earns for the reasoning it gives while unsure: 3, "a mechanism"
#: on the depth scale (what it reasons is not checked, only that it reasons and says it is unsure).
HONEST_DEPTH = 3
LISTS = ("absolute", "perfect", "exact", "authority", "full_training", "hedge", "reasons")

_PERCENTILE = re.compile(
    r"\b[pP](50|75|90|95|99(?:\.9)?)\b\D{0,15}?(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|seconds?)\b"
)


class Sizes(BaseModel):
    """How large a change told about one measure can be before it is extraordinary."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rate_families: list[str] = []
    """Measure families of rates and shares (CTR, conversion, recall…): one change seldom
    multiplies them."""
    rate_times: float = 3.0
    """A rise of a rate by this multiple or more (200% and up) is extraordinary."""
    any_times: float = 100.0
    """A change of any measure by this multiple or more is extraordinary (weight one: an index
    can turn 40 s into 40 ms)."""
    absurd_times: float = 1000.0
    """…and by this multiple or more, twice as extraordinary."""
    gpus_one_machine: int = 16
    """More accelerators than this in one machine cannot be true."""


class PlausibilityFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    lists: dict[str, Terms]
    gpu_memory_gb: dict[str, float] = {}
    """Memory of one accelerator named by its model, in GB."""
    sizes: Sizes = Sizes()


@lru_cache(maxsize=1)
def _data() -> PlausibilityFile:
    from interviewer.errors import DataFileError
    from interviewer.loader import validate_file

    data = validate_file(DATA_FILE, PlausibilityFile)
    missing = [name for name in LISTS if name not in data.lists]
    if missing:
        raise DataFileError(DATA_FILE, f"lacks the lists {missing}", "add them", field="lists")
    return data


def _lists() -> dict[str, Terms]:
    return _data().lists


_COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "a single": 1, "two": 2, "three": 3, "four": 4,
    "eight": 8, "一": 1, "单": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9, "十": 10,
}  # fmt: skip
#: A sentence naming many machines: how many accelerators it speaks of is not known.
_MANY = re.compile(r"clusters?|nodes|machines|集群|节点|台机器|多机", re.IGNORECASE)


@lru_cache(maxsize=1)
def _gpu_pattern() -> re.Pattern[str] | None:
    names = sorted(_data().gpu_memory_gb, key=len, reverse=True)
    if not names:
        return None
    counts = "|".join(sorted((re.escape(w) for w in _COUNT_WORDS), key=len, reverse=True))
    return re.compile(
        rf"(?:(?<![\w.])(?P<n>\d+|{counts})\s*(?:张|块|个|片|x|×)?\s*)?"
        r"(?:(?:nvidia|geforce|rtx|tesla|amd|instinct|昇腾|ascend)\s*)*"
        rf"(?<![\w.])(?P<gpu>{'|'.join(re.escape(n) for n in names)})s?(?![\w.])",
        re.IGNORECASE,
    )


def named_gpu_bytes(sentence: str) -> tuple[float, int, int] | None:
    """Memory (bytes) of the accelerators a sentence names by model ("one RTX 4090", 两张 A100),
    with the span of the first; None when it names none or speaks of a cluster."""
    pat = _gpu_pattern()
    if pat is None or _MANY.search(sentence):
        return None
    table = {k.lower(): v for k, v in _data().gpu_memory_gb.items()}
    total, span = 0.0, None
    for m in pat.finditer(sentence):
        n = m.group("n")
        count = int(n) if n and n.isdigit() else _COUNT_WORDS.get((n or "one").lower(), 1)
        total += count * table[m.group("gpu").lower()] * 1e9
        span = span or m.span("gpu")
    return (total, span[0], span[1]) if span else None


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    kind: str
    """absolute | exact | authority | perfect | percentiles | arithmetic | impossible | extraordinary |
    absurd"""

    @property
    def weight(self) -> int:
        if self.kind in ("arithmetic", "impossible"):  # cannot be true: no evidence alone
            return OVERCLAIM_AT
        return (
            1
            if self.kind in ("absolute", "exact", "authority", "extraordinary")
            else PERFECT_WEIGHT
        )


def claims(text: str) -> list[Claim]:
    """Every absolute or perfect claim and every percentile inversion in `text`."""
    lists = _lists()
    found = [Claim(m.start(), m.end(), "perfect") for m in lists["perfect"].finditer(text)]
    for kind in ("absolute", "exact", "authority"):
        for m in lists[kind].finditer(text):
            if not any(c.start <= m.start() < c.end for c in found):
                found.append(Claim(m.start(), m.end(), kind))
    found.extend(_inversions(text))
    found.extend(_miscounted_changes(text))
    return sorted(found, key=lambda c: c.start)


def _inversions(text: str) -> list[Claim]:
    """A higher percentile stated below a lower one ("p50 was 90 ms and p99 was 30 ms")."""
    seen: list[tuple[float, float, re.Match[str]]] = []
    for m in _PERCENTILE.finditer(text):
        unit = 1.0 if m.group(3).lower().startswith("m") else 1000.0
        seen.append((float(m.group(1)), float(m.group(2)) * unit, m))
    out = []
    for i, (pa, va, _) in enumerate(seen):
        for pb, vb, mb in seen[i + 1 :]:
            if (pb > pa and vb < va) or (pb < pa and vb > va):
                out.append(Claim(mb.start(), mb.end(), "percentiles"))
    return out


#: How far a stated size of a change may be from the change's own figures before the two cannot
#: both be true: rounding and ordinary speech ("doubled" for 1,000 → 1,800) stay inside these.
_POINTS_SLACK, _SHARE_SLACK, _TIMES_SLACK = 0.15, 0.25, 0.25


def _miscounted_changes(text: str) -> list[Claim]:
    """A change told with its figures and, in the same sentence, a size the figures do not give
    ("from 62% to 91%, a 20-point jump"; "从 100ms 降到 80ms，降低了 50%")."""
    if len(re.findall(r"\d+", text)) < 3:
        return []
    from interviewer.quantities import extract_quantities

    found = extract_quantities(text)
    sentences = sentence_spans(text)
    out = []
    for change in found:
        if change.baseline is None or change.baseline <= 0 or change.value <= 0:
            continue
        start, stop = next(
            ((s, e) for s, e in sentences if s <= change.start < e), (change.start, change.end)
        )
        for size in found:
            if size is change or size.baseline is not None or not start <= size.start < stop:
                continue
            if _told_as_size(size, change) and not _fits(change, size):
                out.append(Claim(size.start, size.end, "arithmetic"))
    return out


def _told_as_size(size: Quantity, change: Quantity) -> bool:
    """Points or a multiple, or a percent told as a rise or fall ("降低了 50%") — not the change's
    own figures told again ("91%, against the baseline's 83%") nor a share of a set ("中的18%")."""
    if size.value in (change.value, change.baseline):
        return False
    return size.unit in ("pp", "x") or (size.unit == "%" and size.direction is not None)


def _fits(change: Quantity, size: Quantity) -> bool:
    old, new, told = change.baseline or 0.0, change.value, size.value
    points = abs(new - old)
    share = points / old * 100
    if size.unit == "x":
        times = max(new, old) / min(new, old)
        return _near(times, told, _TIMES_SLACK, 0.3) or _near(share / 100, told, _TIMES_SLACK, 0.3)
    if size.unit == "pp":
        return change.unit != "%" or _near(points, told, _POINTS_SLACK, 1.5)
    # A percent may be the relative change or, for a change of percentages, points said as "%".
    return _near(share, told, _SHARE_SLACK, 1.5) or (
        change.unit == "%" and _near(points, told, _POINTS_SLACK, 1.5)
    )


def _near(got: float, want: float, slack: float, floor: float) -> bool:
    return abs(got - want) <= max(floor, slack * want)


#: Bytes per parameter below which no model fits: 4-bit weights alone, and, for training every
#: weight (full fine-tuning, pre-training), 16-bit weights and gradients alone — before any
#: optimizer state or activation, so a claim under these cannot be true.
MIN_BYTES_RUN, MIN_BYTES_FULL_TRAIN = 0.5, 4.0


def impossible_hardware(reading: Reading) -> list[Claim]:
    """A model told to fit in memory it cannot fit in, in one sentence ("a full fine-tune of a
    70B model on one 12 GB GPU", "175B on a single 16 GB card"): no system does that."""
    sizes = [q for q in reading.quantities if q.unit == "params" and q.value > 0]
    if not sizes:
        return []
    memory = [q for q in reading.quantities if q.unit == "bytes" and q.value > 0]
    full = _lists()["full_training"]
    out = []
    for s, e in sentence_spans(reading.text):
        here = [q for q in sizes if s <= q.start < e]
        if not here:
            continue
        room = [(q.value, q.start, q.end) for q in memory if s <= q.start < e]
        named = named_gpu_bytes(reading.text[s:e])
        if named is not None:  # "one RTX 4090": the card's memory
            room.append((named[0], s + named[1], s + named[2]))
        if not room:
            continue
        need = MIN_BYTES_FULL_TRAIN if full.search(reading.text[s:e]) else MIN_BYTES_RUN
        biggest = max(q.value for q in here)
        most, a, b = max(room)
        if most < biggest * need:
            out.append(Claim(a, b, "impossible"))
    return out


def extraordinary_sizes(reading: Reading) -> list[Claim]:
    """Changes no single piece of work gives: a fall of more than 100% (nothing falls below
    nothing: "pages went down by 2000%", 降低了 150%) or a share above all of it (retention
    140%), a rate multiplied ("CTR up 320%", 转化率翻了
    十倍), any measure changed a hundredfold or more ("2.4 s to 3 ms"). A multiple and the from-to
    it restates, in one sentence, are one claim."""
    size = _data().sizes
    rates = set(size.rate_families)
    out: list[Claim] = []
    told: set[tuple[int, int]] = set()
    sentences = sentence_spans(reading.text)
    for q in reading.quantities:
        if q.value <= 0:
            continue
        where = next(((s, e) for s, e in sentences if s <= q.start < e), (q.start, q.end))
        if _beyond_whole(q, rates):
            out.append(Claim(q.start, q.end, "impossible"))
            continue
        times = _times(q)
        if times is None:
            continue
        rise = q.direction != "down" and (q.baseline is None or q.value > q.baseline)
        kind = None
        if times >= size.absurd_times:
            kind = "absurd"
        elif times >= size.any_times or (rise and q.family in rates and times >= size.rate_times):
            kind = "extraordinary"
        if kind is not None and where not in told:
            told.add(where)
            out.append(Claim(q.start, q.end, kind))
    return out


def _beyond_whole(q: ReadQuantity, rates: set[str]) -> bool:
    """A percent no measure can take: a fall of more than all of it (told as a relative fall, or
    "down" to a level above where it started), or a share of a whole — a rate family (retention,
    accuracy, hit rate…) — at a level above 100% ("from 60% to 140%", 准确率达到了 115%). A rise
    told by itself ("CTR up 320%") is a multiple, judged as extraordinary, not here."""
    if q.unit != "%" or q.value <= 100:
        return False
    if q.direction == "down":
        return q.baseline is None or q.baseline <= q.value
    level = q.baseline is not None or q.direction is None
    return level and q.family in rates


def _times(q: ReadQuantity) -> float | None:
    """The multiple a change is told by: a multiple, a percent rise (+200% is 3x), or from-to."""
    if q.baseline is None:
        if q.unit == "x":
            return q.value
        if q.unit == "%" and q.direction == "up":
            return 1 + q.value / 100
        return None
    if q.baseline <= 0:
        return None
    return max(q.value, q.baseline) / min(q.value, q.baseline)


_ONE_MACHINE = re.compile(
    r"一台|单机|单台|同一台|\b(?:one|a single|single|the same)\s+(?:server|machine|box|node|host)\b",
    re.IGNORECASE,
)


def crowded_machines(text: str) -> list[Claim]:
    """More accelerators than any machine holds, told as in one machine ("2000 张 A100，全部装在一台
    服务器里", "4096 H100s in a single server")."""
    pat = _gpu_pattern()
    most = _data().sizes.gpus_one_machine
    if pat is None:
        return []
    out = []
    for s, e in sentence_spans(text):
        sentence = text[s:e]
        if not _ONE_MACHINE.search(sentence):
            continue
        for m in pat.finditer(sentence):
            n = m.group("n")
            count = int(n) if n and n.isdigit() else _COUNT_WORDS.get((n or "one").lower(), 1)
            if count > most:
                out.append(Claim(s + m.start(), s + m.end(), "impossible"))
    return out


#: The last reading's claims: grading asks for them up to three times per answer (overclaim,
#: unbacked, honest reasoning), always about the reading in hand.
_LAST: list[tuple[Reading, list[Claim]]] = []


def _all_claims(reading: Reading) -> list[Claim]:
    if _LAST and _LAST[0][0] is reading:
        return _LAST[0][1]
    found = sorted(
        [
            *claims(reading.text),
            *impossible_hardware(reading),
            *extraordinary_sizes(reading),
            *crowded_machines(reading.text),
        ],
        key=lambda c: c.start,
    )
    _LAST[:] = [(reading, found)]
    return found


def unverified(reading: Reading) -> list[Claim]:
    """The claims of an answer that overclaims (their weight reaches OVERCLAIM_AT), else []."""
    found = _all_claims(reading)
    return found if sum(c.weight for c in found) >= OVERCLAIM_AT else []


#: Weight of claims from which an answer that never hedges asserts more than it shows: below
#: OVERCLAIM_AT nothing is capped, but the sentences making the claims are no evidence
#: ("always better because…, no downside at all": the reason rides on the claim).
UNBACKED_AT = 2


def unbacked(reading: Reading) -> list[Claim]:
    """Claims of a confident answer (no hedge, no admission) that together weigh UNBACKED_AT or
    more; [] else. One absolute word is ordinary speech ("we always ran a canary")."""
    if reading.admission or hedged(reading.text):
        return []
    found = _all_claims(reading)
    return found if sum(c.weight for c in found) >= UNBACKED_AT else []


def hedged(text: str) -> bool:
    """Whether the answer says what it is unsure of or how it would check."""
    return _lists()["hedge"].search(text) is not None


#: Facts that show reasoning about how a thing works or why (not a bare claim).
REASONING = frozenset({"mechanism", "cause", "method"})


def honest_reasoning(reading: Reading) -> list[str]:
    """The reasoning clauses of an honest partial answer: one that says what it is unsure of (a
    hedge or an admission) and still reasons about the question, without overclaiming; [] else."""
    if not (reading.admission or hedged(reading.text)) or unverified(reading):
        return []
    content = {i for i, s in enumerate(reading.sentences) if s.content}
    found = [f.text for f in reading.facts if f.kind in REASONING and f.sentence in content]
    # an estimate told as one, a cause or a way to work it out, in a sentence about the question
    # beyond the admission itself ("roughly 16 bytes: fp32 master weights plus two moments",
    # 大概是层数乘以 2 乘以…, "it depends on row size; I'd load test"), is reasoning too
    reasons = _lists()["reasons"]
    for i, s in enumerate(reading.sentences):
        if (i in content or s.about_question) and reasons.search(s.text):
            if not any(a.start <= s.start and s.end <= a.end for a in reading.admission):
                found.append(s.text.strip())
    return list(dict.fromkeys(found))


#: Figures at which an answer with no reasoning at all tells only unsupported specifics.
UNSUPPORTED_AT = 3
#: What unsupported specifics can earn on depth ("some", not "a mechanism").
UNSUPPORTED_CAP = 2


def unsupported(reading: Reading) -> bool:
    """Specifics nothing else in the answer supports: several figures, told with no how or why
    (no mechanism, cause or method anywhere in the answer) and no doubt or check — a string of
    outcomes anyone could make up ("4.2 s to 0.03 s, 140x, CPU down 85%, costs down 92%"). Such
    figures are no evidence of depth."""
    if len(reading.quantities) < UNSUPPORTED_AT or reading.admission or hedged(reading.text):
        return False
    return not any(f.kind in REASONING for f in reading.facts)
