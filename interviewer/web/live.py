"""Answers spoken into the browser's microphone, transcribed while the candidate is speaking.

One live answer per browser (owner): microphone blocks arrive every few hundred milliseconds and
go to an IncrementalTranscriber for the session's pending question; stopping the recording takes
the answer out of here and finishes it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from interviewer.voice.incremental import IncrementalTranscriber

#: Longest answer kept (about 10 minutes); later blocks are dropped so memory stays bounded.
MAX_ANSWER_SECONDS = 600


@dataclass
class LiveAnswer:
    session_id: int
    lang: str
    transcriber: IncrementalTranscriber
    shown: str = ""
    """The part of the transcript last shown to the candidate."""


class LiveAnswers:
    """The live answer of each browser, keyed by owner id."""

    def __init__(self) -> None:
        self._answers: dict[str, LiveAnswer] = {}
        self._lock = threading.Lock()

    def feed(
        self, settings: Any, owner: str, session_id: int, lang: str, rate: int, samples: np.ndarray
    ) -> str | None:
        """Add a microphone block to this owner's answer (started on the first block).

        Returns the transcript so far when it grew since last shown, else None.
        """
        with self._lock:
            live = self._answers.get(owner)
            if live is None or live.session_id != session_id:
                from interviewer.voice.stt import start_incremental

                if live is not None:
                    live.transcriber.close()
                live = LiveAnswer(session_id, lang, start_incremental(settings, lang))
                self._answers[owner] = live
        if live.transcriber.seconds < MAX_ANSWER_SECONDS:
            live.transcriber.feed(samples, rate)
        heard = live.transcriber.heard_so_far()
        if heard == live.shown:
            return None
        live.shown = heard
        return heard

    def take(self, owner: str, session_id: int) -> LiveAnswer | None:
        """Remove and return the owner's answer for this session (None when nothing came in)."""
        with self._lock:
            live = self._answers.pop(owner, None)
        return live if live is not None and live.session_id == session_id else None

    def discard(self, owner: str) -> None:
        """Forget an answer that will not be submitted (a new recording starts)."""
        with self._lock:
            live = self._answers.pop(owner, None)
        if live is not None:
            live.transcriber.close()
