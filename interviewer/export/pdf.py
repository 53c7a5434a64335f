"""A session's report and transcript as PDF (fpdf2), with a font that draws Chinese.

fpdf2's built-in fonts are Latin-1 only, so a CJK font file is embedded (subset to the glyphs
used). The project installs one: the PyPI package noto-cjk-sans-otc (Noto Sans CJK, SIL Open
Font License 1.1, its licence inside the wheel), a dependency, so a fresh `pip install` exports
Chinese. INTERVIEWER_PDF_FONT names another file; Debian's fonts-wqy-microhei and other system
CJK fonts are the fallback when the package is missing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from interviewer.errors import ConfigError
from interviewer.schemas import Rubric
from interviewer.types import SessionRecord

FONT_ENV = "INTERVIEWER_PDF_FONT"
#: Fonts with Chinese glyphs that Debian-like systems install, most preferred first.
CJK_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
)
#: In the Noto Sans CJK collection: JP, KR, SC, TC, HK, then the Mono faces; SC draws the
#: simplified forms a zh session is written in.
NOTO_SC = 2


class Font(NamedTuple):
    path: Path
    face: int = 0
    """The face in a .ttc collection."""


def packaged_font() -> Font | None:
    """Noto Sans CJK SC from the installed noto-cjk-sans-otc package, or None."""
    try:
        import noto_cjk_sans_otc
    except ImportError:
        return None
    path = Path(str(noto_cjk_sans_otc.FONT_PATH))
    return Font(path, NOTO_SC) if path.is_file() else None


def cjk_font() -> Font:
    """The font the PDF is set in; ConfigError saying how to get one when none is found."""
    named = os.environ.get(FONT_ENV)
    if named:
        path = Path(named).expanduser()
        if path.is_file():
            return Font(path)
        raise ConfigError(
            f"{FONT_ENV} names a font file that does not exist ({path.name})",
            "point it at a .ttf, .otf or .ttc file with Chinese characters",
        )
    packaged = packaged_font()
    if packaged is not None:
        return packaged
    for candidate in CJK_FONTS:
        if Path(candidate).is_file():
            return Font(Path(candidate))
    raise ConfigError(
        "no font with Chinese characters was found for the PDF export",
        "reinstall interviewer (it installs noto-cjk-sans-otc), install fonts-wqy-microhei, "
        f"or set {FONT_ENV} to a .ttf/.ttc file",
    )


def _rubric(rec: SessionRecord) -> Rubric | None:
    try:
        return Rubric.model_validate(rec.rubric_snapshot) if rec.rubric_snapshot else None
    except ValueError:
        return None


def _name(rubric: Rubric | None, cid: str, lang: str) -> str:
    if rubric is not None:
        try:
            return rubric.criterion(cid).name.get(lang)
        except KeyError:
            pass
    return cid


def _num(value: Any) -> str:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{v:.0f}" if v > 5 else f"{v:.1f}"


class _Doc:
    """A thin writer over fpdf2: headings, paragraphs and two-column rows in one font."""

    def __init__(self, font: Font) -> None:
        from fpdf import FPDF

        self.pdf = FPDF(format="A4")
        self.pdf.set_auto_page_break(auto=True, margin=15)
        self.pdf.set_margins(15, 15, 15)
        self.pdf.add_font("cjk", "", str(font.path), collection_font_number=font.face)
        self.pdf.add_page()

    def text(self, text: str, size: float = 10.5, gap: float = 1.5, grey: bool = False) -> None:
        self.pdf.set_font("cjk", size=size)
        self.pdf.set_text_color(90 if grey else 0)
        self.pdf.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(gap)

    def heading(self, text: str, size: float = 14) -> None:
        self.pdf.ln(1.5)
        self.text(text, size=size, gap=1)

    def row(self, left: str, right: str) -> None:
        self.pdf.set_font("cjk", size=10.5)
        self.pdf.set_text_color(0)
        self.pdf.cell(120, 6, left, border="B")
        self.pdf.cell(0, 6, right, border="B", new_x="LMARGIN", new_y="NEXT")

    def bytes(self) -> bytes:
        return bytes(self.pdf.output())


def session_pdf(rec: SessionRecord) -> bytes:
    """The report first (overall, how it is computed, criteria with n, what to practise), then
    the transcript, in the session's language."""
    from interviewer.web.strings import t

    lang = rec.lang
    rubric = _rubric(rec)
    doc = _Doc(cjk_font())
    persona = rec.persona_snapshot.get("name")
    round_name = persona.get(lang) if isinstance(persona, dict) else rec.persona
    doc.heading(f"{t('report', lang)} · #{rec.id}", size=18)
    doc.text(
        f"{round_name} · {t('lang_' + lang, lang)} · "
        f"{t('offline_label', lang) if rec.model == 'offline' else rec.model} · "
        f"{rec.created_at:%Y-%m-%d %H:%M} UTC",
        grey=True,
    )
    report: Mapping[str, Any] = rec.report or {}
    if report.get("overall") is not None:
        doc.heading(t("report_overall", lang, overall=_num(report["overall"])))
    crit = report.get("criteria")
    counts = report.get("criterion_counts") or {}
    if isinstance(crit, Mapping) and crit:
        doc.heading(t("report_criteria", lang), size=12)
        doc.row(t("criterion", lang), f"{t('score', lang)} · {t('col_questions', lang)}")
        for cid, value in crit.items():
            n = counts.get(cid, "") if isinstance(counts, Mapping) else ""
            doc.row(_name(rubric, str(cid), lang), f"{_num(value)}/5 · {n}")
        n = report.get("graded_questions")
        if n:
            doc.pdf.ln(1.5)
            doc.text(t("report_how", lang, n=n), size=9, grey=True)
    practice = report.get("practice_next")
    if isinstance(practice, list) and practice:
        doc.heading(t("report_practice", lang), size=12)
        for p in practice:
            if isinstance(p, Mapping):
                name = _name(rubric, str(p.get("criterion", "")), lang)
                doc.text(f"• {name} ({_num(p.get('score'))}/5): {p.get('suggestion', '')}")
    doc.heading(t("transcript", lang), size=14)
    for turn in rec.turns:
        who = t("interviewer_role" if turn.role == "interviewer" else "candidate_role", lang)
        doc.text(f"{who}:", size=10, gap=0.5, grey=True)
        doc.text(turn.text)
        for gs in turn.grades[-1:]:
            scores = "，" if lang == "zh" else ", "
            line = scores.join(
                f"{_name(rubric, c.criterion, lang)} {c.score}/5" for c in gs.criteria
            )
            doc.text(f"{t('overall', lang)} {gs.overall:.0f}/100 · {line}", size=9, grey=True)
    return doc.bytes()
