"""Interview tab, wired: each event maps inputs to a plain handler in `web.handlers` and its
`InterviewView`s to outputs. A handler's error is shown inline, as one plain line, next to the
control that caused it (answer box, Start, résumé upload): no toasts, no red overlays."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import gradio as gr

from interviewer.errors import DataFileError, should_reraise
from interviewer.web import handlers as h
from interviewer.web import render
from interviewer.web import resume_preview as rp
from interviewer.web import review_handlers as rh
from interviewer.web import state as ws
from interviewer.web.strings import t
from interviewer.web.tabs.interview import (
    CPU_HEAVY,
    MIC_BLOCK_SECONDS,
    InterviewHandles,
    error_values,
    persona_description,
    stream_values,
    view_values,
)
from interviewer.web.ui import event_lang, guarded, plain_message

if TYPE_CHECKING:
    from interviewer.services import Services

#: Runs in the browser before the start request is sent: a second click of a double click
#: finds the button already disabled (the server enables it again when the session is shown).
START_JS = "(...args) => { const b = document.querySelector('#start'); if (b) b.disabled = true; return args; }"


def inline(slot: str, n_outputs: int, extra: int = 0) -> Callable[[Any], Any]:
    """Show an InterviewerError of the wrapped event in the inline error `slot`.

    The event fills the `n_outputs` of a view, then `extra` outputs of its own (left as they
    are on an error). The message is in the UI language; a résumé file that cannot be read is
    reported under the upload.
    """

    def deco(fn: Callable[..., Any]) -> Callable[..., Any]:
        def fail(e: Exception, args: tuple[Any, ...]) -> tuple[Any, ...]:
            if should_reraise():
                raise e
            lang = event_lang(args)
            where = "resume" if isinstance(e, DataFileError) and slot == "start" else slot
            message = plain_message(e, lang)
            return (*error_values(n_outputs, where, message), *([gr.update()] * extra))

        if inspect.isgeneratorfunction(fn):

            @functools.wraps(fn)  # Gradio reads the signature (gr.Request is injected)
            def gen(*args: Any) -> Any:
                try:
                    yield from fn(*args)
                except Exception as e:  # noqa: BLE001 - any error is one line by its control
                    yield fail(e, args)

            return gen

        @functools.wraps(fn)
        def call(*args: Any) -> Any:
            try:
                return fn(*args)
            except Exception as e:  # noqa: BLE001 - any error is one line by its control
                return fail(e, args)

        return call

    return deco


def wire(ctx: ws.WebContext, ui: InterviewHandles, state: Any, lang: Any) -> None:
    """Attach the tab's events (inputs → plain handlers → outputs)."""
    services = ctx.services
    outs = [state, *ui.view_outputs()]
    n = len(outs)

    _wire_persona_and_lang(services, ui, lang)
    _wire_setup(ctx, ui, state, lang, outs)

    # Handlers speak the UI language kept in the page state; the session keeps its own.
    def on_lang(st: Any, lg: str) -> Any:
        return ws.ensure_state(st, lg) if isinstance(st, dict) else st

    lang.change(on_lang, [state, lang], [state], api_name=False)

    def on_lang_status(st: Any, lg: str) -> Any:
        # Without a session the line says so in the page's language; a session's own line is
        # left to the events that show the session (a restore on load sets it).
        has_session = isinstance(st, dict) and st.get("session_id") is not None
        return gr.update() if has_session else t("status_none", lg)

    lang.change(on_lang_status, [state, lang], [ui.status], api_name=False)

    @inline("answer", n, extra=1)
    def on_answer(st: Any, text: str, aloud: bool, request: gr.Request) -> Any:
        for v in h.submit_answer(ctx, ctx.bind(st, request), text, read_aloud=aloud):
            # A recording checked in the box went with this answer: the recorder is cleared, so
            # it cannot be sent again as the next answer.
            yield (*view_values(v), None if v.clear_answer else gr.update())

    ui.send.click(
        on_answer,
        [state, ui.answer, ui.read_aloud],
        [*outs, ui.audio_in],
        api_name="answer",
        trigger_mode="once",
    )

    @inline("answer", n, extra=1)
    def on_audio(st: Any, path: str | None, aloud: bool, review: bool, request: gr.Request) -> Any:
        bound = ctx.bind(st, request)
        for v in h.submit_audio(ctx, bound, path, read_aloud=aloud, review=review):
            # Once the answer is in the chat, the recorder is cleared for the next one.
            yield (*view_values(v), None if v.clear_answer else gr.update())

    ui.send_audio.click(
        on_audio,
        [state, ui.audio_in, ui.read_aloud, ui.review_transcript],
        [*outs, ui.audio_in],
        api_name="answer_audio",
        **CPU_HEAVY,
        trigger_mode="once",
    )
    _wire_mic(ctx, ui, state, lang, outs)
    _wire_report_toggle(ui)

    @guarded
    def on_hint(st: Any, request: gr.Request) -> str:
        return h.show_hint(ctx, ctx.bind(st, request))

    ui.hint.click(on_hint, [state], [ui.hint_text], api_name="hint")

    def on_export_pdf(st: Any, request: gr.Request) -> tuple[Any, str]:
        st = ws.ensure_state(st)
        try:
            st = ctx.bind(st, request)
            path = rh.export(services, st["owner"], st["session_id"], "pdf", st["lang"])
        except Exception as e:  # noqa: BLE001 - any error is one line under the button
            if should_reraise():
                raise
            return None, render.inline_error(plain_message(e, st["lang"]))
        return path, ""

    ui.export_pdf.click(
        on_export_pdf, [state], [ui.report_file, ui.report_error], api_name="export_pdf"
    ).then(lambda f: gr.update(visible=bool(f)), [ui.report_file], [ui.report_file], api_name=False)

    @inline("start", n)
    def on_resume(st: Any, sid: Any, aloud: bool, request: gr.Request) -> Any:
        # The page keeps its language; the session keeps its own.
        yield from stream_values(
            h.resume_interview(ctx, ctx.bind(st, request), sid, read_aloud=aloud)
        )

    ui.resume_btn.click(
        on_resume,
        [state, ui.resume_pick, ui.read_aloud],
        outs,
        api_name="resume",
        trigger_mode="once",
    )

    @inline("answer", n)
    def on_end(st: Any, request: gr.Request) -> Any:
        return view_values(h.end_interview(ctx, ctx.bind(st, request)))

    ui.end.click(on_end, [state], outs, api_name="end", trigger_mode="once")
    for button in (ui.new, ui.new_after):
        button.click(
            lambda st: view_values(h.new_interview(st)),
            [state],
            outs,
            api_name="new" if button is ui.new else False,
        )


def _wire_persona_and_lang(services: Services, ui: InterviewHandles, lang: Any) -> None:
    """The persona's description and focus choices, and the texts that follow the language."""

    def on_persona(pid: str, lg: str, focus: str | None) -> tuple[Any, Any]:
        choices = h.focus_choices(services, pid, lg)
        keep = focus if focus in {v for _, v in choices} else ""
        return persona_description(services, pid, lg), gr.update(choices=choices, value=keep)

    # Only the candidate's own pick resets the focus: a restored session sets both itself.
    ui.persona.input(
        on_persona, [ui.persona, lang, ui.focus], [ui.persona_desc, ui.focus], api_name=False
    )
    ui.persona.change(
        lambda pid, lg: persona_description(services, pid, lg),
        [ui.persona, lang],
        [ui.persona_desc],
        api_name=False,
    )

    def on_lang_labels(pid: str, lg: str) -> tuple[Any, Any]:
        # Names only: the chosen focus stays (a restored session may set it meanwhile).
        choices = h.focus_choices(services, pid, lg)
        return persona_description(services, pid, lg), gr.update(choices=choices)

    lang.change(on_lang_labels, [ui.persona, lang], [ui.persona_desc, ui.focus], api_name=False)

    # The résumé preview (empty or read) follows the page language like every other text.
    def on_lang_preview(reading: Any, lg: str) -> tuple[str, Any]:
        resume = rp.from_state(reading)
        return rp.preview_html(resume, lg), rp.rows_value(resume, lg)

    lang.change(
        on_lang_preview,
        [ui.resume_reading, lang],
        [ui.resume_preview, ui.resume_rows],
        api_name=False,
    )


def _wire_setup(
    ctx: ws.WebContext, ui: InterviewHandles, state: Any, lang: Any, outs: list[Any]
) -> None:
    """The résumé upload check and Start (disabled while the session is being created)."""
    n = len(outs)

    def on_resume_input(
        st: Any, path: str | None, pasted: str, lg: str, request: gr.Request
    ) -> tuple[Any, ...]:
        """Read an upload or paste at once: the preview, or the problem named under the upload.

        A file is size-checked, parsed in the bounded worker behind this owner's parse gate, and
        deleted once read (the reading is what Start confirms)."""
        from interviewer.limits import MAX_RESUME_BYTES
        from interviewer.web import uploads

        owner = ctx.bind(st, request, lg)["owner"]
        try:
            if path:
                try:
                    uploads.check_size(path, MAX_RESUME_BYTES, "resume_too_large", lg)
                    with ctx.parses.hold(owner):
                        resume = rp.read_for_preview(path, pasted)
                finally:
                    uploads.discard(path)
            else:
                resume = rp.read_for_preview(path, pasted)
        except Exception as e:  # noqa: BLE001 - any error is one line under the upload
            if should_reraise():
                raise
            message = render.inline_error(plain_message(e, lg))
            return rp.preview_html(None, lg), [], None, message
        return rp.preview_html(resume, lg), rp.rows_value(resume, lg), rp.to_state(resume), ""

    # The résumé preview: read on upload or paste, corrected in the rows, confirmed by Start.
    reading_outs = [ui.resume_preview, ui.resume_rows, ui.resume_reading, ui.resume_error]
    reading_ins = [state, ui.resume_file, ui.resume_text, lang]
    ui.resume_file.change(
        on_resume_input, reading_ins, reading_outs, api_name="resume_preview", **CPU_HEAVY
    )
    ui.resume_text.blur(on_resume_input, reading_ins, reading_outs, api_name=False)
    ui.resume_rows.input(
        guarded(rp.on_rows_edit),
        [ui.resume_reading, ui.resume_rows, lang],
        [ui.resume_preview, ui.resume_reading],
        api_name=False,
    )

    def starting() -> tuple[Any, ...]:
        out: list[Any] = [gr.update() for _ in range(n)]
        out[outs.index(ui.start)] = gr.update(interactive=False)
        for err in (ui.answer_error, ui.start_error, ui.resume_error):
            out[outs.index(err)] = ""
        return tuple(out)

    @inline("start", n)
    def on_start(
        st: Any,
        lg: str,
        pid: str,
        model: str,
        rfile: Any,
        rtext: str,
        job: str,
        focus: str,
        aloud: bool,
        reading: Any,
        request: gr.Request,
    ) -> Any:
        yield starting()
        yield from stream_values(
            h.start_interview(
                ctx,
                ctx.bind(st, request, lg),
                persona_id=pid,
                lang=lg,
                model=model,
                resume_path=rfile,
                resume_text=rtext,
                job_description=job,
                focus=focus or None,
                read_aloud=aloud,
                resume_reading=reading,
            )
        )

    ui.start.click(
        on_start,
        [
            state,
            lang,
            ui.persona,
            ui.model,
            ui.resume_file,
            ui.resume_text,
            ui.job,
            ui.focus,
            ui.read_aloud,
            ui.resume_reading,
        ],
        outs,
        api_name="start",
        **CPU_HEAVY,
        trigger_mode="once",
        js=START_JS,
    )


def _wire_report_toggle(ui: InterviewHandles) -> None:
    """Report ⇄ transcript in the same place."""
    # The report and the transcript take turns in the same place.
    views = [ui.chat_view, ui.report_view, ui.to_report]
    ui.to_transcript.click(
        lambda: (gr.update(visible=True), gr.update(visible=False), gr.update(visible=True)),
        None,
        views,
        api_name=False,
        queue=False,
    )
    ui.to_report.click(
        lambda: (gr.update(visible=False), gr.update(visible=True), gr.update(visible=False)),
        None,
        views,
        api_name=False,
        queue=False,
    )


def _wire_mic(
    ctx: ws.WebContext, ui: InterviewHandles, state: Any, lang: Any, outs: list[Any]
) -> None:
    """The microphone: blocks are transcribed while the candidate speaks; stop submits."""

    @guarded
    def on_mic_start(st: Any, request: gr.Request) -> None:
        h.start_live_answer(ctx, ctx.bind(st, request))

    ui.mic.start_recording(
        on_mic_start,
        [state],
        None,
        js="(st) => { window.ivSpeech && window.ivSpeech.stop(); return st; }",
        api_name=False,
    )

    @guarded
    def on_mic_block(st: Any, block: Any, request: gr.Request) -> Any:
        notice = h.live_chunk(ctx, ctx.bind(st, request), block)
        return render.esc(notice) if notice else gr.update()

    ui.mic.stream(
        on_mic_block,
        [state, ui.mic],
        [ui.notice],
        stream_every=MIC_BLOCK_SECONDS,
        time_limit=None,
        # One at a time, so each answer's blocks are stored in the order they were recorded;
        # the handler only appends (recognition runs in the transcriber's own thread).
        concurrency_limit=1,
        api_name=False,
        show_progress="hidden",
    )

    @inline("answer", len(outs))
    def on_mic_stop(st: Any, aloud: bool, review: bool, request: gr.Request) -> Any:
        bound = ctx.bind(st, request)
        yield from stream_values(h.finish_live_answer(ctx, bound, read_aloud=aloud, review=review))

    ui.mic.stop_recording(
        on_mic_stop,
        [state, ui.read_aloud, ui.review_transcript],
        outs,
        api_name="answer_live",
        **CPU_HEAVY,
        trigger_mode="always_last",
    )
