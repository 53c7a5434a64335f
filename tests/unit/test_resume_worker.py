"""Bounded parsing: a crafted PDF gets a plain "could not read this PDF in time"; real files read."""

from __future__ import annotations

import zlib

import pytest

from interviewer.errors import DataFileError
from interviewer.resume.worker import ParseBudget, load_resume_bytes_bounded, read_resume_bounded


def crafted_pdf(ops: int = 1_000_000, pages: int = 50) -> bytes:
    """Fifty pages sharing one small compressed stream of a million text operators."""
    stream = zlib.compress(b"BT /F1 1 Tf " + b"(a) Tj " * ops + b"ET", 9)
    font = b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages)).encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(pages).encode() + b" >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources "
    objs += [page + font + b" >>"] * pages
    out, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def simple_pdf(lines: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_crafted_pdf_is_refused_in_plain_words():
    with pytest.raises(DataFileError) as err:
        read_resume_bounded(crafted_pdf(), "cv.pdf", budget=ParseBudget(cpu_seconds=1.0))
    assert "could not read this PDF in time" in str(err.value)
    assert "/tmp" not in str(err.value) and "Traceback" not in str(err.value)


def test_a_real_pdf_reads_within_the_budget():
    data = simple_pdf(["Experience", "Project Atlas: conversion rose from 12% to 19%"])
    text = read_resume_bounded(data, "cv.pdf")
    assert "Project Atlas" in text
    resume = load_resume_bytes_bounded(data, "cv.pdf")
    assert resume.source == "cv.pdf"


def test_bad_files_keep_their_specific_errors():
    with pytest.raises(DataFileError, match="no PDF header"):
        read_resume_bounded(b"hello, not a pdf", "cv.pdf")
    with pytest.raises(DataFileError, match="damaged or not a Word document"):
        read_resume_bounded(b"PK\x03\x04 broken", "cv.docx")


def test_text_is_read_in_process():
    assert read_resume_bounded("项目经历\n".encode(), "cv.txt").strip() == "项目经历"
