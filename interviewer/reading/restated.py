"""Bare figures that restate a level the discussion already holds.

Asked about a résumé's "WMAPE from 38% to 24%", a candidate says "38 was the moving average on
the same SKUs, 24 is the live value" or "the baseline was the carrier promise, the 58": the
unit, and often the measure, is left out because both sides know it. Read alone, a bare number
could be anything, so the quantity reader reads none. Read in its discussion, a bare number
whose value is a level the discussion holds (a claim of the résumé lines under discussion, a
figure of the question, one the candidate told earlier on this question) is that level: its
unit, its measure and its part in the change (the starting point or the level reached).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from interviewer.quantities.units import unit_at
from interviewer.reading.model import Quantity
from interviewer.reading.text import sentence_spans
from interviewer.reading.vocab import require, vocab

require("numbers", "rank", "setting")

#: A run of digits (with a decimal part) standing alone: not inside a longer number, a code
#: or a word ("v2", "H100", "2.5.1", "第3"); a Chinese word may follow it ("38 是", "38是").
_NUMBER = re.compile(r"(?<![A-Za-z0-9_.,#第])\d+(?:\.\d+)?(?![A-Za-z0-9_])(?![.,]\d)")
#: How far back the lead-in words of a cut-off or a setting are looked for ("top 5", 学习率 2e-4).
_LEAD = 40


@dataclass(frozen=True)
class Level:
    """One level the discussion holds: a value, its unit and measure, and its part in a change."""

    value: float
    unit: str
    subject: str
    family: str
    role: str


def known_levels(sources: Iterable[Quantity]) -> list[Level]:
    """The levels the given quantities state: a change's starting point and the level it
    reached, or a level told alone, in a unit or of a named measure. Counts of people and things
    are left out (a bare "3" is too often something else) and so are 0 and 1."""
    out: list[Level] = []
    for q in sources:
        if q.unit in ("count", "people") or q.role in ("team_size", "date", "incidental"):
            continue
        if not q.unit and q.baseline is None and not q.family:
            continue  # a unitless figure is a level only of a measure told as a change or named
        told = [(q.value, "result" if q.baseline is not None else q.role)]
        if q.baseline is not None:
            told.append((q.baseline, "baseline"))
        for value, role in told:
            if value not in (0, 1):
                out.append(Level(value, q.unit, q.subject, q.family, role))
    return out


def restated(text: str, quantities: list[Quantity], known: list[Level]) -> list[Quantity]:
    """`quantities` with the figures of `text` that restate a known level read as that level:
    a bare figure the quantity reader left unread, and one it read as a count of nothing named
    ("38 was the moving average"). Only a sentence whose bare figures ALL restate known levels
    restates: one bare figure the discussion does not hold ("from 52 to 64" against a claimed
    52 → 71) tells something new, and the whole sentence is left to the conflict reader. A
    figure with its unit, one inside a change the reader read, and one led in as a cut-off or
    a setting ("top 5", "batch size 64") are no bare figures."""
    if not known:
        return quantities
    by_value: dict[float, list[Level]] = {}
    for lv in known:
        by_value.setdefault(lv.value, []).append(lv)
    out = list(quantities)
    for start, end in sentence_spans(text):
        bare = [m for m in _NUMBER.finditer(text, start, end) if _bare(text, m, quantities)]
        levels = [_level_of(float(m.group()), by_value) for m in bare]
        if not bare or any(level is None for level in levels):
            continue
        for m, level in zip(bare, levels, strict=True):
            assert level is not None
            out = [q for q in out if not (q.start <= m.start() and m.end() <= q.end)]
            out.append(
                Quantity(
                    text=m.group(),
                    start=m.start(),
                    end=m.end(),
                    value=level.value,
                    unit=level.unit,
                    role=level.role,
                    subject=level.subject,
                    family=level.family,
                )
            )
    return sorted(out, key=lambda q: q.start)


def _bare(text: str, m: re.Match[str], quantities: list[Quantity]) -> bool:
    """A figure told with nothing to read it by: no unit after it, no cut-off or setting before
    it, and, when the quantity reader read it, read as a count of nothing named."""
    if unit_at(text, m.end()) is not None or _led_in(text, m):
        return False
    value = float(m.group())
    for q in quantities:
        if q.start <= m.start() and m.end() <= q.end:
            told_as_change = q.baseline is not None or q.direction is not None
            if told_as_change or q.unit or q.raw_unit or q.role not in ("count", "other"):
                return False
            if value not in _values(q):
                return False  # a figure inside another's span ("24 是…连续 8 周") is left alone
    return True


def _level_of(value: float, by_value: dict[float, list[Level]]) -> Level | None:
    """The one level a value restates; a value told as two different levels (the start of one
    change, the end of another) is ambiguous and restates neither."""
    levels = by_value.get(value, [])
    if len({(lv.unit, lv.role) for lv in levels}) != 1:
        return None
    return levels[0]


def _values(q: Quantity) -> set[float]:
    return {v for v in (q.value, q.baseline, q.result, q.low, q.high) if v is not None}


def _led_in(text: str, m: re.Match[str]) -> bool:
    """A cut-off ("top 5", "Recall@10", 前3) or a setting ("batch size 64", 学习率 2e-4) leads the
    figure in. A bare "at" does not here: with a value the discussion holds as a level, "ended
    at 81" tells that level, where "recall at 10" would name no level at all."""
    before = text[max(0, m.start() - _LEAD) : m.start()]
    v = vocab()
    cut = v["numbers.rank"].search(before + m.group())
    if cut is not None and not cut.group().lower().startswith("at"):
        return True
    return v["numbers.setting"].search(before) is not None
