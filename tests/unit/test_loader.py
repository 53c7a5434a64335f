"""Persona and rubric files: shipped ones are valid; every kind of broken file is reported
with its path and field while the valid files keep working."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from interviewer.config import load_settings
from interviewer.errors import DataFileError, NotFoundError
from interviewer.loader import (
    MAX_DATA_FILE_BYTES,
    builtin_dir,
    load_personas,
    load_rubrics,
    validate_file,
)
from interviewer.schemas import Persona, Rubric

PERSONA = textwrap.dedent("""\
    id: mini
    name: {zh: 迷你面试官, en: Mini interviewer}
    description: {zh: 用于测试的简短面试。, en: A short round used in tests.}
    tone: {zh: 直接, en: direct}
    rubric: star
    questions: 2
    followup_depth: 1
    opening: {zh: 你好，我们开始吧。, en: "Hello, let us start."}
    wrapup: {zh: 谢谢。, en: Thank you.}
    topics:
      - id: impact
        name: {zh: 影响, en: Impact}
        questions:
          zh: [讲一个你做过的最有影响的项目。]
          en: [Tell me about the project with the most impact.]
      - id: failure
        name: {zh: 失败, en: Failure}
        probes: [failure]
        questions:
          zh: [讲一次失败。]
          en: [Tell me about a failure.]
    """)


def _levels(scores: list[int]) -> str:
    return "".join(f"      - score: {s}\n        description: level {s}\n" for s in scores)


def rubric_text(rid: str = "tiny", scores: tuple[int, ...] = (1, 2, 3, 4, 5)) -> str:
    return (
        f"id: {rid}\nname: Tiny\ndescription: A one-criterion rubric.\ncriteria:\n"
        "  - id: clarity\n    name: {zh: 清晰, en: Clarity}\n    weight: 1\n"
        "    description: Is it clear?\n    evidence: Sentences that explain.\n"
        "    levels:\n" + _levels(list(scores))
    )


def persona_with(**changes: object) -> str:
    data = yaml.safe_load(PERSONA)
    for key, value in changes.items():
        if value is None:
            data.pop(key)
        else:
            data[key] = value
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def billion_laughs(levels: int = 9, fanout: int = 9) -> str:
    lines = ['a0: &a0 "lol"']
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * fanout) + "]")
    return "\n".join(lines) + f"\nid: bomb\ntopics: *a{levels}\n"


# ------------------------------------------------------------------ shipped files


def _shipped(kind: str) -> list[Path]:
    return sorted(builtin_dir(kind).glob("*.yaml"))


@pytest.mark.parametrize("path", _shipped("personas"), ids=lambda p: p.name)
def test_shipped_persona_is_valid(path: Path) -> None:
    persona = validate_file(path, Persona)
    assert persona.id == path.stem
    rubric_ids = {p.stem for p in _shipped("rubrics")}
    assert persona.rubric in rubric_ids
    for topic in persona.topics:
        assert topic.questions.zh and topic.questions.en, f"{topic.id} needs zh and en questions"


@pytest.mark.parametrize("path", _shipped("rubrics"), ids=lambda p: p.name)
def test_shipped_rubric_is_valid(path: Path) -> None:
    rubric = validate_file(path, Rubric)
    assert rubric.id == path.stem
    for c in rubric.criteria:
        assert [lv.score for lv in c.levels] == [1, 2, 3, 4, 5]


def test_shipped_files_are_present() -> None:
    assert {p.stem for p in _shipped("personas")} >= {"leader", "hr", "deep_dive"}
    assert {p.stem for p in _shipped("rubrics")} >= {"star", "hr"}


# ------------------------------------------------------------------ broken files, one kind each


BAD_PERSONAS: dict[str, tuple[bytes, str | None, list[str]]] = {
    # name: (file bytes, expected field, words the message or hint must contain)
    "tabs": (
        PERSONA.replace("\nquestions: 2", "\n\tquestions: 2").encode(),
        None,
        ["not valid YAML", "line 6", "tabs"],
    ),
    "unknown_field": (persona_with(colour="red").encode(), "colour", ["unknown field"]),
    "wrong_type": (persona_with(questions="many").encode(), "questions", ["integer"]),
    "out_of_range": (persona_with(questions=99).encode(), "questions", ["30"]),
    "missing_field": (persona_with(tone=None).encode(), "tone", ["required field is missing"]),
    "not_utf8": (PERSONA.encode("gbk"), None, ["not UTF-8", "save the file as UTF-8"]),
    "empty": (b"", None, ["is empty"]),
    "only_comments": (b"# nothing here yet\n", None, ["is empty"]),
    "a_list": (b"- id: x\n- id: y\n", None, ["mapping", "list"]),
    "a_string": (b"just some words\n", None, ["mapping", "str"]),
    "duplicate_topics": (
        persona_with(topics=[yaml.safe_load(PERSONA)["topics"][0]] * 2).encode(),
        "topics",
        ["topic ids must be unique", "impact"],
    ),
    "unknown_probe": (
        persona_with(focus=["metrics", "charisma"]).encode(),
        "focus",
        ["charisma", "gap id"],
    ),
    "bad_id": (persona_with(id="Mini Persona").encode(), "id", ["pattern"]),
    "no_topics": (persona_with(topics=[]).encode(), "topics", ["at least 1"]),
    "billion_laughs": (billion_laughs().encode(), None, ["aliases"]),
    "unclosed_quote": (b'id: "mini\nname: x\n', None, ["not valid YAML"]),
}


@pytest.mark.parametrize("case", sorted(BAD_PERSONAS))
def test_broken_persona_is_reported_and_the_rest_still_load(case: str, app_home: Path) -> None:
    content, field, words = BAD_PERSONAS[case]
    folder = app_home / "personas"
    folder.mkdir()
    (folder / "good.yaml").write_text(PERSONA, encoding="utf-8")
    bad = folder / f"{case}.yaml"
    bad.write_bytes(content)

    catalog = load_personas(load_settings())

    assert "mini" in catalog.items and catalog.sources["mini"] == folder / "good.yaml"
    assert {"leader", "hr", "deep_dive"} <= set(catalog.items)  # shipped ones unaffected
    [err] = catalog.errors
    assert err.path == str(bad)
    assert err.field == field
    text = str(err)
    assert text.startswith(str(bad))
    for word in words:
        assert word.lower() in text.lower(), f"{word!r} not in {text!r}"
    if field:
        assert f"field '{field}'" in text
    assert "Traceback" not in text


def test_wrong_type_message_says_what_is_expected(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(persona_with(followup_depth="deep"), encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        validate_file(path, Persona)
    assert info.value.field == "followup_depth"
    assert "valid integer" in info.value.message and info.value.hint


def test_nested_field_path_is_named(tmp_path: Path) -> None:
    data = yaml.safe_load(PERSONA)
    data["topics"][1]["kind"] = "gossip"
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        validate_file(path, Persona)
    assert info.value.field == "topics.1.kind"
    assert "'project'" in info.value.message  # lists the allowed kinds


BAD_RUBRICS: dict[str, tuple[str, str | None, list[str]]] = {
    "four_levels": (rubric_text(scores=(1, 2, 3, 4)), "criteria.0.levels", ["1..5"]),
    "repeated_level": (rubric_text(scores=(1, 2, 3, 3, 5)), "criteria.0.levels", ["1..5"]),
    "level_six": (rubric_text(scores=(1, 2, 3, 4, 6)), "criteria.0.levels.4.score", ["5"]),
    "level_zero": (rubric_text(scores=(0, 1, 2, 3, 4)), "criteria.0.levels.0.score", ["1"]),
    "zero_weight": (
        rubric_text().replace("weight: 1", "weight: 0"),
        "criteria.0.weight",
        ["greater than 0"],
    ),
    "no_evidence": (
        rubric_text().replace("    evidence: Sentences that explain.\n", ""),
        "criteria.0.evidence",
        ["required field is missing"],
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_RUBRICS))
def test_broken_rubric_is_reported_and_the_rest_still_load(case: str, app_home: Path) -> None:
    content, field, words = BAD_RUBRICS[case]
    folder = app_home / "rubrics"
    folder.mkdir()
    (folder / "tiny.yaml").write_text(rubric_text(), encoding="utf-8")
    bad = folder / f"{case}.yaml"
    bad.write_text(content, encoding="utf-8")

    catalog = load_rubrics(load_settings())

    assert {"tiny", "star", "hr"} <= set(catalog.items)
    [err] = catalog.errors
    assert (err.path, err.field) == (str(bad), field)
    for word in words:
        assert word in err.message, f"{word!r} not in {err.message!r}"


def test_duplicate_criteria_are_reported(tmp_path: Path) -> None:
    data = yaml.safe_load(rubric_text())
    data["criteria"].append(data["criteria"][0])
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(DataFileError, match="criterion ids must be unique") as info:
        validate_file(path, Rubric)
    assert info.value.field == "criteria"


def test_oversized_file_is_refused_without_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# " + b"x" * MAX_DATA_FILE_BYTES + b"\n")
    with pytest.raises(DataFileError, match="limited to 1 MB"):
        validate_file(path, Persona)


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + PERSONA.encode("utf-8"))
    assert validate_file(path, Persona).name.zh == "迷你面试官"


def test_yml_extension_and_user_override_of_a_builtin(app_home: Path) -> None:
    folder = app_home / "personas"
    folder.mkdir()
    (folder / "mine.yml").write_text(PERSONA.replace("id: mini", "id: leader"), encoding="utf-8")
    catalog = load_personas(load_settings())
    assert catalog.get("leader").name.en == "Mini interviewer"
    assert catalog.sources["leader"] == folder / "mine.yml"


def test_extra_directory_from_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "team-personas"
    extra.mkdir()
    (extra / "team.yaml").write_text(PERSONA.replace("id: mini", "id: team"), encoding="utf-8")
    monkeypatch.setenv("INTERVIEWER_PERSONAS_DIR", str(extra))
    assert "team" in load_personas(load_settings()).items


def test_get_unknown_or_broken_id_explains(app_home: Path) -> None:
    folder = app_home / "personas"
    folder.mkdir()
    (folder / "broken.yaml").write_text("id: broken\n", encoding="utf-8")
    catalog = load_personas(load_settings())
    with pytest.raises(NotFoundError) as info:
        catalog.get("nobody")
    assert "leader" in (info.value.hint or "")
    with pytest.raises(NotFoundError) as info:
        catalog.get("broken")
    assert "that file is broken" in (info.value.hint or "")


def test_persona_with_missing_rubric_is_reported(app_home: Path) -> None:
    from interviewer.cli.data import persona_reference_errors

    folder = app_home / "personas"
    folder.mkdir()
    (folder / "ghost.yaml").write_text(
        PERSONA.replace("id: mini", "id: ghost").replace("rubric: star", "rubric: nope"),
        encoding="utf-8",
    )
    settings = load_settings()
    personas, rubrics = load_personas(settings), load_rubrics(settings)
    [err] = persona_reference_errors(personas, rubrics.ids())
    assert (err.path, err.field) == (str(folder / "ghost.yaml"), "rubric")
    assert "rubric 'nope' does not exist" in err.message and "star" in (err.hint or "")


# ------------------------------------------------------------------ YAML alias bombs


def test_billion_laughs_is_refused_before_expansion(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(billion_laughs(levels=30, fanout=10), encoding="utf-8")
    with pytest.raises(DataFileError, match="YAML aliases"):
        validate_file(path, Persona)


_BOUNDED_LOAD = """
import resource, sys
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))
from interviewer.errors import DataFileError
from interviewer.loader import validate_file
from interviewer.schemas import Persona
try:
    validate_file(Path(sys.argv[1]), Persona)
except DataFileError as e:
    print("rejected:", e.message[:200])
"""


def test_alias_graph_just_under_the_guard_stays_small(tmp_path: Path) -> None:
    """25 levels of 2 aliases each would be 2**25 nodes if expanded; loading must not expand it."""
    pytest.importorskip("resource")
    path = tmp_path / "wide.yaml"
    path.write_text(billion_laughs(levels=25, fanout=2), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", _BOUNDED_LOAD, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("rejected:")


# ------------------------------------------------------------------ libyaml and the guarded loader


def _shipped_yaml() -> list[Path]:
    root = Path(__file__).resolve().parents[2]
    return sorted(
        [*(root / "bank").glob("*.yaml"), *(root / "interviewer" / "data").rglob("*.yaml")]
    )[::4]


@pytest.mark.parametrize("path", _shipped_yaml(), ids=lambda p: p.name)
def test_libyaml_reads_shipped_files_as_the_guarded_loader_does(path: Path) -> None:
    from interviewer.loader import _GuardedLoader, _load_yaml

    text = path.read_text(encoding="utf-8")
    assert _load_yaml(text) == yaml.load(text, Loader=_GuardedLoader)  # noqa: S506


def test_a_syntax_error_reads_the_same_with_or_without_libyaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import interviewer.loader as loader

    path = tmp_path / "broken.yaml"
    path.write_text("id: x\nname: {zh: a, en: b\ntone:\n\t- direct\n", encoding="utf-8")
    messages = []
    for fast in (loader._FAST_LOADER, None):
        monkeypatch.setattr(loader, "_FAST_LOADER", fast)
        with pytest.raises(DataFileError) as err:
            validate_file(path, Persona)
        messages.append((err.value.message, err.value.hint))
    assert messages[0] == messages[1]
    assert "line" in messages[0][0]


def test_the_alias_limit_holds_on_the_libyaml_path(tmp_path: Path) -> None:
    from interviewer.loader import _FAST_LOADER, _load_yaml

    if _FAST_LOADER is None:
        pytest.skip("PyYAML was built without libyaml")
    ok = "base: &a [1, 2]\n" + "".join(f"k{i}: *a\n" for i in range(50))
    assert len(_load_yaml(ok)) == 51
    with pytest.raises(yaml.YAMLError, match="aliases"):
        _load_yaml(ok + "k50: *a\n")
