"""Can a number said in an answer be squared with a claim of the same measure?

The answer's role decides what the number must meet: a level the claimed result (where it
ended), a starting point the claimed baseline, a step on the way any point of the path, a change
the claimed change (absolute, relative, or as a multiple). Said bounds ("under two seconds"),
approximations ("about"), rounding ("90%" for 87%, "forty" for 42), claimed bounds and ranges,
time bases (ms vs hours) and percent vs fractions are all tolerated; counts and money told per
day, week, month or year are compared per hour.
"""

from __future__ import annotations

import re

from interviewer.reading.model import Quantity

#: Relative slack for a number said with "about" / "around" / "大概".
ABOUT = 0.1
#: ... and for a percentage, in points ("89% 左右" is not 95.5%, "close to 80%" is 78%).
ABOUT_POINTS = 2.5
#: A round figure allows at most this share of itself ("10万" is not 5万, "1,000" may be 1,200).
ROUND_AT_MOST = 0.15
#: Points of slack for a share said in words ("two thirds" is 60-70%, "a fifth" 15-25%).
SHARE_POINTS = 5.0
#: A percentage said as a round figure rounds at most this many points ("90%" for 87% or 93%,
#: not for 94.5% — a ten-point step of a score near its ceiling is no rounding).
ROUND_POINTS = 3.0
#: Relative slack for any number (rounding of the claim itself)...
SLACK = 0.02
#: ... and for a percentage, in points.
SLACK_POINTS = 0.5


def values_agree(
    said: Quantity, claim: Quantity, said_per: float | None = None, claim_per: float | None = None
) -> bool:
    """`said` and `claim` measure the same thing: can the values be squared?

    `said_per` / `claim_per`: hours of the period a count or an amount of money is told per
    ("800 a day" → 24), None when none is said.
    """
    if said.role == "intermediate" and claim.baseline is None and said.baseline is None:
        return True  # a step on the way says nothing of a level claimed without a path
    if _bounds(said) and _bounds(claim):
        return _bounds_agree(said, claim)
    if _derived(said, claim):
        return _derived_agrees(said, claim)
    if is_delta(said) and said.unit == "%" and claim.baseline and _multiple_word(said):
        return _ratio_agrees(said, claim)  # "roughly halved", 减半: as coarse as "doubled"
    if is_delta(said) and said.unit == "%" and (claim.unit not in ("%", "pp", "") or _count(claim)):
        return _percent_change_agrees(said, claim)
    s = _in_unit(said, claim)
    if s is None:
        return _ratio_agrees(said, claim)
    if said_per and claim_per and said_per != claim_per and claim.unit not in ("%", "pp", "x", ""):
        s = _scaled(s, claim_per / said_per, s.unit)
    path = _path(claim)
    if is_delta(said):
        return _change_agrees(s, claim, path)
    if s.role == "baseline" and s.baseline is None:
        start = claim.baseline
        if start is None and claim.role == "baseline":
            start = claim.value  # "we started at 64%" said earlier
        return start is None or meets(s, start)
    if is_delta(claim):
        return _relative_agrees(s, claim)
    if s.role != "intermediate":  # a level told without "first"/"then" is where it ended
        end = path[-1]
        ok_end = meets(s, end) or _claimed(claim, _level(s), s)
        ok_start = s.baseline is None or meets(s, path[0], s.baseline)
        if not ok_start and s.baseline is not None and _start_more_than(s):
            ok_start = (
                s.baseline - _slack(s.unit, path[0])
                <= path[0]
                <= s.baseline + _step(abs(s.baseline))
            )  # "从五成多提到八成" against 58% -> 81%: the start is 50-60
        if not ok_start and s.baseline is not None and _between(s.baseline, path):
            # "from 74% to 83%" inside a claimed 61% → 87% is a step; "from 70% to 80%" against a
            # claimed 62% → 80% is the whole change told from another start
            ok_start = len(path) < 2 or not meets(s, end)
        return ok_end and ok_start
    values = [v for v in (s.baseline, _level(s)) if v is not None]
    return all(
        any(meets(s, p, v) for p in path) or _between(v, path) or _claimed(claim, v, s)
        for v in values
    )


def within(
    said: Quantity,
    claim: Quantity,
    *,
    at_least: bool,
    said_per: float | None = None,
    claim_per: float | None = None,
) -> bool:
    """A value at the busiest time (`at_least`) is at least the claimed level; a part of an
    amount ("30 of the 240", not `at_least`) at most the claimed whole."""
    s = _in_unit(said, claim)
    if s is None:
        return True
    if said_per and claim_per and said_per != claim_per and claim.unit not in ("%", "pp", "x", ""):
        s = _scaled(s, claim_per / said_per, s.unit)
    v, c = _level(s), _level(claim)
    tol = tolerance(s, v) + _slack(s.unit, c)
    return v >= c - tol if at_least else v <= c + tol


def on_path(said: Quantity, claim: Quantity) -> bool:
    """A step on the way: every value said lies on the claimed baseline → result path."""
    s = _in_unit(said, claim)
    if s is None or is_delta(said):
        return s is None or _change_agrees(s, claim, _path(claim))
    path = _path(claim)
    values = [v for v in (s.baseline, _level(s)) if v is not None]
    return all(any(meets(s, p, v) for p in path) or _between(v, path) for v in values)


def is_delta(q: Quantity) -> bool:
    """A change told by its size ("dropped 60%", "saved 15k", "六个点"), not where it ended."""
    return (q.direction is not None or q.unit == "pp") and q.result is None and q.baseline is None


def _level(q: Quantity) -> float:
    return q.result if q.result is not None else q.value


def _path(claim: Quantity) -> list[float]:
    return [v for v in (claim.baseline, _level(claim)) if v is not None]


def _change_agrees(s: Quantity, claim: Quantity, path: list[float]) -> bool:
    """A said change against the claim: its change, its relative change, or its own delta."""
    if is_delta(claim):
        return meets(s, claim.value) or _claimed(claim, s.value, s)
    if claim.baseline is None:
        return True  # a level was claimed: nothing says how much it changed
    change = abs(path[0] - path[-1])
    rel = 100 * change / abs(path[0]) if path[0] else change
    return meets(s, change) or (s.unit in ("%", "pp") and meets(s, rel))


def _bounds(q: Quantity) -> bool:
    return q.bound in ("at_most", "at_least") and q.baseline is None


def _bounds_agree(said: Quantity, claim: Quantity) -> bool:
    """Two bounds agree unless one's floor is above the other's ceiling ("under 200 ms" and
    "under 300 ms" both hold; "over 2 s" and "under 1 s" cannot)."""
    s = _in_unit(said, claim)
    if s is None:
        return True
    if s.bound == claim.bound:  # "under five seconds" is no "under 2 s": told looser, it is worse
        tight = s.value <= claim.value if s.bound == "at_most" else s.value >= claim.value
        return tight or meets(s.model_copy(update={"bound": "exact"}), claim.value)
    low, high = (s, claim) if s.bound == "at_least" else (claim, s)
    return low.value <= high.value * (1 + SLACK)


def _percent_change_agrees(said: Quantity, claim: Quantity) -> bool:
    """ "Latency dropped 60%" against a claimed 4.2 s → 1.8 s: the claimed relative change;
    "halved" against a claimed "4x": the claimed multiple."""
    if claim.unit == "x" and is_delta(claim) and claim.value > 0:
        if said.direction == "down" and 0 < said.value < 100:
            multiple = 1 / (1 - said.value / 100)
        elif said.direction == "up":
            multiple = 1 + said.value / 100
        else:
            return True
        return abs(multiple - claim.value) <= (0.25 if _multiple_word(said) else 0.15) * claim.value
    if claim.baseline is None or not claim.baseline or is_delta(claim):
        return True
    rel = 100 * abs(claim.baseline - _level(claim)) / abs(claim.baseline)
    return meets(said, rel)


def derived_change(said: Quantity, claim: Quantity) -> bool:
    """A change said from → to in its own unit ("from 2,000 to 4,000 events a second", "P99 从
    800 毫秒降到了 600") against a claimed relative change ("throughput 3x", "降低 70%"): the
    said ends give the claimed multiple or percentage."""
    return (
        said.baseline is not None
        and said.result is not None
        and said.unit not in ("%", "pp", "x")
        and is_delta(claim)
        and claim.unit in ("x", "%")
    )


def _derived(said: Quantity, claim: Quantity) -> bool:
    return derived_change(said, claim) and bool(said.baseline)


def _derived_agrees(said: Quantity, claim: Quantity) -> bool:
    """A change said from → to in its own unit against a claimed multiple or percentage ("from
    2,000 to 4,000 a second" is 2x, not the claimed 3x; "P99 从一秒降到三百毫秒左右" is −70%):
    the claimed figure must lie within what the said ends allow, each with its rounding."""
    b, e = float(said.baseline or 0), float(said.result or 0)
    tb, te = _end_slack(said, b), _end_slack(said, e)
    corners = [(b0, e0) for b0 in (b - tb, b + tb) for e0 in (e - te, e + te) if b0 > 0 and e0 > 0]
    if not corners:
        return True
    if claim.unit == "x":
        ratios = [max(e0 / b0, b0 / e0) for b0, e0 in corners]
        slack = 0.25 if _multiple_word(claim) else 0.15
        return min(ratios) * (1 - slack) <= claim.value <= max(ratios) * (1 + slack)
    sign = -1.0 if claim.direction == "down" else 1.0
    changes = [sign * 100 * (e0 - b0) / b0 for b0, e0 in corners]
    slack = max(ROUND_POINTS, 0.1 * abs(claim.value))
    return min(changes) - slack <= claim.value <= max(changes) + slack


def _end_slack(said: Quantity, v: float) -> float:
    """Rounding of one end of a said change: a tenth when said "about", else a twentieth."""
    return (ABOUT if said.bound in ("about", "range") else ABOUT / 2) * abs(v)


def _relative_agrees(s: Quantity, claim: Quantity) -> bool:
    """A said before → after against a claimed change ("by 45%"): the said change, in points or
    relative, must meet it; a level alone says nothing about the change."""
    if s.baseline is None:
        return True
    change = abs(s.baseline - _level(s))
    if claim.unit in ("%", "pp") and s.unit != claim.unit and s.baseline:
        change = 100 * change / abs(s.baseline)
    return meets(s, claim.value, change) or _claimed(claim, change, s)


def _ratio_agrees(said: Quantity, claim: Quantity) -> bool:
    """ "Doubled" (2x) or "halved" (-50%) against a claimed 61% → 87%: the claimed ratio must
    meet it, within a quarter."""
    if said.unit == "x" and is_delta(said) and is_delta(claim) and claim.unit == "%":
        return _multiple_meets_percent(said, claim)  # "doubled" against "up 18%": +100% ≠ +18%
    if not is_delta(said) or claim.baseline is None or not claim.baseline or not _level(claim):
        return True
    if said.unit == "%" and 0 < said.value < 100:
        multiple = 1 / (1 - said.value / 100)
    elif said.unit == "x":
        multiple = said.value
    else:
        return True
    ratio = _level(claim) / claim.baseline
    ratio = ratio if ratio >= 1 else 1 / ratio
    coarse = _multiple_word(said)  # "doubled", "halved", 翻倍 are said loosely; "3x" is not
    return abs(ratio - multiple) <= (0.25 if coarse else 0.15) * multiple


def _multiple_meets_percent(said: Quantity, claim: Quantity) -> bool:
    """A multiple ("doubled", "1.18x") against a claimed relative change in percent ("by 18%"):
    up by m times is +100·(m−1)%, down m times is −100·(1−1/m)%."""
    if said.value <= 0:
        return True
    implied = 100 * (said.value - 1) if claim.direction != "down" else 100 * (1 - 1 / said.value)
    share = 0.25 if _multiple_word(said) else 0.15
    return abs(implied - claim.value) <= share * max(abs(implied), abs(claim.value)) + SLACK_POINTS


def _multiple_word(q: Quantity) -> bool:
    """A change told as a multiple in words ("halved", "降了一半"), not a figure."""
    from interviewer.quantities.scan import CHANGE_RE

    return bool(q.words and q.raw_unit and CHANGE_RE.fullmatch(q.raw_unit))


def _count(q: Quantity) -> bool:
    """A unitless claim that counts things (1,200 alerts), not a rate or a score."""
    return q.unit == "" and not _percent_like(q) and not _fraction(q)


def _claimed(claim: Quantity, v: float, said: Quantity | None = None) -> bool:
    """`v` satisfies the claim's own bound or range ("under 300 ms" claimed, "about 250" said)."""
    tol = tolerance(said, v) if said is not None else 0.0
    if claim.bound == "at_most":
        return v <= claim.value + tol
    if claim.bound == "at_least":
        return v >= claim.value - tol
    if claim.bound == "range" and claim.low is not None and claim.high is not None:
        return claim.low - tol <= v <= claim.high + tol
    if claim.bound == "about":
        return abs(v - claim.value) <= _about(claim.unit, claim.value) + tol
    return False


def _slack(unit: str, target: float) -> float:
    """Rounding of the claim: half a point for a percentage, less for a small rate (0.4%)."""
    if unit in ("%", "pp"):
        return min(SLACK_POINTS, 0.25 * abs(target)) if target else SLACK_POINTS
    return SLACK * abs(target)


#: A start said as "more than" its numeral: 五成多, 七十多, 三成出头, "forty-something", "sixty-odd".
_MORE_THAN = re.compile(
    r"[零一二两三四五六七八九十百\d]\s*(?:成|个点|%)?\s*(?:多|出头|来)"
    r"|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:something|odd|ish)\b"
    r"|\d+\s*(?:-?ish|\+|-something|something|odd)\b",
    re.IGNORECASE,
)
#: Where a from -> to change turns from its start to its end.
_TURN = re.compile(r"\bto\b|\bup to\b|到|至|提|升|涨|降|→|->", re.IGNORECASE)


def _start_more_than(said: Quantity) -> bool:
    """The change's start is said as "more than" its numeral (从五成多…, "from sixty-odd to…"):
    it allows anything up to the next step of that numeral."""
    turn = _TURN.search(said.text)
    head = said.text[: turn.start()] if turn else ""
    return bool(head) and _MORE_THAN.search(head) is not None


def _about(unit: str, target: float) -> float:
    """The slack "about" gives: a tenth, and for a percentage at most a few points."""
    rel = ABOUT * abs(target)
    if unit == "" and 0 < abs(target) <= 1:  # a score on a 0-1 scale (AUC 0.768) is a rate
        return min(ABOUT_POINTS / 100, rel)
    return min(ABOUT_POINTS, rel) if unit in ("%", "pp") else rel


def _between(v: float, path: list[float]) -> bool:
    return len(path) == 2 and min(path) <= v <= max(path)


def meets(said: Quantity, target: float, value: float | None = None) -> bool:
    """The said value (with its bound, approximation and rounding) allows `target`."""
    v = _level(said) if value is None else value
    slack = _slack(said.unit, target)
    tol = tolerance(said, v) + slack
    if value is None and said.low is not None and said.high is not None:
        # a range is its own approximation: "三十出头" (30-33) is not 36
        tol = min(tol, max(slack, (said.high - said.low) / 2))
        return said.low - tol <= target <= said.high + tol
    # a bound is said round on purpose: "不到九成" excludes 93%, whatever "九成" rounds
    if value is None and said.bound == "at_most":
        return target <= v + slack
    if value is None and said.bound == "at_least":
        return target >= v - slack
    if said.bound in ("about", "at_least", "at_most"):
        tol = max(tol, _about(said.unit, target))
    return abs(v - target) <= tol


#: A number written in digits that is not part of a name (F1, p95, Recall@10, A100).
_NUM = re.compile(r"(?<![A-Za-z@\d.])\d[\d,]*(?:\.\d+)?")


def tolerance(said: Quantity, value: float) -> float:
    """Half a step of the precision the number was said with ("90" → ±5, "0.9 s" → ±0.05 s,
    "forty" → ±5, "two seconds" → ±0.5 s), in the normalised unit."""
    if said.unit == "%" and said.raw_unit == "share":
        return SHARE_POINTS  # "two thirds", "one in five", 三分之二: a share is said coarsely
    digits = _NUM.findall(said.text)
    if not digits:
        return _word_tolerance(said, value)
    raw = digits[-1].replace(",", "")
    number = float(raw)
    if "." in raw:
        step = 10.0 ** -len(raw.split(".")[1])
    else:
        step = _step(number)
    factor = abs(value / number) if number else 1.0
    half = min(0.5 * step, ROUND_AT_MOST * abs(number))
    if said.unit in ("%", "pp"):
        half = min(half, ROUND_POINTS)
    return half * factor


def _word_tolerance(said: Quantity, value: float) -> float:
    """Half a step of a number said in words, by the numeral as spoken: "eight hundred a day"
    → ±50 a day, "two and a half months" → ±half a month, "四十多" → ±5."""
    from interviewer.quantities.words import find

    if said.unit == "%" and said.raw_unit == "成":
        return 0.5 if abs(value % 10) > 1e-9 else 5.0  # 九成 ±5, 九成二 ±0.5
    spoken = find(said.text)
    if not spoken or not spoken[-1].value:
        return 0.5 * _step(abs(value))
    number = spoken[-1].value
    if spoken[-1].decimals:
        step = 0.5 if (number * 2).is_integer() else 10.0 ** -spoken[-1].decimals
    else:
        step = _step(number)
    return min(0.5 * step, ROUND_AT_MOST * abs(number)) * abs(value / number)


def _step(number: float) -> float:
    """The place of the last significant digit of a whole number (40 → 10, 1200 → 100, 7 → 1)."""
    n = round(number)
    if n < 10 or abs(number - n) > 1e-9:
        return 1.0 if number >= 1 else 0.1
    step = 1.0
    while n % 10 == 0 and n >= 10:
        n //= 10
        step *= 10
    return step


_TIME_MS = {"ms": 1.0, "h": 3_600_000.0}


def _in_unit(q: Quantity, claim: Quantity) -> Quantity | None:
    """`q` in the claim's unit: the same unit, time bases, or percent vs a fraction (0.58 vs
    58%, F1 "sixty-two" vs 0.62); None if impossible."""
    unit = claim.unit
    if q.unit in _TIME_MS and unit in _TIME_MS:
        return _scaled(q, _TIME_MS[q.unit] / _TIME_MS[unit], unit)
    if {q.unit, unit} == {"count", ""} and not _fraction(q) and not _fraction(claim):
        return q.model_copy(update={"unit": unit})  # "日均会话 8 万" counts, though no noun follows
    if q.unit != unit and not {q.unit, unit} <= {"%", "pp", ""}:
        return None
    if not {q.unit, unit} <= {"%", "pp", ""}:
        return q
    mine, theirs = _fraction(q), _fraction(claim)
    if mine and not theirs and (unit != "" or _percent_like(claim)):
        return _scaled(q, 100, unit)
    if theirs and not mine and (q.unit != "" or _percent_like(q)):
        return _scaled(q, 0.01, unit)
    return q if q.unit == unit else q.model_copy(update={"unit": unit})


def _fraction(q: Quantity) -> bool:
    return q.unit == "" and all(
        0 <= v <= 1 for v in (q.value, q.baseline, q.result) if v is not None
    )


def _percent_like(q: Quantity) -> bool:
    return all(1 < v <= 100 for v in (q.value, q.baseline, q.result) if v is not None)


def _scaled(q: Quantity, factor: float, unit: str) -> Quantity:
    def f(v: float | None) -> float | None:
        return None if v is None else v * factor

    return q.model_copy(
        update={
            "value": q.value * factor,
            "baseline": f(q.baseline),
            "result": f(q.result),
            "low": f(q.low),
            "high": f(q.high),
            "unit": unit,
        }
    )
