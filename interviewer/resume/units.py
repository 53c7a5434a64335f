"""Units of work found by what a passage says, not by the shape of the line that holds it.

The phenomenon: a unit of work is a passage that says the candidate (or their team) did something
to an object, often with a result. A line that carries only a label (`KR1`, `H2`, `O：…` an
objective), a role line, dates, a count of things (`两件事`) or an employer (`美团期间`, `While at X`)
names no work. An entry the reader opened on such a line is therefore re-read as the units its
passages tell: each passage that tells a deed (or names its work, `Name：what was done`) is a unit,
named by its own name or by its object; a passage that only adds a result belongs to the unit
before it; a passage that tells no work (an objective, a remark) is none.
"""

from __future__ import annotations

import re

from interviewer.resume.evidence import job_line, named_item, role_line
from interviewer.resume.layout import (
    CJK_RE,
    PERIOD_RE,
    ROLE_RE,
    norm_period,
    section_kind,
    states_skill,
)
from interviewer.resume.naming import (
    deed_sentence,
    is_achievement,
    is_result_line,
    results_in,
    tells_deed,
    unit_name,
    work_pieces,
)
from interviewer.resume.structure import Entry

_MARKER_RE = re.compile(
    r"(?i:\b(?:kr|okr|o|h|q|objective|key result)\s*\d*\b)|第\s*[一二三四五六七八九十\d]+\s*[件个项条]?"
    r"|[（(]?[一二三四五六七八九十]+[）)、.]|\d+|[\W_]",
)
"""List markers and plan labels a name can be made of (KR1, H2, Objective 3, 第二件, （一）, 1.)."""
_PLAN_RE = re.compile(r"(?i:\b(?:kr|okr|objective|key result)s?\s*\d*\b|\b[hq][1-4]\b)")
"""A plan's label (KR1, OKR, Objective, H2, Q3)."""
_COUNT_RE = re.compile(
    r"^(?:[一二两三四五六七八九十几\d]+\s*(?:件|个|项|块)\s*(?:事|事情|工作|项目)?|"
    r"(?i:(?:two|three|four|five|several|a few|\d+)\s+(?:things|projects|pieces of work)))$"
)
"""A count of things where a name would be (两件事, three things): the things follow."""
_SPAN_RE = re.compile(
    r"^(?P<org>.{2,40}?)\s*(?:期间|的时候|时期|阶段)$"
    r"|^(?i:(?:while|when|during (?:my )?(?:time|years) at|at|in my time at)\s+)(?P<org2>.{2,40})$"
)
"""A stretch of time at an employer (美团期间, While at Booking.com): when, not what."""


def names_no_work(name: str, orgs: list[str]) -> bool:
    """The entry's name carries no piece of work: only markers, a count of things, a role, or
    a stretch of time at an employer the résumé names."""
    text = PERIOD_RE.sub(" ", name).strip()
    if not text:
        return True
    rest = _MARKER_RE.sub("", text).strip()
    if not rest or (_PLAN_RE.search(text) and len(rest) <= 2 and CJK_RE.search(rest)):
        return True  # 'KR1', '2023 H2', '个人 OKR'
    if _COUNT_RE.match(text):
        return True
    span = _SPAN_RE.match(text)
    if span:
        org = (span.group("org") or span.group("org2") or "").strip()
        if any(o and (o in org or org in o) for o in orgs):
            return True
    return role_line(text) is not None


def resegment(entries: list[Entry], orgs: list[str], lang: str) -> list[Entry]:
    """Entries whose name names no work, re-read as the units their passages tell."""
    del lang
    out: list[Entry] = []
    for entry in [part for e in entries for part in _split_at_titles(e, orgs)]:
        if not names_no_work(entry.name, orgs):
            out.append(entry)
            continue
        units, results = _units_of(entry, orgs)
        if results and out:
            out[-1].bullets.extend(results)  # a key result that only adds a result above
        out.extend(units)
    return out


def _split_at_titles(entry: Entry, orgs: list[str]) -> list[Entry]:
    """A dated title among an entry's lines ('特征数据回流平台    2023.01 – 至今', 'Refund anomaly
    detector    2021 – present') over lines of its own opens the next piece of work: a name and
    its dates, no deed, no result, no sentence."""
    parts = [entry]
    kept: list[str] = []
    for i, bullet in enumerate(entry.bullets):
        after = entry.bullets[i + 1 :]
        title = _dated_title(bullet, orgs) if entry.name and _work_follows(after, orgs) else None
        if title is not None:
            name, period = title
            parts.append(Entry(name=name, period=period, position=entry.position, role=entry.role))
        elif len(parts) > 1:
            parts[-1].bullets.append(bullet)
        else:
            kept.append(bullet)
    entry.bullets = kept
    return parts


_OPEN_END_RE = re.compile(r"(?i)\b(?:in|at|on|to|of|for|by|with|from|since|until)$|[在于从至到]$")
"""A name cannot end on a word that wants its object ('Promoted in 2023', '入职于 2020')."""


def _work_follows(lines: list[str], orgs: list[str]) -> bool:
    """Before the next dated title, some line tells work done."""
    for line in lines:
        if _dated_title(line, orgs) is not None:
            return False
        if is_achievement(line) or tells_deed(line) or results_in(line):
            return True
    return False


def _dated_title(line: str, orgs: list[str]) -> tuple[str, str] | None:
    """The name and dates of a line that only names a piece of work and when (not a job, an
    employer or a role)."""
    found = PERIOD_RE.search(line)
    if found is None or job_line(line) is not None:
        return None
    name = PERIOD_RE.sub(" ", line).strip(" \t|｜·•-–—,，")
    if (
        not name
        or len(name) > 40
        or len(name.split()) > 6
        or re.search(r"[。；;，,.:：!?！？%]|\d", name)
        or is_achievement(name)
        or role_line(name) is not None
        or ROLE_RE.search(name)
        or any(o and (o in name or name in o) for o in orgs)
        or _OPEN_END_RE.search(name)
    ):
        return None
    return name, norm_period(found.group())


def _units_of(entry: Entry, orgs: list[str]) -> tuple[list[Entry], list[str]]:
    """The units an entry's passages tell, and the results told before any of them."""
    units: list[Entry] = []
    results: list[str] = []
    for bullet in entry.bullets:
        for piece in work_pieces(bullet):
            named = named_item(piece)
            if named is not None and _described(named[1]):
                units.append(_unit(entry, named[0], piece, level=0))
                continue
            told = results_in(piece)
            if told and _result_only(piece):
                (units[-1].bullets if units else results).append(piece)  # a result only
                continue
            name = _deed_named(piece)
            if name and not names_no_work(name, orgs):
                units.append(_unit(entry, name, piece, level=-1))
            elif units and told:
                units[-1].bullets.append(piece)
    return units, results


def _result_only(piece: str) -> bool:
    """The passage only reports a result: it opens on the result, or what it would be named by
    is the measure its own result is about ('标注成本每月减少 8 万元', 'Churn down 3 points')."""
    from interviewer.quantities import extract_quantities

    if is_result_line(piece):
        return True
    if tells_deed(piece):
        return False
    lang = "zh" if CJK_RE.search(piece) else "en"
    name = set(_CHUNK_RE.findall(unit_name(piece, lang).lower())) - {"the"}
    for q in extract_quantities(piece):
        if q.role in ("result", "intermediate") and q.subject:
            about = set(_CHUNK_RE.findall(q.subject.lower()))
            if name and len(name & about) * 2 >= len(name):
                return True
    return False


_CHUNK_RE = re.compile(r"[a-z]{3,}|[\u3400-\u9fff]{2}")


def _deed_named(text: str) -> str:
    """The name of the work a passage tells, or '' when it tells no deed."""
    if not is_achievement(text):
        return ""
    return unit_name(deed_sentence(text), "zh" if re.search(r"[\u3400-\u9fff]", text) else "en")


def _described(rest: str) -> bool:
    """What follows a name tells the work: a deed, a result, or a description of some length."""
    words = len(re.findall(r"[A-Za-z]{2,}", rest)) + len(re.findall(r"[\u3400-\u9fff]", rest)) // 2
    return is_achievement(rest) or results_in(rest) or words >= 5


def _unit(entry: Entry, name: str, passage: str, *, level: int) -> Entry:
    return Entry(
        name=name,
        bullets=[passage],
        position=entry.position,
        role=entry.role,
        period=entry.period,
        skills=list(entry.skills),
        level=level,
    )


_KEYED_TITLE_RE = re.compile(
    r"^(?:[A-Za-z][A-Za-z ]{0,24}|[\u3400-\u9fff]{2,6})\s*[:：]\s*(?P<title>.+?)[.。]?$"
)
"""'Engagement: contract review assistant.', '合作内容：会员复购预测。': a short key over the work's name."""


def _title_of(line: str) -> str:
    """The name a line above a passage gives it: the value of a short 'Key: name' line, else the
    line itself."""
    keyed = _KEYED_TITLE_RE.match(line)
    return keyed.group("title").strip() if keyed else line


def units_from_passages(text: str) -> list[Entry]:
    """When the reader found no piece of work in any section it knows (a timeline, a page of
    its own shape), the passages that tell work are the units: a line telling a deed or its
    result is one (its wrapped lines rejoined), named by the short title line just above it when
    there is one (or the name a 'Key: name' line gives), else by its object; a line that only
    adds a result joins the unit above."""
    from interviewer.resume.lines import read_lines
    from interviewer.resume.naming import is_name_line

    read = [line for line in read_lines(text) if line.text.strip()]
    lines = [line.text.strip() for line in read]
    units: list[Entry] = []
    for i, line in enumerate(lines):
        if len(line) < 25 or not (is_achievement(line) or tells_deed(line)):
            continue
        if units and units[-1].bullets[-1] == lines[i - 1] and _result_only(line):
            units[-1].bullets.append(line)
            continue
        above = _title_of(lines[i - 1]) if i else ""
        headed = bool(above) and bool(section_kind(above))  # `个人总结`, `Profile`: no work's name
        if above and not headed and is_name_line(above, line) and not PERIOD_RE.search(above):
            units.append(Entry(name=above, bullets=[line]))
            continue
        told = [s for s in _SENTENCE_RE.split(line) if s.strip()] if headed else [line]
        for piece in (p for sentence in told for p in work_pieces(sentence)):
            if headed and not _tells_work(piece):
                continue  # a summary's sentence about its owner (years, focus, what they know)
            name = _given_name(piece, read[i].raw) or _deed_named(piece)
            if name and not names_no_work(name, []):
                units.append(Entry(name=name, bullets=[piece], level=-1))
    return units


_QUOTED_RE = re.compile(r"[“\"「《『]([^”\"」》』\n]{2,30})[”\"」》』]")
_FIRST_CLAUSE_RE = re.compile(r"[，,;；:：]")
_SENTENCE_RE = re.compile(r"(?<=[。！？!?])|(?<=[.])\s+(?=[A-Z\"“])")


def _given_name(piece: str, raw: str) -> str:
    """`主导了“作文智能批改”项目，…`, `Built "DocHound", a search assistant…`: the name the
    passage gives its work in quotes (as written, `raw`) in its first clause, or ''."""
    if not (tells_deed(piece) or is_achievement(piece)):
        return ""
    clause = _FIRST_CLAUSE_RE.split(piece, maxsplit=1)[0]
    for found in _QUOTED_RE.finditer(raw):
        name = found.group(1).strip()
        if name in clause:
            return name
    return ""


def _tells_work(piece: str) -> bool:
    """A summary's sentence tells a piece of work: a deed done to an object or a result claimed,
    not what its owner knows or how long they have worked."""
    from interviewer.quantities import extract_quantities

    if states_skill(piece):
        return False
    found = extract_quantities(piece)
    if found and all(q.role == "duration" and q.unit == "h" and q.value >= _YEAR_H for q in found):
        return False  # `做了六年推荐`, `Six years in applied ML`: how long its owner has worked
    return tells_deed(piece) or bool(results_in(piece))


_YEAR_H = 8760.0
