"""Read a résumé file (Markdown, text, PDF, DOCX) into plain text, with plain-words errors."""

from __future__ import annotations

import io
import logging
import os
import re
import unicodedata
from pathlib import Path

from interviewer.errors import DataFileError

MAX_BYTES = 10 * 1024 * 1024
MAX_UNPACKED_DOCX = 100 * 1024 * 1024
"""A .docx is a zip; refuse ones that would unpack to more than this (zip bombs)."""
MAX_PDF_PAGES = 50
"""Text is read from at most this many pages of a PDF."""
TEXT_SUFFIXES = (".md", ".markdown", ".txt", ".json")
"""Read as text; a .json file is a JSON Resume (jsonresume.org), structured by the reader."""
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, ".pdf", ".docx")
_SUPPORTED = ", ".join(SUPPORTED_SUFFIXES)
_PASTE_HINT = "Paste the résumé text instead, or save it as .md or .txt (UTF-8)."


def read_resume_file(path: str | os.PathLike[str]) -> str:
    """Plain text of a résumé file; raises DataFileError saying what is wrong and what to do."""
    p = Path(path)
    if not p.exists():
        raise DataFileError(
            p,
            "file not found",
            "Check the path; give a .md, .txt, .pdf, .docx or JSON Resume (.json) file.",
        )
    if p.is_dir():
        raise DataFileError(p, "is a folder, not a file", "Give the résumé file itself.")
    _check_suffix(p, p.name)
    size = p.stat().st_size
    _check_size(p, size)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise DataFileError(
            p, f"cannot be read ({e.strerror})", "Check the file permissions."
        ) from e
    return read_resume_bytes(data, p.name, where=p)


def read_resume_bytes(
    data: bytes, filename: str, *, where: str | os.PathLike[str] | None = None
) -> str:
    """Plain text of an uploaded résumé; `filename` decides the format by its extension."""
    label = where if where is not None else filename
    suffix = _check_suffix(label, filename)
    _check_size(label, len(data))
    if suffix == ".pdf":
        text = _pdf_text(data, label)
    elif suffix == ".docx":
        text = _docx_text(data, label)
    else:
        text = _decode_text(data, label)
    text = _tidy(text)
    if not text.strip():
        raise DataFileError(label, "contains no text", _PASTE_HINT)
    return text


def _check_suffix(label: str | os.PathLike[str], filename: str) -> str:
    suffix = Path(filename).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "no extension"
        hint = f"Supported: {_SUPPORTED}."
        if suffix == ".doc":
            hint = "Open it in Word or LibreOffice and save as .docx or .pdf. " + hint
        raise DataFileError(label, f"unsupported file type ({shown})", hint)
    return suffix


def _check_size(label: str | os.PathLike[str], size: int) -> None:
    if size == 0:
        raise DataFileError(label, "the file is empty", _PASTE_HINT)
    if size > MAX_BYTES:
        raise DataFileError(
            label,
            f"the file is too large ({size / 1024 / 1024:.1f} MB; the limit is 10 MB)",
            "Export the résumé without embedded images, or paste its text.",
        )


def _decode_text(data: bytes, label: str | os.PathLike[str]) -> str:
    """Decode text: BOMs first, then UTF-8, then GB18030 (GBK/GB2312 Chinese)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig", label)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", label)
    bom_less = _utf16_without_bom(data)
    if bom_less is not None:
        return bom_less
    if _looks_binary(data):
        raise DataFileError(
            label,
            "looks like a binary file, not text",
            f"Give the résumé as {_SUPPORTED}; if it is a PDF or DOCX, fix its extension.",
        )
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_printable(text) and (encoding == "utf-8" or _plausible_gbk(text)):
            return text
    raise DataFileError(
        label,
        "the text encoding is unknown (not UTF-8, UTF-16 or GBK)",
        "Open the file in a text editor and save it as UTF-8.",
    )


def _strict(data: bytes, encoding: str, label: str | os.PathLike[str]) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise DataFileError(
            label,
            f"the file starts like {encoding} but is not valid {encoding}",
            "Open the file in a text editor and save it as UTF-8.",
        ) from e


def _plausible_gbk(text: str) -> bool:
    """GB18030 decodes almost any bytes; real Chinese text uses mostly common (GB2312) characters.

    A Latin-1 "café" decodes to a rare ideograph whose second byte is ASCII, while GB2312
    ideographs have both bytes ≥ 0xA1.
    """
    ideographs = [ch for ch in text if "\u3400" <= ch <= "\u9fff"]
    if not ideographs:
        return all(
            ord(ch) < 0x80 or unicodedata.category(ch).startswith(("P", "S", "Z")) for ch in text
        )
    common = 0
    for ch in ideographs:
        encoded = ch.encode("gb18030")
        common += len(encoded) == 2 and encoded[0] >= 0xB0 and encoded[1] >= 0xA1
    return common >= 0.8 * len(ideographs)


def _utf16_without_bom(data: bytes) -> str | None:
    """Windows tools sometimes write UTF-16 without a BOM: NUL in every other byte of ASCII."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if zeros.count(0) >= 0.3 * len(zeros):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return text if _mostly_printable(text) else None
    return None


def _looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16 BOM, or known binary signatures, mean this is not text."""
    head = data[:4096]
    return b"\x00" in head or head.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8"))


def _mostly_printable(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return True
    bad = sum(
        1
        for ch in sample
        if unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs") and ch not in "\n\r\t\f"
    )
    return bad <= 3 or bad / len(sample) < 0.01


def _pdf_text(data: bytes, label: str | os.PathLike[str]) -> str:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    from interviewer.resume.pdf_columns import page_text

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise DataFileError(
            label,
            "is not a valid PDF (no PDF header)",
            "Export the résumé to PDF again, or paste its text.",
        )
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # "EOF marker not found" is ours to explain, in plain words
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DataFileError(
                label,
                "the PDF is password-protected",
                "Remove the password (print or export it to a new PDF) or paste the text.",
            )
        # A résumé is a few pages; a 10 MB PDF of thousands of pages would only stall the reader.
        pages = [page_text(page) for page in reader.pages[:MAX_PDF_PAGES]]
    except DataFileError:
        raise
    except DependencyError as e:  # AES needs the optional `cryptography` package
        raise DataFileError(
            label,
            "the PDF is encrypted with AES and the 'cryptography' package is not installed",
            "Run `pip install cryptography`, or remove the password (export a new PDF), "
            "or paste the text.",
        ) from e
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        OSError,
        RecursionError,
        NotImplementedError,
    ) as e:
        if "crypt" in str(e).lower() or "password" in str(e).lower():
            raise DataFileError(
                label,
                "the PDF is encrypted in a way that cannot be opened",
                "Remove the password (print or export it to a new PDF) or paste the text.",
            ) from e
        raise DataFileError(
            label,
            "the PDF is damaged and cannot be read",
            "Export the résumé to PDF again, or paste its text.",
        ) from e
    finally:
        pypdf_log.setLevel(level)
    text = "\n\n".join(p.strip("\n") for p in pages)
    if not text.strip():
        raise DataFileError(
            label,
            "this PDF has no text layer (it looks scanned or made of images)",
            "Export it with text from the original document, or paste the text.",
        )
    if not _readable(text):
        raise DataFileError(
            label,
            "the text in this PDF cannot be read (its fonts have no character map)",
            "Export it again with standard fonts (e.g. 'Save as PDF' from Word), or paste the text.",
        )
    return text


def _readable(text: str) -> bool:
    """Mostly letters, CJK and digits; glyph-id garbage such as "(cid:12)" or U+FFFD is not."""
    chars = [ch for ch in text if not ch.isspace()]
    if not chars:
        return False
    garbage = text.count("(cid:") * 6 + sum(
        1 for ch in chars if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cn", "Cc")
    )
    words = sum(1 for ch in chars if ch.isalnum())
    return words >= 0.3 * len(chars) and garbage < 0.3 * len(chars)


def _docx_text(data: bytes, label: str | os.PathLike[str]) -> str:
    import zipfile

    from docx import Document

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise DataFileError(
            label,
            "the DOCX file is damaged or not a Word document",
            "Save it again from Word or LibreOffice as .docx, or paste the text.",
        ) from e
    if unpacked > MAX_UNPACKED_DOCX:
        raise DataFileError(
            label,
            "the DOCX file unpacks to more than 100 MB",
            "Save it again without embedded media, or paste the text.",
        )
    try:
        doc = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise DataFileError(
            label,
            "the DOCX file is damaged or not a Word document",
            "Save it again from Word or LibreOffice as .docx, or paste the text.",
        ) from e
    except Exception as e:  # python-docx raises its own types (e.g. PackageNotFoundError)
        raise DataFileError(
            label,
            f"the DOCX file cannot be read ({type(e).__name__})",
            "Save it again from Word or LibreOffice as .docx, or paste the text.",
        ) from e
    return "\n".join(_docx_blocks(doc))


def _docx_blocks(doc: object) -> list[str]:
    """Paragraphs and table rows in document order, then text boxes.

    A table row becomes a Markdown row `| a | b |` (a cell's own lines joined by `<br>`), so the
    reader sees one row per line; list paragraphs get a bullet.
    """
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for block in doc.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Paragraph):
            lines.append(_docx_paragraph(block))
        elif isinstance(block, Table):
            lines.extend(_docx_table(block))
    lines.extend(_docx_text_boxes(doc))
    return lines


def _docx_table(table: object) -> list[str]:
    rows: list[str] = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if cell._tc is previous:  # a merged cell is listed once per grid column
                continue
            previous = cell._tc
            parts = [x.strip() for p in cell.paragraphs for x in p.text.splitlines()]
            cells.append("<br>".join(x for x in parts if x))
        if any(cells):
            rows.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return rows


def _docx_text_boxes(doc: object) -> list[str]:
    """Text boxes (Word's floating frames, often a sidebar or the whole body of a template) are
    not in the body's paragraphs. Word writes each box twice — a DrawingML shape and its VML copy
    in `mc:Fallback` — so the copy is skipped; a box's headings and list items keep their marks."""
    from docx.oxml.ns import qn

    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    body = doc.element.body  # type: ignore[attr-defined]
    lines: list[str] = []
    for box in body.iter(qn("w:txbxContent")):
        if any(a.tag == fallback for a in box.iterancestors()):
            continue
        for par in box.iter(qn("w:p")):
            text = "".join(t.text or "" for t in par.iter(qn("w:t"))).strip()
            if not text:
                continue
            style = par.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            name = (style.get(qn("w:val")) or "").lower() if style is not None else ""
            level = name.removeprefix("heading")
            if name.startswith("heading") and level.isdigit():
                text = "#" * int(level) + " " + text
            elif "list" in name:
                text = "- " + text
            lines.append(text)
    return lines


def _docx_paragraph(par: object) -> str:
    text: str = par.text  # type: ignore[attr-defined]
    style = (getattr(par.style, "name", "") or "").lower()  # type: ignore[attr-defined]
    if not text.strip():
        return ""
    if style.startswith("heading") or style == "title":
        level = style.removeprefix("heading").strip()
        return "#" * (int(level) if level.isdigit() else 1) + " " + text.strip()
    level = _list_level(par, style)
    if level is not None:
        mark = "1." if "number" in style else "-"
        return "  " * level + mark + " " + text.strip()  # a sub-item stays under its item
    return text


def _list_level(par: object, style: str) -> int | None:
    """0 for a list item, 1+ for a nested one (`List Bullet 2`, or numbering level `w:ilvl`);
    None for a paragraph that is no list item."""
    num_pr = getattr(getattr(par, "_p", None), "pPr", None)
    num_pr = getattr(num_pr, "numPr", None) if num_pr is not None else None
    ilvl = getattr(getattr(num_pr, "ilvl", None), "val", None) if num_pr is not None else None
    if "list" not in style and num_pr is None:
        return None
    found = re.search(r"\s(\d)$", style)
    if found:
        return max(int(found.group(1)) - 1, 0)
    return int(ilvl) if isinstance(ilvl, int) else 0


def _tidy(text: str) -> str:
    """Normalise newlines and drop control characters that break display."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
