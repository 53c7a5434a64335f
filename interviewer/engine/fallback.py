"""Model failure in one place: the model's reader, writer and grader with the offline engine
behind them, as one set with the components' own contract (livekit agents' FallbackAdapter is
the model).

The first failure of any of the three — a reading that fell back to the offline one, a grade
flagged `fallback`, a question stream that broke before or after its first words, or a
ProviderError that escaped — switches all three to the offline engine for the rest of the
session, and `on_switch(error)` is called once. The runner turns that call into its state (and
the one line the CLI and the page show); nothing else decides when a session goes offline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from interviewer.engine.base import Exchange, InterviewContext, NextAction
from interviewer.engine.factory import Components
from interviewer.errors import ProviderError
from interviewer.grading.base import GradeContext
from interviewer.reading import Reading, TopicMemory
from interviewer.schemas import Rubric
from interviewer.types import GradeResult

#: Said when the judge fell back without telling why (it keeps its error to itself).
GRADER_FAILED = "the grading reply was unusable"


class Rewrite(str):
    """A chunk that replaces everything the turn streamed so far (the model broke mid-turn and
    the offline engine words the whole turn again)."""

    __slots__ = ()


class FallbackAdapter(Components):
    """`primary` (None: already failed) until its first failure, `offline` after it."""

    def __init__(
        self,
        primary: Components | None,
        offline: Components,
        on_switch: Callable[[str], None] | None = None,
        *,
        error: str | None = None,
    ) -> None:
        self.primary = primary
        self.offline = offline
        self.on_switch = on_switch
        self.error = error if primary is not None else (error or "model unavailable")
        super().__init__(reader=_Reader(self), writer=_Writer(self), grader=_Grader(self))

    @property
    def failed(self) -> bool:
        return self.error is not None or self.primary is None

    def fail(self, error: str) -> None:
        """Switch to the offline engine for good; the first call tells `on_switch`."""
        if self.failed:
            return
        self.error = error or "model failed"
        if self.on_switch is not None:
            self.on_switch(self.error)


class _Reader:
    def __init__(self, adapter: FallbackAdapter) -> None:
        self.adapter = adapter
        self.name = "fallback"

    def read(
        self, ctx: InterviewContext, exchange: Exchange, memory: TopicMemory, key: Any = None
    ) -> Reading:
        a = self.adapter
        if a.failed or a.primary is None:
            return a.offline.reader.read(ctx, exchange, memory, key)
        reader = a.primary.reader
        try:
            reading = reader.read(ctx, exchange, memory, key)
        except ProviderError as e:
            a.fail(e.message)
            return a.offline.reader.read(ctx, exchange, memory, key)
        error = getattr(reader, "last_error", None)
        if error:
            a.fail(str(error))  # the reading is the offline one already
        return reading


class _Writer:
    def __init__(self, adapter: FallbackAdapter) -> None:
        self.adapter = adapter
        self.name = "fallback"

    def write(self, ctx: InterviewContext, action: NextAction) -> Iterator[str]:
        a = self.adapter
        if a.failed or a.primary is None:
            yield from a.offline.writer.write(ctx, action)
            return
        writer = a.primary.writer
        emitted = False
        try:
            for chunk in writer.write(ctx, action):
                emitted = emitted or bool(chunk)
                yield chunk
        except ProviderError as e:
            a.fail(e.message)
            text = "".join(a.offline.writer.write(ctx, action))
            yield Rewrite(text) if emitted else text
            return
        error = getattr(writer, "last_error", None)
        if error:
            a.fail(str(error))  # the turn was the offline draft already


class _Grader:
    def __init__(self, adapter: FallbackAdapter) -> None:
        self.adapter = adapter
        self.name = "fallback"

    def grade(
        self, question: str, answer: str, rubric: Rubric, context: GradeContext | None = None
    ) -> GradeResult:
        a = self.adapter
        if not (a.failed or a.primary is None):
            try:
                grade = a.primary.grader.grade(question, answer, rubric, context)
            except ProviderError as e:
                a.fail(e.message)
            else:
                if "fallback" in grade.flags:
                    a.fail(GRADER_FAILED)
                return grade
        grade = a.offline.grader.grade(question, answer, rubric, context)
        if "fallback" not in grade.flags and "empty" not in grade.flags:
            # Graded offline because the model failed (this answer or an earlier one).
            grade = grade.model_copy(update={"flags": [*grade.flags, "fallback"]})
        return grade
