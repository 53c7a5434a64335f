"""The résumé preview's render and handlers: read, show, edit (rename/remove/add/kind/claims)."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.resume import parse_resume_text
from interviewer.web.resume_preview import (
    apply_rows,
    from_state,
    on_resume_input,
    on_rows_edit,
    parse_claims,
    preview,
)

CORPUS = Path(__file__).resolve().parent.parent / "data" / "resumes" / "corpus"
TEXT = (
    "Experience\nAcme Retail, Remote - ML Engineer      2021 - present\n"
    "* Atlas Assistant: RAG over 40k pages; conversion rose from 12% to 19%.\n"
    "* Batch Migration: moved scoring to vLLM on 8x H100; GPU cost down 40%.\n"
)


def test_preview_shows_projects_kinds_claims_and_escapes():
    resume = parse_resume_text(TEXT + "* Tool <script>alert(1)</script>: built a search page\n")
    body, rows = preview(resume, "en")
    assert any("<script>" in p.name for p in resume.projects)
    assert "Atlas Assistant" in body and "retrieval (RAG)" in body and "12 → 19%" in body
    assert "8x H100 (hardware)" in body
    assert "Other figures (scale, setup; not results): 8x H100" in body  # a fact is no claim
    zh, _ = preview(resume, "zh")  # kinds and roles by name in the page's language, never ids
    assert "检索增强（RAG）" in zh and "8x H100 (硬件)" in zh and "hardware" not in zh
    assert "下降 40%" in zh and "down" not in zh and "12 → 19%" in zh
    assert "<script>" not in body and "&lt;script&gt;" in body
    assert rows[0][:2] == ["Atlas Assistant", "retrieval (RAG)"]


def test_claims_keep_the_figures_as_written():
    resume = parse_resume_text(
        "WORK\n2018–2022  Software Engineer, Fabrikam\n"
        "• Owned the invoicing API, 99.95% uptime over 2 years; p99 from 1.25 s to 0.333 s.\n"
    )
    for lang in ("en", "zh"):
        body, _ = preview(resume, lang)
        assert "99.95%" in body and "1.25 → 0.333 s" in body and "100%" not in body


def test_kind_cells_are_names_in_either_language_or_ids():
    resume = parse_resume_text(TEXT)
    _, rows = preview(resume, "zh")
    assert rows[0][1] == "检索增强（RAG）"
    assert apply_rows(resume, rows).projects == resume.projects  # names read back as the ids
    rows[0][1] = "智能体"
    rows[1][1] = "Evaluation"
    fixed = apply_rows(resume, rows)
    assert [p.kind for p in fixed.projects] == ["agent", "eval"]
    rows[1][1] = "eval"
    assert apply_rows(resume, rows).projects[1].kind == "eval"


def test_rename_remove_add_and_fix_a_claim():
    resume = parse_resume_text(TEXT)
    _, rows = preview(resume, "en")
    rows[0][0] = "Atlas shopping assistant"
    rows[0][2] = "conversion: 12 → 18%"
    rows[1][0] = ""  # removed
    rows.append(["Eval harness", "eval", "regressions caught: 9"])
    fixed = apply_rows(resume, rows)
    assert [p.name for p in fixed.projects] == ["Atlas shopping assistant", "Eval harness"]
    claim = fixed.projects[0].metrics[0]
    assert (claim.subject, claim.baseline, claim.result, claim.unit) == ("conversion", 12, 18, "%")
    assert fixed.projects[1].kind == "eval" and fixed.projects[1].metrics[0].value == 9
    assert fixed.metrics == [m for p in fixed.projects for m in p.metrics]


def test_removing_a_claim_keeps_the_facts():
    resume = parse_resume_text(TEXT)
    _, rows = preview(resume, "en")
    rows[1][2] = ""
    fixed = apply_rows(resume, rows)
    assert [m.role for m in fixed.projects[1].metrics] == ["hardware"]


def test_unchanged_rows_keep_the_reading():
    resume = parse_resume_text(TEXT)
    _, rows = preview(resume, "en")
    assert apply_rows(resume, rows).projects == resume.projects


def test_claim_cells_in_both_languages():
    (a,) = parse_claims("召回率: 68 → 85%")
    assert (a.subject, a.baseline, a.result, a.direction) == ("召回率", 68, 85, "up")
    (b,) = parse_claims("GPU cost: down 40%")
    assert (b.value, b.direction, b.baseline) == (40, "down", None)
    assert parse_claims("nonsense without numbers") == []


def test_handlers_round_trip_through_the_page_state():
    body, rows, state = on_resume_input(None, TEXT, "zh")
    assert "Atlas Assistant" in body and state is not None
    rows[0][0] = "Atlas"
    body, state = on_rows_edit(state, rows, "zh")
    assert from_state(state).projects[0].name == "Atlas"  # type: ignore[union-attr]
    assert "Atlas" in body


def test_an_uploaded_file_is_read_in_the_bounded_worker_and_errors_show_in_place(tmp_path):
    body, rows, state = on_resume_input(str(CORPUS / "e02_docx_roles.docx"), "", "en")
    assert "Ledger Lakehouse" in body and state is not None and rows
    bad = tmp_path / "cv.pdf"
    bad.write_bytes(b"not a pdf")
    body, rows, state = on_resume_input(str(bad), "", "en")
    assert "no PDF header" in body and state is None and rows == []
    assert str(tmp_path) not in body


@pytest.mark.parametrize(
    ("bullet", "shown"),
    [
        ("median experiment length went from 21 to 12 days", "21 → 12 days"),
        ("Nightly job runtime cut from 6 hours to 45 minutes", "360 → 45 minutes"),
        ("首包延迟从 1.4 秒降到 0.6 秒", "1.4 → 0.6秒"),
        ("onboarding time down from 3 weeks to 4 days", "21 → 4 days"),
        ("p99 from 900 ms to 300 ms", "900 → 300 ms"),
    ],
)
def test_a_claim_is_shown_in_its_written_unit_and_reads_back_the_same(bullet, shown):
    from interviewer.resume.view import claim_phrase

    resume = parse_resume_text(f"Projects\nAtlas: {bullet}.\n", "r.txt")
    (claim,) = [m for p in resume.projects for m in p.metrics if m.role == "result"]
    phrase = claim_phrase(claim)
    assert phrase.endswith(shown), phrase
    (back,) = parse_claims(phrase)
    assert (back.baseline, back.value, back.unit) == (claim.baseline, claim.value, claim.unit)
