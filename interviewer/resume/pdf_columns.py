"""Position-aware PDF text: a page laid out in columns is read column by column.

Plain extraction reads a two-column page line by line across both columns, interleaving a
sidebar of skills with the project bullets. Here each text fragment keeps its position (pypdf's
visitor), a vertical gutter that no fragment crosses splits the page into columns, and each
column is read top to bottom. A page without such a gutter is read as before.
"""

from __future__ import annotations

import unicodedata
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
    size: float = 10.0


def page_fragments(page: Any) -> list[Fragment]:
    """Text fragments of a pypdf page with their start, baseline and approximate width."""
    out: list[Fragment] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text.strip():
            return
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        scale = abs(cm[0] * tm[0]) or 1.0
        body = text.rstrip()
        wide = sum(1 for ch in body if unicodedata.east_asian_width(ch) in "WF")
        width = max(size, 1.0) * scale * (0.5 * (len(body) - wide) + wide)
        out.append(Fragment(x, y, width, text, max(size, 1.0) * scale))

    page.extract_text(visitor_text=visit)
    return out


def _right_cells(fragments: list[Fragment], page_width: float) -> bool:
    """The page's only gutter-separated band is a band of right-margin cells (see below)."""
    return _bands(fragments, page_width, merge=False) != _bands(fragments, page_width, merge=True)


def split_columns(fragments: list[Fragment], page_width: float) -> list[list[Fragment]] | None:
    """Two or more columns separated by a gutter no fragment crosses, else None."""
    return _bands(fragments, page_width, merge=True)


def _bands(
    fragments: list[Fragment], page_width: float, merge: bool
) -> list[list[Fragment]] | None:
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
    columns = _without_right_cells(columns) if merge else columns
    if sum(1 for c in columns if _lines(c) >= MIN_COLUMN_LINES) < 2:
        return None
    return columns


def _without_right_cells(columns: list[list[Fragment]]) -> list[list[Fragment]]:
    """A band of short cells each on the baseline of a line to its left (dates or a city pushed
    to the right margin of job and project lines), holding far fewer lines than the text left of
    it, is part of those lines' rows, not a column: it is read with them."""
    out: list[list[Fragment]] = []
    for column in columns:
        if out and column:
            left = out[-1]
            rows = {round(f.y) for f in left}
            aligned = sum(1 for f in column if any(abs(f.y - y) <= 2.0 for y in rows))
            short = all(len(f.text.strip()) <= 30 for f in column)
            if short and aligned >= 0.9 * len(column) and _lines(column) <= 0.5 * _lines(left):
                out[-1] = left + column
                continue
        out.append(column)
    return out


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
        line = parts[0].text.strip()
        for prev, part in zip(parts, parts[1:], strict=False):
            gap = part.x - (prev.x + prev.width)
            # a cell pushed to the right margin (dates, a city) keeps a wide gap, as a layout
            # export writes it; the runs of one phrase are one space apart
            line += ("    " if gap > 3 * prev.size else " ") + part.text.strip()
        lines.append(line)
    return "\n".join(lines)


def page_text(page: Any) -> str:
    """The page's text, column by column when the page has columns."""
    try:
        width = float(page.mediabox.width)
        fragments = page_fragments(page)
        columns = split_columns(fragments, width)
        cells = columns is None and _right_cells(fragments, width)
    except (ValueError, TypeError, KeyError, AttributeError, ZeroDivisionError):
        columns, cells = None, False
    if cells:  # one column whose lines carry cells at the right margin: read row by row
        return column_text(fragments)
    if columns is None:
        return str(page.extract_text() or "")
    return "\n\n".join(column_text(c) for c in columns if c)
