"""JSON replies: pull the object out of a model's text, validate it, and ask once for a repair."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from interviewer.llm.base import ChatModel, Message
from interviewer.llm.retry import ModelCallError

M = TypeVar("M", bound=BaseModel)

_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)```", re.DOTALL)


class JsonReplyError(ValueError):
    """The reply is not a JSON object of the expected shape; the message says why, briefly."""


def extract_json(text: str) -> Any:
    """The first JSON object in `text` (bare, in a ``` fence, or after some chatter)."""
    candidates = [m.group(1) for m in _FENCE.finditer(text)] + [text]
    for cand in candidates:
        cand = cand.strip()
        try:
            return json.loads(cand)
        except ValueError:
            pass
        decoder = json.JSONDecoder()
        for i, ch in enumerate(cand):
            if ch == "{":
                try:
                    return decoder.raw_decode(cand, i)[0]
                except ValueError:
                    continue
    raise JsonReplyError("the reply contains no complete JSON object")


def _summary(err: ValidationError) -> str:
    lines = []
    for e in err.errors()[:6]:
        where = ".".join(str(p) for p in e["loc"]) or "(top level)"
        lines.append(f"{where}: {e['msg']}")
    return "; ".join(lines)


def parse_reply(text: str, schema: type[M], check: Callable[[M], None] | None = None) -> M:
    """Validate a reply against `schema` (and `check`, which raises ValueError); JsonReplyError."""
    data = extract_json(text)
    if not isinstance(data, dict):
        raise JsonReplyError("the reply must be a JSON object, not " + type(data).__name__)
    try:
        obj = schema.model_validate(data)
    except ValidationError as e:
        raise JsonReplyError(_summary(e)) from None
    if check is not None:
        try:
            check(obj)
        except ValueError as e:
            raise JsonReplyError(str(e)) from None
    return obj


def complete_json(
    model: ChatModel,
    messages: list[Message],
    schema: type[M],
    *,
    purpose: str,
    session_id: int | None = None,
    check: Callable[[M], None] | None = None,
    lang: str = "en",
    temperature: float | None = 0.0,
    max_tokens: int | None = None,
) -> M:
    """Ask for JSON matching `schema`; on an invalid reply, one repair call that shows the error.
    Raises ProviderError when the model fails or the repaired reply is still invalid."""
    from interviewer.llm.prompts import render

    json_schema = schema.model_json_schema()
    first = model.complete(
        messages,
        purpose=purpose,
        session_id=session_id,
        json_schema=json_schema,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    try:
        return parse_reply(first.text, schema, check)
    except JsonReplyError as e:
        problem = str(e)
    repair = [
        *messages,
        Message("assistant", first.text[:4000]),
        Message(
            "user",
            render(
                "json_repair",
                lang,
                problem=problem,
                schema=json.dumps(json_schema, ensure_ascii=False),
            ),
        ),
    ]
    second = model.complete(
        repair,
        purpose=f"{purpose}:repair",
        session_id=session_id,
        json_schema=json_schema,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    try:
        return parse_reply(second.text, schema, check)
    except JsonReplyError as e:
        raise ModelCallError(
            f"{model.name}: the reply was not valid {schema.__name__} JSON even after a repair"
            f" request ({str(e)[:200]})",
            "a larger or instruction-tuned model follows JSON instructions better",
            kind="invalid_output",
        ) from None
