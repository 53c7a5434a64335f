"""A session as CSV: one row per turn and criterion, for spreadsheets."""

from __future__ import annotations

import csv
import io

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


def session_csv(rec: SessionRecord) -> str:
    """Turns without grades get one row with empty grade cells."""
    buf = io.StringIO()
    w = csv.writer(buf)
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
