"""Personas & rubrics tab: the built-in and user files, readable, plus errors of broken files."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import gradio as gr

from interviewer.web import review_handlers as rh
from interviewer.web.state import WebContext
from interviewer.web.strings import t
from interviewer.web.ui import Labels

if TYPE_CHECKING:
    from interviewer.services import Services


@dataclass
class LibraryHandles:
    persona: Any
    persona_view: Any
    rubric: Any
    rubric_view: Any
    errors: Any
    reload: Any


def _persona_choices(services: Services, lang: str) -> list[tuple[str, str]]:
    return [(services.personas.items[i].name.get(lang), i) for i in services.personas.ids()]


def _rubric_choices(services: Services, lang: str) -> list[tuple[str, str]]:
    return [(services.rubrics.items[i].name.get(lang), i) for i in services.rubrics.ids()]


def render_tab(services: Services, labels: Labels, lang: str) -> LibraryHandles:
    """Build the tab's components (no events)."""
    first_p = next(iter(services.personas.ids()), None)
    first_r = next(iter(services.rubrics.ids()), None)
    with gr.Row():
        with gr.Column():
            labels.add(gr.Markdown(t("personas_title", lang)), value="personas_title")
            persona = labels.add(
                gr.Dropdown(
                    _persona_choices(services, lang),
                    value=first_p,
                    label=t("pick_persona", lang),
                    elem_id="lib-persona",
                ),
                label="pick_persona",
            )
            persona_view = gr.HTML(
                rh.persona_view(services, first_p, lang), elem_id="lib-persona-view"
            )
        with gr.Column():
            labels.add(gr.Markdown(t("rubrics_title", lang)), value="rubrics_title")
            rubric = labels.add(
                gr.Dropdown(
                    _rubric_choices(services, lang),
                    value=first_r,
                    label=t("pick_rubric", lang),
                    elem_id="lib-rubric",
                ),
                label="pick_rubric",
            )
            rubric_view = gr.HTML(
                rh.rubric_view(services, first_r, lang), elem_id="lib-rubric-view"
            )
    labels.add(gr.Markdown(t("errors_title", lang)), value="errors_title")
    errors = gr.HTML(rh.errors_view(services, lang), elem_id="lib-errors")
    reload = labels.add(
        gr.Button(t("reload", lang), size="sm", elem_id="lib-reload"), value="reload"
    )
    return LibraryHandles(persona, persona_view, rubric, rubric_view, errors, reload)


def library_values(
    services: Services, persona_id: str | None, rubric_id: str | None, lang: str
) -> tuple:
    """Choices and views in `lang` (after a language switch or a reload)."""
    return (
        gr.update(choices=_persona_choices(services, lang)),
        rh.persona_view(services, persona_id, lang),
        gr.update(choices=_rubric_choices(services, lang)),
        rh.rubric_view(services, rubric_id, lang),
        rh.errors_view(services, lang),
    )


def wire(ctx: WebContext, ui: LibraryHandles, lang: Any) -> None:
    services = ctx.services
    ui.persona.change(
        lambda pid, lg: rh.persona_view(services, pid, lg),
        [ui.persona, lang],
        [ui.persona_view],
        api_name=False,
    )
    ui.rubric.change(
        lambda rid, lg: rh.rubric_view(services, rid, lg),
        [ui.rubric, lang],
        [ui.rubric_view],
        api_name=False,
    )
    outs = [ui.persona, ui.persona_view, ui.rubric, ui.rubric_view, ui.errors]

    def on_reload(pid: str, rid: str, lg: str) -> tuple:
        services.reload_data()
        return library_values(services, pid, rid, lg)

    ui.reload.click(on_reload, [ui.persona, ui.rubric, lang], outs, api_name="library_reload")
    lang.change(
        lambda pid, rid, lg: library_values(services, pid, rid, lg),
        [ui.persona, ui.rubric, lang],
        outs,
        api_name=False,
    )
