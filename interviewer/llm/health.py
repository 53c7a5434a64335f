"""`doctor`'s model check: one tiny call, and a specific diagnosis when it fails."""

from __future__ import annotations

import time

from interviewer.config import Settings
from interviewer.errors import ConfigError, ProviderError
from interviewer.llm.base import Message

HEALTH_TIMEOUT_S = 30.0


def _missing_key(settings: Settings, model: str) -> str | None:
    """The env var to set when the provider needs a key and none is configured."""
    if settings.api_key is not None or settings.api_base:
        return None
    from interviewer.llm.litellm_model import import_litellm

    try:
        env = import_litellm().validate_environment(model=model)
    except Exception:  # noqa: BLE001 - unknown providers are tried anyway
        return None
    missing = [k for k in env.get("missing_keys", []) if k.endswith("_KEY")]
    return missing[0] if missing else None


def check_model(settings: Settings, model: str | None = None) -> tuple[bool, str]:
    """Whether `model` (default: settings.model) answers one tiny request; the message says
    what works or, plainly, what is wrong (no key, server unreachable, model not found...)."""
    from interviewer.llm.factory import make_chat_model
    from interviewer.llm.prompts import render

    name = model or settings.model
    if name == "offline":
        return True, "offline engine: built in, no model or key needed"
    key_var = _missing_key(settings, name)
    if key_var:
        return False, f"{name}: no API key. Set {key_var} (or INTERVIEWER_API_KEY)."
    try:
        chat = make_chat_model(
            settings,
            name,
            None,
            timeout=min(settings.timeout, HEALTH_TIMEOUT_S),
            total_timeout=min(settings.timeout, HEALTH_TIMEOUT_S) + 2,
            max_retries=0,
        )
    except ConfigError as e:
        return False, str(e)
    from interviewer.llm.litellm_model import import_litellm

    import_litellm()  # slow the first time; not part of the model's answer time
    started = time.monotonic()
    try:
        reply = chat.complete(
            [Message("user", render("health_ping", settings.lang))],
            purpose="health",
            max_tokens=5,
            temperature=0,
        )
    except ProviderError as e:
        return False, _diagnose(e, name, settings)
    ms = (time.monotonic() - started) * 1000
    where = f" at {settings.api_base}" if settings.api_base else ""
    said = reply.text.strip()[:20] or "an empty reply"
    return True, f"{name}{where} answered in {ms:.0f} ms ({said!r})"


def _diagnose(err: ProviderError, model: str, settings: Settings) -> str:
    kind = getattr(err, "kind", "unknown")
    base = settings.api_base
    if kind == "auth":
        return f"{model}: the API key was rejected (authentication failed). {err.hint}"
    if kind == "connection":
        where = base or "the provider"
        return (
            f"{model}: cannot reach {where}. Is the server running and is "
            "INTERVIEWER_API_BASE right (usually ending in /v1)?"
            if base
            else f"{model}: cannot reach {where}. Check the network or proxy settings."
        )
    if kind == "timeout":
        limit = min(settings.timeout, HEALTH_TIMEOUT_S)
        return (
            f"{model}: no reply within {limit:.0f} s from {base or 'the provider'}. The "
            "server may be overloaded or still loading the model; try again."
        )
    if kind == "not_found":
        where = f"the server at {base}" if base else "the provider"
        return f"{model}: model not found by {where}. Check the model name."
    return f"{err.message}. {err.hint or ''}".strip()
