"""Review and library handlers as plain functions: sessions of one owner, transcripts, export,
progress over time, the weakest criterion, and readable personas/rubrics."""

from __future__ import annotations

import re
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interviewer.errors import InputError, InterviewerError, NotFoundError
from interviewer.web import render
from interviewer.web.strings import t

if TYPE_CHECKING:
    from interviewer.services import Services

EXPORT_FORMATS = ("md", "json", "csv", "pdf")
RECENT_SESSIONS_FOR_WEAKEST = 5


def _persona_name(services: Services, persona_id: str, lang: str) -> str:
    try:
        return services.personas.get(persona_id).name.get(lang)
    except InterviewerError:
        return persona_id


def get_owned(services: Services, owner: str, session_id: int | str | None, lang: str) -> Any:
    """The full session if it belongs to `owner`; otherwise the same NotFoundError whether it is
    another's or missing (the repository filters by owner)."""
    from interviewer.web.state import parse_session_id

    sid = parse_session_id(session_id, lang)
    try:
        return services.repo.get_session(sid, owner=owner)
    except NotFoundError:
        raise NotFoundError(t("not_yours", lang)) from None


def sessions_rows(
    services: Services, owner: str, lang: str, persona: str = "", session_lang: str = ""
) -> list[list[Any]]:
    """Table rows: id, date, persona, language, status, overall; filtered by round/language."""
    rows = []
    for r in services.repo.list_sessions(owner=owner, limit=500):
        if (persona and r.persona != persona) or (session_lang and r.lang != session_lang):
            continue
        rows.append(
            [
                r.id,
                f"{r.created_at:%Y-%m-%d %H:%M}",
                _persona_name(services, r.persona, lang),
                t(f"lang_{r.lang}", lang),
                t(
                    {"active": "status_active", "finished": "status_finished_word"}.get(
                        r.status, "status_abandoned"
                    ),
                    lang,
                ),
                "" if r.overall is None else round(r.overall),
            ]
        )
    return rows


def session_headers(lang: str) -> list[str]:
    return [
        t(k, lang)
        for k in ("col_id", "col_date", "col_persona", "col_lang", "col_status", "col_overall")
    ]


def session_choices(rows: list[list[Any]]) -> list[tuple[str, int]]:
    return [(f"#{r[0]} · {r[1]} · {r[2]}", int(r[0])) for r in rows]


def transcript(services: Services, owner: str, session_id: int | str | None, lang: str) -> str:
    """The scored transcript with evidence highlighted (escaped) and each turn's audio player."""
    if session_id in (None, ""):
        return ""
    rec = get_owned(services, owner, session_id, lang)
    rubric = services.rubrics.items.get(rec.rubric)
    try:
        bank = services.bank
    except Exception:  # noqa: BLE001 - a broken bank file must not hide the transcript
        bank = None
    return render.transcript_html(
        rec, lang, rubric, audio_dir=services.settings.audio_dir, bank=bank
    )


def export_path(settings: Any, session_id: int, fmt: str) -> Path:
    """A fresh private file for one export, where deleting the session finds it again."""
    from storage.repository import EXPORT_STEM

    root = settings.cache_dir / "exports"
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder = Path(tempfile.mkdtemp(dir=root))
    return folder / f"{EXPORT_STEM}{int(session_id)}.{fmt}"


def export(
    services: Services, owner: str, session_id: int | str | None, fmt: str, lang: str
) -> str:
    """Write the session as md/json/csv/pdf into a fresh temp folder; returns the file path."""
    from interviewer.export import export_session, session_pdf

    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format '{fmt}'", "use md, json, csv or pdf")
    rec = get_owned(services, owner, session_id, lang)
    path = export_path(services.settings, rec.id, fmt)
    if fmt == "pdf":
        path.write_bytes(session_pdf(rec))
    else:
        path.write_text(export_session(rec, fmt), encoding="utf-8")
    return str(path)


def delete(services: Services, owner: str, session_id: int | str | None, lang: str) -> str:
    """Delete one of the owner's sessions; returns the confirmation text."""
    rec = get_owned(services, owner, session_id, lang)
    services.repo.for_owner(owner).delete_session(rec.id)
    return t("deleted", lang, id=rec.id)


def _criterion_names(services: Services, lang: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for rid in services.rubrics.ids():
        for c in services.rubrics.items[rid].criteria:
            names.setdefault(c.id, c.name.get(lang))
    return names


#: Finished sessions the progress chart shows (the most recent).
CHART_SESSIONS = 30


def _finished_scores(services: Services, owner: str, limit: int) -> list[tuple[Any, Any]]:
    """(record, SessionScores) of the owner's most recent finished sessions, oldest first."""
    from interviewer.grading.scoring import session_scores
    from interviewer.schemas import Rubric

    recs = services.repo.list_sessions(owner=owner, status="finished", limit=limit)
    out = []
    for brief in sorted(recs, key=lambda r: (r.created_at, r.id)):
        rec = services.repo.get_session(brief.id)
        rubric: Rubric | None
        try:
            rubric = Rubric.model_validate(rec.rubric_snapshot)
        except ValueError:
            rubric = services.rubrics.items.get(rec.rubric)
        if rubric is not None:
            out.append((rec, session_scores(rec, rubric)))
    return out


def progress_points(services: Services, owner: str, lang: str) -> list[Any]:
    """Chart points: each finished session's criterion scores (both rubrics' criteria, by name)."""
    from interviewer.web.progress_chart import SessionPoint

    names = _criterion_names(services, lang)
    points = []
    for rec, scores in _finished_scores(services, owner, CHART_SESSIONS):
        if not scores.criteria:
            continue
        label = f"#{rec.id} {rec.created_at:%m-%d}"
        points.append(SessionPoint(label, {names.get(c, c): v for c, v in scores.criteria.items()}))
    return points


def progress_chart(services: Services, owner: str, lang: str) -> str:
    """The progress chart's HTML for this owner."""
    from interviewer.web.progress_chart import progress_svg

    return progress_svg(progress_points(services, owner, lang), lang)


def _weakest(services: Services, owner: str) -> tuple[str, float, str, int] | None:
    """(criterion, mean session score, persona, n sessions) over the last finished sessions."""
    scores: dict[str, list[float]] = defaultdict(list)
    persona_of: dict[str, str] = {}
    for rec, s in _finished_scores(services, owner, RECENT_SESSIONS_FOR_WEAKEST):
        for cid, value in s.criteria.items():
            scores[cid].append(value)
            persona_of[cid] = rec.persona
    if not scores:
        return None
    means = {c: sum(v) / len(v) for c, v in scores.items()}
    cid = min(sorted(means), key=lambda c: means[c])
    return cid, round(means[cid], 2), persona_of[cid], len(scores[cid])


def weakest_criterion(services: Services, owner: str) -> tuple[str, float, str] | None:
    """(criterion id, recent mean, persona to practise with) over the last few finished
    sessions, each session's score as the report gives it; None before the first."""
    found = _weakest(services, owner)
    return found[:3] if found else None


def weakest_text(services: Services, owner: str, lang: str) -> str:
    found = _weakest(services, owner)
    if found is None:
        return t("weakest_none", lang)
    cid, mean, _, n = found
    name = _criterion_names(services, lang).get(cid, cid)
    return t("weakest", lang, name=_md_plain(name), score=f"{mean:.1f}", n=n)


def _md_plain(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


# ---------------------------------------------------------------- library


def persona_view(services: Services, persona_id: str | None, lang: str) -> str:
    item = services.personas.items.get(persona_id or "")
    return render.persona_html(item, lang) if item else ""


def rubric_view(services: Services, rubric_id: str | None, lang: str) -> str:
    item = services.rubrics.items.get(rubric_id or "")
    return render.rubric_html(item, lang) if item else ""


def errors_view(services: Services, lang: str) -> str:
    """Load errors of broken persona and rubric files, and where user files go."""
    errs = [*services.personas.errors, *services.rubrics.errors]
    dirs = [*services.settings.user_personas_dirs(), *services.settings.user_rubrics_dirs()]
    where = render.esc(t("user_dirs", lang, dirs=", ".join(str(d) for d in dirs)))
    return render.errors_html(errs, lang) + f"<p class='iv-muted'>{where}</p>"
