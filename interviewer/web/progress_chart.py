"""The review tab's progress chart as inline SVG: one line per criterion with markers, x = finished
session (numbered, dated), y = the session score 1–5, and a legend that is never clipped.

Drawn here rather than by a plotting widget so that one session still shows (as markers), the
x axis is one tick per session (not clock time), Chinese names render with the page's fonts,
and every name is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from interviewer.web.render import esc
from interviewer.web.strings import t

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 40, 16, 14, 44
#: Colour-blind-safe palette (Okabe–Ito), cycled when there are more criteria.
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000")
MARKERS = ("circle", "square", "diamond", "triangle")


@dataclass
class SessionPoint:
    """One finished session: its label on the x axis and its criterion scores (name → 1–5)."""

    label: str
    scores: dict[str, float]


def _marker(kind: str, x: float, y: float, colour: str, title: str) -> str:
    tip = f"<title>{esc(title)}</title>"
    if kind == "square":
        return (
            f"<rect x='{x - 4:.1f}' y='{y - 4:.1f}' width='8' height='8' fill='{colour}'>"
            f"{tip}</rect>"
        )
    if kind == "diamond":
        pts = f"{x:.1f},{y - 5:.1f} {x + 5:.1f},{y:.1f} {x:.1f},{y + 5:.1f} {x - 5:.1f},{y:.1f}"
        return f"<polygon points='{pts}' fill='{colour}'>{tip}</polygon>"
    if kind == "triangle":
        pts = f"{x:.1f},{y - 5:.1f} {x + 5:.1f},{y + 4:.1f} {x - 5:.1f},{y + 4:.1f}"
        return f"<polygon points='{pts}' fill='{colour}'>{tip}</polygon>"
    return f"<circle cx='{x:.1f}' cy='{y:.1f}' r='4' fill='{colour}'>{tip}</circle>"


def progress_svg(points: Sequence[SessionPoint], lang: str) -> str:
    """The chart and its legend as HTML; a plain line when there is no finished session."""
    if not points:
        return f"<p class='iv-muted'>{esc(t('plot_empty', lang))}</p>"
    names: list[str] = []
    for p in points:
        names += [n for n in p.scores if n not in names]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(points) - 1, 1)

    def x_of(i: int) -> float:
        return LEFT + (i * step if len(points) > 1 else plot_w / 2)

    def y_of(score: float) -> float:
        return TOP + (5 - score) / 4 * plot_h

    parts = [
        f"<svg viewBox='0 0 {WIDTH} {HEIGHT}' role='img' class='iv-chart' "
        f"aria-label='{esc(t('progress_plot', lang))}'>"
    ]
    for level in range(1, 6):
        y = y_of(level)
        parts.append(
            f"<line x1='{LEFT}' x2='{WIDTH - RIGHT}' y1='{y:.1f}' y2='{y:.1f}' class='iv-grid'/>"
            f"<text x='{LEFT - 8}' y='{y + 4:.1f}' text-anchor='end' class='iv-axis'>{level}</text>"
        )
    every = max(1, len(points) // 8)  # at most ~8 labels, whatever the number of sessions
    for i, p in enumerate(points):
        if i % every == 0 or i == len(points) - 1:
            parts.append(
                f"<text x='{x_of(i):.1f}' y='{HEIGHT - BOTTOM + 16}' text-anchor='middle' "
                f"class='iv-axis'>{esc(p.label)}</text>"
            )
    parts.append(
        f"<text x='{LEFT + plot_w / 2:.1f}' y='{HEIGHT - 6}' text-anchor='middle' "
        f"class='iv-axis'>{esc(t('plot_x', lang))}</text>"
    )
    legend = []
    for k, name in enumerate(names):
        colour, marker = COLOURS[k % len(COLOURS)], MARKERS[k % len(MARKERS)]
        seq = [(i, p.scores[name]) for i, p in enumerate(points) if name in p.scores]
        if len(seq) > 1:
            pts = " ".join(f"{x_of(i):.1f},{y_of(s):.1f}" for i, s in seq)
            parts.append(
                f"<polyline points='{pts}' fill='none' stroke='{colour}' stroke-width='2'/>"
            )
        for i, s in seq:
            label = f"{name} · {points[i].label}: {s:.1f}/5"
            parts.append(_marker(marker, x_of(i), y_of(s), colour, label))
        legend.append(
            f"<li><svg width='14' height='14' viewBox='-7 -7 14 14'>"
            f"{_marker(marker, 0, 0, colour, name)}</svg> {esc(name)}</li>"
        )
    parts.append("</svg>")
    return (
        f"<div class='iv-progress-chart'>{''.join(parts)}"
        f"<ul class='iv-legend'>{''.join(legend)}</ul>"
        f"<p class='iv-muted'>{esc(t('plot_note', lang))}</p></div>"
    )
