"""Is a said number about the same measure as a claim? Nothing may say they differ (another
family of measure, another statistic or metric variant, another counted thing, GPUs to train vs
to serve, a wider group) and something must say they are the same: the quantities module's
`same_measure`, the counted noun, the question or the claim's own line naming it, the claim's
starting point, a fact a project has only one of (its team, its span, its GPUs, its model), or a
typed bare answer to a project with only one claim of that kind.
"""

from __future__ import annotations

import re
from dataclasses import replace

from interviewer.reading import numbers
from interviewer.reading.model import Quantity
from interviewer.reading.relevance import terms_of
from interviewer.reading.said import CLAUSE_CUT, MONEY, SINGLE, Side
from interviewer.reading.values import derived_change, is_delta
from interviewer.reading.vocab import require, vocab

require(
    "numbers",
    "not_subject",
    "project_time",
    "train_cue",
    "serve_cue",
    "other_scope",
    "statistic",
    "flow_cue",
    "person_nouns",
    "measure_initial_nouns",
    "interval",
    "threshold_ask",
    "stage",
    *(f"per_{p}" for p in ("day", "week", "month", "year")),
)
#: Units a bare number may take from the claim it answers ("About 450." → ms, "Six." → people).
_BORROWED = frozenset({"ms", "h", "count", "people", "qps", *MONEY})
_NEGATED_MEASURE = re.compile(r"(?i)\b(?:no|without|zero|free of)\b|没有|无|零")
_PERIOD_WORDS = re.compile(
    r"(?i)\b(?:per|a|an|each|every)?\s*(?:day|week|month|year|night|quarter)s?\b|[每一]?(?:天|周|月|年)"
)
#: A question asking for a count ("How many stores use it?"): the answer counts those things.
_COUNT_QUESTION = re.compile(r"(?i)\bhow many\b|\bnumber of\b|多少|几个|几家|几位")
_NOT_NOUNS = frozenset({"ones", "one", "them", "more", "times", "others", "of", "later", "each"})


def _noun(q: Quantity) -> set[str]:
    """The things counted ("tickets", "query eval set", "通话录音"), as terms; empty when not said."""
    return _noun_words(q)[0]


#: Occurrences, not things: "retried forty times", 调了四十多次, 上限三次.
_EVENTS = re.compile(r"(?i)^\s*(?:次|遍|回|趟|times?\b)")
#: A Chinese counted noun ends where a verb starts (两个实习生|做工具接入, 300 多张工单|过它).
_ZH_VERB = re.compile(r"(?:做|负责|写|搞|跑|经过|过它|接入|参与)")


def _noun_words(q: Quantity) -> tuple[set[str], str]:
    words, head = _plain_noun_words(q)
    if words:
        words |= _noun_groups(q.raw_unit or "")
    return words, head


_MEASURE_WORD = re.compile(r"^[个条篇项家款套张台份例起道通位名]")


def _without_measure_word(raw: str) -> str:
    """The counted noun without the measure word before it (个条款 → 条款, 张工单 → 工单); a noun
    whose first character is itself a measure word (条款, 条目, 款式, 项目: numbers.yaml) keeps it."""
    raw = raw.strip()
    words = vocab()["numbers.measure_initial_nouns"].pattern
    if words is not None and words.match(raw):
        return raw
    return _MEASURE_WORD.sub("", raw)


def _noun_groups(raw: str) -> set[str]:
    """The lists of nouns.yaml the counted thing falls in ("pictures" → image, 工单 → ticket)."""
    text = _without_measure_word(raw)
    files = vocab().files
    lists = files["nouns"].lists if "nouns" in files else {}
    return {f"same:{name}" for name, terms in lists.items() if terms.search(text)}


def _outcome_of(said: Side, claim: Side) -> bool:
    """A share told by its outcome is the claimed rate of that outcome ("百分之七十的问题都能答
    对" against "问答准确率 88%", "it catches about half the fraud" against a recall)."""
    if said.q.unit != "%" or claim.q.unit != "%" or not claim.q.family:
        return False
    files = vocab().files
    outcome = files["nouns"].lists.get(f"outcome_{claim.q.family}") if "nouns" in files else None
    clause = f"{said.head} {said.q.text} {said.tail}"
    return outcome is not None and outcome.search(clause) is not None


def _counted_after(said: Side, claim: Side) -> bool:
    """A bare number followed by a word for the claim's counted thing that the number reader
    left out ("一天大概三千单" against "1.2 万张工单")."""
    if _noun(said.q) or claim.q.unit != "count":
        return False
    mine = _noun_groups(CLAUSE_CUT.split(said.tail)[0][:6]) if said.tail else set()
    return bool(mine & _noun_groups(claim.q.raw_unit or ""))


def _plain_noun_words(q: Quantity) -> tuple[set[str], str]:
    if q.unit == "count" and not q.raw_unit and q.text[-1:] in _CLASSIFIERS:
        return {f"cls:{q.text[-1]}"}, ""  # "一共标了三百条" / "评测集 800 条"
    if q.unit != "count" or not q.raw_unit:
        return set(), ""
    if _EVENTS.match(q.raw_unit):
        return {"event"}, "event"
    raw = _without_measure_word(q.raw_unit)
    raw = re.sub(r"(?:左右|上下|出头|多|来|吧|了|呢)+$", "", raw)
    if not re.search(r"[A-Za-z]", raw):
        cut = _ZH_VERB.search(raw, 1)
        raw = raw[: cut.start()] if cut else raw
        terms = _terms(raw, drop_generic=False) if len(raw) >= 2 else set()
        if not raw and q.raw_unit.strip() in ("名", "位"):
            return {"person"}, "person"  # "服务 2000 名内部员工": 名 and 位 count people
        if not raw and q.raw_unit.strip() in _CLASSIFIERS:
            return {f"cls:{q.raw_unit.strip()}"}, ""  # "标了三百条" / "评测集 800 条"
        return terms | _person(raw), raw[-2:] if len(raw) >= 2 else ""
    words: set[str] = set()
    head = ""
    seq: list[str] = []
    for token in re.findall(r"[A-Za-z][\w-]*", raw):
        w = token.lower()
        if w.endswith(("ing", "ed")) and words:
            break  # "five reviewers going through": the noun ends before the verb
        if w not in _NOT_NOUNS:
            one = w if _ACRONYM.fullmatch(token) else _singular(w)  # "GPS pings": no plural
            words.add(one)
            seq.append(one)
            head = one
            if w != one:
                break  # a plural ends the counted thing: "1,200 invoices | field accuracy"
    if len(seq) >= 2:  # "pull requests" is also counted as "PRs"
        words.add("".join(w[0] for w in seq))
    return words | _person(raw), head


#: An acronym is no plural ("GPS", "AWS"), though "PRs" is.
_ACRONYM = re.compile(r"[A-Z]{2,}[A-Z0-9]*")


def _named_noun(words: set[str]) -> set[str]:
    return {w for w in words if not w.startswith("cls:")}


def nouns_meet(a: set[str], b: set[str]) -> bool:
    """Two counted things are one: a word in common, or one word the short form of the other
    ("docs" / "documents", "repos" / "repositories", "PRs" / "pull requests")."""
    if a & b:
        return True
    if any(len(x) >= 5 and len(y) > len(x) and y.endswith(x) for x in a for y in b) or any(
        len(y) >= 5 and len(x) > len(y) and x.endswith(y) for x in a for y in b
    ):
        return True  # "services" / "microservices": a compound names the same thing
    return any(len(x) >= 3 and len(y) > len(x) and y.startswith(x) for x in a for y in b) or any(
        len(y) >= 3 and len(x) > len(y) and x.startswith(y) for x in a for y in b
    )


def _person(raw: str) -> set[str]:
    """ "300 people a day" and "3,000 employees daily" both count people."""
    pattern = vocab()["numbers.person_nouns"].pattern
    words = [raw.strip(), *raw.lower().split()]
    zh = raw.strip()
    if re.fullmatch(r"[\u4e00-\u9fff]{2,6}", zh):
        words += [zh[i:] for i in range(1, len(zh) - 1)]  # 新用户, 活跃用户: people qualified
    return {"person"} if pattern and any(pattern.fullmatch(w) for w in words if w) else set()


def _terms(text: str, *, drop_generic: bool) -> set[str]:
    """Specific words cut to five letters ("escalated", "Escalation" meet), Chinese pairs."""
    return {t[:5] for t in terms_of(text, drop_generic=drop_generic)}


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _stats(side: Side, extra: str = "") -> set[str]:
    found = vocab()["numbers.statistic"].finditer(f"{side.q.subject} {side.q.text} {extra}")
    return {m.group().lower().replace("th", "") for m in found}


def _differ(said: Side, claim: Side, sentence: str, question: str = "") -> bool:
    return bool(differ_why(said, claim, sentence, question))


def differ_why(said: Side, claim: Side, sentence: str, question: str = "") -> str:
    """Known to be different measures: two families, two statistics (median vs p95), two
    counted things (clinics vs doctors), or a wider group than the project (a department)."""
    a, b = said.q, claim.q
    derived = derived_change(a, b)
    if (said.each and claim.per) or (claim.each and said.per):
        return "each vs per period"  # "$300 each time" and "nine grand a month": per event vs per period
    if _stock_and_flow(said, claim, question):
        return (
            "stock vs flow"  # "replayed 500 meetings" and "1,200 meetings a week": a set vs a flow
        )
    if a.unit == "" and max(a.value, a.baseline or 0) > 100 and b.unit in ("%", "pp"):
        if (
            not is_delta(a) and not derived
        ):  # "about 300k a day", "we went from 128 to 64": no percentage
            return "count vs share"
    other_type = _other_type(said, claim)
    if other_type:
        return other_type
    if _threshold_asked(said, claim, question):
        return "threshold vs level"  # "Cut-off for auto-approve?" — "Confidence over 95%."
    if a.unit == b.unit == "" and _score_and_count(a.value, b.value):
        return "score vs count"  # "NDCG@10 went 0.61 to 0.68" is no "300k a day"
    if a.unit in ("%", "pp") and _OF_THOSE.match(said.tail):
        return (
            "share of a part"  # "under 2% of those": a share of a part told before, another measure
        )
    fa = _kind_family(said, a.family or _family_near(said) or _label_family(said, sentence))
    fb = _kind_family(claim, b.family or _family_near(claim))
    if fa and fb and fa != fb and not (said.kind == "money" and {fa, fb} <= _LABOUR_COST):
        return "family"  # ("五十万的人力" is a labour cost: money spent on work is a cost)
    va, vb = _variants(f"{a.subject} {a.text}"), _variants(f"{b.subject} {b.text}")
    if any(va[m] != vb[m] for m in va.keys() & vb.keys()):
        return "metric variant"  # ROUGE-1 vs ROUGE-L, recall@5 vs recall@10, top-1 vs top-5
    mine = _stats(said, sentence) or (_stats(said, question) if not specific(said.q) else set())
    theirs = _stats(claim, claim.sentence)  # "p95?" / "About 450 ms.": the p95, not the median
    if mine and theirs and not mine & theirs:
        return "statistic"
    na, nb = _named_noun(_noun(a)), _named_noun(_noun(b))  # a classifier alone names nothing
    asked = _COUNT_QUESTION.search(question) is not None and bool(
        _terms(b.raw_unit, drop_generic=False) & _terms(question, drop_generic=False)
    )
    apart = "" if asked else _counted_apart(na, nb, claim, sentence)
    if apart:
        return apart
    if said.kind == "gpu" and {_purpose(sentence), _purpose(claim.sentence)} == {"train", "serve"}:
        return "gpu purpose"  # GPUs to train and GPUs to serve are two facts
    scope = vocab()["numbers.other_scope"]
    wider = bool(scope.search(f"{a.subject} {sentence}")) != bool(scope.search(b.subject))
    return "other scope" if wider else ""


#: Families a measure of each kind can have; another one was carried from a neighbour ("120
#: requests per second at p99 below 250 ms": the p99's latency is not the rate's family).
_KIND_FAMILIES = {
    "qps": frozenset({"throughput", "traffic"}),
    "time": frozenset({"latency", "duration_measure", "speed"}),
}


#: The families a change told in a kind's own unit can be a relative change of.
_DERIVED_FAMILIES = {
    "qps": frozenset({"throughput", "traffic"}),
    "time": frozenset({"latency", "duration_measure"}),
    "money": frozenset({"cost", "revenue"}),
}


def _kind_family(side: Side, family: str) -> str:
    allowed = _KIND_FAMILIES.get(side.kind)
    if allowed is None or not family:
        return family
    if family not in allowed:
        return ""
    return "throughput" if side.kind == "qps" else family  # requests/s: throughput = traffic


def _counts_elsewhere(noun: set[str], claim: Side) -> bool:
    """The claim's line names the said count's thing but this claim number does not count it
    ("800 篇" in "评测集（800 篇，3 位老师打分）" for "三个老师"): another number counts it."""
    return bool(noun & _terms(claim.sentence, drop_generic=False)) and not bool(
        noun & _terms(f"{claim.head} {claim.q.text} {claim.tail}", drop_generic=False)
    )


def _counted_apart(noun: set[str], theirs: set[str], claim: Side, sentence: str) -> str:
    """The said count names its thing (`noun`): does the claim count another one, by its own
    noun (`theirs`) or, when its number has only a measure word, by the thing it names?"""
    if not noun:
        return ""
    if theirs:  # "900 shops" answering "How many stores?" is about the stores
        return "" if nouns_meet(noun, theirs) else "counted thing"
    if _counts_elsewhere(noun, claim):
        return "counted elsewhere"  # "三个老师" against "800 篇，3 位老师打分": the line counts teachers apart
    if _counts_before(noun, claim, sentence):
        return "counted thing"  # "每张保单平均 25 个条款" against "处理保单 4 万张": clauses, not policies
    return ""


def _counts_before(noun: set[str], claim: Side, sentence: str) -> bool:
    """The claim names what it counts before its number, with a measure word only after it
    ("处理保单 4 万张", "标注合同 8000 份"); the said sentence names that thing too, but its count
    names a thing of its own that is not that one ("每张保单平均有 25 个条款"): two counted things.
    A said count whose sentence does not name the claim's thing may still be about it ("三千条样本"
    against "标注数据 3 万条")."""
    head = CLAUSE_CUT.split(f"{claim.head} {claim.q.subject}")[-1].strip()
    thing = re.search(r"[\u4e00-\u9fff]{2}$", head)  # a Chinese noun ends its phrase: 保单
    if thing is None or thing.group() not in sentence:
        return False
    return not nouns_meet(noun, {thing.group()} | _noun_groups(head))


def _stock_and_flow(said: Side, claim: Side, question: str) -> bool:
    """An amount told per period (a flow: "1,200 meetings a week") and one told without a
    period (a set: "we replayed 500 meetings", "a 900-PR audit") are different measures, unless
    the question asks how much passes through ("How much traffic?": a bare count is a flow)."""
    if not (said.kind.startswith("amount") and claim.kind.startswith("amount")):
        return False
    if bool(said.per) == bool(claim.per):
        return False
    if said.per:  # the claim's own period may be unsaid ("日处理发票约 2 万张"), but a set
        return claim.q.role == "sample_size"  # measured on ("150 historical releases") is no flow
    asked = f"{question} {said.sentence}"
    periods = ("flow_cue", *(f"per_{p}" for p in ("day", "week", "month", "year")))
    return not any(vocab()[f"numbers.{name}"].search(asked) for name in periods)


_ENDS_CHANGE = re.compile(r"(?i)\bto\s*$|(?:降到|降至|提到|提升到|到)\s*$")
_OF_THOSE = re.compile(r"(?i)\s*of (?:those|them|these|that|the rest)\b|\s*(?:其中|里面)")
_LABEL = re.compile(r"^\s*(?P<l>[A-Za-z][\w /-]{1,30}?|[\u4e00-\u9fff]{2,8})\s*[:：]")


def _label_family(said: Side, sentence: str) -> str:
    """The measure a sentence is labelled with ("Coverage: the model auto-approves about 40%")."""
    from interviewer.quantities.subject import family_of

    m = _LABEL.match(sentence)
    return family_of(m.group("l")) if m else ""


def _family_near(side: Side) -> str:
    """The measure named right after the number when the reader found none ("at 0.4%
    false-positive rate")."""
    from interviewer.quantities.subject import family_of

    if not side.tail or _NEGATED_MEASURE.search(side.tail):
        return ""  # "had no factual errors": the share that went right, not an error rate
    if side.q.unit == "%" and _POPULATION.match(side.tail):
        return ""  # "half the tickets to the right place": the things a share is taken of
    return family_of(side.tail.replace("-", " "))


_LABOUR_COST = frozenset({"cost", "workload"})
#: Classifiers that say what kind of thing is counted when no noun follows (not 个: anything).
_CLASSIFIERS = frozenset("条篇份张家通道单")
#: The things a share is a share of ("half the tickets", "seven in ten of our calls").
_POPULATION = re.compile(r"(?i)^\s*(?:of\s+)?(?:the|our|all|those|these|its|their)\s+[a-z]")
_VARIANT = re.compile(
    r"(?i)\b(rouge|bleu|recall|precision|hit|top|ndcg|map|mrr|acc|accuracy|pass)"
    r"\s*[@-]?\s*(\d+|l|lsum|k)\b"
)


def _variants(text: str) -> dict[str, str]:
    """Metric name → its variant ("rouge" → "1", "recall" → "10")."""
    return {m.group(1).lower(): m.group(2).lower() for m in _VARIANT.finditer(text)}


def _purpose(sentence: str) -> str:
    train = vocab()["numbers.train_cue"].search(sentence) is not None
    serve = vocab()["numbers.serve_cue"].search(sentence) is not None
    return "train" if train and not serve else "serve" if serve and not train else ""


def _other_type(said: Side, claim: Side) -> str:
    """Another type of quantity than the claim's, though the kinds agree: a rating against a
    share, a breakdown of a population against a rate, a test set against training data."""
    a, b = said.q, claim.q
    if interval(said) != interval(claim):
        return "interval vs level"  # "GPS pings every 30 seconds" is no level of an ETA error
    if interval(said) and not numbers.same_measure(a, b):
        return "another interval"  # pings every 30 s are no index refreshed every 15 minutes
    if a.unit == "" and b.unit in ("%", "pp") and max(a.value, a.baseline or 0) <= 10:
        if vocab()["numbers.rating"].search(f"{said.head} {a.subject} {said.tail}"):
            return "rating vs share"  # "医生打分从 4.4 掉到 4.1" is no share of answers
    if a.unit in ("%", "pp") and _breakdown(said) and not _breakdown(claim):
        return "breakdown"  # "60% of the complaints came from the app": what they are, not a rate
    if said.kind.startswith("amount") and {_data_use(said), _data_use(claim)} == {"test", "train"}:
        return "test vs training data"  # "a 1200-item test set" is no "80k pairs to fine-tune on"
    return ""


_NUMERAL = re.compile(
    r"(?i)\d|[零一二两三四五六七八九十半]|\b(?:a|an|one|two|three|four|five|six|ten|fifteen|twenty|thirty"
    r"|forty|fifty|sixty|ninety|half|couple|few)\b"
)


def interval(side: Side) -> bool:
    """A duration told as how often something happens ("every 30 seconds", "at 5-minute
    intervals", 每 10 秒一次): a sampling interval or a cadence, another kind of quantity than a
    level of the measure (an error, a delay) a claim states."""
    if side.kind not in ("time", "span"):
        return False
    numeral = _NUMERAL.search(side.q.text)
    lead = side.q.text[: numeral.start()] if numeral else ""
    at = side.sentence.find(side.q.text)
    before = (side.sentence[max(0, at - 24) : at] if at >= 0 else side.head[-24:]) + lead
    after = side.sentence[at + len(side.q.text) :][:12] if at >= 0 else side.tail[:12]
    pattern = vocab()["numbers.interval"]
    return bool(pattern.search(before) or (_UNIT_END.search(side.q.text) and pattern.search(after)))


#: The said span ends in its unit of time, so what follows may name the interval ("10 秒一次").
_UNIT_END = re.compile(
    r"(?i)(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|ms|s|秒钟?|分钟|小时|天)$"
)


def _data_use(side: Side) -> str:
    """What an amount of data was for, as its clause says: `test` (a test or evaluation set),
    `train` (training or fine-tuning) or ``."""
    clause = f"{side.head} {side.q.subject} {side.q.text} {side.tail}"
    if vocab()["numbers.test_cue"].search(clause):
        return "test"
    if vocab()["numbers.train_cue"].search(clause):
        return "train"  # "Trained on 3 million transactions" even when read as a sample
    return ""  # "we annotated 800 pictures" is a sample, but no test set


def _breakdown(side: Side) -> bool:
    """A share told of a population followed by where its members came from or what caused
    them ("a third of the misses were scanned PDFs", "一半是节假日导致的"): a breakdown."""
    return vocab()["numbers.breakdown"].search(side.tail) is not None


def _named(context: str, claim: Quantity) -> bool:
    """The question or sentence names what the claim measures ("How precise..." / precision)."""
    counted = claim.raw_unit if claim.unit == "count" else ""
    words = vocab()["numbers.not_subject"].pattern
    subject = words.sub(" ", claim.subject) if words else claim.subject
    for per in ("day", "week", "month", "year"):
        pattern = vocab()[f"numbers.per_{per}"].pattern
        subject = pattern.sub(" ", subject) if pattern else subject
    named = _terms(f"{subject} {claim.family} {counted}", drop_generic=True)
    if named and named & _terms(context, drop_generic=True):
        return True
    from interviewer.quantities.subject import family_of

    # "节省了多少成本？" names the family of "每年节省外包录入费用约 160 万元" (cost) in other words;
    # a claim whose subject was cut short ("Cut new-hire") has its family in its own words
    family = claim.family or family_of(claim.text)
    return bool(family) and family_of(context) == family


def _in_claim(said: Quantity, claim: Side) -> bool:
    """What the said number is about appears in the claim's own line ("300 GB of logs" / "Ingests
    3 TB of logs per day")."""
    mine = _subject_terms(said)
    return bool(mine and mine & _terms(claim.sentence, drop_generic=True))


def _subject_terms(q: Quantity) -> set[str]:
    subject = vocab()["numbers.not_subject"].pattern
    text = subject.sub(" ", q.subject) if subject else q.subject
    text = _PERIOD_WORDS.sub(" ", text)  # "a month to roughly seven": a period, not a measure
    return _terms(text, drop_generic=True)


def specific(q: Quantity) -> bool:
    """The said number names its own measure (not a bare "About 450." or "It's 2 hours")."""
    return bool(q.family or _subject_terms(q))


def _strength(said: Side, claim: Side, context: str, unique: bool, question: str = "") -> int:
    """How sure a pairing is: 3 the same measure by name, 2 the question names it, 1 a fact the
    project has one of, 0 not paired (`question`: the question alone, for the stage a span
    naming nothing of its own is the length of)."""
    if (
        numbers.same_measure(said.q, claim.q)
        or nouns_meet(_noun(said.q), _noun(claim.q))
        or _counted_after(said, claim)
    ):
        return 3
    own_rate = said.kind == claim.kind == "qps" and bool(said.q.raw_unit or said.q.family)
    fits = derived_change(said.q, claim.q) and claim.q.family in _DERIVED_FAMILIES.get(
        said.kind, ()
    )  # "from 2,000 to 4,000 a second" against "throughput 3x": a rate of requests is throughput
    if _outcome_of(said, claim) or own_rate or fits:
        return 2  # requests a second: a project's throughput, whatever its line also names
    named_after = bool(
        claim.tail and _terms(claim.tail, drop_generic=True) & _terms(context, drop_generic=True)
    )  # "at 0.4% false-positive rate": the measure is named after the number
    if (
        _named(context, claim.q)
        or named_after
        or _in_claim(said.q, claim)
        or _same_start(said.q, claim.q)
    ):
        return 2
    if said.kind == "span" and _stage_asked(said, claim, question):
        return (
            0  # "How long did the A/B run?" — "Three weeks.": a stage's length, not the project's
        )
    single = said.kind in SINGLE and (
        said.kind != "span"
        or (
            vocab()["numbers.project_time"].search(context) is not None
            and (not _activity(said.q) or _in_claim(said.q, claim))
        )
    )
    if single or (
        unique and _typed(said.q) and not specific(said.q) and not _elsewhere(said, claim)
    ):
        return 1
    return 0


def _activity(q: Quantity) -> bool:
    """A span told about some activity other than the project ("two weeks to label", "标注数据
    花了两周"), not "from kickoff to launch" or "前后两年"."""
    if q.family and q.family != "duration_measure":
        return False  # "Precision 0.62 to 0.84, … all of it in two months": the sentence's metric
    project = vocab()["numbers.project_time"].pattern
    subject = project.sub(" ", q.subject) if project else q.subject
    return bool(_subject_terms(q.model_copy(update={"subject": subject})))


def _stage_asked(said: Side, claim: Side, question: str) -> bool:
    """A span naming nothing of its own ("Three weeks.", 两个月左右) answering a question about
    how long a stage of the work took ("How long did the A/B run?", 标注花了多久？) is that
    stage's length: it meets a claim about the same stage ("Annotated … over 8 weeks"), not the
    project's span; so is one whose own clause names the stage ("做了两周 A/B"). A span that
    names its own subject is read by that (`_activity`)."""
    if _activity(said.q):
        return False
    stage = vocab()["numbers.stage"]
    own = f"{said.head} {said.q.text} {said.tail}"  # "做了两周 A/B": the stage in its own clause
    named = stage.search(question) is not None or stage.search(own) is not None
    return named and stage.search(claim.sentence) is None


def _threshold_asked(said: Side, claim: Side, question: str) -> bool:
    """A figure answering a question that asks where a rule draws its line ("What threshold
    did you use?", "Cut-off for auto-approve?", 相似度阈值设的多少？) is that line, not a level
    the work reached; it meets only a claim that is itself a threshold. A figure naming the
    claim's own measure ("…and precision ended at 84%") is still a level."""
    if said.kind not in ("rate", "time") or is_delta(said.q):
        return False
    asks = vocab()["numbers.threshold_ask"]
    if asks.search(question) is None or asks.search(claim.sentence) is not None:
        return False
    return not (said.q.family and said.q.family == claim.q.family)


def _same_start(said: Quantity, claim: Quantity) -> bool:
    """A change told from the claim's own starting point ("from 61% ... to 72%" against
    "61% → 83%") is about the same measure."""
    if said.baseline is None or claim.baseline is None or said.unit != claim.unit:
        return False
    return abs(said.baseline - claim.baseline) <= 0.005 * max(abs(claim.baseline), 1e-9)


def _typed(q: Quantity) -> bool:
    """The unit says what kind of measure it is (a bare "four" or "600 条" does not)."""
    return q.unit not in ("", "count") or bool(_noun(q))


def _elsewhere(said: Side, claim: Side) -> bool:
    """The number's clause names something the claim does not ("Bias stayed within 2%")."""
    words = vocab()["numbers.not_subject"].pattern
    head = words.sub(" ", said.head) if words else said.head
    mine = _terms(head, drop_generic=True)
    return bool(mine) and not mine & _terms(claim.sentence, drop_generic=True)


def any_change(said: Side) -> bool:
    """A change told by its size alone, naming no measure of a family ("提升了 15%", "It went
    up by a third", 整体效果提升了 20%)."""
    return said.q.unit in ("%", "pp", "x") and is_delta(said.q) and not specific(said.q)


def _the_one_change(said: Side, claims: list[Side], question: str) -> list[tuple[Side, Side]]:
    """A bare change answers for the project's one claimed change ("提升了多少？" / "提升了
    15%" against "准确率从 61% 提升到 87%"), unless the question names another measure."""
    from interviewer.quantities.subject import family_of

    changes = [c for c in claims if c.q.baseline is not None or is_delta(c.q)]
    changes = [c for c in changes if c.kind == "rate" or said.q.unit in ("%", "x")]
    if len(changes) != 1:
        return []
    asked = family_of(question)
    if asked and changes[0].q.family and asked != changes[0].q.family:
        return []
    return [(said, changes[0])]


def _hours(q: Quantity) -> float:
    value = q.result if q.result is not None else q.value
    return value / 3_600_000 if q.unit == "ms" else value


def _near_in_size(a: Quantity, b: Quantity) -> bool:
    """A span and a process time may be one measure told in other words ("from 3 weeks to 4
    days"), not fourteen months against a 150 ms p95: within a thousandfold."""
    x, y = abs(_hours(a)), abs(_hours(b))
    return bool(x and y) and max(x, y) / min(x, y) <= 1000


def _priced(said: Side, claims: list[Side], context: str) -> list[tuple[Side, Side]]:
    """A figure told per period with no counted thing ("每月三万左右。" to "成本？") is the money
    claim per period the question names, when there is exactly one."""
    if said.q.unit not in ("", "count") or said.q.raw_unit:
        return []
    out = [
        (replace(said, q=said.q.model_copy(update={"unit": c.q.unit})), c)
        for c in claims
        if c.kind == "money" and c.per and _strength(said, c, context, False) >= 2
    ]
    return out if len(out) == 1 else []


#: Kinds a level naming no measure is compared with every claim of (see `_any_of_its_kind`).
_UNNAMED_KINDS = frozenset({"rate", "time"})


def _any_of_its_kind(said: Side, alike: list[tuple[Side, Side, bool]]) -> list[tuple[Side, Side]]:
    """A level that names no measure ("现在大概八成吧", "about two seconds now") where the project
    claims several of its kind: it is about one of them, so it is paired with all of them and
    contradicts only if it squares with none."""
    if said.kind not in _UNNAMED_KINDS or specific(said.q) or is_delta(said.q):
        return []
    if said.q.unit == "" or said.q.role not in ("result", "other"):
        return []
    same = [(s, c) for s, c, weak in alike if not weak and c.kind == said.kind]
    same = [(s, c) for s, c in same if c.q.role not in ("baseline", "intermediate")]
    return same if len(same) >= 2 else []


def _score_and_count(a: float, b: float) -> bool:
    """Two unitless values where one is a score below 1 and the other a count in the hundreds or
    more: different measures, whatever the sentence says."""
    low, high = min(a, b), max(a, b)
    return 0 < low < 1 and high >= 100


def candidates(said: Side, claims: list[Side], question: str) -> list[tuple[Side, Side]]:
    """(said, claim) pairs `said` may be about, the strongest evidence only. Weaker readings
    pair only when the question or sentence names the claim's measure: a bare number taking
    the claim's unit ("About 450." to a question about a p95 in ms), a multiple ("doubled")
    or a percentage change ("dropped 60%") against any claimed change."""
    context = f"{said.sentence} {question}"
    alike: list[tuple[Side, Side, bool]] = []
    for c in claims:
        s, any_kind = said, said.q.unit in ("x", "%") and is_delta(said.q)
        weak = any_kind
        bare = said.q.unit == "" or (said.q.unit == "count" and not _noun(said.q))  # 至少五个
        bare = bare and not _ENDS_CHANGE.search(said.head)  # "from 60 hours a week to 25"
        if bare and c.q.unit in _BORROWED and said.q.value > 1 and c.q.unit != said.q.unit:
            s, weak = replace(said, q=said.q.model_copy(update={"unit": c.q.unit})), True
        # a process can take weeks ("onboarding from 3 weeks to 4 days"): a time and a span
        # meet when the question or sentence names the claim's measure
        mixed = {s.kind, c.kind} == {"span", "time"} and _near_in_size(s.q, c.q)
        if s is said and s.kind == c.kind == "time" and not _near_in_size(s.q, c.q):
            continue  # "for a few hours" is no 50 ms p99
        derived = derived_change(said.q, c.q)  # "from 2,000 to 4,000 a second" against "3x"
        s = said if derived else s
        if (s.kind == c.kind or any_kind or mixed or derived) and not _differ(
            s, c, said.sentence, question
        ):
            alike.append((s, c, weak or mixed or derived))
    unique = len([c for _, c, weak in alike if not weak]) == 1
    own = f"{said.head} {said.q.text} {said.tail} {question}"  # a span meets a time by name
    scored = [
        (_strength(s, c, context, unique and not weak, question), s, c)
        for s, c, weak in alike
        if not weak
        or _strength(
            s, c, own if {s.kind, c.kind} == {"span", "time"} else context, False, question
        )
        >= 2
    ]
    best = max((n for n, _, _ in scored), default=0)
    priced = _priced(said, claims, question) if said.per else []
    if priced:
        return priced
    if best == 0 and any_change(said):
        return _the_one_change(said, claims, question)
    if best == 0 and said.per:  # "每周三千张" and one claim told per period: a volume
        periodic = [(s, c) for s, c, weak in alike if c.per and not weak]
        return periodic if len(periodic) == 1 else []
    if best == 0:
        return _any_of_its_kind(said, alike)
    out = [(s, c) for n, s, c in scored if n == best and n > 0]
    if is_delta(said.q):  # "cut it by a third" is about a claimed change, if one is in play
        changes = [(s, c) for s, c in out if c.q.baseline is not None or is_delta(c.q)]
        out = changes or out
    return out


def why_unpaired(said: Side, claims: list[Side], question: str) -> str:
    """Why `said` met no claim (bench diagnostics): the rules that told it apart from each claim
    of its kind (`family`, `stock vs flow`, …), `no evidence` when nothing said they differ but
    nothing said they are the same, or `no claim of its kind`."""
    context = f"{said.sentence} {question}"
    why: set[str] = set()
    for c in claims:
        s = said
        bare = said.q.unit == "" or (said.q.unit == "count" and not _noun(said.q))
        if bare and c.q.unit in _BORROWED and said.q.value > 1 and c.q.unit != said.q.unit:
            s = replace(said, q=said.q.model_copy(update={"unit": c.q.unit}))
        mixed = {s.kind, c.kind} == {"span", "time"}
        if s.kind != c.kind and not mixed:
            continue
        if s.kind == c.kind == "time" and not _near_in_size(s.q, c.q):
            why.add("time of another size")
            continue
        reason = differ_why(s, c, said.sentence, question)
        if reason == "counted thing":  # which words could have joined them
            na, nb = _named_noun(_noun(s.q)), _named_noun(_noun(c.q))
            asked = bool(nb & _terms(question, drop_generic=False))
            in_line = bool(na & _terms(c.sentence, drop_generic=False))
            reason += f" [{'q' if asked else '-'}{'l' if in_line else '-'}{len(na)}{len(nb)}]"
        if reason:
            why.add(reason)
        elif _strength(s, c, context, False, question) == 0:
            flags = (
                ("S" if specific(s.q) else "-")
                + ("E" if _elsewhere(s, c) else "-")
                + ("F" if s.q.family else "-")
                + ("C" if c.q.family else "-")
                + ("D" if is_delta(s.q) else "-")
                + str(sum(1 for o in claims if o.kind == c.kind))
            )
            why.add(f"no evidence [{flags}]")
    if not why:
        kinds = "/".join(sorted({c.kind for c in claims}))
        return f"no claim of its kind (claims: {kinds})"
    return "/".join(sorted(why))
