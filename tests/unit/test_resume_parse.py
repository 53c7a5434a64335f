"""read_resume_file / read_resume_bytes on real files: md, txt (several encodings), pdf, docx, bad ones."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from interviewer.errors import DataFileError
from interviewer.resume import load_resume, load_resume_bytes, read_resume_bytes, read_resume_file

RESUMES = Path(__file__).resolve().parent.parent / "data" / "resumes"
SAMPLE_SUFFIXES = (".md", ".txt", ".json", ".pdf", ".docx")  # not the fixture builders
CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

ZH_LINES = [
    "项目经历",
    "项目一：智能客服RAG系统  2023.06-2024.02",
    "角色：技术负责人",
    "- 召回率从68%提升到83%",
]
EN_LINES = [
    "Projects",
    "Project: Search ranking revamp | 2022–2023 | Tech lead",
    "- NDCG@10 improved from 0.41 to 0.52",
]


def make_pdf(lines: list[str], *, cjk: bool = False) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if cjk:
        pdf.add_font("wqy", fname=str(CJK_FONT))
        pdf.set_font("wqy", size=12)
    else:
        pdf.set_font("helvetica", size=12)
    for line in lines:
        pdf.cell(0, 10, line.replace("–", "-"), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def image_only_pdf() -> bytes:
    """A scanned page: a raster image of text lines (and some drawn shapes), no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    scan = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(scan)
    for row in range(30):
        draw.rectangle((40, 40 + row * 24, 40 + 400 + (row * 37) % 120, 52 + row * 24), fill=30)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(scan, x=10, y=10, w=190)
    pdf.set_fill_color(40, 40, 40)
    pdf.rect(20, 280, 160, 4, style="F")
    return bytes(pdf.output())


def encrypt(data: bytes, user_password: str, algorithm: str = "RC4-128") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx(path: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading("项目经历", level=2)
    doc.add_heading("知识库问答平台（2023.01 – 2023.12）", level=3)
    doc.add_paragraph("角色：技术负责人")
    doc.add_paragraph("命中率从 60% 提升到 78%", style="List Bullet")
    doc.add_paragraph("p99 < 800ms", style="List Bullet")
    doc.add_heading("技能", level=2)
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "语言"
    table.cell(0, 1).text = "Python、Go"
    table.cell(1, 0).text = "检索"
    table.cell(1, 1).text = "Milvus、Elasticsearch"
    doc.save(str(path))
    return path


def error_of(path: Path) -> DataFileError:
    with pytest.raises(DataFileError) as info:
        read_resume_file(path)
    assert "Traceback" not in str(info.value)
    return info.value


# ------------------------------------------------------------------ good files


@pytest.mark.parametrize(
    "name", sorted(p.name for p in RESUMES.iterdir() if p.is_file() and p.suffix in SAMPLE_SUFFIXES)
)
def test_sample_text_files_read_unchanged(name):
    path = RESUMES / name
    assert read_resume_file(path) == path.read_text(encoding="utf-8")


def test_english_pdf(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_pdf(EN_LINES))
    r = load_resume(path)
    assert r.source == "cv.pdf"
    assert [(p.name, p.role) for p in r.projects] == [("Search ranking revamp", "Tech lead")]
    assert r.projects[0].metrics[0].baseline == 0.41


def test_chinese_pdf_with_cjk_font(tmp_path):
    path = tmp_path / "简历.pdf"
    path.write_bytes(make_pdf(ZH_LINES, cjk=True))
    r = load_resume(path)
    assert r.lang == "zh"
    assert [(p.name, p.period, p.role) for p in r.projects] == [
        ("智能客服RAG系统", "2023.06 – 2024.02", "技术负责人")
    ]
    assert (r.projects[0].metrics[0].baseline, r.projects[0].metrics[0].result) == (68, 83)


def test_pdf_encrypted_with_empty_user_password_is_read(tmp_path):
    path = tmp_path / "locked-but-open.pdf"
    path.write_bytes(encrypt(make_pdf(EN_LINES), ""))
    assert "Search ranking revamp" in read_resume_file(path)


def test_pdf_encrypted_with_aes_and_no_user_password(tmp_path):
    """Restricted (owner-password only) PDFs are usually AES; reading them needs `cryptography`."""
    path = tmp_path / "restricted.pdf"
    path.write_bytes(encrypt(make_pdf(EN_LINES), "", algorithm="AES-256"))
    try:
        import cryptography  # noqa: F401
    except ImportError:
        assert "cryptography" in error_of(path).message
    else:
        assert "Search ranking revamp" in read_resume_file(path)


def test_docx_with_headings_lists_and_table(tmp_path):
    path = make_docx(tmp_path / "cv.docx")
    text = read_resume_file(path)
    assert "## 项目经历" in text and "- p99 < 800ms" in text
    assert "语言 | Python、Go" in text
    r = load_resume(path)
    assert [(p.name, p.period, p.role) for p in r.projects] == [
        ("知识库问答平台", "2023.01 – 2023.12", "技术负责人")
    ]
    assert {"Python", "Go", "Milvus", "Elasticsearch"} <= set(r.skills)


def test_gbk_text_is_decoded(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("\n".join(ZH_LINES).encode("gbk"))
    assert read_resume_file(path).splitlines() == ZH_LINES


@pytest.mark.parametrize(
    "name", sorted(p.name for p in RESUMES.iterdir() if p.is_file() and p.suffix in SAMPLE_SUFFIXES)
)
def test_every_sample_saved_as_gbk_reads_back(tmp_path, name):
    text = (RESUMES / name).read_text(encoding="utf-8")
    path = tmp_path / name
    path.write_bytes(text.encode("gbk"))
    assert read_resume_file(path) == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-16-le", "utf-16-be"])
def test_text_with_a_byte_order_mark_is_decoded(tmp_path, encoding):
    path = tmp_path / "bom.md"
    path.write_bytes("\n".join(ZH_LINES).encode(encoding))
    assert read_resume_file(path).splitlines() == ZH_LINES


def test_windows_newlines_and_control_characters_are_tidied(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Projects\r\nProject: Alpha | 2021\x07\r\n")
    assert read_resume_file(path) == "Projects\nProject: Alpha | 2021\n"


def test_uploaded_bytes():
    data = (RESUMES / "en_plain.txt").read_bytes()
    assert read_resume_bytes(data, "upload.txt") == data.decode()
    r = load_resume_bytes(make_pdf(EN_LINES), "C:\\fakepath\\cv.PDF")
    assert r.projects[0].name == "Search ranking revamp"


# ------------------------------------------------------------------ unusable files


def test_missing_file(tmp_path):
    err = error_of(tmp_path / "nope.md")
    assert "not found" in err.message and err.hint


def test_folder_is_not_a_file(tmp_path):
    assert "folder" in error_of(tmp_path).message


@pytest.mark.parametrize("suffix", [".doc", ".rtf", ".png", ""])
def test_unsupported_extension_names_the_supported_ones(tmp_path, suffix):
    path = tmp_path / f"cv{suffix}"
    path.write_bytes(b"something")
    err = error_of(path)
    assert "unsupported" in err.message
    assert ".md" in err.hint and ".pdf" in err.hint and ".docx" in err.hint


def test_empty_file(tmp_path):
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    assert "empty" in error_of(path).message


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n \t\n")
    assert "no text" in error_of(path).message


def test_file_over_ten_megabytes(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (10 * 1024 * 1024 + 1))
    err = error_of(path)
    assert "too large" in err.message and "10 MB" in err.message


def test_password_protected_pdf(tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypt(make_pdf(EN_LINES), "s3cret"))
    err = error_of(path)
    assert "password" in err.message
    assert "remove the password" in err.hint.lower()


def test_scanned_pdf_without_text_layer(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(image_only_pdf())
    err = error_of(path)
    assert "no text layer" in err.message
    assert "paste the text" in err.hint


def test_pdf_whose_fonts_have_no_character_map(tmp_path):
    """Text is there but extracts as glyph ids: say so instead of parsing garbage."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(ZH_LINES, cjk=True))))
    for page in writer.pages:
        fonts = page["/Resources"]["/Font"]
        for name in fonts:
            font = fonts[name].get_object()
            if "/ToUnicode" in font:
                del font[NameObject("/ToUnicode")]
    out = io.BytesIO()
    writer.write(out)
    path = tmp_path / "nomap.pdf"
    path.write_bytes(out.getvalue())
    err = error_of(path)
    assert "cannot be read" in err.message and "paste the text" in err.hint


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n" + bytes(range(256)) * 4, b"this is not a pdf at all"],
    ids=["garbled", "no-header"],
)
def test_corrupt_pdf(tmp_path, data):
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    err = error_of(path)
    assert "PDF" in err.message


def test_truncated_pdf(tmp_path):
    path = tmp_path / "truncated.pdf"
    path.write_bytes(make_pdf(EN_LINES)[:400])
    err = error_of(path)
    assert "PDF" in err.message


@pytest.mark.parametrize("data", [b"PK\x03\x04garbage-not-a-zip", b"plain words, not a zip"])
def test_corrupt_docx(tmp_path, data):
    path = tmp_path / "broken.docx"
    path.write_bytes(data)
    err = error_of(path)
    assert "DOCX" in err.message and ".docx" in err.hint


def test_binary_junk_named_txt(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 8)
    assert "binary" in error_of(path).message


def test_pdf_renamed_to_md_is_called_binary(tmp_path):
    path = tmp_path / "cv.md"
    path.write_bytes(make_pdf(EN_LINES))
    err = error_of(path)
    assert "binary" in err.message and "extension" in err.hint


@pytest.mark.parametrize("text", ["Projects\nCafé système\n", "Résumé: naïve café owner\n"])
def test_unknown_encoding(tmp_path, text):
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    err = error_of(path)
    assert "encoding is unknown" in err.message
    assert "UTF-8" in err.hint


def test_error_names_the_file(tmp_path):
    path = tmp_path / "cv.rtf"
    path.write_bytes(b"x")
    assert str(path) in str(error_of(path))


def test_docx_template_with_a_project_table(tmp_path):
    from docx import Document

    doc = Document()
    doc.add_paragraph("项目经历")
    table = doc.add_table(rows=3, cols=4)
    rows = [
        ("项目名称", "发票字段抽取", "项目时间", "2021.03-2021.09"),
        ("担任角色", "算法负责人", "技术栈", "PyTorch、LoRA"),
        ("项目成果", "字段准确率从 88% 提升到 96%", "", ""),
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    path = tmp_path / "table.docx"
    doc.save(str(path))
    r = load_resume(path)
    assert [(p.name, p.period, p.role, p.skills) for p in r.projects] == [
        ("发票字段抽取", "2021.03 – 2021.09", "算法负责人", ["PyTorch", "LoRA"])
    ]
    assert r.projects[0].metrics[0].result == 96


def test_docx_that_unpacks_to_a_huge_size_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (101 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    assert "unpacks to more than 100 MB" in error_of(path).message


def test_only_the_first_pages_of_a_very_long_pdf_are_read(tmp_path):
    from fpdf import FPDF

    from interviewer.resume.parse import MAX_PDF_PAGES

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for number in range(1, MAX_PDF_PAGES + 6):
        pdf.add_page()
        pdf.cell(0, 10, f"page marker {number}")
    path = tmp_path / "long.pdf"
    path.write_bytes(bytes(pdf.output()))
    text = read_resume_file(path)
    assert f"page marker {MAX_PDF_PAGES}" in text
    assert f"page marker {MAX_PDF_PAGES + 1}" not in text
