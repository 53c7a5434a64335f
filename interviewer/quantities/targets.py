"""Targets, goals, plans and requirements beside what was achieved.

A figure set as a target ("the goal was a 30% cost cut", "目标是召回率 85%", "OKR 要求把人工审核率
降到 10% 以下", "the 95% accuracy target") is no claimed result: its role is `target` (a fact, never compared as a claim), and it is
never the start of the change achieved. The cue must lie in the figure's own clause (no comma,
semicolon, bracket or "and"/"but" between), with no word of achievement between them ("OKR: cut
churn to 5% (achieved 5.8%)"); a target said to be met or beaten before it ("Hit our 99.9% uptime
target") is what was achieved, and a figure after a target met or beaten ("beat the 95% target
with 97%") too. A bare figure achieved after a target in the same sentence takes
the target's unit and measure ("we aimed for 50 ms at p99 and landed at 65").
"""

from __future__ import annotations

import re

from interviewer.quantities.model import Quantity
from interviewer.quantities.subject import clause_start
from interviewer.quantities.vocab import vocab

_CLAIMED = ("result", "baseline", "intermediate", "other")
_NOT_MEASURED = ("count", "people", "tokens", "bytes", "gpu", "params")
"""Things counted in a goal's description are no target level ("Goal: a bot that answers from our
12k articles")."""
_FIGURE_RE = re.compile(r"(?<![A-Za-z@\d.])\d|[零一二两三四五六七八九十半]")
_BREAK_RE = re.compile(r"[,，;；()（）\[\]]|(?i:\b(?:and|but|while|whereas|then|so)\b)|但|而|然后")
_SENTENCE_END_RE = re.compile(r"[.。!?！？;；\n](?!\d)")
_DIGITS_RE = re.compile(r"\d+(?:\.\d+)?")


def _figure_at(text: str, q: Quantity) -> int:
    """Where the number itself starts (a subject such as 'p99' or 'Recall@20' is skipped)."""
    m = _FIGURE_RE.search(text, q.start, q.end)
    return m.start() if m else q.start


def _sentence_start(text: str, pos: int) -> int:
    starts = [m.end() for m in _SENTENCE_END_RE.finditer(text, 0, pos)]
    return starts[-1] if starts else 0


def _is_target(text: str, q: Quantity) -> bool:
    v = vocab()
    at = _figure_at(text, q)
    lo = _sentence_start(text, at)
    before = v.not_target_re.sub(lambda m: " " * len(m.group()), text[lo:at])
    forward = re.match(
        r"\s*(?:[%A-Za-z\u3400-\u9fff@.-]+\s*){0,3}?" + v.target_after_re.pattern + r"(?![A-Za-z])",
        text[q.end : q.end + 40],
        re.IGNORECASE,
    )
    if forward and not v.not_target_re.match(text, q.end + forward.start(), q.end + 40):
        clause = _BREAK_RE.split(before)[-1]
        return not v.met_re.search(clause)  # "Hit our 99.9% uptime target": met, achieved
    cues = list(v.target_before_re.finditer(before))
    if not cues:
        return False
    cue = cues[-1]
    between = before[cue.end() :]
    if _BREAK_RE.search(between) or v.achieved_re.search(between):
        return False
    told = before[max(0, cue.start() - 24) : cue.start()]
    return not (v.met_re.search(told) or v.beaten_re.search(told))


def _written(text: str, q: Quantity) -> float | None:
    m = _DIGITS_RE.search(text, _figure_at(text, q), q.end)
    return float(m.group()) if m else None


_BARE_ACHIEVED_RE = re.compile(
    r"(?i:\b(?:ended(?:\s+up)?|landed|came\s+in|finished|got(?:\s+it)?|reached|hit|achieved|delivered)\s*"
    r"(?:at|to|with|on)?)\s*(?P<hedge>(?i:about|around|roughly|like|just|~)\s*)?"
    r"(?P<n>\d+(?:\.\d+)?)(?![\d.,]|\s*(?:%|[A-Za-z\u3400-\u9fff]))"
)
"""A bare figure achieved after a target ("aiming for 50 ms and ended at about 90"): the scanner
reads no unitless figure there, so it is read here in the target's unit."""
_LINE_END_RE = re.compile(r"[.。!?！？\n](?!\d)")


def _bare_achieved(text: str, qs: list[Quantity], targets: list[Quantity]) -> None:
    for t in targets:
        written = _written(text, t)
        if not t.unit or not written:
            continue
        end = _LINE_END_RE.search(text, t.end)
        m = _BARE_ACHIEVED_RE.search(text, t.end, end.start() if end else len(text))
        if m is None:
            continue
        read = [q for q in qs if q.start < m.end("n") and m.start("n") < q.end]
        if read and not (len(read) == 1 and read[0].unit == "" and not read[0].raw_unit):
            continue
        qs[:] = [q for q in qs if q not in read]  # a unitless reading of it gives way
        qs.append(
            Quantity(
                text=m["n"],
                start=m.start("n"),
                end=m.end("n"),
                value=float(m["n"]) * t.value / written,
                unit=t.unit,
                raw_unit=t.raw_unit,
                role="result",
                subject=t.subject,
                family=t.family,
                bound="about" if m["hedge"] else "exact",
            )
        )
    qs.sort(key=lambda q: q.start)


_FULL_STOP_RE = re.compile(r"[.。!?！？\n](?!\d)")


def _requested(text: str, q: Quantity, qs: list[Quantity]) -> bool:
    """Asked for in its own clause, with a figure of the same unit told after it in the sentence:
    what was asked for beside what was achieved."""
    at = _figure_at(text, q)
    if not vocab().requested_re.search(text, clause_start(text, at), at):
        return False
    stop = _FULL_STOP_RE.search(text, q.end)
    end = stop.start() if stop else len(text)
    return any(
        o.start >= q.end
        and o.start < end
        and o.role in _CLAIMED
        and (not o.unit or o.unit == q.unit)
        for o in qs
    )


def _unpair(target: Quantity, qs: list[Quantity]) -> None:
    """A target is no level of a change: a figure after it read as its old value is what was
    achieved ('asked for 95% recall and in the end it was 96.5%')."""
    if target.baseline is None:
        return
    for o in qs:
        if o.start >= target.end and o.role == "baseline" and o.value == target.baseline:
            o.role = "result"
            target.baseline = target.result = target.direction = None
            return


def mark_targets(text: str, qs: list[Quantity]) -> None:
    """Targets become role `target`; a bare achieved figure after one takes its unit."""
    targets: list[Quantity] = []
    for q in qs:
        if (
            q.role in _CLAIMED
            and q.unit not in _NOT_MEASURED
            and (_is_target(text, q) or _requested(text, q, qs))
        ):
            q.role = "target"
            _unpair(q, qs)
            if vocab().target_before_re.fullmatch(q.subject.strip()):
                q.subject, q.family = "", ""  # "goal", "aiming": the cue names no measure
            targets.append(q)
    _bare_achieved(text, qs, targets)
    for q in qs:
        if q.unit or q.role not in ("result", "other", "count") or q in targets:
            continue
        earlier = [
            t
            for t in targets
            if t.end <= q.start
            and t.unit
            and _sentence_start(text, _figure_at(text, t)) == _sentence_start(text, q.start)
        ]
        if not earlier or not vocab().achieved_re.search(text, earlier[-1].end, q.start):
            continue
        t = earlier[-1]
        written = _written(text, t)
        if not written:
            continue
        factor = t.value / written
        q.unit, q.raw_unit, q.value = t.unit, t.raw_unit, q.value * factor
        q.role = "result"
        q.subject = q.subject or t.subject
        q.family = q.family or t.family
    _measure_of_target(text, qs, targets)


def _measure_of_target(text: str, qs: list[Quantity], targets: list[Quantity]) -> None:
    """A figure achieved after a target, of its unit and naming no measure of its own, is about
    the target's measure ('客户要求 P99 低于 200ms，实际做到了 150ms')."""
    for q in qs:
        if q.family or q.role != "result" or q in targets:
            continue
        told = [
            t
            for t in targets
            if t.end <= q.start
            and t.family
            and t.unit == q.unit
            and _sentence_start(text, _figure_at(text, t)) == _sentence_start(text, q.start)
        ]
        if told:
            q.subject, q.family = told[-1].subject, told[-1].family


_PERIOD_H = {"hour": 1.0, "day": 24.0, "night": 24.0, "week": 168.0, "fortnight": 336.0,
             "month": 730.0, "quarter": 2190.0, "year": 8760.0}  # fmt: skip
_ADVERB_H = {"hourly": 1.0, "daily": 24.0, "nightly": 24.0, "weekly": 168.0, "biweekly": 336.0,
             "fortnightly": 336.0, "monthly": 730.0, "quarterly": 2190.0, "yearly": 8760.0,
             "annually": 8760.0}  # fmt: skip
_ZH_PERIOD_H = {"小时": 1.0, "天": 24.0, "日": 24.0, "周": 168.0, "星期": 168.0, "月": 730.0,
                "季度": 2190.0, "年": 8760.0}  # fmt: skip
_FREQ_FROM_RE = re.compile(
    r"(?i:\bfrom\s+(?:[a-z]+ing\s+)?(?:(?P<adv>hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|"
    r"quarterly|yearly|annually)\b|(?:once|twice|\w+\s+times)\s+(?:a|per|every)\s+(?P<per>hour|day|night|week|"
    r"fortnight|month|quarter|year)\b|every\s+(?P<every>hour|day|night|week|fortnight|month|quarter|year)\b))"
    r"|(?:从|由)(?:原来的)?每(?:个)?(?P<zh>小时|天|日|周|星期|月|季度|年)"
)
"""What a frequency was before it changed: "from monthly", "from twice a month", 从每周一次."""
_EVERY_BEFORE_RE = re.compile(r"(?i:\bevery\s*$)|每\s*$")
_TIMES_AFTER_RE = re.compile(
    r"(?i:\s*(?:times|x)\s+(?:a|per|every)\s+(?:hour|day|night|week|fortnight|month|quarter|year)\b)"
)
_ZH_TIMES_RE = re.compile(r"每(?:个)?(?:小时|天|日|周|星期|月|季度|年)\s*$")
_TWICE_TO_RE = re.compile(
    r"(?i:\bto[\s,]+(?:like,?\s+|about\s+|around\s+|maybe\s+)?(?P<n>twice)\s+(?:a|per|every)\s+"
    r"(?:hour|day|week|month|quarter|year)\b)"
)


def _old_interval(m: re.Match[str]) -> float | None:
    """The interval before the change, in hours, when a word names it."""
    if m["adv"]:
        return _ADVERB_H[m["adv"].lower()]
    if m["every"]:
        return _PERIOD_H[m["every"].lower()]
    if m["zh"] and re.search(r"一次$", m.string[m.end() : m.end() + 3]):
        return _ZH_PERIOD_H[m["zh"]]
    return None


def mark_frequencies(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A frequency changed ("from monthly to every 10 days", "from twice a month to three times
    a week", 从每月一次提高到每周两次) is a claimed result: the new interval, with the old one as
    its start when a word names it, or the new count per period."""
    for m in _FREQ_FROM_RE.finditer(text):
        end = _SENTENCE_END_RE.search(text, m.end())
        stop = min(end.start() if end else len(text), m.end() + 60)
        for q in qs:
            at = _figure_at(text, q)
            if not m.end() <= at < stop or q.baseline is not None:
                continue
            if q.unit in ("h", "ms") and _EVERY_BEFORE_RE.search(text, max(0, at - 8), at):
                q.role = "result"
                old = _old_interval(m)
                if old is not None:
                    q.baseline = old if q.unit == "h" else old * 3_600_000.0
                    q.direction = "down" if q.value < q.baseline else "up"
            elif q.unit in ("", "count") and (
                _TIMES_AFTER_RE.match(text, q.end)
                or _ZH_TIMES_RE.search(text, max(0, at - 6), at)
                or re.match(r"\s*次", text[q.end :])
            ):
                q.role = "result"
        twice = _TWICE_TO_RE.search(text, m.end(), stop)
        if twice and not any(q.start < twice.end("n") and twice.start("n") < q.end for q in qs):
            said = twice["n"]
            qs.append(
                Quantity(
                    text=said,
                    start=twice.start("n"),
                    end=twice.end("n"),
                    value=2.0,
                    raw_unit=said,
                    role="result",
                    words=True,
                )
            )
    qs.sort(key=lambda q: q.start)
    return qs
