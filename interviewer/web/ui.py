"""Glue between plain handlers and gradio: translated labels and error conversion."""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable, Sequence
from typing import Any

import gradio as gr

from interviewer.errors import InterviewerError, should_reraise
from interviewer.web.strings import t
from interviewer.web.uploads import scrub_paths

log = logging.getLogger(__name__)


class Labels:
    """Components whose texts follow the UI language; `updates(lang)` re-labels them all."""

    def __init__(self) -> None:
        self._items: list[tuple[Any, Callable[[str], Any]]] = []

    def add(self, component: Any, **keys: str) -> Any:
        """Register `component`, e.g. add(box, label="answer", placeholder="answer_placeholder")."""

        def update(lang: str) -> Any:
            texts: dict[str, Any] = {prop: t(key, lang) for prop, key in keys.items()}
            return gr.update(**texts)

        self._items.append((component, update))
        return component

    def add_fn(self, component: Any, fn: Callable[[str], Any]) -> Any:
        """Register `component` with a function lang -> gr.update(...) (choices, values...)."""
        self._items.append((component, fn))
        return component

    @property
    def components(self) -> list[Any]:
        return [c for c, _ in self._items]

    def updates(self, lang: str) -> list[Any]:
        return [fn(lang) for _, fn in self._items]


def event_lang(args: Sequence[Any]) -> str:
    """The UI language of an event: its language input, else the page state's."""
    for a in args[1:]:
        if a in ("zh", "en"):
            return str(a)
    st = args[0] if args else None
    return str(st.get("lang") or "en") if isinstance(st, dict) else "en"


def plain_message(e: Exception, lang: str) -> str:
    """Any error of an event as the one plain line the page shows: an InterviewerError in its
    own words (what is wrong, then what to do; a file by its name, never a server path); any
    other error is a fault of ours — logged with its traceback, shown as one line saying so."""
    from interviewer.web.render import user_message

    if isinstance(e, InterviewerError):
        return scrub_paths(" ".join(user_message(e, lang).split()))
    log.error("unexpected error in a web event", exc_info=e)
    return t("error_unexpected", lang)


def _to_gr_error(e: Exception, args: Sequence[Any]) -> gr.Error:
    return gr.Error(plain_message(e, event_lang(args)), print_exception=False)


def guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn any error of an event into a gr.Error toast of one plain line (no traceback, no
    path, no "hint:")."""
    if inspect.isgeneratorfunction(fn):

        @functools.wraps(fn)
        def gen(*args: Any, **kwargs: Any) -> Any:
            try:
                yield from fn(*args, **kwargs)
            except Exception as e:
                if should_reraise():
                    raise
                raise _to_gr_error(e, args) from e

        return gen

    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as e:
            if should_reraise():
                raise
            raise _to_gr_error(e, args) from e

    return call
