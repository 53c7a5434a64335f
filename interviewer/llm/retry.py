"""Retry policy and error mapping for model calls: which failures are worth another try, and how
each provider exception becomes a ProviderError in plain words (with any secret scrubbed)."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from interviewer.errors import ProviderError

T = TypeVar("T")

#: Error kinds; `retryable` ones are tried again with backoff.
RETRYABLE_KINDS = frozenset({"rate_limit", "connection", "timeout", "server"})


class ModelCallError(ProviderError):
    """A ProviderError that also says what kind of failure it was (for doctor and retries)."""

    def __init__(self, message: str, hint: str | None = None, *, kind: str) -> None:
        super().__init__(message, hint, retryable=kind in RETRYABLE_KINDS)
        self.kind = kind


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter, bounded per wait."""

    base: float = 0.5
    cap: float = 8.0

    def delay(self, attempt: int, rng: Callable[[], float] = random.random) -> float:
        """Seconds to wait before retry number `attempt` (1-based)."""
        ceiling = min(self.cap, self.base * 2.0 ** (attempt - 1))
        return float(ceiling / 2 + rng() * ceiling / 2)


def scrub(text: str, secrets: Iterable[str | None]) -> str:
    """`text` with every secret (longer than 3 chars) replaced by `***`."""
    for s in secrets:
        if s and len(s) > 3:
            text = text.replace(s, "***")
    return text


_CONNECTION_WORDS = re.compile(
    r"connection (error|refused|reset)|name or service not known|failed to establish|"
    r"nodename nor servname|no route to host",
    re.IGNORECASE,
)


def _status(exc: BaseException) -> int | None:
    code = getattr(exc, "status_code", None)
    return code if isinstance(code, int) else None


def _names(exc: BaseException) -> set[str]:
    return {c.__name__ for c in type(exc).__mro__}


def classify(exc: BaseException) -> str:
    """Kind of a provider exception: auth, context, bad_request, not_found, rate_limit,
    connection, timeout, server, or unknown. Matches on class names so that litellm and openai
    exceptions (and plain httpx/socket ones) are all understood without importing them here."""
    names = _names(exc)
    status = _status(exc)
    if "ContextWindowExceededError" in names:
        return "context"
    if names & {"AuthenticationError", "PermissionDeniedError"}:
        return "auth"
    if "NotFoundError" in names:
        return "not_found"
    if "RateLimitError" in names:
        return "rate_limit"
    if names & {
        "Timeout",
        "APITimeoutError",
        "TimeoutException",
        "TimeoutError",
        "ReadTimeout",
        "ConnectTimeout",
    }:
        return "timeout"
    if names & {"APIConnectionError", "ConnectError", "ConnectionError", "RemoteProtocolError"}:
        return "connection"
    if _CONNECTION_WORDS.search(str(exc)):
        return "connection"  # litellm reports a refused connection as a 500
    if status in (401, 403):
        return "auth"
    if status == 404:
        return "not_found"
    if status == 429:
        return "rate_limit"
    if names & {"InternalServerError", "ServiceUnavailableError", "BadGatewayError"} or (
        status is not None and status >= 500
    ):
        return "server"
    if names & {"BadRequestError", "UnprocessableEntityError", "UnsupportedParamsError"} or (
        status is not None and 400 <= status < 500
    ):
        return "bad_request"
    return "unknown"


def key_env_hint(model: str) -> str:
    """The env var a provider's key usually comes from, e.g. DEEPSEEK_API_KEY."""
    provider = model.split("/", 1)[0] if "/" in model else "openai"
    return f"{provider.upper().replace('-', '_')}_API_KEY"


def to_provider_error(
    exc: BaseException, *, model: str, api_base: str | None, secrets: Iterable[str | None] = ()
) -> ModelCallError:
    """Map any exception from a model call to a ModelCallError with a plain hint, key scrubbed."""
    secrets = list(secrets)
    kind = classify(exc)
    raw = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    # litellm prefixes "litellm.X: X: OpenAIException - "; the provider's own words come last.
    raw = re.split(r"(?:Exception|Error) - ", raw)[-1].strip() or raw
    detail = scrub(raw, secrets)[:300]
    where = f"the server at {api_base}" if api_base else "the provider"
    messages = {
        "auth": (
            f"{model}: authentication failed ({detail})",
            f"check the API key: set {key_env_hint(model)} or INTERVIEWER_API_KEY",
        ),
        "context": (
            f"{model}: the conversation is too long for the model ({detail})",
            "use a model with a longer context, or a shorter résumé/answer",
        ),
        "not_found": (
            f"{model}: model not found ({detail})",
            f"check the model name; is it served by {where}?",
        ),
        "rate_limit": (
            f"{model}: rate limited ({detail})",
            "wait a little and retry, or raise your provider quota",
        ),
        "timeout": (
            f"{model}: no reply in time ({detail})",
            f"is {where} overloaded? raise INTERVIEWER_TIMEOUT or retry",
        ),
        "connection": (f"{model}: cannot connect ({detail})", f"is {where} running and reachable?"),
        "server": (
            f"{model}: server error ({detail})",
            f"{where} failed; retry later or continue with the offline engine",
        ),
        "bad_request": (
            f"{model}: request rejected ({detail})",
            "the model may not support this request; try another model",
        ),
        "unknown": (
            f"{model}: model call failed ({detail})",
            "retry, or continue with the offline engine (--model offline)",
        ),
    }
    message, hint = messages[kind]
    return ModelCallError(message, scrub(hint, secrets), kind=kind)


def call_with_retry(
    attempt_fn: Callable[[int], T],
    *,
    max_retries: int,
    backoff: Backoff,
    deadline: float | None = None,
    on_error: Callable[[ModelCallError, int], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Run `attempt_fn(attempt)` until it succeeds, retrying retryable ModelCallErrors at most
    `max_retries` times with backoff, and never sleeping past `deadline` (time.monotonic())."""
    attempt = 0
    while True:
        try:
            return attempt_fn(attempt)
        except ModelCallError as err:
            if on_error is not None:
                on_error(err, attempt)
            if not err.retryable or attempt >= max_retries:
                raise
            attempt += 1
            wait = backoff.delay(attempt)
            if deadline is not None and time.monotonic() + wait >= deadline:
                raise
            sleep(wait)
