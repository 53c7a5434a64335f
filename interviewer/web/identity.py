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

from interviewer.errors import InterviewerError, StorageError

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


_ACCOUNT_OWNER_RE = re.compile(r"^user:[A-Za-z0-9][A-Za-z0-9._@-]{0,47}$")


def valid_owner(owner: object) -> bool:
    """True when `owner` looks like a browser id this module made or a team-mode user's key."""
    return isinstance(owner, str) and bool(_OWNER_RE.match(owner) or _ACCOUNT_OWNER_RE.match(owner))


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


class Identities:
    """Who a request is, in the configured mode; the one place handlers and routes ask.

    - none: the browser's signed identity cookie (local mode, one owner per browser);
    - password: the user Gradio signed in (accounts in the database, argon2 hashes); sign-ins
      expire after `session_hours`, failed ones are limited per name and per address;
    - proxy: the user a trusted reverse proxy names in `proxy_user_header`; the header is believed
      only from `trusted_proxies`.
    """

    def __init__(self, settings: Any, repo: Any) -> None:
        import ipaddress

        from interviewer.accounts import FailedLogins

        self.mode: str = settings.auth
        self.browser = BrowserIdentity(settings.home)
        self.repo = repo
        self.header: str = settings.proxy_user_header
        self.trusted = [ipaddress.ip_network(x, strict=False) for x in settings.trusted_proxies]
        self.session_seconds = float(settings.session_hours) * 3600
        self.failed = FailedLogins()

    def owner_of(self, request: Any) -> str | None:
        """The owner the request proves, or None (no identity, not signed in)."""
        if self.mode == "none":
            return self.browser.verify(request_cookies(request).get(COOKIE_NAME))
        name = self.user_of(request)
        if name is None:
            return None
        from interviewer.accounts import owner_key

        return owner_key(name)

    def user_of(self, request: Any) -> str | None:
        """The signed-in user's name (team mode), from Gradio's sign-in or the trusted proxy."""
        from interviewer.accounts import check_name

        name = getattr(request, "username", None) if hasattr(request, "session_hash") else None
        if name is None and self.mode == "proxy":
            name = self.proxy_user(request)
        elif name is None and self.mode == "password":
            name = self._token_user(request)
        try:
            return check_name(name) if isinstance(name, str) else None
        except InterviewerError:
            return None

    def proxy_user(self, request: Any) -> str | None:
        """Gradio's `auth_dependency` in proxy mode: the header's user, from a trusted proxy only."""
        import ipaddress

        from interviewer.accounts import check_name

        client = getattr(request, "client", None)
        host = getattr(client, "host", None)
        try:
            address = ipaddress.ip_address(str(host))
        except ValueError:
            return None
        if not any(address in net for net in self.trusted):
            return None
        value = (request.headers.get(self.header) or "").strip()
        try:
            name = check_name(value)
        except InterviewerError:
            return None
        self.repo.ensure_account(name)
        return name

    def check_login(self, username: str, password: str) -> bool:
        """Gradio's `auth` in password mode: argon2 check, failed sign-ins limited per name."""
        from interviewer.accounts import check_name, verify_password

        try:
            name = check_name(username)
        except InterviewerError:
            return False
        if self.failed.blocked("name:" + name):
            return False
        ok = verify_password(self.repo.password_hash(name), password)
        if ok:
            self.failed.succeeded("name:" + name)
        else:
            self.failed.failed("name:" + name)
        return ok

    def _token_user(self, request: Any) -> str | None:
        app = getattr(request, "app", None)
        tokens = getattr(app, "tokens", None)
        cookie_id = getattr(app, "cookie_id", None)
        if not isinstance(tokens, dict) or cookie_id is None:
            return None
        cookies = request_cookies(request)
        token = cookies.get(f"access-token-{cookie_id}") or cookies.get(
            f"access-token-unsecure-{cookie_id}"
        )
        user = tokens.get(token) if token else None
        return user if isinstance(user, str) else None
