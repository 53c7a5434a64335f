"""`#resume-preview`: what was read from the résumé, shown and corrected before the interview.

Render and plain handler functions only (no Gradio import), so the interview tab can place it
and the tests can drive it. The flow: a file or pasted text is read (`read_for_preview`, PDF and
DOCX in the bounded worker), shown as HTML plus editable rows (`preview`), the rows the
candidate edits are applied to the reading (`apply_rows`: rename, remove, add a project, change
its kind, fix or remove a claim), and the corrected reading travels as JSON in the page state
(`to_state` / `from_state`) until Start, which is the confirmation. Nothing is stored before.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from interviewer.resume.kinds import KINDS
from interviewer.resume.view import claim_phrase
from interviewer.types import ClaimedMetric, Project, Resume
from interviewer.web.strings import t

COLUMNS = ("project", "kind", "claims")
"""Columns of the editable rows: name, kind, claims as `label: before → after unit; …`."""
_CLAIM_RE = re.compile(
    r"^\s*(?P<label>[^:：]+?)\s*[:：]\s*(?:(?P<dir>up|down|上升|下降)\s+)?"
    r"(?:(?P<before>-?[\d.,]+)\s*(?:→|->|to|到)\s*)?(?P<after>-?[\d.,]+)\s*(?P<unit>[^\d\s;；]*)\s*$",
    re.IGNORECASE,
)
_UNITS_BACK = {
    "points": "pp",
    "usd": "usd",
    "元": "cny",
    "people": "people",
    "gpus": "gpu",
    "qps": "qps",
}


def read_for_preview(path: str | None, pasted: str) -> Resume | None:
    """The reading of an uploaded file (bounded worker) or pasted text; None when neither."""
    from interviewer.resume import parse_resume_text

    if path:
        from interviewer.resume.contract import from_contract
        from interviewer.resume.worker import read_resume_bounded

        name = Path(path).name
        text = read_resume_bounded(Path(path).read_bytes(), name)
        corrected = from_contract(text, name) if name.lower().endswith(".json") else None
        return corrected or parse_resume_text(text, source=name)
    if (pasted or "").strip():
        return parse_resume_text(pasted, source="pasted")
    return None


def preview(resume: Resume | None, lang: str) -> tuple[str, list[list[str]]]:
    """HTML for `#resume-preview` and the editable rows (one per project)."""
    return preview_html(resume, lang), rows_of(resume, lang)


def rows_of(resume: Resume | None, lang: str = "en") -> list[list[str]]:
    """One row per project: name, kind by its name in `lang`, claims as `parse_claims` reads."""
    if resume is None:
        return []
    return [
        [
            p.name,
            kind_name(p.kind, lang),
            "; ".join(claim_phrase(m) for m in p.metrics if m.role == "result"),
        ]
        for p in resume.projects
    ]


def headers(lang: str) -> list[str]:
    """The editable rows' column names in `lang` (COLUMNS are the ids)."""
    return [t(f"preview_col_{c}", lang) for c in COLUMNS]


def rows_value(resume: Resume | None, lang: str) -> Any:
    """The editable rows as the table's value, its column names in `lang`."""
    import pandas as pd

    return pd.DataFrame(rows_of(resume, lang), columns=headers(lang))


def kind_id(cell: str) -> str:
    """A kind cell back to its id: the id itself, or its name in either language."""
    text = cell.strip()
    if text in KINDS:
        return text
    folded = text.casefold()
    for kind in KINDS:
        if folded in {kind_name(kind, lg).casefold() for lg in ("zh", "en")}:
            return kind
    return text


def _name(prefix: str, value: str, lang: str) -> str:
    """A project kind or a fact's role by its name in `lang` (the id only if no name is known)."""
    key = f"{prefix}_{value}"
    name = t(key, lang)
    return value if name == key else name


def kind_name(kind: str, lang: str) -> str:
    return _name("project_kind", kind, lang)


def preview_html(resume: Resume | None, lang: str) -> str:
    """Projects with kind, claims and facts; escaped, since every word came from the candidate."""
    if resume is None:
        return f"<div id='resume-preview-body'><p>{html.escape(t('preview_empty', lang))}</p></div>"
    parts = [f"<p>{html.escape(t('preview_intro', lang))}</p>"]
    if not resume.projects:
        parts.append(f"<p>{html.escape(t('preview_no_projects', lang))}</p>")
    for p in resume.projects:
        claims = [m for m in p.metrics if m.role == "result"]
        facts = [m for m in p.metrics if m.role != "result"]
        items = "".join(f"<li>{html.escape(claim_phrase(m, lang))}</li>" for m in claims)
        fact_text = "; ".join(f"{m.text} ({_name('fact_role', m.role, lang)})" for m in facts)
        where = "" if p.named else f" <em>{html.escape(t('preview_unit', lang))}</em>"
        parts.append(
            "<div class='resume-project'>"
            f"<strong>{html.escape(p.name)}</strong>{where} "
            f"<span class='kind'>{html.escape(kind_name(p.kind, lang))}</span>"
            + (f"<ul>{items}</ul>" if items else "")
            + (
                f"<p class='facts'>{html.escape(t('preview_facts', lang) + fact_text)}</p>"
                if fact_text
                else ""
            )
            + "</div>"
        )
    return "<div id='resume-preview-body'>" + "".join(parts) + "</div>"


def apply_rows(resume: Resume, rows: list[list[Any]]) -> Resume:
    """The reading with the candidate's edits: a row per project, in the order shown.

    A row whose name is emptied removes its project; a row past the end adds one; an edited
    kind or claims cell replaces the project's kind or its claims (facts are kept).
    """
    projects: list[Project] = []
    for i, row in enumerate(rows):
        cells = [str(c or "").strip() for c in (list(row) + ["", "", ""])[:3]]
        name, kind, claims = cells
        kind = kind_id(kind)
        if not name:
            continue
        base = resume.projects[i] if i < len(resume.projects) else Project(name=name)
        updated = base.model_copy(deep=True)
        updated.name = name[:120]
        if kind in KINDS and kind != base.kind:
            updated.kind, updated.kinds, updated.kind_evidence = kind, [kind], []  # type: ignore[assignment]
        if claims != "; ".join(claim_phrase(m) for m in base.metrics if m.role == "result"):
            facts = [m for m in base.metrics if m.role != "result"]
            updated.metrics = [*parse_claims(claims), *facts]
        projects.append(updated)
    metrics = [m for p in projects for m in p.metrics]
    return resume.model_copy(update={"projects": projects, "metrics": metrics})


def parse_claims(cell: str) -> list[ClaimedMetric]:
    """`conversion: 12 → 19%; GPU cost: down 40%` back into claims; unreadable parts are dropped."""
    out = []
    for part in re.split(r"[;；]", cell):
        m = _CLAIM_RE.match(part)
        if not m:
            continue
        unit, factor, raw_unit = _unit_back(m.group("unit").strip())
        after = float(m.group("after").replace(",", "")) * factor
        before = m.group("before")
        baseline = float(before.replace(",", "")) * factor if before else None
        direction = None
        if m.group("dir"):
            direction = "up" if m.group("dir").lower() in ("up", "上升") else "down"
        elif baseline is not None and baseline != after:
            direction = "up" if after > baseline else "down"
        out.append(
            ClaimedMetric(
                text=part.strip(),
                value=after,
                unit=unit,
                what=m.group("label").strip(),
                subject=m.group("label").strip(),
                baseline=baseline,
                result=after if baseline is not None else None,
                direction=direction,  # type: ignore[arg-type]
                role="result",
                raw_unit=raw_unit,
            )
        )
    return out


def _unit_back(written: str) -> tuple[str, float, str]:
    """(normalised unit, factor, unit as written) of a claim's unit text: the preview shows a
    claim in its written unit ('21 → 12 days'), and the reading keeps normalised ones (504 h)."""
    from interviewer.quantities.units import unit_of

    named = _UNITS_BACK.get(written.lower())
    if named is not None:
        return named, 1.0, ""
    found = unit_of(written)
    if found is not None:
        return found[0], found[1], written
    return written.lower(), 1.0, ""


def to_state(resume: Resume | None) -> dict[str, Any] | None:
    """The reading as JSON for the page state (text included: the interviewer reads it)."""
    return None if resume is None else resume.model_dump(mode="json")


def from_state(data: dict[str, Any] | None) -> Resume | None:
    return None if not data else Resume.model_validate(data)


def on_resume_input(path: str | None, pasted: str, lang: str) -> tuple[str, list[list[str]], Any]:
    """Handler for a new upload or paste: (preview HTML, rows, state); errors shown in place."""
    from interviewer.errors import DataFileError

    try:
        resume = read_for_preview(path, pasted)
    except DataFileError as err:
        message = html.escape(err.message.split(": ", 1)[-1])
        hint = f"<br>{html.escape(err.hint)}" if err.hint else ""
        return f"<div id='resume-preview-body'><p>{message}{hint}</p></div>", [], None
    body, rows = preview(resume, lang)
    return body, rows, to_state(resume)


def on_rows_edit(state: dict[str, Any] | None, rows: Any, lang: str) -> tuple[str, Any]:
    """Handler for an edited row table: (preview HTML, state with the corrected reading)."""
    resume = from_state(state)
    if resume is None:
        return preview_html(None, lang), None
    values = rows.values.tolist() if hasattr(rows, "values") else list(rows or [])
    corrected = apply_rows(resume, values)
    return preview_html(corrected, lang), to_state(corrected)
