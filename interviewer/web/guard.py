"""The app's front door (ASGI middleware, outside Gradio's own routes).

- Refuses writes (uploads, events) that another site's page makes the browser send.
- Gives every browser its identity cookie on its first request and passes the new cookie on to
  the request itself, so the handlers of that very request already see it.
- Marks files Gradio serves as not to be sniffed into another type.
"""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import cookie_parser
from starlette.responses import PlainTextResponse

from interviewer.web.identity import COOKIE_NAME, Identities, cookie_header

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: Where Gradio serves uploaded and cached files.
GRADIO_FILE_PREFIXES = ("/gradio_api/file=", "/gradio_api/file/", "/file=")


def cross_site(headers: Headers) -> bool:
    """True when a browser sent this request from a page of another origin."""
    site = headers.get("sec-fetch-site")
    if site is not None:
        # "none" is the user's own action (typing the address); API clients send no such header.
        return site not in ("same-origin", "none")
    origin = headers.get("origin")
    if origin is None:
        return False
    if origin == "null":  # sandboxed frames and file: pages
        return True
    return urlsplit(origin).netloc.lower() != (headers.get("host") or "").lower()


class RequestGuard:
    """ASGI middleware: cross-site writes refused, identity cookie issued, files not sniffed;
    in password mode also sign-ins limited per address and expired after `session_hours`."""

    def __init__(self, app: Any, identities: Identities) -> None:
        self.app = app
        self.identities = identities
        self.identity = identities.browser
        self._issued: dict[str, float] = {}  # sign-in token -> when it was issued

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if scope["method"] not in SAFE_METHODS and cross_site(headers):
            await _refuse(scope, receive, send, 403, "cross-site requests are refused")
            return
        cookies = cookie_parser(headers.get("cookie", ""))
        signing_in = False
        if self.identities.mode == "password":
            self._expire(scope, cookies)
            signing_in = scope["method"] == "POST" and scope.get("path", "").rstrip("/") == "/login"
            if signing_in and self.identities.failed.blocked(_address(scope)):
                await _refuse(
                    scope, receive, send, 429, "too many failed sign-ins; wait 15 minutes"
                )
                return
        set_cookie: str | None = None
        if self.identity.verify(cookies.get(COOKIE_NAME)) is None:
            _, value = self.identity.issue()
            cookies[COOKIE_NAME] = value
            raw = [(k, v) for k, v in scope["headers"] if k != b"cookie"]
            joined = "; ".join(f"{k}={v}" for k, v in cookies.items())
            scope = {**scope, "headers": [*raw, (b"cookie", joined.encode("latin-1"))]}
            set_cookie = cookie_header(value, secure=scope.get("scheme") == "https")
        nosniff = scope.get("path", "").startswith(GRADIO_FILE_PREFIXES)

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                if signing_in:
                    self._signed_in(scope, message)
                if set_cookie or nosniff:
                    out = MutableHeaders(scope=message)
                    if set_cookie:
                        out.append("set-cookie", set_cookie)
                    if nosniff:
                        out["x-content-type-options"] = "nosniff"
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _signed_in(self, scope: Any, message: Any) -> None:
        """Count a failed sign-in against its address; note when a good one was issued."""
        if message["status"] != 200:
            self.identities.failed.failed(_address(scope))
            return
        now = time.monotonic()
        for key, value in MutableHeaders(scope=message).items():
            if key.lower() == "set-cookie" and value.startswith("access-token-"):
                token = value.split("=", 1)[1].split(";", 1)[0]
                self._issued[token] = now
        if len(self._issued) > 10_000:  # forget sign-ins long expired
            limit = self.identities.session_seconds
            self._issued = {t: at for t, at in self._issued.items() if now - at <= limit}

    def _expire(self, scope: Any, cookies: dict[str, str]) -> None:
        """A sign-in older than session_hours (or from before a restart) is signed out."""
        app = scope.get("app")
        tokens = getattr(app, "tokens", None)
        cookie_id = getattr(app, "cookie_id", None)
        if not isinstance(tokens, dict) or cookie_id is None:
            return
        now = time.monotonic()
        for name in (f"access-token-{cookie_id}", f"access-token-unsecure-{cookie_id}"):
            token = cookies.get(name)
            if not token or token not in tokens:
                continue
            issued = self._issued.get(token)
            if issued is None or now - issued > self.identities.session_seconds:
                tokens.pop(token, None)
                self._issued.pop(token, None)


def _address(scope: Any) -> str:
    client = scope.get("client") or ("?", 0)
    return f"addr:{client[0]}"


async def _refuse(scope: Any, receive: Any, send: Any, status: int, text: str) -> None:
    await PlainTextResponse(text, status_code=status)(scope, receive, send)
