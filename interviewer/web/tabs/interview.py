"""Interview tab, built: setup (folds into one line once started), progress, streaming chat,
text or voice answers, a score summary under the answer, and the report in place of the chat.
Events are attached by `interview_events.wire`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from interviewer.limits import CPU_HEAVY_EVENTS, CPU_HEAVY_GROUP
from interviewer.web import handlers as h
from interviewer.web import interview_html as ih
from interviewer.web import render
from interviewer.web import resume_preview as rp
from interviewer.web import state as ws
from interviewer.web.strings import t
from interviewer.web.ui import Labels

if TYPE_CHECKING:
    from interviewer.services import Services

RESUME_TYPES = [".md", ".markdown", ".txt", ".pdf", ".docx"]
SPEECH_PLAYER_JS = (
    Path(__file__).resolve().parent.parent / "assets" / "speech_player.js"
).read_text(encoding="utf-8")
#: Events that parse résumés or recognise speech share their own small concurrency group.
CPU_HEAVY: dict[str, Any] = {
    "concurrency_id": CPU_HEAVY_GROUP,
    "concurrency_limit": CPU_HEAVY_EVENTS,
}
#: Seconds of microphone audio per block sent while the candidate speaks; the last partial
#: block is not sent when recording stops, so it is kept short.
MIC_BLOCK_SECONDS = 0.25


@dataclass
class InterviewHandles:
    """The components other tabs and the app wire to."""

    setup: Any
    persona: Any
    persona_desc: Any
    model: Any
    focus: Any
    resume_file: Any
    resume_error: Any
    resume_text: Any
    job: Any
    read_aloud: Any
    start: Any
    start_error: Any
    resume_pick: Any
    resume_btn: Any
    status: Any
    progress: Any
    chat_view: Any
    chat: Any
    notice: Any
    answer: Any
    answer_error: Any
    send: Any
    end: Any
    new: Any
    summary: Any
    scorecard: Any
    mic: Any
    audio_in: Any
    send_audio: Any
    speech: Any
    report_view: Any
    report: Any
    to_transcript: Any
    to_report: Any
    new_after: Any
    export_pdf: Any
    report_file: Any
    report_error: Any
    resume_preview: Any = None
    """`#resume-preview`: the reading shown before Start (interviewer/web/resume_preview.py)."""
    resume_rows: Any = None
    resume_reading: Any = None
    review_transcript: Any = None
    """Setting: a spoken answer's recognised text goes into the answer box to be checked."""
    hint: Any = None
    """`#hint`: the hint for the question waiting (bank hint, else a generic reframe)."""
    hint_text: Any = None

    def view_outputs(self) -> list[Any]:
        """Components an InterviewView fills, after the state (see `view_values`)."""
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
            self.progress,
            self.summary,
            self.chat_view,
            self.report_view,
            self.to_report,
            self.setup,
            self.persona,
            self.model,
            self.focus,
            self.hint,
            self.hint_text,
            self.start,
            self.answer_error,
            self.start_error,
            self.resume_error,
        ]


def persona_choices(services: Services, lang: str) -> list[tuple[str, str]]:
    items = services.personas.items
    return [(items[pid].name.get(lang), pid) for pid in services.personas.ids()]


def default_persona(services: Services) -> str | None:
    ids = services.personas.ids()
    return "leader" if "leader" in ids else (ids[0] if ids else None)


def persona_description(services: Services, persona_id: str | None, lang: str) -> str:
    """One line about the chosen persona (escaped: user persona files are data)."""
    if not persona_id or persona_id not in services.personas.items:
        return ""
    p = services.personas.items[persona_id]
    return f"<p class='iv-muted' id='persona-desc'>{render.esc(p.description.get(lang))}</p>"


focus_choices = h.focus_choices


def model_choices(services: Services, lang: str) -> list[tuple[str, str]]:
    """The models the operator offers (the `models` setting), offline mode named as such."""
    return [
        (t("model_offline", lang) if m == "offline" else m, m)
        for m in services.settings.allowed_models()
    ]


def render_tab(services: Services, labels: Labels, lang: str) -> InterviewHandles:
    """Build the tab's components (no events).

    Setup sits in an accordion that folds into a one-line summary once a session starts; the
    chat, the answer box and the score summary follow, so they are in view while answering.
    At the end the report replaces the chat (a button goes back to the transcript).
    """
    first = default_persona(services)
    with gr.Accordion(t("setup_open", lang), open=True, elem_id="setup") as setup:
        with gr.Row(equal_height=False):
            persona = labels.add_fn(
                gr.Dropdown(
                    persona_choices(services, lang),
                    value=first,
                    label=t("persona", lang),
                    elem_id="persona",
                    min_width=200,
                ),
                lambda lg: gr.update(label=t("persona", lg), choices=persona_choices(services, lg)),
            )
            model = labels.add_fn(
                gr.Dropdown(
                    model_choices(services, lang),
                    value=services.settings.model or "offline",
                    allow_custom_value=False,
                    label=t("model", lang),
                    elem_id="model",
                    min_width=200,
                ),
                lambda lg: gr.update(label=t("model", lg), choices=model_choices(services, lg)),
            )
            focus = labels.add(
                gr.Dropdown(
                    focus_choices(services, first, lang),
                    value="",
                    label=t("focus", lang),
                    elem_id="focus",
                    min_width=200,
                ),
                label="focus",
            )
        persona_desc = gr.HTML(persona_description(services, first, lang))
        with gr.Row(equal_height=False):
            with gr.Column(scale=1, min_width=240):
                resume_file = labels.add(
                    gr.File(
                        file_types=RESUME_TYPES,
                        type="filepath",
                        label=t("resume_file", lang),
                        elem_id="resume-file",
                        height=120,
                    ),
                    label="resume_file",
                )
                resume_error = gr.HTML("", elem_id="resume-error")
            with gr.Column(scale=2, min_width=240):
                resume_text = labels.add(
                    gr.Textbox(
                        lines=4,
                        max_lines=14,
                        label=t("resume_text", lang),
                        placeholder=t("resume_placeholder", lang),
                        elem_id="resume-text",
                    ),
                    label="resume_text",
                    placeholder="resume_placeholder",
                )
        with gr.Row(equal_height=False):
            job = labels.add(
                gr.Textbox(
                    lines=1,
                    max_lines=8,
                    label=t("job_description", lang),
                    elem_id="job",
                    scale=3,
                ),
                label="job_description",
            )
            with gr.Column(scale=1, min_width=200):
                read_aloud = labels.add(
                    gr.Checkbox(False, label=t("speak_questions", lang), elem_id="read-aloud"),
                    label="speak_questions",
                )
                # Read by the page only (page.js): the timer runs in the browser.
                labels.add(
                    gr.Checkbox(
                        False, label=t("timer_on", lang), elem_id="timer-on", interactive=True
                    ),
                    label="timer_on",
                )
                review_transcript = labels.add(
                    gr.Checkbox(
                        True, label=t("review_transcript", lang), elem_id="review-transcript"
                    ),
                    label="review_transcript",
                )
        with gr.Row(equal_height=True):
            start = labels.add(
                gr.Button(t("start", lang), variant="primary", elem_id="start", scale=1),
                value="start",
            )
            resume_pick = labels.add(
                gr.Dropdown(
                    [],
                    label=t("resume_pick", lang),
                    allow_custom_value=True,
                    elem_id="resume-pick",
                    scale=2,
                ),
                label="resume_pick",
            )
            resume_btn = labels.add(
                gr.Button(t("resume_button", lang), elem_id="resume-btn", scale=1),
                value="resume_button",
            )
        start_error = gr.HTML("", elem_id="start-error")
        # What was read from the résumé, below Start so Start stays above the fold; the rows
        # that correct it are folded until wanted.
        resume_preview = gr.HTML(rp.preview_html(None, lang), elem_id="resume-preview")
        with labels.add(
            gr.Accordion(t("preview_rows", lang), open=False, elem_id="resume-rows-acc"),
            label="preview_rows",
        ):
            resume_rows = labels.add(
                gr.Dataframe(
                    headers=rp.headers(lang),
                    column_count=3,
                    interactive=True,
                    label=t("preview_rows", lang),
                    elem_id="resume-rows",
                ),
                label="preview_rows",
            )
        resume_reading = gr.State(None)
    labels.add(setup, label="setup_open")
    with gr.Row(elem_id="progress-row"):
        progress = gr.HTML(ih.progress_html("", None), elem_id="progress")
        gr.HTML("<span class='iv-timer' aria-live='off'></span>", elem_id="timer")
        status = gr.Markdown(t("status_none", lang), elem_id="status")
    with gr.Row(elem_id="chat-view", equal_height=False) as chat_view:
        with gr.Column(scale=3, min_width=320):
            chat = labels.add(
                gr.Chatbot(
                    label=t("chat", lang),
                    height=330,
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
                    lines=3,
                    max_lines=12,
                    label=t("answer", lang),
                    interactive=False,
                    placeholder=t("answer_placeholder", lang),
                    elem_id="answer",
                ),
                label="answer",
                placeholder="answer_placeholder",
            )
            answer_error = gr.HTML("", elem_id="answer-error")
            with gr.Row(elem_id="answer-buttons"):
                send = labels.add(
                    gr.Button(
                        t("send", lang),
                        variant="primary",
                        interactive=False,
                        elem_id="send",
                        min_width=90,
                    ),
                    value="send",
                )
                hint = labels.add(
                    gr.Button(t("hint", lang), interactive=False, elem_id="hint", min_width=70),
                    value="hint",
                )
                end = labels.add(
                    gr.Button(t("end", lang), interactive=False, elem_id="end", min_width=90),
                    value="end",
                )
                new = labels.add(
                    gr.Button(t("new", lang), elem_id="new", min_width=90), value="new"
                )
        # Beside the chat on a wide screen, right under the answer buttons on a phone.
        with gr.Column(scale=2, min_width=300, elem_id="feedback"):
            # Where the eye goes while answering; empty (hidden) until asked for.
            hint_text = gr.HTML("", elem_id="hint-text")
            summary = gr.HTML("", elem_id="score-summary")
            with labels.add(
                gr.Accordion(t("scorecard_full", lang), open=False, elem_id="scorecard-acc"),
                label="scorecard_full",
            ):
                scorecard = gr.HTML(render.scorecard_html(None, None, lang), elem_id="scorecard")
            reason = h.voice_reason(services.settings)
            mic, audio_in, send_audio = _voice_inputs(labels, lang, visible=reason is None)
            labels.add_fn(
                gr.Markdown(
                    _voice_off(reason, lang), visible=reason is not None, elem_id="voice-off"
                ),
                lambda lg: gr.update(value=_voice_off(reason, lg)),
            )
            speech = gr.HTML(
                "",
                html_template="<div class='iv-speech'></div>",
                js_on_load=SPEECH_PLAYER_JS,
                elem_id="speech",
            )
    with gr.Column(visible=False, elem_id="report-view") as report_view:
        report = gr.HTML("", elem_id="report")
        with gr.Row():
            to_transcript = labels.add(
                gr.Button(t("back_to_transcript", lang), elem_id="to-transcript"),
                value="back_to_transcript",
            )
            export_pdf = labels.add(
                gr.Button(t("export_pdf", lang), elem_id="export-pdf"), value="export_pdf"
            )
            new_after = labels.add(gr.Button(t("new", lang), elem_id="new-after"), value="new")
        report_file = labels.add(
            gr.File(
                label=t("export_file", lang),
                interactive=False,
                visible=False,
                elem_id="report-file",
            ),
            label="export_file",
        )
        report_error = gr.HTML("", elem_id="report-error")
    to_report = labels.add(
        gr.Button(t("show_report", lang), visible=False, elem_id="to-report"), value="show_report"
    )
    handles = InterviewHandles(
        setup,
        persona,
        persona_desc,
        model,
        focus,
        resume_file,
        resume_error,
        resume_text,
        job,
        read_aloud,
        start,
        start_error,
        resume_pick,
        resume_btn,
        status,
        progress,
        chat_view,
        chat,
        notice,
        answer,
        answer_error,
        send,
        end,
        new,
        summary,
        scorecard,
        mic,
        audio_in,
        send_audio,
        speech,
        report_view,
        report,
        to_transcript,
        to_report,
        new_after,
        export_pdf,
        report_file,
        report_error,
        resume_preview=resume_preview,
        resume_rows=resume_rows,
        resume_reading=resume_reading,
        review_transcript=review_transcript,
        hint=hint,
        hint_text=hint_text,
    )
    return handles


def _voice_off(reason: str | None, lang: str) -> str:
    return t("voice_off", lang, reason=render.esc(reason)) if reason else ""


def _voice_inputs(labels: Labels, lang: str, *, visible: bool) -> tuple[Any, Any, Any]:
    """Microphone, recording upload and its submit button (hidden when voice cannot work)."""
    mic = labels.add(
        gr.Audio(
            sources=["microphone"],
            streaming=True,
            type="numpy",
            label=t("record", lang),
            elem_id="mic",
            visible=visible,
        ),
        label="record",
    )
    with gr.Row(visible=visible):
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
    return mic, audio_in, send_audio


def view_values(v: ws.InterviewView) -> tuple[Any, ...]:
    """An InterviewView as values for [state, *InterviewHandles.view_outputs()]."""
    started = v.state.get("session_id") is not None
    finished = bool(v.report)
    if v.answer_text is not None:  # a spoken answer's recognised text, to check and send
        answer = gr.update(value=v.answer_text, interactive=v.active)
    elif v.clear_answer:
        answer = gr.update(value="", interactive=v.active)
    else:
        answer = gr.update(interactive=v.active)
    if v.setup is None:
        setup_values: tuple[Any, ...] = (
            gr.update(open=True, label=t("setup_open", v.state["lang"])),
            gr.update(),
            gr.update(),
            gr.update(),
        )
    else:
        s = v.setup
        setup_values = (
            gr.update(open=False, label=s.line),
            gr.update(value=s.persona),
            gr.update(value=s.model),
            gr.update(choices=s.focus_choices, value=s.focus),
        )
    return (
        v.state,
        v.chat,
        render.esc(v.status),
        gr.update() if v.scorecard is None else v.scorecard,
        v.report,
        gr.update() if v.speech is None else v.speech,
        answer,
        gr.update(interactive=v.active),
        gr.update(interactive=v.active),
        gr.update(interactive=started and not finished),
        render.esc(v.notice),
        v.progress,
        gr.update() if v.summary is None else v.summary,
        gr.update(visible=not finished),
        gr.update(visible=finished),
        gr.update(visible=False),
        *setup_values,
        gr.update(interactive=v.active),
        gr.update() if v.active else "",  # a hint belongs to the question it was asked on
        gr.update(interactive=True),
        "",
        "",
        "",
    )


def stream_values(views: Any) -> Any:
    """Map a stream of InterviewViews to output tuples."""
    for v in views:
        yield view_values(v)


#: Where inline errors go in the outputs of `view_values` (after the state).
ERROR_SLOTS = {"answer": -3, "start": -2, "resume": -1}
START_SLOT = -4


def error_values(n_outputs: int, slot: str, message: str) -> tuple[Any, ...]:
    """Leave every output as it is except the inline error `slot` (and re-enable Start)."""
    out: list[Any] = [gr.update() for _ in range(n_outputs)]
    out[ERROR_SLOTS[slot]] = render.inline_error(message)
    out[START_SLOT] = gr.update(interactive=True)
    return tuple(out)
