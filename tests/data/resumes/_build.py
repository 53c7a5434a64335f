"""The layout helpers the splits' build.py files share (fresh5, fresh10): a bold-headed DOCX
table, a PDF section heading ruled underneath, and a PDF line whose dates sit at the right margin.
Fonts, the fixed date and the writers stay in fixture_bytes.py, re-exported here so a build.py
imports from one place:

    HERE = Path(__file__).resolve().parent
    sys.path.insert(0, str(HERE.parent))
    from _build import docx_table, ruled_heading, ...  # noqa: E402
"""

from __future__ import annotations

from typing import Any

from fixture_bytes import (
    CJK_FONT,
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    docx_bytes,
    new_pdf,
    pdf_bytes,
    write_all,
)

__all__ = [
    "CJK_FONT",
    "SANS",
    "SANS_BOLD",
    "SERIF",
    "SERIF_BOLD",
    "SERIF_ITALIC",
    "docx_bytes",
    "docx_table",
    "new_pdf",
    "pdf_bytes",
    "right_dated",
    "ruled_heading",
    "write_all",
]


def docx_table(doc: Any, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """A 'Table Grid' table: a bold header row, then one row per tuple."""
    table = doc.add_table(rows=len(rows) + 1, cols=len(header))
    table.style = "Table Grid"
    for c, text in enumerate(header):
        cell = table.cell(0, c)
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def ruled_heading(
    pdf: Any, font: tuple[str, str, float, float], text: str, span: tuple[float, float]
) -> None:
    """A section heading in `font` (family, style, size, line height) with a rule under it
    across `span` (left and right, mm)."""
    family, style, size, height = font
    pdf.set_font(family, style, size)
    pdf.cell(0, height, text, new_x="LMARGIN", new_y="NEXT")
    left, right = span
    y = pdf.get_y()
    pdf.line(left, y, right, y)
    pdf.ln(2)


def right_dated(
    pdf: Any, font: tuple[str, str, float], text: str, when: str, span: tuple[float, float]
) -> None:
    """`text` at the left of `span` and `when` pushed to its right end on the same baseline."""
    family, style, size = font
    left, right = span
    y = pdf.get_y()
    pdf.set_font(family, style, size)
    pdf.set_xy(left, y)
    pdf.cell(120, 6, text)
    pdf.set_xy(right - 50, y)
    pdf.cell(50, 6, when, align="R", new_x="LMARGIN", new_y="NEXT")
