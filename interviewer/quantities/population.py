"""The population a model or system works for, and lifts told as multiples.

- "Built a retention model (LightGBM, 900k subscribers)", "ranking for 5M members": the people
  the work serves are a fact about its scale (role `count`), not a claimed result nor a team —
  unless the sentence tells them grown, won or adopted ("Grew the newsletter to 40k subscribers",
  "Onboarded 1,200 merchants", "used by 300 engineers"), which the reader has already made a result
  with a verb or a direction.
- "top-decile lift of 2.8x", "top-5% lift 4.2x": a lift told as a multiple is the level of the
  measure '<X> lift', not a rise of X ("~15% lift in conversion" stays a rise).
"""

from __future__ import annotations

import re

from interviewer.quantities.model import Quantity
from interviewer.quantities.vocab import vocab

_POPULATION_RE = re.compile(
    r"(?i:\s*(?:[a-z][\w-]*\s+)?(?P<noun>users?|customers?|subscribers?|members?|merchants?|patients?|"
    r"accounts?|households?|stores?|shops?|sellers?|drivers?|riders?|cardholders?|policyholders?|"
    r"borrowers?|students?|learners?|players?|viewers?|readers?|listeners?|clients?)\b)"
)
_TOLD_FOR_RE = re.compile(
    r"(?i:(?:\bfor|\bacross|\bcovering|\bserving|\bwith|\bof|,|\(|;)\s*(?:about|around|roughly|approx\.?|"
    r"over|more than|nearly|almost|some|~|≈)?\s*[$]?$)"
)
_WON_BEFORE_RE = re.compile(
    r"(?i:\b(?:grew|grow|grown|growing|reached|reach|hit|acquired|acquire|won|gained|added|brought|"
    r"attracted|onboarded|signed|converted|retained|recovered|to)\b)"
)
_MODEL_NAMES_RE = re.compile(
    r"(?i:\bgradient[\s-]+boost\w*|\bboosted\s+trees?\b|\bboosting\s+model)"
)
"""Model names that hold a word of change ('gradient boosting' is no boost)."""
_USED_AFTER_RE = re.compile(
    r"(?i:^\s*(?:[a-z][\w-]*\s+){0,2}?(?:now\s+)?(?:use|uses|used|rely|relies|adopted|signed|joined|"
    r"switched|migrated|onboarded|came|returned|stayed|renewed)\b)"
)


def _figure_at(text: str, q: Quantity) -> int:
    m = re.search(r"(?<![A-Za-z@\d.])\d|[零一二两三四五六七八九十]", text[q.start : q.end])
    return q.start + m.start() if m else q.start


def population_facts(text: str, qs: list[Quantity]) -> None:
    """See the module docstring (the first family)."""
    v = vocab()
    for q in qs:
        if q.role not in ("result", "team_size") or q.baseline is not None or q.direction:
            continue
        if q.unit not in ("count", "people", "") or q.bound == "range":
            continue
        at = _figure_at(text, q)
        digits = re.match(
            r"[\d.,]+\s*(?:[kKmMbB](?![A-Za-z])|million|billion|thousand)?", text[at:]
        )
        after = text[at + (digits.end() if digits else 0) :]
        noun = _POPULATION_RE.match(after)
        if noun is None or noun.start("noun") > 16:
            continue
        before = text[max(0, at - 60) : at]
        clause = _MODEL_NAMES_RE.sub(" ", re.split(r"[.;。；!?！？]", before)[-1])
        if not _TOLD_FOR_RE.search(text[max(0, at - 16) : at]):
            continue
        if _WON_BEFORE_RE.search(clause) or v.outcome_re.search(clause) or v.up_re.search(clause):
            continue
        if _USED_AFTER_RE.match(after[noun.end() :]):
            continue
        q.role, q.unit = "count", "count"
        q.subject = q.subject if noun["noun"].lower() in q.subject.lower() else noun["noun"]


_LIFT_RE = re.compile(
    r"(?i:(?P<name>(?:[\w%-]+\s+)?(?:up)?lift)(?:\s+of|\s*[:=])?\s*(?:about|around|~|≈)?\s*$)"
)


def lift_levels(text: str, qs: list[Quantity]) -> None:
    """See the module docstring (the second family)."""
    for q in qs:
        if q.unit != "x" or q.baseline is not None:
            continue
        figures = list(re.finditer(r"\d+(?:\.\d+)?", text[q.start : q.end]))
        at = q.start + figures[-1].start() if figures else q.start  # "decile-1 lift of 3.4x"
        m = _LIFT_RE.search(text, max(0, at - 30), at)
        if m is None or re.match(r"(?i)(?:a|an|the|to|by|we|it|and)\s", m["name"]):
            continue
        q.subject, q.direction, q.role = m["name"].strip(), None, "result"
        q.family = ""


_ORG_RE = re.compile(
    r"(?i:\b(?:company|companies|startup|start-up|firm|organi[sz]ation|org|employer|business|bank|insurer|"
    r"retailer|agency|enterprise|corporation|corp)\b)"
    r"|公司|集团|企业|创业公司|全司"
)
_ORG_AFTER_RE = re.compile(
    r"(?i:^[-\s]?(?:person|people|strong|employee)s?\s+(?:company|startup|start-up|firm|organi[sz]ation|org|business)\b)"
    r"|^\s*(?:多|来|余)?(?:名|个)?(?:人|员工)的?(?:公司|企业|创业公司|集团)"
)
_STAFF_RE = re.compile(r"(?i:^\s*(?:多|来|余)?(?:名|个)?\s*(?:员工|职员|staff\b|employees\b))")
_SERVES_RE = re.compile(r"(?i:\bserv(?:e|es|ed|ing)\b)|服务|覆盖|支撑")
"""People a system serves are no employer's size (reader of _people_served decides)."""
_TEAM_WORD_RE = re.compile(r"(?i:\b(?:team|teams|squad|group|crew)\b)|团队|小组|组|部门")


def org_size(text: str, qs: list[Quantity]) -> None:
    """ "a startup of about 30 people", "the company had roughly 200 engineers", 公司有 2000 多名
    员工, "a 300-person company": the size of the employer is a count, not the team one worked in
    (a team of 6 in a 500-person company is no contradiction of either)."""
    for q in qs:
        if q.role != "team_size" or q.unit != "people":
            continue
        at = _figure_at(text, q)
        digits = re.match(r"[\d.,]+|[零一二两三四五六七八九十百千万]+", text[at:])
        after = text[at + (digits.end() if digits else 0) : at + 40]
        clause = re.split(r"[,，;；.。:：!?！？]", text[max(0, at - 40) : at])[-1]
        org_before = _ORG_RE.search(clause)
        told = (
            _ORG_AFTER_RE.match(after) is not None
            or _STAFF_RE.match(after) is not None
            or (org_before is not None and not _TEAM_WORD_RE.search(clause[org_before.end() :]))
        )
        if told and not _TEAM_WORD_RE.search(q.subject) and not _SERVES_RE.search(clause):
            q.role, q.unit = "count", "count"
            org = org_before or _ORG_RE.search(after)
            if org is not None:
                q.subject, q.family = org.group(), ""
