"""Bad input through the real CLI: a clear message naming the file or field and what to do,
exit code ≠ 0, no traceback, and the database exactly as it was (row counts of every table).

Answers that are bad but legitimate (empty, huge, in a third language) are not refusals: they are
stored whole, graded low and flagged, and the interview goes on.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from reliability_helpers import (
    ENGINE_DATA,
    assert_clean_failure,
    blank_pdf,
    blocks,
    db_counts,
    db_rows,
    encrypted_pdf,
    image_only_pdf,
    last_json,
    run_cli,
    seed_session,
    text_pdf,
)

REPO = Path(__file__).resolve().parents[2]
HR = (REPO / "personas" / "hr.yaml").read_text(encoding="utf-8")
RESUME_LINES = [
    "Projects",
    "Search ranking revamp (2022-2023), tech lead",
    "- NDCG@10 improved from 0.41 to 0.52",
]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One app home with a real stored session, shared by the tests that must not write."""
    home = tmp_path_factory.mktemp("bad-input") / "home"
    home.mkdir()
    seed_session(home)
    return home


def _bomb() -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\nid: bomb\n"


def _hr_with(case: str, old: str, new: str) -> str:
    assert old in HR
    return HR.replace("id: hr\n", f"id: {case}\n", 1).replace(old, new, 1)


#: case -> (file bytes, words the message must contain besides the path)
PERSONAS: dict[str, tuple[bytes, tuple[str, ...]]] = {
    "tabs": (b"id: tabs\nname:\n\ten: Tab round\n", ("tab",)),
    "unknown_field": (
        (
            HR.replace("id: hr\n", "id: unknown_field\n", 1) + "salary_advice: always agree\n"
        ).encode(),
        ("salary_advice",),
    ),
    "wrong_type": (
        _hr_with("wrong_type", "questions: 6", "questions: many").encode(),
        ("questions",),
    ),
    "billion_laughs": (_bomb().encode(), ("alias",)),
    "python_tag": (b'!!python/object/apply:os.system ["echo pwned > pwned.txt"]\n', ("tag",)),
    "not_utf8": (b'id: not_utf8\nname: {en: "Caf\xe9 round"}\n', ("UTF-8",)),
    "not_a_mapping": (b"- leader\n- hr\n", ("mapping",)),
    "empty": (b"", ("empty",)),
    "oversized": (b"id: oversized\ndescription: '" + b"x" * 1_100_000 + b"'\n", ("1 MB",)),
}
#: cases whose message says what is wrong but not what to do (bug reported to the loader owner)
NO_HINT_YET: set[str] = set()


def _persona_case(case: str):  # type: ignore[no-untyped-def]
    marks = (
        [
            pytest.mark.xfail(
                strict=True,
                reason="bug: interviewer/loader.py raises DataFileError without a hint for YAML syntax/"
                "alias/tag errors, non-mapping files and oversized files (says what, not what "
                "to do)",
            )
        ]
        if case in NO_HINT_YET
        else []
    )
    return pytest.param(case, marks=marks, id=case)


@pytest.mark.parametrize("case", [_persona_case(c) for c in PERSONAS])
def test_hostile_persona_yaml_is_refused_cleanly(home: Path, case: str) -> None:
    data, words = PERSONAS[case]
    folder = home / "personas"
    folder.mkdir(exist_ok=True)
    path = folder / f"{case}.yaml"
    path.write_bytes(data)
    before = db_counts(home)
    try:
        proc = run_cli(
            ["practice", "--persona", case, "--lang", "en"],
            home,
            blocks(["An answer that must never be stored."]),
            timeout=60,
        )
    finally:
        shutil.rmtree(folder)
    err = assert_clean_failure(proc, str(path), *words)
    assert "Session" not in err  # no session was started
    assert db_counts(home) == before
    assert not (home / "pwned.txt").exists() and not Path("pwned.txt").exists()


def _resume_files() -> dict[str, tuple[str, bytes | None, tuple[str, ...]]]:
    good = text_pdf(RESUME_LINES)
    return {
        "corrupt_pdf": ("cv.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8, ("PDF",)),
        "truncated_pdf": ("cv.pdf", good[: len(good) // 3], ("PDF",)),
        "encrypted_pdf": ("locked.pdf", encrypted_pdf(good), ("password",)),
        "empty_pdf": ("empty.pdf", b"", ("empty",)),
        "blank_page_pdf": ("blank.pdf", blank_pdf(), ("text",)),
        "image_only_pdf": ("scan.pdf", image_only_pdf(), ("text",)),
        "fifty_mb_pdf": ("huge.pdf", None, ("MB",)),
        "unknown_encoding_txt": (
            "cv.txt",
            "Projets\nCafé système – amélioré de 41 à 52\n".encode("cp1252"),
            ("encoding",),
        ),
        "binary_named_md": ("cv.md", bytes(range(256)) * 16, ("binary",)),
    }


@pytest.mark.parametrize("case", list(_resume_files()))
def test_bad_resume_file_is_refused_before_anything_is_stored(
    home: Path, tmp_path: Path, case: str
) -> None:
    name, data, words = _resume_files()[case]
    path = tmp_path / name
    if data is None:
        with path.open("wb") as f:  # 50 MB, sparse: the size check must come before reading
            f.write(b"%PDF-1.7\n")
            f.truncate(50 * 1024 * 1024)
    else:
        path.write_bytes(data)
    before = db_counts(home)
    proc = run_cli(
        ["practice", "--resume", str(path), "--lang", "en"],
        home,
        blocks(["An answer that must never be stored."]),
        timeout=60,
    )
    assert_clean_failure(proc, str(path), *words)
    assert db_counts(home) == before


# ------------------------------------------------------------------ answers in practice


def _practice_json(
    home: Path, answers: list[str], lang: str = "en", persona: str = "leader"
) -> dict:  # type: ignore[type-arg]
    proc = run_cli(
        ["practice", "--persona", persona, "--lang", lang, "--json"], home, blocks(answers)
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    return last_json(proc.stdout)


def _stored_answers(home: Path, session_id: int) -> list[tuple[str, list[str], float]]:
    """(text, flags, overall) of every stored candidate turn, from the database itself."""
    rows = db_rows(
        home,
        "SELECT t.id, t.text FROM turns t WHERE t.session_id = ? AND "
        "t.role = 'candidate' ORDER BY t.\"index\"",
        session_id,
    )
    out = []
    for turn_id, text in rows:
        grades = db_rows(home, "SELECT flags, overall FROM grades WHERE turn_id = ?", turn_id)
        assert grades, f"answer {text[:40]!r} was stored but never graded"
        out.append((text, json.loads(grades[0][0]), grades[0][1]))
    return out


@pytest.mark.parametrize(("lang", "empty"), [("en", "..."), ("zh", "嗯。")])
def test_empty_answer_is_stored_flagged_and_asked_again(
    app_home: Path, lang: str, empty: str
) -> None:
    out = _practice_json(app_home, [empty], lang=lang)
    turns = out["turns"]
    answer = next(i for i, t in enumerate(turns) if t["role"] == "candidate")
    assert turns[answer]["text"] == empty
    assert all(g["score"] == 1 for g in turns[answer]["grades"])
    nxt = turns[answer + 1]
    assert nxt["role"] == "interviewer" and "empty" in nxt["probes"]  # re-asked, not skipped
    ((text, flags, overall),) = _stored_answers(app_home, out["session_id"])
    assert text == empty and "empty" in flags and overall == 0


def _long_answer(n: int) -> str:
    unit = (
        "I cut p95 latency from 900 ms to 300 ms by caching embeddings, because the "
        "re-ranker dominated the time. "
    )
    return (unit * (n // len(unit) + 1))[: n - 1] + "."


def test_twenty_thousand_character_answer_is_stored_whole_and_graded(app_home: Path) -> None:
    answer = _long_answer(20_000)
    out = _practice_json(app_home, [answer])
    ((text, flags, overall),) = _stored_answers(app_home, out["session_id"])
    assert text == answer and len(text) == 20_000
    assert 0 <= overall <= 100 and "empty" not in flags
    assert out["turns"][-1]["role"] == "interviewer"  # the interview went on


def test_answer_over_the_limit_is_kept_whole_and_flagged(app_home: Path) -> None:
    answer = _long_answer(25_000)
    out = _practice_json(app_home, [answer])
    ((text, flags, overall),) = _stored_answers(app_home, out["session_id"])
    assert text == answer  # nothing the candidate wrote is lost
    assert "too_long" in flags and 0 <= overall <= 100


THIRD_LANGUAGE = {
    "fr": "J'ai réduit la latence p95 de 900 ms à 300 ms en mettant les embeddings en cache, "
    "parce que le re-classement prenait la plupart du temps.",
    "ja": "埋め込みをキャッシュすることで、p95レイテンシを900ミリ秒から300ミリ秒に短縮しました。"
    "再ランキングが時間の大半を占めていたからです。",
    "ru": "Я сократил задержку p95 с 900 мс до 300 мс, кэшируя эмбеддинги, потому что "
    "переранжирование занимало большую часть времени.",
}


@pytest.mark.parametrize("code", list(THIRD_LANGUAGE))
def test_answer_in_a_third_language_is_stored_and_flagged(app_home: Path, code: str) -> None:
    answer = THIRD_LANGUAGE[code]
    out = _practice_json(app_home, [answer])
    ((text, flags, overall),) = _stored_answers(app_home, out["session_id"])
    assert text == answer
    assert "third_language" in flags and "empty" not in flags
    assert overall <= 40


def test_non_utf8_answer_on_stdin_is_no_crash(app_home: Path) -> None:
    answer = "I improved the café search latency from 900 ms to 300 ms.".encode("cp1252")
    import subprocess
    import sys

    from reliability_helpers import cli_env

    proc = subprocess.run(
        [sys.executable, "-m", "interviewer", "practice", "--persona", "leader", "--lang", "en"],
        input=answer + b"\n\n",
        capture_output=True,
        env=cli_env(app_home),
        timeout=120,
    )
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err[-2000:]
    stored = [r[0] for r in db_rows(app_home, "SELECT text FROM turns WHERE role='candidate'")]
    if proc.returncode == 0:
        assert len(stored) == 1 and "search latency from 900 ms to 300 ms" in stored[0]
    else:
        assert "UTF-8" in err and stored == []


def test_practice_against_an_existing_db_leaves_earlier_sessions_alone(home: Path) -> None:
    """After every refusal above, the seeded session is still whole and resumable."""
    rows = db_rows(home, "SELECT status FROM sessions WHERE id = 1")
    assert rows == [("active",)]
    proc = run_cli(
        ["practice", "--continue", "1", "--json"],
        home,
        blocks(["I measured it on 400 labelled queries against last month's logs."]),
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = last_json(proc.stdout)
    assert out["session_id"] == 1
    assert sum(t["role"] == "candidate" for t in out["turns"]) == 2


# ------------------------------------------------------------------ grade


@pytest.fixture
def grade_cli() -> None:
    """A broken grade module fails these tests (an ImportError), it never skips them."""
    import interviewer.cli.grade  # noqa: F401


def _grade(home: Path, answer: str, *extra: str):  # type: ignore[no-untyped-def]
    return run_cli(
        [
            "grade",
            "--question",
            "Tell me about a project you improved.",
            "--answer",
            answer,
            "--json",
            *extra,
        ],
        home,
        timeout=60,
    )


@pytest.mark.usefixtures("grade_cli")
@pytest.mark.parametrize(
    ("answer", "flag"),
    [
        ("", "empty"),
        ("   ", "empty"),
        (_long_answer(25_000), "too_long"),
        (THIRD_LANGUAGE["fr"], "third_language"),
        (THIRD_LANGUAGE["ja"], "third_language"),
    ],
    ids=["empty", "blank", "25k", "fr", "ja"],
)
def test_grade_flags_bad_answers_without_refusing(home: Path, answer: str, flag: str) -> None:
    before = db_counts(home)
    proc = _grade(home, answer)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    res = last_json(proc.stdout)
    assert flag in res["flags"]
    assert 0 <= res["overall"] <= (0 if flag == "empty" else 40 if flag != "too_long" else 100)
    assert all(1 <= c["score"] <= 5 for c in res["criteria"])
    assert db_counts(home) == before


@pytest.mark.usefixtures("grade_cli")
def test_grade_jsonl_with_broken_lines_names_the_file_and_line(home: Path, tmp_path: Path) -> None:
    """Good lines are graded in order; each broken one becomes an error naming file and line."""
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"question": "Q1", "answer": "I cut latency from 900 ms to 300 ms."})
        + "\n"
        + '{"question": "Q2", "answer": \n'
        + json.dumps({"question": "Q3"})
        + "\n",
        encoding="utf-8",
    )
    before = db_counts(home)
    proc = run_cli(["grade", "--jsonl", str(path), "--json"], home, timeout=60)
    assert proc.returncode != 0 and "Traceback" not in proc.stdout + proc.stderr
    assert proc.stderr.strip()
    lines = [json.loads(x) for x in proc.stdout.strip().splitlines()]
    assert len(lines) == 3 and 0 <= lines[0]["overall"] <= 100
    for n, err in ((2, lines[1]), (3, lines[2])):
        assert err["line"] == n
        assert str(path) in err["error"] and f"line {n}" in err["error"]
    assert "JSON" in lines[1]["error"] and "answer" in lines[2]["error"]
    assert db_counts(home) == before


@pytest.mark.usefixtures("grade_cli")
def test_grade_jsonl_in_an_unknown_encoding_is_refused(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "latin.jsonl"
    path.write_bytes(
        json.dumps({"question": "Q", "answer": "café crème"}, ensure_ascii=False).encode("cp1252")
        + b"\n"
    )
    before = db_counts(home)
    proc = run_cli(["grade", "--jsonl", str(path)], home, timeout=60)
    assert_clean_failure(proc, path.name, "UTF-8")
    assert db_counts(home) == before


def test_practice_with_the_shipped_resume_still_works(app_home: Path) -> None:
    """Control: the same command with a good résumé succeeds (the refusals above are specific)."""
    out = _practice_json(app_home, [], persona="deep_dive")
    assert out["status"] == "active"
    proc = run_cli(
        ["practice", "--resume", str(ENGINE_DATA / "resume_en.md"), "--json"], app_home, ""
    )
    assert proc.returncode == 0 and "Freight Quote Assistant" in proc.stdout
