"""ScriptedModel: a real ChatModel that replies from a script, for tests of the parts above it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from interviewer.errors import ProviderError
from interviewer.llm.base import Completion, Message


@dataclass
class MidStreamFailure:
    """A scripted stream that yields `chunks` and then raises `error`."""

    chunks: list[str]
    error: Exception


#: One scripted reply: text, stream chunks, a JSON-able dict, an exception to raise, a
#: MidStreamFailure, or a function of the messages returning any of those.
Reply = str | list[str] | dict[str, Any] | Exception | MidStreamFailure | Callable[..., Any]


@dataclass
class ScriptedModel:
    """Replies with the enqueued items in order; records every call in `history`."""

    name: str = "scripted"
    default: Reply | None = None
    """Reply used when the script runs out (None: raise ProviderError)."""
    chunk_size: int = 6
    history: list[dict[str, Any]] = field(default_factory=list)
    _script: list[Reply] = field(default_factory=list)

    def enqueue(self, replies: Iterable[Reply]) -> ScriptedModel:
        """Append replies to the script; returns self for chaining."""
        self._script.extend(replies)
        return self

    @property
    def pending(self) -> int:
        """How many scripted replies are left."""
        return len(self._script)

    def _next(self, messages: list[Message]) -> Any:
        if self._script:
            reply: Any = self._script.pop(0)
        elif self.default is not None:
            reply = self.default
        else:
            raise ProviderError(f"{self.name}: no scripted reply left", retryable=False)
        if callable(reply) and not isinstance(reply, Exception):
            reply = reply(messages)
        return reply

    def complete(
        self,
        messages: list[Message],
        *,
        purpose: str,
        session_id: int | None = None,
        json_schema: dict[str, Any] | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
    ) -> Completion:
        """The next scripted reply as one Completion (lists are joined, dicts dumped as JSON)."""
        self.history.append(
            {
                "method": "complete",
                "purpose": purpose,
                "messages": messages,
                "session_id": session_id,
                "json_schema": json_schema,
            }
        )
        reply = self._next(messages)
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, MidStreamFailure):
            raise reply.error
        if isinstance(reply, dict):
            text = json.dumps(reply, ensure_ascii=False)
        elif isinstance(reply, list):
            text = "".join(reply)
        else:
            text = str(reply)
        return Completion(text=text, model=self.name, completion_tokens=len(text))

    def stream(
        self,
        messages: list[Message],
        *,
        purpose: str,
        session_id: int | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
    ) -> Iterator[str]:
        """The next scripted reply in chunks (a MidStreamFailure fails after its chunks)."""
        self.history.append(
            {
                "method": "stream",
                "purpose": purpose,
                "messages": messages,
                "session_id": session_id,
                "json_schema": None,
            }
        )
        reply = self._next(messages)
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, MidStreamFailure):
            yield from reply.chunks
            raise reply.error
        if isinstance(reply, list):
            yield from reply
            return
        text = json.dumps(reply, ensure_ascii=False) if isinstance(reply, dict) else str(reply)
        for i in range(0, len(text), self.chunk_size):
            yield text[i : i + self.chunk_size]
