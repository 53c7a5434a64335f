"""A session as CSV: one row per turn and criterion, for spreadsheets."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from interviewer.types import SessionRecord

HEADER = [
    "session_id",
    "index",
    "role",
    "kind",
    "topic",
    "probes",
    "text",
    "grader",
    "rubric",
    "criterion",
    "score",
    "evidence",
    "suggestion",
    "overall",
]


#: A cell starting with one of these is a formula to spreadsheet programs (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutral(value: object) -> object:
    """A text cell that cannot run as a formula: a leading ' where one could; numbers unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _NeutralWriter:
    """csv.writer whose text cells are neutralised (answers and quotes are the candidate's)."""

    def __init__(self, buf: io.StringIO) -> None:
        self._w = csv.writer(buf)

    def writerow(self, row: Sequence[object]) -> None:
        self._w.writerow([neutral(v) for v in row])


def session_csv(rec: SessionRecord) -> str:
    """Turns without grades get one row with empty grade cells; no cell is a live formula."""
    buf = io.StringIO()
    w = _NeutralWriter(buf)
    w.writerow(HEADER)
    for t in rec.turns:
        base = [rec.id, t.index, t.role, t.kind, t.topic or "", " ".join(t.probes), t.text]
        if not t.grades:
            w.writerow([*base, "", "", "", "", "", "", ""])
        for gs in t.grades:
            for c in gs.criteria:
                w.writerow(
                    [
                        *base,
                        gs.grader,
                        gs.rubric,
                        c.criterion,
                        c.score,
                        " | ".join(c.evidence),
                        c.suggestion,
                        round(gs.overall, 1),
                    ]
                )
    return buf.getvalue()
