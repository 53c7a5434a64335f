"""Glue between plain handlers and gradio: translated labels and error conversion."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

import gradio as gr

from interviewer.errors import InterviewerError, should_reraise
from interviewer.web.strings import t
from interviewer.web.uploads import scrub_paths


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


def _to_gr_error(e: InterviewerError) -> gr.Error:
    # No server path in any message: a file is named by its name only.
    return gr.Error(scrub_paths(str(e)), print_exception=False)


def guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn InterviewerError into a gr.Error toast (plain words and hint, no traceback)."""
    if inspect.isgeneratorfunction(fn):

        @functools.wraps(fn)
        def gen(*args: Any, **kwargs: Any) -> Any:
            try:
                yield from fn(*args, **kwargs)
            except InterviewerError as e:
                if should_reraise():
                    raise
                raise _to_gr_error(e) from e

        return gen

    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except InterviewerError as e:
            if should_reraise():
                raise
            raise _to_gr_error(e) from e

    return call
