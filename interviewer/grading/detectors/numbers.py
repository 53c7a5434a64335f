"""Numbers that measure something: units, baselines (from X to Y, 从X提升到Y), and how measured."""

from __future__ import annotations

import re

from interviewer.grading.detectors import DetectContext, Detection
from interviewer.grading.substance import MEASURE_ROLES, SubstanceView
from interviewer.quantities import Quantity, extract_quantities
from interviewer.reading.model import Fact as ReadFact
from interviewer.reading.model import Quantity as ReadQuantity
from interviewer.signals import TextView

_ZH_NUM = r"[零一二两三四五六七八九十百千万亿半]+"
_AR_NUM = r"\d+(?:[.,]\d+)*"
NUM = rf"(?:{_AR_NUM}|{_ZH_NUM})"
_EN_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|a thousand|thousand|million|"
    r"billion)"
)
#: A number written in English words: "eleven thousand", "forty-two", "two million".
EN_WORDS = rf"\b{_EN_WORD}(?:[\s-]+(?:and\s+)?{_EN_WORD})*\b"
ANY_NUM = rf"(?:{_AR_NUM}|{_ZH_NUM}|{EN_WORDS})"

_EN_UNITS = (
    r"%|％|percent\b|pp\b|percentage points?\b|points?\b|x\b|×|times\b|ms\b|milliseconds?\b|"
    r"s\b|secs?\b|seconds?\b|minutes?\b|mins?\b|hours?\b|hrs?\b|h\b|days?\b|weeks?\b|months?\b|"
    r"k\b|m\b|b\b|gb\b|tb\b|mb\b|qps\b|rps\b|tokens?\b|users?\b|requests?\b|docs?\b|"
    r"documents?\b|queries\b|questions\b|tickets\b|cases\b|samples\b|examples\b|gpus?\b|"
    r"cards?\b|engineers\b|people\b|customers\b|calls\b|dollars\b|usd\b|rows\b|records\b|"
    r"pages\b|teams\b|services\b|steps\b|epochs\b|nodes\b|replicas\b|languages\b|incidents\b|"
    r"bugs\b|errors\b|sessions\b|conversations\b|labels\b|annotations\b|pairs\b|sprints?\b"
)
_ZH_UNITS = (
    r"%|％|个百分点|百分点|倍|成|毫秒|ms|秒|分钟|小时|天|周|个月|月|人天|人|张卡|张|卡|台|条|篇|"
    r"万|千|亿|元|块钱|次|份|QPS|qps|token|个用户|个工单|个case|个样本|个问题|个服务|个模型|个团队|"
    r"个接口|个[\u4e00-\u9fff]{1,3}|轮|步|层|维|GB|G|TB|MB|K|k|ms|s|x|X"
)
_NUMBER_WITH_UNIT = re.compile(
    rf"(?<![A-Za-z\d.]){NUM}\s*(?:{_EN_UNITS}|{_ZH_UNITS})|[$¥￥€£]\s*{_AR_NUM}|"
    rf"(?<![A-Za-z])(?:p|P)(?:50|90|95|99)\b[^。.;；\n]{{0,20}}?{_AR_NUM}",
    re.IGNORECASE,
)
# word numbers count with a non-time unit, or as thousands/millions of something
_WORDS_WITH_UNIT = re.compile(
    rf"{EN_WORDS}\s+(?:dollars|euros|percent|percentage points|points|times|users|customers|"
    rf"tickets|requests|queries|documents|engineers|people|errors|incidents|calls)\b|"
    rf"\b(?:hundred|thousand|million|billion)\b",
    re.IGNORECASE,
)
_MEASURED_NUMBER = re.compile(
    r"(?:accuracy|recall|precision|f1|mrr|ndcg|auc|bleu|rouge|score|rate|latency|"
    r"准确率|召回率|召回|精确率|命中率|成功率|得分|分数)[^。.;；\n\d]{0,12}\d+(?:\.\d+)?",
    re.IGNORECASE,
)
_COUNT_EN = re.compile(r"(?<![A-Za-z\d.])\d[\d,.]*\s+(?:[a-z-]+\s+)?[a-z]{3,}s\b")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d\s*年?(?!\d|\s*%)")
_BASELINE = re.compile(
    rf"(?:从|由)\s*(?:原来的|之前的|原先的)?[^，。；,;\n]{{0,14}}?{NUM}[^，。；;\n]{{0,16}}?"
    rf"(?:提升|提高|降低|下降|减少|缩短|增加|增长|涨|降|升|变|优化|压缩|扩大|减到|降到|提到|到|至|为)+"
    rf"[^，。；;\n]{{0,6}}?{NUM}"
    rf"|{NUM}\s*[^，。；,;\n\s]{{0,4}}\s*(?:→|->|=>|➜|变成|变为)\s*{NUM}"
    rf"|\bfrom\s+(?:about\s+|around\s+|roughly\s+|~)?[$¥€]?{_AR_NUM}[^.;\n]{{0,24}}?\s(?:to|down to|up to|into)\s+"
    rf"(?:about\s+|around\s+|under\s+|below\s+|~)?[$¥€]?{_AR_NUM}"
    rf"|\b(?:down|up)\s+from\s+[$¥€]?{_AR_NUM}"
    rf"|{_AR_NUM}[^.;\n]{{0,20}}?\b(?:vs\.?|versus|compared (?:to|with)|against)\s+[^.;\n]{{0,20}}?{_AR_NUM}"
    rf"|(?:baseline|previously|used to (?:be|take|cost)|before (?:that|the change|it was|we)|the old[^.;\n]{{0,20}})"
    rf"[^.;\n]{{0,30}}?{ANY_NUM}"
    rf"|\bfrom\s+(?:about\s+|around\s+|roughly\s+)?{EN_WORDS}[^.;\n]{{0,24}}?\s(?:to|down to|up to)\s+"
    rf"(?:about\s+|around\s+|under\s+)?{EN_WORDS}"
    rf"|(?:基线|原来|之前|以前|原先|旧方案|改造前|优化前|上线前|对照组|老版本)[^。；;\n]{{0,16}}?{NUM}"
    rf"|(?:相比|对比|比起|较)[^。；;\n]{{0,20}}?{NUM}",
    re.IGNORECASE,
)
_METHOD = re.compile(
    r"A/?B(?:\s*test|实验|测试)?|test set|eval(?:uation)? set|held[- ]out|hold[- ]?out|golden set|"
    r"labell?ed|annotated|hand[- ]checked|manually (?:checked|reviewed|graded)|blind|"
    r"\bn\s*=\s*\d+|sample of|\b(?:set|sample|panel|corpus) of [\d,]+|measured (?:on|over|with|by|across)|over (?:a|one|two|three|\d+) "
    r"(?:weeks?|months?|days?)|dashboard|monitoring|load test|benchmark(?:ed)? on|offline eval|"
    r"on (?:\d+|a set of|our) [^.;\n]{0,20}?(?:queries|questions|cases|samples|tickets|documents|"
    r"examples|prompts|conversations)|"
    r"测试集|评测集|验证集|回归集|黄金集|标注|人工评估|人工抽检|抽样|盲评|离线评估|线上监控|埋点|"
    r"统计口径|口径|压测|灰度|对照|抽查|连续\s*\S{1,3}\s*(?:天|周)|"
    r"\d+\s*(?:条|个|道)(?:问题|样本|query|case|对话|测试|工单|标注)",
    re.IGNORECASE,
)


_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")


def _states_change(q: Quantity | ReadQuantity) -> bool:
    """The figure's own phrase tells what it changed from, in numerals ("from 61% to 84%",
    "40 ms instead of 800 ms"). A baseline the reader paired from elsewhere in the sentence
    ("2.4 million documents … from eleven wikis") or read from words is no stated baseline."""
    return q.baseline is not None and len(_NUMERAL.findall(q.text)) >= 2


def claimed(v: TextView) -> list[tuple[int, bool]]:
    """Where the text states a figure (its start) and whether its phrase states a change: on a
    SubstanceView the reading's quantities that measure the work (the role it gave them in this
    answer), on a plain view interviewer.quantities' (dates measure nothing). Memoised."""
    if "claimed" not in v.memo:
        found: list[Quantity] | list[ReadQuantity]
        if isinstance(v, SubstanceView):
            found = [q for q in v.reading.quantities if q.role in MEASURE_ROLES]
        else:
            found = [q for q in extract_quantities(v.text) if q.role != "date"]
        v.memo["claimed"] = [(q.start, _states_change(q)) for q in found]
    return v.memo["claimed"]  # type: ignore[no-any-return]


def _claimed_sentences(v: TextView, *, with_baseline: bool) -> set[int]:
    out = {v.index_of(start) for start, has_base in claimed(v) if has_base or not with_baseline}
    return out & v.contentful


def metric_sentences(v: TextView) -> list[int]:
    """Contentful sentences with a number that measures something (unit or named measure)."""
    if "metric_sentences" in v.memo:
        return v.memo["metric_sentences"]  # type: ignore[no-any-return]
    if isinstance(v, SubstanceView):
        # the reading gave every number its role in this answer: only measures of the work count
        v.memo["metric_sentences"] = v.measured
        return v.measured
    out = set(_claimed_sentences(v, with_baseline=False))
    for i in v.contentful:
        if i in out:
            continue
        s = v.sentence(i)
        cleaned = _YEAR.sub(" ", s)
        if (
            _NUMBER_WITH_UNIT.search(cleaned)
            or _MEASURED_NUMBER.search(cleaned)
            or _COUNT_EN.search(cleaned)
            or _BASELINE.search(cleaned)
            or (v.lang == "en" and _WORDS_WITH_UNIT.search(cleaned))
        ):
            out.add(i)
    v.memo["metric_sentences"] = result = sorted(out)
    return result


def baseline_sentences(v: TextView, among: list[int]) -> list[int]:
    """Sentences of `among` that state what a number is compared with (from X to Y, vs, 基线)."""
    stated = _claimed_sentences(v, with_baseline=True)
    return [i for i in among if i in stated or _BASELINE.search(_YEAR.sub(" ", v.sentence(i)))]


def method_sentences(v: TextView) -> list[int]:
    """Contentful sentences telling how a figure was measured: the Reading's `method` facts that
    tell a measurement's extent (a pilot or trial and how long it ran, a sample of people or
    items and how many, whatever the words: lead probes P3, P21), and the pattern below, for a
    plain view (no reading) and for the methods the reading does not yet read ("four nurses read
    120 summaries and marked each", "on our 2,000-query golden set")."""
    told: list[tuple[int, int]] = []
    if isinstance(v, SubstanceView):
        told = [(f.start, f.end) for f in v.reading.facts if f.kind == "method" and _how(v, f)]
    return sorted(i for i in v.contentful if _METHOD.search(v.sentence(i)) or v.overlaps(i, told))


#: Quantity roles that tell how far a measurement reached: how long it ran, how many people or
#: items it covered.
_EXTENT_ROLES = frozenset({"duration", "sample_size", "sampling_rate", "data_size", "count"})


def _how(v: SubstanceView, fact: ReadFact) -> bool:
    """Whether a method fact tells a measurement: it holds how long it ran or how many people or
    items it covered (a four-week pilot with 12 coders, 抽200条人工打分, 试运行了两周). A method
    fact holding no such extent ("nDCG@10 reached 0.61") is left to the pattern."""
    return any(
        q.role in _EXTENT_ROLES and fact.start <= q.start < fact.end for q in v.reading.quantities
    )


def metrics(v: TextView, ctx: DetectContext) -> Detection:
    """1 none · 2 adjectives · 3 a number · 4 with a baseline (or how measured) · 5 both."""
    nums = metric_sentences(v)
    if not nums:
        adjectives = [i for i in v.hits("improvement") if i in v.contentful]
        if adjectives:
            return Detection(2, adjectives[:2], "adjective")
        return Detection(1, [], "none")
    base = baseline_sentences(v, nums)
    method = method_sentences(v)
    score = 3 + bool(base) + bool(method)
    evidence = (base or nums)[:2] + method[:1]
    if not base:
        return Detection(score, evidence, "no_baseline")
    if not method:
        return Detection(score, evidence, "no_method")
    return Detection(score, evidence, "sampled" if _sampled(v, method) else "strong")


#: Quantity roles that tell how many people or items a measurement covered.
_SAMPLE_ROLES = frozenset({"sample_size", "data_size", "count"})


def _sampled(v: TextView, method: list[int]) -> bool:
    """Whether a method sentence tells its sample (how many people or items: "with 12 coders",
    抽200条): the suggestion then asks for what is left, not for the sample size again."""
    if not isinstance(v, SubstanceView):
        return False
    spans = [(q.start, q.end) for q in v.reading.quantities if q.role in _SAMPLE_ROLES]
    return any(v.overlaps(i, spans) for i in method)
