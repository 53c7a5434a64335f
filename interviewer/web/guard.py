"""The app's front door (ASGI middleware, outside Gradio's own routes).

- Refuses writes (uploads, events) that another site's page makes the browser send.
- Gives every browser its identity cookie on its first request and passes the new cookie on to
  the request itself, so the handlers of that very request already see it.
- Marks files Gradio serves as not to be sniffed into another type.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import cookie_parser
from starlette.responses import PlainTextResponse

from interviewer.web.identity import COOKIE_NAME, BrowserIdentity, cookie_header

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
    """ASGI middleware: cross-site writes refused, identity cookie issued, files not sniffed."""

    def __init__(self, app: Any, identity: BrowserIdentity) -> None:
        self.app = app
        self.identity = identity

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if scope["method"] not in SAFE_METHODS and cross_site(headers):
            refused = PlainTextResponse("cross-site requests are refused", status_code=403)
            await refused(scope, receive, send)
            return
        cookies = cookie_parser(headers.get("cookie", ""))
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
            if message["type"] == "http.response.start" and (set_cookie or nosniff):
                out = MutableHeaders(scope=message)
                if set_cookie:
                    out.append("set-cookie", set_cookie)
                if nosniff:
                    out["x-content-type-options"] = "nosniff"
            await send(message)

        await self.app(scope, receive, send_with_headers)
