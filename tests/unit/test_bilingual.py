"""The shared loader of bilingual data files: both languages required, errors name file and key."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict

from interviewer.bilingual import load_model, load_texts
from interviewer.errors import DataFileError
from interviewer.llm.prompts import PROMPTS_FILE, load_prompts


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "data.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_texts_need_both_languages(tmp_path: Path) -> None:
    good = _write(tmp_path, "greet: {zh: 你好, en: Hello}\nbye: Bye\n")
    assert load_texts(good, plain_ok=True) == {
        "greet": {"zh": "你好", "en": "Hello"},
        "bye": {"zh": "Bye", "en": "Bye"},
    }
    with pytest.raises(DataFileError) as err:
        load_texts(good)  # a plain string is not allowed here
    assert err.value.field == "bye" and "data.yaml" in str(err.value)
    nested = _write(tmp_path, "gaps:\n  metrics: {zh: 指标}\n")
    with pytest.raises(DataFileError) as err:
        load_texts(nested, nested=("gaps",))
    assert err.value.field == "gaps.metrics"


def test_models_name_the_field(tmp_path: Path) -> None:
    class Strings(BaseModel):
        model_config = ConfigDict(extra="forbid")
        hello: dict[str, str]

    path = _write(tmp_path, "hello: {zh: 你好, en: Hi}\nstray: 1\n")
    with pytest.raises(DataFileError) as err:
        load_model(path, Strings)
    assert err.value.field == "stray"
    with pytest.raises(DataFileError, match="missing"):
        load_model(tmp_path / "nope.yaml", Strings)


def test_the_shipped_prompts_load_through_it() -> None:
    prompts = load_prompts(PROMPTS_FILE)
    assert prompts["judge_system"]["zh"] and prompts["judge_system"]["en"]
    assert set(prompts["gap_meanings"]["metrics"]) == {"zh", "en"}
