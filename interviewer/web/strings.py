"""UI strings in Chinese and English, read from `interviewer/data/ui_strings.yaml`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from interviewer.errors import DataFileError

STRINGS_FILE = Path(__file__).resolve().parent.parent / "data" / "ui_strings.yaml"
UI_LANGS = ("zh", "en")


@lru_cache(maxsize=1)
def load_strings(path: Path = STRINGS_FILE) -> dict[str, dict[str, str]]:
    """Key -> {zh, en}; a broken file is a DataFileError naming the key at fault."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as e:
        raise DataFileError(path, f"cannot be read as YAML: {e}") from e
    if not isinstance(data, dict):
        raise DataFileError(path, "must be a mapping of key: {zh: ..., en: ...}")
    out: dict[str, dict[str, str]] = {}
    for key, value in data.items():
        if isinstance(value, str):
            value = {"zh": value, "en": value}
        if not isinstance(value, dict) or not all(isinstance(value.get(k), str) for k in UI_LANGS):
            raise DataFileError(path, "needs both zh and en texts", field=str(key))
        out[str(key)] = {k: value[k] for k in UI_LANGS}
    return out


def norm_lang(lang: str | None) -> str:
    """`zh` or `en` (anything else becomes `en`)."""
    return "zh" if (lang or "").lower().startswith("zh") else "en"


def t(key: str, lang: str | None, /, **fmt: object) -> str:
    """The text for `key` in `lang`, with `{placeholders}` filled; unknown keys show the key."""
    entry = load_strings().get(key)
    text = entry[norm_lang(lang)] if entry else key
    return text.format(**fmt) if fmt else text
