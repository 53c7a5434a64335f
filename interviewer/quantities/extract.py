"""extract_quantities: numbers → changes, ranges and levels → Quantity with subject and role."""

from __future__ import annotations

import re

from interviewer.quantities import words
from interviewer.quantities.changes import Claim, group
from interviewer.quantities.comparison import against_named
from interviewer.quantities.conditions import mark_conditions
from interviewer.quantities.context import add_context
from interviewer.quantities.head import neutral_changes
from interviewer.quantities.measure_names import name_subjects
from interviewer.quantities.model import Quantity
from interviewer.quantities.named_after import measure_named_after
from interviewer.quantities.not_told import mark_not_told
from interviewer.quantities.operating_point import operating_points
from interviewer.quantities.population import lift_levels, org_size, population_facts
from interviewer.quantities.repairs import withdraw_repairs
from interviewer.quantities.roles import _USERS_RE, Evidence, decide
from interviewer.quantities.scan import TEAM_OF_RE, Num, figure_at, fold, scan
from interviewer.quantities.siblings import units_of_siblings
from interviewer.quantities.spread import spreads_over_cases
from interviewer.quantities.starts import join_starts
from interviewer.quantities.subject import (
    change_verbs,
    clause_end,
    clause_start,
    family_of,
    subject_after,
    subject_before,
)
from interviewer.quantities.targets import mark_frequencies, mark_targets
from interviewer.quantities.topic_levels import topic_levels
from interviewer.quantities.totals import sum_totals
from interviewer.quantities.units import effort, unit_at
from interviewer.quantities.vocab import vocab

MAX_CHARS = 200_000
"""Longer texts are read up to here: quantities are for résumés and spoken answers."""
_AFTER_DIR_RE = re.compile(
    r"\s*的?\s*(?:(?P<up>faster|quicker|higher|more(?! or less)|better|increase|improvement|gain|uplift|lift|speed-?ups?|"
    r"boost|growth|提升|提高|增长|增加|上涨)|(?P<down>lower|less|fewer|cheaper|smaller|shorter|"
    r"reduction|decrease|drop|savings?|下降|降低|减少|节省|缩短))(?![A-Za-z])",
    re.IGNORECASE,
)
_BOUND_AFTER_RE = re.compile(
    r"\s*(?:(?P<most>以内|以下|之内|内(?!容|部|存))|(?P<least>以上|\+|多|余|or more|plus\b)"
    r"|(?P<about>左右|上下|来(?=个|名|位|条|张|次|道|通|人|天|年|分钟|秒)|or so|-?ish\b|,?\s*give or take\b|or thereabouts\b|more or less\b))",
    re.IGNORECASE,
)
_ZH_VERB_TAIL_RE = re.compile(
    r"(?:精简|合并|合|缩减|压缩|收敛|整合|减少|降低|下降|降|减|砍|扩展|扩充|扩大|提升|提高|增加|增长|优化|"
    r"从|由|到|至|为|成).*$"
)
_WAS_BEFORE_RE = re.compile(
    r"(?i:\b(?:previously|formerly|was|were|from|instead of|vs\.?|versus|before)\s*[~≈]?\s*$)"
    r"|(?:原来|原先|之前|以前|此前)\s*(?:是|为)?\s*[~约]?\s*$"
)
"""What a bare figure was before, told after the level ("(previously ~30)", "(up from 2)")."""
_LEVEL_BEFORE_RE = re.compile(
    r"(?:\b(?:to|at|reached|hit|became|become|becomes)|到|至|为|变成了?)\s*"
    r"(?:(?:about|around|roughly|like|maybe|~|约|大约)\s*)?$",
    re.IGNORECASE,
)
_COUNTED_EN_RE = re.compile(r"[\s-]+(?P<np>(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*)", re.IGNORECASE)
_COUNTED_ZH_RE = re.compile(
    r"\s?(?:多|来|余)?(?P<cl>个|名|位|条|篇|项|次|家|款|套|张|台|份|处|例|起|道|行|通|批|笔|轮|组|段|件|单(?![元位机卡个测独日次])|(?=并发))(?P<np>并发(?=[下时的数量])|[\u3400-\u9fffA-Za-z]{0,6})"
)
_SCALED_NOUN_ZH_RE = re.compile(r"\s?(?P<np>[\u3400-\u9fff]{1,6})")
_ZH_NOUN_STOP_RE = re.compile(r"[的了和与及并且而在中后为是从由被把将，。；、]")


def extract_quantities(text: str, lang: str | None = None) -> list[Quantity]:
    """Every quantity of `text` in order, each with its exact span, unit, role and subject.

    `lang` is accepted for symmetry with the reading layer; both languages are read either way.
    """
    del lang
    if not text:
        return []
    text = text[:MAX_CHARS]
    folded = fold(text)
    scanned = scan(folded)
    repaired = withdraw_repairs(folded, scanned)
    if repaired != folded:  # a withdrawn figure is read as never said
        folded, scanned = repaired, scan(repaired)
    nums = [n for n in scanned if not _inside_zero_to_one(folded, n) and not _window(folded, n)]
    claims = group(folded, nums)
    out: list[Quantity] = []
    for claim in claims:
        q = _quantity(text, folded, claim, out)
        if q is not None:
            out.append(q)
    _steps_before_change(folded, out)
    _baselines_aside(folded, out)
    _compared_first(folded, out)
    _then_now(folded, out)
    _then_now_across(folded, out)
    _unit_in_label(folded, out)
    _me_and_others(folded, out)
    _multiple_to_level(folded, out)
    _against_later(folded, out)
    _labelled_columns(folded, out)
    _later_level(folded, out)
    _brought_to(folded, out)
    _levels_after_start(folded, out)
    _time_windows(folded, out)
    _pairs_in_parens(folded, out)
    out = add_context(text, folded, out)
    _measure_after_multiple(folded, out)
    _named_before_paren(folded, out)
    _measure_of_thing(folded, out)
    measure_named_after(folded, out)
    out = _periods_of_money(folded, out)
    out = _hyphened_windows(folded, out)
    topic_levels(folded, out)
    _effort_named(folded, out)
    _settings_and_shares(out)
    _times_by(folded, out)
    _taken_off(folded, out)
    _share_part_named(folded, out)
    _product_scale(folded, out)
    _counts_reached(folded, out)
    population_facts(folded, out)
    org_size(folded, out)
    lift_levels(folded, out)
    _incidental(folded, out)
    _negated_bounds(folded, out)
    out = _per_second(text, folded, out)
    _raised_share(folded, out)
    _another(folded, out)
    _load_conditions(folded, out)
    mark_conditions(folded, out)
    against_named(folded, out)
    sum_totals(folded, out)
    spreads_over_cases(folded, out)
    units_of_siblings(folded, out)
    mark_targets(folded, out)
    out = mark_frequencies(folded, out)
    operating_points(folded, out)
    join_starts(folded, out)
    _mark_intermediates(out)
    _old_named_after(folded, out)
    mark_not_told(folded, out)
    name_subjects(folded, out)
    if "_" not in text:  # the cutoff's joined spaces ("Recall_at_10") are spaces again
        for q in out:
            if "_" in q.subject:
                q.subject = q.subject.replace("_", " ")
                q.family = family_of(q.subject) or q.family
    return out


_HYPHENED_RE = re.compile(
    r"(?i:(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|"
    r"twenty|thirty|sixty|ninety)-(?P<u>minute|hour|day|week|month|quarter|year)s?(?![\w-])"
    r"(?:\s+[A-Za-z][\w-]*){0,2}?\s+(?P<noun>[A-Za-z][\w-]*))"
)
_ZH_WINDOW_RE = re.compile(
    r"(?:\d+|[一二两三四五六七八九十百]+)\s?(?:天|日|周|个月|月|年)"
    r"(?P<run>(?![内前后里中以来的都就在])[\u3400-\u9fff]{1,8})"
)
_HOURS_OF = {"minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0, "month": 730.0,
             "quarter": 2190.0, "year": 8760.0}  # fmt: skip


_SHARE_FAMILIES = frozenset(
    {
        "recall",
        "precision",
        "accuracy",
        "hit_rate",
        "error_rate",
        "success_rate",
        "conversion",
        "retention",
    }
)
_IDENTIFIER_RE = re.compile(r"[A-Za-z]+_[A-Za-z_]+")
_RATE_NAME_RE = re.compile(
    r"(?i:rate|accuracy|acc\b|recall|precision|coverage|conversion|retention|ctr|cvr)|率|准确|召回|精确|命中|覆盖"
)
"""A subject that names a share ("accuracy", "召回率"), not a count of errors ("false alarms")."""
_CUTOFF_NAMED_RE = re.compile(r"(?i:@\s?(?:\d+|k)\b|[_ ]at[_ ](?:\d+|k|[a-z]+)\b)")
"""A measure at a ranking cutoff ("Recall@10", "hit rate at 5"), told on a 0-100 score scale."""
_PER_RE = re.compile(r"(?i:\bper\b|\ba\s+(?:day|week|month)\b)|每|日均|周均|月均")


def _effort_named(text: str, qs: list[Quantity]) -> None:
    """Person-time named by its own unit ('save about 2 person-days each week'): the unit names
    what is counted when no measure is named before the figure (not 'each', 'release cycle')."""
    for q in qs:
        if q.unit != "h" or not effort(q.raw_unit) or not re.match(r"[A-Za-z]", q.raw_unit):
            continue
        digit = re.search(r"\d", text[q.start : q.end])
        at = q.start + digit.start() if digit else q.start
        if not q.subject or q.subject not in text[max(0, q.start - 60) : at]:
            q.subject, q.family = q.raw_unit, ""


def _settings_and_shares(qs: list[Quantity]) -> None:
    """A setting changed from one value to another ("beta from 0.1 to 0.3", "max_num_seqs 从 64
    调到 256") is configuration, not a claimed result; a share-type measure told as a bare number
    above one ("accuracy got to 79", "召回率到了 85", "95.6") is a percentage."""
    v = vocab()
    for q in qs:
        setting = v.settings_re.search(q.subject) or _IDENTIFIER_RE.search(q.subject)
        if q.role == "result" and q.unit in ("", "tokens", "count") and setting and not q.family:
            q.role, q.direction = "other", None
        above_one = q.baseline is None or 1 < q.baseline <= 100
        rate = _RATE_NAME_RE.search(q.subject) and not _PER_RE.search(q.subject)
        if _CUTOFF_NAMED_RE.search(q.subject):
            continue  # "Recall@10 由 61.3 提升至 72.8": a ranking score at a cutoff, not a share
        if (
            q.unit == ""
            and q.family in _SHARE_FAMILIES
            and rate
            and above_one
            and 1 < q.value <= 100
        ):
            q.unit = "%"  # no share above one is told as a fraction


_TIMES_BY_RE = re.compile(
    r"(?:提升|提高|增长|增加|上涨|上升|涨|快|扩大|扩容)了?\s*(?:约|近|将近|大约|差不多)?\s*"
    r"(?:\d+(?:\.\d+)?|[二两三四五六七八九十]+)\s*倍\s*(?:左右|上下)?$"
)
"""增长了三倍, 提高了 4 倍 (by N times): Chinese speakers mean N or N+1 times; 提高到原来的 N 倍
(to N times) is N."""


_PRODUCT_BEFORE_RE = re.compile(
    r"(?i:\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<p>[\w-]+)\s+(?:with|serving|handling|of|that\s+(?:serves|handles|has))"
    r"\s+(?:about|around|roughly|over|nearly|~)?\s*$)"
)
_ZH_SERVES_RE = re.compile(
    r"(?P<p>[\u3400-\u9fffA-Za-z]{1,4})\s*(?:已|累计)?(?:每天|日均|每日)?(?:服务于?|覆盖|支撑|承载|连接)了?着?"
    r"\s*(?:约|近|超过|大约|将近|上)?\s*$"
)
"""A system or platform that serves or covers its users, told in the present: its size (已/累计/了
make it an outcome of the work) when the system is named as the one worked on or the company's
(_WORKED_ON_RE); "平台服务 1980 余名医生" alone is reach the work claims."""
_WORKED_ON_RE = re.compile(r"负责的|维护的|所在的?|参与的|接手的|支持的|公司|集团")
_OF_PRODUCT_RE = re.compile(r"\s*(?:左右|多|余)?\s*的\s*(?P<p>[^\s，。；、,.;]{1,8})")


def _product_scale(text: str, qs: list[Quantity]) -> None:
    """ "Search for an app with 3M DAU", 一个月活 800 万的社区产品: the size of what one worked on,
    a fact about it, not a result of the work."""
    v = vocab()
    products = v.products_re
    for q in qs:
        if q.role != "result" or q.baseline is not None or q.direction is not None:
            continue
        if q.unit not in ("count", "", "people"):
            continue
        if family_of(q.subject) in v.data.audience_families and not _reached(q.text):
            q.role = "count"  # "负责首页推荐，日活 3000 万": how many use what one worked on
            continue
        before = _PRODUCT_BEFORE_RE.search(text, max(0, q.start - 60), _digit_at(text, q))
        after = _OF_PRODUCT_RE.match(text, q.end)
        at = _digit_at(text, q)
        zh = _ZH_SERVES_RE.search(text, max(0, at - 24), at)
        if (
            zh
            and products.search(zh["p"])
            and not re.search(r"已|累计|了", zh.group())
            and _WORKED_ON_RE.search(text, clause_start(text, at), zh.end("p"))
        ):
            q.role = "count"  # 我维护的搜索系统服务 1200 万用户: the size of what one worked on
            continue
        if (before and products.fullmatch(before["p"])) or (
            after
            and products.search(after["p"])
            and re.search(r"一[个款家]|为|给", text[max(0, q.start - 12) : q.start + 4])
        ):
            q.role = "count"
            q.subject = re.sub(r"^.*?一[个款家]", "", q.subject) or q.subject


def _counts_reached(text: str, qs: list[Quantity]) -> None:
    """A count told as reached or crossed right before its figure (订单量首次突破 10 万单, 'API calls
    passed 2 million') is an outcome the work won: a result."""
    for q in qs:
        if q.role != "count" or q.unit not in ("count", "") or q.baseline is not None:
            continue
        at = _digit_at(text, q)
        if vocab().count_reached_re.search(text, max(0, at - 16), at):
            q.role = "result"


def _reached(span: str) -> bool:
    """The span tells its figure as reached or changed (达到, 突破, "grew to")."""
    v = vocab()
    return any(r.search(span) for r in (v.up_re, v.down_re, v.outcome_re, v.audience_reached_re))


_OFF_RE = re.compile(
    r"(?i:\s+off\s+(?:of\s+)?(?:the\s+|our\s+|its\s+|their\s+)?(?P<np>[a-z][\w-]*(?:\s+(?!in\b|on\b|by\b|with\b|for\b)[a-z][\w-]*){0,2}))"
)


_PART_NAMED_RE = re.compile(
    r"(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|\d{1,3})\s+(?P<np>(?!in\b|out\b)[a-z][\w-]*"
    r"(?:\s+(?!in\b|out\b)[a-z][\w-]*){0,2})\s+(?:in\s+every|out\s+of)\b)"
)


def _share_part_named(text: str, qs: list[Quantity]) -> None:
    """ "one false alarm in every three alerts": the share is of what the part names."""
    for q in qs:
        m = _PART_NAMED_RE.search(text, q.start, q.end) if q.unit == "%" else None
        if m:
            family = family_of(m["np"]) or family_of(m["np"] + "s")
            q.subject, q.family = m["np"], family or q.family


def _taken_off(text: str, qs: list[Quantity]) -> None:
    """ "shaved a good quarter off the runtime", "take half off the search time": the share taken
    away from what follows, a drop."""
    for q in qs:
        m = _OFF_RE.match(text, q.end)
        taken = q.unit == "%" or (
            q.unit in ("ms", "h", "pp", "usd", "cny", "eur", "gbp")
            and vocab().down_re.search(text[max(0, q.start - 30) : q.end]) is not None
        )
        if taken and q.baseline is None and m:
            q.role, q.direction = "result", "down"
            q.subject = m["np"]
            q.family = family_of(q.subject) or q.family


def _times_by(text: str, qs: list[Quantity]) -> None:
    for q in qs:
        if q.unit != "x" or q.bound not in ("exact", "about") or q.baseline is not None:
            continue
        if q.value > 1 and _TIMES_BY_RE.search(text, q.start, q.end):
            q.low, q.high, q.bound = q.value, q.value + 1, "range"
            q.direction = q.direction or "up"  # every verb of _TIMES_BY_RE tells a rise


def _work_named(text: str, en: re.Match[str]) -> re.Match[str] | None:
    """The piece of work a hyphened span of time is told of ("a 2-week shadow test")."""
    rest = re.match(r"[\w-]*(?:\s+[A-Za-z][\w/-]*){1,3}", text[en.start("u") :])
    if rest is None:
        return None
    return vocab().work_noun_re.search(text, en.start("u"), en.start("u") + rest.end())


def _window(text: str, n: Num) -> bool:
    """A span of time hyphened onto a noun that is no piece of work names a window ("30-day
    readmission model", "7-day retention", "24-hour TTL", "30天复购预测模型")."""
    en = _HYPHENED_RE.match(text, n.start)
    if en is not None:
        return _work_named(text, en) is None
    zh = _ZH_WINDOW_RE.match(text, n.start) if n.unit == "h" else None
    window = vocab().window_zh_re.search(zh["run"]) if zh is not None else None
    return window is not None and window.start() <= 2


def _hyphened_windows(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A span of time hyphened onto a piece of work is how long that work ran ("a 3-month
    migration", "a 6-week pilot"), never a result or a count of months."""
    for q in qs:
        en = _HYPHENED_RE.match(text, _digit_at(text, q)) if q.baseline is None else None
        work = _work_named(text, en) if en is not None else None
        if en is None or work is None:
            continue
        said = float(en["n"]) if en["n"][0].isdigit() else float(words.find(en["n"])[0].value)
        q.value, q.unit, q.raw_unit = said * _HOURS_OF[en["u"].lower()], "h", en["u"]
        q.role, q.direction, q.subject, q.family = "duration", None, work.group(), ""
    return qs


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    starts = [m.end() for m in re.finditer(r"[.。!?！？;；\n](?!\d)", text[:pos])]
    lo = starts[-1] if starts else 0
    m = re.compile(r"[.。!?！？;；\n](?!\d)").search(text, pos)
    return lo, m.start() if m else len(text)


def _incidental(text: str, qs: list[Quantity]) -> None:
    """Numbers that say nothing about the work asked about: the speaker's employers and career
    ("我待过的四家公司", "the five companies I've worked at", "in my career … fifteen projects")
    and the field at large or other companies ("业内大概七成的团队", "most companies see 30
    percent"), unless the number's own clause tells our own work ("我们的召回率比业内高 12 个点")."""
    v = vocab()
    for q in qs:
        lo, hi = _sentence_of(text, q.start)
        sentence = text[lo:hi]
        clause = text[clause_start(text, q.start) : clause_end(text, q.end)]
        own = v.own_re.search(v.field_re.sub(" ", clause)) is not None
        employers = (
            q.unit in ("count", "people")
            and v.employers_re.search(q.raw_unit + " " + q.subject) is not None
            and v.career_re.search(sentence) is not None
        )
        career = v.career_re.search(clause) is not None
        field = v.field_re.search(sentence) is not None and not own
        if employers or (career and q.baseline is None) or field:
            q.role = "incidental"


_ONE_PERIOD_H = {24.0, 168.0, 730.0, 2190.0, 8760.0}
"""A day, a week, a month, a quarter, a year, in hours."""
_MONEY_UNITS = ("usd", "cny", "eur", "gbp")
_ONE_RE = re.compile(r"(?i:^(?:一|1\s?|a\s|one\s|每|per\s|each\s|every\s))")


_SPENT_RE = re.compile(
    r"(?:花了|用了|耗时|历时|做了|搞了|持续了?|(?i:\b(?:took|spent|in|over|for|within|during|after)))\s*(?:大概|大约|约|差不多|about|around)?\s*$"
)
"""A verb or preposition of time spent right before a period: "花了一个月", "in a year"."""


def _periods_of_money(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A single period told before an amount of money in its sentence is the money's period,
    not time the work took ("一个季度的云账单差不多十五万", "一年能省个二三十万"); one told
    after a verb of spending time still is ("花了一个月，成本三万")."""
    out = []
    for i, q in enumerate(qs):
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if (
            nxt is not None
            and q.unit == "h"
            and q.role == "duration"
            and q.value in _ONE_PERIOD_H
            and q.baseline is None
            and nxt.unit in _MONEY_UNITS
            and _ONE_RE.match(text[_digit_at(text, q) : q.end])
            and not re.search(r"[.。!?！？;；\n]", text[q.end : nxt.start])
            and not _SPENT_RE.search(text, max(0, _digit_at(text, q) - 8), _digit_at(text, q))
        ):
            continue
        out.append(q)
    return out


_ASIDE_RE = re.compile(
    r"(?i:\b(?:was|were|vs\.?|versus|compared (?:to|with)|instead of|down from|up from|from|before|"
    r"previously|prior|old|baseline)\b)|上线前|改造前|优化前|之前|原来|原先|此前|以前|对比|相比|基线"
)
_UP_DOWN_FROM_RE = re.compile(r"(?i:,\s*(?:down|up)\s+from\s*[~≈$€£¥]?\s*$)")
"""", down from 11%" closing the level's clause: its start, however long the clause."""
_WHO_WAS_RE = re.compile(
    r"(?i:\b(?:i|we|he|she|they|you|(?:my|our|the)\s+(?:team|squad|group|crew|unit))\s+(?:was|were)$)"
)
_BEFORE_IT_WAS_RE = re.compile(
    r"(?i:\b(?:before(?:\s+(?:that|this|then|the\s+\w+))?|previously|earlier|originally|at\s+first)"
    r"\s*,?\s*(?:it|that|they|we)?\s*(?:was|were|used\s+to\s+be|had|sat\s+at|stood\s+at)\s*"
    r"(?:only|just|about|around|like|~)?\s*$)"
    r"|(?:之前|以前|原来|此前|原先|优化前|上线前)(?:是|为|只有|才|大概|大约|大概是)?\s*$"
)
"""The end of a clause that tells what a level was before it ("before that it was", 以前只有)."""
_ASIDE_AFTER_RE = re.compile(r"(?i:\s*(?:before|previously|earlier|prior|之前|以前|此前|前))")


def _level_and_start(gap: str, q: Quantity, old: Quantity) -> bool:
    """Whether `q` may be a level and `old` its start told after it: `q` has a unit, or both are
    plain figures of one measure, or a start is told after 'up/down from' ("accuracy ended at
    91%, up from 78 when I started", "CSAT 4.5 now, up from 3.9 last year"); such a bare start
    is then in the level's unit, whatever it was read as."""
    said_from = _UP_DOWN_FROM_RE.search(gap) is not None
    if (
        said_from
        and q.unit in ("", "%")
        and old.unit in ("", "count")
        and old.baseline is None
        and (q.unit == "" or 0 < old.value <= 100)
        and (q.unit or q.subject)
    ):
        old.unit, old.raw_unit, old.subject = q.unit, q.raw_unit, ""
        return True
    plain = not q.unit and not old.unit and bool(q.family) and old.family in ("", q.family)
    return bool(q.unit) or plain


_THEN_BEFORE_NOW_RE = re.compile(
    r"(?i:\s*before\b[^.;!?\d]{0,30}?\b(?:now|after|afterwards|today|these days|since then)\b)"
)
"""The first level told as 'before', the second as 'now' / 'after': the order of the change."""


def _baselines_aside(text: str, qs: list[Quantity]) -> None:
    """A level followed by what it was before, in an aside ("64%（上线前 41%）", "54% of
    suggestions, up from 19%", "15 minutes instead of 2 hours before"): one change."""
    for q, old in zip(qs, qs[1:], strict=False):
        gap = text[q.end : old.start]
        if q.baseline is not None or old.baseline is not None or not _level_and_start(gap, q, old):
            continue
        times = {q.unit, old.unit} <= {"ms", "h"}
        counted = {q.unit, old.unit} == {"count", ""}  # "12 incidents, down from 40"
        bare = old.role in ("other", "result") and old.baseline is None and old.direction is None
        scale = _scale(q) if old.unit == "" and bare else None
        if q.unit != old.unit and not times and not counted and scale is None:
            continue
        # "We get 35 BLEU after fine-tune, before it was 28": the start told last, as what it was
        was_told = _BEFORE_IT_WAS_RE.search(gap) is not None
        far = len(gap) > (70 if _UP_DOWN_FROM_RE.search(gap) or was_told else 30)
        # "churn was about 6% before and now it's 4%": the first is the start (then, now)
        then_now = _THEN_BEFORE_NOW_RE.match(gap) is not None
        if far or then_now or re.search(r"[.。!?！？\n]" if was_told else r"[.。;；!?！？\n]", gap):
            continue
        if (
            re.search(r"(?i:\bafter(?:wards)?\b)|之后|以后", gap)
            and not _UP_DOWN_FROM_RE.search(gap)
            and not was_told
        ):
            continue  # "before the cache it took two seconds and after it was 300 ms": then, now
        if q.unit == "h" and re.match(
            r"(?i:\s*(?:later|afterwards|after that|on)\b)|\s*(?:后|之后|以后)", gap
        ):
            continue  # "three months later it was 0.71": time passing, not a level's start
        if _FROM_RE.search(q.text) or _TO_RE.search(old.text):
            continue  # "从 72%（原来的规则）提升到 91%": a change told the usual way
        if _BEFORE_GAP_RE.match(gap) and _AFTER_NEXT_RE.match(text, old.end):
            continue  # "45/week before, 12/week after": the first is the baseline (_then_now)
        told = _ASIDE_RE.search(text[q.end : old.end])  # the marker may open the aside's span
        if told and _WHO_WAS_RE.search(text, max(0, q.end + told.start() - 20), q.end + told.end()):
            continue  # "about 300 developers, and I was one of the five": who one was, no start
        if not (told or (gap.strip() in ("(", "（") and _ASIDE_AFTER_RE.match(text, old.end))):
            continue
        was = _in_unit_of(old, q)
        if scale is not None and not counted:  # "1,800 milliseconds at p95, it was 4,200"
            was, old.unit, old.raw_unit = old.value * scale, q.unit, q.raw_unit
            old.value = was
        if was == q.value:
            continue
        digit = re.search(r"[\d零一二两三四五六七八九十半]", text[q.start : q.end])
        at = q.start + (digit.start() if digit else 0)
        delta = _DELTA_BEFORE_RE.search(text[max(0, at - 24) : at])
        if delta and q.unit in ("ms", "h", "count", "usd", "cny", "eur", "gbp") and q.value < was:
            # "came down 2.5 days, from 9 days": the change is told, the level is what is left
            q.value = was + q.value if delta.group("up") or delta.group("up2") else was - q.value
        q.baseline, q.result, q.role = was, q.value, "result"
        q.direction = q.direction or ("up" if q.value > was else "down")
        old.role = "baseline"
        if not old.subject or _ASIDE_RE.fullmatch(old.subject.strip()):
            old.subject = q.subject
        old.family = old.family or q.family


_HOUR_MS = 3_600_000.0
_DELTA_BEFORE_RE = re.compile(
    r"(?i:\b(?:(?P<up>up|rose|grew|gained|added)|down|fell|dropped|cut|shaved|trimmed|shorter|"
    r"less|fewer|lower)(?:\s+(?:by|about|around|roughly|some|a further))?\s*[~≈$£€¥]?$)"
    r"|(?:(?P<up2>增加|提升|多)|减少|缩短|降低|少)了?\s*[~≈$£€¥]?$"
)
_THEN_RE = re.compile(
    r"(?i:\b(?:previously|formerly|originally|initially|at first|before|used to (?:be|take|cost)|was|were|"
    r"took|had)\b(?:[^.;!?。；！？]|\.(?=\d)){0,40}$)|(?:原来|原先|原本|之前|以前|此前|过去|起初|最初|(?:优化|上线|改造|改版|升级|重构)前|老的|旧的|旧版|老版本?)[^。；！？，,]{0,20}$"
)
_THEN_AFTER_RE = re.compile(r"(?i:^\s*(?:[a-z][\w-]*\s+){0,3}?(?:used to|would)\b)")
"""A level told as what it was by the verb after it ("One in four deployments used to roll back")."""
_NOW_AFTER_RE = re.compile(
    r"(?i:\bafter\b[^,.;!?]{0,30}\b(?:it's|it is|it was|it became|it got|they're|they were|we're|we were|"
    r"that was)\s*(?:at|down to|only|about|around|roughly|like|just)?\s*$)"
)
"""'after the checks it's …': what a level is now, once the level before is told as what it used to be
('At launch p95 was 0.45 s; after the cache it is 0.3' tells two levels on the way, no start)."""
_THEN_STRONG_RE = re.compile(
    r"(?i:\b(?:previously|formerly|originally|initially|at first|before|used to)\b)|原来|原先|以前|之前"
)
_NOW_RE = re.compile(
    r"(?i:\b(?:now|today|these days|nowadays|currently)\b,?(?:\s+(?:it|they|we|is|are|it's|takes?|costs?|"
    r"sits?|stands?|runs?|at|only|just|about|around|under|more like|like|closer to|close to|maybe|roughly))*\s*$|\b(?:is|are)\s+now\s+(?:at\s+)?$)"
    r"|(?:现在|目前|如今|当前|(?:优化|上线|改造|改版|升级|重构)后)(?:是|为|只有|仅|约|降到|只要|只需)?\s*$"
    r"|(?:换成|换了|改成|改用|用上|上了|切到|迁到)[^。；！？，,\d]{1,12}(?:之后|以后|后)\s*[，,]?\s*(?:只要|只需|就|约)?\s*$"
)


_THEN_ON_RE = re.compile(
    r"(?i:\b(?:then|and then|after that|later|finally|eventually|next)\b)|后来|然后|之后|最后|最终|再"
)
_TO_LEVEL_END_RE = re.compile(
    r"(?i:\b(?:to|at)\s*(?:about|around|roughly|just|only|~)?\s*$)|(?:到|至)\s*(?:了|约)?\s*$"
)


def _scale(q: Quantity) -> float | None:
    """How much one unit as written is in `q.unit` (days → 24 h), None when unknown."""
    if q.unit in ("%", "pp", "x", "", "count", "qps", "tokens/s"):
        return 1.0
    found = unit_at(q.raw_unit, 0) if q.raw_unit else None
    return found[1] if found is not None and found[0] == q.unit else None


_WITHIN_BEFORE_RE = re.compile(
    r"(?i:\b(?:within|in under|in less than|inside|under)\s+(?:about\s+|the\s+first\s+)?$)"
)
_WITHIN_AFTER_RE = re.compile(r"^\s*(?:内|以内|之内)")


def _time_windows(text: str, qs: list[Quantity]) -> None:
    """A span of time that tells how long the work took ("… to 7 minutes within 3 months") is a
    fact, not a claimed result. (A span that bounds what is measured, "listings sold within 7
    days from 38% to 51%", 72 小时内结案率, is part of the measure's name: measure_names.py.)"""
    for i, w in enumerate(qs):
        if w.unit not in ("h", "ms") or w.baseline is not None or w.role != "result":
            continue
        at = _digit_at(text, w)
        if not (
            _WITHIN_BEFORE_RE.search(text[max(0, at - 20) : at])
            or _WITHIN_AFTER_RE.match(text[w.end : w.end + 4])
        ):
            continue
        prev = qs[i - 1] if i > 0 else None
        if prev is not None and prev.role == "result" and prev.end <= w.start:
            if not re.search(r"[.。;；!?！？\n]", text[prev.end : w.start]):
                w.role = "duration"  # "… to 7 minutes within 3 months": how long it took


def _digit_at(text: str, q: Quantity) -> int:
    digit = re.search(r"[\d零一二两三四五六七八九十半]", text[q.start : q.end])
    return q.start + digit.start() if digit else q.start


_PER_SECOND_ZH_RE = re.compile(r"每秒钟?\s*[\u3400-\u9fff]{0,5}?\s*$")
_PER_SECOND_GAP_RE = re.compile(
    r"\s*(?:[个条次单笔][\u3400-\u9fff]{0,3}?)?\s*(?:提升|提高|增加|增长|上升|涨|降低|下降|减少|降)?了?"
    r"\s*(?:至|到|为)\s*每秒钟?\s*(?:约|大约|近)?\s*$"
)
_DIGITS_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _per_second(orig: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """Things a system does each second, told after 每秒 ('每秒能处理 500 个请求', '吞吐由每秒 80 条提升至
    每秒 210 条'), are a rate in qps; two such rates joined by 提升至/降到 are one change."""
    for q in qs:
        said = _NUMBER_START_RE.search(text, q.start, q.end)
        at = said.start() if said else q.start
        if q.unit not in ("count", "") or not _PER_SECOND_ZH_RE.search(text, max(0, at - 14), at):
            continue
        q.unit = "qps"
        if q.role in ("count", "data_size", "sample_size", "other"):
            q.role = "result"
        q.subject = re.sub(r"(?:由|从)?\s*每秒钟?.*$", "", q.subject).strip()
        q.family = family_of(q.subject) if q.subject else ""
    gone: list[Quantity] = []
    for old, q in zip(qs, qs[1:], strict=False):
        if (
            old.unit != "qps"
            or q.unit != "qps"
            or q.baseline is not None
            or old.baseline is not None
        ):
            continue
        num = _DIGITS_RE.search(text, old.start, old.end)
        said = _NUMBER_START_RE.search(text, q.start, q.end)
        if num is None or said is None or said.start() <= num.end():
            continue
        if _PER_SECOND_GAP_RE.fullmatch(text, num.end(), said.start()):
            _start_of(old, q, old.value)
            q.start, q.text = old.start, orig[old.start : q.end]  # told from its start
            q.subject = q.subject or old.subject
            gone.append(old)
    return [q for q in qs if q not in gone]


_ANOTHER_RE = re.compile(
    r"(?i:\b(?:another|a further|an additional|an extra|a second)\s*(?:about\s+|around\s+|~)?$)|(?:又|再)\s*$"
)


def _another(text: str, qs: list[Quantity]) -> None:
    """A further change told without its verb after one told with it ('v1 gained 4 points, v2
    another 2', 'cut errors by a third, and the second fix by another 10 percent'): the same
    direction, and the unit of the change before when none is written."""
    for prev, q in zip(qs, qs[1:], strict=False):
        if q.direction is not None or q.baseline is not None or prev.direction is None:
            continue
        starts = [m.start() for m in _NUMBER_START_RE.finditer(text, q.start, q.end)] or [q.start]
        if not any(_ANOTHER_RE.search(text, max(0, at - 20), at) for at in starts):
            continue
        lo, hi = _sentence_of(text, prev.start)
        if not lo <= q.start < hi:
            continue
        if q.unit == "" and not q.raw_unit and prev.unit in ("pp", "%", "x"):
            q.unit = prev.unit
        if q.unit == prev.unit:
            q.direction, q.role = prev.direction, "result"


_RAISED_RE = re.compile(r"提了\s*(?:约|大约|大概|差不多|将近|近)?\s*$")


def _raised_share(text: str, qs: list[Quantity]) -> None:
    """提了 right before a share, points, a multiple or a score is a rise (转化率提了两成, 留存提了三个点,
    第一版提了 5 个点, F1 提了 0.03); before
    things counted it is only 'raised' (提了 3 个问题), so it is no change word of its own."""
    for q in qs:
        at = figure_at(text, q.start, q.end)
        score = q.unit == "" and q.family in _SCORE_FAMILIES  # F1 提了 0.03
        if (
            q.direction is None
            and (q.unit in ("%", "pp", "x") or score)
            and _RAISED_RE.search(text, max(0, at - 8), at)
        ):
            q.direction, q.role = "up", "result"


_LOAD_UNITS = frozenset({"qps", "tokens/s"})
_CONCURRENT_RE = re.compile(r"(?i:\bconcurren\w*|\bsimultaneous\b|\bin[- ]flight\b)|并发")
_CONDITION_BEFORE_RE = re.compile(
    r"(?i:(?:\bat|\bunder|\bwith|@)\s*(?:(?:a|the)\s+)?(?:(?:peak|sustained|steady|full|constant)\s+)?"
    r"(?:(?:load|traffic|throughput|concurrency)\s+(?:of\s+)?)?(?:about|around|roughly|~|≈)?\s*)$"
    r"|(?:在|压测?到|打到|跑到|加到)\s*(?:约|大约|大概|差不多)?\s*$"
)
_CONDITION_AFTER_RE = re.compile(
    r"\s*(?:个)?\s*(?:并发)?\s*(?:的)?\s*(?:[\u3400-\u9fff]{0,3}?)(?:下|时|的时候|之下)(?![降滑跌])"
)


def _load_conditions(text: str, qs: list[Quantity]) -> None:
    """A load told as the condition another figure of its sentence holds under ('p95 180 ms at 900
    QPS', 在 2000 QPS 压力下 P99 150 毫秒, 'with 64 concurrent users … 2,400 tokens/s') is no
    claimed result but a setting (role other); a load reached, handled or changed stays a result."""
    conditions = []
    for q in qs:
        told = q.subject + " " + q.raw_unit + " " + text[q.end : q.end + 4]
        concurrent = q.unit == "count" and _CONCURRENT_RE.search(told) is not None
        roles = ("result", "count", "other", "sample_size") if concurrent else ("result", "other")
        if (
            not (q.unit in _LOAD_UNITS or concurrent)
            or q.baseline is not None
            or q.role not in roles
        ):
            continue
        said = _NUMBER_START_RE.search(text, q.start, q.end)
        at = said.start() if said else q.start
        before = _CONDITION_BEFORE_RE.search(text, max(0, at - 40), at)
        if before is not None or _CONDITION_AFTER_RE.match(text, q.end):
            conditions.append(q)
    for q in conditions:
        lo, hi = _sentence_of(text, q.start)
        if any(o.role == "result" and o not in conditions and lo <= o.start < hi for o in qs):
            q.role, q.direction, q.result = "other", None, None
            if not q.subject:
                q.subject = (_CONCURRENT_RE.search(text, q.end, q.end + 4) or [""])[0]


_NUMBER_START_RE = re.compile(
    r"[$€£¥]?\s*(?:\d|[零一二两三四五六七八九十半]|(?i:(?<![A-Za-z])(?:"
    + "|".join(sorted({*words.SMALL, "half", "hundred"}, key=len, reverse=True))
    + r")(?![A-Za-z])))"
)
"""Where a figure's number opens in its span, digits or words ('no longer than two seconds')."""


def _negated_bounds(text: str, qs: list[Quantity]) -> None:
    """A comparative negated just before a figure bounds it the other way and tells no change
    ('never went above 1.5 s' is at most 1.5 s, 'no lower than 0.9' at least 0.9, 从来没有超过
    0.01% at most); the negation and what follows it are no part of the measure's name."""
    v = vocab()
    for q in qs:
        said = _NUMBER_START_RE.search(text, q.start, q.end)
        digit = said.start() if said else q.start
        told = v.negated_re.search(text, max(0, digit - 40), digit)
        if told is None:
            continue
        q.bound = "at_most" if told.group("more") else "at_least"  # type: ignore[assignment]
        if q.baseline is None:
            q.direction, q.result = None, None
        neg = next(
            (m for m in v.negator_re.finditer(q.subject) if len(q.subject) - m.start() <= 24), None
        )
        if neg is not None:
            q.subject = q.subject[: neg.start()].strip()
        if neg is not None or not q.subject:
            q.subject = q.subject or subject_before(
                text, clause_start(text, told.start()), told.start()
            )
            q.family = family_of(q.subject) if q.subject else q.family


_BEFORE_AFTER_RE = re.compile(
    r"(?i:\s*before\b(?!\s+(?:launch|release|going live|we\s+(?:shipped|launched))))|\s*(?:之前|以前)"
)
_WAS_IN_CLAUSE_RE = re.compile(r"(?i:\b(?:was|were|sat|stood|used to be)\b)|原来|之前|以前")
_TO_LEVEL_GAP_RE = re.compile(
    r"(?i:\b(?:to|at)\s*(?:about|around|roughly|like|just|~)?\s*$)|(?:到|至)了?\s*$"
    # after a start told as what it was before: the later level told as what it is or was
    # after ("… before and after the new parser it was like two percent", "now it's 4%")
    r"|(?i:\b(?:after|now|today|since then|these days)\b[^.;!?\d]{0,40}?"
    r"\b(?:is|was|it's|it is|it was|we're at|we are at)\s*(?:about|around|roughly|like|just|~)?\s*$)"
)


def _levels_after_start(text: str, qs: list[Quantity]) -> None:
    """ "Recall was like 0.7 before, the reranker got us to 0.78, and we ended at 0.83": a level
    told as what it was before is the start, and the levels reached after it in the sentence
    are changes from it (the last is the result, the others steps on the way)."""
    start: Quantity | None = None
    for q in qs:
        if start is not None and re.search(r"[.。!?！？\n]", text[start.end : q.start]):
            start = None
        if (
            q.baseline is None
            and q.role in ("result", "other")
            and _BEFORE_AFTER_RE.match(text, q.end)
            and _WAS_IN_CLAUSE_RE.search(text, clause_start(text, q.start), q.end)
        ):
            q.role, start = "baseline", q
            continue
        if (
            start is not None
            and q.baseline is None
            and q.unit == start.unit
            and (q.family == start.family or not q.family)
            and q.value != start.value
            and _TO_LEVEL_GAP_RE.search(text, max(start.end, q.start - 60), _digit_at(text, q))
        ):
            q.baseline, q.result, q.role = start.value, q.value, "result"
            q.direction = "up" if q.value > start.value else "down"


_BROUGHT_TO_RE = re.compile(
    r"(?i:[\s,]*(?:and|but|then|so)?\s*(?:then\s+)?(?:we|i|they|the \w+)\s+(?:finally\s+|eventually\s+)?"
    r"(?:got|brought|pushed|took|cut|dropped|squeezed|pulled|dragged)\s+(?:it|that|this|them)\s+"
    r"(?:all the way\s+)?(?:down\s+|up\s+)?to\s*(?:about|around|roughly|like|maybe|~|just)?\s*)"
)
_WAS_LEVEL_RE = re.compile(r"(?i:\b(?:was|were|took|had|sat|stood|used to be)\b)|原来|以前")


def _brought_to(text: str, qs: list[Quantity]) -> None:
    """A level told as what it was, then a bare figure 'we got it to' ("the p95 was about 800 ms
    and we got it to about 250", "…, and we got it to about two fifty"): one change, the later
    figure in the unit told before."""
    for old, q in zip(qs, qs[1:], strict=False):
        if q.unit or q.raw_unit or q.baseline is not None or old.baseline is not None:
            continue
        if not old.unit or old.role not in (*_OLD_ROLES, "baseline"):
            continue
        if not _BROUGHT_TO_RE.fullmatch(text, old.end, _digit_at(text, q)):
            continue
        if not _WAS_LEVEL_RE.search(text, clause_start(text, old.start), old.end):
            continue
        scale = _scale(old)
        if scale is None:
            continue
        q.value, q.unit, q.raw_unit = q.value * scale, old.unit, old.raw_unit
        was = _in_unit_of(old, q)
        if was == q.value:
            continue
        _start_of(old, q, was)
        q.subject, q.family = old.subject, old.family


def _later_level(text: str, qs: list[Quantity]) -> None:
    """A bare level told after a change, 'then … to N' ("from six days to four, then the review
    queue got us to two"): the same measure in the same unit, the change went on to it."""
    for prev, q in zip(qs, qs[1:], strict=False):
        if q.unit or q.baseline is not None or prev.baseline is None or not prev.unit:
            continue
        gap = text[prev.end : _digit_at(text, q)]
        if len(gap) > 60 or re.search(r"[.。!?！？\n]", gap) or not _THEN_ON_RE.search(gap):
            continue
        if not _TO_LEVEL_END_RE.search(gap):
            continue
        scale = _scale(prev)
        if scale is None:
            continue
        q.unit, q.raw_unit, q.value = prev.unit, prev.raw_unit, q.value * scale
        q.result, q.role, q.baseline = q.value, "result", prev.baseline
        q.direction = "up" if q.value > prev.baseline else "down"
        q.subject, q.family = prev.subject, prev.family


_BEFORE_GAP_RE = re.compile(
    r"(?i:\s*(?:/\s*\w+\s*|(?:a|per|each)\s+\w+\s*)?(?:before|previously|beforehand)\b[\s,;]*)"
    r"|\s*(?:之前|以前|优化前|上线前|改造前)[，,；;\s]*(?:之后|现在|上线后|优化后|改造后)?"
)
_AFTER_NEXT_RE = re.compile(
    r"(?i:\s*(?:/\s*\w+\s*|(?:a|per|each)\s+\w+\s*)?(?:after|afterwards|now|today)\b)|\s*(?:之后|以后|后)"
)
_THEN_WORD_RE = re.compile(
    r"^(?:原来|原先|原本|之前|以前|此前|过去|(?:优化|上线|改造|改版|升级|重构)[前后])"
    r"|(?:原来|原先|原本|之前|以前|此前|(?:优化|上线|改造|改版|升级|重构)[前后])(?:是|为)?$"
)


_COMPARED_RE = re.compile(
    r"(?i:\b(?:compared\s+(?:to|with)|versus|vs\.?|relative\s+to|against)\b)|相比|对比|比起|相较|较之|和|跟|与"
)
_COMPARED_AFTER_RE = re.compile(r"^[^，,。；;.!?！？]{0,12}?(?:相比|比|对比)?\s*[，,]")


def _compared_first(text: str, qs: list[Quantity]) -> None:
    """ "Compared to last year's 12%, churn is now 7%", 对比旧版本的 85%，新模型准确率到了 92%,
    "Versus the 3 seconds of the old service, ours answers in 800 ms": the first level is what
    the second is compared with — its start."""
    for old, q in zip(qs, qs[1:], strict=False):
        lo = clause_start(text, old.start)
        cue = _COMPARED_RE.search(text, max(lo, old.start - 24), _digit_at(text, old))
        if cue is None or text[lo : cue.start()].strip(" ,，") != "":
            continue  # the comparison opens the clause
        if cue.group() in ("和", "跟", "与") and not _COMPARED_AFTER_RE.match(text[old.end :]):
            continue  # 和原来的 3 天比，…: a comparison only with its 比
        gap = text[old.end : q.start]
        if not re.search(r"[，,]", gap) or re.search(r"[.。!?！？;；\n]", gap) or len(gap) > 40:
            continue
        times = {q.unit, old.unit} <= {"ms", "h"}
        if q.unit != old.unit and not times:
            continue
        reversed_ = old.baseline is not None and q.role == "baseline"
        if q.baseline is not None or (old.baseline is not None and not reversed_):
            continue
        if reversed_:  # grouped the wrong way round: the compared figure is the start
            old.baseline = old.result = old.direction = None
        was = _in_unit_of(old, q)
        if was == q.value:
            continue
        _start_of(old, q, was)


def _in_unit_of(old: Quantity, q: Quantity) -> float:
    """`old`'s value in `q`'s unit (times are read as hours or milliseconds)."""
    if old.unit == "h" and q.unit == "ms":
        return old.value * _HOUR_MS
    if old.unit == "ms" and q.unit == "h":
        return old.value / _HOUR_MS
    return old.value


def _start_of(old: Quantity, q: Quantity, was: float) -> None:
    """`old` (worth `was` in q's unit) is where the change that ended at `q` started."""
    q.baseline, q.result, q.role = was, q.value, "result"
    q.direction = "up" if q.value > was else "down"
    old.role = "baseline"


_BEFORE_LABEL_RE = re.compile(
    r"(?i:\b(?:before|baseline|old|previous|prev|legacy|v1)\b\s*[:：]?\s*[$¥€£]?$)"
    r"|(?:改造前|上线前|优化前|原来|旧版|旧方案|老版本|基线|原方案)\s*[:：]?\s*$"
)
_AFTER_LABEL_RE = re.compile(
    r"(?i:\b(?:after|ours|new|now|current|v2)\b\s*[:：]?\s*[$¥€£]?$)"
    r"|(?:改造后|上线后|优化后|现在|新版|新方案|新版本|目前)\s*[:：]?\s*$"
)
_HEADER_RE = re.compile(
    r"(?i:\bbefore\s*/\s*after\b)|(?:改造|上线|优化)前\s*/\s*(?:改造|上线|优化)?后"
)
_COL_SEP = r"(?:\s|[|/｜:：()（）\[\]]|\bvs\.?(?!\w))*"
_TABLE_HEADER_RE = re.compile(
    r"(?i:(?<![A-Za-z])(?:before|baseline|old|previous|prev|legacy|v1|was)(?![A-Za-z])"
    r"|(?:改造|上线|优化|迁移|升级|重构)前|原来|旧版|旧方案|老版本|基线)"
    + _COL_SEP
    + r"(?i:(?<![A-Za-z])(?:after|ours|new|now|current|v2|proposed)(?![A-Za-z])"
    r"|(?:改造|上线|优化|迁移|升级|重构)后|现在|新版|新方案|新版本|目前)"
)
"""A flattened table's header naming its before and after columns, in that order ('Metric |
Baseline | Ours |', 指标 改造前 改造后, '(old / new)')."""
_CELL_GAP_RE = re.compile(r"\s*(?:[|/｜;；,，]\s*)?")


def _labelled_columns(text: str, qs: list[Quantity]) -> None:
    """A table flattened to text: "Latency p95 — before: 820 ms, after: 310 ms", "命中率 | 改造前
    41% | 改造后 67%", "NDCG@10: baseline 0.52, ours 0.61", "Error rate (before / after): 4.1% /
    1.3%": the figure under the 'before' label is the start of the one under 'after'."""
    for old, q in zip(qs, qs[1:], strict=False):
        if q.baseline is not None or old.baseline is not None:
            continue
        times = {q.unit, old.unit} <= {"ms", "h"}
        if q.unit != old.unit and not times:
            continue
        gap = text[old.end : q.start]
        if re.search(r"[.。!?！？\n]\s|[。！？\n]", gap) or len(gap) > 40:
            continue
        o_at, q_at = _digit_at(text, old), _digit_at(text, q)
        lo = max(0, o_at - 40, text.rfind("\n", 0, o_at) + 1)
        first = _BEFORE_LABEL_RE.search(text, max(lo, o_at - 14), o_at)
        then = _AFTER_LABEL_RE.search(text, max(old.end, q_at - 14), q_at)
        header = _HEADER_RE.search(text, lo, o_at) if re.fullmatch(r"\s*/\s*", gap) else None
        table = None
        if not (first and then) and not header and _CELL_GAP_RE.fullmatch(text, old.end, q_at):
            # "Metric | Baseline | Ours | Accuracy | 81.2% | 86.5%": the header names the columns
            line = max(0, o_at - 80, text.rfind("\n", 0, o_at) + 1)
            found = list(_TABLE_HEADER_RE.finditer(text, line, o_at))
            table = found[-1] if found else None
        if not (first and then) and not header and not table:
            continue
        was = _in_unit_of(old, q)
        if was == q.value:
            continue
        _start_of(old, q, was)
        cut = header.start() if header else first.start() if first else o_at
        head = text[text.rfind("\n", 0, cut) + 1 : cut].rstrip(" \t|:：—–-(（")
        measure = re.split(r"[|;；,，。](?!\d)", head)[-1].strip(" \t-•*·")
        if table is not None:
            cell = text[table.end() : o_at].strip(" \t|｜:：—–-()（）")
            told = cell if cell and len(cell) <= 30 else ""
            measure = told or text[line : table.start()].strip(" \t|｜:：—–-(（")
        if measure and len(measure) <= 30:
            q.subject = old.subject = measure
            q.family = old.family = family_of(measure) or q.family


def _then_now(text: str, qs: list[Quantity]) -> None:
    """A level told as what it was, then what it is now, in one sentence or the next clause
    ("Abandonment, previously 31%, is now 24%", "误报率原来是 8%，现在 2%",
    "took half a day; now it takes 20 minutes"): one change."""
    for old, q in zip(qs, qs[1:], strict=False):
        if q.baseline is not None or old.baseline is not None:
            continue
        times = {q.unit, old.unit} <= {"ms", "h"}
        # "builds took like 40 minutes; now it's more like 12": the bare level in the unit before.
        # Not for shares yet: reading pairs 'was 1.2 percent; now 0.4' against a claimed 0.4 % level
        # as a contradiction (REQUEST reading12, session 7), so a bare share stays unread.
        bare = q.unit == "" and not q.raw_unit and old.unit in ("ms", "h", *_MONEY_UNITS)
        if q.unit != old.unit and not times and {q.unit, old.unit} != {"count", ""} and not bare:
            continue
        gap = text[old.end : q.start]
        lo = max(0, old.start - 40)
        if re.search(r"[.。!?！？\n]", gap) or len(gap) > (60 if _THEN_AFTER_RE.match(gap) else 40):
            continue
        told = text[old.end : _digit_at(text, q)]  # the marker may open the level's span
        strong = _THEN_AFTER_RE.match(gap) or _THEN_STRONG_RE.search(text, lo, old.end)
        then = _THEN_RE.search(text[lo : old.end]) or strong
        then_now = then and (_NOW_RE.search(told) or strong and _NOW_AFTER_RE.search(told))
        before_after = _BEFORE_GAP_RE.match(gap) and _AFTER_NEXT_RE.match(text, q.end)
        if not (then_now or before_after):
            continue
        scale = _scale(old) if bare else None
        if bare and scale is None:
            continue
        if bare:  # "builds took like 40 minutes; now it's more like 12": in the unit told before
            q.value, q.unit, q.raw_unit = q.value * (scale or 1.0), old.unit, old.raw_unit
        was = _in_unit_of(old, q)
        if was == q.value:
            continue
        _start_of(old, q, was)
        subject = old.subject
        cut = clause_start(text, old.start)
        if (not subject or _ASIDE_RE.fullmatch(subject.strip())) and cut > 1:
            # "Abandonment, previously 31%, is now 24%": the measure is the clause before
            subject = subject_before(text, clause_start(text, cut - 1), cut - 1)
        weak = (
            not q.subject
            or _ASIDE_RE.search(q.subject)
            or _VERB_ONLY_RE.fullmatch(q.subject)
            or q.subject == old.subject
            or _IT_NOW_RE.match(q.subject)
            or not _THEN_WORD_RE.sub("", q.subject).strip()
        )
        subject = _THEN_WORD_RE.sub("", subject).strip()
        if subject and weak:
            q.subject, old.subject = subject, subject
            q.family = family_of(subject) or old.family or q.family


#: A sentence that tells a level as what it was ("When I joined, checkout took about 9 seconds.",
#: "The old pipeline needed 5 hours", 上线前每天要处理 3000 个工单).
_THEN_SENTENCE_RE = re.compile(
    r"(?i:\b(?:previously|formerly|originally|initially|at first|before|used to|back then|at launch|"
    r"at the start|in the beginning|baseline|when (?:i|we) (?:joined|started|took (?:it )?over|came in|"
    r"inherited it)|in (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|q[1-4])|(?:the )?(?:old|original|first|initial|previous|legacy) (?:\w+ ){0,2}?"
    r"(?:version|model|pipeline|system|setup|build|one|process|flow|stack|approach|release))\b)"
    r"|原来|原先|原本|以前|之前|此前|起初|最初|一开始|刚开始|刚接手|(?:优化|上线|改造|改版|升级|重构|迁移)前|旧的|老的|旧版|基线"
)
#: The next sentence opens on what the level is now ("Today it's under 2.", "After the rewrite,
#: 45 minutes.", "Final: 9.8%.", 上线后，只剩 900 个左右): the end of the same change.
_NOW_SENTENCE_RE = re.compile(
    r"(?i:^\s*(?:now|today|these days|nowadays|currently|afterwards|after that|in the end|finally|"
    r"final|after|now\?|by the end(?: of [\w ]{1,20})?|by (?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|q[1-4]|launch|release|the time)"
    r"|(?:the |our )?(?:final|last|new|current|shipped|latest) (?:\w+ ){0,2}?(?:version|model|one|"
    r"pipeline|system|setup|release|build)|(?:\w+|a few|a couple of) (?:weeks|months|days|"
    r"quarters|sprints|years) later|after (?:the|that|we|it|a|an|our|this|i|switching|moving|adding)\b"
    r"[^.;!?]{0,40}?)(?:[\s,:?]|$)(?:[^.;!?\d]{0,30})$)"
    r"|^\s*(?:现在|目前|如今|后来|最后|最终|(?:优化|上线|改造|改版|升级|重构|迁移)后|[^。！？\d]{1,16}(?:之后|以后))"
    r"[^。！？\d]{0,16}$"
)
_SENTENCE_END_RE = re.compile(r"[.。!?！？](?=\s|[\u3400-\u9fff]|$)")
_NOW_ASKED_RE = re.compile(r"(?i:\s*(?:and\s+)?(?:now|today|these days|after|afterwards)\s*\?)")
_PAST_RE = re.compile(r"(?i:\b(?:was|were|took|had|used to|sat|stood|hovered)\b)")
_AFTER_EVENT_RE = re.compile(r"(?i:\s*after\s+(?:the|that|we|it|a|an|our|this|i)\b)")


_LABEL_UNIT_RE = re.compile(
    r"(?:[(（\[]\s*(?P<p>[^()（）\[\]\d]{1,12}?)\s*[)）\]]"
    r"|(?<![A-Za-z])(?<!per )(?<!a )(?<!each )(?<!every )(?<!/)(?<!每)(?P<w>[A-Za-z]{1,12}|[\u3400-\u9fff]{1,3}))"
    r"\s*[:：=]\s*(?:[$€£¥~≈]\s*)?$"
)


_UNIT_NAMED_RE = re.compile(
    r"(?i:\b(?P<u>hours|minutes|mins|seconds|secs|days|weeks|months)\s+(?:per|a|each|to|of|spent)\b"
    r"|\b(?P<u2>hours|minutes|days)$)|(?P<u3>小时|分钟|天)数"
)


def _unit_in_label(text: str, qs: list[Quantity]) -> None:
    """A bare figure under a label that names its unit ("Latency (ms): 800 → 300", "Build
    minutes: 42 → 11", 耗时（秒）：12 → 3): the figures are in that unit."""
    from interviewer.quantities.units import unit_of

    for q in qs:
        if q.unit or q.raw_unit:
            continue
        lo = text.rfind("\n", 0, q.start) + 1
        head = text[max(lo, q.start - 40) : q.start]
        if q.baseline is not None:  # the label heads the change, before its first figure
            at = max(head.rfind("→"), head.rfind("->"), head.rfind("→"))
            head = head if at < 0 else head[:at]
            head = re.sub(r"[\d.,\s]+$", "", head)
        m = _LABEL_UNIT_RE.search(head)
        word = (m.group("p") or m.group("w")) if m else ""
        told = unit_of(word) if m else None
        named = _UNIT_NAMED_RE.search(q.subject) if told is None else None
        if named is not None:  # "abstractor hours per case fell from 3 to 1.2"
            word = named.group("u") or named.group("u2") or named.group("u3")
            told = unit_of(word)
        if told is None or told[0] not in ("ms", "h", "%", "usd", "cny", "eur", "gbp", "bytes"):
            continue
        unit, factor = told
        q.unit, q.raw_unit = unit, word
        q.value *= factor
        for key in ("baseline", "result", "low", "high"):
            if getattr(q, key) is not None:
                setattr(q, key, getattr(q, key) * factor)


_ME_AND_RE = re.compile(
    r"(?i:\b(?:me|myself|i)\s+(?:and|plus|with)\s+(?:just\s+)?(?:an?\s+)?$)"
    r"|我(?:自己)?(?:和|跟|加上|还有|带着)(?:另外|其他|另)?(?:的)?\s*$"
)
_NUMERAL_AT_RE = re.compile(r"\d+|[零一二两三四五六七八九十百千]+|(?i:[a-z]+)")
_OTHER_AFTER_RE = re.compile(r"(?i:[\w-]*\s+(?:other|more|others)\b)")
_PEOPLE_ZH_RE = re.compile(r"\s?(?:个|名|位)?\s?(?:人|同事|同学|工程师|开发|伙伴|小伙伴)")


_AND_ME_RE = re.compile(r"(?i:\s*(?:and|plus)\s+(?:me|myself)\b)|\s*(?:和|跟|加上)我(?![们的])")


def _me_and_others(text: str, qs: list[Quantity]) -> None:
    """ "当时团队就我跟另外两个同事", "我和另外三个人", "me and two other engineers": the team is
    the others and the speaker."""
    for q in qs:
        if q.unit not in ("people", "count", "") or q.baseline is not None or q.direction:
            continue
        at = _digit_at(text, q)
        own = _NUMERAL_AT_RE.match(text, at)
        if own is None or own.end() > q.end:
            continue
        after_me = q.unit in ("people", "count") and _AND_ME_RE.match(text, q.end)
        if after_me:  # "two other engineers and me", 两个同事和我
            q.value += 1
            q.role, q.unit, q.subject = "team_size", "people", "team"
            continue
        if not _ME_AND_RE.search(text, max(0, at - 20), at):
            continue
        if re.search(r"[\u3400-\u9fff]", text[at : at + 1]) and _NUMERAL_AT_RE.search(
            text, own.end(), q.end
        ):
            continue  # 我和另外一个同事两个人: the total is told after the others
        zh = _PEOPLE_ZH_RE.match(text, at + 1) or _PEOPLE_ZH_RE.match(text, q.end - 2)
        if q.unit != "people" and not zh and not _OTHER_AFTER_RE.match(text, at):
            if not re.search(r"[人事学师发伴]", q.text):
                continue
        q.value += 1
        q.role, q.unit, q.subject = "team_size", "people", "team"


_TO_LEVEL_AFTER_RE = re.compile(
    r"(?i:^\s*[,，]?(?:\s+(?!(?:to|at|and|but|then|while|with|or|so)\b)[a-z][\w-]*(?<!ed)){0,4}\s*[,，]?\s*"
    r"(?:(?:down|up|all the way)\s+)?(?:to|at)\s*"
    r"(?:about|around|roughly|just|~)?\s*$)"
    r"|^\s*[,，]?\s*(?:降到|降至|提升到|提升至|涨到|到|至)了?\s*(?:约|大约)?\s*$"
)


def _multiple_to_level(text: str, qs: list[Quantity]) -> None:
    """ "forecast error halved, to 8%", "doubled to 40k users", "翻倍到 2 万": the level reached
    after a multiple is the change's result; its start is the level undone by the multiple."""
    for c, q in zip(qs, qs[1:], strict=False):
        if c.direction is None or q.baseline is not None or q.direction not in (None, c.direction):
            continue
        if c.unit == "x" and c.value > 1:
            k = c.value
        elif (
            c.unit == "%" and c.value == 50 and re.search(r"(?i:half|halv)|一半|减半|砍半", c.text)
        ):
            k = 2.0
        else:
            continue
        if q.unit in ("x", "pp") or not _TO_LEVEL_AFTER_RE.search(text[c.end : _digit_at(text, q)]):
            continue
        q.baseline = q.value * k if c.direction == "down" else q.value / k
        q.result, q.direction, q.role = q.value, c.direction, "result"
        if not q.family:
            q.subject, q.family = c.subject or q.subject, c.family or q.family


_SCORE_FAMILIES = frozenset(
    {
        "quality_score",
        "f1",
        "ranking",
        "recall",
        "precision",
        "accuracy",
        "agreement",
        "satisfaction",
    }
)


def _score_named(
    subject: str, counted: tuple[str, int] | None
) -> tuple[str, tuple[str, int] | None]:
    """ "27.9 BLEU", "0.81 F1": a score named after its figure is the measure, not things counted."""
    if counted is not None and family_of(counted[0]) in _SCORE_FAMILIES:
        return counted[0], None
    return subject, counted


_AGAINST_END_RE = re.compile(
    r"(?i:\b(?:against|versus|vs\.?|compared\s+(?:to|with)|relative\s+to)\s*(?:the\s+|a\s+|an\s+)?$)"
)
_MULTIPLE_OF_RE = re.compile(r"(?i:\s*(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?))")


def _against_later(text: str, qs: list[Quantity]) -> None:
    """ "27.9 BLEU on WMT de-en against 28.3 for the BPE baseline": the figure after 'against'
    is what the level is compared with, its start."""
    for p, q in zip(qs, qs[1:], strict=False):
        if p.role != "result" or p.baseline is not None or p.unit != q.unit:
            continue
        runs = list(re.finditer(r"\d[\d.,]*", text[q.start : q.end]))
        gap = text[p.end : q.start + runs[-1].start()] if runs else ""
        if len(gap) > 45 or re.search(r"[.;!?。；！？\n]", gap) or not _AGAINST_END_RE.search(gap):
            continue
        if q.value == p.value:
            continue
        p.baseline, p.result = q.value, p.value
        p.direction = "up" if p.value > q.value else "down"
        q.role, q.subject, q.family = "baseline", p.subject, p.family


def _measure_after_multiple(text: str, qs: list[Quantity]) -> None:
    """ "in the scheduler: 1.8x throughput": the measure named right after a multiple."""
    for q in qs:
        if q.unit != "x" or q.family:
            continue
        m = _MULTIPLE_OF_RE.match(text, q.end)
        if m and family_of(m.group("np")):
            first = m.group("np").split()[0]
            np = first if family_of(first) else m.group("np")
            q.subject, q.family = np, family_of(np)


def _measure_of_thing(text: str, qs: list[Quantity]) -> None:
    """ "mean absolute error of the 30-minute forecast reduced from 4.1 to 2.6": the measure is
    the head before 'of', not the thing it is measured on."""
    for q in qs:
        if not q.subject or q.family or not re.match(r"[A-Za-z0-9]", q.subject):
            continue
        at = text.rfind(q.subject, max(0, q.start - 120), q.end)
        if at < 0:
            continue
        m = _HEAD_OF_RE.search(text, max(0, at - 50), at)
        if m and family_of(m.group("x")):
            head = re.sub(r"(?i)^(?:the|our|a|an|its|their|my|and|so)\s+", "", m.group("x").strip())
            q.subject, q.family = head, family_of(head)


_HEAD_OF_RE = re.compile(
    r"(?i:(?P<x>[a-z][\w@-]*(?:\s+[a-z][\w@-]*){0,3})\s+(?:of|for|on)\s+(?:the\s+|our\s+|a\s+|an\s+)?$)"
)
_PAREN_BEFORE_RE = re.compile(r"[(（](?P<label>[^()（）\d]{1,16})[)）]\s*(?:(?i:from)|从|由)?\s*$")
_EN_STOPS = frozenset({"from", "to", "by", "of"})


def _named_before_paren(text: str, qs: list[Quantity]) -> None:
    """ "Forecast error (WMAPE) from 32% to 24%": the measure is named before its acronym."""
    for q in qs:
        if q.subject and q.subject.lower() not in _EN_STOPS:
            continue
        m = _PAREN_BEFORE_RE.search(text, max(0, q.start - 30), _digit_at(text, q))
        if m is None:
            continue
        cut = m.start()
        named = subject_before(text, clause_start(text, cut), cut).strip()
        if named:
            q.subject = f"{named} ({m.group('label').strip()})"
            q.family = family_of(q.subject) or q.family


def _then_now_across(text: str, qs: list[Quantity]) -> None:
    """A level told as what it was at the end of one sentence and what it is now at the head of
    the next ("When I joined, checkout took about 9 seconds. Today it's under 2."): one change,
    told in two sentences (the level told alone after a bare 'now' takes the unit before)."""
    # "was stuck at around 20 for a year. After the redesign it hit 41": a span between is no level
    pairs = [
        (a, c)
        for a, b, c in zip(qs, qs[1:], qs[2:], strict=False)
        if b.role == "duration" and a.unit == c.unit and a.unit not in ("ms", "h")
    ]
    pairs += list(zip(qs, qs[1:], strict=False))
    for old, q in pairs:
        if q.baseline is not None or old.baseline is not None or q.direction is not None:
            continue
        gap = text[old.end : _digit_at(text, q)]
        ends = list(_SENTENCE_END_RE.finditer(gap))
        if len(ends) == 2 and _NOW_ASKED_RE.fullmatch(gap, ends[0].end(), ends[1].end()):
            ends = ends[:1]  # "… took about six hours. Now? Forty minutes."
        if len(ends) != 1 or "\n" in gap or len(gap) > 90:
            continue
        head = gap[ends[0].end() :]
        ends_before = [m.end() for m in _SENTENCE_END_RE.finditer(text, 0, old.start)]
        lo = max([*ends_before[-1:], old.start - 120, 0])
        then = _THEN_SENTENCE_RE.search(text, lo, old.end) or (
            # "Our NPS was stuck at around 20 for a year. After the redesign it hit 41.": a level
            # told in the past, then what it reached after an event, of no other measure
            _PAST_RE.search(text, lo, old.end)
            and _AFTER_EVENT_RE.match(head)
            and (not q.subject or q.subject == old.subject or _IT_NOW_RE.fullmatch(q.subject))
        )
        if not _NOW_SENTENCE_RE.search(head) or not then:
            continue
        times = {q.unit, old.unit} <= {"ms", "h"}
        bare = q.unit == "" and not q.raw_unit and old.unit in ("ms", "h", *_MONEY_UNITS)
        if not (q.unit == old.unit or times or bare) or old.role not in _OLD_ROLES | {"baseline"}:
            continue
        scale = _scale(old) if bare else None
        if bare and scale is None:
            continue
        if bare:
            q.value, q.unit, q.raw_unit = q.value * (scale or 1.0), old.unit, old.raw_unit
        was = _in_unit_of(old, q)
        if was == q.value:
            continue
        _start_of(old, q, was)
        if old.subject and not q.family:  # "Today it's under 2": the measure told before
            q.subject, q.family = old.subject, old.family or q.family


_MEASURE_ON_RE = re.compile(
    r"(?P<m>[A-Za-z][\w@%-]*(?:\s[A-Za-z][\w@-]*){0,2})\s+(?:on|for|across|over|in)\s+(?:the|a|an|our|its)\b"
)
_IT_NOW_RE = re.compile(r"(?i:(?:days\s+)?(?:it's|it is|it|they're|that's)\b)")
_VERB_ONLY_RE = re.compile(r"(?i:[a-z]+(?:s|ed)|now|only|just|still)")


def _pairs_in_parens(text: str, qs: list[Quantity]) -> None:
    """ "Cut cold-start time by 40% (3.1s → 1.9s)": the aside tells the same measure."""
    for q, aside in zip(qs, qs[1:], strict=False):
        if aside.subject or not q.subject or text[q.end : aside.start].strip() not in ("(", "（"):
            continue
        aside.subject, aside.family = q.subject, q.family


_FROM_RE = re.compile(r"从|由|(?i:\bfrom\b)")
_TO_RE = re.compile(r"到|至|→|->|(?i:\bto\b)")


def _bare_integer(
    folded: str, lo: int, n: Num, previous: list[Quantity], per_period: bool
) -> str | None:
    """The unit of a bare integer that says something, None for one that says nothing: a level
    of the figure before it ("p95 was 900 ms, … we got it to 300") or a count per period."""
    if previous and _level_told(folded, lo, n):
        return ""
    return "count" if per_period else None  # "300 a day", "Per day, about 300"


_PERIOD_AFTER_RE = re.compile(
    r"(?i:\s*(?:(?:a|an|per|each|every)\s+(?:single\s+)?(?:day|night|week|month|year|hour|minute|"
    r"quarter|shift|sprint)|/\s*(?:day|d|wk|week|mo|month|yr|year|hr|hour|h|min)|\s+(?:daily|"
    r"weekly|monthly|nightly|hourly|yearly|annually))\b(?!\s+(?:later|ago|earlier|before|after|prior)\b))"
)
_PERIOD_BEFORE_RE = re.compile(
    r"(?i:\b(?:(?:per|each|every|a)\s+(?:day|night|week|month|year|hour|quarter|shift)|daily|weekly|"
    r"monthly|nightly|hourly)\b[^.;!?\d]{0,24}$)"
)


def _per_period(text: str, lo: int, n: Num) -> bool:
    """A figure told per period, the period after it ("300 a day", "2,000/month") or before it
    since the last quantity ("Per day, about 300"; not "three TB daily, sometimes 3.5")."""
    if _PERIOD_AFTER_RE.match(text, n.end):
        return True
    lo = max(0, lo)
    theirs = _PERIOD_AFTER_RE.match(text, lo) if lo else None
    lo = theirs.end() if theirs else lo  # "5k a month, down from 12": the period was the 5k's
    return _PERIOD_BEFORE_RE.search(text[lo : n.start]) is not None


def _inside_zero_to_one(text: str, n: Num) -> bool:
    for m in vocab().zero_to_one_re.finditer(
        text, max(0, n.start - 12), min(len(text), n.end + 12)
    ):
        if m.start() <= n.start < m.end():
            return True
    return False


def _level_told(folded: str, lo: int, n: Num) -> bool:
    """A bare figure told as a level ("got it to 300") or as what it was ("(previously ~30)")."""
    if _LEVEL_BEFORE_RE.search(folded, max(lo, n.start - 16), n.start):
        return True
    return _WAS_BEFORE_RE.search(folded[max(0, n.start - 20) : n.start]) is not None


def _named_by_baseline(
    folded: str, c: Claim, unit: str, counted: tuple[str, int] | None, end: int
) -> tuple[str, int] | None:
    """The thing counted when only a change's first figure names it ("merged 37 models into
    9", "从 12 个步骤减少到 3 个"), with the span's end kept; None otherwise."""
    if unit not in ("", "count") or (counted and counted[0]):
        return None
    if c.baseline is None or c.low is not None or c.baseline.unit not in ("", "count"):
        return None
    told = _counted(folded, c.baseline)
    if told is not None and _ZH_RESULTATIVE_RE.match(told[0]):
        return None  # "从八十多万压到三十万": 压 opens the change verb, nothing is counted
    noun = _ZH_VERB_TAIL_RE.sub("", told[0]) if told is not None else ""
    return (noun, counted[1] if counted else end) if noun else None


_ZH_RESULTATIVE_RE = re.compile(r"[\u3400-\u9fff](?:到|至|掉|成)")
"""The complement that closes a Chinese change verb (压到, 砍掉): the character before it is a verb."""

_OF_AFTER_RE = re.compile(r"(?i:\s*(?:of|的)(?![A-Za-z]))")


_COPULA_END_RE = re.compile(
    r"(?i:\b[a-z][\w@-]*\s+(?:is|was|are|were|sits at|sat at|stood at|came in at|ended up at|ended at|"
    r"landed at|got to)[\s,—–-]*$)|[\u3400-\u9fff]{2}(?:是|在|大概是|差不多是)[\s,，]*$"
)


def _subject_across(text: str, lo: int, own_lo: int, subject: str) -> str:
    """The measure of a change told across hedges is named in the clause of its verb."""
    if lo >= own_lo:
        return subject
    cut = _COPULA_AT_RE.search(text, lo, own_lo)
    named = subject_before(text, lo, cut.start() if cut else own_lo)
    named = named.strip(" ,，—–-")
    weak = not subject or vocab().hedge_clause_re.fullmatch(subject) or subject.lower() in ("or",)
    if named and (weak or (family_of(named) and not family_of(subject))):
        return named
    return subject


_COPULA_AT_RE = re.compile(r"(?i:\s(?:is|was|are|were)\b)|(?<=[\u3400-\u9fff])(?:是|在)")


def _across_hedges(text: str, lo: int, c: Claim, floor: int) -> int:
    """ "After-call work grew, I think by a third", "dropped, if I remember right, by 40%",
    "降了，差不多三成": the size of a change told after hedges set off in clauses of their own
    takes the change verb and the measure of the clause before them; `lo` of that clause, else
    `lo` unchanged."""
    if _OF_AFTER_RE.match(text, c.num.end):
        return lo  # "went down, 20% of requests hit the cache": a share of its own
    v = vocab()
    at, start = lo, c.start
    for _ in range(3):
        if at <= floor or not v.hedge_clause_re.fullmatch(text, at, start):
            return lo
        before = max(clause_start(text, at - 1), floor)
        verbs = change_verbs(text, before, at)
        if verbs and v.verb_tail_re.fullmatch(text, verbs[-1].end(), at):
            return before
        if _COPULA_END_RE.search(text, before, at):
            return before  # "the precision is, uh, low nineties": the measure is named before
        start, at = at, before  # a clause of hedges only: look one clause further back
    return lo


#: A level named as the old value after it ("three weeks was the old median", "21 days, that was
#: where we started", "$12k a month was the previous bill", 三周是之前的中位数): a start told on its
#: own, often in another turn than its end; `np` names the measure when the sentence does.
_OLD_AFTER_RE = re.compile(
    r"(?i:[\s,—–-]*(?:(?:and\s+)?(?:that|which|this|it)(?:'s|\s+is|\s+was)?\s+)?"
    r"(?:(?:(?:a|per|each)\s+|/\s*)(?:day|week|month|mo|year|yr)\s+)?"
    r"(?:was|were|used\s+to\s+be|had\s+been)\s+(?:(?:the|our|my|their)\s+)?"
    r"(?:(?:old|previous|original|initial|starting|former|prior|baseline)\b\s*"
    r"(?P<np>(?:[a-z][\w/@-]*\s?){0,3}?)(?=\s*(?:[,.;!?]|$|\b(?:now|and|but|before|when)\b))"
    r"|where\s+(?:we|it|things)\s+(?:started|began|were)\b|the\s+(?:baseline|start(?:ing point)?)\b))"
    r"|\s*[，,]?\s*(?:那|这)?(?:是|就是)(?:我们)?(?:之前|以前|原来|原先|旧版|老版本|改造前|上线前|优化前)的?"
    r"(?P<zh>[\u3400-\u9fffA-Za-z0-9]{0,8}?)(?=[，,。；;！？!?]|$)"
)
_OLD_ROLES = frozenset({"duration", "cost", "count", "other", "result", "data_size"})


def _old_named_after(text: str, qs: list[Quantity]) -> None:
    """A figure the words after it name as the old value is a baseline (see `_OLD_AFTER_RE`)."""
    for q in qs:
        if q.role not in _OLD_ROLES or q.baseline is not None or q.direction is not None:
            continue
        m = _OLD_AFTER_RE.match(text, q.end)
        if m is None:
            continue
        q.role = "baseline"
        named = (m.group("np") or m.group("zh") or "").strip()
        if named and (family_of(named) or not q.family):
            q.subject, q.family = named, family_of(named) or q.family


def _quantity(text: str, folded: str, c: Claim, previous: list[Quantity]) -> Quantity | None:
    n = c.num
    own_lo = max(clause_start(folded, c.start), previous[-1].end if previous else 0)
    lo = _across_hedges(folded, own_lo, c, previous[-1].end if previous else 0)
    hi = clause_end(folded, n.end)
    start, end = c.start, c.end
    unit, raw_unit = n.unit, n.raw_unit
    subject = _opening_subject(folded, lo, c, previous)
    team_of = TEAM_OF_RE.search(folded, lo, n.start)
    if unit == "" and team_of:
        unit, raw_unit, subject = "people", "", "team"
    ranged = c.low is not None and not _COUNTED_ZH_RE.match(folded, n.end)  # 三四千个用户 counts
    counted = _counted(folded, n) if unit == "" and not ranged else None
    subject, counted = _score_named(subject, counted)
    counted = _named_by_baseline(folded, c, unit, counted, end) or counted
    if counted is not None:
        noun, end = counted
        unit, raw_unit = "count", noun or raw_unit
        subject = _counted_subject(noun, subject, _verb_between(folded, lo, subject, n.start))
    direction = _changed(folded, lo, c, counted, end)
    subject, unit, raw_unit = _fallback_subject(folded, lo, hi, c, end, subject, unit, raw_unit)
    subject = _subject_across(folded, lo, own_lo, subject)
    if unit == "people" and _USERS_RE.search(subject[-6:] + " " + folded[n.end : n.end + 12]):
        unit = "count"  # "挽回付费用户约 3000 人": users are counted, not a team
    if n.unit == "" and _version_like(folded, n):
        return None
    if unit in ("gpu", "params"):
        subject = _thing_named(folded, lo, n)
    family = family_of(subject) if subject else _UNIT_FAMILY.get(unit, "")
    unit, raw_unit = _zh_money(folded, lo, n, unit, family, previous) or (unit, raw_unit)
    if not family and not subject and unit not in ("gpu", "params", "people"):
        inherited = _inherit(previous, folded, start, unit)
        if inherited is not None:
            subject, family = inherited.subject, inherited.family
            if unit == "" and inherited.unit == "%" and 1 < n.value <= 100:
                unit = "%"
    told_from = max(n.start - 40, previous[-1].end if previous else 0)
    per_period = unit in ("", "count") and _per_period(folded, told_from, n)
    if unit == "" and not subject and n.decimals == 0 and not n.scaled and not n.words:
        told = _bare_integer(folded, lo, n, previous, per_period)
        if told is None:
            return None  # a bare integer with nothing said about it
        unit = told
        # "p95 was 900 ms, after caching we got it to 300": a level of the figure before it
    bound, end = _bound(folded, lo, n, c, end, changed=direction is not None)
    if (
        bound == "at_least"
        and unit == "h"
        and re.search(r"(?i:over|across)\s*$", folded[lo : n.start])
    ):
        bound = "exact"  # "over 6 months" tells a span of time, not a lower bound
    outcome = _outcome(folded, lo, n.start)
    evidence = Evidence(
        unit=unit,
        raw_unit=raw_unit,
        changed=c.baseline is not None
        or direction is not None
        or _end_of_neutral_change(folded, lo, n.start),
        bounded=bound in ("at_most", "at_least"),
        family=family,
        subject=subject,
        before=folded[lo : n.start],
        after=folded[end:hi],
        outcome=outcome,
        context=re.split(r"[.。;；!?！？\n]\s", folded[max(0, n.start - 40) : n.start])[-1],
        reached=_REACHED_RE.search(folded, max(lo, n.start - 12), n.start) is not None,
        fraction=unit == "" and n.value < 1 and not n.scaled,
    )
    role = decide(evidence)
    role = "count" if role == "other" and per_period else role  # "12k a week": per period
    if subject and start > lo:
        s_at = folded.rfind(subject, lo, start)
        start = s_at if s_at >= 0 else start
    if c.verb_at is not None and c.verb_at < start and " " not in folded[c.verb_at : start].strip():
        start = c.verb_at  # "Cut handle time by 30%": the verb opens the claim
    baseline = c.baseline.value if c.baseline is not None else None
    result = n.value if (baseline is not None or c.to_level) else None
    if direction is None and baseline is not None and baseline != n.value:
        direction = "up" if n.value > baseline else "down"
    return Quantity(
        text=text[start:end],
        start=start,
        end=end,
        value=n.value,
        unit=unit,
        raw_unit=raw_unit,
        role=role,  # type: ignore[arg-type]
        subject=subject,
        baseline=baseline,
        result=result,
        direction=direction,  # type: ignore[arg-type]
        bound=bound,  # type: ignore[arg-type]
        low=c.low.value if c.low is not None else n.value if n.above else None,
        high=n.value if c.low is not None else n.value + n.above if n.above else None,
        words=n.words,
        family=family,
    )


_BY_DOING_RE = re.compile(
    r"(?i:\s*(?:(?:a|an|per|each)\s+(?:year|month|week|day|quarter)\s+)?by\s+[a-z]+ing\s+"
    r"(?:the\s+|our\s+)?(?P<np>[a-z][\w-]*(?:\s+(?!with\b|for\b|in\b|on\b|that\b)[a-z][\w-]*){0,2}))"
)
_PERIOD_WORD_RE = re.compile(
    r"(?i:(?:a|an|per|each|every)\s+)?(?:year|month|week|day|quarter|hour)s?"
)


def _fallback_subject(
    folded: str, lo: int, hi: int, c: Claim, end: int, subject: str, unit: str, raw_unit: str
) -> tuple[str, str, str]:
    """A subject from a label ("Build time: …"), the words after, or a measure said earlier."""
    start = c.start
    if _PERIOD_WORD_RE.fullmatch(subject):
        subject = ""  # "$2.1M a year": the period names no measure
    if not subject and lo > 0 and folded[lo - 1] in ":：":
        subject = subject_before(folded, clause_start(folded, lo - 1), lo - 1)
    if not subject and c.baseline is None:
        subject = subject_after(folded, end, hi)
        means = _BY_DOING_RE.match(folded, end, hi)
        if means and (not subject or _PERIOD_WORD_RE.fullmatch(subject)):
            subject = means.group("np")  # "saved $2.1M a year by cutting promotions"
        if _PERIOD_WORD_RE.fullmatch(subject):
            subject = ""
    if not subject and unit not in ("gpu", "params", "people", "count"):
        subject = _measure_earlier(folded, start, unit)
    if (
        unit == ""
        and subject
        and (vocab().team_re.fullmatch(subject.split()[-1]) or vocab().team_size_re.search(subject))
    ):
        unit, raw_unit = "people", ""  # "team of 4", "团队 5", "Team size: 6", "团队规模：5"
    if (
        _VERB_ONLY_RE.fullmatch(subject)
        and c.baseline is None
        and re.match(r"\s+of\s", folded[end:hi])
    ):
        subject = subject_after(folded, end, hi) or subject  # "resolves 62% of chats"
    many = re.match(r"\s*as\s+(?:many|much)\s+", folded[end:hi])
    if many:  # "catch 3x as many fraudulent sellers": the measure follows
        subject = subject_after(folded, end + many.end(), hi) or subject
    return subject, unit, raw_unit


def _opening_subject(folded: str, lo: int, c: Claim, previous: list[Quantity]) -> str:
    """The phrase before the claim in its clause; past a fact told on the way when that is
    empty ("Stock-outs on the 200 fastest lines went down from 7.4% to 2.9%")."""
    subject = subject_before(folded, lo, c.start) if c.start > lo else ""
    if not subject and re.search(r"\s[-−+]$", folded[: c.start]):  # "manual tagging −90%"
        subject = subject_before(folded, clause_start(folded, c.start - 2), c.start - 1)
    head = _MEASURE_ON_RE.search(folded, lo, c.start)
    inside = bool(subject) and subject in folded[head.end() : c.start] if head else False
    if head and family_of(head.group("m")) and (not family_of(subject) or inside):
        subject = head.group(
            "m"
        )  # "Term accuracy on a held-out list rose …": the measure is the head
    opening = clause_start(folded, c.start)
    if not subject and previous and previous[-1].role != "result" and lo > opening:
        subject = subject_before(folded, opening, previous[-1].start)
    return subject


_UNIT_FAMILY = {"qps": "throughput", "tokens/s": "throughput"}
_GENERIC_GPU_RE = re.compile(r"(?i:gpus?|cards?|graphics cards?)$|显卡|卡")


def _thing_named(text: str, lo: int, n: Num) -> str:
    """The accelerator ("H100") or the model ("Qwen2.5", "a 7B model") a count or size is of."""
    if n.unit == "gpu":
        model = n.gpu_model.rstrip("s") if n.gpu_model.endswith(("0s", "Ss")) else n.gpu_model
        return "GPU" if not model or _GENERIC_GPU_RE.match(model) else model
    glued = re.search(r"([A-Za-z][\w.]*?)-$", text[max(lo, n.start - 30) : n.start])
    if glued:
        return glued.group(1)
    after = re.match(
        r"[\s-]*(?:的)?(?:parameter\s+|param\s+)?([A-Za-z][\w.-]*|[\u3400-\u9fff]{1,4})",
        text[n.end :],
    )
    return after.group(1) if after else "model"


def _counted_subject(noun: str, subject: str, measure: bool = False) -> str:
    """The noun counted is the subject ("9 bugs"), unless it is a classifier or already inside
    the subject before the number ("工单量从 1.2 万单…" keeps 工单量), or the subject is a
    measure named before its change verb ("manual review queue shrank from 1,200 to 300
    merchants")."""
    if subject and noun and (len(noun) == 1 or noun in subject or measure):
        return subject
    return noun or subject


def _end_of_neutral_change(text: str, lo: int, start: int) -> bool:
    """The figure at `start` is where a direction-less change ended ("deploys went from twice a
    month to [three] a week")."""
    told = neutral_changes(text, lo, start)
    return (
        bool(told)
        and re.search(
            r"(?i:\bto\s+(?:about\s+|around\s+|roughly\s+)?)$", text[told[-1].end() : start]
        )
        is not None
    )


def _verb_between(text: str, lo: int, subject: str, start: int) -> bool:
    """`subject` (two words or more, or a measure) is followed by an up/down change verb before
    the figure at `start`."""
    if not subject or not re.match(r"[A-Za-z]", subject):
        return False
    if len(subject.split()) < 2 and not family_of(subject):
        return False
    at = text.find(subject, lo, start)
    if at < 0:
        return False
    if _NOT_A_MEASURE_RE.search(subject):
        return False
    v = vocab()
    verbs = [
        m
        for m in change_verbs(text, at + len(subject), start)
        if not v.outcome_re.fullmatch(m.group()) and _VERB_FORM_RE.fullmatch(m.group())
    ]
    verbs = sorted(
        [*verbs, *neutral_changes(text, at + len(subject), start)], key=lambda m: m.start()
    )
    return bool(verbs) and verbs[0].start() - (at + len(subject)) <= 12


_VERB_FORM_RE = re.compile(r"(?i:[a-z]+ed|shrank|shrunk|fell|rose|grew|cut|went\s+(?:up|down))")
_NOT_A_MEASURE_RE = re.compile(
    r"(?i:\b(?:it|it's|its|we|i|they|honestly|actually|really|like|that|this)\b)"
)


def _steps_before_change(text: str, qs: list[Quantity]) -> None:
    """A count of steps whose change word is told before the next figure ('两轮调优降低成本 35%')
    did not change: the change is the next figure's."""
    for a, b in zip(qs, qs[1:], strict=False):
        if a.unit != "count" or a.direction is None or a.baseline is not None:
            continue
        if b.direction == a.direction and change_verbs(
            text, a.end, figure_at(text, b.start, b.end)
        ):
            a.direction = None
            if a.role == "result":
                a.role = "count"


def _steps_only(noun: str) -> str:
    """The counted noun up to a change or total word: in 两轮调优降低成本 the rounds count 调优; the
    change (降低成本) belongs to the figure told after it."""
    v = vocab()
    cuts = [m.start() for r in (v.up_re, v.down_re, v.totals_re) if (m := r.search(noun))]
    return noun[: min(cuts)] if cuts and min(cuts) > 0 else noun


def _counted(text: str, n: Num) -> tuple[str, int] | None:
    """ "9 bugs", "3,000 support tickets", "12万篇文档", "九个缺陷": the noun counted, span end."""
    zh = _COUNTED_ZH_RE.match(text, n.end)
    if zh is None and n.scaled:
        zh = _SCALED_NOUN_ZH_RE.match(text, n.end)
    if zh:
        noun = _steps_only(_ZH_NOUN_STOP_RE.split(zh.group("np"))[0])
        if re.match(r"以内|以上|以下|之内|左右|上下", noun):
            return "", zh.start("np")  # "200 条以内": a bound follows, not the thing counted
        return noun, zh.start("np") + len(noun)
    en = _COUNTED_EN_RE.match(text, n.end)
    if not en:
        return None
    words: list[str] = []
    for w in en.group("np").split():
        if w.lower() in _COUNT_STOP or (words and w.lower().endswith("ed")):
            break
        words.append(w)
    if not words:
        return None
    noun = " ".join(words)
    return noun, text.index(words[-1], en.start("np")) + len(words[-1])


_COUNT_STOP = {
    # a speaker's aside after the figure ("low nineties I'd say", "92 I think") counts nothing
    "i'd",
    "i'm",
    "we'd",
    "versus",
    "vs",
    "against",
    "only",
    "just",
    "now",
    "today",
    "in",
    "on",
    "per",
    "a",
    "an",
    "the",
    "and",
    "or",
    "with",
    "from",
    "to",
    "by",
    "of",
    "for",
    "at",
    "into",
    "across",
    "over",
    "under",
    "before",
    "after",
    "during",
    "within",
    "while",
    "that",
    "which",
    "who",
    "we",
    "i",
    "it",
    "is",
    "was",
    "were",
    "are",
    "than",
    "as",
    "so",
    "times",
    "percent",
    "more",
    "less",
    "fewer",
    "faster",
    "lower",
    "higher",
    "each",
    "every",
    "like",
    "um",
    "uh",
    "you",
    "then",
    "out",
    "via",
    "using",
    "through",
    "pulling",
    "serving",
    "ish",
}


def _changed(
    folded: str, lo: int, c: Claim, counted: tuple[str, int] | None, end: int
) -> str | None:
    n = c.num
    if re.search(r"(?i)\bbetter part of\b", folded[max(0, c.start - 20) : n.end]):
        return None  # "the better part of two years": most of, not a change
    return n.change or _direction(folded, lo, c) or _after_noun(folded, counted, end)


_BETTER_PART_RE = re.compile(r"\s+part\s+of\b", re.IGNORECASE)


def _direction(text: str, lo: int, c: Claim) -> str | None:
    n = c.num
    verbs = change_verbs(text, lo, c.start)
    v = vocab()
    verbs = [
        m
        for m in verbs
        if not _BETTER_PART_RE.match(text, m.end())  # "the better part of two years": most of
        and not v.outcome_re.fullmatch(m.group())
        or v.down_re.fullmatch(m.group())
        or v.up_re.fullmatch(m.group())
    ]
    if verbs:
        last = verbs[-1]
        c.to_level = bool(
            v.to_level_re.search(text, last.end(), c.start)
            or re.search(r"(?:到|至)$", last.group())  # 降到 1.8 秒: the verb names the level
        )
        c.verb_at = last.start()
        return "up" if v.up_re.fullmatch(last.group()) else "down"
    after = _AFTER_DIR_RE.match(text, n.end)
    if after and n.unit in ("%", "pp", "x", "ms", "h", "usd", "cny", "eur", "gbp", "count", ""):
        return "up" if after.group("up") else "down"
    sign = text[n.start - 1] if n.start else ""
    if (
        sign
        and sign in "+-−"
        and (n.start < 2 or not text[n.start - 2].isalnum())
        and n.unit in ("%", "pp")
    ):
        return "up" if sign == "+" else "down"
    if v.to_level_re.search(text, lo, n.start) and re.search(r"达到|reach|hit", text[lo : n.start]):
        c.to_level = True
    return None


def _after_noun(text: str, counted: tuple[str, int] | None, end: int) -> str | None:
    """ "needs 4 inspectors less": a comparative after the counted noun."""
    after = _AFTER_DIR_RE.match(text, end) if counted is not None else None
    return None if after is None else "up" if after.group("up") else "down"


def _bound(text: str, lo: int, n: Num, c: Claim, end: int, *, changed: bool) -> tuple[str, int]:
    if c.low is not None:
        return "range", end
    if n.above:
        return "range", end
    little = re.match(r"\s*(?:分(?!钟))?出头", text[n.end :])  # "4 分出头": a score's 分 first
    if little:  # 十毫秒出头, 两千出头: a little over, up to a third of its last place
        from interviewer.quantities.words import place

        said = n.value / (n.unit_factor or 1.0)
        step = 10.0**-n.decimals if n.decimals else place(said)
        n.above = 0.3 * step * (n.unit_factor or 1.0)
        return "range", max(end, n.end + little.end())
    if n.bound:
        return n.bound, end
    if "ish" in n.raw_unit:
        return "about", end  # "70-ish percent"
    after = _BOUND_AFTER_RE.match(text, n.end)
    if after is None and end > n.end and not text[n.end : end].isspace():
        told = _BOUND_AFTER_RE.match(text, end)  # "两千单左右": the bound follows the thing counted
        if told and not told.group("least"):  # the span still ends at what is counted
            return ("about" if told.group("about") else "at_most"), end
    if after and after.end() <= len(text):
        kind = "at_most" if after.group("most") else "at_least" if after.group("least") else "about"
        return kind, max(end, after.end())
    window = text[max(lo, n.start - 16) : n.start]
    v = vocab()
    if re.search(r"(?i)\bbetter part of\s*$", window):
        return "about", end  # "the better part of two years"
    most = v.at_most_re.search(window)
    if most and not (changed and most.group().lower().startswith("up")):
        return "at_most", end
    if v.at_least_re.search(window):
        return "at_least", end
    if v.about_re.search(window):
        return "about", end
    return "exact", end


def _outcome(text: str, lo: int, start: int) -> bool:
    """An outcome verb shortly before the number ("caught 9", "found, what, eleven", "发现了12个")."""
    del lo
    window = text[max(0, start - 20) : start]
    window = re.split(r"[\d.;。；!?！？\n]", window)[-1]
    if vocab().outcome_re.search(window):
        return True
    wide = re.split(r"[\d.;。；!?！？\n]", text[max(0, start - 48) : start])[-1]
    verbs = list(vocab().outcome_re.finditer(wide))
    return bool(verbs) and _HEDGES_ONLY_RE.fullmatch(wide[verbs[-1].end() :]) is not None


_HEDGES_ONLY_RE = re.compile(
    r"(?i:(?:[\s,，、—–-]|了|有|大概|大约|差不多|将近|我印象里|我记得|应该|"
    r"\b(?:something|somewhere|like|roughly|about|around|approximately|maybe|perhaps|probably|"
    r"what|um|uh|er|i\s+think|i'd\s+say|i\s+want\s+to\s+say|if\s+i\s+remember\s+right|close\s+to|"
    r"nearly|almost|just|over|upwards\s+of|in\s+the\s+region\s+of|give\s+or\s+take|a\s+total\s+of)\b)*)"
)
"""Only hedges between an outcome verb and its count ("caught something like", "拦截了，我印象里，大概有")."""


_ZH_AMOUNT_RE = re.compile(r"[万千亿]")
_REACHED_RE = re.compile(
    r"(?:到|至)了?\s*(?:约|大约|大概|差不多)?\s*[$¥€£]?\s*$"
    r"|(?i:\b(?:down to|reached|brought (?:it|that) (?:down )?to|got (?:it|that) (?:down )?to)\s*[$€£]?\s*$)"
)


def _zh_money(
    folded: str, lo: int, n: Num, unit: str, family: str, previous: list[Quantity]
) -> tuple[str, str] | None:
    """("cny", "") for a bare Chinese amount (三万, 二三十万, 5千) told of money: after a word
    of spending or saving (花了, 省下, 成本, 账单…) in its clause, as the value of a cost or
    revenue, or as a level after money told earlier in the sentence ("月成本到了四十万；…最后到
    24 万"); None otherwise (a counted thing, a unit, a small figure)."""
    if unit or n.value < 100 or not _ZH_AMOUNT_RE.search(folded[n.start : n.end + 1]):
        return None
    if _COUNTED_ZH_RE.match(folded, n.end):
        return None  # "三万条": things counted
    return ("cny", "") if _zh_money_told(folded, lo, n, family, previous) else None


def _zh_money_told(folded: str, lo: int, n: Num, family: str, previous: list[Quantity]) -> bool:
    if family in ("cost", "revenue"):
        return True
    if vocab().money_zh_re.search(folded, lo, n.start) is not None:
        return True
    last = previous[-1] if previous else None
    return (
        last is not None
        and last.unit in _MONEY_UNITS
        and not family
        and not re.search(r"[.。!?！？\n]", folded[last.end : n.start])
        and _level_told(folded, lo, n)
    )


def _measure_earlier(text: str, start: int, unit: str) -> str:
    """A measure named earlier in the same sentence ("latency was bad, like two seconds") that
    a figure in `unit` can measure: a span of time never takes a precision, and one told as how
    long the work took ("…, and it took about two weeks") takes no measure at all."""
    base = lo = max(0, start - 120)
    for m in re.finditer(r"[.。!?！？;；\n]", text[base:start]):
        after = base + m.end()
        if m.group() != "." or (after < len(text) and not text[after].isdigit()):
            lo = after
    if unit == "h" and vocab().took_re.search(text, clause_start(text, start), start):
        return ""
    v = vocab()
    found = [
        (m.start(), m.group())
        for m in v.family_re.finditer(text, lo, start)
        if fits(v.family_of.get(re.sub(r"\s+", " ", m.group().lower()), ""), unit)
    ]
    if unit == "ms":  # "P99 飙到了 5 秒": a percentile is a latency, in seconds or less
        found += [(m.start(), m.group()) for m in v.percentile_re.finditer(text, lo, start)]
    return max(found)[1] if found else ""


_RATIO_FAMILIES = frozenset(
    {
        "recall",
        "precision",
        "accuracy",
        "f1",
        "ranking",
        "hit_rate",
        "error_rate",
        "success_rate",
        "conversion",
        "retention",
        "satisfaction",
        "agreement",
        "quality_score",
        "availability",
    }
)
"""Measures that are shares or scores: no span of time, amount of money or size is one."""
_AMOUNT_UNITS = frozenset({"h", "ms", "usd", "cny", "eur", "gbp", "bytes", "qps", "tokens/s"})


def fits(family: str, unit: str) -> bool:
    """Whether a figure in `unit` can be a value of a measure of `family`: a span of time, an
    amount of money or a size is never a recall or an accuracy; plain figures and shares may be
    anything."""
    return not (unit in _AMOUNT_UNITS and family in _RATIO_FAMILIES)


def _version_like(text: str, n: Num) -> bool:
    """ "Llama 3", "Python 3", "Windows 11": a small integer right after a capitalised name."""
    if n.decimals or n.scaled or n.value > 20 or n.words:
        return False
    before = text[max(0, n.start - 20) : n.start]
    name = re.search(r"(?<![A-Za-z])([A-Z][A-Za-z]+)\s$", before)
    if name is None or name.group(1).lower().endswith("ed"):
        return False  # "Onboarded 14 tenants" starts with a verb, not a name
    v = vocab()
    if any(r.fullmatch(name.group(1)) for r in (v.outcome_re, v.up_re, v.down_re)):
        return False  # "Caught 7 models", "Cut 3 services": an outcome or change verb, no name
    opening = not before[: name.start()].strip() and n.start <= 20
    return not opening and not v.family_re.fullmatch(name.group(1))


def _inherit(previous: list[Quantity], text: str, start: int, unit: str) -> Quantity | None:
    """A number with no subject of its own continues the sentence's last measure of its unit."""
    sentence_lo = max((m.end() for m in re.finditer(r"[.。!?！？\n]\s", text[:start])), default=0)
    for q in reversed(previous):
        if q.start < sentence_lo - 200:
            break
        if q.subject and q.unit == "%" and unit == "" and q.role == "result":
            return q  # "accuracy around 61 percent … then up to like 87"
        if q.unit == unit and q.subject and q.role in ("result", "baseline", "intermediate"):
            if unit == "h" and vocab().took_re.search(text, clause_start(text, start), start):
                return None  # "…, and it took about two weeks": how long the work took
            return q
    return None


def _mark_intermediates(qs: list[Quantity]) -> None:
    """Earlier results on the way to a later one of the same measure are intermediate steps."""
    results = [q for q in qs if q.role == "result"]
    for i, q in enumerate(results):
        if q.direction is None:
            continue
        for later in results[i + 1 :]:
            same = (q.family and q.family == later.family) or q.subject == later.subject
            if not same or q.unit != later.unit or later.direction not in (None, q.direction):
                continue
            here = q.result
            there = later.result if later.result is not None else later.value
            if here is None:
                continue
            further = there > here if q.direction == "up" else there < here
            if further:
                q.role = "intermediate"
                break
