"""A résumé reading in plain words: projects with kind and claims, facts kept apart, no fragments."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from interviewer.types import ClaimedMetric, Project, Resume

CLAIM_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "claim_words.yaml"


@lru_cache(maxsize=1)
def _claim_words() -> dict[str, dict[str, dict[str, str]]]:
    """{"units": id -> {zh, en}, "changes": direction/bound -> {zh, en}} from claim_words.yaml."""
    from interviewer.bilingual import load_texts

    return load_texts(CLAIM_WORDS_FILE, plain_ok=True, nested=("units", "changes"))


def num(x: float) -> str:
    """A claimed figure as written: never rounded into another claim (99.95% uptime is not 100%)."""
    return f"{int(x):,}" if float(x).is_integer() and abs(x) < 1e15 else f"{x:.6g}"


def as_written(m: ClaimedMetric, unit_words: dict[str, str]) -> tuple[float, str]:
    """(divisor, unit text) to show a claim in the unit it was written in: '21 → 12 days', not
    the normalised '504 → 288 h' (a figure read back from that text is the same quantity)."""
    from interviewer.quantities.units import unit_of

    found = unit_of(m.raw_unit) if m.raw_unit else None
    if found is not None and found[0] == m.unit and found[1] != 1.0:
        factor, raw = found[1], m.raw_unit.strip()
        return factor, raw if "\u3400" <= raw[:1] <= "\u9fff" else f" {raw}"  # 天 / 12 days
    return 1.0, unit_words.get(m.unit, f" {m.unit}" if m.unit else "")


def claim_phrase(m: ClaimedMetric, lang: str = "en") -> str:
    """ "召回率: 68 → 85%" / "support tickets: down 30%" / "p95 latency: under 300 ms", in the
    words of `lang` ("响应延迟: 下降 30%" on a Chinese page). The English phrase is what the
    editable project rows read back."""
    words = _claim_words()
    lang = "zh" if lang == "zh" else "en"
    units = {k: v[lang] for k, v in words["units"].items()}
    factor, unit = as_written(m, units)
    if m.baseline is not None and m.result is not None:
        value = f"{num(m.baseline / factor)} → {num(m.result / factor)}{unit}"
    else:
        value = f"{num(m.value / factor)}{unit}"
        change = m.direction if m.direction and m.result is None else m.bound
        if change in words["changes"]:
            value = words["changes"][change][lang] + value
    label = m.subject or m.what
    return f"{label}: {value}" if label else value


def project_lines(i: int, p: Project, positions: list[str]) -> list[str]:
    head = f"  {i}. {p.name}" + ("" if p.named else "  (from your achievements)")
    meta = [f"kind: {p.kind}"]
    if p.role:
        meta.append(f"role: {p.role}")
    if p.period:
        meta.append(p.period)
    if p.position is not None and p.position < len(positions):
        meta.append(f"at {positions[p.position]}")
    lines = [head, "     " + " · ".join(meta)]
    if p.kind_evidence:
        lines.append("     why this kind: " + ", ".join(p.kind_evidence))
    if p.skills:
        lines.append("     skills: " + ", ".join(p.skills))
    claims = [m for m in p.metrics if m.role == "result"]
    facts = [m for m in p.metrics if m.role != "result"]
    for m in claims:
        lines.append(f"     claim: {claim_phrase(m)}")
    if facts:
        lines.append("     facts: " + "; ".join(f"{m.text} ({m.role})" for m in facts))
    return lines


def render_text(r: Resume) -> str:
    """The human view of `interviewer resume FILE`."""
    positions = [" · ".join(x for x in (p.title, p.org) if x) for p in r.positions]
    lines = [f"Résumé: {r.source} (language: {r.lang})"]
    if r.positions:
        lines.append("Positions:")
        lines += [
            "  - " + " · ".join(x for x in (p.title, p.org, p.period) if x) for p in r.positions
        ]
    lines.append(f"Projects ({len(r.projects)}):")
    for i, p in enumerate(r.projects, 1):
        lines += project_lines(i, p, positions)
    if not r.projects:
        lines.append(
            "  (none found: the interviewer will ask general questions; name your projects, or "
            "save this reading with --json, add them, and use it with practice --resume)"
        )
    if r.skills:
        lines.append("Skills: " + ", ".join(r.skills))
    claims = sum(1 for m in r.metrics if m.role == "result")
    lines.append(f"Claims in the whole résumé: {claims} (and {len(r.metrics) - claims} facts)")
    return "\n".join(lines)
