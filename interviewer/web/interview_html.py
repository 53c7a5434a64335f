"""HTML of the interview view around the chat: progress line, score summary, setup summary,
closing line. Pure functions of stored data; everything a candidate or a model wrote is escaped."""

from __future__ import annotations

from collections.abc import Sequence

from interviewer.grading.scoring import UNSCORED_FLAGS, scored
from interviewer.schemas import Rubric
from interviewer.types import CriterionGrade, GradeResult, TurnRecord
from interviewer.web.render import criterion_name, esc, flag_label, grader_label
from interviewer.web.strings import t

MAIN_KINDS = ("question",)
SUMMARY_QUOTE_CHARS = 90


def progress_text(turns: Sequence[TurnRecord], planned: int, finished: bool, lang: str) -> str:
    """ "Question 2 of 8 · follow-up 1", or the end line once the interview is over."""
    answers = sum(1 for x in turns if x.role == "candidate")
    if finished:
        return t("progress_done", lang, n=answers)
    mains = followups = 0
    last_kind = ""
    for x in turns:
        if x.role != "interviewer":
            continue
        last_kind = x.kind
        if x.kind in MAIN_KINDS:
            mains, followups = mains + 1, 0
        elif x.kind == "followup":
            followups += 1
    if mains == 0:
        return ""
    text = t("progress_question", lang, n=mains, total=max(planned, mains))
    if last_kind == "followup":
        text += " · " + t("progress_followup", lang, k=followups)
    elif last_kind == "wrapup":
        text += " · " + t("progress_wrapup", lang)
    return text


def progress_html(text: str, session_id: int | None) -> str:
    """The `#progress` line; `data-sid` lets the page keep one unsent draft per session."""
    if not text:
        return "<div class='iv-progress iv-empty'></div>"
    sid = "" if session_id is None else str(int(session_id))
    return f"<div class='iv-progress' data-sid='{sid}'>{esc(text)}</div>"


def _weight(rubric: Rubric | None, cid: str) -> float:
    if rubric is None:
        return 1.0
    try:
        return float(rubric.criterion(cid).weight)
    except KeyError:
        return 1.0


def _short(text: str, limit: int = SUMMARY_QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def strongest(criteria: Sequence[CriterionGrade], rubric: Rubric | None) -> CriterionGrade | None:
    """The best-scored criterion (heavier weight first on a tie)."""
    if not criteria:
        return None
    return max(criteria, key=lambda c: (c.score, bool(c.evidence), _weight(rubric, c.criterion)))


def most_useful(criteria: Sequence[CriterionGrade], rubric: Rubric | None) -> CriterionGrade | None:
    """The criterion whose suggestion would add most to the overall: weight × points missing."""
    useful = [c for c in criteria if c.suggestion.strip() and c.score < 5]
    if not useful:
        return None
    return max(useful, key=lambda c: (_weight(rubric, c.criterion) * (5 - c.score), -c.score))


def score_summary_html(grade: GradeResult | None, rubric: Rubric | None, lang: str) -> str:
    """`#score-summary`: the overall, the strongest point and the single most useful suggestion."""
    if grade is None:
        return ""
    if not scored(grade):  # a question back (about the job, or what was asked): never scored
        flag = next(f for f in grade.flags if f in UNSCORED_FLAGS)
        return (
            "<div class='iv-summary' role='status'><p class='iv-sum-overall'>"
            f"{esc(flag_label(flag, lang))}</p></div>"
        )
    best = strongest(grade.criteria, rubric)
    tip = most_useful(grade.criteria, rubric)
    parts = [
        f"<div class='iv-summary' role='status'><p class='iv-sum-overall'>"
        f"{esc(t('summary_overall', lang))}: <b>{grade.overall:.0f}</b>/100"
        f" <span class='iv-muted'>· {esc(grader_label(grade.grader, lang))}</span></p>"
    ]
    if best is not None:
        quote = f" — “{esc(_short(best.evidence[0]))}”" if best.evidence else ""
        parts.append(
            f"<p><b>{esc(t('summary_strongest', lang))}</b>: "
            f"{esc(criterion_name(rubric, best.criterion, lang))} {best.score}/5{quote}</p>"
        )
    if tip is not None:
        parts.append(
            f"<p><b>{esc(t('summary_next', lang))}</b> "
            f"({esc(criterion_name(rubric, tip.criterion, lang))} {tip.score}/5): "
            f"{esc(tip.suggestion)}</p>"
        )
    parts.append(f"<p class='iv-muted iv-sum-more'>{esc(t('summary_more', lang))}</p></div>")
    return "".join(parts)


def setup_summary(persona: str, session_lang: str, model: str, resume: str, lang: str) -> str:
    """One line for the folded setup: round, interview language, model, résumé."""
    return t(
        "setup_summary",
        lang,
        persona=persona,
        lang=t(f"lang_{session_lang}", lang),
        model=model,
        resume=resume,
    )


def resume_label(source: str | None, lang: str) -> str:
    """How the session's résumé came in: a file name, pasted text, or none."""
    if not source:
        return t("resume_none", lang)
    if source == "pasted":
        return t("resume_pasted", lang)
    return t("resume_named", lang, name=source)


def closing_text(turns: Sequence[TurnRecord], lang: str) -> str:
    """The interviewer's last words: the stored wrap-up, else a plain closing line."""
    last = next((x for x in reversed(turns) if x.role == "interviewer"), None)
    if last is not None and last.kind == "wrapup" and last.text.strip():
        return last.text
    return t("closing_default", lang)


def report_view_html(closing: str, report: str, lang: str) -> str:
    """The report view: the interviewer's closing line, then the report."""
    if not report:
        return ""
    return (
        f"<div class='iv-closing'><b>{esc(t('interviewer_role', lang))}</b>"
        f"<p>{esc(closing)}</p></div>{report}"
    )
