"""One loader for the shipped bilingual data files (prompts, UI strings, engine phrases, voice
and reading vocabularies): YAML read safely, and every text given in Chinese and English.

Errors are DataFileErrors naming the file, the key or field at fault and what to do about it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from interviewer.errors import DataFileError

LANGS = ("zh", "en")
SHIPPED_HINT = "compare with the shipped file (reinstall interviewer to restore it)"

M = TypeVar("M", bound=BaseModel)


def _read(path: Path) -> Any:
    from interviewer.loader import read_yaml

    if not path.is_file():
        raise DataFileError(path, "is missing", SHIPPED_HINT)
    return read_yaml(path)


def _entry(path: Path, key: str, value: Any, plain_ok: bool) -> dict[str, str]:
    if plain_ok and isinstance(value, str):
        return {lang: value for lang in LANGS}
    if not isinstance(value, dict) or not all(isinstance(value.get(k), str) for k in LANGS):
        raise DataFileError(path, "needs a 'zh' and an 'en' text", SHIPPED_HINT, field=key)
    return {lang: value[lang] for lang in LANGS}


def load_texts(
    path: Path, *, plain_ok: bool = False, nested: tuple[str, ...] = ()
) -> dict[str, Any]:
    """Key -> {zh, en}. Keys in `nested` hold a mapping of such entries one level down; with
    `plain_ok` a plain string stands for both languages."""
    data = _read(path)
    if not isinstance(data, dict):
        raise DataFileError(path, "must be a mapping of key: {zh: ..., en: ...}", SHIPPED_HINT)
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in nested:
            if not isinstance(value, dict):
                raise DataFileError(path, "must be a mapping", SHIPPED_HINT, field=str(key))
            out[str(key)] = {
                str(k): _entry(path, f"{key}.{k}", v, plain_ok) for k, v in value.items()
            }
        else:
            out[str(key)] = _entry(path, str(key), value, plain_ok)
    return out


def load_model(path: Path, model: type[M]) -> M:
    """A data file validated by a pydantic model (bilingual fields typed as `{zh, en}` models)."""
    data = _read(path)
    try:
        return model.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or None
        raise DataFileError(path, err["msg"], SHIPPED_HINT, field=field) from e
