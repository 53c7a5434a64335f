"""Résumés told in prose: no headings, no bullets, jobs and projects in paragraphs.

A paragraph is split into sentences before any structure is read. A sentence with dates and
an employer/title clause (`2020 年 7 月至今在某公司担任…`, `Since 2021 I have worked at X as
a Senior ML Engineer`) opens a job; a sentence that introduces a piece of work (`第一个项目是
“X”`, `其二为“X”`, `后来我负责搭了一个“X”`, `My first project there was "X"`, `I then led the
rebuild of … into a … assistant`) opens a project of that job; the sentences after it tell that
project until another opens or a side remark (`另外…`, `I also …`) returns to the job. A tool or
employer named in passing is never a project: only an introducing phrase makes one, and an
unquoted name must end in a noun that names built work (系统, 助手, service, assistant…).
"""

from __future__ import annotations

import re

from interviewer.resume.layout import PERIOD_RE, clean_text, norm_period
from interviewer.resume.lines import read_lines, width
from interviewer.resume.structure import Entry, Reading

__all__ = ["read_narrative"]

_SENTENCE_RE = re.compile(
    r"(?<=[。！？；!?;])\s*|(?<=[.])\s+(?=[A-Z\"“'‘(])|：(?=其[一二三四五六七八九十]|(?:其中)?(?:一|另一|另外一)个|第[一二三四五六七八九十\d])"
)
_CJK_RE = re.compile(r"[\u3400-\u9fff，。；：“”]")
_CLAUSE_RE = re.compile(r"[，,]\s*")
_QUOTED_RE = re.compile(r"[“\"「《『‘']([^”\"」》』’']{2,40})[”\"」》』’']")

# a job told in a sentence
_ZH_JOB_RE = re.compile(
    r"(?:在|任职于|就职于|供职于|加入了?)\s*(?P<org>[^，,。；、\s][^，,。；]{1,24}?)\s*[，,]?\s*"
    r"(?:担任|任职|出任|当|做|任|从事)(?P<title>[^，,。；、的]{2,14})"
)
_EN_TITLE = (
    r"(?P<title>(?:[A-Za-z/&-]+\s){0,3}?(?i:engineer|scientist|analyst|developer|manager|lead|"
    r"researcher|consultant|architect|intern|specialist))"
)
_EN_ORG = r"(?P<org>[A-Z][\w&.'’-]*(?:\s(?:of\s|&\s)?[A-Z][\w&.'’-]*){0,4})"
_EN_JOB_RES = (
    re.compile(rf"\bat {_EN_ORG},? as (?:an? |the )?{_EN_TITLE}"),
    re.compile(rf"\bjoined {_EN_ORG}(?: in \d{{4}})?,? as (?:an? |the )?{_EN_TITLE}"),
    re.compile(
        rf"\b(?:was|am|have been|worked as|joined as) (?:an? |the )?{_EN_TITLE} (?:at|with|for) {_EN_ORG}"
    ),
)

# a sentence introducing a piece of work
_ZH_NUM = r"[一二三四五六七八九十\d]+"
_ZH_INTRO_RE = re.compile(
    rf"(?:第{_ZH_NUM}个|另一个|另外一个|还有一个|最后一个|下一个|首个)项目(?:是|叫|为|名为)"
    rf"|其{_ZH_NUM}(?:为|是)"
    r"|(?:(?<=^)|(?<=[，,；;：:]))\s*(?:其中)?(?:一|另一|另外一)个(?:是|叫)"
    r"|(?:叫|名为)(?=[“\"「《『][^”\"」》』]+[”\"」》』](?:的)?(?:项目|系统|平台))"
    r"|(?:后来|之后|随后|接着|然后|再后来|另外|此外)?(?:我)?(?:又|还|也)?"
    r"(?:负责|主导|牵头|独立)?(?:搭建?|做|建|开发|设计|完成|上线)了?(?:过)?(?:一个|一套|一版)?"
    r"(?=[^，,。；]{0,12}[“\"「《『])"
)
_EN_INTRO_RE = re.compile(
    r"\b(?:[Mm]y|[Oo]ur)\s+(?:first|second|third|fourth|next|last|latest|final|other|main|biggest)"
    r"\s+project(?:\s+(?:there|here))?\s+(?:was|is)\s+"
    r"|\b(?:[Oo]ne|[Aa]nother|[Tt]he (?:first|second|third|next|last|biggest|main)) project"
    r"(?: (?:I['’]m proud of|I led|I owned))?(?:\s+(?:there|here))?\s+(?:is|was)\s+"
    r"|\bI\s+(?:then\s+|also\s+|later\s+|next\s+|since\s+)?(?:led|built|designed|created|launched|"
    r"shipped|developed|started|owned)\s+"
)
_WORK_NOUN_RE = re.compile(
    r"(?:系统|平台|助手|项目|模型|机器人|服务|工具|引擎|链路|流水线|框架|中台|应用|小程序|智能体)$"
    r"|(?i:\b(?:system|service|platform|assistant|pipeline|model|engine|tool|agent|bot|app|"
    r"dashboard|search|api|library|framework|forecaster)s?\b)"
)
_ASIDE_RE = re.compile(
    r"^(?:另外|此外|同时|平时|业余|闲暇)(?!.*项目(?:是|叫|为))|^(?:I also|Besides|Outside|In my spare|Apart)"
)
_EN_STOP_RE = re.compile(
    r"\s*(?:[,;:(—–]|\s-\s|\bwhich\b|\bthat\b|\bwhere\b|\bwith\b|\busing\b|\bto\b)"
)
_DET_RE = re.compile(r"^(?:the|a|an|our|my|their|its)\s+", re.I)


def read_narrative(text: str) -> Reading | None:
    """The structure of a prose résumé, or None when the text is not one (then the line reader
    reads it)."""
    lines = read_lines(text)
    content = [ln for ln in lines if ln.text]
    if not content or any(ln.marker or ln.prefixed or ln.cells for ln in content):
        return None
    if sum(1 for ln in content if ln.heading) > 1:
        return None
    told = sum(width(ln.text) for ln in content if len(_sentences(ln.text)) >= 2)
    if told * 2 < sum(width(ln.text) for ln in content):
        return None
    out = Reading()
    job: Entry | None = None
    for paragraph in _paragraphs(text):
        project: Entry | None = None
        opened = False
        for sentence in _sentences(paragraph):
            found = _job(sentence)
            if found is not None:
                job, rest = found
                out.positions.append(job)
                project, opened = None, True
                name = _intro(rest) if rest else ""
                if name:  # "…任职算法工程师，负责的项目是“X”，…"
                    project = Entry(name=name, position=len(out.positions) - 1, bullets=[rest])
                    out.projects.append(project)
                elif rest:
                    job.bullets.append(rest)
                continue
            if job is None:
                continue
            name = _intro(sentence)
            if name:
                project = Entry(name=name, position=len(out.positions) - 1)
                project.bullets.append(sentence)
                out.projects.append(project)
                opened = True
                continue
            if not opened:
                break  # a paragraph that opens neither a job nor a project: not the work
            if project is not None and not _ASIDE_RE.match(sentence):
                project.bullets.append(sentence)
            else:
                project = None
                job.bullets.append(sentence)
    return out if out.positions else None


def _paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, hard-wrapped lines joined."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        joined = ""
        for raw in block.splitlines():
            raw = raw.strip()
            if not raw:
                continue
            cjk = bool(_CJK_RE.match(raw[:1])) and bool(_CJK_RE.match(joined[-1:]))
            joined = joined + raw if not joined or cjk else joined + " " + raw
        if joined:
            out.append(joined)
    return out


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_RE.split(text) if s and s.strip(" 。；;.")]


def _job(sentence: str) -> tuple[Entry, str] | None:
    """A job opened by the sentence, and what the sentence says after the job clause."""
    period = PERIOD_RE.search(sentence)
    if period is None:
        return None
    for pattern in (_ZH_JOB_RE, *_EN_JOB_RES):
        found = pattern.search(sentence)
        if found is None:
            continue
        title = clean_text(found.group("title")).strip()
        org = clean_text(found.group("org")).strip().removeprefix("在")
        rest = sentence[found.end() :]
        rest = rest.lstrip("，,;； ").rstrip()
        when = period.group()
        month = re.match(r"\s*月", sentence[period.end() :])
        if month:
            when += month.group()  # "2019 年 7 月加入…": the month is cut where prose runs on
        job = Entry(title=title, org=org, period=norm_period(when))
        return job, rest if width(rest) > 8 else ""
    return None


def _intro(sentence: str) -> str:
    """The name of the work the sentence introduces, or ``."""
    for pattern in (_ZH_INTRO_RE, _EN_INTRO_RE):
        found = pattern.search(sentence)
        if found is None:
            continue
        after = sentence[found.end() :]
        quoted = _QUOTED_RE.match(after.lstrip()) or _QUOTED_RE.search(
            _CLAUSE_RE.split(after, maxsplit=1)[0]
        )
        if quoted:
            return quoted.group(1).strip()
        if pattern is _ZH_INTRO_RE:
            phrase = _CLAUSE_RE.split(after, maxsplit=1)[0]
            phrase = phrase.rsplit("的", 1)[-1].strip()
            if 2 <= len(phrase) <= 16 and _WORK_NOUN_RE.search(phrase):
                return phrase
            continue
        phrase = _EN_STOP_RE.split(after, maxsplit=1)[0]
        if " into " in phrase:
            phrase = phrase.split(" into ", 1)[1]
        if " for " in after and " into " in after:
            phrase = after.split(" into ", 1)[1].split(",", 1)[0].split(" which", 1)[0]
        phrase = _DET_RE.sub("", phrase.strip()).strip(" .")
        if 1 <= len(phrase.split()) <= 8 and _WORK_NOUN_RE.search(phrase):
            return phrase
    return ""
