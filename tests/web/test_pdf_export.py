"""The report as PDF: it opens, and Chinese is drawn as glyphs, not empty boxes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from interviewer.web import handlers as h
from interviewer.web import review_handlers as rh
from interviewer.web import state as ws

ANSWER_ZH = (
    "我负责检索重写。召回率从72%提升到86%，测试集两千条；我比较了两种方案，因为延迟选了两阶段。"
)

needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftoppm"), reason="poppler-utils is not installed (.ci/run installs it)"
)


def _png(pdf: Path, out: Path) -> Path:
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(out)], check=True
    )
    return next(out.parent.glob(out.name + "*.png"))


def _zh_session_pdf(services, tmp_path: Path) -> Path:
    ctx = ws.WebContext(services)
    views = list(
        h.start_interview(
            ctx, None, persona_id="leader", lang="zh", model="offline", resume_text="智能客服项目"
        )
    )
    st = views[-1].state
    for _ in h.submit_answer(ctx, st, ANSWER_ZH):
        pass
    h.end_interview(ctx, st)
    return Path(rh.export(services, st["owner"], st["session_id"], "pdf", "zh"))


@needs_poppler
def test_pdf_report_opens_and_draws_chinese(services, tmp_path):
    pdf = _zh_session_pdf(services, tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "面试报告" in text and "总分" in text and "计算方法" in text
    assert "72%" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "NotoSansCJK" in fonts  # the font the project installs, not one the system had
    png = _png(pdf, tmp_path / "page")
    assert png.stat().st_size > 5_000
    from tests.web.conftest import ARTIFACTS

    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(png, ARTIFACTS / "pdf-zh-report-page1.png")


@needs_poppler
def test_different_chinese_words_render_differently(tmp_path):
    """Missing glyphs all render as the same empty box; real glyphs differ."""
    from interviewer.export.pdf import _Doc, cjk_font

    font = cjk_font()
    images = []
    for n, word in enumerate(("面试报告", "评分标准")):
        doc = _Doc(font)
        doc.heading(word, size=40)
        pdf = tmp_path / f"w{n}.pdf"
        pdf.write_bytes(doc.bytes())
        images.append(_png(pdf, tmp_path / f"w{n}").read_bytes())
    assert images[0] != images[1]


def test_missing_font_is_one_plain_line(monkeypatch, tmp_path):
    from interviewer.errors import ConfigError
    from interviewer.export.pdf import FONT_ENV, cjk_font

    monkeypatch.setenv(FONT_ENV, str(tmp_path / "nope.ttf"))
    with pytest.raises(ConfigError, match="does not exist") as e:
        cjk_font()
    assert str(tmp_path) not in e.value.message
