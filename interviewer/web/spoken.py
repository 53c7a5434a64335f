"""Spoken answers waiting to be sent: the recording is already stored beside the database (so a
failure later never loses it), the recognised text is in the candidate's answer box to be
checked, and Send attaches this recording to whatever text is sent. No gradio here."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SpokenDraft:
    """One owner's recording for the question waiting in one session."""

    session_id: int
    question_index: int
    """The pending question it answers; a draft for an older question is dropped."""
    audio_path: str
    asr: Any = None
    """AsrInfo of the recording, or None when recognition failed (the audio is kept anyway)."""
    recognised: str = ""
    """The text as recognised (delivery analytics read it; the sent text may be corrected)."""


class SpokenDrafts:
    """The latest recording per owner (a new recording replaces the one before)."""

    def __init__(self) -> None:
        self._items: dict[str, SpokenDraft] = {}
        self._lock = threading.Lock()

    def put(self, owner: str, draft: SpokenDraft) -> None:
        with self._lock:
            self._items[owner] = draft

    def find(self, owner: str, session_id: int, question_index: int) -> SpokenDraft | None:
        """The owner's draft for this question, or None. It stays until `discard` (after the
        answer is stored), so a send that fails can be tried again with the same recording; a
        draft for another question is never returned."""
        with self._lock:
            draft = self._items.get(owner)
        if draft is None or (draft.session_id, draft.question_index) != (
            session_id,
            question_index,
        ):
            return None
        return draft

    def discard(self, owner: str) -> None:
        with self._lock:
            self._items.pop(owner, None)
