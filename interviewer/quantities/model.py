"""The Quantity: one number read from any text, with its role and what it is about."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

QuantityRole = Literal[
    "result",
    "baseline",
    "intermediate",
    "sample_size",
    "sampling_rate",
    "team_size",
    "duration",
    "cost",
    "hardware",
    "model_size",
    "data_size",
    "count",
    "date",
    "incidental",
    "target",
    "other",
]
Bound = Literal["exact", "about", "at_least", "at_most", "range"]
FACT_ROLES: frozenset[str] = frozenset(
    {
        "sample_size",
        "sampling_rate",
        "team_size",
        "duration",
        "cost",
        "hardware",
        "model_size",
        "data_size",
        "count",
        "date",
        "incidental",
        "target",
        "other",
    }
)


class Quantity(BaseModel):
    """A number in a text; see INTERFACES.md §1 for the contract.

    `value` is the headline number (the result where a change is told), normalised to `unit`:
    `%`, `pp`, `x`, `ms` (ms, s and minutes), `h` (hours, days, weeks, months, years; person-time such as 人天 or 'engineer-weeks' counts its
    span like the calendar: effort, never people), `usd`,
    `cny`, `eur`, `gbp`, `gpu`, `params`, `tokens`, `people`, `qps`, `tokens/s`, `bytes`,
    `count` (things counted; `raw_unit` and `subject` say which), or `` (a plain figure such as
    an F1 of 0.85).
    """

    text: str
    start: int
    end: int
    value: float
    unit: str = ""
    raw_unit: str = ""
    role: QuantityRole = "other"
    subject: str = ""
    baseline: float | None = None
    result: float | None = None
    direction: Literal["up", "down"] | None = None
    bound: Bound = "exact"
    low: float | None = None
    high: float | None = None
    words: bool = False
    family: str = ""
    """The measure family of `subject` (`latency`, `recall`, `cost`…), `` when unknown."""
