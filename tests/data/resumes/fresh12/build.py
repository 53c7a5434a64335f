"""Build the binary résumé of this folder (a one-page two-column PDF) with the layout helpers
every split shares (`../_build.py`).

Run: `python tests/data/resumes/fresh12/build.py`. Deterministic: a rebuild shows what changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from _build import (  # noqa: E402
    SANS,
    SANS_BOLD,
    new_pdf,
    pdf_bytes,
    write_all,
)

LEFT = (12.0, 62.0)  # the sidebar column, mm
RIGHT = (72.0, 198.0)  # the main column, mm


def r04_pdf_two_column() -> bytes:
    """en one-page PDF in two columns: a grey-ruled sidebar on the left (contact, skills,
    education, languages) set at the same heights as the main column on the right (experience
    with 'Title | Employer | years' lines and '•' bullets opening with a bold name, then a
    'Side projects' block)."""
    pdf = new_pdf(("sans", "", SANS), ("sans", "B", SANS_BOLD))
    pdf.set_margins(12, 12, 12)

    def side(y: float, head: str, lines: list[str]) -> float:
        pdf.set_xy(LEFT[0], y)
        pdf.set_font("sans", "B", 10)
        pdf.cell(LEFT[1] - LEFT[0], 6, head.upper(), new_x="LEFT", new_y="NEXT")
        pdf.set_font("sans", "", 8.5)
        for line in lines:
            pdf.set_x(LEFT[0])
            pdf.multi_cell(LEFT[1] - LEFT[0], 4.2, line, new_x="LEFT", new_y="NEXT")
        return pdf.get_y() + 4

    def main_head(text: str) -> None:
        pdf.set_x(RIGHT[0])
        pdf.set_font("sans", "B", 11)
        pdf.cell(RIGHT[1] - RIGHT[0], 7, text.upper(), new_x="LEFT", new_y="NEXT")

    def job(text: str) -> None:
        pdf.set_x(RIGHT[0])
        pdf.set_font("sans", "B", 9.5)
        pdf.cell(RIGHT[1] - RIGHT[0], 5.5, text, new_x="LEFT", new_y="NEXT")

    def bullet(name: str, text: str) -> None:
        pdf.set_x(RIGHT[0])
        pdf.set_font("sans", "", 9)
        body = ("• " + (name + ": " if name else "") + text).strip()
        pdf.multi_cell(RIGHT[1] - RIGHT[0], 4.6, body, new_x="LEFT", new_y="NEXT")
        pdf.ln(1)

    pdf.set_xy(RIGHT[0], 12)
    pdf.set_font("sans", "B", 18)
    pdf.cell(RIGHT[1] - RIGHT[0], 9, "Elena Marchetti", new_x="LEFT", new_y="NEXT")
    pdf.set_x(RIGHT[0])
    pdf.set_font("sans", "", 10)
    pdf.cell(RIGHT[1] - RIGHT[0], 5, "Machine Learning Engineer", new_x="LEFT", new_y="NEXT")
    pdf.ln(4)
    main_head("Experience")
    job("Senior ML Engineer | Satispay | 2021 - present")
    bullet(
        "",
        "Merchant support assistant: built an assistant that answers merchants' questions from "
        "the help centre, retrieving articles with a hybrid index and quoting them; tickets "
        "resolved without a human went from 18% to 44%.",
    )
    bullet(
        "",
        "Fraud scoring: retrained the payment fraud model with graph features and moved it to "
        "streaming scoring; chargebacks fell 27%.",
    )
    job("Data Engineer | Prima Assicurazioni | 2018 - 2021")
    bullet(
        "",
        "Quote events pipeline: replaced nightly CSV exports with a Kafka to BigQuery pipeline; "
        "pricing analysts get quote data after 5 minutes instead of the next morning.",
    )
    bullet("", "Supported the analytics team with ad-hoc queries and on-call.")
    pdf.ln(2)
    main_head("Side projects")
    bullet(
        "",
        "Italian legal summariser: fine-tuned a 7B model with LoRA on 12k court rulings; ROUGE-L "
        "from 0.31 to 0.44 against the base model.",
    )

    y = 34.0
    y = side(y, "Contact", ["Milan, Italy", "elena.marchetti@example.it", "github.com/emarchetti"])
    y = side(
        y,
        "Skills",
        ["Python, SQL, PyTorch", "Kafka, BigQuery, dbt", "Kubernetes, Ray", "LangChain, Qdrant"],
    )
    y = side(y, "Education", ["MSc Computer Science,", "Politecnico di Milano, 2018"])
    side(y, "Languages", ["Italian (native)", "English (C1)"])
    pdf.set_draw_color(180, 180, 180)
    pdf.line(67, 30, 67, 150)
    return pdf_bytes(pdf)


if __name__ == "__main__":
    write_all({"r04_pdf_two_column.pdf": r04_pdf_two_column}, HERE)
