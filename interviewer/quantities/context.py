"""What the rest of a sentence adds to quantities already read (run after the grouping).

- A proportion of the old value is a multiple: "缩短为原来的十分之一", "a quarter of the time it
  used to", "reduced to one-tenth of before" → 10 x / 4 x, down.
- A change with no subject of its own, or one told of "it", is about the object of the clause that
  opens the sentence: "Rewrote batch scoring in Ray, 4x faster", "Deduplicated the audience graph,
  shrinking it by 40%", "把特征计算改写成 Spark SQL，快了 3 倍".
- A unit said on one side of a change holds for both: "from 12 days to 5", "由 5 个工作日缩短到 2 个".
- "T+1" is a one-day baseline: "由 T+1 降至 15 分钟", "from T+1 to 2 hours".
- "<measure> by <who> fell by 35%": the measure is the subject, not who.
- An agreement figure (kappa, alpha, 一致性) between 0 and 1 is a claimed level of agreement.
"""

from __future__ import annotations

import re

from interviewer.quantities.model import Quantity
from interviewer.quantities.roles import _MONEY_OUTCOME_RE
from interviewer.quantities.scan import figure_at
from interviewer.quantities.subject import clause_start, family_of, subject_before
from interviewer.quantities.vocab import vocab
from interviewer.quantities.words import SMALL, TENS

_OLD_VALUE_RE = re.compile(
    r"(?:原来|原先|之前|以前|过去|改造前|优化前|上线前|旧版|老版本|旧的)的?\s*$"
)
#: A half of the old value, told as the level now ("只有旧版的一半", "half the time it used to").
_HALF_RE = re.compile(r"(?i:\bhalf\b)|一半")
_HALF_THE_RE = re.compile(
    r"(?i)\s*the\s+(?:[\w-]+\s+){0,2}?(?:it|they|we|the old one)\s+(?:used\s+to|did|had|took|needed)\b"
)
_OLD_TAIL_RE = re.compile(
    r"(?:只有|只剩|仅有|仅为|仅|只|是|为|变成|变为)?\s*"
    r"(?:原来|原先|之前|以前|过去|改造前|优化前|上线前|旧版|老版本|旧的)的?\s*$"
)
_FRACTION_RE = re.compile(
    r"(?i:(?:one|a)[\s-](?:third|quarter|fifth|sixth|eighth|tenth|twentieth|hundredth)"
    r"|\d+\s*/\s*\d+)|(?!百分之)[一二三四五六七八九十百\d]+分之[一二三四五六七八九\d]+"
)
_OF_BEFORE_RE = re.compile(
    r"(?i)\s*(?:of\s+(?:the\s+)?(?:time|cost|what|before|it\s+used|the\s+old|its\s+(?:old|former)|"
    r"previous|former|original|baseline)|of\s+what\s+it\b"
    # "a quarter of the memory the old one did", "a tenth of the annotators we had before"
    r"|of\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){1,3}?(?:the\s+old\b|the\s+previous\b|(?:we|they|it)\s+"
    r"(?:had|used|needed|took|did)\b|(?:it|they|we)\s+used\s+to\b|before\b))"
)


_CUT_TO_RE = re.compile(
    r"(?i)\b(?:cut|cutting|reduced?|reducing|lowered|lowering|shrank|shrunk|brought)\b[^.;,]*\bto\s+$"
)
_TIMES_OLD_RE = re.compile(r"(?:是|为|达到|变成)?(?:原来|原先|之前|以前|改造前|优化前)的?$")


_TIMES_REF_RE = re.compile(
    r"(?:是|为|达到|达|变成|提升至|提升到|提高至|提高到|增至|涨到)\s*"
    r"(?:原来|原先|之前|以前|改造前|优化前|上线前|基线|对照组?|旧|老|上一|(?i:baseline|v1))"
    r"[\u3400-\u9fffA-Za-z0-9 ]{0,6}?的?\s*(?=(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*倍)"
)
"""A multiple of a reference told as the level reached: "达到基线方案的 1.6 倍", "为对照组的 1.3 倍",
"达到老版本的 4 倍" (to N times the old one)."""


_TAIL_REF_RE = re.compile(
    r"(?:是|为|达到|达|变成|提升至|提升到|提高至|提高到|增至|涨到)\s*[\u3400-\u9fffA-Za-z0-9 ]{0,8}的$"
)


def _times_the_old(text: str, qs: list[Quantity]) -> None:
    """ "推理速度是原来的 2.5 倍": a multiple of the old value, told as a level, is the change."""
    for q in qs:
        if q.unit != "x" or q.baseline is not None:
            continue
        ref = _TIMES_REF_RE.search(text, clause_start(text, q.start), q.end)
        if q.role == "result" and not ref:
            continue
        if not (_TIMES_OLD_RE.search(q.subject) or ref):
            continue
        q.subject = _TIMES_OLD_RE.sub("", q.subject).strip()
        if ref and q.subject.endswith("的"):
            q.subject = _TAIL_REF_RE.sub("", q.subject).strip()
        q.family = family_of(q.subject) or q.family
        q.role = "result"
        q.direction = q.direction or ("up" if q.value > 1 else "down")


def _half_of_old(text: str, q: Quantity) -> None:
    """ "新版的 latency 只有旧版的一半", "costs half of what it used to": half the old value is a
    change down by half (50 %, the convention of 'halved')."""
    half = _HALF_RE.search(q.text)
    if half is None or q.direction is not None or q.baseline is not None:
        return
    head = text[q.start : q.start + half.start()]
    if not (
        _OLD_VALUE_RE.search(head)
        or _OF_BEFORE_RE.match(text, q.end)
        or _HALF_THE_RE.match(text, q.end)
    ):
        return
    q.direction, q.role = "down", "result"
    q.subject = _OLD_TAIL_RE.sub("", q.subject).strip()
    q.family = family_of(q.subject) or q.family


def _proportions(text: str, qs: list[Quantity]) -> None:
    for q in qs:
        if q.unit == "%" and q.value == 50:
            _half_of_old(text, q)
            continue
        if q.unit != "%" or not 0 < q.value < 50 or not _FRACTION_RE.search(q.text):
            continue
        before = text[max(0, q.start) : q.end]
        frac_at = _FRACTION_RE.search(before)
        head = before[: frac_at.start()] if frac_at else ""
        cut_to = _CUT_TO_RE.search(text, max(0, q.start - 60), q.start + len(head))
        if not (_OLD_VALUE_RE.search(head) or _OF_BEFORE_RE.match(text, q.end) or cut_to):
            continue
        q.value = round(100.0 / q.value, 6)
        q.unit, q.direction, q.role = "x", "down", "result"
        q.subject = _OLD_TAIL_RE.sub("", q.subject).strip() or q.subject
        q.family = family_of(q.subject) or q.family
        q.result = q.baseline = None


_EN_OBJECT_RE = re.compile(
    r"^\W*(?:[A-Z][a-z]+|[a-z]+)\s+(?:the\s+|our\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)"
    r"(?=\s+(?:in|to|on|with|into|from|for|across|by|using|onto|and|as)\b|\s*[,;]|\s*$)"
)
_ZH_OBJECT_RE = re.compile(
    r"(?:把|将)(?P<np>[\u3400-\u9fffA-Za-z0-9 ]{2,14}?)(?:改写|重写|迁移|迁|改造|改成|改为|升级|重构|优化|换成|切换|替换)"
)
_PRONOUN_RE = re.compile(r"(?i)\b(?:it|them)\b|[它其]")
_NO_SUBJECT = {"", "run", "it", "them", "use", "operate", "maintain"}


_DOWN_RE = re.compile(
    r"(?i)\b(?:shr[iau]nk\w*|trimm?\w*|slash\w*|lower\w*|reduc\w*|cut(?:ting|s)?|decreas\w*)\b"
)
_UP_RE = re.compile(r"(?i)\b(?:grow\w*|grew|boost\w*|rais\w*|increas\w*|lift\w*)\b|快了?|提速|加速")
_NOT_A_VERB = {"so", "the", "we", "i", "it", "and", "then", "our", "my", "this", "that", "they"}


def _object_subjects(text: str, qs: list[Quantity]) -> None:
    for q in qs:
        if q.role != "result" or q.unit not in ("x", "%"):
            continue
        opening = _sentence_start(text, q.start)
        clause = clause_start(text, q.start)
        told_of_it = bool(_PRONOUN_RE.search(text[clause : q.start]))
        if q.subject.lower() not in _NO_SUBJECT and not told_of_it:
            continue
        if clause <= opening or any(
            p.role == "result" and opening <= p.start < q.start for p in qs if p is not q
        ):
            continue  # nothing before to refer to, or a change told before it goes on
        first = text[opening:clause]
        zh = _ZH_OBJECT_RE.search(first)
        en = _EN_OBJECT_RE.match(first) if zh is None else None
        if en is not None and en.group().split()[0].lower() in _NOT_A_VERB:
            en = None  # "so the reranker took it…": spoken, not a bullet opening on its verb
        said = zh or en
        np = said.group("np").strip() if said is not None else ""
        if not np or np.lower() in ("it", "them", "this", "that"):
            continue
        q.subject = np
        q.family = family_of(np) or q.family
        if q.direction is None:
            own = text[clause : q.start]
            q.direction = "down" if _DOWN_RE.search(own) else "up" if _UP_RE.search(own) else None


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 200)
    starts = [m.end() for m in re.finditer(r"[.。!?！？;；\n](?!\d)", text[lo:pos])]
    return lo + (starts[-1] if starts else 0) if starts or lo else 0


_TO_RE = re.compile(
    r"^\s*(?:(?:(?:down|up|all the way)\s+)?to|→|->|到|至|降到|降至|缩短到|缩短至|减少到|减到|精简到|"
    r"精简至|压缩到|变为|变成)\s*$",
    re.I,
)
_FROM_IN_RE = re.compile(r"(?i)\bfrom\b|从|由")
_RAW_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")


def _counted_noun(q: Quantity) -> bool:
    """ "from 12 steps", "由 9 个": a count told with its noun, whose unit the other side shares."""
    return q.unit == "count" and bool(q.raw_unit)


def _one_sided_units(text: str, orig: str, qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    skip: set[int] = set()
    for i, q in enumerate(qs):
        if i in skip:
            continue
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if (
            nxt is not None
            and q.baseline is None
            and (q.unit in ("h", "ms", "usd", "cny", "eur", "gbp") or _counted_noun(q))
            and nxt.unit in ("", "count")
            and nxt.raw_unit in ("", "个")
            and _FROM_IN_RE.search(text, max(0, q.start - 8), q.end)
            and _TO_RE.match(text[q.end : _number_at(text, nxt)] + " ")
        ):
            raw = _RAW_NUMBER_RE.findall(q.text)
            said = float(raw[-1]) if raw else 0.0
            if said > 0:
                factor = q.value / said
                q.baseline, q.value = q.value, nxt.value * factor
                q.result, q.role = q.value, "result"
                q.direction = "up" if q.value > q.baseline else "down"
                q.end = nxt.end
                q.text = orig[q.start : q.end]
                skip.add(i + 1)
        out.append(q)
    return out


def _number_at(text: str, q: Quantity) -> int:
    digit = re.search(r"\d", text[q.start : q.end])
    return q.start + digit.start() if digit else q.start


_T_PLUS_RE = re.compile(r"(?:\b(?:from)|从|由)\s*T\s*\+\s*1\b(?:\s*的)?", re.IGNORECASE)
_DAY = {"ms": 86_400_000.0, "h": 24.0}
_T_PLUS_WAS_RE = re.compile(
    r"(?:(?:原来|原先|原本|之前|以前|过去|此前)[^，,。；;\d]{0,4}?(?:是|为)?|(?i:\b(?:was|were|used to be)))"
    r"\s*T\s*\+\s*1\b(?:\s*的)?",
    re.IGNORECASE,
)


def _t_plus_one(text: str, orig: str, qs: list[Quantity]) -> None:
    for q in qs:
        if q.unit not in _DAY or q.baseline is not None:
            continue
        lo = max(0, q.start - 40)
        window = text[lo : q.end]
        said = list(_T_PLUS_RE.finditer(window))
        m = said[-1] if said else None
        if m is None or re.search(r"[.。;；\n]", window[m.end() :]):
            lo = max(0, q.start - 70)  # "原来是 T+1，改为流式以后，延迟降到 5 分钟": what it was
            window = text[lo : q.end]
            said = list(_T_PLUS_WAS_RE.finditer(window))
            m = said[-1] if said else None
            if m is None or re.search(r"(?:\.\s|[。\n])", window[m.end() :]):
                continue
        q.baseline, q.result, q.role = _DAY[q.unit], q.value, "result"
        q.direction = "down" if q.value < q.baseline else "up"
        cut = lo + m.start()
        if q.start > cut:
            q.start = cut
        q.subject = (
            subject_before(text, clause_start(text, cut), cut) if cut > 0 else ""
        ) or q.subject.split("T+1")[0].rstrip("从由 ")
        q.family = family_of(q.subject) or q.family
        q.text = orig[q.start : q.end]


_BY_WHOM_RE = re.compile(r"(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s+by\s+$")


def _by_whom(text: str, orig: str, qs: list[Quantity]) -> None:
    for q in qs:
        if not q.subject or not q.text.startswith(q.subject):
            continue
        m = _BY_WHOM_RE.search(text, max(0, q.start - 50), q.start)
        if m is None or re.search(r"(?i)\b(?:cut|reduced|increased|improved|grew|by)\b", m["np"]):
            continue
        q.subject = f"{m['np']} by {q.subject}"
        q.family = family_of(q.subject) or q.family
        q.start = m.start()
        q.text = orig[q.start : q.end]


_AGREEMENT_RE = re.compile(
    r"(?i)(?:[A-Za-z][\w-]*\s+){0,2}agreement(?:\s+with\s+[A-Za-z][\w-]*"
    r"(?:\s+(?!(?:is|was|are|were|reached|hit|of|at|on|in|and|now)\b)[a-z][\w-]*)?)?"
    r"|(?i:cohen'?s\s+kappa|krippendorff'?s\s+alpha|kappa|alpha)|一致性|一致率"
)


def _agreement(text: str, qs: list[Quantity]) -> None:
    for q in qs:
        if q.unit not in ("", "count") or not 0 < q.value <= 1 or q.value == int(q.value):
            continue
        lo = clause_start(text, q.start)
        hi = min(len(text), q.end + 40)
        found = [m for m in _AGREEMENT_RE.finditer(text, _sentence_start(text, q.start), hi)]
        near = [m for m in found if m.end() >= lo - 40]
        if not near:
            continue
        named = next((m for m in near if "agreement" in m.group().lower()), near[0])
        q.unit, q.raw_unit, q.role = "", "", "result"
        said = q.subject.lower()
        if "agreement" in said or "一致" in said:
            continue
        if "kappa" in said or "alpha" in said:
            if "agreement" in named.group().lower() and named.start() < q.start:
                q.subject = f"{named.group().strip()} ({q.subject})"  # "agreement … 0.77 kappa"
            continue
        q.subject = named.group().strip()
        q.family = family_of(q.subject) or q.family


_ZH_PERIOD_TAIL_RE = re.compile(
    r"[\u3400-\u9fff](?:(?:从|由)(?:原来的|之前的|以前的)?)?(?:每天|每日|每周|每月|每年|每小时|日均|周均|月均)?$"
)


def _period_tails(qs: list[Quantity]) -> None:
    """ "误报从每天 300 条降到 40 条": the period is not part of what is counted."""
    for q in qs:
        m = _ZH_PERIOD_TAIL_RE.search(q.subject)
        if m and m.end() - m.start() > 1:
            q.subject = q.subject[: m.start() + 1]
            q.family = family_of(q.subject) or q.family


_SERVED_RE = re.compile(
    r"(?i)(?:服务了?|覆盖了?|触达了?|惠及|\bserv(?:ed|ing|es)\b|\breach(?:ed|ing)\b)"
)


_CLIENTS_RE = re.compile(
    r"(?i:compan|business|client|customer|merchant|tenant|hospital|school|store|shop|bank|user)"
    r"|企业|公司|客户|商家|医院|学校|门店|银行|用户|租户|机构"
)


def _people_served(text: str, qs: list[Quantity]) -> None:
    """ "服务 1980 余名医生", "serving 300 clinicians": people served are counted, not a team."""
    for q in qs:
        served = q.unit == "count" and q.role == "count" and _CLIENTS_RE.search(q.raw_unit)
        if (q.unit == "people" and q.role == "team_size") or served:
            number = _number_at(text, q)
            served_at = _SERVED_RE.search(text, max(0, number - 8), number)
            if served_at and not re.search(r"[，,;；。.、]", text[served_at.end() : number]):
                q.unit, q.role = "count", "result"  # "Served 300 companies", "服务了 40 家医院"


_MONEY = ("usd", "cny", "eur", "gbp")
_IN_WHAT_RE = re.compile(
    r"(?i)\s*(?:(?:a|per)\s+(?:year|month|quarter)\s+|annually\s+)?(?:in|of)\s+"
    r"(?P<np>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s*(?:$|[.,;)]|\s(?:for|at|by|and|from|over)\b))"
)
_SAVING_RE = re.compile(r"(?i)\b(?:sav(?:e|ed|es|ing|ings))\b[^.;,]{0,20}$")


def _money_named_after(text: str, qs: list[Quantity]) -> None:
    """ "worth €400k in recovered VAT": the money measures what follows; "…, saving $120k" a saving."""
    labels = vocab().label_re
    for q in qs:
        said = q.subject.lower()
        if q.unit not in _MONEY or not (
            said in ("", "worth", "saving", "saved") or labels.fullmatch(said)
        ):
            continue
        after = _IN_WHAT_RE.match(text, q.end)
        if after:
            q.subject = after["np"]
            if _MONEY_OUTCOME_RE.search(q.subject):
                q.role = "result"  # "Impact: $450k a year in chargebacks avoided"
        elif _SAVING_RE.search(text, max(0, q.start - 30), _number_at(text, q)):
            q.subject = "saving"
        else:
            continue
        q.family = family_of(q.subject) or q.family


_RATE_NAMES = {"tokens/s": "tokens/s", "qps": "QPS"}


def _rates_named_by_unit(qs: list[Quantity]) -> None:
    """ "Serves 52 tokens/s on an M2 laptop": where it ran is not what was measured."""
    for q in qs:
        if q.unit in _RATE_NAMES and not family_of(q.subject):
            q.subject = _RATE_NAMES[q.unit]
            q.family = family_of(q.subject) or "throughput"


# The word before the unit names whose hours they are ("analyst hours"); a rate's article does not
# ("12k a week" is twelve thousand per week, not twelve thousand weeks).
_HOURS_NOUN_RE = re.compile(
    r"(?i)[\s-]*(?:(?!(?:a|an|per|each|every|that|this|the)\b)[a-z]+[\s-]+)?(?P<u>hours?|days?|weeks?)\b"
)
_HOURS = {"hour": 1.0, "day": 24.0, "week": 168.0}
_NUMERAL_WORDS = "|".join(sorted([*SMALL, *TENS, "hundred", "thousand"], key=len, reverse=True))
_SAID_NUMBER_RE = re.compile(rf"[\d,.]+[kKmM]?|(?i:(?:(?:{_NUMERAL_WORDS})(?:[\s-]+|$))+)")


def _hours_as_nouns(text: str, orig: str, qs: list[Quantity]) -> None:
    """ "6,000 analyst hours", "1,200 engineer-hours": time counted as a noun is time."""
    for q in qs:
        if q.unit not in ("count", "people", "") or q.baseline is not None:
            continue
        start = figure_at(text, q.start, q.end)  # "these days it's closer to five": not 'days'
        said = _SAID_NUMBER_RE.match(text, start)
        at = said.end() if said else start
        m = _HOURS_NOUN_RE.match(text, at)
        if m is None:
            continue
        q.value *= _HOURS[m["u"].lower().rstrip("s")]
        q.unit, q.raw_unit = "h", m["u"]
        if q.role in ("count", "team_size", "other", "data_size"):
            q.role = "result"
        q.end = max(q.end, m.end())
        q.text = orig[q.start : q.end]
        if not q.subject or q.subject in ("engineer", "people"):
            q.subject = text[at : m.end()].strip(" -")


_PARTICIPLE_SUBJECT_RE = re.compile(
    r"(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?\s+[a-z]+ed)\s+(?:went\s+(?:down|up)|dropped|fell|"
    r"rose|grew|declined|decreased|increased|climbed|shrank|improved)\b"
)


def _participle_subjects(text: str, qs: list[Quantity]) -> None:
    """ "Invoices rejected dropped from 9% to 2%": a subject that ends in a participle."""
    for q in qs:
        if q.subject or q.role != "result":
            continue
        opening = _sentence_start(text, q.start)
        found = list(_PARTICIPLE_SUBJECT_RE.finditer(text, opening, _number_at(text, q)))
        m = found[-1] if found else None
        if m is not None:
            q.subject = m["np"]
            q.family = family_of(q.subject) or q.family


_MINUTES_GLUED_RE = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s?m(?![A-Za-z])")


def _minutes_not_millions(text: str, qs: list[Quantity]) -> None:
    """ "MTTR 4h → 30m": against a time, a trailing m is minutes, not millions."""
    for q in qs:
        if q.unit not in ("h", "ms") or q.baseline is None:
            continue
        digits = list(re.finditer(r"\d", text[q.start : q.end]))
        last = q.start + digits[-1].start() if digits else q.start
        while last > q.start and (text[last - 1].isdigit() or text[last - 1] == "."):
            last -= 1
        m = _MINUTES_GLUED_RE.fullmatch(text[last : q.end].strip())
        if m is None:
            continue
        minutes = float(m["n"])
        q.value = minutes / 60 if q.unit == "h" else minutes * 60_000
        q.result = q.value
        q.direction = "down" if q.value < q.baseline else "up"


_STARS_RE = re.compile(r"\s?(?:\*\*)?\s?(?:⭐|★|🌟)")


def _stars(text: str, qs: list[Quantity]) -> None:
    """ "2.1k ⭐": a star glyph after a count names GitHub stars."""
    for q in qs:
        if q.unit in ("", "count") and _STARS_RE.match(text, q.end):
            q.unit, q.subject, q.role = "count", "stars", "result"


_SHARE_OF_RE = re.compile(
    r"\s+of\s+(?:the\s+|all\s+|our\s+|their\s+|its\s+)?(?P<np>[a-z][\w-]*(?:\s+(?!in\b|on\b|at\b|for\b|by\b|with\b)[a-z][\w-]*){0,2})"
)
_VERBISH = {
    "approve",
    "approves",
    "accept",
    "accepts",
    "resolve",
    "resolves",
    "handle",
    "handles",
    "answer",
    "answers",
    "use",
    "uses",
    "adopt",
    "adopts",
    "pass",
    "passes",
    "reject",
    "rejects",
    "keep",
    "keeps",
    "ship",
    "ships",
    "merge",
    "merges",
    "click",
    "clicks",
}


def _share_of(text: str, qs: list[Quantity]) -> None:
    """ "Agents approve 78% of drafts unchanged": the share is of the drafts, not the agents."""
    for q in qs:
        if q.unit != "%" or not q.subject:
            continue
        last = q.subject.split()[-1].lower()
        if last not in _VERBISH and not (last.endswith("ed") and len(q.subject.split()) > 1):
            continue
        m = _SHARE_OF_RE.match(text, q.end)
        if m and m["np"] not in q.subject and m["np"].split()[0] not in q.subject.split():
            q.subject = f"{q.subject} {m['np']}"
            q.family = family_of(q.subject) or q.family


_ZH_SHARE_OF_RE = re.compile(
    r"\s*的\s*(?P<np>[\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z ]{0,11}?)\s*(?:增长|下降|提升|提高|降低|减少|增加|节省)"
)
_ZH_PERIOD_ONLY_RE = re.compile(r"(?:每天|每日|每周|每月|每年|每季度|日均|周均|月均|带来|实现|为)$")
_ZH_NOUN_AFTER_RE = re.compile(r"\s*(?P<np>[\u3400-\u9fff]{1,6})")


def _zh_subject_after(text: str, qs: list[Quantity]) -> None:
    """ "带来 15% 的 GMV 增长": the measure follows 的; "每周节省 20 小时人工": the period names
    no measure, the noun after the unit does."""
    for q in qs:
        if not _ZH_PERIOD_ONLY_RE.search(q.subject) and q.subject:
            continue
        m = _ZH_SHARE_OF_RE.match(text, q.end)
        if m is None and q.unit in ("h", "ms"):
            m = _ZH_NOUN_AFTER_RE.match(text, q.end)
        if m is not None:
            q.subject = m["np"].strip()
            q.family = family_of(q.subject) or q.family


def _metric_not_counted(qs: list[Quantity]) -> None:
    """ "Got to 0.91 AUC on the holdout": a figure named by its metric is no count of it."""
    for q in qs:
        if q.unit == "count" and q.raw_unit and family_of(q.raw_unit) and q.value < 1:
            q.unit, q.raw_unit, q.role = "", "", "result"


_BEFORE_FIRST_RE = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s*%?\s*(?:[（(]\s*)?(?:before|previously|优化前|上线前|改造前|之前|以前|原来)"
    r"(?=\s*(?:[)）,，;；]|→|->|$))"
)
"""The marker closes on the figure before it ("71%（优化前）→", "71% before,"); "64%（上线前 41%）"
marks the figure after it."""


def _before_after(text: str, qs: list[Quantity]) -> None:
    """ "Accuracy: 71% before, 88% after", "71%（优化前）→ 88%": the figure marked before is the
    baseline, not the result."""
    for q in qs:
        if q.baseline is None or q.value == q.baseline:
            continue
        m = _BEFORE_FIRST_RE.search(text, q.start, min(len(text), q.end + 14))
        if m is None or abs(float(m["n"]) - q.value) > 1e-9:
            continue
        q.value, q.baseline = q.baseline, q.value
        q.result = q.value
        q.direction = "up" if q.value > q.baseline else "down"
        for p in qs:  # the figure after, read as "what it was before", is this result
            if p is not q and p.role == "baseline" and p.value == q.value and p.start > q.start:
                p.role = "intermediate"


def add_context(orig: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """The passes above, in order; `text` is the folded text the quantities were read from,
    `orig` the text as given (spans are the same)."""
    _proportions(text, qs)
    _times_the_old(text, qs)
    qs = _one_sided_units(text, orig, qs)
    _minutes_not_millions(text, qs)
    _t_plus_one(text, orig, qs)
    _by_whom(text, orig, qs)
    _agreement(text, qs)
    _period_tails(qs)
    _people_served(text, qs)
    _money_named_after(text, qs)
    _rates_named_by_unit(qs)
    _hours_as_nouns(text, orig, qs)
    _participle_subjects(text, qs)
    _stars(text, qs)
    _share_of(text, qs)
    _zh_subject_after(text, qs)
    _metric_not_counted(qs)
    _before_after(text, qs)
    _object_subjects(text, qs)
    return qs
