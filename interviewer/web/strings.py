"""UI strings in Chinese and English, read from `interviewer/data/ui_strings.yaml`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from interviewer.bilingual import load_texts

STRINGS_FILE = Path(__file__).resolve().parent.parent / "data" / "ui_strings.yaml"


@lru_cache(maxsize=1)
def load_strings(path: Path = STRINGS_FILE) -> dict[str, dict[str, str]]:
    """Key -> {zh, en}; a broken file is a DataFileError naming the key at fault. A plain
    string stands for both languages (names such as "Whisper" read the same in both)."""
    return load_texts(path, plain_ok=True)


def norm_lang(lang: str | None) -> str:
    """`zh` or `en` (anything else becomes `en`)."""
    return "zh" if (lang or "").lower().startswith("zh") else "en"


def t(key: str, lang: str | None, /, **fmt: object) -> str:
    """The text for `key` in `lang`, with `{placeholders}` filled; unknown keys show the key."""
    entry = load_strings().get(key)
    text = entry[norm_lang(lang)] if entry else key
    return text.format(**fmt) if fmt else text
