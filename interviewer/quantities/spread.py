"""A spread over cases: 'Gains ranged from 3 to 7 points across languages', 'latency varies from
80 ms to 300 ms depending on the prompt', 各数据集上的提升从 2% 到 5% 不等.

A 'from A to B' is a change over time unless its clause says the figure varies over cases: a
verb of spread anywhere in the clause, or the cases named ('depending on', 'across', 取决于) with
no change word. Then it is a range of levels: low and high, no baseline, and a direction only
where a change word tells one."""

from __future__ import annotations

from typing import Literal

from interviewer.quantities.model import Quantity
from interviewer.quantities.scan import figure_at
from interviewer.quantities.subject import change_verbs, clause_end, clause_start
from interviewer.quantities.vocab import vocab


def _direction(text: str, lo: int, hi: int) -> Literal["up", "down"] | None:
    v = vocab()
    up, down = v.up_re.search(text, lo, hi), v.down_re.search(text, lo, hi)
    if up and not down:
        return "up"
    if down and not up:
        return "down"
    return None


def spreads_over_cases(text: str, qs: list[Quantity]) -> None:
    """Each change told as a spread over cases becomes a range."""
    v = vocab()
    for q in qs:
        if q.baseline is None or q.role != "result":
            continue
        lo, hi = clause_start(text, figure_at(text, q.start, q.end)), clause_end(text, q.end)
        spread = v.spread_verb_re.search(text, lo, hi) is not None
        if not spread:
            cases = v.spread_cases_re.search(text, lo, hi) is not None
            told = [m for m in change_verbs(text, lo, hi) if text[m.start() - 1 : m.start()] != "-"]
            spread = cases and not told  # 'speed-up' names a measure, it tells no change
        if not spread:
            continue
        low, high = sorted((q.baseline, q.value))
        q.low, q.high, q.value, q.bound = low, high, high, "range"
        q.baseline = q.result = None
        q.direction = _direction(text, lo, hi)
