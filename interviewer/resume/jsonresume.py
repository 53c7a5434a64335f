"""JSON Resume files (jsonresume.org schema) read directly: work → positions, projects → projects.
A résumé kept as YAML data (RenderCV's `cv: sections:`, or `experience:` lists of `- company:`
/ `position:` / `highlights:` records) is the same structure under other key names.

Highlights of a job that no project claims become its askable units, as in text résumés.
Volunteering, and projects whose `type` is a talk, paper or course, are no units of work.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from interviewer.resume.layout import clean_text, norm_period, section_kind
from interviewer.resume.reader import Entry, Reading


def parse_json_resume(text: str) -> Reading | None:
    """The structure of a JSON Resume document, or None when the text is not one."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or not ({"work", "projects", "basics"} & set(data)):
        return None
    return _reading(data)


_DATA_KEY_RE = re.compile(
    r"(?m)^[ \t]*-?[ \t]*(?:company|position|highlights|institution|start_?date)[ \t]*:"
)


def parse_yaml_resume(text: str) -> Reading | None:
    """The structure of a résumé kept as YAML data, or None when the text is not one: its
    sections (`experience:`, `projects:`, `工作经历:`, under RenderCV's `cv: sections:` or at the top)
    hold records; a record naming a company is a job, one naming a project is a project, and the
    section's name says what its records are when their keys do not."""
    if len(_DATA_KEY_RE.findall(text)) < 2:
        return None
    try:
        data = yaml.load(
            text, Loader=yaml.BaseLoader
        )  # every value a string: dates stay as written
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict):
        return None
    cv: dict[str, Any] = data["cv"] if isinstance(data.get("cv"), dict) else data
    sections: dict[str, Any] = cv["sections"] if isinstance(cv.get("sections"), dict) else cv
    work: list[dict[str, Any]] = []
    projects: list[dict[str, Any]] = []
    skills: list[dict[str, Any]] = []
    for title, value in sections.items():
        kind = section_kind(str(title).replace("_", " "))
        for item in _items(value):
            record = {_KEY_OF.get(k.lower(), k): v for k, v in item.items()}
            if "institution" in record or kind in ("education", "publications"):
                continue
            if kind == "skills" or "keywords" in record and not record.get("highlights"):
                skills.append(record)
            elif "company" in record or ("position" in record and kind != "projects"):
                work.append(record)
            elif record.get("name") and (kind == "projects" or record.get("highlights")):
                projects.append(record)
    if not work and not projects:
        return None
    return _reading({"work": work, "projects": projects, "skills": skills})


_KEY_OF = {
    "start_date": "startDate",
    "end_date": "endDate",
    "employer": "company",
    "organisation": "company",
    "title": "position",
    "role": "position",
    "details": "summary",
    "bullets": "highlights",
    "achievements": "highlights",
}
"""RenderCV's and hand-written YAML's key names for the JSON Resume keys that mean the same."""


def _reading(data: dict[str, Any]) -> Reading:
    out = Reading()
    orgs: dict[str, int] = {}
    for job in _items(data.get("work")):  # volunteering is no job and holds no units
        org = _text(job.get("name") or job.get("company") or job.get("organization"))
        entry = Entry(title=_text(job.get("position")), org=org, period=_period(job))
        summary = _text(job.get("summary"))
        highlights = [b for b in map(_text, _list(job.get("highlights"))) if b]
        entry.bullets = highlights or [summary] if highlights or summary else []  # a summary
        # describes the job; when highlights tell the achievements it is no unit of work
        orgs.setdefault(org.lower(), len(out.positions))
        out.positions.append(entry)
    for item in _items(data.get("projects")):
        name = _text(item.get("name"))
        if not name or _NOT_WORK_RE.search(_text(item.get("type"))):
            continue  # a talk, paper or course listed under projects is no unit of work
        bullets = [_text(item.get("description")), *map(_text, _list(item.get("highlights")))]
        entry = Entry(
            name=name,
            role=", ".join(map(_text, _list(item.get("roles")))),
            period=_period(item),
            bullets=[b for b in bullets if b],
            skills=[_text(k) for k in _list(item.get("keywords")) if _text(k)],
        )
        entry.position = orgs.get(_text(item.get("entity")).lower())
        out.projects.append(entry)
    for group in _items(data.get("skills")):
        words = [_text(k) for k in _list(group.get("keywords")) if _text(k)]
        out.skills.extend(words or [_text(group.get("name"))])
    out.skills = [s for s in out.skills if s]
    return out


_NOT_WORK_RE = re.compile(
    r"(?i)\b(?:talk|presentation|keynote|paper|publication|article|poster|course|certificat\w*|award)s?\b"
    r"|演讲|论文|课程|证书|获奖"
)


def _items(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _text(value: Any) -> str:
    return clean_text(str(value)) if isinstance(value, (str, int, float)) else ""


def _period(item: dict[str, Any]) -> str:
    start, end = (_iso_month(_text(item.get(k))) for k in ("startDate", "endDate"))
    if not start and not end:
        return norm_period(_text(item.get("date"))) if _text(item.get("date")) else ""
    return norm_period(f"{start} - {end or 'present'}") if start else end


def _iso_month(date: str) -> str:
    """ "2021-04" / "2021-04-01" → "2021.04", so its dash is not read as a range."""
    found = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-\d{1,2})?", date)
    return f"{found.group(1)}.{found.group(2)}" if found else date
