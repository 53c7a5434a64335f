"""Page numbers a PDF export prints are no content, and a sentence cut by a page break is one
again (family seen in fresh5; cases in other words)."""

from __future__ import annotations

from interviewer.resume.assemble import _without_page_marks, parse_resume_text


def test_a_sentence_cut_by_a_page_footer_is_joined() -> None:
    text = "Rebuilt the nightly billing export so that finance\n- 1 -\n\ncloses the month two days earlier.\n"
    out = _without_page_marks(text)
    assert "- 1 -" not in out
    assert "finance\ncloses" in out


def test_a_page_mark_after_a_full_sentence_keeps_the_paragraph_break() -> None:
    text = "Shipped the on-call rota tool.\n\nPage 2 / 3\n\nEducation\n"
    assert _without_page_marks(text) == "Shipped the on-call rota tool.\n\nEducation\n"


def test_chinese_page_marks_never_become_projects() -> None:
    text = (
        "项目经历\n智能客服检索：搭建向量检索与重排，答案准确率从 62% 提升到 81%\n"
        "第 1 页，共 2 页\n\n工单自动分派：训练分类模型，分派准确率从 70% 提升到 88%\n"
        "第 2 页，共 2 页\n"
    )
    names = [p.name for p in parse_resume_text(text).projects]
    assert not any("页" in n for n in names), names
    assert len(names) == 2, names
