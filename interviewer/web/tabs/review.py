"""Review tab: past sessions, scored transcript, resume/export/delete, progress chart, weakest."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import gradio as gr

from interviewer.errors import InterviewerError
from interviewer.web import review_handlers as rh
from interviewer.web.state import WebContext, ensure_state, parse_session_id
from interviewer.web.strings import t
from interviewer.web.ui import Labels, guarded

if TYPE_CHECKING:
    from interviewer.services import Services


@dataclass
class ReviewHandles:
    refresh: Any
    round: Any
    lang_filter: Any
    empty: Any
    table: Any
    pick: Any
    transcript: Any
    resume: Any
    export_fmt: Any
    export: Any
    export_file: Any
    delete: Any
    confirm: Any
    message: Any
    plot: Any
    weakest: Any
    practise: Any

    def overview_outputs(self) -> list[Any]:
        """Components `overview_values` fills."""
        return [self.table, self.pick, self.plot, self.weakest, self.empty]

    def filters(self) -> list[Any]:
        """The inputs that narrow the session table."""
        return [self.round, self.lang_filter]


def _round_choices(services: Services, lang: str) -> list[tuple[str, str]]:
    items = services.personas.items
    return [(t("filter_all", lang), "")] + [
        (items[pid].name.get(lang), pid) for pid in services.personas.ids()
    ]


def _lang_choices(lang: str) -> list[tuple[str, str]]:
    return [(t("filter_all", lang), ""), (t("lang_zh", lang), "zh"), (t("lang_en", lang), "en")]


def render_tab(services: Services, labels: Labels, lang: str) -> ReviewHandles:
    """Build the tab's components (no events): filters and sessions, the progress chart and
    the weakest criterion, then the picked session's transcript folded by question."""
    with gr.Row(equal_height=True):
        round_ = labels.add_fn(
            gr.Dropdown(
                _round_choices(services, lang),
                value="",
                label=t("filter_round", lang),
                elem_id="review-round",
                min_width=160,
            ),
            lambda lg: gr.update(label=t("filter_round", lg), choices=_round_choices(services, lg)),
        )
        lang_filter = labels.add_fn(
            gr.Dropdown(
                _lang_choices(lang),
                value="",
                label=t("filter_lang", lang),
                elem_id="review-lang",
                min_width=140,
            ),
            lambda lg: gr.update(label=t("filter_lang", lg), choices=_lang_choices(lg)),
        )
        refresh = labels.add(
            gr.Button(t("review_refresh", lang), size="sm", elem_id="review-refresh", scale=0),
            value="review_refresh",
        )
    empty = gr.Markdown("", elem_id="review-empty")
    table = labels.add(
        gr.Dataframe(
            headers=rh.session_headers(lang),
            interactive=False,
            label=t("sessions_table", lang),
            elem_id="sessions-table",
            max_height=260,
            wrap=True,
        ),
        label="sessions_table",
    )
    with gr.Row():
        weakest = gr.Markdown(t("weakest_none", lang), elem_id="weakest")
        practise = labels.add(
            gr.Button(t("practise_weakest", lang), variant="primary", elem_id="practise", scale=0),
            value="practise_weakest",
        )
    with labels.add(
        gr.Accordion(t("progress_plot", lang), open=True, elem_id="progress-acc"),
        label="progress_plot",
    ):
        plot = gr.HTML(rh.progress_chart(services, "", lang), elem_id="progress-plot")
    with gr.Row():
        pick = labels.add(
            gr.Dropdown(
                [],
                label=t("review_session", lang),
                elem_id="review-pick",
                allow_custom_value=True,
                scale=2,
            ),
            label="review_session",
        )
        resume = labels.add(
            gr.Button(t("resume_session", lang), elem_id="review-resume"), value="resume_session"
        )
        export_fmt = labels.add(
            gr.Radio(
                list(rh.EXPORT_FORMATS),
                value="md",
                label=t("export_format", lang),
                elem_id="export-fmt",
            ),
            label="export_format",
        )
        export = labels.add(gr.Button(t("export", lang), elem_id="export"), value="export")
        delete = labels.add(
            gr.Button(t("delete", lang), variant="stop", elem_id="delete"), value="delete"
        )
    confirm = gr.Button("", variant="stop", visible=False, elem_id="delete-confirm")
    export_file = labels.add(
        gr.File(
            label=t("export_file", lang), interactive=False, elem_id="export-file", visible=False
        ),
        label="export_file",
    )
    message = gr.Markdown("", elem_id="review-message")
    transcript = gr.HTML("", elem_id="transcript")
    return ReviewHandles(
        refresh,
        round_,
        lang_filter,
        empty,
        table,
        pick,
        transcript,
        resume,
        export_fmt,
        export,
        export_file,
        delete,
        confirm,
        message,
        plot,
        weakest,
        practise,
    )


def overview_values(
    ctx: WebContext, state: Any, lang: str, persona: str = "", session_lang: str = ""
) -> tuple[Any, ...]:
    """Table, picker, progress chart, weakest criterion and the empty-state line."""
    st = ensure_state(state, lang)
    rows = rh.sessions_rows(ctx.services, st["owner"], lang, persona or "", session_lang or "")
    import pandas as pd

    if rows:
        empty = ""
    elif persona or session_lang:
        empty = t("review_none_match", lang)
    elif rh.sessions_rows(ctx.services, st["owner"], lang):
        empty = ""
    else:
        empty = t("review_empty", lang)
    return (
        pd.DataFrame(rows, columns=rh.session_headers(lang)),
        gr.update(choices=rh.session_choices(rows)),
        rh.progress_chart(ctx.services, st["owner"], lang),
        rh.weakest_text(ctx.services, st["owner"], lang),
        empty,
    )


def wire(ctx: WebContext, ui: ReviewHandles, state: Any, lang: Any, tab: Any = None) -> None:
    """Attach events; resume and practise are wired by the app (they drive the interview tab)."""
    services = ctx.services

    @guarded
    def on_refresh(st: Any, lg: str, request: gr.Request) -> tuple[Any, ...]:
        return overview_values(ctx, ctx.bind(st, request, lg), lg)

    @guarded
    def on_filter(
        st: Any, lg: str, persona: str, slang: str, request: gr.Request
    ) -> tuple[Any, ...]:
        return overview_values(ctx, ctx.bind(st, request, lg), lg, persona, slang)

    ui.refresh.click(on_refresh, [state, lang], ui.overview_outputs(), api_name="review_list")
    inputs = [state, lang, *ui.filters()]
    for trigger in (ui.round.change, ui.lang_filter.change, lang.change):
        trigger(on_filter, inputs, ui.overview_outputs(), api_name=False)
    if tab is not None:
        tab.select(on_filter, inputs, ui.overview_outputs(), api_name=False)

    def on_select(evt: gr.SelectData) -> Any:
        row = evt.row_value or []
        return gr.update(value=int(row[0])) if row and str(row[0]).isdigit() else gr.update()

    ui.table.select(on_select, None, [ui.pick], api_name=False)

    @guarded
    def on_pick(st: Any, sid: Any, lg: str, request: gr.Request) -> tuple[Any, ...]:
        st = ctx.bind(st, request, lg)
        html = rh.transcript(services, st["owner"], sid, lg)
        return html, gr.update(visible=False), ""

    ui.pick.change(
        on_pick,
        [state, ui.pick, lang],
        [ui.transcript, ui.confirm, ui.message],
        api_name="review_show",
    )

    def on_lang(st: Any, sid: Any, lg: str, request: gr.Request) -> Any:
        # The open transcript (labels, units of the delivery lines) follows the UI language; a
        # session deleted meanwhile just empties it (no error toast on a language switch).
        try:
            return rh.transcript(services, ctx.bind(st, request, lg)["owner"], sid, lg)
        except InterviewerError:
            return ""

    lang.change(on_lang, [state, ui.pick, lang], [ui.transcript], api_name=False)

    @guarded
    def on_export(st: Any, sid: Any, fmt: str, lg: str, request: gr.Request) -> str:
        return rh.export(services, ctx.bind(st, request, lg)["owner"], sid, fmt, lg)

    ui.export.click(
        on_export, [state, ui.pick, ui.export_fmt, lang], [ui.export_file], api_name="export"
    ).success(lambda: gr.update(visible=True), None, [ui.export_file], api_name=False)

    @guarded
    def on_delete(st: Any, sid: Any, lg: str, request: gr.Request) -> Any:
        rh.get_owned(services, ctx.bind(st, request, lg)["owner"], sid, lg)
        return gr.update(visible=True, value=t("delete_confirm", lg, id=sid))

    ui.delete.click(on_delete, [state, ui.pick, lang], [ui.confirm], api_name=False)

    @guarded
    def on_confirm(st: Any, sid: Any, lg: str, request: gr.Request) -> tuple[Any, ...]:
        st = ctx.bind(st, request, lg)
        msg = rh.delete(services, st["owner"], sid, lg)
        ctx.runners.forget(st["owner"], parse_session_id(sid, lg))
        return (gr.update(visible=False), msg, "", *overview_values(ctx, st, lg))

    ui.confirm.click(
        on_confirm,
        [state, ui.pick, lang],
        [ui.confirm, ui.message, ui.transcript, *ui.overview_outputs()],
        api_name="delete",
    )
