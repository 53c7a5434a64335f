"""Team-mode accounts: names, argon2 password hashes, the owner key a user's data is stored under,
and the limit on failed sign-ins."""

from __future__ import annotations

import functools
import re
import secrets
import threading
import time
from collections import defaultdict, deque

from interviewer.errors import InputError
from storage.repository import ACCOUNT_PREFIX as OWNER_PREFIX

_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,47}$")
MIN_PASSWORD_CHARS = 10
#: Failed sign-ins allowed per name and per address in FAILED_LOGIN_WINDOW seconds.
MAX_FAILED_LOGINS = 5
FAILED_LOGIN_WINDOW = 15 * 60


def check_name(name: str) -> str:
    """The name if it is a usable account name, else InputError."""
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise InputError(
            f"'{str(name)[:60]}' is not a usable user name",
            "use 1-48 letters, digits, '.', '_', '@' or '-', starting with a letter or digit",
        )
    return name


def owner_key(name: str) -> str:
    """The owner stored on a user's sessions, résumés and model calls."""
    return OWNER_PREFIX + check_name(name)


def user_of(owner: str | None) -> str | None:
    """The user name an owner key stands for (None for local-mode browser owners)."""
    if owner and owner.startswith(OWNER_PREFIX):
        return owner[len(OWNER_PREFIX) :]
    return None


def hash_password(password: str) -> str:
    """An argon2id hash (argon2-cffi's recommended parameters)."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise InputError(
            f"the password has {len(password)} characters",
            f"use at least {MIN_PASSWORD_CHARS}",
        )
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when `password` matches; no user (or no password) costs the same time and fails."""
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        ok = PasswordHasher().verify(stored_hash or _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return False
    return bool(ok) and stored_hash is not None


@functools.cache
def _dummy_hash() -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(secrets.token_urlsafe(16))


class FailedLogins:
    """Failed sign-ins per key (a name, an address) in a sliding window; thread-safe."""

    def __init__(self, limit: int = MAX_FAILED_LOGINS, window: float = FAILED_LOGIN_WINDOW) -> None:
        self.limit = limit
        self.window = window
        self._seen: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._seen[key]
        while q and now - q[0] > self.window:
            q.popleft()
        return q

    def blocked(self, *keys: str) -> bool:
        now = time.monotonic()
        with self._lock:
            return any(len(self._recent(k, now)) >= self.limit for k in keys if k)

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for k in keys:
                if k:
                    self._recent(k, now).append(now)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for k in keys:
                self._seen.pop(k, None)
