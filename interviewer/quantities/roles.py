"""The role of a number in its sentence: a claimed result, or a fact about the work.

One place decides it, from what the extractor found: the unit, a change (pair, verb, word),
an outcome verb before a count, and the words of the clause (team, test set, sampling, corpus,
budget). Results are what a candidate claims to have achieved; facts (hardware, model size,
team size, duration, cost, data and sample sizes, counts) describe the work and are kept for
contradiction checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interviewer.quantities.vocab import vocab

_BASELINE_RE = re.compile(
    r"(?i:originally|initially|at first|at the start|started at|starting point|baseline|used to|"
    r"before(?: that| we| the)?|previously|was at)|原来|原先|原本|起初|最初|之前|此前|以前|一开始|基线",
)
_USERS_RE = re.compile(r"(?i:users?|customers?|clients?|merchants?|tenants?|用户|客户|商家|租户)")
_ON_SET_RE = re.compile(r"(?i:\b(?:on|against)\s+(?:a\s+|the\s+)?$)|在\s*$")
_OUTCOME_UNITS = {"count", "", "usd", "cny", "eur", "gbp"}
"""What an outcome verb makes a result: things counted and money ("caught 9 bugs", "won $1M")."""
_RESULT_UNITS = {"%", "pp", "x", "qps", "tokens/s"}


@dataclass(slots=True)
class Evidence:
    """What the extractor saw around one number."""

    unit: str
    raw_unit: str
    changed: bool
    """A pair, a direction verb, a comparative or a change in words."""
    bounded: bool
    family: str
    subject: str
    before: str
    """The clause before the number."""
    after: str
    """The clause after the number."""
    outcome: bool
    """An outcome verb ("caught", "发现") leads to this count."""
    context: str = ""
    """The sentence before the number, across commas ("搭建评测集，覆盖1200条")."""


def decide(e: Evidence) -> str:
    """One role from the evidence (see the module docstring)."""
    fact = _unit_fact(e)
    if fact:
        return fact
    v = vocab()
    if e.changed or (e.outcome and e.unit in _OUTCOME_UNITS):
        return "result"
    if e.unit == "%" and v.sampling_re.search(e.before + " " + e.after[:16]):
        return "sampling_rate"
    if _BASELINE_RE.search(e.before[-30:]):
        return "baseline"
    if e.unit in _RESULT_UNITS or (e.unit == "ms" and e.raw_unit.lower() not in _MINUTES):
        return "result"
    if e.unit in ("ms", "h"):
        return "result" if e.family in ("latency", "duration_measure") else "duration"
    if e.unit in ("usd", "cny", "eur", "gbp"):
        return "result" if e.family == "revenue" else "cost"
    return _count_role(e)


_MINUTES = {"分钟", "min", "mins", "minute", "minutes"}


def _unit_fact(e: Evidence) -> str:
    if e.unit == "gpu":
        return "hardware"
    if e.unit == "params":
        return "model_size"
    if e.unit == "people":
        return "count" if _USERS_RE.search(e.after[:12]) else "team_size"
    return ""


def _count_role(e: Evidence) -> str:
    v = vocab()
    near_after = e.after[:24]
    if e.family and e.unit == "" and e.family not in ("traffic", "tickets", "defects"):
        return "result"  # "F1 0.85", "kappa 0.81", "NDCG@10 of 0.62"
    if v.sample_re.search(near_after) or v.sample_re.search(e.context[-30:]):
        return "sample_size"
    if _ON_SET_RE.search(e.before) and e.unit in ("count", ""):
        return "sample_size"
    if (
        e.unit in ("tokens", "bytes")
        or v.data_re.search(near_after)
        or (e.unit == "count" and v.data_re.search(e.subject))
    ):
        return "data_size"
    if e.unit == "count" or e.unit == "":
        return "count" if e.subject else "other"
    return "other"
