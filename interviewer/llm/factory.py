"""Build the ChatModel for a model name from Settings (`offline` is not a chat model)."""

from __future__ import annotations

from typing import Any

from interviewer.config import Settings
from interviewer.errors import ConfigError
from interviewer.llm.base import ChatModel


def make_chat_model(
    settings: Settings, model: str, repo: Any = None, **overrides: Any
) -> ChatModel:
    """A LitellmModel for `model` with the settings' api_base, key, timeout and retries.

    Calls are logged to `repo` when given and `settings.log_llm_calls` is on. `overrides` go to
    LitellmModel (e.g. `timeout`, `max_retries` for a quick health check).
    """
    name = (model or "").strip()
    if not name or name == "offline":
        raise ConfigError(
            f"'{name or '(empty)'}' is not a chat model",
            "the offline engine needs no model; set INTERVIEWER_MODEL to a litellm model string"
            " such as openai/gpt-4o-mini or deepseek/deepseek-chat",
        )
    if "/" not in name and not settings.api_base:
        raise ConfigError(
            f"model '{name}' has no provider prefix",
            "write it as provider/model, e.g. openai/gpt-4o-mini, deepseek/deepseek-chat,"
            " ollama/qwen2.5:7b, or openai/<name> with INTERVIEWER_API_BASE for a local server",
        )
    from interviewer.llm.litellm_model import LitellmModel

    options: dict[str, Any] = {
        "api_base": settings.api_base,
        "api_key": settings.api_key,
        "timeout": settings.timeout,
        "max_retries": settings.max_retries,
        "repo": repo,
        "log_calls": settings.log_llm_calls,
    }
    options.update(overrides)
    return LitellmModel(name, **options)
