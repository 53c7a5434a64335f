"""Build the tuning corpus: each person of content_*.py rendered in its layouts, with sidecars.

Run from anywhere: `python tests/data/resumes/corpus/build.py`. Writes <id>_<layout>.<ext> and
<id>_<layout>.expected.yaml beside this script. Binary files (DOCX, PDF) are committed too; the
script is deterministic so a rebuild shows what changed.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from fixture_bytes import cjk_pdf, docx_bytes, pdf_bytes  # noqa: E402

sys.path.insert(0, str(HERE))

from content_en import PEOPLE as EN  # noqa: E402
from content_more import PEOPLE as MORE  # noqa: E402
from content_zh import PEOPLE as ZH  # noqa: E402

HEAD = {
    "en": {"exp": "Experience", "proj": "Projects", "skills": "Skills", "edu": "Education"},
    "zh": {"exp": "工作经历", "proj": "项目经历", "skills": "专业技能", "edu": "教育经历"},
}
EDU = {
    "en": "BSc Computer Science, State University, 2014 - 2018",
    "zh": "某大学 计算机科学与技术 本科 2014.09 - 2018.06",
}
CONTACT = {
    "en": "email: candidate@example.com | +1 555 0100",
    "zh": "邮箱：candidate@example.com  电话：138-0000-0000",
}
ODD = {
    "en": {"exp": "Places I've worked", "proj": "Stuff I've shipped", "skills": "Toolbelt"},
    "zh": {"exp": "职业轨迹", "proj": "做过的事", "skills": "趁手的工具"},
}
LAYOUT_FAMILY = {
    "docx_roles_h2": "docx_roles",
    "markdown_odd": "markdown",
    "docx_free_table": "docx_table",
    "grad_pdf": "pdf_single",
    "docx_achievements": "no_projects_section",
    "zh_block_pdf": "zh_block",
}
EXT = {
    "docx_roles_h2": "docx",
    "markdown_odd": "md",
    "docx_free_table": "docx",
    "grad_pdf": "pdf",
    "docx_achievements": "docx",
    "docx_table": "docx",
    "docx_roles": "docx",
    "pdf_single": "pdf",
    "pdf_two_column": "pdf",
    "linkedin_pdf": "pdf",
    "zh_block_pdf": "pdf",
    "json_resume": "json",
    "markdown": "md",
}


def named(p: dict[str, Any], layout: str) -> bool:
    return p["name"] is not None and layout not in ("no_projects_section", "docx_achievements")


def sep(lang: str) -> str:
    return "；" if lang == "zh" else "; "


def joined(p: dict[str, Any], lang: str) -> str:
    end = "。" if lang == "zh" else "."
    return sep(lang).join(b.rstrip("。.") for b in p["bullets"]) + end


# ------------------------------------------------------------------ text layouts


def markdown(person: dict[str, Any]) -> str:
    lang, h = person["lang"], HEAD[person["lang"]]
    out = [f"# {person['name']}", CONTACT[lang], "", f"## {h['exp']}", ""]
    for pos in person["positions"]:
        if lang == "zh":
            out.append(f"### {pos['org']} | {pos['title']} | {pos['period']}")
        else:
            out.append(f"### {pos['title']} — {pos['org']} ({pos['period']})")
        for p in pos["projects"]:
            if named(p, "markdown"):
                extra = " | ".join(x for x in (p["role"], p["period"]) if x)
                out += ["", f"#### {p['name']}" + (f" ({extra})" if extra else "")]
                out += [f"- {b}" for b in p["bullets"]]
            else:
                out.append(f"- {joined(p, lang)}")
        out.append("")
    out += [f"## {h['skills']}", ", ".join(person["skills"]), "", f"## {h['edu']}", EDU[lang]]
    return "\n".join(out) + "\n"


def wrap(text: str, width: int, lang: str, first: str, rest: str) -> list[str]:
    if lang == "zh":
        chunks = [text[i : i + width // 2] for i in range(0, len(text), width // 2)]
        return [first + chunks[0], *(rest + ch for ch in chunks[1:])]
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest)


def plain(person: dict[str, Any]) -> str:
    lang, h = person["lang"], HEAD[person["lang"]]
    out = [
        person["name"].upper() if lang == "en" else person["name"],
        CONTACT[lang],
        "",
        h["exp"].upper(),
    ]
    for pos in person["positions"]:
        if lang == "en":
            out.append(f"{pos['org']}, Remote - {pos['title']}      {pos['period']}")
        else:
            out.append(f"{pos['org']}    {pos['title']}    {pos['period']}")
        for i, p in enumerate(pos["projects"], 1):
            if lang == "en":
                head = f"* {p['name']}: " if named(p, "plain") else "* "
                out += wrap(head + joined(p, lang), 78, lang, "", "  ")
            else:
                head = f"{i}. {p['name']}：" if named(p, "plain") else f"{i}. "
                out += wrap(head + joined(p, lang), 78, lang, "", "   ")
        out.append("")
    out += [h["skills"].upper(), " / ".join(person["skills"]), "", h["edu"].upper(), EDU[lang]]
    return "\n".join(out) + "\n"


def wrapped_bullets(person: dict[str, Any]) -> str:
    lang, h = person["lang"], HEAD[person["lang"]]
    out = [person["name"], CONTACT[lang], "", h["exp"]]
    for pos in person["positions"]:
        out += ["", f"{pos['title']} | {pos['org']} | {pos['period']}"]
        for p in pos["projects"]:
            if named(p, "wrapped_bullets"):
                out += ["", p["name"]]
            for b in p["bullets"] if named(p, "wrapped_bullets") else [joined(p, lang)]:
                out += wrap(b, 56, lang, "• ", "")
    out += ["", h["skills"], ", ".join(person["skills"]), "", h["edu"], EDU[lang]]
    return "\n".join(out) + "\n"


def zh_block(person: dict[str, Any]) -> str:
    h = HEAD["zh"]
    out = [person["name"], CONTACT["zh"], "", h["exp"]]
    for pos in person["positions"]:
        out.append(f"{pos['org']}  {pos['title']}  {pos['period']}")
    out += ["", h["proj"]]
    for pos in person["positions"]:
        for p in pos["projects"]:
            out += [
                "",
                f"项目名称：{p['name']}",
                f"项目时间：{p['period'] or pos['period']}",
                f"担任角色：{p['role'] or pos['title']}",
                f"项目描述：{p['bullets'][0]}",
            ]
            rest = p["bullets"][1:]
            if rest:
                out.append("主要工作：")
                out += [f"{i}. {b}" for i, b in enumerate(rest, 1)]
    out += ["", h["skills"], "熟悉 " + "、".join(person["skills"]), "", h["edu"], EDU["zh"]]
    return "\n".join(out) + "\n"


def no_projects(person: dict[str, Any]) -> str:
    lang, h = person["lang"], HEAD[person["lang"]]
    out = [person["name"], CONTACT[lang], "", h["exp"]]
    for pos in person["positions"]:
        out += ["", f"{pos['org']} — {pos['title']} ({pos['period']})"]
        out += [f"- {joined(p, lang)}" for p in pos["projects"]]
    out += ["", f"{h['skills']}: " + ", ".join(person["skills"]), "", h["edu"], EDU[lang]]
    return "\n".join(out) + "\n"


def linkedin_lines(person: dict[str, Any]) -> list[str]:
    lang = person["lang"]
    out = [
        person["name"],
        "Contact" if lang == "en" else "联系方式",
        CONTACT[lang],
        "",
        "Experience" if lang == "en" else "工作经历",
    ]
    for pos in person["positions"]:
        out += ["", pos["org"], pos["title"], pos["period"].replace(" - ", " – ")]
        for p in pos["projects"]:
            desc = joined(p, lang)
            out += ["", f"{p['name']} - {desc}" if named(p, "linkedin_pdf") else desc]
    out += [
        "",
        "Top Skills" if lang == "en" else "技能",
        *person["skills"][:3],
        "",
        "Education" if lang == "en" else "教育经历",
        EDU[lang],
    ]
    return out


def json_resume(person: dict[str, Any]) -> str:
    work, projects = [], []
    for pos in person["positions"]:
        start, _, end = pos["period"].partition(" - ")
        highlights = [joined(p, person["lang"]) for p in pos["projects"] if p["name"] is None]
        work.append(
            {
                "name": pos["org"],
                "position": pos["title"],
                "startDate": start.strip(),
                "endDate": end.strip(),
                "highlights": highlights,
            }
        )
        for p in pos["projects"]:
            if p["name"] is None:
                continue
            projects.append(
                {
                    "name": p["name"],
                    "description": p["bullets"][0],
                    "highlights": p["bullets"][1:],
                    "roles": [p["role"]] if p["role"] else [],
                    "entity": pos["org"],
                    "keywords": [],
                }
            )
    doc = {
        "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        "basics": {"name": person["name"], "email": "candidate@example.com"},
        "work": work,
        "projects": projects,
        "skills": [{"name": "Tools", "keywords": person["skills"]}],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------ binary layouts


def pdf_lines(lines: list[str], width: float = 190) -> bytes:
    pdf = cjk_pdf(page_break=True)
    for line in lines:
        pdf.set_x(10)
        if line:
            pdf.multi_cell(width, 5, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
    return pdf_bytes(pdf)


def pdf_single(person: dict[str, Any]) -> bytes:
    lang, h = person["lang"], HEAD[person["lang"]]
    lines = [person["name"], CONTACT[lang], "", h["exp"]]
    for pos in person["positions"]:
        lines += ["", f"{pos['title']}, {pos['org']}    {pos['period']}"]
        for p in pos["projects"]:
            if named(p, "pdf_single"):
                extra = ", ".join(x for x in (p["role"], p["period"]) if x)
                lines.append(p["name"] + (f" — {extra}" if extra else ""))
                lines += [f"• {b}" for b in p["bullets"]]
            else:
                lines.append(f"• {joined(p, lang)}")
    lines += ["", h["skills"], ", ".join(person["skills"]), "", h["edu"], EDU[lang]]
    return pdf_lines(lines)


def pdf_two_column(person: dict[str, Any]) -> bytes:
    """A sidebar and a main column drawn row by row, as table-based templates do: plain text
    extraction interleaves the two columns line by line."""
    lang, h = person["lang"], HEAD[person["lang"]]
    side = [
        person["name"],
        *CONTACT[lang].split(" | " if lang == "en" else "  "),
        "",
        h["skills"],
        *person["skills"],
        "",
        h["edu"],
        *wrap(EDU[lang], 28, lang, "", ""),
    ]
    main = [h["exp"]]
    width = 66 if lang == "en" else 64
    for pos in person["positions"]:
        main += ["", f"{pos['title']} · {pos['org']} · {pos['period']}"]
        for p in pos["projects"]:
            if named(p, "pdf_two_column"):
                main.append(p["name"])
                for b in p["bullets"]:
                    main += wrap(b, width, lang, "• ", "  ")
            else:
                main += wrap(joined(p, lang), width, lang, "• ", "  ")
    pdf = cjk_pdf(page_break=True)
    y = 15.0
    for i in range(max(len(side), len(main))):
        if i < len(side) and side[i]:
            pdf.set_xy(10, y)
            pdf.cell(55, 5, side[i])
        if i < len(main) and main[i]:
            pdf.set_xy(72, y)
            pdf.cell(128, 5, main[i])
        y += 5.5
        if y > 280:
            pdf.add_page()
            y = 15.0
    return pdf_bytes(pdf)


def docx_roles_h2(person: dict[str, Any]) -> bytes:
    """Word's own styles: sections in Heading 1, each project a Heading 2, then `<role> | <years>`."""
    from docx import Document

    h = HEAD[person["lang"]]
    doc = Document()
    doc.add_paragraph(person["name"])
    doc.add_heading(h["exp"], 1)
    for pos in person["positions"]:
        doc.add_paragraph(f"{pos['title']}, {pos['org']}, {pos['period']}")
    doc.add_heading(h["proj"], 1)
    for pos in person["positions"]:
        for p in pos["projects"]:
            doc.add_heading(p["name"], 2)
            doc.add_paragraph(f"{p['role'] or pos['title']} | {p['period'] or pos['period']}")
            for b in p["bullets"]:
                doc.add_paragraph(b, style="List Bullet")
    doc.add_heading(h["skills"], 1)
    doc.add_paragraph(", ".join(person["skills"]))
    return docx_bytes(doc)


def docx_table(person: dict[str, Any]) -> bytes:
    from docx import Document

    lang, h = person["lang"], HEAD[person["lang"]]
    doc = Document()
    doc.add_heading(person["name"], 0)
    doc.add_paragraph(CONTACT[lang])
    doc.add_heading(h["exp"], 1)
    heads = (
        ["Project", "Period", "Role", "Description"]
        if lang == "en"
        else ["项目名称", "时间", "角色", "项目描述"]
    )
    for pos in person["positions"]:
        doc.add_paragraph(f"{pos['org']}    {pos['title']}    {pos['period']}")
        rows = [p for p in pos["projects"]]
        table = doc.add_table(rows=1, cols=4)
        for cell, text in zip(table.rows[0].cells, heads, strict=True):
            cell.text = text
        for p in rows:
            cells = table.add_row().cells
            cells[0].text = p["name"] or ""
            cells[1].text = p["period"] or pos["period"]
            cells[2].text = p["role"] or pos["title"]
            cells[3].text = "\n".join(p["bullets"])
    doc.add_heading(h["skills"], 1)
    doc.add_paragraph(", ".join(person["skills"]))
    doc.add_heading(h["edu"], 1)
    doc.add_paragraph(EDU[lang])
    return docx_bytes(doc)


def docx_roles(person: dict[str, Any]) -> bytes:
    from docx import Document

    lang, h = person["lang"], HEAD[person["lang"]]
    doc = Document()
    doc.add_heading(person["name"], 0)
    doc.add_paragraph(CONTACT[lang])
    doc.add_heading(h["exp"], 1)
    for pos in person["positions"]:
        doc.add_heading(f"{pos['org']} — {pos['title']}", 2)
        doc.add_paragraph(pos["period"])
        for p in pos["projects"]:
            if named(p, "docx_roles"):
                doc.add_heading(p["name"], 3)
                doc.add_paragraph(f"{p['role'] or pos['title']} | {p['period'] or pos['period']}")
                for b in p["bullets"]:
                    doc.add_paragraph(b, style="List Bullet")
            else:
                doc.add_paragraph(joined(p, lang), style="List Bullet")
    doc.add_heading(h["skills"], 1)
    doc.add_paragraph(", ".join(person["skills"]))
    return docx_bytes(doc)


def markdown_odd(person: dict[str, Any]) -> str:
    """Headings no vocabulary knows; projects as `### Name — tagline` with a quoted role line."""
    lang, h = person["lang"], ODD[person["lang"]]
    out = [f"# {person['name']}", CONTACT[lang], "", f"## {h['exp']}", ""]
    for pos in person["positions"]:
        out += [f"**{pos['org']}** · {pos['title']} · {pos['period']}", ""]
    out += [f"## {h['proj']}", ""]
    for pos in person["positions"]:
        for i, p in enumerate(pos["projects"], 1):
            tagline = p["bullets"][0].split("，")[0].split(" via ")[0][:30]
            number = f"{i}）" if lang == "zh" else f"{i})"
            out += [
                f"### {number}{p['name']} — {tagline}",
                f"> {p['role'] or pos['title']} · {p['period'] or pos['period']}",
            ]
            out += [f"- {b}" for b in p["bullets"]] + [""]
    out += [f"## {h['skills']}", " · ".join(person["skills"])]
    return "\n".join(out) + "\n"


def docx_free_table(person: dict[str, Any]) -> bytes:
    """Jobs as paragraphs, projects in a table whose columns say what was done and what came of it."""
    from docx import Document

    lang = person["lang"]
    doc = Document()
    doc.add_heading(person["name"], 0)
    heads = ["Project", "What I did", "Outcome"] if lang == "en" else ["项目", "做了什么", "结果"]
    doc.add_heading(HEAD[lang]["exp"], 1)
    for pos in person["positions"]:
        doc.add_paragraph(f"{pos['title']}, {pos['org']} ({pos['period']})")
    doc.add_heading(HEAD[lang]["proj"], 1)
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        cell.text = text
    for pos in person["positions"]:
        for p in pos["projects"]:
            cells = table.add_row().cells
            cells[0].text = p["name"] or ""
            cells[1].text = p["bullets"][0]
            cells[2].text = "\n".join(p["bullets"][1:])
    doc.add_heading(HEAD[lang]["skills"], 1)
    doc.add_paragraph(", ".join(person["skills"]))
    return docx_bytes(doc)


def docx_achievements(person: dict[str, Any]) -> bytes:
    """Plain paragraphs: the job, a 'Key achievements:' label, then list items; no project names."""
    from docx import Document

    lang = person["lang"]
    doc = Document()
    doc.add_paragraph(person["name"])
    doc.add_paragraph(HEAD[lang]["exp"].upper() if lang == "en" else HEAD[lang]["exp"])
    for pos in person["positions"]:
        doc.add_paragraph(f"{pos['org']} | {pos['title']} | {pos['period']}")
        doc.add_paragraph("Key achievements:" if lang == "en" else "主要业绩：")
        for p in pos["projects"]:
            doc.add_paragraph(joined(p, lang), style="List Bullet")
    doc.add_paragraph(HEAD[lang]["skills"])
    doc.add_paragraph(", ".join(person["skills"]))
    return docx_bytes(doc)


def grad_pdf(person: dict[str, Any]) -> bytes:
    """A new graduate: education first, the internship, then course and personal projects."""
    lang = person["lang"]
    edu, proj_head = (
        ("Education", "Course & Personal Projects")
        if lang == "en"
        else ("教育背景", "课程与个人项目")
    )
    lines = [
        person["name"],
        CONTACT[lang],
        "",
        edu,
        EDU[lang],
        "",
        "Internship" if lang == "en" else "实习经历",
    ]
    for pos in person["positions"]:
        lines.append(f"{pos['title']} - {pos['org']}, {pos['period']}")
        lines += [f"• {joined(p, lang)}" for p in pos["projects"] if not named(p, "grad_pdf")]
    lines += ["", proj_head]
    for pos in person["positions"]:
        for p in pos["projects"]:
            if named(p, "grad_pdf"):
                lines.append(p["name"])
                lines += [f"• {b}" for b in p["bullets"]]
    lines += ["", HEAD[lang]["skills"], ", ".join(person["skills"])]
    return pdf_lines(lines)


RENDER = {
    "docx_roles_h2": docx_roles_h2,
    "markdown_odd": markdown_odd,
    "docx_free_table": docx_free_table,
    "docx_achievements": docx_achievements,
    "grad_pdf": grad_pdf,
    "markdown": markdown,
    "plain": plain,
    "wrapped_bullets": wrapped_bullets,
    "zh_block": zh_block,
    "no_projects_section": no_projects,
    "json_resume": json_resume,
    "pdf_single": pdf_single,
    "pdf_two_column": pdf_two_column,
    "docx_table": docx_table,
    "docx_roles": docx_roles,
    "linkedin_pdf": lambda p: pdf_lines(linkedin_lines(p)),
    "zh_block_pdf": lambda p: pdf_lines(zh_block(p).splitlines()),
}


def sidecar(person: dict[str, Any], layout: str) -> dict[str, Any]:
    projects, facts = [], []
    for pos in person["positions"]:
        for p in pos["projects"]:
            projects.append(
                {
                    "name": p["name"] if named(p, layout) else None,
                    "bullets_contain": [p["key"]],
                    "kind": p["kind"],
                    "claims": p["claims"],
                }
            )
            facts += p["facts"]
    side: dict[str, Any] = {
        "lang": person["lang"],
        "layout": LAYOUT_FAMILY.get(layout, layout),
        "seniority": person["seniority"],
        "positions": [{"title": pos["title"], "org": pos["org"]} for pos in person["positions"]],
        "projects": projects,
    }
    if facts:
        side["facts"] = facts
    return side


def main() -> None:
    for person in [*EN, *ZH, *MORE]:
        for layout in person["layouts"]:
            stem = f"{person['id']}_{layout}"
            ext = EXT.get(layout, "txt")
            data = RENDER[layout](person)
            path = HERE / f"{stem}.{ext}"
            if isinstance(data, bytes):
                path.write_bytes(data)
            else:
                path.write_text(data, encoding="utf-8")
            (HERE / f"{stem}.expected.yaml").write_text(
                yaml.safe_dump(sidecar(person, layout), allow_unicode=True, sort_keys=False),
                encoding="utf-8",
            )


if __name__ == "__main__":
    main()
