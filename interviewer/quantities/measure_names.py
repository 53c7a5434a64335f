"""Figures that are part of a measure's name, not quantities of their own.

A measure can be named with a figure that sets what it counts: the window its events are counted
in ("recovery within 30 days went from 41% to 47%", 30天内还款率, 七天内的复访率), the horizon a
prediction or a label looks ahead over ("merchants who churned in the following 30 days", 预测未来
14天是否流失, 30 天内有没有逾期), or the cut-off of the ranked list it is read on ("precision at
top-500", "precision among the top 1,000", 前200名的命中率). Such a figure is no duration the work
took and no count of things: `name_parts` gives the spans of these figures so the scanner reads no
number there, and `join_cutoffs` ties an English cut-off to its measure so the level after it is
read as that measure's.

The relation decides, not the figure: a window closes the noun phrase of a measure (a change or a
level of it is told right after), a horizon lies ahead of a moment inside its clause (not the
clause's opening adverbial: "Over the next 2 quarters we migrated…" is time the work took), a
cut-off stands between a ranked measure and its level. Hyphened windows ("30-day retention") are
read in extract.py (`_window`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from interviewer.quantities import words
from interviewer.quantities.model import Quantity
from interviewer.quantities.subject import clause_start
from interviewer.quantities.vocab import vocab, words_pattern

_EN_NUMBER_WORDS = sorted([*words.SMALL, *words.TENS, "hundred", "thousand"], key=len, reverse=True)
_EN_NUM = (
    r"(?:\d+(?:,\d{3})*(?:\.\d+)?|(?:a|an|"
    + "|".join(_EN_NUMBER_WORDS)
    + r")(?:[\s-]+(?:and[\s-]+)?(?:"
    + "|".join(_EN_NUMBER_WORDS)
    + r"))*)"
)
_EN_TIME = r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|years?)"
_ZH_NUM = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)"
_ZH_TIME = r"(?:\s?个?\s?(?:小时|钟头|天|日|周|星期|礼拜|月|季度|年))"
_CLAUSE_OPEN_RE = re.compile(r"[.。;；!?！？,，:：()（）\n]|(?i:\b(?:and|but|so|then|while)\b)")
_LEAD_EN_RE = re.compile(r"(?i:^(?:\s*(?:in|over|within|during|for|the|of|across)\b)*\s*$)")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    names = vocab().data.measure_names
    ahead_en = words_pattern(names.ahead_en)
    closes_en = words_pattern(names.closes_en)
    whether_en = words_pattern(names.whether_en)
    ranked = words_pattern(names.ranked)
    measure_zh = words_pattern([*names.measure_zh, *vocab().data.window_zh])
    return {
        # "in the following 30 days", "over the next two weeks"
        "ahead_en": re.compile(
            rf"(?i:\b{ahead_en}\s+(?P<n>{_EN_NUM})\s+{_EN_TIME}\b)",
        ),
        # "Recovery within 30 days went from …": the window closes the measure's noun phrase
        "closes_en": re.compile(
            rf"(?i:\bwithin\s+(?:the\s+first\s+)?(?P<n>{_EN_NUM})\s+{_EN_TIME}\b"
            rf"(?=\s+(?:(?:has|have|had)\s+)?{closes_en}))",
        ),
        # "whether the merchant churned within 30 days"
        "whether_en": re.compile(
            rf"(?i:\b{whether_en}\b[^,.;:!?]{{0,60}}?\b(?:within|in)\s+(?:the\s+)?"
            rf"(?P<n>{_EN_NUM})\s+{_EN_TIME}\b)",
        ),
        # 30天内还款率从…, 七天内的复访率, 30 天内有没有逾期
        "window_zh": re.compile(
            rf"(?P<n>{_ZH_NUM}){_ZH_TIME}\s?(?:内|以内|之内)\s?的?\s?"
            rf"(?=[\u3400-\u9fffA-Za-z]{{0,6}}?(?:{measure_zh})|{words_pattern(names.whether_zh)})"
        ),
        # 预测未来14天是否流失, 接下来 7 天会不会下单
        "ahead_zh": re.compile(
            rf"(?:{words_pattern(names.ahead_zh)})\s?(?P<n>{_ZH_NUM}){_ZH_TIME}"
        ),
        # 前200名的命中率, 排名前 100 的精确率, top-10 命中率
        "cutoff_zh": re.compile(
            rf"(?:(?<![之以提目当此先事])前|(?i:top)[\s-]?)\s?(?P<n>{_ZH_NUM})\s?[名个条位户]?\s?的?\s?"
            rf"(?=(?:[\u3400-\u9fff]{{0,4}}?)(?:{ranked}))"
        ),
        # "precision at top-500", "Precision among the top 1,000 scored merchants" (the ranked
        # things named after the cut-off belong to the name too)
        "cutoff_en": re.compile(
            rf"(?i:(?<![A-Za-z]){ranked}(?P<g>(?:\s+(?:at|among|in|within|across|on|for|of)"
            rf"(?:\s+the)?\s+|\s*@\s*)top[\s-]?)(?P<n>\d+(?:,\d{{3}})*|{_EN_NUM})(?![\d%.])"
            rf"(?P<list>(?:\s+(?!(?:{closes_en}|and|but|or|with|by|than|vs)\b)[A-Za-z][\w-]*){{0,3}}))"
        ),
    }


def _inside_clause(text: str, start: int) -> bool:
    """Words of the clause come before `start` (not only its opening prepositions)."""
    opens = [m.end() for m in _CLAUSE_OPEN_RE.finditer(text, 0, start)]
    lead = text[opens[-1] if opens else 0 : start]
    return bool(lead.strip()) and _LEAD_EN_RE.match(lead) is None


def name_parts(text: str) -> list[tuple[int, int]]:
    """Spans of the figures (with their unit) that are part of a measure's name."""
    p = _patterns()
    spans: list[tuple[int, int]] = []
    for key in ("closes_en", "whether_en", "window_zh", "cutoff_zh", "cutoff_en"):
        spans += [m.span("n") for m in p[key].finditer(text)]
    for key in ("ahead_en", "ahead_zh"):
        spans += [m.span("n") for m in p[key].finditer(text) if _inside_clause(text, m.start())]
    return sorted(spans)


def join_cutoffs(text: str) -> str:
    """ "precision at top-500 was 0.62" → "precision_at_top-500 was 0.62": the cut-off is read
    as part of the measure's name (same length, so offsets are kept)."""

    def joined(m: re.Match[str]) -> str:
        g0 = m.start()
        gap = m.group("g")
        return text[g0 : m.start("g")] + re.sub(r"[\s,]", "_", gap + m.group("n") + m.group("list"))

    return _patterns()["cutoff_en"].sub(joined, text)


_AFTER_NAME_RE = re.compile(
    rf"(?i:\s+(?:\w+\s+){{0,3}}?(?:within|in|over)\s+(?:the\s+)?(?:\w+\s+)?(?P<n>{_EN_NUM})\s+{_EN_TIME}\b)"
)


def name_subjects(text: str, qs: list[Quantity]) -> None:
    """A measure whose name ends in its window reads whole: "Recovery within 30 days went from
    41% to 47%" is about "Recovery within 30 days", not "Recovery"; a change told with no subject
    of its own right after such a name ("the share of new titles reaching 1k views within a week
    went from 31% to 58%") is about the name's clause up to its window."""
    parts = name_parts(text)
    closing = [m for m in _patterns()["closes_en"].finditer(text) if m.span("n") in parts]
    for q in qs:
        if q.role != "result":
            continue
        if not q.subject.strip():
            told = [m for m in closing if m.end() <= q.start and len(text[m.end() : q.start]) <= 24]
            if told:
                lo = clause_start(text, told[-1].start())
                q.subject = re.sub(r"(?i)^(?:the\s+)", "", text[lo : told[-1].end()].strip())
            continue
        at = text.rfind(q.subject, max(0, q.start - 120), q.start + len(q.subject))
        if at < 0:
            continue
        m = _AFTER_NAME_RE.match(text, at + len(q.subject))
        if m is not None and m.end() < q.end and m.span("n") in parts:
            q.subject = text[at : m.end()]
