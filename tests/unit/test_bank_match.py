"""Matching a question to the bank: the measured sets are well formed, and a wrong key is refused
where the question names a topic only in passing (numbers live in bench/bank.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import bank as bench_bank
from interviewer.bank import match as match_mod
from interviewer.bank.loader import load_dirs
from interviewer.errors import DataFileError
from interviewer.loader import builtin_dir, validate_file


@pytest.fixture(scope="module")
def bank():  # type: ignore[no-untyped-def]
    return load_dirs([builtin_dir("bank")])


def test_question_sets_name_real_ids(bank) -> None:  # type: ignore[no-untyped-def]
    for path in (bench_bank.UNTOUCHED, bench_bank.UNTOUCHED2):
        items = bench_bank._read(path)
        assert len(items) >= 60
        assert sum(i["question_id"] is None for i in items) >= 20  # HR, own project, off-bank
        for item in items:
            assert set(item) <= {"text", "lang", "question_id", "family", "also"}
            for qid in [item["question_id"], *item.get("also", [])]:
                assert qid is None or qid in bank.questions, (path.name, qid)


def test_cue_file_validates_and_a_bad_one_names_the_field(tmp_path: Path) -> None:
    cues = validate_file(match_mod.CUES_FILE, match_mod.MatchCues)
    assert cues.own_work.en and cues.logistics.zh
    bad = tmp_path / "question_match.yaml"
    bad.write_text("own_work: {en: [a], zh: [b]}\nlogistic: {en: [], zh: []}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as e:
        validate_file(bad, match_mod.MatchCues)
    assert "logistic" in str(e.value)


@pytest.mark.parametrize(
    "text",
    [
        "On your resume you fine-tuned Qwen with LoRA. How big was the team, and what was your part?",
        "你简历里那个 RAG 项目，当时团队几个人？",
        "What's the difference between TCP and UDP?",
    ],
)
def test_a_topic_named_in_passing_gets_no_key(bank, text: str) -> None:  # type: ignore[no-untyped-def]
    assert bank.match(text) is None


@pytest.mark.parametrize(
    ("text", "qid"),
    [
        ("In your project, how did you evaluate retrieval? Recall@k, MRR?", "rag_evaluation"),
        ("聊聊 MoE", "moe"),  # terse: one term, nothing else said, strong match
        ("How does an LLM call a function, and who runs it?", "function_calling"),
    ],
)
def test_a_technical_question_keeps_its_key(bank, text: str, qid: str) -> None:  # type: ignore[no-untyped-def]
    m = bank.match(text)
    assert m is not None and m.question.topic == qid


def test_own_work_needs_both_cues() -> None:
    assert match_mod.about_own_work("I see DPO on your resume. Who decided the budget?")
    assert not match_mod.about_own_work(
        "I see DPO on your resume. How does it drop the reward model?"
    )
    assert not match_mod.about_own_work("Who decided that the reward model can be dropped?")


def test_decide_says_why_no_key_is_used(bank) -> None:  # type: ignore[no-untyped-def]
    m, why = bank.decide("你简历里那个 RAG 项目，当时团队几个人？")
    assert m is None and why
    m, why = bank.decide("聊聊 MoE")
    assert m is not None and why == ""
