"""The end-of-session report: per-criterion averages, best and worst answers, what to practise.

The numbers come from `grading.scoring.session_scores`, the one definition the review and
"practise next" use too. The report is written in the session language.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from interviewer.engine.templates import load_engine_strings
from interviewer.grading.scoring import mean, scored, session_scores
from interviewer.schemas import Rubric
from interviewer.types import GradeResult, SessionRecord, TurnRecord

QUOTE_CHARS = 160


def answer_quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """The start of an answer, cut at a sentence or word boundary (an exact prefix)."""
    text = text.strip()
    if len(text) <= limit:
        return text
    head = text[:limit]
    for mark in ("。", "！", "？", ". ", "! ", "? ", "；", "; ", "，", ", "):
        cut = head.rfind(mark)
        if cut > limit // 2:
            return head[: cut + 1].strip()
    space = head.rfind(" ")
    return (head[:space] if space > limit // 2 else head).strip()


def _grade_set(turn: TurnRecord, rubric_id: str) -> GradeResult | None:
    sets = [g for g in turn.grades if g.rubric == rubric_id]
    return sets[-1] if sets else None


def _answers(
    session: SessionRecord, rubric_id: str
) -> list[tuple[int, TurnRecord, TurnRecord, GradeResult]]:
    """(discussion number, question, answer, grades) for every scored answer."""
    out = []
    group = -1
    question: TurnRecord | None = None
    for t in session.turns:
        if t.role == "interviewer":
            if t.kind == "question":
                group += 1
            question = t
            continue
        gs = _grade_set(t, rubric_id)
        if question is not None and gs is not None and t.text.strip() and scored(gs):
            out.append((max(group, 0), question, t, gs))
    return out


def build_report(session: SessionRecord, rubric: Rubric) -> dict[str, Any]:
    """Scores, strongest/weakest answers with quotes, practice-next list, delivery summary."""
    lang = session.lang
    strings = load_engine_strings()
    answers = _answers(session, rubric.id)
    scores = session_scores(session, rubric)  # the one definition (grading/scoring.py)
    criteria = scores.criteria
    overall = scores.overall
    report: dict[str, Any] = {
        "session_id": session.id,
        "lang": lang,
        "persona": session.persona,
        "rubric": rubric.id,
        "answers": len(answers),
        "questions": sum(1 for t in session.turns if t.kind == "question"),
        "followups": sum(1 for t in session.turns if t.kind == "followup"),
        "overall": overall,
        "criteria": criteria,
        "criterion_counts": scores.counts,
        "graded_questions": scores.questions,
        "criterion_names": {c.id: c.name.get(lang) for c in rubric.criteria},
        "strongest": None,
        "weakest": None,
        "practice_next": [],
    }
    if not answers:
        report["note"] = strings.text("report", "no_answers", lang)
        return report

    def entry(item: tuple[int, TurnRecord, TurnRecord, GradeResult]) -> dict[str, Any]:
        _, q, a, gs = item
        return {
            "turn": a.index,
            "question": q.text,
            "answer": answer_quote(a.text),
            "overall": gs.overall,
        }

    ranked = sorted(answers, key=lambda it: (it[3].overall, -it[2].index))
    report["strongest"] = entry(ranked[-1])
    report["weakest"] = entry(ranked[0])
    asked = {p for t in session.turns if t.role == "interviewer" for p in t.probes}
    report["practice_next"] = _practice_next(rubric, criteria, answers, lang, asked)
    delivery = _delivery(session.turns)
    if delivery:
        report["delivery"] = delivery
    return report


def _practice_next(
    rubric: Rubric,
    criteria: dict[str, float],
    answers: list[Any],
    lang: str,
    asked: set[str],
    limit: int = 3,
) -> list[dict[str, Any]]:
    """The weakest criteria to practise, leaving out any no question of the session asked for
    (an HR round that never asked for a setback cannot judge "reflection")."""
    from interviewer.engine.policy import FOCUS_GAPS

    strings = load_engine_strings()

    def was_asked(cid: str) -> bool:
        needs = set(rubric.criterion(cid).only_when_asked) or set(FOCUS_GAPS.get(cid, ()))
        return not needs or bool(needs & asked)

    low = sorted((v, k) for k, v in criteria.items() if v < 4 and was_asked(k))[:limit]
    out = []
    for score, cid in low:
        crit = rubric.criterion(cid)
        suggestions = Counter(
            c.suggestion
            for _, _, _, gs in answers
            for c in gs.criteria
            if c.criterion == cid and c.suggestion and c.score <= round(score)
        )
        goal = strings.text("report", "goal", lang, anchor=crit.level(4).description.get(lang))
        tip = suggestions.most_common(1)[0][0] if suggestions else ""
        out.append(
            {
                "criterion": cid,
                "name": crit.name.get(lang),
                "score": score,
                "why": strings.text("report", "why", lang, name=crit.name.get(lang), score=score),
                "suggestion": f"{tip} {goal}".strip() if lang == "en" else f"{tip}{goal}".strip(),
                "goal": crit.level(4).description.get(lang),
            }
        )
    return out


def _delivery(turns: list[TurnRecord]) -> dict[str, Any] | None:
    spoken = [t.delivery for t in turns if t.role == "candidate" and t.delivery is not None]
    if not spoken:
        return None
    fillers: Counter[str] = Counter()
    for d in spoken:
        fillers.update(d.fillers)
    return {
        "answers": len(spoken),
        "rate": mean(d.rate for d in spoken),
        "rate_unit": spoken[0].rate_unit,
        "fillers": dict(fillers.most_common(10)),
        "filler_count": sum(fillers.values()),
        "long_pauses": sum(d.long_pauses for d in spoken),
        "longest_pause_s": max(d.longest_pause_s for d in spoken),
        "speaking_seconds": round(sum(d.speaking_seconds for d in spoken), 1),
    }
