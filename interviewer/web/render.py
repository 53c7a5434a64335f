"""HTML and chat rendering of questions, answers, score cards, transcripts and reports.

Everything a candidate or a data file wrote is escaped here, so an answer or a résumé holding
`<script>` or `<img onerror=...>` shows as text and never runs.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from interviewer.grading.offline_note import is_offline, offline_limits
from interviewer.schemas import Persona, Rubric
from interviewer.types import (
    AsrInfo,
    CriterionGrade,
    Delivery,
    GradeResult,
    SessionRecord,
    TurnRecord,
)
from interviewer.web.media import audio_url
from interviewer.web.strings import t

# Markdown syntax that could turn candidate text into links, images, code or maths.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]!|~$#])")


def esc(text: object) -> str:
    """HTML-escape any value (quotes included)."""
    return html.escape("" if text is None else str(text), quote=True)


def chat_text(text: str) -> str:
    """Text for the markdown-rendering chat: HTML entities plus backslash-escaped markdown."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def chat_message(turn: TurnRecord) -> dict[str, str]:
    """One stored turn as a Chatbot message (interviewer → assistant, candidate → user)."""
    role = "assistant" if turn.role == "interviewer" else "user"
    return {"role": role, "content": chat_text(turn.text)}


def chat_history(
    turns: Iterable[TurnRecord], *, skip_index: int | None = None
) -> list[dict[str, str]]:
    """Chatbot messages for stored turns, leaving out the turn with index `skip_index`."""
    return [chat_message(tr) for tr in turns if tr.index != skip_index]


def highlight(answer: str, quotes: Sequence[str]) -> str:
    """The escaped answer with each quote found in it wrapped in <mark>."""
    spans: list[tuple[int, int]] = []
    for q in quotes:
        q = q.strip()
        if not q:
            continue
        start = answer.find(q)
        if start >= 0:
            spans.append((start, start + len(q)))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    out, pos = [], 0
    for s, e in merged:
        out.append(esc(answer[pos:s]))
        out.append(f"<mark>{esc(answer[s:e])}</mark>")
        pos = e
    out.append(esc(answer[pos:]))
    return "".join(out)


def criterion_name(rubric: Rubric | None, cid: str, lang: str) -> str:
    """The criterion's name in `lang`, or its id when the rubric does not know it."""
    if rubric is not None:
        try:
            return rubric.criterion(cid).name.get(lang)
        except KeyError:
            pass
    return cid


def grader_label(grader: str, lang: str) -> str:
    """ "offline grading" or "graded by <model>" — never the bare internal name."""
    if is_offline(grader):
        return t("grader_offline", lang)
    return t("grader_model", lang, name=grader)


def offline_limits_html(lang: str) -> str:
    """A folded note under an offline grade: what offline grading can and cannot check."""
    return (
        f"<details class='iv-limits'><summary>{esc(t('offline_limits_title', lang))}</summary>"
        f"<p class='iv-muted'>{esc(offline_limits(lang))}</p></details>"
    )


def flag_label(flag: str, lang: str) -> str:
    """A grading flag in words (unknown ids get a generic phrase, never the id)."""
    key = f"flag_{flag}"
    text = t(key, lang)
    return t("flag_other", lang) if text == key else text


def probe_label(probe: str, lang: str) -> str | None:
    """What a question probes, in words; None for an id without a label (not shown)."""
    key = f"probe_{probe}"
    text = t(key, lang)
    return None if text == key else text


def _grade_rows(criteria: Sequence[CriterionGrade], rubric: Rubric | None, lang: str) -> str:
    rows = []
    for c in criteria:
        ev = "".join(f"<li><mark>{esc(q)}</mark></li>" for q in c.evidence)
        ev_html = f"<ul class='iv-evidence'>{ev}</ul>" if ev else esc(t("no_evidence", lang))
        rows.append(
            f"<tr><td>{esc(criterion_name(rubric, c.criterion, lang))}</td>"
            f"<td class='iv-score iv-s{c.score}'>{c.score}/5</td><td>{ev_html}</td>"
            f"<td>{esc(c.suggestion)}</td></tr>"
        )
    return "".join(rows)


def scorecard_html(
    grade: GradeResult | None,
    rubric: Rubric | None,
    lang: str,
    *,
    answer: str | None = None,
    limits: bool = False,
) -> str:
    """A compact table: criterion, score x/5, quoted evidence, one suggestion; with `answer`,
    the answer above it with the evidence highlighted; with `limits`, an offline grade carries
    the note on what offline grading can and cannot check."""
    if grade is None:
        return f"<div class='iv-card iv-muted'>{esc(t('scorecard_empty', lang))}</div>"
    head = (
        f"<tr><th>{esc(t('criterion', lang))}</th><th>{esc(t('score', lang))}</th>"
        f"<th>{esc(t('evidence', lang))}</th><th>{esc(t('suggestion', lang))}</th></tr>"
    )
    flags = ""
    if grade.flags:
        words = "; ".join(dict.fromkeys(flag_label(f, lang) for f in grade.flags))
        flags = f"<p class='iv-flags'>{esc(t('flags', lang))}: {esc(words)}</p>"
    shown = ""
    if answer:
        quotes = [q for c in grade.criteria for q in c.evidence]
        shown = (
            f"<p class='iv-answer'><b>{esc(t('your_answer', lang))}</b>: "
            f"{highlight(answer, quotes)}</p>"
        )
    return (
        f"<div class='iv-card'><p class='iv-overall'>{esc(t('overall', lang))}: "
        f"<b>{grade.overall:.0f}</b>/100 <span class='iv-muted'>· "
        f"{esc(grader_label(grade.grader, lang))}</span></p>{flags}{shown}"
        f"<table class='iv-table'>{head}{_grade_rows(grade.criteria, rubric, lang)}"
        f"</table>{offline_limits_html(lang) if limits and is_offline(grade.grader) else ''}</div>"
    )


def _rubric_of(rec: SessionRecord, fallback: Rubric | None) -> Rubric | None:
    try:
        return Rubric.model_validate(rec.rubric_snapshot) if rec.rubric_snapshot else fallback
    except ValueError:
        return fallback


def _persona_name(rec: SessionRecord, lang: str) -> str:
    name = rec.persona_snapshot.get("name")
    if isinstance(name, dict) and isinstance(name.get(lang), str):
        return str(name[lang])
    return rec.persona


def transcript_html(
    rec: SessionRecord,
    lang: str,
    rubric: Rubric | None = None,
    *,
    audio_dir: Path | None = None,
    bank: Any = None,
) -> str:
    """The whole session: questions, answers with evidence highlighted, grades under each answer;
    a player, delivery and ASR line under each turn with audio inside `audio_dir`; with `bank`,
    what a strong answer covers under each discussion graded with an answer key."""
    rubric = _rubric_of(rec, rubric)
    root = audio_dir if audio_dir is not None else served_audio_dir()
    parts = [
        f"<div class='iv-transcript'><h3>#{rec.id} · {esc(_persona_name(rec, lang))} · "
        f"{esc(rec.created_at.strftime('%Y-%m-%d %H:%M'))}"
    ]
    if rec.overall is not None:
        parts.append(f" · {esc(t('overall', lang))} {rec.overall:.0f}/100")
    parts.append("</h3>")
    groups: list[list[TurnRecord]] = []
    for turn in rec.turns:
        if not groups or (turn.role == "interviewer" and turn.kind == "question"):
            groups.append([])
        groups[-1].append(turn)
    for n, group in enumerate(groups, 1):
        block = _discussion_html(n, group, lang, rubric, root)
        if bank is not None:
            from interviewer.web.coverage import review_covers

            covers = review_covers(bank, group, lang, rec.lang)
            block = block.removesuffix("</details>") + covers + "</details>"
        parts.append(block)
    if rec.report:
        parts.append(report_html(rec.report, lang, rubric))
    if any(is_offline(g.grader) for turn in rec.turns for g in turn.grades):
        parts.append(offline_limits_html(lang))
    parts.append("</div>")
    return "".join(parts)


def _discussion_html(
    n: int, turns: Sequence[TurnRecord], lang: str, rubric: Rubric | None, root: Path
) -> str:
    """One question with its follow-ups and answers, folded under a one-line summary."""
    first = turns[0]
    scores = [gs.overall for x in turns for gs in x.grades[-1:]]
    best = f" · {t('overall', lang)} {max(scores):.0f}/100" if scores else ""
    title = first.text if len(first.text) <= 90 else first.text[:89].rstrip() + "…"
    out = [
        f"<details class='iv-qa'><summary><b>{esc(t('question_n', lang, n=n))}</b> "
        f"{esc(title)}<span class='iv-muted'>{esc(best)}</span></summary>"
    ]
    for turn in turns:
        if turn.role == "interviewer":
            words = [w for w in (probe_label(p, lang) for p in turn.probes) if w]
            sep = "、" if lang == "zh" else ", "
            probes = (
                f" <span class='iv-muted'>({esc(t('probes', lang))}: {esc(sep.join(words))})</span>"
                if words
                else ""
            )
            out.append(
                f"<div class='iv-q'><b>{esc(t('interviewer_role', lang))}</b>{probes}"
                f"<p>{esc(turn.text)}</p>{_voice_block(turn, lang, root)}</div>"
            )
            continue
        quotes = [q for gs in turn.grades for c in gs.criteria for q in c.evidence]
        out.append(
            f"<div class='iv-a'><b>{esc(t('candidate_role', lang))}</b>"
            f"<p>{highlight(turn.text, quotes)}</p>{_voice_block(turn, lang, root)}"
        )
        out += [scorecard_html(gs, rubric, lang) for gs in turn.grades]
        out.append("</div>")
    out.append("</details>")
    return "".join(out)


# ---------------------------------------------------------------- voice

_served_audio_dir: Path | None = None


def serve_audio_from(audio_dir: Path) -> None:
    """Name the one folder whose files players may point at (served by interviewer.web.media)."""
    global _served_audio_dir
    _served_audio_dir = Path(audio_dir)


def served_audio_dir() -> Path:
    """The folder set by `serve_audio_from`, else the audio folder of the current settings."""
    if _served_audio_dir is not None:
        return _served_audio_dir
    from interviewer.config import load_settings

    return load_settings().audio_dir


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError, ValueError):
        return False


def _player(turn: TurnRecord, lang: str, root: Path) -> str:
    if not turn.audio_path:
        return ""
    path = Path(turn.audio_path)
    if not path.is_absolute() or not _inside(path, root):
        return f"<p class='iv-muted iv-audio-note'>{esc(t('audio_outside', lang))}</p>"
    if not path.is_file():
        return f"<p class='iv-muted iv-audio-note'>{esc(t('audio_missing', lang))}</p>"
    label = t("question_audio" if turn.role == "interviewer" else "answer_audio", lang)
    return (
        f"<audio class='iv-audio' controls preload='none' aria-label='{esc(label)}' "
        f"data-turn='{turn.index}' src='{esc(audio_url(turn.session_id, path))}'></audio>"
    )


def delivery_line(d: Delivery, lang: str) -> str:
    """One plain-text line: pace with its unit and verdict, fillers, long pauses, speaking time."""
    from interviewer.voice.analytics import fillers_text, pace_label

    unit = t("unit_cpm_short" if d.rate_unit == "cpm" else "unit_wpm_short", lang)
    fillers = sum(d.fillers.values())
    top = fillers_text(d.fillers)
    bits = [
        t(
            "answer_pace",
            lang,
            rate=f"{d.rate:.0f}",
            unit=unit,
            verdict=t("pace_" + pace_label(d.rate, lang), lang),
        ),
        t("answer_fillers", lang, n=fillers, top=top) if fillers else t("answer_no_fillers", lang),
        t("answer_pauses", lang, n=d.long_pauses, s=f"{d.longest_pause_s:.1f}"),
        t("answer_speaking", lang, s=f"{d.speaking_seconds:.1f}"),
    ]
    return " · ".join(bits)


def asr_line(a: AsrInfo, lang: str) -> str:
    """One plain-text line: which model heard which language, how sure, how fast."""
    prob = (
        ""
        if a.language_probability is None
        else t("asr_probability", lang, p=f"{a.language_probability:.2f}")
    )
    return t(
        "asr_line",
        lang,
        model=a.model,
        language=a.language,
        probability=prob,
        seconds=f"{a.audio_seconds:.1f}",
        ms=f"{a.processing_ms:.0f}",
    )


def voice_html(turn: TurnRecord, lang: str) -> str:
    """Player, delivery line and ASR line of one turn ("" when it has none of them)."""
    return _voice_block(turn, lang, served_audio_dir())


def _voice_block(turn: TurnRecord, lang: str, root: Path) -> str:
    if not (turn.audio_path or turn.delivery or turn.asr):
        return ""
    parts = [_player(turn, lang, root)]
    if turn.delivery is not None:
        parts.append(
            f"<p class='iv-delivery'><b>{esc(t('answer_delivery', lang))}</b>: "
            f"{esc(delivery_line(turn.delivery, lang))}</p>"
        )
    if turn.asr is not None and turn.asr.text and turn.asr.text.strip() != turn.text.strip():
        # corrected before sending: the words graded are above, these are the recording's
        parts.append(
            f"<p class='iv-heard iv-muted'>{esc(t('heard_as', lang))}: {esc(turn.asr.text)}</p>"
        )
    if turn.asr is not None:
        parts.append(f"<p class='iv-asr iv-muted'>{esc(asr_line(turn.asr, lang))}</p>")
    return f"<div class='iv-voice' data-turn='{turn.index}'>{''.join(parts)}</div>"


def _moment(title: str, item: Any, lang: str) -> str:
    if not isinstance(item, Mapping):
        return ""
    bits = [f"<h4>{esc(title)}</h4>"]
    if item.get("question"):
        # the question itself: an opening's greeting ("Hi, I lead the team…") is its own
        # paragraph before it
        paras = [p for p in re.split(r"\n\s*\n", str(item["question"])) if p.strip()]
        bits.append(f"<p class='iv-muted'>{esc(paras[-1] if paras else item['question'])}</p>")
    quote = item.get("answer") or item.get("quote") or item.get("answer_quote")
    if quote:
        bits.append(f"<blockquote>{esc(quote)}</blockquote>")
    if item.get("overall") is not None:
        bits.append(f"<p>{esc(t('overall', lang))}: {esc(_num(item['overall']))}/100</p>")
    return "".join(bits)


def _num(value: Any) -> str:
    try:
        return f"{float(value):.0f}" if float(value) > 5 else f"{float(value):.1f}"
    except (TypeError, ValueError):
        return str(value)


def report_html(report: Mapping[str, Any] | None, lang: str, rubric: Rubric | None = None) -> str:
    """End-of-session report: overall, mean per criterion, strongest/weakest, what to practise."""
    if not report:
        return ""
    parts = [f"<div class='iv-report'><h3>{esc(t('report', lang))}</h3>"]
    if report.get("overall") is not None:
        parts.append(
            f"<p class='iv-overall'><b>"
            f"{esc(t('report_overall', lang, overall=_num(report['overall'])))}</b></p>"
        )
    counts = report.get("criterion_counts")
    counts = counts if isinstance(counts, Mapping) else {}
    crit = report.get("criteria")
    if isinstance(crit, Mapping) and crit:
        head = (
            f"<tr><th>{esc(t('criterion', lang))}</th><th>{esc(t('score', lang))}</th>"
            f"<th>{esc(t('col_questions', lang))}</th></tr>"
        )
        rows = "".join(
            f"<tr><td>{esc(criterion_name(rubric, str(cid), lang))}</td>"
            f"<td class='iv-score'>{esc(_num(v))}/5</td>"
            f"<td data-label='{esc(t('col_questions', lang))}'>{esc(counts.get(cid, ''))}</td></tr>"
            for cid, v in crit.items()
            if v is not None
        )
        parts.append(
            f"<h4>{esc(t('report_criteria', lang))}</h4>"
            f"<table class='iv-table'>{head}{rows}</table>"
        )
        n = report.get("graded_questions") or max((int(x) for x in counts.values()), default=0)
        if n:
            parts.append(f"<p class='iv-muted iv-how'>{esc(t('report_how', lang, n=n))}</p>")
    best, worst = report.get("strongest"), report.get("weakest")
    parts.append(_moment(t("report_strongest", lang), best, lang))
    if worst != best:  # one graded answer is not both the strongest and the weakest
        parts.append(_moment(t("report_weakest", lang), worst, lang))
    practice = report.get("practice_next")
    if isinstance(practice, list) and practice:
        items: list[str] = []
        for p in practice:
            if isinstance(p, Mapping):
                cid = str(p.get("criterion", ""))
                name = criterion_name(rubric, cid, lang)
                score = p.get("score")
                line = (
                    t("practice_line", lang, score=_num(score), n=counts.get(cid, "?"))
                    if isinstance(score, int | float)
                    else ""
                )
                detail = f" <span class='iv-muted'>({esc(line)})</span>" if line else ""
                items.append(
                    f"<li><b>{esc(name)}</b>{detail}<br>{esc(p.get('suggestion', ''))}</li>"
                )
            else:
                items.append(f"<li>{esc(p)}</li>")
        parts.append(f"<h4>{esc(t('report_practice', lang))}</h4><ul>{''.join(items)}</ul>")
    delivery = report.get("delivery")
    if isinstance(delivery, Mapping) and delivery:
        parts.append(_delivery_html(delivery, lang))
    if report.get("note"):
        parts.append(f"<p class='iv-muted'>{esc(report['note'])}</p>")
    parts.append("</div>")
    return "".join(parts)


def _delivery_html(d: Mapping[str, Any], lang: str) -> str:
    """Pace, fillers and pauses of the spoken answers."""
    from interviewer.voice.analytics import fillers_text

    top = fillers_text(d.get("fillers") or {}, limit=5) or "—"
    unit_key = "unit_cpm" if d.get("rate_unit") == "cpm" else "unit_wpm"
    lines = [
        t("delivery_rate", lang, rate=_num(d.get("rate", 0)), unit=t(unit_key, lang)),
        t("delivery_fillers", lang, n=d.get("filler_count", 0), top=top),
        t("delivery_pauses", lang, n=d.get("long_pauses", 0), s=_num(d.get("longest_pause_s", 0))),
    ]
    items = "".join(f"<li>{esc(x)}</li>" for x in lines)
    return f"<h4>{esc(t('report_delivery', lang))}</h4><ul>{items}</ul>"


def persona_html(p: Persona, lang: str) -> str:
    """A persona, readable: description, tone, numbers, topics with sample questions."""
    topics = "".join(
        f"<li><b>{esc(tp.name.get(lang))}</b> "
        f"<span class='iv-muted'>({esc(t('kind_' + tp.kind, lang))})</span>"
        f"<ul>{''.join(f'<li>{esc(q)}</li>' for q in tp.questions.get(lang)[:3])}</ul></li>"
        for tp in p.topics
    )
    counts = t("questions_count", lang, n=p.questions, depth=p.followup_depth, rubric=p.rubric)
    return (
        f"<div class='iv-card'><h3>{esc(p.name.get(lang))} <code>{esc(p.id)}</code></h3>"
        f"<p>{esc(p.description.get(lang))}</p>"
        f"<p><b>{esc(t('tone', lang))}</b>: {esc(p.tone.get(lang))}</p>"
        f"<p>{esc(counts)}</p>"
        f"<h4>{esc(t('topics', lang))}</h4><ul>{topics}</ul></div>"
    )


def rubric_html(r: Rubric, lang: str) -> str:
    """A rubric, readable: each criterion with weight, description and its five anchored levels."""
    crits = "".join(
        f"<li><b>{esc(c.name.get(lang))}</b> <code>{esc(c.id)}</code> · {esc(t('weight', lang))} "
        f"{c.weight:g}<p>{esc(c.description.get(lang))}</p>"
        f"<p class='iv-muted'>{esc(c.evidence.get(lang))}</p>"
        f"<ol>{''.join(f'<li>{esc(lv.description.get(lang))}</li>' for lv in c.levels)}</ol></li>"
        for c in r.criteria
    )
    return (
        f"<div class='iv-card'><h3>{esc(r.name.get(lang))} <code>{esc(r.id)}</code></h3>"
        f"<p>{esc(r.description.get(lang))}</p><ul>{crits}</ul></div>"
    )


_ABS_PATH = re.compile(r"(?:[A-Za-z]:)?(?:[/\\][^\s/\\'\"“”]+)+[/\\]([^\s/\\'\"“”]+)")


def user_message(error: Exception, lang: str) -> str:
    """An error as the candidate should read it: what is wrong, then what to do, as sentences;
    a file is named by its own name, never by a path on the server."""
    message = str(getattr(error, "message", error)).strip()
    hint = getattr(error, "hint", None)
    path = getattr(error, "path", None)
    if path and message.startswith(f"{path}: "):
        name = Path(path).name
        message = t("upload_failed", lang, name=name, message=message[len(path) + 2 :])
    message = _ABS_PATH.sub(r"\1", message)
    parts = [message]
    if hint:
        hint = _ABS_PATH.sub(r"\1", str(hint).strip())
        parts.append(hint[:1].upper() + hint[1:])
    return " ".join(_sentence(p) for p in parts if p)


def _sentence(text: str) -> str:
    return (
        text
        if text[-1:] in ".。!！?？"
        else text + ("。" if re.search(r"[\u4e00-\u9fff]$", text) else ".")
    )


def inline_error(message: str) -> str:
    """An error shown next to its control (never a toast or an overlay)."""
    if not message:
        return ""
    return f"<p class='iv-error' role='alert'>{esc(message)}</p>"


def errors_html(errors: Sequence[Exception], lang: str) -> str:
    """The load errors of broken user files (path, field, problem, hint)."""
    if not errors:
        return f"<p class='iv-muted'>{esc(t('errors_none', lang))}</p>"
    return (
        "<ul class='iv-errors'>"
        + "".join(f"<li><pre>{esc(e)}</pre></li>" for e in errors)
        + "</ul>"
    )


PAGE_JS = (Path(__file__).resolve().parent / "assets" / "page.js").read_text(encoding="utf-8")
#: Goes into the page's <head>, so it runs before Gradio's own scripts (see page.js).


def page_head() -> str:
    """The page's <head> additions: Gradio's widget texts in both languages, then page.js."""
    import json

    from interviewer.web.strings import load_strings

    pairs = [[v["en"], v["zh"]] for k, v in load_strings().items() if k.startswith("gr_")]
    data = json.dumps(pairs, ensure_ascii=False).replace("</", "<\\/")
    return f"<script>window.ivGradioTexts = {data};</script><script>{PAGE_JS}</script>"


CSS = """
.iv-table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
.iv-table th, .iv-table td { border: 1px solid var(--border-color-primary); padding: 4px 6px;
  vertical-align: top; text-align: left; }
.iv-score { white-space: nowrap; font-weight: 600; }
.iv-s1, .iv-s2 { color: #b42318; } .iv-s4, .iv-s5 { color: #067647; }
.iv-evidence { margin: 0; padding-left: 1.1em; }
.iv-muted { opacity: 0.7; }
.iv-q { margin-top: 0.8em; } .iv-a { margin: 0.4em 0 0.8em 1.2em; }
.iv-transcript mark, .iv-card mark { background: #fff3a3; color: inherit; }
.iv-errors pre { white-space: pre-wrap; }
.iv-voice { margin: 0.3em 0; font-size: 0.92em; } .iv-voice p { margin: 0.2em 0; }
.iv-audio { height: 2.2em; max-width: 100%; }
/* The microphone's live waveform costs a CPU core in the browser while recording, which the
   server on the same small machine needs for recognition; what was heard is shown instead. */
#mic .mic-wrap > div:first-child { display: none !important; }
/* Interview view: progress, inline errors, score summary, report in place of the chat. */
#progress-row { align-items: baseline; gap: 0.6em; }
.iv-timer { font-variant-numeric: tabular-nums; font-weight: 600; color: #2e6bd6; }
.iv-progress { font-weight: 600; font-size: 1.05em; white-space: nowrap; }
.iv-error { color: #b42318; margin: 0.2em 0; font-size: 0.95em; }
#answer-error:empty, #start-error:empty, #resume-error:empty { display: none; }
.iv-summary { border: 1px solid var(--border-color-primary); border-left: 4px solid #2e6bd6;
  border-radius: 6px; padding: 0.4em 0.8em; background: var(--background-fill-secondary); }
.iv-summary p { margin: 0.15em 0; }
.iv-sum-overall b { font-size: 1.25em; }
.iv-sum-more { font-size: 0.85em; }
.iv-answer { margin: 0.3em 0 0.6em; }
.iv-limits { margin-top: 0.4em; font-size: 0.88em; } .iv-limits summary { cursor: pointer; }
.iv-closing { border-left: 4px solid #2e6bd6; padding: 0.2em 0.8em; margin-bottom: 0.8em; }
.iv-closing p { margin: 0.2em 0; }
/* After an answer to a keyed question; the hint under the answer box. */
.iv-covers { margin-top: 0.5em; font-size: 0.93em; }
.iv-covers p { margin: 0.2em 0; }
.iv-points { list-style: none; padding-left: 0.2em; margin: 0.2em 0; }
.iv-hit span[aria-hidden] { color: #067647; } .iv-missed span[aria-hidden] { color: #8a8a8a; }
.iv-wrong span[aria-hidden] { color: #b42318; }
.iv-hint { border-left: 4px solid #d6a12e; padding: 0.2em 0.7em; margin: 0.3em 0;
  background: var(--background-fill-secondary); }
#hint-text:empty { display: none; }
/* The résumé upload is short: its upload icon sat under the widget's label; the words say it. */
#resume-file .icon-wrap { display: none; }
#title { min-width: 0; }
#title h2 { margin: 0 0 0.1em; font-size: 1.5em; }
#status { text-align: left; opacity: 0.75; font-size: 0.92em; }
/* Review: progress chart with its legend, transcript folded by question. */
.iv-chart { width: 100%; height: auto; max-height: 320px; }
.iv-grid { stroke: var(--border-color-primary); stroke-width: 1; }
.iv-axis { font-size: 11px; fill: currentColor; }
.iv-legend { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2em 1.2em; padding: 0;
  margin: 0.3em 0; }
.iv-legend svg { vertical-align: middle; }
.iv-qa { border-bottom: 1px solid var(--border-color-primary); padding: 0.2em 0; }
.iv-qa > summary { cursor: pointer; padding: 0.3em 0; }
.iv-how { font-size: 0.88em; }
/* Phone: header stacks, tabs fit, the score table reads as one card per criterion. */
@media (max-width: 640px) {
  #title, #ui-lang { min-width: 100% !important; flex-basis: 100% !important; }
  #tabs .tab-container button { padding: 4px 5px; font-size: 13px; }
  #answer-buttons { flex-wrap: wrap !important; }
  #answer-buttons > * { flex: 1 1 40% !important; min-width: 40% !important; }
  #answer-buttons button { min-width: 0 !important; padding: 6px 4px; font-size: 0.95em; }
  #progress-row { flex-wrap: wrap !important; }
  #progress, #status { min-width: 100% !important; }
  .iv-table td[data-label]::before { content: attr(data-label) ": "; opacity: 0.7; }
  .iv-table tr:has(th) { display: none; }
  .iv-table, .iv-table tbody, .iv-table tr, .iv-table td { display: block; width: 100%; }
  .iv-table tr { border: 1px solid var(--border-color-primary); margin-bottom: 0.5em; }
  .iv-table td { border: none; padding: 2px 6px; }
  .iv-progress { white-space: normal; }
}
"""
