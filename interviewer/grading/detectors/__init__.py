"""Per-criterion offline detectors: each turns a TextView into a 1–5 score with evidence.

A detector returns the sentence indexes that justify its score and the key of the suggestion
(in lexicon.yaml `suggestions.<criterion>.<key>`) naming what the answer should add.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from interviewer.signals import TextView


@dataclass
class Detection:
    """A criterion's score, the sentences behind it, and what is missing."""

    score: int
    evidence: list[int] = field(default_factory=list)
    missing: str = "strong"
    spans: list[tuple[int, int]] = field(default_factory=list)
    """Exact parts of sentences quoted before the `evidence` sentences (e.g. one clause)."""


@dataclass
class DetectContext:
    """What a detector may know besides the answer."""

    question: str = ""
    probes: tuple[str, ...] = ()
    signals: tuple[str, ...] = ()
    """Keywords of a custom criterion (its rubric `signals` for the answer's language)."""


Detector = Callable[[TextView, DetectContext], Detection]


def registry() -> dict[str, Detector]:
    """Criterion id -> built-in detector."""
    from interviewer.grading.detectors import numbers, reasoning, story

    return {
        "star": story.star,
        "ownership": story.ownership,
        "failure": story.failure,
        "reflection": story.reflection,
        "metrics": numbers.metrics,
        "tradeoffs": reasoning.tradeoffs,
        "depth": reasoning.depth,
        "specificity": reasoning.specificity,
        "motivation": reasoning.motivation,
    }


def clamp(score: float) -> int:
    return max(1, min(5, int(score)))
