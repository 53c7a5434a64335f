"""Speak text while it is still being written: each sentence is synthesised as soon as it is
complete, in a background thread, so the first sentence plays while the model writes the rest.

    speaker = SentenceSpeaker(settings, "en")
    for chunk in stream:             # text chunks from the interviewer
        text += chunk
        speaker.feed(text)           # never blocks
        clips = speaker.ready()      # clips finished so far, in order
    speaker.close(text)              # the last sentence
    for clip in speaker.drain(): ... # the rest, as each one is made
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Iterator
from pathlib import Path

from interviewer.config import Settings
from interviewer.errors import InterviewerError, VoiceUnavailable
from interviewer.voice.base import SpeechAudio
from interviewer.voice.tts import get_tts, save_speech, short_first, split_for_speech

log = logging.getLogger(__name__)

_DONE = object()


class SentenceSpeaker:
    """Turns a growing text into sentence clips, made one at a time in order, off the caller's thread.

    A failure is kept in `error` (the text still reaches the user); later sentences are skipped.
    """

    def __init__(self, settings: Settings, lang: str) -> None:
        chain = get_tts(settings)
        if chain is None:
            raise VoiceUnavailable("text-to-speech is off", "set tts = auto, edge, espeak or piper")
        self.chain = chain
        self.lang = "zh" if lang == "zh" else "en"
        self.clips: list[SpeechAudio] = []
        self.error: str | None = None
        self._spoken: list[str] = []  # sentences handed to the worker
        self._closed = False
        self._todo: queue.Queue[object] = queue.Queue()
        self._made: queue.Queue[object] = queue.Queue()
        self._worker = threading.Thread(target=self._work, name="speech", daemon=True)
        self._worker.start()

    def feed(self, text: str) -> None:
        """The text so far: every sentence followed by another one is complete and gets spoken."""
        sentences = split_for_speech(text)
        self._submit(sentences[:-1])

    def close(self, text: str) -> None:
        """The whole text is known: speak what is left."""
        if not self._closed:
            self._submit(split_for_speech(text))
            self._closed = True
            self._todo.put(_DONE)

    def ready(self) -> list[SpeechAudio]:
        """Clips made since the last call (non-blocking)."""
        new: list[SpeechAudio] = []
        while True:
            try:
                item = self._made.get_nowait()
            except queue.Empty:
                return new
            if item is _DONE:
                self._made.put(_DONE)  # keep the end marker for drain()
                return new
            new.append(item)  # type: ignore[arg-type]

    def drain(self) -> Iterator[SpeechAudio]:
        """After close(): each remaining clip as soon as it is made."""
        while (item := self._made.get()) is not _DONE:
            yield item  # type: ignore[misc]
        self._made.put(_DONE)

    def save(self, path: str | Path) -> Path | None:
        """After drain(): every clip joined into one file (None when nothing was spoken)."""
        return save_speech(self.clips, path) if self.clips else None

    def _submit(self, sentences: list[str]) -> None:
        if self._closed:
            return
        done = len(self._spoken)
        new = sentences[done:]
        if done and len(sentences) >= done and sentences[done - 1] != self._spoken[-1]:
            # a short last piece ("Why?") was joined to a sentence already spoken: say the rest
            extra = sentences[done - 1].removeprefix(self._spoken[-1]).strip()
            new = ([extra] if extra else []) + new
        if not new:
            return
        if not done:
            new = short_first(new, self.lang)
        self._spoken = list(sentences)
        for sentence in new:
            self._todo.put(sentence)

    def _work(self) -> None:
        while (sentence := self._todo.get()) is not _DONE:
            if self.error is not None:
                continue
            try:
                clip = self.chain.synthesize(str(sentence), self.lang)
            except (InterviewerError, OSError) as e:
                self.error = getattr(e, "message", str(e))
                log.warning("text-to-speech failed: %s", self.error)
                continue
            self.clips.append(clip)
            self._made.put(clip)
        self._made.put(_DONE)
