"""The model interface the engine and graders depend on (implementations: litellm_model.py, fake.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass
class Message:
    role: str
    """system, user or assistant."""
    content: str


@dataclass
class Completion:
    text: str
    model: str
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    duration_ms: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


class ChatModel(Protocol):
    """A chat model.

    Contract: `complete` returns the whole reply; `stream` yields text chunks as they arrive; with
    `json_schema` the reply is a JSON object (the caller validates it). Both raise
    `errors.ProviderError` (with `retryable`) after the implementation's own timeouts and retries,
    never provider-specific exceptions. `purpose` and `session_id` label the logged call.
    """

    name: str

    def complete(
        self,
        messages: list[Message],
        *,
        purpose: str,
        session_id: int | None = None,
        json_schema: dict[str, Any] | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
    ) -> Completion: ...

    def stream(
        self,
        messages: list[Message],
        *,
        purpose: str,
        session_id: int | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
    ) -> Iterator[str]: ...
