"""After an answer to a question with an answer key: "What a strong answer covers" (the key
points the discussion hit and missed, a misconception with its correction, the model-answer
outline); and the hint for the question on screen. No gradio here.

Once answers are graded with their key (grading's GradeResult carries `key` and `key_points`),
the block shows exactly what the grade found — the points it counted hit and missed and the
misconceptions it saw — and nothing is matched again on the page: the score and the block
cannot disagree. Grades from before that (no `key_points` field) fall back to the key the
engine planned the question with (`PlannedTopic.key`), else the bank's confident match of a
technical or design main question, read by the bank's detector. A question without a key
shows nothing: no made-up model answer.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from interviewer.types import TurnRecord
from interviewer.web.render import esc
from interviewer.web.strings import t

if TYPE_CHECKING:
    from interviewer.engine.session import InterviewRunner
    from interviewer.services import Services

log = logging.getLogger(__name__)

MAIN_KINDS = ("question",)
KEYED_KINDS = ("technical", "design")
#: A bank match below this is not trusted as the question's key (a project question can share
#: words with a bank question; showing the wrong model answer is worse than none).
MATCH_FLOOR = 0.5


def _bank(services: Services) -> Any:
    try:
        return services.bank
    except Exception:  # noqa: BLE001 - a broken bank file must not break the interview page
        log.warning("the answer keys could not be loaded", exc_info=True)
        return None


def main_question(turns: Sequence[TurnRecord], upto: int | None = None) -> int | None:
    """Index in `turns` of the main question the discussion at `upto` (default: the end) is in."""
    end = len(turns) if upto is None else upto + 1
    for i in range(end - 1, -1, -1):
        if turns[i].role == "interviewer" and turns[i].kind in MAIN_KINDS:
            return i
    return None


def _slot(runner: InterviewRunner, question: TurnRecord) -> Any:
    """The plan slot this main question was asked from (same text, else same topic)."""
    topics = list(getattr(runner.plan, "topics", []))
    for slot in topics:
        if slot.question.strip() == question.text.strip():
            return slot
    return next((s for s in topics if question.topic and s.topic == question.topic), None)


def graded_key_id(turns: Sequence[TurnRecord]) -> str | None:
    """The answer key the grader used for these answers (grades that carry `key`), or None."""
    for turn in reversed(turns):
        for grade in reversed(turn.grades):
            key = getattr(grade, "key", None)
            kid = key.get("id") if isinstance(key, dict) else getattr(key, "id", None)
            if kid:
                return str(kid)
    return None


@dataclass
class GradedPoints:
    """What the grades of one discussion found against their answer key."""

    key_id: str
    hit: list[str] = field(default_factory=list)
    """Key point ids any answer of the discussion was graded as covering."""
    misconceptions: list[str] = field(default_factory=list)
    """Misconception ids any answer was graded as asserting."""


def _field(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def carries_points(answers: Sequence[TurnRecord]) -> bool:
    """True when these answers' grades are of the kind that carries key points (GradeResult
    with `key_points`, None or not): then the grades alone decide what the block shows."""
    return any(
        (isinstance(g, dict) and "key_points" in g) or hasattr(g, "key_points")
        for turn in answers
        for g in turn.grades
    )


def graded_points(answers: Sequence[TurnRecord]) -> GradedPoints | None:
    """The key the discussion's answers were graded with and the points the grades found
    (hits and misconceptions over all its answers: the main answer and its follow-ups are one
    discussion); None when no grade carries a key. The latest grade of each answer counts."""
    found: GradedPoints | None = None
    for turn in answers:
        grade = next((g for g in reversed(turn.grades) if _field(g, "key")), None)
        if grade is None:
            continue
        kid = _field(_field(grade, "key"), "id")
        if not kid:
            continue
        if found is None:
            found = GradedPoints(str(kid))
        elif found.key_id != str(kid):
            continue  # graded against another key: not this discussion's
        points = _field(grade, "key_points")
        if points is None:
            continue  # an empty answer: nothing covered
        for pid in _field(points, "hit") or []:
            if pid not in found.hit:
                found.hit.append(str(pid))
        for mid in _field(points, "misconceptions") or []:
            if mid not in found.misconceptions:
                found.misconceptions.append(str(mid))
    return found


def _get(bank: Any, key_id: str) -> Any:
    try:
        return bank.get(key_id)
    except Exception:  # noqa: BLE001 - a key removed from the bank since it was graded
        return None


def question_key(
    runner: InterviewRunner, question: TurnRecord, answers: Sequence[TurnRecord] = ()
) -> Any:
    """The answer key (bank.BankQuestion) of a main question, or None: the one its answers
    were graded with, else the one the plan names, else a confident bank match."""
    bank = _bank(runner.services)
    if bank is None:
        return None
    graded = graded_key_id(answers)
    if graded:
        return _get(bank, graded)
    slot = _slot(runner, question)
    planned = getattr(slot, "key", None)
    if planned:
        return _get(bank, planned)
    if slot is None or slot.kind not in KEYED_KINDS:
        return None
    match = bank.match(question.text, runner.lang)
    return match.question if match is not None and match.confidence >= MATCH_FLOOR else None


def discussion_turns(turns: Sequence[TurnRecord], start: int) -> list[TurnRecord]:
    """The candidate's answers on the question at `start` (main answer and follow-ups)."""
    out = []
    for turn in turns[start + 1 :]:
        if turn.role == "interviewer" and turn.kind in MAIN_KINDS:
            break
        if turn.role == "candidate":
            out.append(turn)
    return out


def discussion_answer(turns: Sequence[TurnRecord], start: int) -> str:
    """Those answers joined, as the key's detector reads them."""
    return "\n".join(x.text for x in discussion_turns(turns, start))


def covers_html(runner: InterviewRunner, turns: Sequence[TurnRecord], lang: str) -> str:
    """ "What a strong answer covers" for the latest answered question, or "" without a key."""
    last = next((i for i in range(len(turns) - 1, -1, -1) if turns[i].role == "candidate"), None)
    start = main_question(turns, last) if last is not None else None
    if start is None:
        return ""
    answers = discussion_turns(turns, start)
    if carries_points(answers):
        return graded_covers(_bank(runner.services), answers, lang, runner.lang)
    key = question_key(runner, turns[start], answers)
    if key is None:
        return ""
    return covers_for(key, discussion_answer(turns, start), lang, runner.lang)


def graded_covers(bank: Any, answers: Sequence[TurnRecord], lang: str, content_lang: str) -> str:
    """The block from what the grades found ("" when they were graded without a key, or the
    key has left the bank since)."""
    points = graded_points(answers)
    key = _get(bank, points.key_id) if (bank is not None and points is not None) else None
    if key is None or points is None:
        return ""
    hit: dict[str, str | None] = {pid: None for pid in points.hit}
    by_id = {m.id: m for m in key.misconceptions}
    cl = content_lang or lang
    wrong = [
        (_point_text(by_id[mid], cl), str(by_id[mid].correction.get(cl)))
        for mid in points.misconceptions
        if mid in by_id
    ]
    return _render(key, hit, wrong, lang, cl)


def covers_for(key: Any, answer: str, lang: str, content_lang: str) -> str:
    """The block for one discussion's answers against `key`."""
    from interviewer.bank import detect

    return render_covers(key, detect(key, answer, content_lang), lang, content_lang)


def review_covers(bank: Any, turns: Sequence[TurnRecord], lang: str, content_lang: str) -> str:
    """For the review: one discussion (main question first) as its grades found it against
    their answer key; "" when no grade carries a key (stored sessions are judged by their
    grades, never matched again)."""
    return graded_covers(bank, [x for x in turns if x.role == "candidate"], lang, content_lang)


def _point_text(item: Any, lang: str) -> str:
    return str(item.zh if lang == "zh" else item.en)


def render_covers(key: Any, result: Any, lang: str, content_lang: str | None = None) -> str:
    """The block itself: hit points with the clause that hit them, missed points, asserted
    misconceptions with the correction, then the outline folded. Labels in the page's `lang`,
    the key's texts in the session's `content_lang`."""
    cl = content_lang or lang
    hit: dict[str, str | None] = {h.id: h.span.text for h in result.hit}
    by_id = {m.id: m for m in key.misconceptions}
    wrong = [
        (_point_text(by_id[m.id], cl) if m.id in by_id else m.span.text, m.correction.get(cl))
        for m in result.misconceptions
    ]
    return _render(key, hit, wrong, lang, cl)


def _render(
    key: Any, hit: dict[str, str | None], wrong: Sequence[tuple[str, str]], lang: str, cl: str
) -> str:
    """Points hit (with the clause that hit them, when known) and missed, misconceptions with
    their correction, the outline folded."""
    rows = []
    for point in key.key_points:
        text = esc(_point_text(point, cl))
        if point.id in hit:
            said = hit[point.id]
            quote = f" <span class='iv-muted'>— “{esc(said)}”</span>" if said else ""
            rows.append(f"<li class='iv-hit'><span aria-hidden='true'>✓</span> {text}{quote}</li>")
        else:
            label = esc(t("covers_missed", lang))
            rows.append(
                f"<li class='iv-missed'><span aria-hidden='true'>○</span> {text}"
                f" <span class='iv-muted'>({label})</span></li>"
            )
    wrong_rows = [
        f"<li class='iv-wrong'><span aria-hidden='true'>✗</span> {esc(said)} → {esc(right)}</li>"
        for said, right in wrong
    ]
    outline = "".join(f"<li>{esc(line)}</li>" for line in key.outline.get(cl))
    n_hit = sum(1 for p in key.key_points if p.id in hit)
    parts = [
        "<div class='iv-covers' id='covers'>",
        f"<p><b>{esc(t('covers_title', lang))}</b> <span class='iv-muted'>"
        f"{esc(t('covers_count', lang, hit=n_hit, n=len(key.key_points)))}</span></p>",
        f"<ul class='iv-points'>{''.join(rows)}</ul>",
    ]
    if wrong_rows:
        parts.append(
            f"<p><b>{esc(t('covers_wrong', lang))}</b></p>"
            f"<ul class='iv-points'>{''.join(wrong_rows)}</ul>"
        )
    if outline:
        parts.append(
            f"<details><summary>{esc(t('covers_outline', lang))}</summary><ol>{outline}</ol>"
            "</details>"
        )
    parts.append("</div>")
    return "".join(parts)


def hint_text(runner: InterviewRunner) -> str:
    """The hint for the question waiting for an answer, in the session's language: the planned
    hint, else the key's, else a generic reframe (how to approach any question) — never the
    answer itself."""
    lang = runner.lang
    turns = runner.turns()
    start = main_question(turns)
    if start is None:
        return t("hint_generic", lang)
    slot = _slot(runner, turns[start])
    planned = getattr(slot, "hint", None)
    if isinstance(planned, str) and planned.strip():
        return planned
    key = question_key(runner, turns[start], discussion_turns(turns, start))
    if key is not None and key.hint.get(lang).strip():
        return str(key.hint.get(lang))
    return t("hint_generic", lang)
