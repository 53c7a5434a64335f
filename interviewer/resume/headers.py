"""Project header lines: the name, and the role, dates and description that may follow it."""

from __future__ import annotations

import re

from interviewer.resume.layout import (
    BULLET_RE,
    DECOR_RE,
    NUMBERING_RE,
    PARENS_RE,
    PERIOD_RE,
    PROJECT_PREFIX_RE,
    ROLE_RE,
    SPLIT_RE,
    clean_text,
    is_role_only,
    norm_period,
)

_NAME_MAX = 60
_CLIENT_WORK_RE = re.compile(
    r"[A-Za-z0-9][\w&'. -]{1,40}?\s(?:—|–|-)\s[A-Za-z][\w&/+-]*(?:\s[A-Za-z0-9][\w&/+-]*){0,6}"
)
"""`Client — engagement`: two names joined by a dash, the second a short phrase of words."""
_PROPER_NAME_RE = re.compile(r"[A-Z][\w&'.-]*(?:\s(?:&|[A-Z][\w&'.-]*)){1,3}")
"""`Ferrovia Analytics`: a name of two to four capitalised words (one word may be a place)."""
_SYMBOLS_RE = re.compile(r"^[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+")


def parse_project_header(header: str) -> tuple[str, str, str, str]:
    """(name, role, period, rest) of `Name (2023.03–2024.01) | Lead` or `Name: description`."""
    text = PROJECT_PREFIX_RE.sub("", header, count=1)
    text = NUMBERING_RE.sub("", BULLET_RE.sub("", text, count=1), count=1)
    text = DECOR_RE.sub("", text).strip()
    text = _SYMBOLS_RE.sub("", text).strip()  # "🛒 Basket recommendations"
    found = PERIOD_RE.search(text)
    period = norm_period(found.group()) if found else ""
    text = re.sub(r"[（(]\s*[|｜]?\s*[)）]", " | ", PERIOD_RE.sub(" | ", text))
    parts = [
        clean_text(p) for p in SPLIT_RE.split(PARENS_RE.sub(lambda m: "|" + m.group(1) + "|", text))
    ]
    parts = [p for p in parts if p]
    if not parts:
        return clean_text(header)[:_NAME_MAX], "", period, ""
    roles = [p for p in parts if ROLE_RE.search(p) and is_role_only(p)]
    names = [p for p in parts if p not in roles]
    name = names[0] if names else parts[0]
    # "Regional insurer — claims email agent", "Musement — Support chatbot over the help centre ·
    # 2023", "Legal-tech startup (Series A) — Contract clause extractor": the client and the
    # engagement (a remark in brackets and the dates set aside)
    bare = clean_text(PARENS_RE.sub(" ", text)).strip(" |｜·•,，")
    pair = [clean_text(p) for p in SPLIT_RE.split(bare) if clean_text(p)]
    if len(pair) == 2 and not roles and _CLIENT_WORK_RE.fullmatch(bare):
        name = f"{pair[0]} — {pair[1]}"
        name = name if len(name) <= _NAME_MAX else pair[1]  # too long: the engagement is the work
        names = [name]
    role = roles[0] if roles else ""
    rest = [p for p in parts[1:] if p not in (role, name)]
    return name[:_NAME_MAX], role, period, " ".join(rest) if len(" ".join(rest)) > 40 else ""


def split_role_period(rest: str) -> tuple[str, str, str]:
    """(role, period, description) of what follows a project's name on its line."""
    found = PERIOD_RE.search(rest)
    period = norm_period(found.group()) if found else ""
    text = PERIOD_RE.sub("", rest) if found else rest
    role = ""
    head = re.match(r"^\s*[（(]([^()（）]{1,30})[)）]\s*", text)
    if head and ROLE_RE.search(head.group(1)) and is_role_only(clean_text(head.group(1))):
        role, text = clean_text(head.group(1)), text[head.end() :]
    text = re.sub(r"([（(])\s*[,，;；]\s*", r"\1", text)  # "(2024, ongoing)" without its year
    text = re.sub(r"\s*[,，;；]\s*([)）])", r"\1", text)
    text = re.sub(r"[（(]\s*[)）]", "", text)
    rest = clean_text(re.sub(r"\s+([.。,，;；])", r"\1", text))
    parts = [clean_text(p) for p in SPLIT_RE.split(rest) if clean_text(p)]
    if (
        not role
        and parts
        and len(parts) <= 2
        and all(ROLE_RE.search(p) and is_role_only(p) for p in parts)
    ):
        return parts[0], period, ""  # "技术负责人, 2023.03 – 2024.01"
    return role, period, rest


def named_work_at(text: str) -> tuple[str, str, str] | None:
    """(name, employer, period) of `Ticket triage (2023–2024), Helpdesk Co.`, `Demand forecaster
    — Contoso Retail Inc., 03/2021 – 11/2022`, `推荐重排服务（2022.03 - 2023.01），某物流科技公司`: a
    dated line of two fields, a name that is neither a job title nor an employer, then an
    employer. None for any other line (`Data Scientist, Acme Inc. 2019 – 2021` is a job)."""
    from interviewer.resume.evidence import org_like, project_role

    found = PERIOD_RE.search(text)
    if found is None:
        return None
    body = PERIOD_RE.sub(" | ", DECOR_RE.sub("", text))
    body = re.sub(r"[（(]\s*(?:[|｜]\s*)*[)）]", " | ", body)
    parts = [clean_text(p).strip(" ,，;；:：") for p in SPLIT_RE.split(body)]
    parts = [p for p in parts if p and p not in ("|", "｜")]
    if len(parts) != 2:
        return None
    name, org = parts
    if not (org_like(org) or _PROPER_NAME_RE.fullmatch(org)) or ROLE_RE.search(org):
        return None
    if org_like(name) or ROLE_RE.search(name) or project_role(name):
        return None
    if len(name) > _NAME_MAX or re.search(r"[。.；;!！]$", name):
        return None
    return name, org, norm_period(found.group())
