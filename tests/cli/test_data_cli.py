"""`interviewer personas|rubrics list|show|validate` on the shipped files and on broken ones."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from interviewer.cli import cli
from interviewer.loader import builtin_dir
from interviewer.schemas import Persona, Rubric

GOOD = textwrap.dedent("""\
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
        name: {zh: 影响力, en: Impact}
        questions:
          zh: [讲一个你做过的最有影响的项目。]
          en: [Tell me about the project with the most impact.]
    """)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


@pytest.fixture
def user_personas(app_home: Path) -> Path:
    folder = app_home / "personas"
    folder.mkdir()
    (folder / "mini.yaml").write_text(GOOD, encoding="utf-8")
    (folder / "ghost.yaml").write_text(
        GOOD.replace("id: mini", "id: ghost").replace("rubric: star", "rubric: nope"),
        encoding="utf-8",
    )
    (folder / "typo.yaml").write_text(
        GOOD.replace("questions: 2", "questions: two"), encoding="utf-8"
    )
    return folder


def test_personas_list_shows_shipped_ones() -> None:
    code, out = run("personas", "list")
    assert code == 0
    for pid in ("leader", "hr", "deep_dive"):
        assert pid in out
    assert str(builtin_dir("personas") / "leader.yaml") in out
    assert "Broken" not in out


def test_personas_list_json_and_languages() -> None:
    code, out = run("personas", "list", "--json", "--lang", "zh")
    assert code == 0
    data = json.loads(out)
    rows = {r["id"]: r for r in data["personas"]}
    assert set(rows) >= {"leader", "hr", "deep_dive"} and data["problems"] == []
    leader = Persona.model_validate(
        yaml.safe_load((builtin_dir("personas") / "leader.yaml").read_text(encoding="utf-8"))
    )
    assert rows["leader"]["name"] == leader.name.zh
    assert rows["leader"]["description"] == leader.description.zh
    assert (rows["leader"]["rubric"], rows["leader"]["questions"], rows["leader"]["depth"]) == (
        leader.rubric,
        leader.questions,
        leader.followup_depth,
    )
    en = {r["id"]: r for r in json.loads(run("personas", "list", "--json")[1])["personas"]}
    assert en["leader"]["name"] == leader.name.en


def test_list_reports_broken_files_and_missing_rubrics_but_succeeds(user_personas: Path) -> None:
    code, out = run("personas", "list")
    assert code == 0
    assert "mini" in out and "leader" in out
    broken = out.split("Broken files")[1]
    assert str(user_personas / "typo.yaml") in broken and "questions" in broken
    assert str(user_personas / "ghost.yaml") in broken and "rubric 'nope' does not exist" in broken

    data = json.loads(run("personas", "list", "--json")[1])
    problems = {Path(p["path"]).name: p for p in data["problems"]}
    assert set(problems) == {"typo.yaml", "ghost.yaml"}
    assert problems["typo.yaml"]["field"] == "questions"
    assert "integer" in problems["typo.yaml"]["message"]
    assert problems["ghost.yaml"]["field"] == "rubric"


def test_validate_exits_1_naming_path_field_and_expectation(user_personas: Path) -> None:
    code, out = run(
        "personas",
        "validate",
        str(user_personas / "mini.yaml"),
        str(user_personas / "typo.yaml"),
        str(user_personas / "ghost.yaml"),
    )
    assert code == 1
    assert f"ok  {user_personas / 'mini.yaml'}" in out
    assert str(user_personas / "typo.yaml") in out and "field questions" in out
    assert "valid integer" in out
    assert "rubric 'nope' does not exist" in out and "hint:" in out


def test_validate_good_files_exits_0(user_personas: Path) -> None:
    code, out = run(
        "personas",
        "validate",
        str(user_personas / "mini.yaml"),
        *map(str, sorted(builtin_dir("personas").glob("*.yaml"))),
    )
    assert code == 0, out
    assert out.count("ok  ") == 4


def test_validate_without_files_checks_everything_loaded(user_personas: Path) -> None:
    code, out = run("personas", "validate", "--json")
    assert code == 1
    data = json.loads(out)
    assert {Path(p["path"]).name for p in data["problems"]} == {"typo.yaml", "ghost.yaml"}
    assert {o["id"] for o in data["ok"]} >= {"mini", "leader"}
    assert "ghost" not in {o["id"] for o in data["ok"]}
    (user_personas / "typo.yaml").unlink()
    (user_personas / "ghost.yaml").unlink()
    assert run("personas", "validate")[0] == 0


def test_validate_lists_every_problem_of_a_file(tmp_path: Path) -> None:
    data = yaml.safe_load(GOOD)
    data.update(questions="two", colour="red")
    del data["tone"]
    path = tmp_path / "many.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    code, out = run("personas", "validate", "--json", str(path))
    assert code == 1
    fields = {p["field"] for p in json.loads(out)["problems"]}
    assert fields == {"questions", "colour", "tone"}


@pytest.mark.parametrize(
    "content,expected",
    [
        (b"", "is empty"),
        (b"id: x\n\tname: y\n", "tabs"),
        ("id: 面试\n".encode("gbk"), "not UTF-8"),
        (b"- a\n- b\n", "mapping"),
    ],
)
def test_validate_unreadable_files(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    code, out = run("personas", "validate", str(path))
    assert code == 1 and expected in out and str(path) in out


def test_validate_missing_file(tmp_path: Path) -> None:
    code, out = run("rubrics", "validate", str(tmp_path / "nope.yaml"))
    assert code == 1 and "does not exist" in out


def test_persona_show_text_has_topics_and_questions() -> None:
    persona = Persona.model_validate(
        yaml.safe_load((builtin_dir("personas") / "deep_dive.yaml").read_text(encoding="utf-8"))
    )
    for lang in ("zh", "en"):
        code, out = run("personas", "show", "deep_dive", "--lang", lang)
        assert code == 0
        assert persona.name.get(lang) in out and persona.tone.get(lang) in out
        for topic in persona.topics:
            assert f"[{topic.id}] {topic.name.get(lang)}" in out
            for q in topic.questions.get(lang):
                assert q in out


def test_persona_show_json_and_yaml_are_the_whole_file() -> None:
    path = builtin_dir("personas") / "hr.yaml"
    persona = Persona.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    code, out = run("personas", "show", "hr", "--json")
    assert code == 0 and Persona.model_validate(json.loads(out)) == persona
    code, out = run("personas", "show", "hr", "--yaml")
    assert code == 0 and Persona.model_validate(yaml.safe_load(out)) == persona
    assert "面" in out  # Chinese kept as text, not escaped


def test_show_unknown_id_exits_1_with_the_known_ids() -> None:
    code, out = run("personas", "show", "nobody")
    assert code == 1 and "no persona 'nobody'" in out and "leader" in out
    code, out = run("rubrics", "show", "nothing")
    assert code == 1 and "no rubric 'nothing'" in out and "star" in out


def test_rubrics_list_and_show_levels_table() -> None:
    code, out = run("rubrics", "list", "--json")
    assert code == 0
    rows = {r["id"]: r for r in json.loads(out)["rubrics"]}
    assert {"star", "metrics", "tradeoffs"} <= set(rows["star"]["criteria"])

    rubric = Rubric.model_validate(
        yaml.safe_load((builtin_dir("rubrics") / "star.yaml").read_text(encoding="utf-8"))
    )
    code, out = run("rubrics", "show", "star", "--lang", "en")
    assert code == 0
    for c in rubric.criteria:
        assert f"[{c.id}] {c.name.en}" in out
        section = out.split(f"[{c.id}] ")[1]
        for level in c.levels:
            first_words = " ".join(level.description.en.split()[:3])
            assert f"{level.score}      {first_words}" in section.replace("\n  ", "\n")
    code, out = run("rubrics", "show", "star", "--json")
    assert Rubric.model_validate(json.loads(out)) == rubric


def test_rubric_validate_rejects_bad_levels(tmp_path: Path) -> None:
    data = yaml.safe_load((builtin_dir("rubrics") / "star.yaml").read_text(encoding="utf-8"))
    data["criteria"][1]["levels"] = data["criteria"][1]["levels"][:4]
    path = tmp_path / "four.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    code, out = run("rubrics", "validate", str(path))
    assert code == 1 and "criteria.1.levels" in out and "1..5" in out


def test_broken_user_rubric_leaves_personas_working(app_home: Path) -> None:
    folder = app_home / "rubrics"
    folder.mkdir()
    (folder / "star.yaml").write_text("id: star\nname: broken\n", encoding="utf-8")
    code, out = run("rubrics", "list")
    assert code == 0 and str(folder / "star.yaml") in out.split("Broken files")[1]
    # The shipped star rubric was replaced by nothing valid, so it stays the shipped one.
    ids = {r["id"] for r in json.loads(run("rubrics", "list", "--json")[1])["rubrics"]}
    assert ids >= {"star", "hr"}
    assert run("personas", "show", "leader")[0] == 0


def test_persona_whose_rubric_file_is_broken_points_at_that_file(app_home: Path) -> None:
    (app_home / "rubrics").mkdir()
    (app_home / "rubrics" / "team.yaml").write_text("id: team\ncriteria: []\n", encoding="utf-8")
    (app_home / "personas").mkdir()
    (app_home / "personas" / "mine.yaml").write_text(
        GOOD.replace("id: mini", "id: mine").replace("rubric: star", "rubric: team"),
        encoding="utf-8",
    )
    code, out = run("personas", "list", "--json")
    [problem] = json.loads(out)["problems"]
    assert problem["field"] == "rubric" and "rubric 'team' does not exist" in problem["message"]
    assert str(app_home / "rubrics" / "team.yaml") in problem["hint"]
