"""The web app: `build_app(services) -> gr.Blocks`, one module per tab, built first, then wired."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402 - analytics must be off before gradio is imported

from interviewer.errors import InputError  # noqa: E402
from interviewer.web import handlers as h  # noqa: E402
from interviewer.web import review_handlers as rh  # noqa: E402
from interviewer.web import state as ws  # noqa: E402
from interviewer.web.identity import BROWSER_STORAGE_KEY, browser_secret  # noqa: E402
from interviewer.web.render import CSS, page_head  # noqa: E402
from interviewer.web.strings import norm_lang, t  # noqa: E402
from interviewer.web.tabs import interview, interview_events, library, review  # noqa: E402
from interviewer.web.ui import Labels, guarded  # noqa: E402

if TYPE_CHECKING:
    from interviewer.services import Services

#: Concurrent runs per event; twenty simultaneous interviews must not queue behind each other.
CONCURRENCY = 32


def launch_options(services: Services, app: gr.Blocks | None = None) -> dict[str, Any]:
    """Options `Blocks.launch` needs for `app` (built by build_app; Gradio 6 takes css at launch).

    The app's own front door (`RequestGuard`: identity cookie, cross-site writes refused, sign-in
    limits) and its own audio route go in through `app_kwargs`, ahead of Gradio's routes. Gradio
    serves no folder of the home (`allowed_paths` stays empty): recordings go out through the
    audio route, to their owner only. Team mode adds Gradio's sign-in (password) or a trusted
    proxy's user header (proxy).
    """
    from starlette.middleware import Middleware

    from interviewer.limits import MAX_UPLOAD_BYTES
    from interviewer.web.guard import RequestGuard
    from interviewer.web.media import audio_routes
    from interviewer.web.render import serve_audio_from

    settings = services.settings
    serve_audio_from(settings.audio_dir.resolve())
    ctx = getattr(app, "interviewer_context", None) or ws.WebContext(services)
    ids = ctx.identities
    options: dict[str, Any] = {
        "css": CSS,
        "head": page_head(),
        "footer_links": ["api"],
        "show_error": True,
        "allowed_paths": [],
        # Answers and résumés are not kept in the browser's run history (localStorage).
        "run_history": False,
        # One value for every upload: the largest kind; handlers check each kind's own limit.
        "max_file_size": MAX_UPLOAD_BYTES,
        "app_kwargs": {
            "middleware": [Middleware(RequestGuard, identities=ids)],
            "routes": audio_routes(services, ids.owner_of),
        },
    }
    if settings.auth == "password":
        options["auth"] = ids.check_login
        options["auth_message"] = t("sign_in_message", norm_lang(settings.lang))
    elif settings.auth == "proxy":
        options["auth_dependency"] = ids.proxy_user
    return options


def build_app(services: Services | None = None) -> gr.Blocks:
    """Build the whole UI for `services`; the caller queues and launches it."""
    if services is None:
        from interviewer.services import Services

        services = Services()
    ctx = ws.WebContext(services, warm_up_voice=True)
    lang0 = norm_lang(services.settings.lang)
    labels = Labels()
    # Uploads nobody processed (a closed tab) are deleted after a day.
    with gr.Blocks(
        title=t("app_title", lang0), analytics_enabled=False, delete_cache=(3600, 86400)
    ) as demo:
        browser = gr.BrowserState(
            {"session_id": None, "lang": None},
            storage_key=BROWSER_STORAGE_KEY,
            secret=browser_secret(services.settings.home),
        )
        state = gr.State(None)
        locale = gr.Textbox(visible=False)  # filled with navigator.language on page load
        ui_lang_store = gr.BrowserState(
            None,
            storage_key=f"{BROWSER_STORAGE_KEY}-lang",
            secret=browser_secret(services.settings.home),
        )
        with gr.Row(equal_height=True):
            labels.add_fn(
                gr.Markdown(_header(lang0), elem_id="title"),
                lambda lg: gr.update(value=_header(lg)),
            )
            lang = gr.Radio(
                [("中文", "zh"), ("English", "en")],
                value=lang0,
                label=t("ui_lang", lang0),
                elem_id="ui-lang",
                interactive=False,  # until the page load has set the language (see _wire_app)
                scale=0,
                min_width=220,
            )
            if services.settings.auth == "password":
                logout = gr.Button(
                    t("sign_out", lang0), link="/logout", size="sm", scale=0, elem_id="logout"
                )
                labels.add(logout, value="sign_out")
        labels.add(lang, label="ui_lang")
        with gr.Tabs(selected="interview", elem_id="tabs") as tabs:
            with gr.Tab(
                t("tab_interview", lang0), id="interview", elem_id="tab-interview"
            ) as tab_i:
                iv = interview.render_tab(services, labels, lang0)
            with gr.Tab(t("tab_review", lang0), id="review", elem_id="tab-review") as tab_r:
                rv = review.render_tab(services, labels, lang0)
            with gr.Tab(t("tab_library", lang0), id="library", elem_id="tab-library") as tab_l:
                lib = library.render_tab(services, labels, lang0)
        labels.add(tab_i, label="tab_interview")
        labels.add(tab_r, label="tab_review")
        labels.add(tab_l, label="tab_library")
        interview_events.wire(ctx, iv, state, lang)
        review.wire(ctx, rv, state, lang, tab_r)
        library.wire(ctx, lib, lang)
        _wire_app(
            ctx, demo, labels, (browser, ui_lang_store), state, locale, lang, tabs, tab_r, iv, rv
        )
    demo.queue(default_concurrency_limit=CONCURRENCY)
    demo.interviewer_context = ctx  # type: ignore[attr-defined]  # launch_options shares it
    return demo


PAGE_READY_JS = "() => { document.documentElement.dataset.ivReady = '1'; }"


def _header(lang: str) -> str:
    return f"## {t('app_title', lang)}\n{t('app_subtitle', lang)}"


def _wire_app(
    ctx: ws.WebContext,
    demo: gr.Blocks,
    labels: Labels,
    stores: tuple[Any, Any],
    state: Any,
    locale: Any,
    lang: Any,
    tabs: Any,
    tab_review: Any,
    iv: interview.InterviewHandles,
    rv: review.ReviewHandles,
) -> None:
    """Events spanning tabs: page load/refresh, language switch, resume and practise from review."""
    services = ctx.services
    outs = [state, *iv.view_outputs()]
    browser, ui_lang_store = stores

    @guarded
    def on_load(
        stored: Any, ui_lang: Any, browser_locale: str, request: gr.Request
    ) -> tuple[Any, Any]:
        # The language last chosen here; on a first visit the browser's (zh-* → zh). The owner
        # comes from the request's identity cookie, never from what the page kept.
        chosen = ui_lang if ui_lang in ("zh", "en") else browser_locale or services.settings.lang
        st = ws.state_from_browser(
            {**(stored if isinstance(stored, dict) else {}), "lang": None},
            norm_lang(chosen),
            ctx.owner_of(request),
        )
        return st, st["lang"]

    @guarded
    def restore(st: Any, request: gr.Request) -> Any:
        for v in h.restore_on_load(ctx, ctx.bind(st, request)):
            yield (*interview.view_values(v), v.state["lang"])

    @guarded
    def unfinished(st: Any, lg: str, request: gr.Request) -> Any:
        st = ctx.bind(st, request, lg)
        choices = h.unfinished_sessions(ctx, st["owner"], lg)
        return gr.update(choices=choices, value=choices[0][1] if choices else None)

    def settled(st: Any, lg: str, request: gr.Request) -> tuple[Any, Any]:
        # A language picked while the load was still running would be undone by it, so the
        # switch opens only now; PAGE_READY_JS then marks the page settled for test drivers.
        # The switch opens even when the list of unfinished sessions could not be read.
        try:
            picks = unfinished(st, lg, request)
        except gr.Error as e:
            gr.Warning(str(e))
            picks = gr.update()
        return picks, gr.update(interactive=True)

    demo.load(
        on_load,
        [browser, ui_lang_store, locale],
        [state, lang],
        js="(stored, uiLang, _) => [stored, uiLang, navigator.language || '']",
        api_name=False,  # type: ignore[arg-type]
    ).then(restore, [state], [*outs, lang], api_name=False).then(
        settled, [state, lang], [iv.resume_pick, lang], api_name=False
    ).then(None, None, None, js=PAGE_READY_JS, api_name=False)
    state.change(ws.browser_value, [state], [browser], api_name=False)

    # Handlers speak the session's language (kept in the state); this only re-labels the page.
    lang.change(labels.updates, [lang], labels.components, api_name=False)
    lang.change(lambda lg: lg, [lang], [ui_lang_store], api_name=False)
    for button in (iv.new, iv.end, iv.start):
        button.click(unfinished, [state, lang], [iv.resume_pick], api_name=False)

    @guarded
    def on_review_resume(st: Any, sid: Any, aloud: bool, request: gr.Request) -> Any:
        # The page keeps its language; the session keeps its own.
        for v in h.resume_interview(ctx, ctx.bind(st, request), sid, read_aloud=aloud):
            yield (*interview.view_values(v), gr.Tabs(selected="interview"))

    rv.resume.click(
        on_review_resume,
        [state, rv.pick, iv.read_aloud],
        [*outs, tabs],
        api_name="review_resume",
        trigger_mode="once",
    )

    @guarded
    def on_practise(st: Any, lg: str, model: str, aloud: bool, request: gr.Request) -> Any:
        st = ctx.bind(st, request, lg)
        found = rh.weakest_criterion(services, st["owner"])
        if found is None:
            raise InputError(t("weakest_none", lg))
        criterion, _, persona = found
        if persona not in services.personas.items:
            persona = interview.default_persona(services) or persona
        views = h.start_interview(
            ctx, st, persona_id=persona, lang=lg, model=model, focus=criterion, read_aloud=aloud
        )
        for v in views:
            yield (*interview.view_values(v), gr.Tabs(selected="interview"))

    rv.practise.click(
        on_practise,
        [state, lang, iv.model, iv.read_aloud],
        [*outs, tabs],
        api_name="practise_weakest",
        trigger_mode="once",
    )
