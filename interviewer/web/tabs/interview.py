"""Interview tab: setup (persona, model, résumé, JD), streaming chat, text or voice answers,
a foldable score card after each answer and the end-of-session report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from interviewer.web import handlers as h
from interviewer.web import render
from interviewer.web import resume_preview as rp
from interviewer.web import state as ws
from interviewer.web.strings import t
from interviewer.web.ui import Labels, guarded

RESUME_TYPES = [".md", ".markdown", ".txt", ".pdf", ".docx"]
SPEECH_PLAYER_JS = (
    Path(__file__).resolve().parent.parent / "assets" / "speech_player.js"
).read_text(encoding="utf-8")
#: Seconds of microphone audio per block sent while the candidate speaks; the last partial
#: block is not sent when recording stops, so it is kept short.
MIC_BLOCK_SECONDS = 0.25


@dataclass
class InterviewHandles:
    """The components other tabs and the app wire to."""

    persona: Any
    persona_desc: Any
    model: Any
    focus: Any
    resume_file: Any
    resume_text: Any
    job: Any
    read_aloud: Any
    start: Any
    resume_pick: Any
    resume_btn: Any
    status: Any
    chat: Any
    notice: Any
    answer: Any
    send: Any
    mic: Any
    audio_in: Any
    send_audio: Any
    speech: Any
    scorecard: Any
    report: Any
    end: Any
    new: Any
    resume_preview: Any = None
    """`#resume-preview`: the reading shown before Start (interviewer/web/resume_preview.py)."""
    resume_rows: Any = None
    resume_reading: Any = None

    def view_outputs(self) -> list[Any]:
        """Components an InterviewView fills, after the state."""
        return [
            self.chat,
            self.status,
            self.scorecard,
            self.report,
            self.speech,
            self.answer,
            self.send,
            self.send_audio,
            self.end,
            self.notice,
        ]


def persona_choices(services: Any, lang: str) -> list[tuple[str, str]]:
    items = services.personas.items
    return [(items[pid].name.get(lang), pid) for pid in services.personas.ids()]


def default_persona(services: Any) -> str | None:
    ids = services.personas.ids()
    return "leader" if "leader" in ids else (ids[0] if ids else None)


def persona_description(services: Any, persona_id: str | None, lang: str) -> str:
    """One line about the chosen persona (escaped: user persona files are data)."""
    if not persona_id or persona_id not in services.personas.items:
        return ""
    p = services.personas.items[persona_id]
    return f"<p class='iv-muted' id='persona-desc'>{render.esc(p.description.get(lang))}</p>"


def focus_choices(services: Any, persona_id: str | None, lang: str) -> list[tuple[str, str]]:
    """ "Any" plus the criteria of the persona's rubric."""
    out = [(t("focus_none", lang), "")]
    persona = services.personas.items.get(persona_id or "")
    rubric = services.rubrics.items.get(persona.rubric) if persona else None
    if rubric is not None:
        out += [(c.name.get(lang), c.id) for c in rubric.criteria]
    return out


def model_choices(services: Any, lang: str) -> list[tuple[str, str]]:
    out = [(t("model_offline", lang), "offline")]
    configured = services.settings.model
    if configured and configured != "offline":
        out.append((configured, configured))
    return out


def render_tab(services: Any, labels: Labels, lang: str) -> InterviewHandles:
    """Build the tab's components (no events)."""
    first = default_persona(services)
    with gr.Row():
        with gr.Column(scale=1, min_width=300):
            labels.add(gr.Markdown(t("setup_title", lang)), value="setup_title")
            persona = labels.add_fn(
                gr.Dropdown(
                    persona_choices(services, lang),
                    value=first,
                    label=t("persona", lang),
                    elem_id="persona",
                ),
                lambda lg: gr.update(label=t("persona", lg), choices=persona_choices(services, lg)),
            )
            persona_desc = gr.HTML(persona_description(services, first, lang))
            model = labels.add_fn(
                gr.Dropdown(
                    model_choices(services, lang),
                    value=services.settings.model or "offline",
                    allow_custom_value=True,
                    label=t("model", lang),
                    info=t("model_info", lang),
                    elem_id="model",
                ),
                lambda lg: gr.update(
                    label=t("model", lg),
                    info=t("model_info", lg),
                    choices=model_choices(services, lg),
                ),
            )
            focus = labels.add(
                gr.Dropdown(
                    focus_choices(services, first, lang),
                    value="",
                    label=t("focus", lang),
                    elem_id="focus",
                ),
                label="focus",
            )
            resume_file = labels.add(
                gr.File(
                    file_types=RESUME_TYPES,
                    type="filepath",
                    label=t("resume_file", lang),
                    elem_id="resume-file",
                ),
                label="resume_file",
            )
            resume_text = labels.add(
                gr.Textbox(
                    lines=5,
                    max_lines=14,
                    label=t("resume_text", lang),
                    placeholder=t("resume_placeholder", lang),
                    elem_id="resume-text",
                ),
                label="resume_text",
                placeholder="resume_placeholder",
            )
            resume_preview = gr.HTML(rp.preview_html(None, lang), elem_id="resume-preview")
            resume_rows = gr.Dataframe(
                headers=list(rp.COLUMNS),
                column_count=3,
                interactive=True,
                label=t("preview_rows", lang),
                elem_id="resume-rows",
            )
            resume_reading = gr.State(None)
            job = labels.add(
                gr.Textbox(lines=2, max_lines=8, label=t("job_description", lang), elem_id="job"),
                label="job_description",
            )
            read_aloud = labels.add(
                gr.Checkbox(False, label=t("speak_questions", lang), elem_id="read-aloud"),
                label="speak_questions",
            )
            start = labels.add(
                gr.Button(t("start", lang), variant="primary", elem_id="start"), value="start"
            )
            resume_pick = labels.add(
                gr.Dropdown(
                    [], label=t("resume_pick", lang), allow_custom_value=True, elem_id="resume-pick"
                ),
                label="resume_pick",
            )
            resume_btn = labels.add(
                gr.Button(t("resume_button", lang), elem_id="resume-btn"), value="resume_button"
            )
        with gr.Column(scale=2):
            status = gr.Markdown(t("status_none", lang), elem_id="status")
            chat = labels.add(
                gr.Chatbot(
                    label=t("chat", lang),
                    height=460,
                    sanitize_html=True,
                    render_markdown=True,
                    latex_delimiters=[],
                    feedback_options=None,
                    allow_tags=False,
                    buttons=["copy", "copy_all"],
                    placeholder=t("chat_placeholder", lang),
                    elem_id="chat",
                ),
                label="chat",
                placeholder="chat_placeholder",
            )
            notice = gr.Markdown("", elem_id="notice")
            answer = labels.add(
                gr.Textbox(
                    lines=4,
                    max_lines=16,
                    label=t("answer", lang),
                    interactive=False,
                    placeholder=t("answer_placeholder", lang),
                    elem_id="answer",
                ),
                label="answer",
                placeholder="answer_placeholder",
            )
            with gr.Row():
                send = labels.add(
                    gr.Button(
                        t("send", lang), variant="primary", interactive=False, elem_id="send"
                    ),
                    value="send",
                )
                end = labels.add(
                    gr.Button(t("end", lang), interactive=False, elem_id="end"), value="end"
                )
                new = labels.add(gr.Button(t("new", lang), elem_id="new"), value="new")
            mic = labels.add(
                gr.Audio(
                    sources=["microphone"],
                    streaming=True,
                    type="numpy",
                    label=t("record", lang),
                    elem_id="mic",
                ),
                label="record",
            )
            with gr.Row():
                audio_in = labels.add(
                    gr.Audio(
                        sources=["upload"],
                        type="filepath",
                        label=t("upload_recording", lang),
                        elem_id="audio-in",
                    ),
                    label="upload_recording",
                )
                send_audio = labels.add(
                    gr.Button(t("send_audio", lang), interactive=False, elem_id="send-audio"),
                    value="send_audio",
                )
            speech = gr.HTML(
                "",
                html_template="<div class='iv-speech'></div>",
                js_on_load=SPEECH_PLAYER_JS,
                elem_id="speech",
            )
            with labels.add(
                gr.Accordion(t("scorecard", lang), open=True, elem_id="scorecard-acc"),
                label="scorecard",
            ):
                scorecard = gr.HTML(render.scorecard_html(None, None, lang), elem_id="scorecard")
            report = gr.HTML("", elem_id="report")
    return InterviewHandles(
        persona,
        persona_desc,
        model,
        focus,
        resume_file,
        resume_text,
        job,
        read_aloud,
        start,
        resume_pick,
        resume_btn,
        status,
        chat,
        notice,
        answer,
        send,
        mic,
        audio_in,
        send_audio,
        speech,
        scorecard,
        report,
        end,
        new,
        resume_preview=resume_preview,
        resume_rows=resume_rows,
        resume_reading=resume_reading,
    )


def view_values(v: ws.InterviewView) -> tuple[Any, ...]:
    """An InterviewView as values for [state, *InterviewHandles.view_outputs()]."""
    return (
        v.state,
        v.chat,
        render.esc(v.status),
        gr.update() if v.scorecard is None else v.scorecard,
        v.report,
        gr.update() if v.speech is None else v.speech,
        gr.update(value="", interactive=v.active)
        if v.clear_answer
        else gr.update(interactive=v.active),
        gr.update(interactive=v.active),
        gr.update(interactive=v.active),
        gr.update(interactive=v.state.get("session_id") is not None),
        render.esc(v.notice),
    )


def stream_values(views: Any) -> Any:
    """Map a stream of InterviewViews to output tuples."""
    for v in views:
        yield view_values(v)


def wire(ctx: ws.WebContext, ui: InterviewHandles, state: Any, lang: Any) -> None:
    """Attach the tab's events (inputs → plain handlers → outputs)."""
    services = ctx.services
    outs = [state, *ui.view_outputs()]

    def on_persona(pid: str, lg: str, focus: str | None) -> tuple[Any, Any]:
        choices = focus_choices(services, pid, lg)
        keep = focus if focus in {v for _, v in choices} else ""
        return persona_description(services, pid, lg), gr.update(choices=choices, value=keep)

    ui.persona.change(
        on_persona, [ui.persona, lang, ui.focus], [ui.persona_desc, ui.focus], api_name=False
    )
    lang.change(
        on_persona, [ui.persona, lang, ui.focus], [ui.persona_desc, ui.focus], api_name=False
    )

    @guarded
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
        trigger_mode="once",
    )
    # The résumé preview: read on upload or paste, corrected in the rows, confirmed by Start.
    reading_outs = [ui.resume_preview, ui.resume_rows, ui.resume_reading]
    ui.resume_file.change(
        guarded(rp.on_resume_input),
        [ui.resume_file, ui.resume_text, lang],
        reading_outs,
        api_name="resume_preview",
    )
    ui.resume_text.blur(
        guarded(rp.on_resume_input), [ui.resume_file, ui.resume_text, lang], reading_outs
    )
    ui.resume_rows.input(
        guarded(rp.on_rows_edit),
        [ui.resume_reading, ui.resume_rows, lang],
        [ui.resume_preview, ui.resume_reading],
    )

    @guarded
    def on_answer(st: Any, text: str, aloud: bool, request: gr.Request) -> Any:
        yield from stream_values(
            h.submit_answer(ctx, ctx.bind(st, request), text, read_aloud=aloud)
        )

    ui.send.click(
        on_answer, [state, ui.answer, ui.read_aloud], outs, api_name="answer", trigger_mode="once"
    )

    @guarded
    def on_audio(st: Any, path: str | None, aloud: bool, request: gr.Request) -> Any:
        for v in h.submit_audio(ctx, ctx.bind(st, request), path, read_aloud=aloud):
            # Once the answer is in the chat, the recorder is cleared for the next one.
            yield (*view_values(v), None if v.clear_answer else gr.update())

    ui.send_audio.click(
        on_audio,
        [state, ui.audio_in, ui.read_aloud],
        [*outs, ui.audio_in],
        api_name="answer_audio",
        trigger_mode="once",
    )

    # The microphone: blocks are transcribed while the candidate speaks; stop submits the answer.
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

    @guarded
    def on_mic_stop(st: Any, aloud: bool, request: gr.Request) -> Any:
        yield from stream_values(h.finish_live_answer(ctx, ctx.bind(st, request), read_aloud=aloud))

    ui.mic.stop_recording(
        on_mic_stop,
        [state, ui.read_aloud],
        outs,
        api_name="answer_live",
        trigger_mode="always_last",
    )

    @guarded
    def on_resume(st: Any, sid: Any, aloud: bool, request: gr.Request) -> Any:
        for v in h.resume_interview(ctx, ctx.bind(st, request), sid, read_aloud=aloud):
            yield (*view_values(v), v.state["lang"])  # the page follows the session's language

    ui.resume_btn.click(
        on_resume,
        [state, ui.resume_pick, ui.read_aloud],
        [*outs, lang],
        api_name="resume",
        trigger_mode="once",
    )

    @guarded
    def on_end(st: Any, request: gr.Request) -> Any:
        return view_values(h.end_interview(ctx, ctx.bind(st, request)))

    ui.end.click(on_end, [state], outs, api_name="end", trigger_mode="once")
    ui.new.click(lambda st: view_values(h.new_interview(st)), [state], outs, api_name="new")
