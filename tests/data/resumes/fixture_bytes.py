"""What every split's build.py shares: the fonts these machines have, one fixed date, and the
PDF and DOCX writers. A rebuilt PDF is the same file byte for byte; a rebuilt DOCX has the same
parts (its zip container stamps the time of writing, so compare its members, not its bytes).

A build.py puts this folder on sys.path (`sys.path.insert(0, str(HERE.parent))`) and imports
from here; run it from anywhere as `python tests/data/resumes/<split>/build.py`.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
SERIF_ITALIC = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
WHEN = datetime.datetime(2024, 1, 1)


def new_pdf(*fonts: tuple[str, str, str], page_break: bool = False) -> Any:
    """An FPDF with its first page open and `fonts` ((family, style, file) each) added; with
    `page_break` text flows onto a new page 15 mm above the bottom edge."""
    from fpdf import FPDF

    pdf = FPDF()
    if page_break:
        pdf.set_auto_page_break(True, margin=15)
    else:
        pdf.set_auto_page_break(False)
    for family, style, file in fonts:
        pdf.add_font(family, style, file)
    pdf.add_page()
    return pdf


def cjk_pdf(*, page_break: bool) -> Any:
    """A page set in the Chinese-capable font `wqy` at 10 pt."""
    pdf = new_pdf(("wqy", "", CJK_FONT), page_break=page_break)
    pdf.set_font("wqy", size=10)
    return pdf


def pdf_bytes(pdf: Any) -> bytes:
    pdf.set_creation_date(WHEN)
    return bytes(pdf.output())


def docx_bytes(doc: Any) -> bytes:
    doc.core_properties.created = WHEN
    doc.core_properties.modified = WHEN
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def write_all(builders: dict[str, Callable[[], bytes]], here: Path) -> None:
    """Write each builder's file beside its build.py."""
    for name, build in builders.items():
        (here / name).write_bytes(build())
        print("wrote", name)
