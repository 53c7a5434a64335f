"""Settings: TOML file in the user config dir, overridden by INTERVIEWER_* env vars.

API keys are read here and handed to the model layer; they are never written anywhere.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict

from interviewer.errors import ConfigError, StorageError

APP_NAME = "interviewer"
#: Database URL schemes the app is built and tested for.
DB_SCHEMES = ("sqlite", "sqlite+pysqlite", "postgresql", "postgresql+psycopg")


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
    timeout: float = Field(60.0, gt=0, le=3600)
    """Seconds before one model call is abandoned."""
    max_retries: int = Field(2, ge=0, le=20)
    """Retries on 429/5xx/connection errors (never on auth or context-length errors)."""
    log_llm_calls: bool = True
    """Record every model exchange in the llm_calls table (never the key)."""
    personas_dir: Path | None = None
    """Extra directory of persona YAML files (besides <home>/personas)."""
    rubrics_dir: Path | None = None
    """Extra directory of rubric YAML files (besides <home>/rubrics)."""
    lang: Literal["zh", "en"] = "en"
    """Default interview language: zh or en."""
    whisper_model: str = "base"
    """faster-whisper model size name or a local model directory."""
    whisper_compute_type: str = "int8"
    """CTranslate2 compute type for Whisper."""
    tts: Literal["auto", "edge", "espeak", "piper", "off"] = "auto"
    """Text-to-speech: auto (edge-tts, offline fallback), edge, espeak, piper or off."""
    tts_voice_zh: str = "zh-CN-XiaoxiaoNeural"
    tts_voice_en: str = "en-US-AriaNeural"
    host: str = "127.0.0.1"
    """Address the web app binds to; any other than loopback needs team mode (`auth`)."""
    port: int = Field(7860, ge=1, le=65535)
    auth: Literal["none", "password", "proxy"] = "none"
    """Who may use the web app: none (local mode, one owner per browser), password (accounts in
    the database, `interviewer users add`) or proxy (a trusted reverse proxy names the user)."""
    proxy_user_header: str = Field("X-Forwarded-User", pattern=r"^[A-Za-z0-9-]{1,64}$")
    """With auth = proxy: the request header that names the signed-in user."""
    trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list)
    """With auth = proxy: addresses (or networks, 10.0.0.0/8) whose user header is believed."""
    models: Annotated[list[str], NoDecode] = Field(default_factory=list)
    """Models web users may pick; default `offline` plus the configured model."""
    session_hours: float = Field(12.0, gt=0, le=24 * 90)
    """With auth = password: hours a sign-in lasts."""

    @field_validator("trusted_proxies", "models", mode="before")
    @classmethod
    def _comma_list(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        import ipaddress

        for item in value:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError as e:
                raise ValueError(f"'{item}' is not an address or network") from e
        return value

    @field_validator("db_url")
    @classmethod
    def _supported_db(cls, value: str | None) -> str | None:
        if value is None:
            return None
        scheme = value.split("://", 1)[0].lower() if "://" in value else ""
        if scheme not in DB_SCHEMES:
            raise ValueError(
                f"unsupported database '{scheme or value[:20]}' "
                "(use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB)"
            )
        return value

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

    @property
    def cache_dir(self) -> Path:
        """Uploads being processed, exports and Gradio's copies of them (deleted with sessions)."""
        return self.home / "cache"

    @property
    def team_mode(self) -> bool:
        return self.auth != "none"

    def allowed_models(self) -> list[str]:
        """Models web users may pick: the `models` setting, else offline plus the configured one."""
        if self.models:
            return list(dict.fromkeys(self.models))
        return list(dict.fromkeys(["offline", self.model]))

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
        field = ".".join(str(p) for p in err["loc"] if isinstance(p, str)) or "?"
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise ConfigError(
            f"setting '{field}': {msg}",
            f"check INTERVIEWER_{field.upper()} or '{field}' in {config_file()}",
        ) from e


def is_loopback(host: str) -> bool:
    """True for an address only this machine reaches (127.0.0.0/8, ::1, localhost)."""
    import ipaddress

    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def ensure_home(settings: Settings) -> Path:
    """Create the app home (mode 700) when missing and make an older, readable-by-all one private.

    Only the platform's default home may get missing parent folders; a home named by
    INTERVIEWER_HOME or `home` must sit in a folder that exists.
    """
    home = settings.home
    default = Path(os.path.expanduser(str(home))) == _platform_home()
    try:
        home.mkdir(parents=default, exist_ok=True, mode=0o700)
        st = home.stat()
        if st.st_mode & 0o077 and st.st_uid == os.getuid():
            os.chmod(home, 0o700)
    except FileNotFoundError as e:
        raise ConfigError(
            f"the folder of the app home does not exist: {home.parent}",
            "create it, or set INTERVIEWER_HOME to a folder that exists",
        ) from e
    except OSError as e:
        raise StorageError(
            f"the app home cannot be used: {home} ({e.strerror})",
            "check that it can be written, or set INTERVIEWER_HOME to another folder",
        ) from e
    return home


def _platform_home() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
