"""Per-browser identity: a random owner id kept (encrypted) in the browser's localStorage.

The encryption secret is stored once in the app home, so owner ids stay readable across server
restarts, and a browser cannot forge another browser's id without it.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

SECRET_FILE = "web_secret"
BROWSER_STORAGE_KEY = "interviewer-browser"
_OWNER_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def new_owner_id() -> str:
    """A fresh unguessable owner id (fits the 64-character owner column)."""
    return secrets.token_urlsafe(24)


def valid_owner(owner: object) -> bool:
    """True when `owner` looks like an id this module made."""
    return isinstance(owner, str) and bool(_OWNER_RE.match(owner))


def browser_secret(home: Path) -> str:
    """The secret BrowserState encrypts with; created with mode 600 on first use."""
    path = home / SECRET_FILE
    try:
        value = path.read_text(encoding="utf-8").strip()
        if len(value) >= 16:
            return value
    except OSError:
        pass
    home.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(value)
    return value
