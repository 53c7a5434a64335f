"""Settings: TOML file in the user config dir, overridden by INTERVIEWER_* env vars.

API keys are read here and handed to the model layer; they are never written anywhere.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from interviewer.errors import ConfigError

APP_NAME = "interviewer"


def home_dir() -> Path:
    """The app home: INTERVIEWER_HOME, else the platform's user data dir."""
    env = os.environ.get("INTERVIEWER_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    """Where the TOML settings live: INTERVIEWER_CONFIG, $HOME-dir/config.toml or the user config dir."""
    env = os.environ.get("INTERVIEWER_CONFIG")
    if env:
        return Path(env).expanduser()
    if os.environ.get("INTERVIEWER_HOME"):
        return home_dir() / "config.toml"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


class _TomlSource(PydanticBaseSettingsSource):
    """Reads the settings file; a broken file is a ConfigError naming it."""

    def __init__(self, settings_cls: type[BaseSettings]) -> None:
        super().__init__(settings_cls)
        path = config_file()
        self.data: dict[str, Any] = {}
        if path.is_file():
            try:
                self.data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
                raise ConfigError(
                    f"{path}: not valid TOML ({e})", "fix the file or delete it to use defaults"
                ) from e

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return self.data.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return {k: v for k, v in self.data.items() if k in self.settings_cls.model_fields}


class Settings(BaseSettings):
    """Every setting, with its env var INTERVIEWER_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="INTERVIEWER_", extra="ignore")

    home: Path = Field(default_factory=home_dir)
    """App home: database, audio, user personas/ and rubrics/ live here."""
    db_url: str | None = None
    """SQLAlchemy URL; default is a SQLite file `interviewer.db` in the home."""
    model: str = "offline"
    """litellm model string (e.g. `openai/gpt-4o-mini`, `deepseek/deepseek-chat`) or `offline`."""
    judge_model: str | None = None
    """Model used for grading; defaults to `model`."""
    api_base: str | None = None
    """Base URL of an OpenAI-compatible server (vLLM, llama.cpp, Ollama)."""
    api_key: SecretStr | None = None
    """API key; prefer the provider's own env var (OPENAI_API_KEY, DEEPSEEK_API_KEY...)."""
    timeout: float = 60.0
    """Seconds before one model call is abandoned."""
    max_retries: int = 2
    """Retries on 429/5xx/connection errors (never on auth or context-length errors)."""
    log_llm_calls: bool = True
    """Record every model exchange in the llm_calls table (never the key)."""
    personas_dir: Path | None = None
    """Extra directory of persona YAML files (besides <home>/personas)."""
    rubrics_dir: Path | None = None
    """Extra directory of rubric YAML files (besides <home>/rubrics)."""
    lang: str = "en"
    """Default interview language: zh or en."""
    whisper_model: str = "base"
    """faster-whisper model size name or a local model directory."""
    whisper_compute_type: str = "int8"
    """CTranslate2 compute type for Whisper."""
    tts: str = "auto"
    """Text-to-speech: auto (edge-tts, offline fallback), edge, espeak, piper or off."""
    tts_voice_zh: str = "zh-CN-XiaoxiaoNeural"
    tts_voice_en: str = "en-US-AriaNeural"
    host: str = "127.0.0.1"
    """Address the web app binds to."""
    port: int = 7860

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _TomlSource(settings_cls))

    @property
    def database_url(self) -> str:
        return self.db_url or f"sqlite:///{self.home / 'interviewer.db'}"

    @property
    def audio_dir(self) -> Path:
        return self.home / "audio"

    def user_personas_dirs(self) -> list[Path]:
        dirs = [self.home / "personas"]
        if self.personas_dir:
            dirs.append(self.personas_dir)
        return dirs

    def user_rubrics_dirs(self) -> list[Path]:
        dirs = [self.home / "rubrics"]
        if self.rubrics_dir:
            dirs.append(self.rubrics_dir)
        return dirs


def load_settings(**overrides: Any) -> Settings:
    """Build Settings, turning validation errors into a ConfigError that names the field."""
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as e:
        err = e.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        raise ConfigError(
            f"setting '{field}': {err['msg']}",
            f"check INTERVIEWER_{field.upper()} or '{field}' in {config_file()}",
        ) from e
