"""Who is asking: the server issues each browser its identity; the page never names an owner.

In local mode a browser's owner id travels in an HttpOnly, SameSite=Strict cookie signed with a
key that never leaves the server (`<home>/identity_key`, mode 600): page scripts cannot read it,
other sites cannot send it, and a client cannot make up or alter one. Handlers take the owner
from the request (`owner_from_request`), never from a value the page sends.

`web_secret` only encrypts the page's remembered session id and language (Gradio publishes that
secret in /config, so nothing kept under it may be a credential).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path
from typing import Any

from interviewer.errors import StorageError

SECRET_FILE = "web_secret"
IDENTITY_KEY_FILE = "identity_key"
BROWSER_STORAGE_KEY = "interviewer-browser"
COOKIE_NAME = "interviewer_id"
#: A browser keeps its identity (and so its sessions) for about a year of not being used.
COOKIE_MAX_AGE = 400 * 24 * 3600
_OWNER_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def new_owner_id() -> str:
    """A fresh unguessable owner id (fits the 64-character owner column)."""
    return secrets.token_urlsafe(24)


def valid_owner(owner: object) -> bool:
    """True when `owner` looks like an id this module made."""
    return isinstance(owner, str) and bool(_OWNER_RE.match(owner))


def _read_or_make_secret(path: Path, size: int) -> str:
    try:
        value = path.read_text(encoding="utf-8").strip()
        if len(value) >= 16:
            return value
    except OSError:
        pass
    value = secrets.token_urlsafe(size)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(value)
    except OSError as e:
        raise StorageError(
            f"cannot keep the web app's key in the app home ({e.strerror})",
            "check that the app home exists and can be written",
        ) from e
    return value


def browser_secret(home: Path) -> str:
    """The secret BrowserState encrypts with (public: Gradio sends it to the page)."""
    return _read_or_make_secret(home / SECRET_FILE, 32)


class BrowserIdentity:
    """Signs and checks the identity cookie with the server-only key."""

    def __init__(self, home: Path) -> None:
        self._key = _read_or_make_secret(home / IDENTITY_KEY_FILE, 48).encode("utf-8")

    def _sign(self, owner: str) -> str:
        mac = hmac.new(self._key, b"owner:" + owner.encode("ascii"), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).decode("ascii").rstrip("=")

    def issue(self) -> tuple[str, str]:
        """A new owner id and the cookie value that proves it."""
        owner = new_owner_id()
        return owner, f"{owner}.{self._sign(owner)}"

    def verify(self, value: object) -> str | None:
        """The owner id a cookie value proves, or None for a missing, forged or altered one."""
        if not isinstance(value, str) or value.count(".") != 1:
            return None
        owner, sig = value.split(".")
        if not valid_owner(owner) or not hmac.compare_digest(sig, self._sign(owner)):
            return None
        return owner


def cookie_header(value: str, *, secure: bool) -> str:
    """The Set-Cookie value for the identity cookie."""
    attrs = [
        f"{COOKIE_NAME}={value}",
        "Path=/",
        f"Max-Age={COOKIE_MAX_AGE}",
        "HttpOnly",
        "SameSite=Strict",
    ]
    if secure:
        attrs.append("Secure")
    return "; ".join(attrs)


def request_cookies(request: Any) -> dict[str, str]:
    """Cookies of a gr.Request (live, or as Gradio keeps it between steps) or a Starlette one."""
    if request is None:
        return {}
    inner = getattr(request, "request", None)  # gr.Request wraps the HTTP request
    if inner is not None:
        cookies: Any = inner.cookies
    elif isinstance(getattr(request, "kwargs", None), dict):
        cookies = request.kwargs.get("cookies", {})
    else:
        cookies = getattr(request, "cookies", {})
    try:
        return {str(k): str(v) for k, v in dict(cookies or {}).items()}
    except (TypeError, ValueError):
        return {}
