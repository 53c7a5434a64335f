"""Position-aware PDF text: a page laid out in columns is read column by column.

Plain extraction reads a two-column page line by line across both columns, interleaving a
sidebar of skills with the project bullets. Here each text fragment keeps its position (pypdf's
visitor), a vertical gutter that no fragment crosses splits the page into columns, and each
column is read top to bottom. A page without such a gutter is read as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MIN_COLUMN_LINES = 4
"""A column holds at least this many lines; fewer is a stray label, not a column."""
MIN_GUTTER = 8.0
"""Points of empty page between two columns."""


@dataclass(slots=True)
class Fragment:
    x: float
    y: float
    width: float
    text: str


def page_fragments(page: Any) -> list[Fragment]:
    """Text fragments of a pypdf page with their start, baseline and approximate width."""
    out: list[Fragment] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text.strip():
            return
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        scale = abs(cm[0] * tm[0]) or 1.0
        width = 0.5 * max(size, 1.0) * scale * len(text.rstrip())
        out.append(Fragment(x, y, width, text))

    page.extract_text(visitor_text=visit)
    return out


def split_columns(fragments: list[Fragment], page_width: float) -> list[list[Fragment]] | None:
    """Two or more columns separated by a gutter no fragment crosses, else None."""
    if len(fragments) < 2 * MIN_COLUMN_LINES:
        return None
    step = 2.0
    cells = int(page_width / step) + 2
    covered = [0] * cells
    for f in fragments:
        lo = max(0, int(f.x / step))
        hi = min(cells - 1, int((f.x + f.width) / step))
        for i in range(lo, hi + 1):
            covered[i] += 1
    left_edge = min(f.x for f in fragments)
    right_edge = max(f.x + f.width for f in fragments)
    gutters = _gaps(covered, step, left_edge, right_edge)
    if not gutters:
        return None
    bounds = [left_edge - 1, *gutters, right_edge + 1]
    columns = [
        [f for f in fragments if lo <= f.x < hi] for lo, hi in zip(bounds, bounds[1:], strict=False)
    ]
    if sum(1 for c in columns if _lines(c) >= MIN_COLUMN_LINES) < 2:
        return None
    return columns


def _gaps(covered: list[int], step: float, left: float, right: float) -> list[float]:
    """Middles of empty bands at least MIN_GUTTER wide, strictly inside the text's extent."""
    gaps = []
    run_start = None
    for i, n in enumerate(covered):
        x = i * step
        if n == 0 and left < x < right:
            run_start = x if run_start is None else run_start
            continue
        if run_start is not None and x - run_start >= MIN_GUTTER:
            gaps.append((run_start + x) / 2)
        run_start = None
    return gaps


def _lines(column: list[Fragment]) -> int:
    return len({round(f.y) for f in column})


def column_text(column: list[Fragment]) -> str:
    """One column's fragments as lines, top to bottom, left to right within a line."""
    rows: dict[int, list[Fragment]] = {}
    for f in sorted(column, key=lambda f: (-f.y, f.x)):
        key = next((k for k in rows if abs(k - f.y) <= 2.0), round(f.y))
        rows.setdefault(key, []).append(f)
    lines = []
    for key in sorted(rows, reverse=True):
        parts = sorted(rows[key], key=lambda f: f.x)
        lines.append(" ".join(p.text.strip() for p in parts))
    return "\n".join(lines)


def page_text(page: Any) -> str:
    """The page's text, column by column when the page has columns."""
    try:
        width = float(page.mediabox.width)
        columns = split_columns(page_fragments(page), width)
    except (ValueError, TypeError, KeyError, AttributeError, ZeroDivisionError):
        columns = None
    if columns is None:
        return str(page.extract_text() or "")
    return "\n\n".join(column_text(c) for c in columns if c)
