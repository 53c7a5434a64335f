"""Bank files: errors name the file, the field and what is expected; user files join the bank."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from interviewer.bank.loader import load_bank, load_file
from interviewer.bank.validate import file_problems
from interviewer.config import Settings
from interviewer.errors import DataFileError
from interviewer.loader import builtin_dir

SAMPLING = builtin_dir("bank") / "sampling.yaml"


def edited(tmp_path: Path, change) -> Path:
    data = yaml.safe_load(SAMPLING.read_text(encoding="utf-8"))
    change(data)
    out = tmp_path / "sampling.yaml"
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


def test_unknown_field_is_named(tmp_path: Path) -> None:
    path = edited(tmp_path, lambda d: d["questions"][0].update(answer="x"))
    with pytest.raises(DataFileError) as e:
        load_file(path)
    assert e.value.field == "questions.0.answer" and str(path) in str(e.value)
    assert "unknown field" in str(e.value)


def test_level_out_of_range_is_named(tmp_path: Path) -> None:
    path = edited(tmp_path, lambda d: d["questions"][1].update(level=4))
    with pytest.raises(DataFileError) as e:
        load_file(path)
    assert e.value.field == "questions.1.level" and "less than or equal to 3" in str(e.value)


def test_unknown_concept_in_a_claim_is_named(tmp_path: Path) -> None:
    def change(d: dict) -> None:
        d["questions"][0]["key_points"][1]["claims"][0]["all"] = ["top_kk", "fixed_count"]

    with pytest.raises(DataFileError) as e:
        load_file(edited(tmp_path, change))
    assert e.value.field == "questions.0.key_points.1.claims.0.all.0"
    assert "unknown concept 'top_kk'" in str(e.value)


def test_yaml_boolean_term_is_explained(tmp_path: Path) -> None:
    path = edited(tmp_path, lambda d: d["concepts"]["top_p"]["terms"]["en"].append(False))
    with pytest.raises(DataFileError) as e:
        load_file(path)
    assert e.value.field == "concepts.top_p.terms.en" and "put it in quotes" in str(e.value)


def test_self_check_catches_a_claim_with_the_wrong_direction(tmp_path: Path) -> None:
    def change(d: dict) -> None:
        kp = d["questions"][1]["key_points"][1]  # top_p_direction / less_diverse
        kp["claims"] = [
            {"all": ["top_p", "diversity"], "change": {"top_p": "down", "diversity": "up"}}
        ]

    _, problems = file_problems(edited(tmp_path, change))
    fields = {p.field for p in problems}
    assert "questions.1.key_points.1.en" in fields and "questions.1.key_points.1.zh" in fields


def test_user_topic_replaces_the_shipped_one_and_new_topics_join(app_home: Path) -> None:
    user = app_home / "bank"
    user.mkdir()
    shutil.copy(SAMPLING, user / "sampling.yaml")
    data = yaml.safe_load(SAMPLING.read_text(encoding="utf-8"))
    data["topic"] = "my_topic"
    data["questions"] = data["questions"][:1]
    data["questions"][0]["id"] = "my_topic.knobs"
    (user / "mine.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    (user / "broken.yaml").write_text("topic: [", encoding="utf-8")
    bank = load_bank(Settings())
    assert bank.sources["sampling"] == user / "sampling.yaml"
    assert [q.id for q in bank.by_topic("my_topic")] == ["my_topic.knobs"]
    assert bank.get("my_topic.knobs").topic == "my_topic"
    assert len(bank.errors) == 1 and "broken.yaml" in bank.errors[0].path


def test_by_topic_filters_by_level() -> None:
    bank = load_bank(Settings())
    levels = {q.level for q in bank.by_topic("sampling", level=1)}
    assert levels == {1}
    assert bank.by_topic("no_such_topic") == []


def test_personas_may_name_bank_topics_and_the_bank_has_them() -> None:
    from interviewer.loader import load_personas
    from interviewer.schemas import Persona

    base = yaml.safe_load((builtin_dir("personas") / "deep_dive.yaml").read_text(encoding="utf-8"))
    persona = Persona.model_validate({**base, "bank_topics": ["sampling", "vllm"]})
    bank = load_bank(Settings())
    for topic in persona.bank_topics:
        assert bank.by_topic(topic, level=2), topic
    with pytest.raises(ValueError, match="bank topic ids"):
        Persona.model_validate({**base, "bank_topics": ["vllm", "vllm"]})
    assert all(
        p.bank_topics == [] or p.bank_topics for p in load_personas(Settings()).items.values()
    )


def test_grade_fields_follow_the_issue_17_contract() -> None:
    from interviewer.bank.grading import grade_fields

    bank = load_bank(Settings())
    q, result, fields = grade_fields(
        bank, "PagedAttention 是怎么节省显存的？", "It is an LRU eviction policy for the KV cache."
    )
    assert q is not None and result is not None
    assert fields["key"]["id"] == "vllm.paged_attention" and 0 < fields["key"]["confidence"] <= 1
    assert fields["key_points"]["misconceptions"] == ["eviction_policy"]
    assert set(fields["key_points"]) == {"hit", "missed", "misconceptions"}
    none_q, none_r, empty = grade_fields(bank, "Why do you want to leave your job?", "money")
    assert none_q is None and none_r is None and empty == {"key": None, "key_points": None}


def test_grade_fields_use_a_key_only_where_the_grader_does() -> None:
    # One decision of whether a key is used (grading.keys.key_for): a question about the
    # candidate's own project or story takes no key, whatever bank question it resembles.
    from interviewer.bank.grading import grade_fields
    from interviewer.grading.keys import key_for

    bank = load_bank(Settings())
    asked = "PagedAttention 是怎么节省显存的？"
    q, _, fields = grade_fields(bank, asked, "分块存 KV cache。", kind="technical")
    choice = key_for(bank, asked, None, "technical")
    assert q is not None and choice is not None and fields["key"]["id"] == choice.key.id
    for kind in ("project", "behavioral"):
        none_q, _, empty = grade_fields(bank, asked, "分块存 KV cache。", kind=kind)
        assert none_q is None and empty == {"key": None, "key_points": None}


def test_a_loaded_bank_is_reused_until_a_file_changes(tmp_path: Path) -> None:
    # Loading and matching cost seconds; each Services/CLI call must not pay them again, but an
    # edited or new user file must be read.
    from interviewer.bank.loader import load_dirs

    shipped = builtin_dir("bank")
    first = load_dirs([shipped, tmp_path])
    assert load_dirs([shipped, tmp_path]) is first
    copy = tmp_path / SAMPLING.name
    shutil.copy(SAMPLING, copy)
    again = load_dirs([shipped, tmp_path])
    assert again is not first
    assert copy in again.sources.values()
    copy.write_text(copy.read_text(encoding="utf-8").replace("level: 1", "level: 2", 1), "utf-8")
    assert load_dirs([shipped, tmp_path]) is not again


def test_relation_library_concepts_join_the_files_that_name_them(tmp_path: Path) -> None:
    """A claim may name a relation word from interviewer/bank/relations.yaml without defining it;
    only the named ones (and their rivals) are loaded, and a file's own concept of the same id
    wins."""
    from interviewer.bank.schema import relations

    assert {"shard", "freeze", "evict", "every_time", "at_least_once"} <= set(relations())

    def change(d: dict) -> None:
        d["questions"][0]["key_points"][0]["claims"].append({"all": ["top_p", "every_time"]})

    bank = load_file(edited(tmp_path, change))
    q = bank.questions[0]
    assert "every_time" in q.concepts and "at_least_once" in q.concepts  # its rival too
    assert "shard" not in q.concepts  # not named: not loaded
    assert "shard" not in load_file(SAMPLING).questions[0].concepts


def test_relation_words_tell_a_swap_apart() -> None:
    """'B starts at zero' shows the key point; 'A starts at zero, B random' does not."""
    from interviewer.bank import detect

    bank = load_file(builtin_dir("bank") / "lora.yaml")
    q = next(x for x in bank.questions if x.id == "lora.init_scaling")
    assert (
        "b_zero"
        in detect(q, "The B matrix begins as all zeros and A is drawn at random.").hit_ids()
    )
    assert "b_zero" not in detect(q, "A is set to zero while B gets a random init.").hit_ids()
    assert "b_zero" not in detect(q, "A 初始化成全零，B 随机初始化。").hit_ids()
