"""The bank benchmark runs on the tuning data and reports the agreed rows (numbers live in bench/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import bank as bench_bank


def test_tuning_data_is_well_formed_and_names_real_ids() -> None:
    from interviewer.bank.loader import load_dirs
    from interviewer.loader import builtin_dir

    bank = load_dirs([builtin_dir("bank")])
    items = bench_bank._read(bench_bank.TUNING)
    assert len(items) >= 100
    for item in items:
        assert set(item) == {
            "id",
            "question_id",
            "lang",
            "voice",
            "kind",
            "answer",
            "hit",
            "misconceptions",
        }
        q = bank.get(item["question_id"])
        assert set(item["hit"]) <= {k.id for k in q.key_points}, item["id"]
        assert set(item["misconceptions"]) <= {m.id for m in q.misconceptions}, item["id"]
    for line in bench_bank.TUNING_QUESTIONS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert row["question_id"] is None or row["question_id"] in bank.questions


def test_bench_rows_cover_size_detection_matching_and_speed() -> None:
    rows = bench_bank.run(quick=True)
    metrics = " | ".join(str(r["metric"]) for r in rows)
    for part in (
        "questions in topic",
        "tuning zh key-point precision",
        "tuning en key-point recall",
        "misconception precision",
        "question matching",
        "answers/s",
    ):
        assert part in metrics, part


def test_paraphrase_set_has_both_splits_and_names_real_ids() -> None:
    from interviewer.bank.loader import load_dirs
    from interviewer.loader import builtin_dir

    bank = load_dirs([builtin_dir("bank")])
    items = bench_bank._read(bench_bank.PARAPHRASES)
    assert len(items) >= 60
    assert {i["split"] for i in items} == {"tune", "untuned"}
    untuned = {i["question_id"] for i in items if i["split"] == "untuned"}
    tuned = {i["question_id"] for i in items if i["split"] == "tune"}
    assert not untuned & tuned  # an untuned question is never read while tuning
    for item in items:
        q = bank.get(item["question_id"])
        assert set(item["hit"]) <= {k.id for k in q.key_points}, item["id"]
        assert set(item["misconceptions"]) <= {m.id for m in q.misconceptions}, item["id"]
    rows = bench_bank._paraphrase_rows(items, bank)
    assert any("paraphrase set (untuned)" in str(r["metric"]) for r in rows)


def test_fresh_split_names_real_ids_and_gets_its_own_row() -> None:
    from interviewer.bank.loader import load_dirs
    from interviewer.loader import builtin_dir

    bank = load_dirs([builtin_dir("bank")])
    items = bench_bank._read(bench_bank.FRESH)
    assert items and {i["split"] for i in items} == {"fresh"}
    for item in items:
        q = bank.get(item["question_id"])
        assert set(item["hit"]) <= {k.id for k in q.key_points}, item["id"]
        assert set(item["misconceptions"]) <= {m.id for m in q.misconceptions}, item["id"]
    rows = bench_bank._paraphrase_rows(items, bank)
    assert any("paraphrase set (fresh)" in str(r["metric"]) for r in rows)


@pytest.mark.parametrize(
    ("path", "split", "least"),
    [
        (bench_bank.UNTOUCHED2_ANSWERS, "untouched2", 40),
        (bench_bank.UNTOUCHED3_ANSWERS, "untouched3", 60),
        (bench_bank.UNTOUCHED4_ANSWERS, "untouched4", 60),
        (bench_bank.UNTOUCHED5_ANSWERS, "untouched5", 60),
    ],
)
def test_untouched_answer_split_names_real_ids_and_gets_its_own_row(
    path: Path, split: str, least: int
) -> None:
    from interviewer.bank.loader import load_dirs
    from interviewer.loader import builtin_dir

    bank = load_dirs([builtin_dir("bank")])
    items = bench_bank._read(path)
    assert len(items) >= least and {i["split"] for i in items} == {split}
    assert {i["lang"] for i in items} == {"zh", "en"}
    # a belief reported and corrected is never labelled as the speaker's misconception
    assert all(not i["misconceptions"] for i in items if i["voice"] == "reported")
    for item in items:
        q = bank.get(item["question_id"])
        assert set(item["hit"]) <= {k.id for k in q.key_points}, item["id"]
        assert set(item["misconceptions"]) <= {m.id for m in q.misconceptions}, item["id"]
    rows = bench_bank._paraphrase_rows(items, bank)
    assert any(f"paraphrase set ({split})" in str(r["metric"]) for r in rows)


@pytest.mark.parametrize(
    ("path", "family"),
    [(bench_bank.UNTOUCHED6, "model"), (bench_bank.UNTOUCHED7, "model_offbank")],
)
def test_untouched_question_split_names_real_ids(path: Path, family: str) -> None:
    from interviewer.bank.loader import load_dirs
    from interviewer.loader import builtin_dir

    bank = load_dirs([builtin_dir("bank")])
    items = bench_bank._read(path)
    assert len(items) >= 80 and any(i["question_id"] is None for i in items)
    for item in items:
        for qid in [item["question_id"], *item.get("also", [])]:
            assert qid is None or qid in bank.questions, item["text"]
    rows = bench_bank._match_family_rows("x", items, bank)
    assert any(f"[{family}]" in str(r["metric"]) for r in rows)


def test_free_text_misconception_row() -> None:
    from interviewer.bank.loader import load_dirs
    from interviewer.loader import builtin_dir

    bank = load_dirs([builtin_dir("bank")])
    items = bench_bank._read(bench_bank.UNTOUCHED3_ANSWERS)[:12]
    rows = bench_bank._free_rows(items, bank)
    assert len(rows) == 1 and "asserted_misconceptions" in str(rows[0]["metric"])
