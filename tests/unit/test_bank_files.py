"""Every shipped bank file validates, passes its self-checks, and the bank loads as a whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.bank.loader import load_dirs
from interviewer.bank.validate import file_problems, validate_paths
from interviewer.loader import builtin_dir

BANK_FILES = sorted(builtin_dir("bank").glob("*.y*ml"))


def test_bank_is_shipped() -> None:
    assert BANK_FILES, "no bank/*.yaml files"


@pytest.mark.parametrize("path", BANK_FILES, ids=lambda p: p.stem)
def test_bank_file_validates_and_passes_its_self_checks(path: Path) -> None:
    bank, problems = file_problems(path)
    assert problems == [], "\n".join(str(p) for p in problems)
    assert bank is not None and bank.topic == path.stem


@pytest.mark.parametrize("path", BANK_FILES, ids=lambda p: p.stem)
def test_question_ids_carry_their_topic(path: Path) -> None:
    bank, _ = file_problems(path)
    assert bank is not None
    for q in bank.questions:
        assert q.id.startswith(bank.topic + "."), q.id
        assert q.misconceptions, f"{q.id}: write at least one misconception"
        assert all(s.url for s in q.sources), f"{q.id}: every source needs a url"


def test_whole_bank_loads_without_clashes() -> None:
    ok, problems = validate_paths(BANK_FILES)
    assert problems == [] and len(ok) == len(BANK_FILES)
    bank = load_dirs([builtin_dir("bank")])
    assert bank.errors == []
    assert sum(len(f.questions) for f in bank.topics.values()) == len(bank.questions)
