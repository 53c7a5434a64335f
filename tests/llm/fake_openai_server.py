"""A real OpenAI-compatible HTTP server on 127.0.0.1 that tests can make misbehave on purpose.

It answers /v1/chat/completions (plain and SSE streaming) the way a tiny honest model would:
questions for the interviewer, gap and grade JSON for the analyser and judge (quotes taken from
the answer). Modes, switchable per test and per request:

- normal: as above; streamed replies ramble on after the question (the writer must cut them)
- malformed_json: JSON requests get a truncated object
- bad_quotes: the judge reply gives score 5 with quotes that are not in the answer
- slow: waits `slow_seconds` before answering
- 500 / 429 / 401 / 404: that HTTP error
- hang: never answers
- hang_midstream: streams two chunks, then goes silent
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODES = (
    "normal",
    "malformed_json",
    "bad_quotes",
    "slow",
    "500",
    "429",
    "401",
    "404",
    "hang",
    "hang_midstream",
)
_ERRORS = {
    "500": (500, "server_error", "internal error (fake)"),
    "429": (429, "rate_limit_exceeded", "rate limit reached (fake)"),
    "401": (401, "invalid_api_key", "Incorrect API key provided (fake)"),
    "404": (404, "model_not_found", "The model does not exist (fake)"),
}
INVENTED_QUOTE = "I single-handedly tripled revenue in one week"
#: A key the tests configure; it must never show up in the database, logs or output.
SECRET = "sk-fake-SECRET-9f8e7d6c5b4a3210"


def _text_of(body: dict[str, Any]) -> tuple[str, str]:
    msgs = body.get("messages") or []
    system = "\n".join(str(m.get("content", "")) for m in msgs if m.get("role") == "system")
    rest = "\n".join(str(m.get("content", "")) for m in msgs if m.get("role") != "system")
    return system, rest


def _answer_in(text: str) -> str:
    found = re.findall(r"<candidate_answer>\n?(.*?)\n?</candidate_answer>", text, re.DOTALL)
    return found[-1].strip() if found else ""


def _first_sentence(answer: str) -> str:
    parts = [p.strip() for p in re.split(r"(?<=[.!?。！？；;])\s*", answer) if p.strip()]
    return parts[0][:80] if parts else ""


def default_reply(body: dict[str, Any], mode: str) -> str:
    """What the fake model says to this request in this mode."""
    system, rest = _text_of(body)
    wants_json = bool(body.get("response_format")) or "JSON schema" in system
    zh = "你是" in system
    if not wants_json:
        if "health" in rest.lower() or "OK" in rest[-60:]:
            return "OK"
        if zh:
            return "好的。你当时是怎么衡量这个效果的，基线是多少？候选人：我觉得……"
        return (
            "Thanks. How did you measure that improvement, and against what baseline?"
            " Candidate: well, I think we"
        )
    if mode == "malformed_json":
        return '{"criteria": [{"id": "star", "score": 4, "quotes": ["'
    answer = _answer_in(rest)
    if '"act"' in system:
        # the reader: an answer, nothing it can quote for sure, a baseline to ask about
        return json.dumps({"act": "answer", "facts": [], "gaps": ["baseline"] if answer else []})
    if '"gaps"' in system:
        gaps = (
            []
            if not answer
            else [
                {
                    "id": "baseline",
                    "severity": 0.7,
                    "evidence": _first_sentence(answer),
                    "detail": "no baseline given" if not zh else "没有给出基线",
                }
            ]
        )
        return json.dumps({"gaps": gaps}, ensure_ascii=False)
    ids = re.findall(r'id "([a-z0-9_-]+)"', system)
    criteria = []
    for cid in dict.fromkeys(ids):
        if mode == "bad_quotes":
            criteria.append(
                {"id": cid, "score": 5, "quotes": [INVENTED_QUOTE], "suggestion": "Keep it up."}
            )
        else:
            quote = _first_sentence(answer)
            criteria.append(
                {
                    "id": cid,
                    "score": 3 if quote else 1,
                    "quotes": [quote] if quote else [],
                    "suggestion": "Give a baseline and say what you did yourself.",
                }
            )
    return json.dumps({"criteria": criteria, "flags": []}, ensure_ascii=False)


class FakeOpenAIServer:
    """Start with `start()`; `base_url` ends in /v1; switch behaviour with `mode` or `script()`."""

    def __init__(
        self,
        mode: str = "normal",
        slow_seconds: float = 5.0,
        responder: Callable[[dict[str, Any], str], str] | None = None,
    ) -> None:
        self.mode = mode
        self.slow_seconds = slow_seconds
        self.responder = responder or default_reply
        self.requests: list[dict[str, Any]] = []
        self.disconnects = 0
        """Streams the client closed before the end."""
        self._script: list[str] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None

    # ------------------------------------------------------------ control

    def script(self, modes: list[str]) -> None:
        """The next requests use these modes in order, then `mode` again."""
        assert all(m in MODES for m in modes), modes
        with self._lock:
            self._script = list(modes)

    def _take_mode(self) -> str:
        with self._lock:
            return self._script.pop(0) if self._script else self.mode

    @property
    def base_url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def start(self) -> FakeOpenAIServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    self._json(200, {"object": "list", "data": [{"id": "fake", "object": "model"}]})
                else:
                    self._json(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    body = json.loads(self.rfile.read(length) or b"{}")
                except ValueError:
                    self._json(400, {"error": {"message": "bad json"}})
                    return
                mode = server._take_mode()
                server.requests.append({"path": self.path, "mode": mode, "body": body})
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._json(404, {"error": {"message": "unknown path"}})
                    return
                try:
                    server.handle(self, body, mode)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeouts): expected in these tests

            def _json(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, daemon=True, name="fake-openai").start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------ responses

    def handle(self, h: Any, body: dict[str, Any], mode: str) -> None:
        if mode in _ERRORS:
            status, code, message = _ERRORS[mode]
            h._json(status, {"error": {"message": message, "type": code, "code": code}})
            return
        if mode == "hang":
            self._stopping.wait(120)
            return
        if mode == "slow":
            if self._stopping.wait(self.slow_seconds):
                return
        text = self.responder(body, mode)
        model = body.get("model", "fake")
        if body.get("stream"):
            self._stream(h, text, model, hang=mode == "hang_midstream")
            return
        h._json(
            200,
            {
                "id": "chatcmpl-fake",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": text},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {
                    "prompt_tokens": 10,
                    "completion_tokens": max(1, len(text) // 4),
                    "total_tokens": 10 + max(1, len(text) // 4),
                },
            },
        )

    def _stream(self, h: Any, text: str, model: str, hang: bool) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/event-stream")
        h.send_header("Cache-Control", "no-cache")
        h.end_headers()

        def event(delta: dict[str, Any], finish: str | None = None) -> None:
            payload = {
                "id": "chatcmpl-fake",
                "object": "chat.completion.chunk",
                "created": int(time.time()),
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
            h.wfile.write(f"data: {json.dumps(payload, ensure_ascii=False)}\n\n".encode())
            h.wfile.flush()

        try:
            event({"role": "assistant", "content": ""})
            chunks = [text[i : i + 8] for i in range(0, len(text), 8)]
            for n, chunk in enumerate(chunks):
                if hang and n == 2:
                    self._stopping.wait(120)
                    return
                event({"content": chunk})
                time.sleep(0.005)
            event({}, "stop")
            h.wfile.write(b"data: [DONE]\n\n")
            h.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.disconnects += 1
