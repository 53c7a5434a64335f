"""Audio files: reading answers, WAV encoding, voice activity, and storing clips beside the DB."""

from __future__ import annotations

import io
import os
import secrets
import shutil
import wave
from pathlib import Path

import numpy as np

from interviewer.config import Settings
from interviewer.errors import InputError
from interviewer.voice.base import ASR_SAMPLE_RATE, to_mono_16k

#: Voice activity settings for delivery analytics: short gaps still split speech spans.
VAD_MIN_SILENCE_MS = 250
VAD_SPEECH_PAD_MS = 60
#: Audio kept around each span when speech is cut out for recognition.
ASR_PAD_SECONDS = 0.2
MAX_AUDIO_BYTES = 200 * 1024 * 1024


def load_audio(path: str | os.PathLike[str]) -> np.ndarray:
    """Decode any audio file to 16 kHz mono float32 (PyAV via faster-whisper; WAV without it)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"audio file not found: {p}")
    if p.stat().st_size > MAX_AUDIO_BYTES:
        raise InputError(f"{p}: audio file is larger than 200 MB")
    try:
        from faster_whisper.audio import decode_audio
    except ImportError:
        return read_wav(p)
    try:
        return np.asarray(decode_audio(str(p), sampling_rate=ASR_SAMPLE_RATE), dtype=np.float32)
    except Exception as e:  # noqa: BLE001 - PyAV raises many types for unreadable media
        raise InputError(
            f"{p}: cannot decode audio ({e})", "use a WAV, MP3, OGG or WebM file"
        ) from e


def read_wav(path: Path) -> np.ndarray:
    """Read a PCM WAV file with the standard library; 16 kHz mono float32."""
    try:
        with wave.open(str(path), "rb") as w:
            width, channels, rate = w.getsampwidth(), w.getnchannels(), w.getframerate()
            frames = w.readframes(w.getnframes())
    except (wave.Error, EOFError) as e:
        raise InputError(
            f"{path}: not a PCM WAV file ({e})", "install faster-whisper to read other formats"
        ) from e
    dtypes = {1: np.uint8, 2: np.int16, 4: np.int32}
    if width not in dtypes:
        raise InputError(f"{path}: {8 * width}-bit WAV is not supported")
    data = np.frombuffer(frames, dtype=dtypes[width])
    if width == 1:
        data = (data.astype(np.int16) - 128).astype(np.int8)
    data = data.reshape(-1, channels) if channels > 1 else data
    return to_mono_16k(data, rate)


def wav_bytes(pcm: np.ndarray, sample_rate: int) -> bytes:
    """Encode float32 mono samples in [-1, 1] as 16-bit PCM WAV."""
    clipped = np.clip(np.asarray(pcm, dtype=np.float32), -1.0, 1.0)
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes((clipped * 32767).astype("<i2").tobytes())
    return buf.getvalue()


def join_wavs(chunks: list[bytes]) -> bytes:
    """Concatenate WAV clips (converted to the first clip's rate) into one WAV."""
    pcm, rate = [], 0
    for data in chunks:
        with wave.open(io.BytesIO(data), "rb") as w:
            r, width, ch = w.getframerate(), w.getsampwidth(), w.getnchannels()
            raw = np.frombuffer(
                w.readframes(w.getnframes()), dtype=np.int16 if width == 2 else np.uint8
            )
        samples = (
            raw.astype(np.float32) / 32768 if width == 2 else (raw.astype(np.float32) - 128) / 128
        )
        if ch > 1:
            samples = samples.reshape(-1, ch).mean(axis=1)
        rate = rate or r
        if r != rate and samples.size:
            n = int(round(samples.size * rate / r))
            samples = np.interp(
                np.linspace(0, samples.size - 1, n), np.arange(samples.size), samples
            )
        pcm.append(samples.astype(np.float32))
    return wav_bytes(
        np.concatenate(pcm) if pcm else np.zeros(0, np.float32), rate or ASR_SAMPLE_RATE
    )


def speech_spans(audio16k: np.ndarray) -> list[tuple[float, float]]:
    """Speech (start, end) seconds found by Silero VAD (bundled with faster-whisper)."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    opts = VadOptions(min_silence_duration_ms=VAD_MIN_SILENCE_MS, speech_pad_ms=VAD_SPEECH_PAD_MS)
    stamps = get_speech_timestamps(audio16k, opts, sampling_rate=ASR_SAMPLE_RATE)
    return [(s["start"] / ASR_SAMPLE_RATE, s["end"] / ASR_SAMPLE_RATE) for s in stamps]


def cut_to_speech(
    audio16k: np.ndarray, spans: list[tuple[float, float]]
) -> tuple[np.ndarray, list[tuple[float, float, float]]]:
    """Keep speech plus a little padding; returns the audio and (new_start, old_start, length) map."""
    merged: list[list[float]] = []
    total = audio16k.size / ASR_SAMPLE_RATE
    for start, end in spans:
        s, e = max(0.0, start - ASR_PAD_SECONDS), min(total, end + ASR_PAD_SECONDS)
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    pieces, mapping, offset = [], [], 0.0
    for s, e in merged:
        piece = audio16k[int(s * ASR_SAMPLE_RATE) : int(e * ASR_SAMPLE_RATE)]
        pieces.append(piece)
        mapping.append((offset, s, piece.size / ASR_SAMPLE_RATE))
        offset += piece.size / ASR_SAMPLE_RATE
    cut = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
    return cut, mapping


def restore_time(t: float, mapping: list[tuple[float, float, float]]) -> float:
    """Map a time in cut audio back to the original recording."""
    for new_start, old_start, length in reversed(mapping):
        if t >= new_start:
            return old_start + min(t - new_start, length)
    return t


def session_audio_dir(settings: Settings, session_id: int) -> Path:
    """Where a session's clips live: `<home>/audio/<session_id>/` (deleted with the session)."""
    return settings.audio_dir / str(int(session_id))


def clip_path(settings: Settings, session_id: int, kind: str, turn_index: int, suffix: str) -> Path:
    """A new file name for one turn's audio: `<session dir>/<kind>-<index>-<random>.<suffix>`.

    The random part keeps clips from being guessed by other users of a shared server, which
    serves the audio folder to the review tab's players.
    """
    if not isinstance(suffix, str) or suffix[:1] != "." or suffix[1:].lower() not in AUDIO_TYPES:
        raise InputError(f"bad audio file suffix '{suffix}'", "use .wav, .webm, .ogg, .mp3 or .m4a")
    name = f"{kind}-{int(turn_index):03d}-{secrets.token_hex(8)}{suffix.lower()}"
    return session_audio_dir(settings, session_id) / name


def store_audio(
    settings: Settings,
    session_id: int,
    turn_index: int,
    data_or_path: bytes | str | os.PathLike[str],
) -> str:
    """Save one turn's audio (bytes, or a file to copy) and return its absolute path.

    The file's suffix comes from the format the decoder finds in it, never from the upload's
    name, so a stored clip is only ever served as audio. Anything that is not a recording in
    one of AUDIO_TYPES is refused and nothing is kept.
    """
    folder = session_audio_dir(settings, session_id)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".incoming-{secrets.token_hex(8)}.part"
    try:
        if isinstance(data_or_path, bytes | bytearray):
            tmp.write_bytes(bytes(data_or_path))
        else:
            src = Path(data_or_path)
            if not src.is_file():
                raise InputError("the audio file was not found", "record or upload it again")
            shutil.copyfile(src, tmp)
        kind = audio_format(tmp)
        target = clip_path(settings, session_id, "turn", turn_index, "." + kind)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return str(target.resolve())


#: The recording formats kept and served, by stored suffix, with the MIME type they are served as.
AUDIO_TYPES = {
    "wav": "audio/wav",
    "webm": "audio/webm",
    "ogg": "audio/ogg",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
}
#: FFmpeg demuxer names (PyAV's `container.format.name`) of those formats.
_DEMUXERS = {
    "wav": "wav",
    "matroska,webm": "webm",
    "webm": "webm",
    "ogg": "ogg",
    "mp3": "mp3",
    "mov,mp4,m4a,3gp,3g2,mj2": "m4a",
}


def audio_format(path: str | os.PathLike[str]) -> str:
    """The stored suffix (a key of AUDIO_TYPES) for the recording in `path`, found by decoding it.

    Raises InputError when the file is not audio in one of those formats, whatever its name says.
    """
    refused = InputError(
        "this file is not a recording in a supported format",
        "use a WAV, WebM, OGG, MP3 or M4A file",
    )
    try:
        import av
    except ImportError:
        try:
            with wave.open(str(path), "rb") as w:
                if w.getnframes() >= 0:
                    return "wav"
        except (wave.Error, EOFError, OSError) as e:
            raise refused from e
    try:
        with av.open(str(path), mode="r") as container:
            kind = _DEMUXERS.get(container.format.name)
            has_audio = any(s.type == "audio" for s in container.streams)
    except Exception as e:  # noqa: BLE001 - PyAV raises many types for data that is not media
        raise refused from e
    if kind is None or not has_audio:
        raise refused
    return kind
