"""ChatModel over litellm: any provider by its model string, with timeouts, retries, logging.

The public `complete`/`stream` own the cross-cutting work (deadlines, retries with backoff, error
mapping, logging to the llm_calls table); `_complete_once`/`_stream_thread` talk to litellm. Each
call runs in a worker thread so that a server which stops answering, even mid-stream, can never
hold the caller past its timeout. The API key is handed to litellm only: never logged, stored or
shown (it is scrubbed from every error message).
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from pydantic import SecretStr

from interviewer.llm.base import Completion, Message
from interviewer.llm.retry import Backoff, ModelCallError, call_with_retry, to_provider_error

log = logging.getLogger(__name__)

#: Extra seconds the worker thread is given beyond litellm's own timeout before we abandon it.
_GRACE_S = 1.0
_LITELLM: Any = None
_IMPORT_LOCK = threading.Lock()


def import_litellm() -> Any:
    """Import litellm once, offline: local price map, no telemetry, no debug chatter."""
    global _LITELLM
    with _IMPORT_LOCK:
        if _LITELLM is None:
            os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
            os.environ.setdefault("LITELLM_TELEMETRY", "False")
            import litellm

            litellm.telemetry = False
            litellm.suppress_debug_info = True
            litellm.set_verbose = False  # type: ignore[attr-defined]
            litellm.drop_params = True
            for name in ("LiteLLM", "LiteLLM Router", "LiteLLM Proxy", "litellm"):
                logging.getLogger(name).setLevel(logging.WARNING)
            _LITELLM = litellm
    return _LITELLM


def _run_with_deadline(fn: Callable[[], Any], seconds: float) -> Any:
    """fn() in a daemon thread; TimeoutError if it has not returned within `seconds`."""
    box: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)

    def run() -> None:
        try:
            box.put((True, fn()))
        except BaseException as e:  # noqa: BLE001 - handed to the caller's thread
            box.put((False, e))

    threading.Thread(target=run, daemon=True, name="llm-call").start()
    try:
        ok, value = box.get(timeout=max(seconds, 0.01))
    except queue.Empty:
        raise TimeoutError(f"no reply within {seconds:.0f} s") from None
    if ok:
        return value
    raise value


class LitellmModel:
    """A ChatModel for one litellm model string (`openai/<name>` + api_base for local servers)."""

    def __init__(
        self,
        model: str,
        *,
        api_base: str | None = None,
        api_key: SecretStr | str | None = None,
        timeout: float = 60.0,
        max_retries: int = 2,
        idle_timeout: float | None = None,
        total_timeout: float | None = None,
        repo: Any = None,
        log_calls: bool = True,
        backoff: Backoff | None = None,
        completion_kwargs: dict[str, Any] | None = None,
    ) -> None:
        self.name = model
        self.api_base = api_base or None
        if isinstance(api_key, str):
            api_key = SecretStr(api_key) if api_key else None
        self._api_key = api_key
        self.timeout = float(timeout)
        """Seconds one attempt may take (first token, for a stream)."""
        self.idle_timeout = float(idle_timeout or min(self.timeout, 30.0))
        """Seconds a stream may go silent between chunks."""
        self.total_timeout = float(total_timeout or self.timeout)
        """Seconds the whole call, retries included, may take (retries use what is left)."""
        self.max_retries = max(0, int(max_retries))
        self.repo = repo
        self.log_calls = log_calls
        self.backoff = backoff or Backoff()
        self.completion_kwargs = dict(completion_kwargs or {})
        """Extra litellm arguments (e.g. `mock_response` in tests)."""

    def __repr__(self) -> str:
        return f"LitellmModel({self.name!r}, api_base={self.api_base!r})"

    # ------------------------------------------------------------------ public

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
        """The whole reply; JSON mode when `json_schema` is given (the caller validates)."""
        import_litellm()  # the first import is slow; it must not eat into the call's deadline
        started = time.monotonic()
        deadline = started + self.total_timeout
        kwargs = self._kwargs(messages, temperature, max_tokens)
        if json_schema is not None:
            kwargs["response_format"] = self._response_format(json_schema)
        attempts = 0

        def attempt(n: int) -> Any:
            nonlocal attempts
            attempts = n + 1
            return self._complete_once(kwargs, deadline)

        try:
            resp = call_with_retry(
                attempt, max_retries=self.max_retries, backoff=self.backoff, deadline=deadline
            )
        except ModelCallError as err:
            self._record(purpose, session_id, messages, kwargs, None, started, err, attempts)
            raise
        text = (resp.choices[0].message.content or "") if resp.choices else ""
        usage = getattr(resp, "usage", None)
        done = Completion(
            text=text,
            model=str(getattr(resp, "model", None) or self.name),
            prompt_tokens=getattr(usage, "prompt_tokens", None),
            completion_tokens=getattr(usage, "completion_tokens", None),
            duration_ms=(time.monotonic() - started) * 1000,
            extra={
                "attempts": attempts,
                "finish_reason": getattr(resp.choices[0], "finish_reason", None)
                if resp.choices
                else None,
            },
        )
        self._record(purpose, session_id, messages, kwargs, done, started, None, attempts)
        return done

    def stream(
        self,
        messages: list[Message],
        *,
        purpose: str,
        session_id: int | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
    ) -> Iterator[str]:
        """Text chunks as they arrive. Retries only before the first chunk; a stream that goes
        silent for `idle_timeout` or runs past `total_timeout` raises ProviderError."""
        import_litellm()
        started = time.monotonic()
        deadline = started + self.total_timeout
        kwargs = self._kwargs(messages, temperature, max_tokens)
        kwargs["stream"] = True
        parts: list[str] = []
        state: dict[str, Any] = {"attempts": 0, "usage": None}
        error: BaseException | None = None
        try:
            for chunk in self._stream_attempts(kwargs, deadline, state):
                parts.append(chunk)
                yield chunk
        except ModelCallError as err:
            error = err
            raise
        except GeneratorExit:
            state["closed_early"] = True  # the caller had what it needed: not an error
            raise
        finally:
            usage = state["usage"]
            done = Completion(
                text="".join(parts),
                model=self.name,
                prompt_tokens=getattr(usage, "prompt_tokens", None),
                completion_tokens=getattr(usage, "completion_tokens", None),
                duration_ms=(time.monotonic() - started) * 1000,
            )
            if state.get("closed_early"):
                kwargs["closed_early"] = True
            self._record(
                purpose, session_id, messages, kwargs, done, started, error, state["attempts"]
            )

    # ------------------------------------------------------------------ litellm calls

    def _complete_once(self, kwargs: dict[str, Any], deadline: float) -> Any:
        litellm = import_litellm()
        budget = self._attempt_budget(deadline)
        try:
            return _run_with_deadline(
                lambda: litellm.completion(**kwargs, timeout=budget), budget + _GRACE_S
            )
        except Exception as e:
            err = self._error(e)
            if err.kind == "bad_request" and "response_format" in kwargs:
                # Some servers reject response_format; the prompt still asks for JSON.
                kwargs.pop("response_format")
                return self._complete_once(kwargs, deadline)
            raise err from None

    def _stream_attempts(
        self, kwargs: dict[str, Any], deadline: float, state: dict[str, Any]
    ) -> Iterator[str]:
        attempt = 0
        while True:
            state["attempts"] = attempt + 1
            items, stop = self._stream_thread(kwargs, self._attempt_budget(deadline))
            try:
                first = self._next_item(
                    items, min(self.timeout, deadline - time.monotonic()), "no first token in time"
                )
            except ModelCallError as err:
                stop()
                if not err.retryable or attempt >= self.max_retries:
                    raise
                attempt += 1
                wait = self.backoff.delay(attempt)
                if time.monotonic() + wait >= deadline:
                    raise
                time.sleep(wait)
                continue
            break
        try:
            item = first
            while item[0] != "end":
                if item[0] == "chunk":
                    yield item[1]
                elif item[0] == "usage":
                    state["usage"] = item[1]
                wait = min(self.idle_timeout, deadline - time.monotonic())
                item = self._next_item(items, wait, "the stream went silent")
        finally:
            stop()

    def _stream_thread(
        self, kwargs: dict[str, Any], budget: float
    ) -> tuple[queue.Queue[tuple[str, Any]], Callable[[], None]]:
        """Start a worker that reads the stream into a queue; the returned `stop()` ends it and
        closes the connection, so the server stops generating text nobody will read."""
        litellm = import_litellm()
        items: queue.Queue[tuple[str, Any]] = queue.Queue()
        stopped = threading.Event()
        held: dict[str, Any] = {}

        def close() -> None:
            resp = held.pop("resp", None)
            if resp is not None and hasattr(resp, "close"):
                try:
                    resp.close()
                except Exception:  # noqa: BLE001 - best effort; the worker may be mid-read
                    log.debug("closing an abandoned stream failed")

        def stop() -> None:
            stopped.set()
            close()

        def run() -> None:
            try:
                resp = litellm.completion(**kwargs, timeout=budget)
                held["resp"] = resp
                if stopped.is_set():
                    close()
                    return
                for chunk in resp:
                    if stopped.is_set():
                        return
                    usage = getattr(chunk, "usage", None)
                    if usage is not None:
                        items.put(("usage", usage))
                    choices = getattr(chunk, "choices", None) or []
                    text = getattr(choices[0].delta, "content", None) if choices else None
                    if text:
                        items.put(("chunk", text))
                items.put(("end", None))
            except BaseException as e:  # noqa: BLE001 - handed to the reading thread
                items.put(("error", e))
            finally:
                held.pop("resp", None)

        threading.Thread(target=run, daemon=True, name="llm-stream").start()
        return items, stop

    def _next_item(
        self, items: queue.Queue[tuple[str, Any]], wait: float, what: str
    ) -> tuple[str, Any]:
        try:
            item = items.get(timeout=max(wait, 0.01))
        except queue.Empty:
            raise self._error(TimeoutError(f"{what} ({wait:.1f} s)")) from None
        if item[0] == "error":
            raise self._error(item[1]) from None
        return item

    # ------------------------------------------------------------------ helpers

    def _attempt_budget(self, deadline: float) -> float:
        return max(0.5, min(self.timeout, deadline - time.monotonic()))

    def _key(self) -> str | None:
        if self._api_key is not None:
            return self._api_key.get_secret_value()
        if (
            self.api_base
            and self.name.startswith("openai/")
            and not os.environ.get("OPENAI_API_KEY")
        ):
            return "no-key"  # local OpenAI-compatible servers need some key, never a real one
        return None

    def _secrets(self) -> list[str | None]:
        env = [v for k, v in os.environ.items() if k.upper().endswith(("API_KEY", "_TOKEN"))]
        return [self._key(), *env]

    def _error(self, exc: BaseException) -> ModelCallError:
        if isinstance(exc, ModelCallError):
            return exc
        return to_provider_error(
            exc, model=self.name, api_base=self.api_base, secrets=self._secrets()
        )

    def _kwargs(
        self, messages: list[Message], temperature: float | None, max_tokens: int | None
    ) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "model": self.name,
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "num_retries": 0,
            "max_retries": 0,
            "drop_params": True,
            **self.completion_kwargs,
        }
        if self.api_base:
            kwargs["api_base"] = self.api_base
        key = self._key()
        if key:
            kwargs["api_key"] = key
        if temperature is not None:
            kwargs["temperature"] = temperature
        if max_tokens is not None:
            kwargs["max_tokens"] = max_tokens
        return kwargs

    def _response_format(self, schema: dict[str, Any]) -> dict[str, Any]:
        litellm = import_litellm()
        try:
            strict_ok = bool(litellm.supports_response_schema(model=self.name))
        except Exception:  # noqa: BLE001 - unknown models simply get json_object
            strict_ok = False
        if strict_ok:
            return {
                "type": "json_schema",
                "json_schema": {"name": "reply", "schema": schema, "strict": False},
            }
        return {"type": "json_object"}

    def _record(
        self,
        purpose: str,
        session_id: int | None,
        messages: list[Message],
        kwargs: dict[str, Any],
        done: Completion | None,
        started: float,
        error: BaseException | None,
        attempts: int,
    ) -> None:
        if self.repo is None or not self.log_calls:
            return
        options = {
            k: v
            for k, v in kwargs.items()
            if k
            in (
                "temperature",
                "max_tokens",
                "stream",
                "response_format",
                "api_base",
                "closed_early",
            )
        }
        options.update(timeout=self.timeout, attempts=attempts)
        err_text = None
        if isinstance(error, ModelCallError):
            err_text = error.message
        elif error is not None:
            err_text = self._error(error).message
        try:
            self.repo.record_llm_call(
                purpose=purpose,
                model=self.name,
                messages=[{"role": m.role, "content": m.content} for m in messages],
                options=options,
                response=done.text if done else None,
                duration_ms=(time.monotonic() - started) * 1000,
                session_id=session_id,
                resolved_model=done.model if done else None,
                error=err_text,
                prompt_tokens=done.prompt_tokens if done else None,
                completion_tokens=done.completion_tokens if done else None,
            )
        except Exception as e:  # noqa: BLE001 - logging must never break an interview
            log.warning("could not record the model call: %s", type(e).__name__)
