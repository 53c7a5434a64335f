"""Stored recordings take the suffix of the format their decoder finds, never the upload's name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from security_samples import encoded_tone, polyglot_wav, spoken_wav

from interviewer.errors import InputError
from interviewer.voice.audio import AUDIO_TYPES, audio_format, clip_path, store_audio

FORMATS = [
    ("webm", "libopus", 48_000, "webm"),
    ("ogg", "libopus", 48_000, "ogg"),
    ("mp3", "libmp3lame", 16_000, "mp3"),
    ("ipod", "aac", 16_000, "m4a"),
]


@pytest.mark.parametrize(("container", "codec", "rate", "kind"), FORMATS)
@pytest.mark.parametrize("upload_name", ["answer.html", "answer.svg", "answer", "answer.wav"])
def test_suffix_comes_from_the_decoded_format(
    app_home, tmp_path, container, codec, rate, kind, upload_name
) -> None:
    from interviewer.config import load_settings

    src = tmp_path / upload_name
    src.write_bytes(encoded_tone(container, codec, rate))
    stored = Path(store_audio(load_settings(), 5, 1, src))
    assert stored.suffix == f".{kind}" and kind in AUDIO_TYPES


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs Debian espeak-ng")
def test_wav_html_polyglot_is_stored_as_wav(app_home, tmp_path) -> None:
    from interviewer.config import load_settings

    src = tmp_path / "answer.html"
    src.write_bytes(polyglot_wav(spoken_wav("I led the project.", tmp_path / "s.wav")))
    assert audio_format(src) == "wav"
    stored = Path(store_audio(load_settings(), 5, 1, src))
    assert stored.suffix == ".wav"
    assert [p.suffix for p in stored.parent.iterdir()] == [".wav"], "no partial or other file kept"


@pytest.mark.parametrize("suffix", [".html", ".htm", ".svg", ".xml", ".js", "wav", "", "../x.wav"])
def test_clip_names_only_take_audio_suffixes(app_home, suffix) -> None:
    from interviewer.config import load_settings

    with pytest.raises(InputError):
        clip_path(load_settings(), 1, "turn", 0, suffix)


def test_page_disguised_as_audio_is_refused(app_home, tmp_path) -> None:
    from interviewer.config import load_settings

    src = tmp_path / "answer.wav"
    src.write_bytes(b"<!DOCTYPE html><html><script>alert(1)</script></html>")
    with pytest.raises(InputError, match="not a recording"):
        store_audio(load_settings(), 5, 1, src)
