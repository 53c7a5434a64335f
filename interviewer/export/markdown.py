"""A session as markdown: stored text is escaped so no candidate text renders as HTML."""

from __future__ import annotations

import json
from pathlib import Path

from interviewer.export.voice import voice_lines
from interviewer.types import SessionRecord, TurnRecord


def _md_escape(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _header(rec: SessionRecord) -> list[str]:
    lines = [
        f"# Interview session {rec.id}",
        "",
        f"- persona: {rec.persona}  ",
        f"- rubric: {rec.rubric}  ",
        f"- language: {rec.lang}  ",
        f"- model: {rec.model}  ",
        f"- status: {rec.status}  ",
        f"- started: {rec.created_at:%Y-%m-%d %H:%M} UTC  ",
    ]
    if rec.overall is not None:
        lines.append(f"- overall: {rec.overall:.0f}/100  ")
    lines.append("")
    return lines


def _turn(t: TurnRecord) -> list[str]:
    who = "Interviewer" if t.role == "interviewer" else "Candidate"
    probes = f" _(probes: {', '.join(t.probes)})_" if t.probes else ""
    lines = [f"### {t.index + 1}. {who} — {t.kind}{probes}", "", _md_escape(t.text), ""]
    voice = ([f"audio: {Path(t.audio_path).name}"] if t.audio_path else []) + voice_lines(t)
    if voice:
        lines += [f"- {_md_escape(v)}  " for v in voice] + [""]
    for gs in t.grades:
        lines.append(f"**Grades** ({gs.grader}, rubric {gs.rubric}, overall {gs.overall:.0f}/100)")
        if gs.flags:
            lines.append(f"flags: {', '.join(gs.flags)}")
        lines.append("")
        lines.append("| criterion | score | evidence | suggestion |")
        lines.append("|---|---|---|---|")
        for c in gs.criteria:
            ev = " / ".join(f"“{_md_escape(q)}”" for q in c.evidence) or "—"
            cells = [c.criterion, f"{c.score}/5", ev, _md_escape(c.suggestion)]
            lines.append("| " + " | ".join(x.replace("|", "\\|") for x in cells) + " |")
        lines.append("")
    return lines


def session_markdown(rec: SessionRecord) -> str:
    """Header, each turn with its voice lines and grade table, then the report as JSON."""
    lines = _header(rec)
    for t in rec.turns:
        lines += _turn(t)
    if rec.report:
        lines += [
            "## Report",
            "",
            "```json",
            json.dumps(rec.report, ensure_ascii=False, indent=2),
            "```",
            "",
        ]
    return "\n".join(lines)
