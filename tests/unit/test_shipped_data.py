"""The shipped personas, rubrics and follow-up templates load, fit together and are well-formed."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewer.config import Settings
from interviewer.engine.fit import plan_words, template_families
from interviewer.errors import DataFileError
from interviewer.loader import builtin_dir, load_personas, load_rubrics, read_yaml, validate_file
from interviewer.schemas import GAP_IDS, LANGS, Persona, Rubric

PERSONA_FILES = sorted(builtin_dir("personas").glob("*.y*ml"))
RUBRIC_FILES = sorted(builtin_dir("rubrics").glob("*.y*ml"))
FOLLOWUPS_FILE = Path(__file__).resolve().parents[2] / "interviewer" / "data" / "followups.yaml"

QUESTION_FIELDS = {"project", "role", "metric", "skill"}
FOLLOWUP_FIELDS = {
    "quote",
    "project",
    "metric",
    "detail",
    "source",
    "hint",
    "question",
    "meant",
    "either",
}
#: Gaps whose answer must not be quoted back (nothing to quote, or an injected instruction).
NEVER_QUOTED = ("empty", "offtopic", "injection", "stuck", "clarify")
CJK = re.compile(r"[\u4e00-\u9fff]")


def fields(template: str) -> set[str]:
    """Placeholder names in a str.format template; a stray brace fails the test."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as e:
        pytest.fail(f"bad braces in template {template!r}: {e}")
    names = set()
    for _, name, spec, conv in parsed:
        if name is None:
            continue
        assert not spec and not conv, f"format spec or conversion in {template!r}"
        names.add(name)
    return names


def persona(path: Path) -> Persona:
    return validate_file(path, Persona)


def all_questions(p: Persona, lang: str) -> Iterator[str]:
    for topic in p.topics:
        yield from topic.questions.get(lang)


def followup_bank() -> dict:
    data = read_yaml(FOLLOWUPS_FILE)
    assert isinstance(data, dict)
    return data


# ------------------------------------------------------------------ the expected files exist


def test_builtin_personas_and_rubrics_are_shipped() -> None:
    assert {p.stem for p in PERSONA_FILES} >= {"leader", "hr", "deep_dive"}
    assert {p.stem for p in RUBRIC_FILES} >= {"star", "hr"}


def test_catalogs_load_every_shipped_file_without_errors() -> None:
    settings = Settings()
    personas, rubrics = load_personas(settings), load_rubrics(settings)
    assert personas.errors == [] and rubrics.errors == []
    assert set(personas.ids()) >= {"leader", "hr", "deep_dive"}
    assert set(rubrics.ids()) >= {"star", "hr"}


# ------------------------------------------------------------------ rubrics


@pytest.mark.parametrize("path", RUBRIC_FILES, ids=lambda p: p.stem)
def test_rubric_validates_and_id_matches_file_name(path: Path) -> None:
    rubric = validate_file(path, Rubric)
    assert rubric.id == path.stem


@pytest.mark.parametrize("path", RUBRIC_FILES, ids=lambda p: p.stem)
def test_rubric_texts_are_complete_in_both_languages(path: Path) -> None:
    rubric = validate_file(path, Rubric)
    for c in rubric.criteria:
        texts = [c.name, c.description, c.evidence, *(level.description for level in c.levels)]
        for text in texts:
            assert CJK.search(text.zh), f"{c.id}: Chinese text has no Chinese: {text.zh!r}"
            assert not CJK.search(text.en), f"{c.id}: English text has Chinese: {text.en!r}"
        for lang in LANGS:
            assert c.signals.get(lang), f"{c.id}: no {lang} signals"
        descriptions = [level.description.en for level in c.levels]
        assert len(set(descriptions)) == 5, f"{c.id}: two levels share a description"


@pytest.mark.parametrize(
    ("rubric_id", "criteria"),
    [
        ("star", {"star", "metrics", "tradeoffs", "ownership", "depth", "failure", "correctness"}),
        ("hr", {"star", "specificity", "ownership", "reflection", "motivation"}),
    ],
)
def test_rubric_has_the_agreed_criterion_ids(rubric_id: str, criteria: set[str]) -> None:
    rubric = validate_file(builtin_dir("rubrics") / f"{rubric_id}.yaml", Rubric)
    assert {c.id for c in rubric.criteria} == criteria


# ------------------------------------------------------------------ personas


@pytest.mark.parametrize("path", PERSONA_FILES, ids=lambda p: p.stem)
def test_persona_validates_and_id_matches_file_name(path: Path) -> None:
    assert persona(path).id == path.stem


@pytest.mark.parametrize("path", PERSONA_FILES, ids=lambda p: p.stem)
def test_persona_rubric_exists_and_grades_every_topic_kind(path: Path) -> None:
    p = persona(path)
    rubric_path = builtin_dir("rubrics") / f"{p.rubric}.yaml"
    assert rubric_path.is_file(), f"{p.id} uses rubric '{p.rubric}', which is not shipped"
    rubric = validate_file(rubric_path, Rubric)
    for topic in p.topics:
        graded = [c.id for c in rubric.criteria if not c.applies_to or topic.kind in c.applies_to]
        assert graded, f"{p.id}/{topic.id}: no '{p.rubric}' criterion applies to {topic.kind}"


def _askable(questions: list[str]) -> dict[str, int]:
    """How many of a topic's questions can be put to a claim of each metric family (plan.yaml
    `metric_families`; a question asking one family's way of measuring is put only to its
    claims), and to a claim of none ("")."""
    per = {q: template_families(q) for q in questions}
    families = set(plan_words().metric_families)
    out = {"": sum(1 for f in per.values() if not f)}
    out.update({name: sum(1 for f in per.values() if not f or name in f) for name in families})
    return out


@pytest.mark.parametrize("path", PERSONA_FILES, ids=lambda p: p.stem)
def test_every_topic_has_questions_and_keywords_in_both_languages(path: Path) -> None:
    for topic in persona(path).topics:
        for lang in LANGS:
            # a handful of wordings for any one claim: a topic may hold more in all when its
            # questions about measurement are split by what the claimed number measures, and a
            # claim of no known family then has the few that ask no family's way of measuring
            questions = list(topic.questions.get(lang))
            assert len(questions) >= 3, f"{topic.id}: {lang} question count"
            for family, n in _askable(questions).items():
                assert 2 <= n <= 6, f"{topic.id}: {lang} question count ({family or 'any'})"
            words = [w.lower() for w in topic.keywords.get(lang)]
            assert 10 <= len(words) <= 25, f"{topic.id}: {lang} keyword count"
            assert len(set(words)) == len(words), f"{topic.id}: repeated {lang} keyword"
        for q in topic.questions.zh:
            assert CJK.search(q), f"{topic.id}: zh question is not Chinese: {q!r}"
        for q in topic.questions.en:
            assert not CJK.search(q), f"{topic.id}: en question contains Chinese: {q!r}"


@pytest.mark.parametrize("path", PERSONA_FILES, ids=lambda p: p.stem)
def test_question_placeholders_are_known(path: Path) -> None:
    p = persona(path)
    for lang in LANGS:
        for q in all_questions(p, lang):
            unknown = fields(q) - QUESTION_FIELDS
            assert not unknown, f"unknown placeholder(s) {unknown} in {q!r}"
        assert fields(p.opening.get(lang)) == {"questions"}, "opening must say {questions}"
        for text in (p.name, p.description, p.tone, p.wrapup, p.system_prompt):
            if text is not None:
                assert not fields(text.get(lang)), (
                    f"placeholder in a fixed text: {text.get(lang)!r}"
                )


@pytest.mark.parametrize("path", PERSONA_FILES, ids=lambda p: p.stem)
def test_project_topics_work_with_and_without_a_claimed_metric(path: Path) -> None:
    for topic in persona(path).topics:
        if topic.kind != "project":
            continue
        for lang in LANGS:
            qs = topic.questions.get(lang)
            assert any("metric" not in fields(q) for q in qs), (
                f"{topic.id}: every {lang} question needs {{metric}}; add one for résumés without numbers"
            )
            for q in qs:
                assert fields(q) & {"project", "metric"}, (
                    f"{topic.id}: not about the project: {q!r}"
                )


@pytest.mark.parametrize("path", PERSONA_FILES, ids=lambda p: p.stem)
def test_no_question_is_repeated_within_a_persona(path: Path) -> None:
    p = persona(path)
    for lang in LANGS:
        qs = list(all_questions(p, lang))
        repeated = {q for q in qs if qs.count(q) > 1}
        assert not repeated, f"{p.id}: repeated {lang} questions {repeated}"


@pytest.mark.parametrize("path", PERSONA_FILES, ids=lambda p: p.stem)
def test_persona_followup_overrides_are_well_formed(path: Path) -> None:
    for gap, bank in persona(path).followups.items():
        for lang in LANGS:
            assert bank.get(lang), f"override for {gap} has no {lang} templates"
            for t in bank.get(lang):
                unknown = fields(t) - FOLLOWUP_FIELDS
                assert not unknown, f"unknown placeholder(s) {unknown} in {t!r}"


def test_deep_dive_spends_most_questions_on_the_resume() -> None:
    p = persona(builtin_dir("personas") / "deep_dive.yaml")
    assert p.resume_share >= 0.7
    assert p.followup_depth == 3
    project_topics = [t for t in p.topics if t.kind == "project"]
    assert len(project_topics) >= round(p.questions * p.resume_share)


# ------------------------------------------------------------------ shared follow-ups


def test_followups_cover_every_gap_in_both_languages() -> None:
    from interviewer.engine.policy import ACT_LIMIT

    # A refusal is respected: the interview moves on, so nothing is ever asked about it.
    askable = [g for g in GAP_IDS if ACT_LIMIT.get(g, 1) > 0]
    bank = followup_bank()
    assert set(bank) == {*askable, "transitions"}
    for gap in askable:
        for lang in LANGS:
            templates = bank[gap][lang]
            assert 3 <= len(templates) <= 5, f"{gap}/{lang}: {len(templates)} variants"
            assert len(set(templates)) == len(templates), f"{gap}/{lang}: repeated variant"


@pytest.mark.parametrize("gap", [g for g in GAP_IDS if g != "refusal"])
def test_followup_placeholders_are_known_and_quoting_is_optional(gap: str) -> None:
    bank = followup_bank()
    for lang in LANGS:
        templates = bank[gap][lang]
        for t in templates:
            unknown = fields(t) - FOLLOWUP_FIELDS
            assert not unknown, f"unknown placeholder(s) {unknown} in {t!r}"
            assert bool(CJK.search(t)) == (lang == "zh"), f"{gap}: {t!r} is in the wrong language"
        assert any("quote" not in fields(t) for t in templates), (
            f"{gap}/{lang}: needs a variant that works when there is nothing to quote"
        )
        if gap in NEVER_QUOTED:
            assert all("quote" not in fields(t) for t in templates), f"{gap} must not quote"


def test_contradiction_followups_set_the_claim_against_the_answer() -> None:
    bank = followup_bank()
    for lang in LANGS:
        for t in bank["contradiction"][lang]:
            assert "metric" in fields(t), f"contradiction template without the résumé claim: {t!r}"


@pytest.mark.parametrize("key", ["transitions"])
def test_transitions_are_plain_and_neutral(key: str) -> None:
    praise = re.compile(
        r"\b(great|excellent|perfect|impressive|awesome)\b|很好|太棒|优秀|完美|厉害"
    )
    bank = followup_bank()
    for lang in LANGS:
        phrases = bank[key][lang]
        assert len(phrases) >= 3
        for phrase in phrases:
            assert not fields(phrase), f"{key} take no placeholders: {phrase!r}"
            assert not praise.search(phrase.lower()), f"{key} must not praise: {phrase!r}"


def test_engine_phrase_files_load_through_the_one_bilingual_loader(tmp_path: Path) -> None:
    from interviewer.bilingual import SHIPPED_HINT
    from interviewer.engine.templates import load_engine_strings, load_followups

    bad = tmp_path / "followups.yaml"
    bad.write_text('vagueness: {zh: ["具体点"], en: ["Be specific"]}\nnot_a_gap: {en: ["x"]}\n')
    with pytest.raises(DataFileError) as info:
        load_followups(bad)
    assert info.value.path == str(bad) and info.value.field == "followups"
    assert info.value.hint == SHIPPED_HINT
    with pytest.raises(DataFileError, match="is missing"):
        load_engine_strings(tmp_path / "engine.yaml")
