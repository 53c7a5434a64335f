"""A session as markdown: stored text is escaped so no candidate text renders as HTML."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from interviewer.export.voice import voice_lines
from interviewer.schemas import Rubric
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


def _names(rec: SessionRecord) -> dict[str, str]:
    """Criterion id -> name in the session's language (from the rubric used)."""
    try:
        rubric = Rubric.model_validate(rec.rubric_snapshot) if rec.rubric_snapshot else None
    except ValueError:
        rubric = None
    return {c.id: c.name.get(rec.lang) for c in rubric.criteria} if rubric else {}


def _num(value: Any) -> str:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{v:.0f}" if v > 5 else f"{v:.1f}"


def _report(report: Mapping[str, Any], names: dict[str, str]) -> list[str]:
    """The report as readable markdown: overall, each criterion with n, practise next."""
    lines = ["## Report", ""]
    if report.get("overall") is not None:
        lines += [f"**Overall: {_num(report['overall'])}/100**", ""]
    crit = report.get("criteria")
    counts = report.get("criterion_counts") or {}
    if isinstance(crit, Mapping) and crit:
        lines += ["| criterion | score | questions (n) |", "|---|---|---|"]
        for cid, value in crit.items():
            n = counts.get(cid, "") if isinstance(counts, Mapping) else ""
            lines.append(f"| {names.get(str(cid), cid)} | {_num(value)}/5 | {n} |")
        lines.append("")
        lines += [
            "_How this is computed: per question (a main question and its follow-ups are one "
            "discussion) the best score the criterion reached, averaged over the questions; the "
            "overall weighs these with the rubric's weights on 0–100 (1 → 0, 5 → 100)._",
            "",
        ]
    for key, title in (("strongest", "Strongest answer"), ("weakest", "Weakest answer")):
        item = report.get(key)
        if isinstance(item, Mapping) and item.get("answer"):
            score = item.get("overall")
            lines += [f"### {title}" + (f" ({_num(score)}/100)" if score is not None else ""), ""]
            lines += [f"> {_md_escape(str(item['answer']))}", ""]
    practice = report.get("practice_next")
    if isinstance(practice, list) and practice:
        lines += ["### Practise next", ""]
        for p in practice:
            if isinstance(p, Mapping):
                name = names.get(str(p.get("criterion")), p.get("criterion"))
                tip = _md_escape(str(p.get("suggestion", "")))
                lines.append(f"- **{name}** ({_num(p.get('score'))}/5): {tip}")
        lines.append("")
    if report.get("note"):
        lines += [_md_escape(str(report["note"])), ""]
    return lines


def _turn(t: TurnRecord, names: dict[str, str] | None = None) -> list[str]:
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
            name = (names or {}).get(c.criterion, c.criterion)
            cells = [name, f"{c.score}/5", ev, _md_escape(c.suggestion)]
            lines.append("| " + " | ".join(x.replace("|", "\\|") for x in cells) + " |")
        lines.append("")
    return lines


def session_markdown(rec: SessionRecord) -> str:
    """Header, each turn with its voice lines and grade table (criterion names), then the
    report in words (the JSON export carries the raw data)."""
    names = _names(rec)
    lines = _header(rec)
    for t in rec.turns:
        lines += _turn(t, names)
    if rec.report:
        lines += _report(rec.report, names)
    return "\n".join(lines)
