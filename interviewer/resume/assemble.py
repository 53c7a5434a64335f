"""From the reader's structure to the Resume contract: claims, kinds, skills, askable units."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from interviewer.resume.claims import claims_in, unit_claims
from interviewer.resume.evidence import job_line
from interviewer.resume.jsonresume import parse_json_resume, parse_yaml_resume
from interviewer.resume.kinds import classify
from interviewer.resume.layout import CJK_RE, PERIOD_RE, WORD_RE, dedupe, mentions
from interviewer.resume.naming import (
    deed_sentence,
    is_achievement,
    is_duty_name,
    is_name_line,
    is_result_line,
    states_aim,
    tells_duty,
    unit_name,
    work_pieces,
)
from interviewer.resume.narrative import read_narrative
from interviewer.resume.reader import Entry, Reader
from interviewer.resume.units import resegment, units_from_passages
from interviewer.types import ClaimedMetric, Position, Project, Resume

MAX_ANALYSED_CHARS = 100_000
"""Structure is read from this much text (about 30 pages); a longer input is not a résumé."""


def detect_language(text: str) -> Literal["zh", "en"]:
    """`zh` when Chinese characters outnumber English words, else `en`."""
    cjk = len(CJK_RE.findall(text))
    words = len(WORD_RE.findall(text))
    return "zh" if cjk and cjk >= words else "en"


def text_as_read(text: str) -> str:
    """The text the reader reads, which claims and project names quote: HTML as text, drawn
    tables as rows, ligature glyphs spelled out, columns one after the other, page marks dropped,
    prose jobs in paragraphs. `Resume.text` keeps what was given."""
    analysed = _drawn_tables(_plain_glyphs(_from_html(text[:MAX_ANALYSED_CHARS])))
    return _job_paragraphs(_without_page_marks(_text_columns(analysed)))


def parse_resume_text(text: str, source: str = "pasted") -> Resume:
    """Structure of a résumé's plain text; never raises on odd input."""
    text = text or ""
    if text.lstrip().startswith("{"):
        corrected = _corrected_reading(text, source)
        if corrected is not None:
            return corrected
    analysed = text_as_read(text)
    lang = detect_language(analysed)
    reading = parse_json_resume(analysed) if analysed.lstrip().startswith("{") else None
    reading = reading or parse_yaml_resume(analysed)
    reading = reading or read_narrative(analysed) or Reader().read(analysed)
    skills = dedupe(reading.skills)
    entries = [
        p
        for i, p in enumerate(reading.projects)
        if (p.name.strip() or p.bullets) and not _no_work(p) and not _groups(reading.projects, i)
    ]
    entries += _askable_units(reading.positions, reading.projects, lang)
    for area in reading.areas:  # a functional résumé: achievements under skill areas
        for unit in _askable_units([area], [], lang):
            unit.position, unit.role, unit.period = None, "", ""
            entries.append(unit)
    entries = resegment(entries, [p.org for p in reading.positions if p.org], lang)
    entries = [e for e in entries if e.level == -1 or not _no_work(e)]  # split off: a medal, a talk
    if not entries:
        entries = units_from_passages(analysed)
    for e in entries:
        _name_from_title_sentence(e)
    for e in entries:  # a project done in a job takes the job's title and dates when it has none
        if e.position is not None and e.position < len(reading.positions):
            job = reading.positions[e.position]
            e.role, e.period = e.role or job.title, e.period or job.period
    projects = [_project(e, skills) for e in entries]
    _results_told_elsewhere(analysed, projects)
    positions = [
        Position(title=p.title, org=p.org, period=p.period, bullets=p.bullets)
        for p in reading.positions
    ]
    metrics: list[ClaimedMetric] = [m for p in projects for m in p.metrics]
    covered = {b for p in projects for b in p.bullets}
    for pos in reading.positions:
        for bullet in pos.bullets:
            if bullet not in covered:
                metrics.extend(claims_in(bullet))
    return Resume(
        lang=lang,
        positions=positions,
        projects=projects,
        skills=skills,
        metrics=metrics,
        text=text,
        source=source,
    )


_LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
"""Typographic ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) a PDF of a typeset document hands back as one glyph."""

_MD_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])")
"""A Markdown backslash escape of ASCII punctuation (`1\\.`, `open\\-source`, `\\#`)."""


def _plain_glyphs(text: str) -> str:
    """Words as a reader sees them: ligature glyphs spelled out, and — when an export escapes
    punctuation throughout (two escapes or more) — Markdown backslash escapes removed."""
    if any("\ufb00" <= ch <= "\ufb06" for ch in text):
        text = "".join(_LIGATURES.get(ch, ch) for ch in text)
    if len(_MD_ESCAPE_RE.findall(text)) >= 2:
        text = _MD_ESCAPE_RE.sub(r"\1", text)
    return text


_GAP_RE = re.compile(r"\S(\s{3,})(?=\S)")


def _text_columns(text: str) -> str:
    """Two columns laid side by side in plain text (`pdftotext -layout` of a two-column CV): when
    many lines carry a second text starting at one column after a gutter of spaces, the left
    column is read first, then the right one — else every line mixes both."""
    lines = text.split("\n")
    starts: dict[int, int] = {}
    for line in lines:
        for gap in _GAP_RE.finditer(line):
            starts[gap.end(1)] = starts.get(gap.end(1), 0) + 1
    if not starts:
        return text
    col, hits = max(starts.items(), key=lambda kv: (kv[1], -kv[0]))
    if hits < 4 or col < 20:
        return text

    def fits(line: str) -> bool:
        return len(line) <= col - 1 or line[col - 2 : col] == "  "

    both = [i for i, ln in enumerate(lines) if fits(ln) and ln[:col].strip() and ln[col:].strip()]
    if len(both) < 4:
        return text
    first = both[0]
    last = max(i for i, ln in enumerate(lines) if i >= first and fits(ln) and ln[col:].strip())
    if any(not fits(ln) for ln in lines[first : last + 1]):
        return text  # a line runs across the gutter: not two columns
    right = [ln[col:].strip() for ln in lines[first : last + 1]]
    prose = [r for r in right if len(r.split()) >= 3 and not PERIOD_RE.fullmatch(r)]
    if len(prose) < 3:
        return text  # a column of dates or short labels belongs to its lines
    left = [ln[:col].rstrip() for ln in lines[first : last + 1]]
    return "\n".join([*lines[:first], *left, "", *right, *lines[last + 1 :]])


_PAGE_MARK_RE = re.compile(
    r"^\s*(?:(?:page|p\.|pg\.?|seite|página)\s*\d{1,3}(?:\s*(?:of|/|von|de)\s*\d{1,3})?"
    r"|[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}\s*/\s*\d{1,3}"
    r"|第\s*\d{1,3}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*[/／]\s*共\s*\d{1,3}\s*页)\s*$",
    re.I,
)
"""A page's number printed by a PDF export ('Page 1 of 2', '- 2 -', '1/3', '第 1 页，共 2 页')."""


_JOB_OPENING_RE = re.compile(
    r"^(?P<head>[^.。()（）\n]{3,100}?[(（][^()（）\n]*\d{4}[^()（）\n]*[)）])[.。]?\s*"
    r"(?P<rest>\S[^\n]{30,})$",
    re.M,
)
"""A paragraph that opens on its job ('Lumora Health, Staff ML Engineer (2021 to now). Dana
joined …'): the job, then the prose telling the work."""


def _period_only(text: str) -> bool:
    found = PERIOD_RE.search(text)
    return bool(found) and not PERIOD_RE.sub("", text).strip(" ,，-–—~")


def _job_paragraphs(text: str) -> str:
    """A paragraph opening with a job line and its dates in brackets is that job line over the
    paragraph's prose, so the job is read as a job and the prose as its work."""

    def split(found: re.Match[str]) -> str:
        head = found.group("head")
        inside = re.split(r"[(（]", head)[-1].rstrip(")）").strip()
        if not _period_only(inside) or job_line(head) is None:
            return found.group()  # 'Name (Client, role, 2022). …' is a project's meta
        return f"{found.group('head')}\n{found.group('rest')}"

    return _JOB_OPENING_RE.sub(split, text)


def _without_page_marks(text: str) -> str:
    """Page numbers are no content; a sentence a page break cut in two is one line again (the
    text before the mark does not end a sentence, so the blank lines around the mark go too)."""
    lines = text.split("\n")
    if not any(_PAGE_MARK_RE.match(line) for line in lines):
        return text
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _PAGE_MARK_RE.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        while out and not out[-1].strip():
            out.pop()  # blank lines before the mark
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        cut = bool(out) and not re.search(r"[.!?。！？;；:：]\s*$", out[-1])
        if not cut and j > i + 1:
            out.append("")
        i = j
    return "\n".join(out)


_RULE_ROW_RE = re.compile(r"^\s*[┌├└╔╠╚┏┣┗+╭╰|│][─━═\-=+┬┼┴╦╬╩┳╋┻┌┐├┤└┘╔╗╚╝╠╣┏┓┗┛┣┫╭╮╰╯:| ]*$")
"""A drawn table's rule line (`┌────┬───┐`, `├──┼──┤`, `+-----+----+`)."""
_CELL_ROW_RE = re.compile(r"^\s*[│┃║|](?P<cells>.*)[│┃║|]\s*$")
"""A drawn table's row of cells (`│ a │ b │`, `| a | b |`)."""


def _drawn_tables(text: str) -> str:
    """Tables drawn in plain text (box-drawing `┌─┬─┐ │ a │ b │`, or ASCII `+---+ | a | b |`)
    become Markdown tables, a row whose cells wrap onto further lines one row again: when rule
    lines separate the data rows, the lines between two rules are one row; otherwise a line whose
    first cell is empty continues the row above."""
    if not re.search(r"[│┃║]|^\s*\+[-=+]{5,}\+?\s*$", text, re.M):
        return text
    out: list[str] = []
    block: list[list[str] | None] = []  # cell lines, None for a rule line

    def flush() -> None:
        groups: list[list[list[str]]] = [[]]
        for item in block:
            if item is None:
                if groups[-1]:
                    groups.append([])
            else:
                groups[-1].append(item)
        groups = [g for g in groups if g]
        ruled = len(groups) >= 3 or (len(groups) == 2 and len(groups[0]) > 1)
        rows: list[list[str]] = []
        for group in groups:
            for k, parts in enumerate(group):
                width = len(rows[-1]) if rows else 0
                more = k > 0 and (ruled or not parts[0]) and len(parts) == width
                if more:
                    rows[-1] = [f"{x} {y}".strip() for x, y in zip(rows[-1], parts, strict=True)]
                else:
                    rows.append(parts)
        if rows:
            width = max(len(r) for r in rows)
            for i, row in enumerate(rows):
                out.append("| " + " | ".join(row + [""] * (width - len(row))) + " |")
                if i == 0:
                    out.append("|" + "---|" * width)
        block.clear()

    for line in text.split("\n"):
        cells = _CELL_ROW_RE.match(line)
        rule = _RULE_ROW_RE.match(line) and re.search(r"[─━═]|-{3,}|={3,}", line)
        if rule and (block or not cells):
            block.append(None)
        elif cells and (block or re.search(r"[│┃║]", line)):
            block.append([c.strip() for c in re.split(r"[│┃║|]", cells.group("cells"))])
        else:
            flush()
            out.append(line)
    flush()
    return "\n".join(out)


_HTML_TAG_RE = re.compile(
    r"</?(?:p|li|ul|ol|h[1-6]|b|strong|i|em|div|span|td|tr|th|table)\b[^>]*>", re.I
)
"""Tags of a web page (not `<br>`, which the DOCX reader writes inside table cells itself)."""


def _from_html(text: str) -> str:
    """A résumé pasted from a web page keeps its tags: list items, headings and line breaks
    become Markdown lines, other tags go, entities are read (`&amp;` → `&`)."""
    import html

    if len(_HTML_TAG_RE.findall(text)) < 3:
        return text
    text = re.sub(r"(?i)<br\s*/?>|</(?:p|div|tr|h[1-6]|li|ul|ol|table)>", "\n", text)
    text = re.sub(r"(?i)<h([1-6])\b[^>]*>", lambda m: "\n" + "#" * int(m.group(1)) + " ", text)
    text = re.sub(r"(?i)<li\b[^>]*>", "\n- ", text)
    text = re.sub(r"(?i)<(?:b|strong)\b[^>]*>|</(?:b|strong)>", "**", text)
    text = re.sub(r"(?i)<td\b[^>]*>", " | ", text)
    text = re.sub(r"<[^>\n]{1,200}>", "", text)
    text = html.unescape(text)
    return re.sub(r"\n\s*\n\s*\n+", "\n\n", text)


_CLAUSE_END_RE = re.compile(r"[;；。\n]|(?<=\.)\s+(?=[A-Z])")


def _results_told_elsewhere(text: str, projects: list[Project]) -> None:
    """A result told away from its project — a summary line `led Atlas, lifting CTR by 12%` or
    `主导“智能排班”项目，耗时从 2 天缩短到 2 小时` — is a claim of the one project it names."""
    named = [p for p in projects if p.named and len(p.name.strip()) >= 3]
    if not named:
        return
    told = [b[:24] for p in projects for b in p.bullets if len(b) >= 8]
    for clause in _CLAUSE_END_RE.split(text):
        if any(b in clause for b in told):
            continue  # the project's own lines were read with it
        hits = [p for p in named if _names(clause, p.name.strip())]
        if len(hits) != 1:
            continue
        project = hits[0]
        for m in claims_in(clause):
            if m.role != "result":
                continue
            if any(_same(m, old) for old in project.metrics):
                continue
            project.metrics.append(m)


_QUOTES_RE = re.compile(r"[「」『』“”\"《》‘’'【】]")


def _names(clause: str, name: str) -> bool:
    clause, name = _QUOTES_RE.sub("", clause), _QUOTES_RE.sub("", name)
    if CJK_RE.search(name):
        return name in clause
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", clause, re.IGNORECASE) is not None


def _same(a: ClaimedMetric, b: ClaimedMetric) -> bool:
    return (a.value, a.unit, a.baseline) == (b.value, b.unit, b.baseline)


def _corrected_reading(text: str, source: str) -> Resume | None:
    """A reading saved with `interviewer resume FILE --json` (and perhaps corrected by hand)."""
    from interviewer.resume.contract import from_contract

    try:
        return from_contract(text, source)
    except ValueError:
        return None  # a broken reading is read as text; the CLI reports the field at fault


_RECORD_RE = re.compile(
    r"(?i:\bet al\.|\barxiv\b|\bin proceedings\b|\bproc\. of\b|\bdoi:|\bISBN\b|\bpatent (?:no\.|us)|"
    r"\b(?:best paper|award|prize|scholarship|fellowship|certificate|certified|"
    r"(?:gold|silver|bronze) medal|medal(?:ist)?)\b)"
    r"|奖学金|获奖|荣誉|证书|一等奖|二等奖|三等奖|优秀员工|[金银铜]牌|奖牌"
    # talks given and pieces written about work: telling of work, not work to ask about
    r"|^(?i:(?:(?:conference|public|technical|tech|invited)\s+)?(?:talks?|speaking|writing|"
    r"blog(?:\s*posts)?|articles|podcasts?|newsletters?)(?:\s*(?:&|and|/|,)\s*(?:talks?|speaking|"
    r"writing|blog(?:\s*posts)?|articles|podcasts?|newsletters?))*)$"
    r"|^(?:个人|技术)?(?:博客|演讲|分享|专栏|公众号)(?:[与和、/](?:博客|演讲|分享|专栏|写作))*$"
)
"""A publication, patent, award or certificate: a record of recognition, not work to ask about."""
_RANK_RE = re.compile(
    r"(?i:\b(?:top|ranked|rank(?:ed)?|placed)\s+(?:#\s*)?\d[\d.,]*\s*%?(?:\s+(?:of|out of|among)\s+[\d,.]+\s*[kK]?\s*\w*)?)"
    r"|(?:排名|名列)?(?:前|第)\s*\d[\d.]*\s*(?:%|名|位)?|[\d,]+\s*支?(?:队伍|团队)中"
)
"""A placing in a contest (top 2% of 7,000 teams, ranked 3rd, 排名前 3%, 第 5 名)."""
_NOT_WORK_NAME_RE = re.compile(
    r"(?i)^(?:overview|summary|about|tools|toolbox|stack|tech stack|skills?|writing|links?|contact|"
    r"misc|miscellaneous|other|others|notes?|interests|hobbies)$"
    r"|^(?:个人|技术|项目|工作)?(?:总结|概述|概况|简介|技术栈|技能|工具|其他|其它|备注)(?:总结|清单|列表)?$"
)


def _no_work(e: Entry) -> bool:
    """A named entry that tells no work: a heading word over nothing (`技术栈总结`), a skill list
    (`Python、Go、Kafka`), or a publication/award line. Entries with a described piece of work
    (a bullet, a role or dates) stay."""
    from interviewer.resume.layout import split_skills

    name = e.name.strip()
    record = _RECORD_RE.search(name) or (e.bullets and _RECORD_RE.search(e.bullets[0][:40]))
    # beside a medal, a placing ("top 2% of 7,000 teams", "排名前 3%") is the record's, not work
    told = [_RANK_RE.sub(" ", b) if record else b for b in e.bullets]
    work = any(is_achievement(re.sub(r"^\s*[(（][^()（）]*[)）][.。]?\s*", "", b)) for b in told)
    if work:
        return False
    if record:
        return True
    items = split_skills(name)
    if len(items) >= 3 and all(len(i.split()) <= 3 for i in items):
        return True
    if is_duty_name(name):
        return True  # "日常：模型监控、报表", "On-call: …": duties kept up, no work delivered
    if not (e.bullets or e.period or e.role) and tells_duty(name) and not is_achievement(name):
        return True  # a list item beside named work that only tells a duty ("日常 support …")
    return bool(_NOT_WORK_NAME_RE.search(name)) and not (e.period or e.role)


def _askable_units(positions: list[Entry], projects: list[Entry], lang: str) -> list[Entry]:
    """A job with no named projects: each achievement becomes a unit named by its object. A
    sub-point (a list item indented under another) belongs to the piece of work above it."""
    with_projects = {p.position for p in projects}
    units: list[Entry] = []
    for index, job in enumerate(positions):
        # beside named projects, only a point told with its facets or its own claimed result is
        # work of its own ("We moved triage to a fine-tuned classifier, which raised accuracy
        # from 71% to 89%" above a "Cost work: …" project)
        beside = index in with_projects and not job.subs
        mine: list[Entry] = []
        named: Entry | None = None
        pieces = [
            (piece, b in job.subs)
            for b, bullet in enumerate(job.bullets)
            for piece in work_pieces(bullet)
        ]
        described = {
            piece
            for b, bullet in enumerate(job.bullets)
            if b in job.described
            for piece in work_pieces(bullet)
        }
        parent: Entry | None = None  # the unit the current top-level point became, if any
        for i, (bullet, sub) in enumerate(pieces):
            following, following_sub = pieces[i + 1] if i + 1 < len(pieces) else ("", False)
            if sub and parent is not None and named is None:
                parent.bullets.append(bullet)  # a result or a step of the point above
                continue
            if not sub:
                parent = None
            if is_name_line(bullet, following):  # a line naming the work the lines after tell
                named = Entry(
                    name=bullet.strip(), position=index, role=job.title, period=job.period
                )
                mine.append(named)
                continue
            if named is not None:
                named.bullets.append(bullet)
                continue
            if states_aim(bullet):
                continue  # what the work aimed at: no unit, and its number is a target
            if mine and is_result_line(bullet):
                mine[-1].bullets.append(bullet)  # the result of the achievement above
                continue
            # a duty line whose result the next line (or a sub-point under it) tells is work
            # delivered after all
            delivered = is_achievement(bullet) or bool(
                following
                and (is_result_line(following) or (following_sub and not sub and _told(following)))
            )
            if bullet in described or beside:
                delivered = _told(bullet)  # the job described: work only where a result is told
            titled = _title_sentence(bullet)
            if titled is not None and delivered:
                # "Feature store. Designed …": the work is named by its own title
                mine.append(
                    Entry(
                        name=titled[0],
                        bullets=[titled[1]],
                        position=index,
                        role=job.title,
                        period=job.period,
                    )
                )
                parent = None if sub else mine[-1]
                continue
            name = unit_name(deed_sentence(bullet), lang) if delivered else ""
            if name:
                mine.append(
                    Entry(
                        name=name,
                        bullets=[bullet],
                        position=index,
                        role=job.title,
                        period=job.period,
                        level=-1,
                    )
                )
                parent = None if sub else mine[-1]
        units.extend(mine)
    return units


def _told(text: str) -> bool:
    """The line states a claimed result (a change, a level reached, an outcome counted)."""
    return any(m.role == "result" for m in claims_in(text))


_TITLE_SENTENCE_RE = re.compile(r"^(?P<title>[A-Z][^.!?;:,]{2,60})\.\s+(?=[A-Z])")
"""A prose paragraph opening with a verbless title as its own sentence ("Casework data platform.
Designed the …")."""


def _title_sentence(text: str) -> tuple[str, str] | None:
    """(title, rest) of a line opening with a verbless title as its own sentence ("Casework
    data platform. Designed the …"), else None."""
    found = _TITLE_SENTENCE_RE.match(text)
    if found is None:
        return None
    title = found.group("title").strip()
    rest = text[found.end() :].strip()
    if len(title.split()) > 7 or re.search(r"\d", title) or not is_name_line(title, rest):
        return None
    return title, rest


def _name_from_title_sentence(e: Entry) -> None:
    """A dated setting line ("Top-5 UK motor insurer (2023, 9 months)", "Regional hospital group,
    2021") over a paragraph whose first sentence is only a title: the work is named by that title;
    the line above says for whom and when, so it becomes the role (the setting) — not the name."""
    if e.level == -1 or not e.period or not e.bullets:
        return
    found = _TITLE_SENTENCE_RE.match(e.bullets[0])
    if found is None:
        return
    title = found.group("title").strip()
    rest = e.bullets[0][found.end() :].strip()
    if len(title.split()) > 7 or re.search(r"\d", title) or not is_name_line(title, rest):
        return
    e.role = e.role or e.name
    e.name = title
    e.bullets[0] = rest


def _groups(entries: list[Entry], i: int) -> bool:
    """The entry only groups the pieces of work listed under it ('- Search' over '  - **Query
    rewriter**', '- 搜索方向' over its projects): no points of its own, and the next entry of the
    same job is nested deeper under it."""
    e = entries[i]
    if e.bullets or e.indent < 0 or i + 1 >= len(entries):
        return False
    nxt = entries[i + 1]
    return nxt.position == e.position and nxt.indent > e.indent


def _project(e: Entry, skills: list[str]) -> Project:
    body = "\n".join([e.name, *e.bullets])
    found = [s for s in skills if mentions(body, s)]
    header = [e.name] if e.level != -1 and not any(e.name in b for b in e.bullets) else []
    told = [line for line in (*header, *e.bullets) if not states_aim(line)]  # aims: targets
    metrics = unit_claims(told)
    project_skills = dedupe([*e.skills, *found])
    # the skills its lines mention are read there, in their place (a tool the work ran on is
    # no deed); only the project's own stack line is added
    kind = classify(e.name if e.level != -1 else "", e.bullets, e.skills)
    return Project(
        name=e.name,
        period=e.period,
        role=e.role,
        bullets=[b for b in e.bullets if b],
        metrics=metrics,
        skills=project_skills,
        kind=kind.kind,  # type: ignore[arg-type]
        kinds=kind.kinds,
        kind_evidence=kind.evidence,
        position=e.position,
        named=e.level != -1,
    )
