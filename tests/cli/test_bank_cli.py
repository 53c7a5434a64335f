"""`interviewer bank list|show|validate|match` through the real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from interviewer.loader import builtin_dir


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "interviewer", "bank", *args],
        capture_output=True,
        text=True,
        # `bank validate` runs the key-point detector over every question's examples (~12 CPU-s
        # alone); on two cores shared with a whole test run it once passed 60 s
        timeout=240,
    )


def test_list_json_follows_the_contract() -> None:
    proc = run("list", "--json")
    assert proc.returncode == 0, proc.stderr
    items = json.loads(proc.stdout)
    assert items and {i["topic"] for i in items} >= {"sampling", "vllm"}
    for item in items:
        assert set(item) == {
            "id",
            "topic",
            "kind",
            "level",
            "text",
            "key_points",
            "misconceptions",
            "hint",
        }
        assert set(item["text"]) == {"zh", "en"} and set(item["hint"]) == {"zh", "en"}
        assert all(set(k) == {"zh", "en"} for k in item["key_points"] + item["misconceptions"])
        assert item["kind"] in ("technical", "design") and item["level"] in (1, 2, 3)


def test_list_by_topic_and_unknown_topic() -> None:
    proc = run("list", "--topic", "vllm", "--json")
    assert {i["topic"] for i in json.loads(proc.stdout)} == {"vllm"}
    bad = run("list", "--topic", "nope")
    assert bad.returncode == 1 and "no bank topic 'nope'" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_show_prints_key_hint_outline_and_sources() -> None:
    proc = run("show", "vllm.paged_attention", "--lang", "zh")
    assert proc.returncode == 0
    for part in ("Key points:", "Misconceptions:", "Hint:", "Model answer outline:", "Sources:"):
        assert part in proc.stdout
    missing = run("show", "vllm.nope")
    assert missing.returncode == 1 and "no bank question" in missing.stderr


def test_validate_all_is_green_and_a_bad_file_names_file_and_field(tmp_path: Path) -> None:
    assert run("validate").returncode == 0
    bad = tmp_path / "bad.yaml"
    text = (builtin_dir("bank") / "sampling.yaml").read_text(encoding="utf-8")
    bad.write_text(text.replace("level: 1", "level: 7", 1), encoding="utf-8")
    proc = run("validate", str(bad))
    assert proc.returncode == 1
    assert str(bad) in proc.stderr and "questions.0.level" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_match_says_when_there_is_no_key() -> None:
    hit = json.loads(run("match", "PagedAttention 是怎么节省显存的？", "--json").stdout)
    assert hit["key"]["id"] == "vllm.paged_attention"
    miss = run("match", "Why do you want to leave your current job?")
    assert "no answer key" in miss.stdout


def test_match_refuses_what_grading_refuses_and_says_why() -> None:
    # names a bank topic, but asks about the candidate's own project: grading uses no key here
    own = "Your resume says you used PagedAttention in vLLM to save KV cache memory. Who decided the budget?"
    out = json.loads(run("match", own, "--json").stdout)
    assert out["key"] is None and "own work" in out["why_none"]
    assert out["candidates"][0]["id"] == "vllm.paged_attention"  # the topic is recognised
    assert "no answer key: " + out["why_none"] in run("match", own).stdout
