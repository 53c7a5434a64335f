"""Build the binary résumés of this folder (DOCX, PDF) from the specs below.

Run: `python tests/data/resumes/fresh/build.py`. Deterministic: a rebuild shows what changed.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from fixture_bytes import WHEN, cjk_pdf, write_all  # noqa: E402


def f01_europass() -> bytes:
    """Europass CV: a 'date – date – City, Country' line, an upper-case 'TITLE – EMPLOYER' line,
    a 'Business or sector' line, ▪ points (some 'Name: text'), language and digital skills, and a
    PROJECTS section at the end with a dates line over the project name."""
    pdf = cjk_pdf(page_break=True)
    lines: list[tuple[str, int]] = [
        ("Europass Curriculum Vitae", 14),
        ("Marta Kowalczyk", 12),
        ("Date of birth: 14/03/1990    Nationality: Polish", 9),
        ("Email address: marta.k@example.pl    Phone: (+48) 600 000 000", 9),
        ("", 0),
        ("WORK EXPERIENCE", 11),
        ("01/03/2021 – CURRENT – Kraków, Poland", 9),
        ("MACHINE LEARNING ENGINEER – ALLEGRO ANALYTICS SP. Z O.O.", 10),
        ("Business or sector: Information and communication", 9),
        (
            "▪ Search ranking model for the marketplace: replaced the hand-tuned scoring with a"
            " LightGBM learning-to-rank model; NDCG@10 went from 0.412 to 0.468.",
            10,
        ),
        (
            "▪ Evaluation harness for ranking experiments: offline replay of 30 days of queries;"
            " the time to evaluate a candidate model was reduced from 2 days to 3 hours.",
            10,
        ),
        ("▪ Participation in the on-call rota and in code reviews.", 10),
        ("", 0),
        ("15/09/2017 – 28/02/2021 – Warsaw, Poland", 9),
        ("DATA ENGINEER – PKO TECHNOLOGY", 10),
        ("Business or sector: Financial and insurance activities", 9),
        (
            "▪ Migration of the nightly transaction ETL from Informatica to Spark; batch runtime"
            " cut from 7 hours to 50 minutes.",
            10,
        ),
        ("▪ Support for business analysts with ad-hoc SQL queries.", 10),
        ("", 0),
        ("EDUCATION AND TRAINING", 11),
        ("01/10/2012 – 30/06/2014 – Warsaw, Poland", 9),
        ("MASTER OF SCIENCE IN COMPUTER SCIENCE – Warsaw University of Technology", 10),
        ("", 0),
        ("LANGUAGE SKILLS", 11),
        ("Mother tongue(s): POLISH", 10),
        ("Other language(s): ENGLISH  Listening C1  Reading C2  Writing C1", 10),
        ("", 0),
        ("DIGITAL SKILLS", 11),
        ("Python | Spark | LightGBM | Airflow | SQL | Docker", 10),
        ("", 0),
        ("PROJECTS", 11),
        ("01/2020 – 12/2020", 9),
        ("Fraud-alert triage assistant", 10),
        (
            "Rules plus a gradient-boosted model that ranks card-fraud alerts for analysts;"
            " false-positive reviews by analysts fell by 35%.",
            10,
        ),
    ]
    for text, size in lines:
        if not text:
            pdf.ln(3)
            continue
        pdf.set_font("wqy", size=size)
        pdf.multi_cell(190, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_creation_date(WHEN)
    return bytes(pdf.output())


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = (
    f'xmlns:w="{_W}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _box_paragraphs(items: list[tuple[str, str]]) -> str:
    """(style, text) → w:p elements; style '' plain, 'b' bold, or a paragraph style id."""
    out = []
    for style, text in items:
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style not in ("", "b") else ""
        rpr = "<w:rPr><w:b/></w:rPr>" if style == "b" else ""
        out.append(
            f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        )
    return "".join(out)


def _text_box_run(box_id: int, x_emu: int, width_emu: int, items: list[tuple[str, str]]) -> Any:
    """A run holding a floating text box the way Word writes it: a DrawingML shape in
    mc:Choice and the same text again as a VML text box in mc:Fallback."""
    from docx.oxml import parse_xml

    body = _box_paragraphs(items)
    xml = (
        f'<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{box_id}"'
        ' behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>1200000</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width_emu}" cy="8000000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapNone/><wp:docPr id="{box_id}" name="Text Box {box_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{width_emu}" cy="8000000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/>"
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f'<mc:Fallback><w:pict><v:shape id="Text Box {box_id}" type="#_x0000_t202" '
        f'style="position:absolute;width:{width_emu // 12700}pt;height:630pt">'
        f"<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )
    return parse_xml(xml)


def f06_docx_textboxes() -> bytes:
    """A template-made DOCX: the name in the body, everything else in two floating text boxes
    (sidebar with contact/skills/education, main box with experience), each written by Word
    twice (DrawingML and its VML fallback)."""
    from docx import Document

    doc = Document()
    doc.add_heading("Aoife Brennan", 0)
    anchor = doc.add_paragraph()
    sidebar = [
        ("Heading2", "CONTACT"),
        ("", "Dublin, Ireland"),
        ("", "aoife.brennan@example.ie"),
        ("Heading2", "SKILLS"),
        ("", "PyTorch · LangGraph · timm · SQL · Azure ML"),
        ("Heading2", "EDUCATION"),
        ("", "MSc Data Analytics, University College Dublin, 2016"),
        ("Heading2", "LANGUAGES"),
        ("", "English, Irish, French (B2)"),
    ]
    main = [
        ("Heading2", "EXPERIENCE"),
        ("b", "Senior ML Engineer — Orbital Insurance, Dublin (2020 – present)"),
        ("b", "Claims-photo damage estimator"),
        ("", "Vision model that estimates the repair cost from phone photos of car damage."),
        (
            "ListBullet",
            "Estimates within 10% of the adjuster's figure rose from 38% to 64% of claims.",
        ),
        ("ListBullet", "Average claim cycle time cut from 12 days to 5."),
        ("b", "Underwriting copilot"),
        (
            "",
            "LLM assistant that drafts underwriting notes and calls the rating engine and the"
            " policy lookup as tools.",
        ),
        ("ListBullet", "Underwriters now draft notes 3x faster."),
        ("ListBullet", "Adopted by 85 underwriters in two countries."),
        ("b", "Data Scientist — Fernway Telecom, Cork (2016 – 2020)"),
        ("ListBullet", "Rebuilt the churn-propensity model; retention campaign uplift doubled."),
        ("ListBullet", "Maintained the weekly churn dashboards for marketing."),
    ]
    anchor._p.append(_text_box_run(1, 300000, 1900000, sidebar))
    anchor._p.append(_text_box_run(2, 2400000, 4800000, main))
    doc.core_properties.created = WHEN
    doc.core_properties.modified = WHEN
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def f13_docx_title_over_employer() -> bytes:
    """Jobs as a Heading 2 job title over an 'Employer | dates' paragraph, projects as Heading 3
    with a 'role | dates' line, and a job told under 'Responsibilities' / 'Key achievements'
    Heading 4s."""
    from docx import Document

    d = Document()
    d.add_heading("Marek Nowak", 0)
    d.add_paragraph("Senior Data Scientist | Gdańsk | marek@example.pl")
    d.add_heading("Professional Experience", 1)
    d.add_heading("Senior Data Scientist", 2)
    d.add_paragraph("Baltic Retail Group | 2020 – Present")
    d.add_heading("Markdown pricing engine", 3)
    d.add_paragraph("Lead developer | 2021 – 2022")
    d.add_paragraph(
        "Optimised clearance prices for 900 stores with a demand model per category.",
        style="List Bullet",
    )
    d.add_paragraph("Margin on discounted items rose from 11% to 15%.", style="List Bullet")
    d.add_heading("Shelf availability alerts", 3)
    d.add_paragraph("Data scientist | 2020")
    d.add_paragraph(
        "Computer-vision alerts from shelf cameras; out-of-stock hours down 23%.",
        style="List Bullet",
    )
    d.add_heading("Data Analyst", 2)
    d.add_paragraph("Nordic Telecom | 2016 – 2020")
    d.add_paragraph("Responsibilities", style="Heading 4")
    d.add_paragraph("Weekly churn reporting for the marketing team.", style="List Bullet")
    d.add_paragraph("Key achievements", style="Heading 4")
    d.add_paragraph(
        "Built a churn model that cut monthly churn from 2.1% to 1.7%.", style="List Bullet"
    )
    d.add_heading("Education", 1)
    d.add_paragraph("MSc Econometrics, University of Warsaw, 2016")
    d.core_properties.created = WHEN
    d.core_properties.modified = WHEN
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


BUILDERS = {
    "f01_europass.pdf": f01_europass,
    "f06_docx_textboxes.docx": f06_docx_textboxes,
    "f13_docx_title_over_employer.docx": f13_docx_title_over_employer,
}


if __name__ == "__main__":
    write_all(BUILDERS, HERE)
