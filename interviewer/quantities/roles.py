"""The role of a number in its sentence: a claimed result, or a fact about the work.

One place decides it, from what the extractor found: the unit, a change (pair, verb, word),
an outcome verb before a count, and the words of the clause (team, test set, sampling, corpus,
budget). Results are what a candidate claims to have achieved; facts (hardware, model size,
team size, duration, cost, data and sample sizes, counts) describe the work and are kept for
contradiction checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interviewer.quantities.units import effort
from interviewer.quantities.vocab import vocab

_BASELINE_RE = re.compile(
    r"(?i:originally|initially|at first|at the start|started(?:\s+(?:out|off))?\s+(?:at|around|about|near)\b|starting point|baseline|used to|"
    r"before(?: that| we| the)?|previously|was at)|原来|原先|原本|起初|最初|之前|此前|以前|一开始|基线",
)
_USERS_RE = re.compile(r"(?i:users?|customers?|clients?|merchants?|tenants?|用户|客户|商家|租户)")
_ON_SET_RE = re.compile(r"(?i:\b(?:on|against)\s+(?:a\s+|the\s+)?$)|在\s*$")
_INFRA_RE = re.compile(
    r"(?i:\b(?:clusters?|nodes?|machines?|servers?|hosts?|instances?|pods?|cores?|regions?|zones?|"
    r"racks?|shards?|replicas?|vms?)\b)|集群|节点|机器|服务器|实例|机房"
)
"""What a system runs on ('on 4 k8s clusters') is no set something was tested on."""
_CONTEXT_AFTER_RE = re.compile(r"(?i)\s*(?:on|in|during|from|across|over|at)\s+(?:the|a|an|our)\b")
_OUTCOME_UNITS = {"count", "", "usd", "cny", "eur", "gbp"}
"""What an outcome verb makes a result: things counted and money ("caught 9 bugs", "won $1M")."""
_RESULT_UNITS = {"%", "pp", "x", "qps", "tokens/s"}


@dataclass(slots=True)
class Evidence:
    """What the extractor saw around one number."""

    unit: str
    raw_unit: str
    changed: bool
    """A pair, a direction verb, a comparative or a change in words."""
    bounded: bool
    family: str
    subject: str
    before: str
    """The clause before the number."""
    after: str
    """The clause after the number."""
    outcome: bool
    """An outcome verb ("caught", "发现") leads to this count."""
    context: str = ""
    """The sentence before the number, across commas ("搭建评测集，覆盖1200条")."""
    reached: bool = False
    """Told as a level something was brought to ("月成本到了四十万", "down to $3k")."""
    fraction: bool = False
    """A bare figure below one ("scores 0.81"): a score or share, never a number of things."""


_GAINED_RE = re.compile(
    r"(?i:\b(?:worth|sav(?:e|ed|es|ing|ings)|generat(?:ed|ing)|brought in|freed(?: up)?|won|earned|"
    r"released|unlocked|sold|booked|avoided|prevented|averted|recovered|recouped|reclaimed|clawed back)\b)"
    r"|节省|节约|省下|省去|挽回|带来|增收|创收|释放|召回(?=[^率，,。]{0,6}(?:用户|客户))"
)
"""Money or time the work gained ("worth about $2.3M", "saving analysts two days"): a result."""
_ADOPTION_RE = re.compile(
    r"(?i:\b(?:stars?|forks?|downloads?|installs?|weekly active|monthly active|daily active|DAU|MAU|"
    r"signups?|sign-ups?|subscribers?|adopters?|business units|product lines)\b)|下载|安装量|日活|月活|星标|"
    r"注册用户|业务线|业务方|产品线|业务部门|事业部|门店|商户|个团队|个部门"
    r"|(?i:\b(?:now\s+)?(?:use|uses|rely on|relies on|depend on|run on|build on)\s+(?:the|our|it|this|my)\b)"
    r"|(?i:\b(?:daily|weekly|monthly)\b[\w\s-]{0,14}\busers?\b)|^\s*(?:都|已经)?(?:在用|用上了?|在使用)"
)
"""Counts of adoption a candidate claims as an outcome (1.2k GitHub stars)."""


_ADOPTED_BY_RE = re.compile(
    r"(?i:\b(?:adopted|used|rolled out|shipped|deployed|installed|relied on)"
    r"(?:\s+(?:daily|every day|weekly|today|now|internally))?\s+(?:by|to|at|on|in|across)\b"
    r"[^.;:!?]{0,30}$)|推广到[^，。；]{0,10}$|(?:被|供|已被)\s*(?:约|近|超过)?\s*$"
)
"""Adoption told in the passive before its count ("adopted by 1,100 analysts", "used by 9 companies
and 3 universities", "shipped to 8 million phones")."""
_DONE_AFTER_RE = re.compile(
    r"^\s*(?:[A-Za-z][\w-]*\s+){0,3}?(?:blocked|caught|fixed|resolved|onboarded|prevented|"
    r"closed|automated|deflected|eliminated|retired|launched|flagged|detected|found|shipped|"
    r"removed|recovered|avoided|saved|won|signed|delisted|taken down|adopted|signed up|switched)\b"
    r"|^\s*(?:个|名|项|家|条|起)?[^，。；\d]{0,8}(?:被拦截|被修复|下架|被发现|上线)",
    re.IGNORECASE,
)
"""A count whose outcome participle follows it ("22 regressions blocked", "14 models onboarded")."""
_SAVED_ZH_RE = re.compile(r"(?<![节])省(?![份内市级心事])[^，。,.；;!?！？\d]{0,8}$")
"""省 a few words before an amount of money: the money saved."""
_MONEY_OUTCOME_RE = re.compile(
    r"(?i:\b(?:avoided|prevented|recovered|reduced|lower|saved|savings|added|incremental|new)\b)"
)
"""Money named by what the work did to it (the phrase after it: "in avoided write-offs")."""
_SPAN_OF_RE = re.compile(r"^\s*(?:of|worth of)\s+(?!the\s+time\b)[A-Za-z\u3400-\u9fff]", re.I)
"""A duration that measures data, not time spent or saved ("14 months of GPS pings")."""


def _told_role(e: Evidence) -> str:
    """Roles the résumé's phrasing tells (resume4): a span of data, adoption and outcomes told
    around a count, money named by what the work did to it."""
    money = e.unit in ("usd", "cny", "eur", "gbp")
    if (
        e.unit in ("ms", "h")
        and _SPAN_OF_RE.match(e.after)
        and not _GAINED_RE.search(e.before[-40:])
    ):
        return "duration"
    if e.unit in ("count", "") and not e.changed:
        told = e.context[-50:] or e.before[-50:]
        if _ADOPTED_BY_RE.search(told) or _DONE_AFTER_RE.match(e.after[:40]):
            return "result"
        last = e.subject.split()[-1:] if " " in e.subject else []
        if last and _DONE_AFTER_RE.match(last[0]):
            return "result"  # "two dozen regressions caught": the outcome closes the counted thing
    if money and _SAVED_ZH_RE.search(e.before[-12:]):
        return "result"  # "一年大概省 150 万", "能省 cost 三十万左右": money saved
    if money and _MONEY_OUTCOME_RE.search(e.subject):
        return "result"  # "€1.2M in avoided write-offs", "$300k a year in reduced chargebacks"
    if money and re.search(
        r"(?i:\b(?:released|unlocked|saved|freed)\s*[:：]\s*$)", e.context[-40:]
    ):
        return "result"  # "Working capital released: $45M"
    return ""


def _gained_across_hedges(e: Evidence) -> bool:
    """'we saved, I want to say, half a million dollars', 'It freed up, if I remember right, $80k':
    what was gained is told before a clause of hedges only."""
    found = list(_GAINED_RE.finditer(e.context[-60:]))
    if not found:
        return False
    rest = e.context[-60:][found[-1].end() :]
    return (
        bool(re.search(r"[,，、—–]", rest)) and vocab().hedge_clause_re.fullmatch(rest) is not None
    )


def _scope(e: Evidence) -> bool:
    """The organisation's own units a scope verb tells the work covers ('覆盖 12 个业务线', 'supports 9
    product teams'): a fact of the work, not adoption it won (推广到 12 个业务线 is)."""
    v = vocab()
    told = e.before[-16:]
    return (
        v.scope_verb_re.search(told) is not None
        and _ADOPTED_BY_RE.search(told) is None
        and v.scope_unit_re.search(e.subject + " " + e.raw_unit) is not None
    )


def decide(e: Evidence) -> str:
    """One role from the evidence (see the module docstring)."""
    if e.unit == "h" and effort(e.raw_unit):
        saved = e.changed or e.outcome or _GAINED_RE.search(e.before[-40:])
        return "result" if saved else "cost"  # 节省 40 人天 is a result; 投入了 3 人月 a cost
    told = _told_role(e)
    if told:
        return told
    if e.unit in ("people", "count") and _ADOPTED_BY_RE.search(e.before[-40:]):
        return "result"  # "adopted by 300 engineers", "被 20 多个团队接入": adoption the work won
    team = any(vocab().team_re.fullmatch(w) for w in e.subject.split()[-1:]) or "团队" in e.subject
    if e.unit == "people" and not team and not e.changed and _ADOPTION_RE.search(e.after[:20]):
        return "result"  # "Hundreds of engineers use it now": adoption, not the team
    if e.unit == "people" and not team and (e.changed or _GAINED_RE.search(e.before[-12:])):
        return "result"  # labour the work saved ("由 20 人减至 6 人", "节省 12 人"); a team grown is a fact
    fact = _unit_fact(e)
    if fact:
        return fact
    v = vocab()
    if e.changed or (e.outcome and e.unit in _OUTCOME_UNITS):
        return "result"
    gained = _GAINED_RE.search(e.before[-40:]) or _gained_across_hedges(e)
    if gained and e.unit in ("usd", "cny", "eur", "gbp", "h", "ms", "count"):
        return "result"
    if e.unit in ("count", "") and _ADOPTION_RE.search(e.subject + " " + e.after[:24].lstrip()):
        return "count" if _scope(e) else "result"
    after = "" if _CONTEXT_AFTER_RE.match(e.after) else e.after[:16]  # "89% on the audit"
    if e.unit == "%" and not e.outcome and v.sampling_re.search(e.before + " " + after):
        return "sampling_rate"  # "caught 70% of the bugs in the audit" is what the work did
    if _BASELINE_RE.search(e.before[-30:]):
        return "baseline"
    if e.unit in _RESULT_UNITS or (e.unit == "ms" and e.raw_unit.lower() not in _MINUTES):
        return "result"
    if e.unit in ("ms", "h"):
        return "result" if e.family in ("latency", "duration_measure") else "duration"
    if e.unit in ("usd", "cny", "eur", "gbp"):
        return "result" if e.family == "revenue" or e.reached else "cost"
    return _count_role(e)


_MINUTES = {"分钟", "min", "mins", "minute", "minutes"}


def _unit_fact(e: Evidence) -> str:
    if e.unit == "gpu":
        return "hardware"
    if e.unit == "params":
        return "model_size"
    if e.unit == "people":
        return "count" if _USERS_RE.search(e.after[:12]) else "team_size"
    return ""


def _count_role(e: Evidence) -> str:
    v = vocab()
    near_after = e.after[:24]
    if e.family and e.unit == "" and e.family not in ("traffic", "tickets", "defects"):
        return "result"  # "F1 0.85", "kappa 0.81", "NDCG@10 of 0.62"
    if v.sample_re.search(near_after) or v.sample_re.search(e.context[-30:]):
        # "scores 0.81 on our eval": no set is 0.81 things large; the figure is read on it
        return "result" if e.fraction else "sample_size"
    if e.unit == "count" and re.fullmatch(
        r"[\u3400-\u9fff]*(?:标注样本|样本|用例|测试题|评测题)", e.subject
    ):
        return "sample_size"  # 两三千个标注样本: the counted thing is a set of examples
    if e.unit == "count" and v.data_re.search(e.before[-6:]):
        return "data_size"  # 日志量小十万条: a count right after the data it counts
    if _ON_SET_RE.search(e.before) and e.unit in ("count", "") and not _INFRA_RE.search(e.subject):
        return "sample_size"
    if (
        e.unit in ("tokens", "bytes")
        or v.data_re.search(near_after)
        or (e.unit == "count" and v.data_re.search(e.subject))
    ):
        return "data_size"
    if e.unit == "count" or e.unit == "":
        return "count" if e.subject else "other"
    return "other"
