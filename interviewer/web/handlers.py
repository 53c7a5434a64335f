"""Interview tab handlers as plain functions: values in, `InterviewView`s out (no gradio here).

Generators yield a view per step, so the next question streams into the chat. The database is
the source of truth: the chat is always rebuilt from the stored turns, which is what makes a
refreshed page come back exactly as it was.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interviewer.engine.fallback import Rewrite
from interviewer.errors import (
    ConflictError,
    InputError,
    InterviewerError,
    ProviderError,
    StorageError,
)
from interviewer.grading.limits import MAX_ANSWER_CHARS
from interviewer.web import interview_html as ih
from interviewer.web import render, uploads
from interviewer.web.state import (
    InterviewView,
    PageState,
    SetupView,
    WebContext,
    ensure_state,
    parse_session_id,
)
from interviewer.web.strings import t

if TYPE_CHECKING:
    from interviewer.engine.session import InterviewRunner
    from interviewer.services import Services

log = logging.getLogger(__name__)

MAX_TEXT_FIELD_CHARS = 60_000


# ---------------------------------------------------------------- helpers


def model_label(model: str, lang: str) -> str:
    return t("offline_label", lang) if model == "offline" else model


def status_line(runner: InterviewRunner, lang: str) -> str:
    """One line: session number, persona, language, model (offline mode named as such)."""
    text = t(
        "status_session",
        lang,
        id=runner.session_id,
        persona=runner.persona.name.get(lang),
        lang=t(f"lang_{runner.lang}", lang),
        model=model_label(runner.model, lang),
    )
    if getattr(runner, "offline_fallback", False) and runner.model != "offline":
        text += f" → {t('offline_label', lang)}"
    focus = runner.ctx.focus
    if focus:
        text += " · " + t(
            "status_focus", lang, name=render.criterion_name(runner.rubric, focus, lang)
        )
    return text + (f" {t('status_finished', lang)}" if runner.finished else "")


def focus_choices(services: Services, persona_id: str | None, lang: str) -> list[tuple[str, str]]:
    """ "Any" plus the criteria of the persona's rubric."""
    out = [(t("focus_none", lang), "")]
    persona = services.personas.items.get(persona_id or "")
    rubric = services.rubrics.items.get(persona.rubric) if persona else None
    if rubric is not None:
        out += [(c.name.get(lang), c.id) for c in rubric.criteria]
    return out


def voice_reason(settings: Any) -> str | None:
    """Why spoken answers cannot work here (one line with how to enable them), or None when
    speech recognition is installed and its model is found."""
    import importlib.util

    if importlib.util.find_spec("faster_whisper") is None:
        return "speech recognition is not installed: pip install 'interviewer[voice]'"
    try:
        from interviewer.voice.models import resolve_model

        resolve_model(settings)
    except (InterviewerError, ImportError, OSError) as e:
        hint = getattr(e, "hint", None)
        return getattr(e, "message", str(e)) + (f" ({hint})" if hint else "")
    return None


def session_lang(state: PageState) -> str:
    """The language the session on screen is held in (the UI may show another)."""
    return str(state.get("session_lang") or state["lang"])


def _frame(
    state: PageState, runner: InterviewRunner, turns: list[Any] | None = None
) -> dict[str, Any]:
    """What frames the chat: the `#progress` line and the folded setup of this session."""
    lang = state["lang"]
    turns = runner.turns() if turns is None else turns
    text = ih.progress_text(turns, len(runner.plan.topics), runner.finished, lang)
    source = runner.resume.source if runner.resume is not None else None
    line = ih.setup_summary(
        runner.persona.name.get(lang),
        runner.lang,
        model_label(runner.model, lang),
        ih.resume_label(source, lang),
        lang,
    )
    setup = SetupView(
        persona=runner.persona.id,
        model=runner.model,
        focus=runner.ctx.focus or "",
        focus_choices=focus_choices(runner.services, runner.persona.id, lang),
        line=line,
    )
    return {"progress": ih.progress_html(text, runner.session_id), "setup": setup}


def read_resume(path: str | None, pasted: str, lang: str = "en") -> Any:
    """A parsed Resume from an uploaded file or pasted text, or None when neither is given.

    An uploaded file is deleted once read, whatever came of it.
    """
    pasted = (pasted or "").strip()
    if path:
        from interviewer.limits import MAX_RESUME_BYTES
        from interviewer.resume import parse_resume_text

        try:
            uploads.check_size(path, MAX_RESUME_BYTES, "resume_too_large", lang)
            return parse_resume_text(uploads.resume_text(path), source=Path(path).name)
        finally:
            uploads.discard(path)
    if pasted:
        from interviewer.resume import parse_resume_text

        if len(pasted) > MAX_TEXT_FIELD_CHARS:
            raise InputError(
                f"the pasted résumé has {len(pasted)} characters",
                f"keep it under {MAX_TEXT_FIELD_CHARS}",
            )
        return parse_resume_text(pasted, source="pasted")
    return None


def _speaker(ctx: WebContext, lang: str) -> tuple[Any, str]:
    """A SentenceSpeaker for the session language, or (None, notice) when speech cannot run."""
    try:
        from interviewer.voice.speaker import SentenceSpeaker

        return SentenceSpeaker(ctx.services.settings, lang), ""
    except (InterviewerError, ImportError, OSError) as e:
        return None, t("tts_unavailable", lang, error=getattr(e, "message", str(e)))


def _warm_up(ctx: WebContext, part: str) -> None:
    """Load a speech model in the background ("stt" or "tts"), so the candidate does not wait."""
    settings = ctx.services.settings
    with contextlib.suppress(InterviewerError, ImportError, OSError):
        if part == "stt":
            from interviewer.voice.stt import warm_up

            warm_up(settings)  # a missing model is reported with the first microphone block
        else:
            from interviewer.voice.tts import warm_up_tts

            warm_up_tts(settings)


_READING_WARM = threading.Event()


def _warm_up_reading() -> None:
    """Compile the reading layer's word lists once per process, in the background, so the first
    answer of the first session does not pay for them."""
    if _READING_WARM.is_set():
        return
    _READING_WARM.set()

    def run() -> None:
        from interviewer.reading.vocab import compile_all

        with contextlib.suppress(
            Exception
        ):  # a broken list is reported by the answer that needs it
            compile_all()

    threading.Thread(target=run, name="warm-reading", daemon=True).start()


def speech_value(key: str, clips: list[Any]) -> str:
    """The speech player's value: one interviewer turn's sentence clips so far, as data URLs."""
    urls = [f"data:{c.mime};base64,{base64.b64encode(c.data).decode('ascii')}" for c in clips]
    return json.dumps({"id": key, "clips": urls})


def _keep_question_audio(ctx: WebContext, runner: InterviewRunner, speaker: Any) -> None:
    """Store the spoken question beside the database so the review tab can replay it."""
    turns = runner.turns()
    turn = turns[-1] if turns and turns[-1].role == "interviewer" else None
    if turn is None or (turn.audio_path and Path(turn.audio_path).is_file()):
        return  # a question asked again after a refresh keeps the audio it has
    from interviewer.voice.audio import clip_path

    try:
        target = clip_path(ctx.services.settings, runner.session_id, "question", turn.index, ".wav")
        path = speaker.save(target)
        if path is not None:
            runner.attach_audio(turn, str(path))
    except (InterviewerError, OSError) as e:
        log.warning("could not keep the question audio of session %s: %s", runner.session_id, e)


def _report_html(runner: InterviewRunner, lang: str, turns: list[Any] | None = None) -> str:
    """The report view (closing line, then the report) once the session is over, else ""."""
    report = runner.report() if runner.finished else None
    if not report:
        return ""
    closing = ih.closing_text(runner.turns() if turns is None else turns, runner.lang)
    return ih.report_view_html(closing, render.report_html(report, lang, runner.rubric), lang)


def _covers(runner: InterviewRunner, lang: str) -> str:
    """ "What a strong answer covers" for the latest answered question ("" without a key)."""
    from interviewer.web.coverage import covers_html

    try:
        return covers_html(runner, runner.turns(), lang)
    except Exception:  # noqa: BLE001 - extra feedback must never cost the candidate the answer
        log.warning("could not show the answer key of session %s", runner.session_id, exc_info=True)
        return ""


def _last_answer(runner: InterviewRunner) -> tuple[Any, str]:
    """(grades, text) of the last answer; (None, "") before the first."""
    for turn in reversed(runner.turns()):
        if turn.role == "candidate":
            return (turn.grades[-1] if turn.grades else None), turn.text
    return None, ""


# ---------------------------------------------------------------- streaming


def stream_question(
    ctx: WebContext,
    runner: InterviewRunner,
    state: PageState,
    *,
    scorecard: str | None = None,
    read_aloud: bool = False,
    notice: str = "",
) -> Iterator[InterviewView]:
    """Stream the next (or still pending) interviewer turn into the chat; report at the end."""
    lang = state["lang"]
    if runner.finished:
        yield _session_view(state, runner, scorecard, notice=notice)
        return
    pending = runner.pending_question
    turns = runner.turns()
    history = render.chat_history(turns, skip_index=pending.index if pending else None)
    base = InterviewView(
        state, history, status_line(runner, lang), scorecard, notice=notice, **_frame(state, runner)
    )
    speaker, tts_notice = _speaker(ctx, runner.lang) if read_aloud else (None, "")
    index = pending.index if pending else len(turns)
    key = f"{runner.session_id}-{index}-{time.monotonic_ns()}"
    clips: list[Any] = []

    def new_speech() -> str | None:
        fresh = speaker.ready() if speaker is not None else []
        clips.extend(fresh)
        return speech_value(key, clips) if fresh else None

    text = ""
    for chunk in runner.stream_next():
        text = chunk if isinstance(chunk, Rewrite) else text + chunk
        if speaker is not None:
            speaker.feed(text)
        yield replace(
            base,
            chat=[*history, {"role": "assistant", "content": render.chat_text(text)}],
            speech=new_speech(),
        )
    chat = [*history, {"role": "assistant", "content": render.chat_text(text)}]
    notice = _with_model_failure(runner, notice, lang)
    asked = runner.pending_question
    final = replace(
        base,
        state={**state, "asked": asked.index if asked is not None else None},
        chat=chat,
        status=status_line(runner, lang),
        report=_report_html(runner, lang),  # the engine stores the report with the wrap-up
        **_frame(state, runner),
        active=not runner.finished,
        notice=" ".join(x for x in (notice, tts_notice) if x),
    )
    if speaker is None:
        yield final
        return
    speaker.close(text)
    yield replace(final, speech=new_speech())
    for clip in speaker.drain():
        clips.append(clip)
        yield replace(final, speech=speech_value(key, clips))
    _keep_question_audio(ctx, runner, speaker)
    if speaker.error:
        yield replace(
            final,
            notice=" ".join(
                x for x in (notice, t("tts_unavailable", lang, error=speaker.error)) if x
            ),
        )


# ---------------------------------------------------------------- events


def check_model(ctx: WebContext, model: str | None, lang: str) -> str | None:
    """The model a web user picked, if the operator offers it (None: the configured default).

    Any other name is refused: a web user must not spend the operator's key on a model of their
    choosing (the `models` setting lists what is offered).
    """
    name = (model or "").strip() or None
    allowed = ctx.services.settings.allowed_models()
    if name is not None and name not in allowed:
        raise InputError(t("model_not_allowed", lang, models=", ".join(allowed)))
    return name


def start_interview(
    ctx: WebContext,
    state: PageState | None,
    *,
    persona_id: str,
    lang: str,
    model: str | None,
    resume_path: str | None = None,
    resume_text: str = "",
    job_description: str = "",
    focus: str | None = None,
    read_aloud: bool = False,
    resume_reading: dict[str, Any] | None = None,
) -> Iterator[InterviewView]:
    """Create a session (persona, language, model, résumé, JD, focus); stream its first question.

    `resume_reading` is the reading the candidate saw and corrected in `#resume-preview`; Start
    confirms it, and it is the résumé the session stores.
    """
    from interviewer.engine.session import InterviewRunner

    state = ensure_state(state, lang)
    if len(job_description or "") > MAX_TEXT_FIELD_CHARS:
        raise InputError(
            "the job description is too long", f"keep it under {MAX_TEXT_FIELD_CHARS} characters"
        )
    ctx.services.personas.get(persona_id)  # a clear NotFoundError before anything is stored
    model = check_model(ctx, model, state["lang"])
    if resume_reading:
        from interviewer.web.resume_preview import from_state

        resume = from_state(resume_reading)
    else:
        with ctx.parses.hold(state["owner"]) if resume_path else contextlib.nullcontext():
            resume = read_resume(resume_path, resume_text, state["lang"])
    runner = InterviewRunner.start(
        ctx.services.for_owner(state["owner"]),
        persona_id=persona_id,
        lang=state["lang"],
        resume=resume,
        model=model,
        job_description=(job_description or "").strip(),
        focus=focus or None,
        owner=state["owner"],
    )
    ctx.runners.put(state["owner"], runner)
    _warm_up_reading()  # while the candidate reads the question
    if ctx.warm_up_voice:
        _warm_up(ctx, "stt")  # loaded while the candidate reads the question
    if read_aloud:
        _warm_up(ctx, "tts")
    state = {**state, "session_id": runner.session_id, "session_lang": runner.lang}
    with ctx.runners.use(state["owner"], runner.session_id) as r:
        for view in stream_question(
            ctx,
            r,
            state,
            scorecard=render.scorecard_html(None, None, state["lang"]),
            read_aloud=read_aloud,
        ):
            yield replace(view, summary="")


def resume_interview(
    ctx: WebContext,
    state: PageState | None,
    session_id: int | str | None,
    read_aloud: bool = False,
) -> Iterator[InterviewView]:
    """Reopen one of this browser's sessions: the stored chat, then the pending question.

    The page keeps its own language; the session keeps its own (questions, grading, voice).
    """
    state = ensure_state(state)
    lang = state["lang"]
    sid = parse_session_id(session_id, lang)
    with ctx.runners.use(state["owner"], sid, missing=t("not_yours", lang)) as runner:
        state = {**state, "session_id": sid, "session_lang": runner.lang}
        grade, answer = _last_answer(runner)
        card = render.scorecard_html(grade, runner.rubric, lang, answer=answer, limits=True)
        summary = ih.score_summary_html(grade, runner.rubric, lang) + _covers(runner, lang)
        notice = t("status_resumed", lang, id=sid) if not runner.finished else ""
        for view in stream_question(
            ctx, runner, state, scorecard=card, read_aloud=read_aloud, notice=notice
        ):
            yield replace(view, summary=summary)


def restore_on_load(ctx: WebContext, state: PageState) -> Iterator[InterviewView]:
    """After a page load or refresh: bring back the browser's live session if it still exists."""
    sid = state["session_id"]
    if sid is None:
        yield idle_view(state)
        return
    try:
        yield from resume_interview(ctx, state, sid)
    except InterviewerError:
        yield idle_view({**state, "session_id": None})


def idle_view(state: PageState) -> InterviewView:
    """No interview on screen."""
    lang = state["lang"]
    return InterviewView(
        state,
        [],
        t("status_none", lang),
        render.scorecard_html(None, None, lang),
        progress=ih.progress_html("", None),
        summary="",
    )


def submit_answer(
    ctx: WebContext,
    state: PageState | None,
    text: str,
    *,
    read_aloud: bool = False,
    audio: bytes | str | None = None,
    asr: Any = None,
    delivery: Any = None,
) -> Iterator[InterviewView]:
    """Store and grade one answer, show its score card, then stream the next question.

    `audio` is the spoken answer (WAV bytes or a file path), kept beside the database.
    """
    state = ensure_state(state)
    lang = state["lang"]
    if state["session_id"] is None:
        raise InputError(t("no_session", lang))
    text = (text or "").strip()
    if not text:
        raise InputError(t("empty_answer", lang))
    if len(text) > MAX_ANSWER_CHARS:
        raise InputError(
            f"the answer has {len(text)} characters", f"keep it under {MAX_ANSWER_CHARS}"
        )
    with ctx.runners.use(state["owner"], state["session_id"]) as runner:
        if runner.finished or runner.pending_question is None:
            raise InputError(t("session_over", lang))
        asked = state.get("asked")
        if asked is not None and runner.pending_question.index != asked:
            # Another window or process moved the interview on: show it as it is now, and keep
            # the answer in the box (it answered a question that is no longer the one waiting).
            yield _kept(state, runner, t("moved_on", lang))
            return
        if audio is None and asr is None:
            audio, asr, delivery = _spoken_draft(ctx, state, runner, text)
        history = render.chat_history(runner.turns())
        # Nothing is shown as sent until it is stored: the answer stays in the (disabled) box.
        waiting = InterviewView(
            state, history, status_line(runner, lang), None, **_frame(state, runner)
        )
        try:
            audio_path = _store_audio(ctx, runner, audio) if audio else None
            try:
                yield replace(waiting, notice=t("grading", lang))
            except GeneratorExit:
                # The page went away (refresh, closed tab) after Submit: keep the answer anyway.
                with contextlib.suppress(ProviderError, StorageError, ConflictError):
                    runner.submit_answer(text, audio_path=audio_path, asr=asr, delivery=delivery)
                raise
            outcome = runner.submit_answer(text, audio_path=audio_path, asr=asr, delivery=delivery)
            grade, notice = outcome.grade, _with_model_failure(runner, "", lang)
            ctx.spoken.discard(state["owner"])  # stored with the answer
        except (StorageError, ConflictError) as e:
            yield _not_stored(ctx, state, history, text, e)
            return
        card = render.scorecard_html(grade, runner.rubric, lang, answer=text, limits=True)
        summary = ih.score_summary_html(grade, runner.rubric, lang) + _covers(runner, lang)
        if audio_path or asr is not None:
            # a spoken answer: its recording, pace, fillers and pauses under the scores
            spoken = next((x for x in reversed(runner.turns()) if x.role == "candidate"), None)
            card += render.voice_html(spoken, lang) if spoken is not None else ""
        # Stored: now it is sent. The box is emptied by every view until it opens for the next
        # answer, not by the first only: the browser applies only the last of the updates that
        # arrive together, and a later one without a value would leave the sent answer there.
        clearing = True
        for view in stream_question(
            ctx, runner, state, scorecard=card, read_aloud=read_aloud, notice=notice
        ):
            yield replace(view, summary=summary, clear_answer=clearing)
            clearing = clearing and not view.active


def _with_model_failure(runner: InterviewRunner, notice: str, lang: str) -> str:
    """`notice`, and once per session the line saying the model failed and the rest runs
    offline (the runner's FallbackAdapter decided; the status line says offline from then on)."""
    error = runner.take_model_failure()
    if error is None:
        return notice
    log.warning("model failed in session %s: %s", runner.session_id, error)
    return " ".join(x for x in (notice, t("provider_failed", lang, error=error)) if x)


def _kept(state: PageState, runner: InterviewRunner, notice: str) -> InterviewView:
    """The session as stored now, with the answer left in the box and a notice."""
    pending = runner.pending_question
    state = {**state, "asked": pending.index if pending is not None else None}
    return _session_view(state, runner, active=not runner.finished, notice=notice)


def _not_stored(
    ctx: WebContext, state: PageState, history: list[Any], text: str, e: Exception
) -> InterviewView:
    """A write failed (disk full, read-only, locked, moved on elsewhere): say so plainly, keep
    the answer in the box, and show the session as the database has it."""
    lang = state["lang"]
    message = uploads.scrub_paths(getattr(e, "message", str(e)))
    sid = state["session_id"]
    if sid is not None:
        ctx.runners.forget(state["owner"], sid)
        try:
            with ctx.runners.use(state["owner"], sid) as fresh:
                stored = [x for x in fresh.turns() if x.role == "candidate"]
                if stored and stored[-1].text == text and not isinstance(e, ConflictError):
                    # The answer itself made it; something after it (its grades) did not.
                    return _session_view(
                        state, fresh, active=not fresh.finished, notice=t("saved_not_graded", lang)
                    )
                key = "moved_on" if isinstance(e, ConflictError) else "not_saved"
                return _kept(state, fresh, t(key, lang, error=message))
        except InterviewerError:
            pass
    return InterviewView(
        state, history, "", None, active=True, notice=t("not_saved", lang, error=message)
    )


def _store_audio(ctx: WebContext, runner: InterviewRunner, audio: bytes | str) -> str:
    """Save the recording next to the database before the answer row points at it."""
    from interviewer.voice.audio import store_audio

    pending = runner.pending_question
    index = (pending.index + 1) if pending else len(runner.turns())
    try:
        return str(store_audio(ctx.services.settings, runner.session_id, index, audio))
    except OSError as e:
        from storage.db import storage_error

        raise storage_error(e) from e


def _spoken_draft(
    ctx: WebContext, state: PageState, runner: InterviewRunner, text: str
) -> tuple[str | None, Any, Any]:
    """(audio, asr, delivery) of the recording waiting for this question, if the candidate
    recorded one: the sent text may be corrected, the analytics are the recording's."""
    pending = runner.pending_question
    draft = ctx.spoken.find(state["owner"], runner.session_id, pending.index) if pending else None
    if draft is None:
        return None, None, None
    if draft.asr is None:  # recognition failed: the recording still goes with the typed answer
        return draft.audio_path, None, None
    from interviewer.voice.analytics import delivery_from_asr

    heard = draft.recognised
    asr = draft.asr.model_copy(update={"text": heard if heard.strip() != text else None})
    return draft.audio_path, asr, delivery_from_asr(draft.asr, session_lang(state), heard)


def _keep_recording(
    ctx: WebContext, state: PageState, audio: bytes | str, asr: Any = None, heard: str = ""
) -> bool:
    """Store a recording for the question waiting, before anything else can fail; Send attaches
    it to the answer. False when there is no question waiting or it cannot be stored."""
    sid = state["session_id"]
    if sid is None:
        return False
    try:
        with ctx.runners.use(state["owner"], sid) as runner:
            pending = runner.pending_question
            if runner.finished or pending is None:
                return False
            path = _store_audio(ctx, runner, audio)
            from interviewer.web.spoken import SpokenDraft

            draft = SpokenDraft(runner.session_id, pending.index, path, asr, heard)
            ctx.spoken.put(state["owner"], draft)
            return True
    except (InterviewerError, OSError) as e:
        log.warning("could not keep a recording: %s", getattr(e, "message", e))
        return False


def show_hint(ctx: WebContext, state: PageState | None) -> str:
    """`#hint-text`: the hint for the question waiting (never its answer)."""
    from interviewer.web.coverage import hint_text

    state = ensure_state(state)
    lang = state["lang"]
    if state["session_id"] is None:
        return render.inline_error(t("no_session", lang))
    with ctx.runners.use(state["owner"], state["session_id"]) as runner:
        if runner.finished or runner.pending_question is None:
            return ""
        hint = hint_text(runner)
    return (
        f"<div class='iv-hint' role='note'><b>{render.esc(t('hint_label', lang))}</b> "
        f"{render.esc(hint)}</div>"
    )


def submit_audio(
    ctx: WebContext,
    state: PageState | None,
    audio_path: str | None,
    *,
    read_aloud: bool = False,
    review: bool = False,
) -> Iterator[InterviewView]:
    """Transcribe an uploaded recording and submit it as the answer (audio kept); with
    `review`, put the recognised text in the answer box to be checked and sent."""
    state = ensure_state(state)
    lang = state["lang"]
    if not audio_path:
        raise InputError(t("no_audio", lang))
    from interviewer.limits import MAX_AUDIO_UPLOAD_BYTES

    try:
        uploads.check_size(audio_path, MAX_AUDIO_UPLOAD_BYTES, "audio_too_large", lang)
        try:
            from interviewer.voice.stt import transcribe_file

            text, asr = transcribe_file(ctx.services.settings, audio_path, session_lang(state))
        except (InterviewerError, ImportError) as e:
            yield _voice_failed(ctx, state, e, audio_path)  # the recording is kept first
            return
        yield from _submit_spoken(ctx, state, text, asr, audio_path, read_aloud, review)
    finally:
        uploads.discard(audio_path)  # the answer keeps its own copy under <home>/audio


def live_chunk(ctx: WebContext, state: PageState | None, chunk: Any) -> str:
    """One microphone block of the answer being spoken.

    Returns a notice for the page: what was heard so far when that grew, why voice cannot run,
    or "" for nothing new.
    """
    state = ensure_state(state)
    sid = state["session_id"]
    if sid is None or chunk is None:
        return ""
    rate, samples = chunk
    lang = state["lang"]
    try:
        heard = ctx.live.feed(
            ctx.services.settings, state["owner"], sid, session_lang(state), rate, samples
        )
    except (InterviewerError, ImportError) as e:
        return _voice_unavailable(e, lang)
    return t("heard_so_far", lang, text=heard) if heard else ""


def start_live_answer(ctx: WebContext, state: PageState | None) -> None:
    """A new recording starts: forget any earlier one that was never stopped."""
    state = ensure_state(state)
    ctx.live.discard(state["owner"])
    _warm_up(ctx, "stt")


def finish_live_answer(
    ctx: WebContext,
    state: PageState | None,
    *,
    read_aloud: bool = False,
    review: bool = False,
) -> Iterator[InterviewView]:
    """The candidate stopped recording: finish the transcript (most of it is done) and submit,
    or with `review` put it in the answer box to be checked and sent."""
    state = ensure_state(state)
    lang = state["lang"]
    if state["session_id"] is None:
        raise InputError(t("no_session", lang))
    live = ctx.live.take(state["owner"], state["session_id"])
    if live is None:
        yield _with_notice(ctx, state, t("no_audio", lang))
        return
    from interviewer.voice.audio import wav_bytes
    from interviewer.voice.base import ASR_SAMPLE_RATE

    try:
        result = live.transcriber.finish()
    except (InterviewerError, ImportError) as e:
        samples = live.transcriber.audio()
        kept = wav_bytes(samples, ASR_SAMPLE_RATE) if len(samples) else None
        yield _voice_failed(ctx, state, e, kept)
        return
    audio = wav_bytes(live.transcriber.audio(), ASR_SAMPLE_RATE)
    yield from _submit_spoken(ctx, state, result.text, result.info, audio, read_aloud, review)


def _submit_spoken(
    ctx: WebContext,
    state: PageState,
    text: str,
    asr: Any,
    audio: bytes | str,
    read_aloud: bool,
    review: bool = False,
) -> Iterator[InterviewView]:
    """Submit a transcribed answer with its audio and delivery analytics; with `review`, store
    the recording and put the text in the answer box instead (Send attaches the recording)."""
    from interviewer.voice.analytics import delivery_from_asr

    lang = state["lang"]
    if not text.strip():
        yield _with_notice(ctx, state, t("nothing_heard", lang))
        return
    if review:
        kept = _keep_recording(ctx, state, audio, asr, text)
        view = _with_notice(
            ctx, state, t("transcript_ready" if kept else "transcribed", lang, text=text)
        )
        yield replace(view, answer_text=text if view.active else None)
        return
    delivery = delivery_from_asr(asr, session_lang(state), text)
    for view in submit_answer(
        ctx, state, text, read_aloud=read_aloud, audio=audio, asr=asr, delivery=delivery
    ):
        view.notice = " ".join(x for x in (t("transcribed", lang, text=text), view.notice) if x)
        yield view


def _voice_failed(
    ctx: WebContext, state: PageState, e: Exception, audio: bytes | str | None = None
) -> InterviewView:
    """Speech recognition could not run: say why; the interview goes on (text still works) and
    the recording is kept, to go with the answer the candidate types."""
    notice = _voice_unavailable(e, state["lang"])
    if audio is not None and state["session_id"] is not None:
        if _keep_recording(ctx, state, audio):
            notice += " " + t("recording_kept", state["lang"])
    return _with_notice(ctx, state, notice)


def _voice_unavailable(e: Exception, lang: str) -> str:
    """The notice for a voice failure; any other error is raised again."""
    from interviewer.errors import VoiceUnavailable

    if isinstance(e, InterviewerError) and not isinstance(e, VoiceUnavailable | ProviderError):
        raise e
    return t("voice_unavailable", lang, error=uploads.scrub_paths(getattr(e, "message", str(e))))


def _session_view(
    state: PageState, runner: InterviewRunner, scorecard: str | None = None, **extra: Any
) -> InterviewView:
    """The whole stored session: chat from the database, status line and report."""
    lang = state["lang"]
    turns = runner.turns()
    return InterviewView(
        state,
        render.chat_history(turns),
        status_line(runner, lang),
        scorecard,
        _report_html(runner, lang, turns),
        **{**_frame(state, runner, turns), **extra},
    )


def _with_notice(ctx: WebContext, state: PageState, notice: str) -> InterviewView:
    """The current interview unchanged, with a message for the user."""
    sid = state["session_id"]
    if sid is None:
        return replace(idle_view(state), notice=notice)
    with ctx.runners.use(state["owner"], sid) as runner:
        return _session_view(state, runner, active=not runner.finished, notice=notice)


def end_interview(ctx: WebContext, state: PageState | None) -> InterviewView:
    """Finish now (possibly early) and show the report."""
    state = ensure_state(state)
    if state["session_id"] is None:
        raise InputError(t("no_session", state["lang"]))
    with ctx.runners.use(state["owner"], state["session_id"]) as runner:
        if not runner.finished:
            runner.finish()
        return _session_view(state, runner)


def new_interview(state: PageState | None) -> InterviewView:
    """Clear the screen for a new interview (the old one stays stored and resumable)."""
    state = {**ensure_state(state), "session_id": None}
    return idle_view(state)


def unfinished_sessions(ctx: WebContext, owner: str, lang: str) -> list[tuple[str, int]]:
    """(label, id) of this owner's unfinished sessions, newest first."""
    out = []
    for rec in ctx.services.repo.list_sessions(owner=owner, status="active", limit=50):
        try:
            name = ctx.services.personas.get(rec.persona).name.get(lang)
        except InterviewerError:
            name = rec.persona
        out.append((f"#{rec.id} · {name} · {rec.created_at:%Y-%m-%d %H:%M}", rec.id))
    return out
