"""The shipped vocabularies validate; a broken one names its file and field; the tuning set is well-formed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from interviewer.errors import DataFileError
from interviewer.reading.model import ACTS, FACT_KINDS
from interviewer.reading.vocab import VOCAB_DIR, load_vocab

TUNING = Path(__file__).resolve().parents[1] / "data" / "reading" / "tuning.jsonl"


def test_shipped_vocabularies_load() -> None:
    v = load_vocab()
    assert v["acts.dont_know"].search("嗯，这个我没接触过")
    assert v["facts.method"].search("we measured it on a held-out set")


def test_bad_pattern_names_file_and_list(tmp_path: Path) -> None:
    for f in VOCAB_DIR.glob("*.yaml"):
        shutil.copy(f, tmp_path / f.name)
    bad = tmp_path / "acts.yaml"
    bad.write_text(
        bad.read_text(encoding="utf-8").replace("[不方便透露", '["re:(unclosed", 不方便透露', 1),
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as err:
        load_vocab(tmp_path)
    assert "acts.yaml" in str(err.value) and "lists.refusal" in str(err.value)


def test_unknown_field_and_missing_list_are_errors(tmp_path: Path) -> None:
    for f in VOCAB_DIR.glob("*.yaml"):
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "acts.yaml").write_text(
        "lists:\n  dont_know: {en: [x], fr: [y]}\n", encoding="utf-8"
    )
    with pytest.raises(DataFileError) as err:
        load_vocab(tmp_path)
    assert "acts.yaml" in str(err.value)
    (tmp_path / "acts.yaml").write_text("lists:\n  dont_know: {en: [x]}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="lacks the lists"):
        load_vocab(tmp_path)


def test_tuning_set_is_well_formed() -> None:
    rows = [json.loads(line) for line in TUNING.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 300
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["lang"] in ("zh", "en") and r["act"] in ACTS, r["id"]
        assert isinstance(r["relevant"], bool) and "question" in r and "answer" in r
        for k in (*r.get("facts", []), *r.get("absent", [])):
            assert k in FACT_KINDS, (r["id"], k)
    assert {r["family"] for r in rows} >= {"act", "drift", "facts", "conflict", "injection"}
