"""Numbers said now that cannot be squared with the résumé or an earlier answer.

Only quantities that are facts about the work are compared (results, team size, duration,
cost, hardware, counts, data and sample sizes). A said number meets a claim of the same kind of
measure (a rate, a process time, a project's span, money, people, GPUs, model size, an amount of
things) when nothing says they differ (another family of measure, another statistic, another
counted thing, a wider group) and something says they are the same: the quantities module's
`same_measure`, the counted noun, the question or sentence naming the claim's measure, a fact a
project has only one of (its team, its span, its GPUs, its model), or a bare number answering a
question whose project claims only one measure of that kind. Spoken answers lean on the
question: "About 450." to "How fast is search now?" is the p95 asked about, "before it was
0.9 s" a baseline, "we saved 15k" a change, "added 150 more" an addition. When an answer gives
several values of one claimed measure, the last is its headline and the earlier ones are steps
on the way; when it gives several team sizes and one is the claimed team, the rest are other
groups. `values.values_agree` decides whether two values of one measure can be squared.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Literal

from interviewer.quantities.vocab import vocab as quantity_words
from interviewer.quantities.vocab import words_pattern
from interviewer.quantities.words import find as spelled_numbers
from interviewer.reading import disowned, numbers
from interviewer.reading.discussed import projects_discussed
from interviewer.reading.model import Conflict, Quantity, Span
from interviewer.reading.pairing import candidates, why_unpaired
from interviewer.reading.relevance import terms_of
from interviewer.reading.said import (
    CLAUSE_CUT,
    MONEY,
    SINGLE,
    TO,
    Side,
    after_start,
    as_said,
    chained,
    figure_at,
    from_to,
    join_start_and_level,
    number_at,
    side_of,
    trial,
)
from interviewer.reading.text import sentence_spans, unfill
from interviewer.reading.values import is_delta, on_path, values_agree, within
from interviewer.reading.vocab import require, vocab
from interviewer.types import Resume

require(
    "numbers",
    "saved",
    "bare_number_hedge",
    "plus_self",
    "pilot",
    "subgroup",
    "now_cue",
    "users_cue",
    "transient",
    "one_cause",
    "recovered",
    "early_step",
    "went_on",
    "still_there",
    "team_of_one",
    "team_of_two",
    "team_topic",
    "just_over",
    "whole_work",
    "team_total",
    "rule_if",
    "rule_over",
    "rule_then",
    "rule_select",
    "rule_select_then",
    "episode",
    "episode_question",
    "named_part",
    "sample",
    "labour_share",
    "split_test",
    "split_population",
    "ordinal_person",
    "change_period",
    "change_period_after",
    "not_done",
)


#: Words that make a number approximate ("about", 大约, 将近): one list, the quantities
#: vocabulary's (interviewer/data/quantities.yaml `about`), for every pattern here that allows them.
_ABOUT = words_pattern(quantity_words().data.about)
#: Words that tell a change's direction in the said clause itself ("went up", 涨了, reduced).
_DIRECTION = {
    "up": re.compile(words_pattern(quantity_words().data.up), re.I),
    "down": re.compile(words_pattern(quantity_words().data.down), re.I),
}


def resume_claims(resume: Resume | None, project: str | None, answer: str) -> list[Side]:
    """Quantities of the résumé lines about the project under discussion (or named in the answer)."""
    out: list[Side] = []
    for p in projects_discussed(resume, project, answer):
        for bullet in p.bullets:
            out += _line_claims(bullet)
    return out


@lru_cache(maxsize=4096)
def _line_claims(bullet: str) -> tuple[Side, ...]:
    """The claims of one résumé line (read once: the same lines come back answer after answer)."""
    found = [q for q in numbers.extract(bullet) if q.role in numbers.COMPARED_ROLES]
    sides = [
        _counted(
            _qps(_with_self(_crowd(side_of(bullet, _saving(bullet, _claimed_level(q, found))))))
        )
        for q in found
    ]
    return tuple(sides + _team_total(sides))


def _claimed_level(q: Quantity, line: list[Quantity]) -> Quantity:
    """A résumé line states levels: a number read as a step on the way ("召回率 95%，误杀率 0.8%")
    is the level claimed unless the line tells a path (a starting point in its unit)."""
    if q.role != "intermediate" or q.baseline is not None:
        return q
    if any(o.unit == q.unit and (o.baseline is not None or o.role == "baseline") for o in line):
        return q
    return q.model_copy(update={"role": "result"})


def _headline(q: Quantity) -> Quantity:
    """A said change from → to ("最后大概是七成五，比原来的六成八好一些") is where it ended, not a
    starting point, whatever else the sentence says about before."""
    if q.role == "baseline" and q.baseline is not None and q.result is not None:
        return q.model_copy(update={"role": "result"})
    return q


def _as_meant(text: str, side: Side) -> Side:
    """What a said number measures, where the reader of numbers left it open: a level told as
    now ("以前两天，现在半小时") or reached ("到 34.2") is a level; one followed by "to …" whose
    end was not read as a number ("thirty k to eight") is a starting point; a count told per
    second is a rate of requests; a crowd of people (四万五千人) is a number of people served,
    not a team; "five other engineers" is a team of six with the speaker."""
    q = side.q
    if q.baseline is not None and vocab()["numbers.one_cause"].search(f"{side.head} {q.text}"):
        q = q.model_copy(update={"role": "intermediate"})  # "batching alone took it from…"
    if q.baseline is None and q.result is None and q.role != "baseline" and _told_from(text, side):
        update: dict[str, object] = {"role": "baseline"}  # "从百分之五做到了全覆盖": a start
        if q.bound == "exact":  # "from just over a week": the start is a bound
            update["bound"] = _qualified(
                unfill(text)[max(0, q.start - 40) : q.start] + _before(side)
            )
        q = q.model_copy(update=update)
    if (
        q.direction
        and q.result is None
        and q.baseline is None
        and _REACHED_LEVEL.search(_before(side))
    ):
        q = q.model_copy(update={"result": q.value})  # "加了缓存之后降到两秒半": a level reached
    if (
        q.role == "baseline"
        and q.baseline is None
        and q.result in (None, q.value)
        and _REACHED_LEVEL.search(_before(side))
        and not vocab()["numbers.baseline_cue"].search(side.sentence)
    ):
        q = q.model_copy(update={"role": "result"})  # "Accuracy reached 79", asked before/after
    if q.role not in ("baseline", "intermediate") and _opens_before(side):
        q = q.model_copy(update={"role": "baseline"})  # "微调之前，直接用基座模型，F1 是 0.65"
    q = _step_or_headline(text, side, q)
    q = _just_over(side, q)
    if q.role == "baseline" and q.baseline is None and _now(side):
        q = q.model_copy(update={"role": "result"})
    if q.direction and q.baseline is None and _HEDGE.search(side.head):
        q = q.model_copy(update={"direction": None, "result": None})  # "more like six": a level
    if q.unit == "pp" and q.baseline is None and q.result is None and _REACHED.search(side.head):
        q = q.model_copy(update={"result": q.value, "direction": None})
    elif (
        q.baseline is None
        and q.result is None
        and q.role != "baseline"
        and _GOES_ON.match(side.tail)
    ):
        q = q.model_copy(update={"role": "baseline"})
    if q.unit in ("count", "") and _POINTS.match(q.raw_unit or ""):
        q = q.model_copy(update={"unit": "pp", "raw_unit": ""})  # 提升了十个点: points, not things
    elif q.unit in ("count", "") and (_EVENT_END.search(q.text) or _EVENT_START.match(side.tail)):
        q = q.model_copy(update={"unit": "count", "raw_unit": "次"})  # 调了四十多次: occurrences
    elif q.unit in ("count", "") and (
        _PER_SECOND.match(side.tail) or _PER_SECOND_BEFORE.search(_before(side))
    ):
        q = q.model_copy(update={"unit": "qps"})
    elif q.unit == "" and q.value >= 1 and (noun := _PLURAL.match(side.tail)):
        q = q.model_copy(update={"unit": "count", "raw_unit": noun.group(1)})
    side = replace(side, q=q) if q is not side.q else side
    return _qps(_with_self(_crowd(side)))


_OPENER = re.compile(r"^[^,，:：;；]{1,24}[,，:：]")


def _opens_before(side: Side) -> bool:
    """A level in a sentence that opens with a starting-point clause ("Before we fine-tuned
    anything, …", "微调之前，…") and tells no level now and no change: the start, however
    far the number is from the cue. Not "Initially, …": that opens a story of steps."""
    q = side.q
    if q.baseline is not None or q.result is not None or q.direction:
        return False
    opener = _OPENER.match(side.sentence.strip())
    if not opener or side.sentence.find(q.text) < opener.end() - 1:
        return False
    v = vocab()
    return (
        v["numbers.start_opener"].search(opener.group()) is not None
        and v["numbers.now_cue"].search(side.sentence) is None
        and _GOES_TO.search(side.sentence[opener.end() :]) is None
        # "改之前91%，改之后97.5%": a later clause opens its own frame
        and not after_start(side.sentence, figure_at(side.sentence, q))
    )


_BROUGHT_TO = re.compile(
    r"(?i)(?:\b(?:got|brought|took|pushed|moved|lifted|raised|cut|dropped)\s+(?:it|us|them|that|"
    r"this|things|accuracy|recall|latency|the\s+\w+)\s+(?:up\s+|down\s+|all the way\s+)?to|"
    r"\breached|(?:后|之后|以后)?(?:到了|达到了?|做到了?|提到了?|提升到了?|降到了?|降至|升到了?|涨到了?|压到了?))"
    r"\s*(?:" + _ABOUT + r")?\s*$"
)


_WHAT_WAS_DONE = re.compile(
    r"(?i)\b(?:actually|in the end|ended|ended up|got|reached|hit)\b|实际|最后|最终|结果|现在|目前"
)


def _not_done(side: Side) -> bool:
    """A figure told as a plan, a hope, a target or what one would do with more time ("If I had
    more time I'd get p99 under 40 ms", "the goal for next year is 200 customers", 计划三个月做完,
    要是再给我两个月，我想把召回率做到 95%) is no fact about the work: it contradicts nothing.
    The cue counts in the number's own clause, or opening its sentence ("If we had another
    quarter, …") when the number's clause does not tell what was done ("实际拖到了半年")."""
    cue = vocab()["numbers.not_done"]
    numeral = _FIRST_NUMERAL.search(side.q.text)
    own = f"{side.head} {side.q.text[: numeral.start()] if numeral else ''}"
    if cue.search(own):
        return True
    opener = CLAUSE_CUT.split(side.sentence.strip(), maxsplit=1)[0]
    return (
        side.sentence.find(side.q.text) > len(opener)
        and cue.search(opener) is not None
        and _WHAT_WAS_DONE.search(own) is None
    )


def _loose_start(text: str, sides: list[Side]) -> list[Side]:
    """A level told plainly and then, later in the same sentence, a level of the same unit told
    as reached ("the legacy rules were at around 55%, and the model got it to 90", "原有系统约为
    60%，替换后达到 93%") is a change told without "from": the first is where it started. Not
    when the first is itself reached ("took it to 68, … got us up to 79": steps), nor when the
    two name different families of measure."""
    out = list(sides)
    for k in range(1, len(out)):
        prev, side = out[k - 1], out[k]
        p, q = prev.q, side.q
        if (
            prev.sentence == side.sentence
            and p.unit == q.unit
            and p.start < q.start
            and p.baseline is None
            and q.baseline is None
            and p.role in ("result", "intermediate", "other", "baseline")
            and not p.direction
            and not (p.family and q.family and p.family != q.family)
            and not _REACHED_LEVEL.search(_before(prev))
            and not _FROM_LOOSE.search(_before(prev))
            and _BROUGHT_TO.search(_before(side))
            and CLAUSE_CUT.search(text[p.end : q.start])
            and not _now(prev)
        ):
            out[k - 1] = replace(prev, q=p.model_copy(update={"role": "baseline", "result": None}))
    return out


def _steps_joined(text: str, sides: list[Side]) -> list[Side]:
    """A change joined from its start and level ("took us from 68 to about 80") followed by the
    measure moving on ("then the classifier got the rest") is a step, like a level would be."""
    out = []
    for side in sides:
        q = side.q
        if q.baseline is not None and q.role == "result" and not _now(side):
            after = text[q.end : q.end + 60]
            v = vocab()
            moved_on = v["numbers.went_on"].search(after) and not v["numbers.still_there"].search(
                after
            )
            # "Dedup alone got us from 61 to like 70": one cause's share, however the change
            # was joined from its start and end
            if moved_on or v["numbers.one_cause"].search(f"{side.head} {q.text}"):
                side = replace(side, q=q.model_copy(update={"role": "intermediate"}))
        out.append(side)
    return out


def _step_or_headline(text: str, side: Side, q: Quantity) -> Quantity:
    """A level told at an early point ("by the first milestone we'd hit 74", 一开始就到了 70%) or
    followed by the same measure moving on ("phase two to 1.8", 后面加了重排才上去) is a step,
    checked against the claimed path; one followed by "and it stayed there" / 目前就是这个水平
    is where things ended, whatever made it look like a step."""
    v = vocab()
    after = text[q.end : q.end + 60]
    if q.role == "intermediate" and v["numbers.still_there"].search(after):
        return q.model_copy(update={"role": "result"})
    rest = _SENTENCE_REST.split(after, maxsplit=1)[0]
    if (
        q.role == "baseline"
        and q.baseline is None
        and v["numbers.still_there"].search(rest)
        and not v["numbers.went_on"].search(rest)
        and not v["numbers.now_cue"].search(rest)
    ):
        # "一开始做了 8 个地市，后来也没再扩", "started with 2 markets and never expanded": a
        # start that never changed is the level throughout
        return q.model_copy(update={"role": "result"})
    reached = (
        q.role == "baseline" and _REACHED_LEVEL.search(_before(side)) is not None
    )  # 一开始就到了
    level = q.role in ("result", "other") or (q.role == "count" and side.kind == "rate")
    if q.baseline is not None or not (level or reached) or _now(side):
        return q
    if v["numbers.still_there"].search(after):
        return q
    early = v["numbers.early_step"].search(f"{CLAUSE_CUT.split(side.head)[-1]} {q.text}")
    if early or v["numbers.went_on"].search(after):
        return q.model_copy(update={"role": "intermediate"})
    return q


_SENTENCE_REST = re.compile(r"[。！？!?]|\.(?=\s|$)")


#: Words telling a level reached or where things came to rest ("ended up around 450 ms",
#: "settled at 0.8", 最后落在七分钟): a level, not a change by that much.
_REACHED_LEVEL = re.compile(
    r"(?i)(?:\bto|\breached|\bhit|\b(?:ended|end|ending|wound)\s+up(?:\s+(?:at|with))?"
    r"|\b(?:settled|landed|levelled|leveled)(?:\s+(?:off|out))?\s+(?:at|on)"
    r"|到了?|至|达到了?|落在|稳定在|停在)\s*(?:" + _ABOUT + r")?\s*$"
)


def _qualified(before: str) -> str:
    """The bound the words right before a start give it ("just over", 不到, "roughly")."""
    m = _FROM_LOOSE.search(before)
    words = m.group(0).lower() if m else ""
    if re.search(r"\b(?:over|above|more than)\b|多于|超过", words):
        return "at_least"
    if re.search(r"\b(?:under|below|less than)\b|不到", words):
        return "at_most"
    if re.search(r"(?i)\b(?:maybe|like)\b|" + _ABOUT, words):  # spoken hedges too
        return "about"
    return "exact"


#: How far "a bit over" reaches: a share of the figure, or points of a percentage.
JUST_OVER_SHARE = 0.15
JUST_OVER_POINTS = 3.0


def _just_over(side: Side, q: Quantity) -> Quantity:
    """ "A bit over a million", "just over 80%", 一万出头: a little above, not any amount above
    (a floor that reaches at most a share of the figure further)."""
    if q.bound != "at_least" or q.baseline is not None or q.result is not None:
        return q
    if not vocab()["numbers.just_over"].search(f"{_before(side)} {q.text} {side.tail[:4]}"):
        return q
    reach = JUST_OVER_POINTS if q.unit in ("%", "pp") else JUST_OVER_SHARE * abs(q.value)
    return q.model_copy(update={"bound": "range", "low": q.value, "high": q.value + reach})


def _before(side: Side) -> str:
    """The words right before the numeral ("…就到了" of "只改 prompt 就到了 70%")."""
    numeral = _FIRST_NUMERAL.search(side.q.text)
    inside = side.q.text[: numeral.start()] if numeral else ""
    return f"{side.head} {inside}" if inside else side.head


def _told_from(text: str, side: Side) -> bool:
    """A number told as where a change started, however it is qualified or spelled ("from under
    half of the services to every one", "覆盖率从百分之五做到了全覆盖")."""
    numeral = _FIRST_NUMERAL.search(side.q.text)
    inside = side.q.text[: numeral.start()] if numeral else ""
    head = unfill(text)[max(0, side.q.start - 40) : side.q.start]  # fillers may split clauses
    if not _FROM_LOOSE.search(f"{head}{inside}"):
        return False
    at = side.sentence.find(side.q.text)
    rest = side.sentence[at + len(side.q.text) :] if at >= 0 else side.tail
    return _GOES_TO.search(rest) is not None  # not "stripped the headings from half the articles"


_FIRST_NUMERAL = re.compile(
    r"(?i)(?<![A-Za-z\d])\d|百分之|[零一二两三四五六七八九十半]|\b(?:one|two|three|four|five|six|seven|eight|nine"
    r"|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|a third|a quarter)\b"
)
_GOES_TO = re.compile(r"(?i)\bto\b|->|→|到|至")
_FROM_LOOSE = re.compile(
    r"(?i)(?:\bfrom|从|由)[\s,，]*(?:(?:about|around|roughly|nearly|almost|just|under|over|below"
    r"|above|less than|more than|maybe|like|i'd say|i would say|i think|i guess|say|um|uh|you know"
    r"|不到|将近|接近|大约|大概|约|差不多|我记得|应该是|嗯)[\s,，]*)*$"
)


def _qps(side: Side) -> Side:
    """A bare figure named as a request rate ("峰值 QPS 5000", "throughput is 600", "峰值 QPS 从
    1200 提升到 5000") is requests a second, whatever unit the number reader left it."""
    q = side.q
    if q.unit == "" and not is_delta(q) and q.value >= 1 and _RATE_NAME.search(q.subject):
        return replace(side, q=q.model_copy(update={"unit": "qps"}))
    return side


def _counted(side: Side) -> Side:
    """A claimed bare figure in the hundreds or more of a measure that counts ("daily active
    users from 2,000 to 15,000", "日均处理请求从 20 万提升到 50 万", "weekly orders from 300 to
    1,100") is an amount of things, not a rate or a score (a said bare figure takes the unit of
    the claim it answers)."""
    q = side.q
    if q.unit != "" or is_delta(q):
        return side
    ends = [q.value] + ([q.baseline] if q.baseline is not None else [])
    if min(ends) >= 100 and q.family in _COUNTING_FAMILIES and not _SCORE_NAME.search(q.subject):
        named = _PERIOD_NAME.sub(" ", q.subject)  # "weekly orders": orders are counted
        named = re.split(r"(?i)\bfrom\b|从|由|\d", named)[0].strip()
        raw = named if named and len(named.split()) <= 4 else ""
        return replace(side, q=q.model_copy(update={"unit": "count", "raw_unit": raw}))
    return side


_PERIOD_NAME = re.compile(
    r"(?i)\b(?:daily|weekly|monthly|yearly|annual)\b|日均|每天|每日|每周|每月"
)
#: Families whose values in the hundreds are amounts of things (or none named at all).
_COUNTING_FAMILIES = frozenset({"", "engagement", "traffic", "tickets", "defects", "workload"})
_SCORE_NAME = re.compile(r"(?i)\b(?:elo|score|rating|points?)\b|分")


_RATE_NAME = re.compile(r"(?i)\b(?:qps|rps|tps|throughput)\b|吞吐|并发量|每秒请求")


def _crowd(side: Side) -> Side:
    """Hundreds of people (四万五千人, 1,500 staff) or people who use the thing ("used by forty
    engineers") are people served, not a team."""
    users = vocab()["numbers.users_cue"].search(f"{side.head} {side.q.text} {side.tail}")
    if side.kind == "people" and (side.q.value >= 100 or users):
        named = _NAMED_NOUN.search(side.q.raw_unit or "")  # "240 engineers" stays engineers
        raw = side.q.raw_unit if named else "people"
        q = side.q.model_copy(update={"unit": "count", "role": "count", "raw_unit": raw})
        return replace(side, q=q)
    return side


def _with_self(side: Side) -> Side:
    """ "Built with 2 other engineers", "me plus five other engineers", 我和另外两个同事: the
    others and the speaker are the team."""
    if side.kind != "people" or not _OTHERS.search(f"{side.head[-20:]} {side.q.text}"):
        return side
    if _THE_OTHER.search(f"{side.head[-12:]} {side.q.text}"):
        return side  # "and the other two did serving": a part of a team told before
    q = side.q
    return replace(side, q=q.model_copy(update={"value": q.value + 1, "direction": None}))


_REACHED = re.compile(r"(?i)(?:\bto|\breached|\bhit|到|至|达到)\s*(?:" + _ABOUT + r")?\s*$")
_GOES_ON = re.compile(
    r"(?i)^\s*(?:to|down to|up to|->|→|到|降到|降至|提到|升到|提到了|降到了)\s*"
    r"(?:(?:about|around|roughly|nearly|almost|maybe|like|just|a little|a bit|slightly|close to"
    r"|over|under|above|below|大约|大概|约|将近|接近|差不多|快)\s*)*"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|a third|a quarter|a half)\b"
    r"|[零一二两三四五六七八九十百千万半])"
)
_PER_SECOND = re.compile(
    r"(?i)^\s*(?:requests?|queries|calls|reqs?)?\s*(?:a|per|/|each)\s*(?:second|sec|s)\b|^\s*(?:次)?\s*(?:每秒|/秒)"
)
_PER_SECOND_BEFORE = re.compile(r"(?:每秒钟?|每一秒)\s*(?:大概|大约|约|能|可以|处理|有|扛|跑)*\s*$")
_EVENT_END = re.compile(r"\d\s*(?:多|余|来)?次$|[零一二两三四五六七八九十百千万](?:多|余|来)?次$")
_EVENT_START = re.compile(r"(?i)^\s*(?:多|余|来)?(?:次|遍|回)|^\s*times\b")
#: A level said as a correction of the claim ("it's more like six regional teams"), not a change.
_HEDGE = re.compile(
    r"(?i)\b(?:more like|closer to|nearer|really more like|actually more like)\s*$|更像是\s*$|其实也就\s*$"
)
#: 点 as a unit of points stands alone (十个点, 五个点左右, 3 个百分点的提升), not as the first
#: character of a counted noun (点击日志, 点位, 点赞, 点评).
_POINTS = re.compile(
    r"^\s*(?:个)?(?:百分)?点(?=$|[^\u4e00-\u9fff]|左右|多|几|的|吧|呢|啊|了|儿)"
    r"|^\s*(?:percentage )?points?\b",
    re.I,
)
_NO_NOUN = re.compile(r"^[就都也才还便]")
_BARE_CLASSIFIER = re.compile(r".*[个位名张条份]")
_NAMED_NOUN = re.compile(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{2,}")
_OTHERS = re.compile(r"(?i)\bother\b|\bmore\b|另外|其他")
#: A plural noun right after a bare number ("30 to 60 pull requests"): things counted.
_PLURAL = re.compile(
    r"(?i)^\s*((?!percent|points|seconds|minutes|hours|days|weeks|months|years|times)"
    r"(?:[a-z][a-z-]+\s+)?[a-z][a-z-]*[a-rt-z]s)\b"
)
#: A grading scale ("graded 0 to 3", 1 到 5 分), not a quantity of the work.
_SCALE = re.compile(
    r"(?i)(?:grad|scor|rat|mark|scale|打分|评分|评|分制)\w*\s*(?:from\s+|of\s+|从)?$"
)
_THE_OTHER = re.compile(r"(?i)\bthe\s+other\b|\bthe\s+\w+\s+other\b")


def _saving(line: str, q: Quantity) -> Quantity:
    """A claimed saving ("Saves the legal team about $180k a year") is the size of a change."""
    if q.direction is None and q.baseline is None and q.unit in MONEY:
        lo = max(0, line.rfind(",", 0, q.start) + 1, line.rfind(";", 0, q.start) + 1)
        if vocab()["numbers.saving_cue"].search(line[lo : q.start] + " " + q.text):
            return q.model_copy(update={"role": "result", "direction": "down", "result": None})
    return q


def _team_total(sides: list[Side]) -> list[Side]:
    """A line that counts its people by role ("2 名算法 + 1 名工程师", "2 data scientists and 1
    engineer") claims a team of their sum too."""
    people = [s for s in sides if s.kind == "people" and s.q.bound == "exact"]
    if len(people) < 2 or len({s.sentence for s in people}) > 1:
        return []
    total = sum(s.q.value for s in people)
    if any(abs(s.q.value - total) < 1e-9 for s in sides if s.kind == "people"):
        return []
    first = people[0]
    return [replace(first, q=first.q.model_copy(update={"value": total, "subject": ""}))]


def earlier_claims(exchanges: list[tuple[str, str]]) -> list[Side]:
    """Quantities of earlier answers, each about what its own words and its question name; the
    figures an answer said are not this work's come back with cond `disowned` (no claims: they
    take the same figure out of the résumé's claims and the other answers', see find_conflicts)."""
    out: list[Side] = []
    for question, answer in exchanges:
        gone = disowned.figures(answer)
        for q in numbers.extract(answer):
            if disowned.matches(q, gone):
                out.append(replace(side_of(answer, q), cond="disowned"))
            elif q.role in numbers.COMPARED_ROLES:
                side = side_of(answer, as_said(answer, q, question))
                # the question frames what the number is about ("How long is one training run?"
                # / "One run is around six hours"), whether or not the answer names it again
                subject = f"{q.subject} {question}".strip()
                side = replace(side, q=side.q.model_copy(update={"subject": subject}))
                out.append(_counted(_qps(side)))
    return out


def _owned(
    text: str, said: list[Quantity], resume: list[Side], earlier: list[Side]
) -> tuple[list[Quantity], list[Side], list[Side]]:
    """What is left once the figures the candidate disowned — in this answer or an earlier one
    ("the 4 hours to 50 minutes is not the churn model") — are taken out of every side."""
    here = disowned.figures(text)
    gone = here + [s.q for s in earlier if s.cond == "disowned"]
    if not gone:
        return said, resume, earlier
    kept = [q for q in said if not any(q.start == g.start and q.end == g.end for g in here)]
    return (
        kept,
        [s for s in resume if not disowned.matches(s.q, gone)],
        [s for s in earlier if s.cond != "disowned" and not disowned.matches(s.q, gone)],
    )


Pairs = list[tuple[Side, Side]]


def find_conflicts(
    text: str,
    said: list[Quantity],
    resume: list[Side],
    earlier: list[Side],
    question: str = "",
    trace: list[tuple[str, str]] | None = None,
) -> list[Conflict]:
    """One conflict per said quantity at most (the résumé first, then earlier answers).

    Teams told without a numeral ("it was basically just me", "me and another engineer") are
    said team sizes too, when the question or sentence is about who did the work.

    `trace`, when given, gets (kind of measure, why) for every said value and source: `unpaired`,
    the reason it squares with its claim, `restates` or `conflict` (bench diagnostics)."""
    said, resume, earlier = _owned(text, said, resume, earlier)
    meant = [
        _as_meant(text, trial(side_of(text, _headline(as_said(text, q, question)))))
        for q in spoken_levels(text, said) + teams_in_words(text, said, question)
        if q.role in numbers.COMPARED_ROLES
        and not _is_question(text, q)
        and not _is_scale(text, q)
        and not _not_an_amount(text, q)
        and not _is_rule(text, q)
        and not configured(text, q)
    ]
    meant = [s for s in meant if not _not_done(s)]
    sides = _elliptic(
        chained(
            text,
            _steps_joined(
                text, _before_and_now(_joined(text, from_to(text, _loose_start(text, meant))))
            ),
        )
    )
    out: list[Conflict] = []
    done: set[int] = set()
    one_occasion = vocab()["numbers.episode_question"].search(question) is not None
    one_member = _picks_one(question)
    for source, claims in (("resume", resume), ("earlier", earlier)):
        paired = _with_starts([(s, candidates(s, claims, question)) for s in sides])
        for s, pairs in paired:
            against = _comparable(pairs)
            told = _starts_told(s, pairs)
            why = "" if id(s) in done or not against else _squares(s, told, paired)
            if not why and against and one_occasion and _of_the_occasion(s):
                why = "episode"
            if not why and against and one_member and s.kind != "people":
                why = "part asked"  # "Which region was hardest?" — "the northwest, MAPE 7%"
            if not why and against and id(s) not in done:
                why = "restates" if _restates(s, against, resume + earlier, question) else ""
            if trace is not None and claims:
                trace.append(
                    (
                        s.kind,
                        why
                        or (_unpaired(s, pairs, claims, question) if not against else "conflict"),
                    )
                )
            if id(s) in done or not against or why:
                continue
            done.add(id(s))
            out.append(_conflict(text, *against[0], source))
    return sorted(out, key=lambda c: c.said.start)


def _starts_told(s: Side, pairs: Pairs) -> Pairs:
    """Without a claimed starting point that another paired claim already starts from ("p95 to
    120 ms (down from 400 ms)": 400 is the start of 400 → 120): a said level is about where the
    change ended, so a value near the start squares nothing ("about 300 ms now")."""
    if s.q.role in ("baseline", "intermediate"):
        return pairs
    starts = [c.q.baseline for _, c in pairs if c.q.baseline is not None and c.q.role != "baseline"]
    kept = [
        (m, c)
        for m, c in pairs
        if not (c.q.role == "baseline" and c.q.baseline is None and c.q.value in starts)
    ]
    return kept or pairs


def _unpaired(s: Side, pairs: Pairs, claims: list[Side], question: str) -> str:
    """`unpaired: <why>` for the bench's trace (see `pairing.why_unpaired`)."""
    if pairs:
        return "unpaired: claim is a start or step"
    return f"unpaired: {why_unpaired(s, claims, question)}"


#: A short spoken answer: bare figures in it answer the question ("Close to 80.").
SHORT_ANSWER_WORDS = 25
_DECADE = re.compile(
    r"(?i)\b(?:(?P<part>low|lower|mid|middle|high|upper)[- ]?)?(?:the\s+)?(?P<d>[1-9]0)'?s\b"
)
_BARE = re.compile(
    r"(?<![\w.,%$€£¥])(?P<n>\d{1,3}(?:\.\d+)?)(?![\w%]|[.,]\d| ?(?:%|percent|ms|s\b|k\b)|\s+(?:a|an|per|each|every)\s+\w)"
)
_QUALIFIER = re.compile(
    r"(?i)\b(?P<about>close to|nearly|almost|about|around|roughly|maybe|like)\s*$"
    r"|\b(?P<under>just under|under|below|less than)\s*$|\b(?P<over>over|above|more than)\s*$"
)


def spoken_levels(text: str, said: list[Quantity]) -> list[Quantity]:
    """The said quantities, with what a short spoken answer says without a unit: a decade ("the
    low 80s" is 80–83, not 80 seconds; "high seventies" 77–79) and a bare figure the number
    reader passed over ("Close to 80.", "We only got it to 80.")."""
    if len(text.split()) > SHORT_ANSWER_WORDS:
        return said
    out: list[Quantity] = []
    decades: list[Quantity] = []
    for m in _DECADE.finditer(text):
        d, part = float(m.group("d")), (m.group("part") or "").lower()
        low, high = (
            (d, d + 3)
            if part in ("low", "lower")
            else (d + 4, d + 6)
            if part in ("mid", "middle")
            else (d + 7, d + 9)
            if part in ("high", "upper")
            else (d, d + 9)
        )
        decades.append(
            Quantity(
                text=m.group(0),
                start=m.start(),
                end=m.end(),
                value=(low + high) / 2,
                role="result",
                bound="range",
                low=low,
                high=high,
                words=True,
            )
        )
    for q in said:
        if not any(d.start < q.end and q.start < d.end for d in decades):
            out.append(q)
    out += decades
    for m in _BARE.finditer(text) if not out else ():  # only where the reader found nothing
        if any(o.start <= m.start() < o.end or m.start() <= o.start < m.end() for o in out):
            continue
        value = float(m.group("n"))
        if value < 2 and "." not in m.group("n"):
            continue
        qual = _QUALIFIER.search(text[max(0, m.start() - 16) : m.start()])
        bound: Literal["exact", "about", "at_least", "at_most"] = "exact"
        if qual is not None:
            bound = (
                "about" if qual.group("about") else "at_most" if qual.group("under") else "at_least"
            )
        out.append(
            Quantity(
                text=m.group("n"),
                start=m.start(),
                end=m.end(),
                value=value,
                role="result",
                bound=bound,
            )
        )
    return sorted(out, key=lambda q: q.start)


def teams_in_words(text: str, said: list[Quantity], question: str = "") -> list[Quantity]:
    """Team sizes told without a numeral ("just me and another engineer" → 2, "basically just
    me" → 1), where no number already tells the team and the talk is about who did the work."""
    v = vocab()
    if any(q.role == "team_size" or q.unit == "people" for q in said):
        return []
    if (bare := _bare_team(text, question)) is not None:
        return [bare]
    out: list[Quantity] = []
    for name, size in (("numbers.team_of_two", 2.0), ("numbers.team_of_one", 1.0)):
        m = v[name].search(text)
        if m is None or any(o.start < m.end() and m.start() < o.end for o in out):
            continue
        sentence = next((text[s:e] for s, e in sentence_spans(text) if s <= m.start() < e), "")
        if not v["numbers.team_topic"].search(f"{question} {sentence}"):
            continue
        out.append(
            Quantity(
                text=text[m.start() : m.end()],
                start=m.start(),
                end=m.end(),
                value=size,
                unit="people",
                role="team_size",
                subject="team",
                words=True,
            )
        )
    return out[:1]


def _bare_team(text: str, question: str) -> Quantity | None:
    """A team size told as a bare number when the question asks about the team ("Team?" —
    "Three. I did the classifier.", "Eight, I think.", "How many people?" — "Two, plus me."):
    the answer's first clause is one number with at most hedges around it; "plus me" adds the
    speaker."""
    v = vocab()
    if not v["numbers.team_topic"].search(question):
        return None
    first = re.split(r"[.。!！?？;；,，—]", text.strip(), maxsplit=1)[0]
    offset = text.find(first)
    spelled = spelled_numbers(first.lower())
    digits = [(m.start(), m.end(), float(m.group())) for m in re.finditer(r"\d+", first)]
    found = [(s.start, s.end, s.value) for s in spelled] + digits
    if len(found) != 1 or not 1 <= found[0][2] <= 500:
        return None
    start, end, value = found[0]
    rest = first[:start] + " " + first[end:]
    hedge = v["numbers.bare_number_hedge"].pattern
    rest = hedge.sub(" ", rest) if hedge else rest
    if re.search(r"\w", rest):
        return None
    after = text[offset + end : offset + end + 30]
    if v["numbers.plus_self"].search(after.split(".")[0]):
        value += 1
    return Quantity(
        text=text[offset + start : offset + end],
        start=offset + start,
        end=offset + end,
        value=value,
        unit="people",
        role="team_size",
        subject="team",
        words=bool(spelled),
    )


def _with_starts(paired: list[tuple[Side, Pairs]]) -> list[tuple[Side, Pairs]]:
    """A starting point told apart from its level ("Before, a ticket waited a full day; now 25
    minutes") is about the measure the level is paired with, when that claim has a start too."""
    out: list[tuple[Side, Pairs]] = []
    for s, pairs in paired:
        if not pairs and s.q.role == "baseline" and s.q.baseline is None:
            levels = [
                c
                for o, op in paired
                if o is not s and _same_kind(o, s) and o.q.role != "baseline"
                for _, c in op
                if c.q.baseline is not None
            ]
            if len({id(c) for c in levels}) == 1:
                pairs = [(s, levels[0])]
        out.append((s, pairs))
    return out


def _same_kind(a: Side, b: Side) -> bool:
    return a.kind == b.kind or {a.kind, b.kind} == {"span", "time"}


def _restates(s: Side, against: Pairs, claims: list[Side], question: str) -> bool:
    """The said value is another claim of the same kind told again ("一千二百家店，八千个 SKU" against
    "覆盖 1200 家门店、8000 个 SKU"): it is about that claim, not a contradiction of the one it was
    weakly paired with — unless it names the contradicted measure itself."""
    if any(numbers.same_measure(mine.q, c.q) for mine, c in against):
        return False
    starts = {c.q.baseline for c in claims if c.q.baseline is not None}
    for c in claims:
        if any(c is theirs for _, theirs in against) or c.kind != s.kind:
            continue
        if c.q.role == "baseline" and c.q.value in starts and s.q.role not in ("baseline",):
            continue  # "现在大概 70%" against "达到 91%（此前为 67%）": a level, not the start again
        if c.q.unit not in (s.q.unit, "") and s.q.unit not in ("", "count"):
            continue
        if values_agree(s.q, c.q, s.per, c.per) and _exact_enough(s.q, c.q):
            return True
    return False


def _exact_enough(said: Quantity, claim: Quantity, share: float = 0.05) -> bool:
    """Agreement that is not just loose rounding of a small number (a team of "three" is no
    restatement of "3 clinics" only because both are 3: kinds differ there; here the value must
    be the claimed one within a few percent)."""
    from interviewer.reading.values import _level

    target = _level(claim)
    return abs(_level(said) - target) <= share * max(abs(target), 1e-9)


def _squares(s: Side, pairs: Pairs, paired: list[tuple[Side, Pairs]]) -> str:
    """Why some claim it may be about can be squared with it, given the rest of the answer
    ("" when none can)."""
    apart = _told_apart(s, pairs)
    if apart:
        return apart
    for mine, c in pairs:
        elsewhere = _elsewhere(mine, c)
        if elsewhere:
            return elsewhere
        cond = _condition(mine, c)
        if cond == "part" and mine.q.baseline is not None and c.q.baseline is not None:
            if on_path(mine.q, c.q):  # "caching alone took p95 from 90 to 60" against 90 → 35:
                return "part of change"  # one part's share of the claimed change
            continue
        if cond and cond != c.cond and not (cond == "peak" and c.kind in SINGLE):
            if within(mine.q, c.q, at_least=cond == "peak", said_per=mine.per, claim_per=c.per):
                return f"within ({cond})"
            continue
        agree = _agrees(mine, c, pairs)
        if agree:
            return agree
        others = [o2 for o, op in paired if o is not s for o2, oc in op if oc is c]
        told = [o for o in others if _restated(o, c)]
        if mine.q.role != "baseline" and told:
            return "claim told too"  # the claim told as it is, and another value of its measure: a hedge
            # ("nine in ten is how it feels … measured, 79") or a part ("其中辱骂类能到 95%")
        whole = _start_of_whole(mine, others, c)
        if told and c.q.baseline is not None and not whole and on_path(mine.q, c.q):
            return "step of told change"  # "from 1.9 s to 0.6 … first we reach 1.1 s": a step of a told change
        others = [o2 for o, op in paired if o is not s for o2, oc in op if oc is c]
        if c.kind in SINGLE and any(values_agree(o.q, c.q, o.per, c.per) for o in others):
            return "other group"  # "five engineers, and two lawyers helped": the others are other groups
        levels = [o for o in others if o.q.role not in ("baseline", "intermediate")]
        if mine.q.role != "baseline" and any(
            values_agree(o.q, c.q, o.per, c.per)
            and _exact_enough(o.q, c.q, 0.01)
            and not is_delta(o.q)
            and _named_apart(o, mine)
            for o in levels
        ):
            return "named apart"  # "周活九百，日活三百多": the claim is told; this is another
        parts = [mine] + [o for o in others if o.sentence == mine.sentence and o.kind == "people"]
        total = vocab()["numbers.team_total"].search(f"{mine.head} {mine.q.text} {mine.tail}")
        if (
            c.kind == "people"
            and len(parts) > 1
            and not total
            and not _told_whole(parts)
            and _sum_agrees(parts, c)
        ):
            return "sum of parts"  # "北京三个人，柏林两个人": a team told by its parts
        later = [o for o in others if o.q.start > mine.q.start and o.q.role != "baseline"]
        later = [] if whole else later
        if c.kind not in SINGLE and later and not _now(mine) and on_path(mine.q, c.q):
            return "earlier step"  # an earlier value of a measure the answer gives again: a step
    return ""


def _agrees(mine: Side, c: Side, pairs: Pairs) -> str:
    if _opposite(mine.q, c.q):
        return ""  # "latency went up 40 percent" against "reduced latency by 40%": the same size
    if values_agree(mine.q, c.q, mine.per, c.per):
        return "values agree"
    return "ends at the level" if _ends_at_level(mine, c, pairs) else ""


def _opposite(said: Quantity, claim: Quantity) -> bool:
    """A change told the other way round from the claimed one (涨了三成 against 降低 30%, "rose"
    against "cut"): whatever its size, it does not square with the claim."""
    return (
        said.direction is not None
        and claim.direction is not None
        and said.direction != claim.direction
        and is_delta(said)
        and is_delta(claim)
        and not any(vocab()["numbers.saved"].search(q.text) for q in (said, claim))
        and all(_DIRECTION[q.direction].search(q.text) for q in (said, claim) if q.direction)
    )  # a direction told in the words of each, not inferred from the question


def _ends_at_level(mine: Side, c: Side, pairs: Pairs) -> bool:
    """A said change whose end is a level claimed without a start ("with the old rules it was
    about 1.2 percent; now 0.4 percent" against "at a 0.4% false-positive rate", 以前大概 3%，现在
    是 0.5% against 误报率 0.5%): the claim says nothing of where it began. A claim whose line also
    gives a start ("from 11 km to 7.5 km", read as two claims) still holds the start."""
    if mine.q.baseline is None or c.q.baseline is not None or c.q.role != "result":
        return False
    if any(o is not c and o.sentence == c.sentence and o.kind == c.kind for _, o in pairs):
        return False
    end = mine.q.model_copy(update={"baseline": None, "low": None})
    if is_delta(mine.q) or is_delta(c.q):
        return False
    return values_agree(end, c.q, mine.per, c.per)


def _told_apart(s: Side, pairs: Pairs) -> str:
    """The said value is told of something else than any claim's headline: a while only
    ("违规召回一度掉到 80% 左右") or a named part of the data ("on that one confusing pair")."""
    if vocab()["numbers.transient"].search(f"{s.head} {s.q.text} {s.tail}") or _won_back(s):
        return "transient"
    if _episode(s):
        return "episode"
    if pairs and all(_named_part(mine, c) for mine, c in pairs):
        return "named part"
    if pairs and all(_compared_part(mine, c) for mine, c in pairs):
        return "compared part"
    return ""


#: A comparison that picks one member out of the rest: a superlative or a comparative (最后 /
#: 最终 / 最近 / 最初 tell a time, not a comparison).
_COMPARED = re.compile(
    r"(?i)\b(?:best|worst|hardest|easiest|toughest|biggest|largest|smallest|highest|lowest"
    r"|most|least|better|worse|higher|lower)\b"
    r"|最(?!后|终|近|早|初|开始|開始|後|終)|[高低好差难難易多少快慢]了?一?(?:些|点|點)"
)


def _compared_part(mine: Side, c: Side) -> bool:
    """The clause right before the said value picks out a part of the whole by comparing it
    with the rest and ends there — 华东那边最好，MAPE 能到 3.1%; "the backend repos did better,
    about 52 percent" — and what it compares is not the measure itself ("accuracy got better,
    up to 87%" tells the whole): the value is that part's."""
    at = mine.sentence.find(mine.q.text)
    if at < 0:
        return False
    figure = _FIGURE.search(mine.q.text)  # the quantity's words may open before its number
    clauses = _CLAUSE_SPLIT.split(mine.sentence[: at + (figure.start() if figure else 0)])
    if len(clauses) < 2:
        return False
    before = clauses[-2].strip()
    m = next(iter(reversed(list(_COMPARED.finditer(before)))), None)
    if m is None or len(before[m.end() :].strip(" 了啦呀啊吧的")) > 1:
        return False  # the clause goes on after its comparison ("most of it was prefill")
    topic = {t[:5] for t in terms_of(before[: m.start()], drop_generic=True)}
    measure = {
        t[:5] for t in terms_of(f"{c.head} {c.q.text} {c.q.subject or ''}", drop_generic=True)
    }
    return bool(topic) and not topic & measure


_CLAUSE_SPLIT = re.compile(r"[,，;；:：—]")
_FIGURE = re.compile(
    r"(?i)\d|[零一二两兩三四五六七八九十百千万萬半]|\b(?:one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half)\b"
)


def _picks_one(question: str) -> bool:
    """The question asks which member of a set stands out ("Which region was hardest?", 哪个区域
    效果最好？): the answer's figures are that member's."""
    return bool(_WHICH.search(question)) and _COMPARED.search(question) is not None


_WHICH = re.compile(r"(?i)\bwhich\b|\bwhat\s+(?:region|segment|part|group|market|category)\b|哪")


def _of_the_occasion(s: Side) -> bool:
    """Under a question asking for one occasion of something going wrong, a value is of that
    occasion unless it is told of the whole work ("the whole project took ten months") or is the
    team ("there were nine of us")."""
    return s.kind != "people" and not vocab()["numbers.whole_work"].search(s.sentence)


def _episode(s: Side) -> bool:
    """The sentence places the value on one occasion before it ("one Saturday the ETL sat on a
    lock for nine hours", 有天晚上任务卡了七个小时): how that occasion went, not a usual level."""
    at = s.sentence.find(s.q.text)
    before = s.sentence[:at] if at >= 0 else s.head
    return vocab()["numbers.episode"].search(before) is not None


def _won_back(s: Side) -> bool:
    """A fall or spike the sentence then says was won back ("掉到了 85% 左右，后来又修回来了",
    "P99 飙到了 5 秒，半小时后恢复")."""
    at = s.sentence.find(s.q.text)
    rest = s.sentence[at + len(s.q.text) :] if at >= 0 else s.tail
    m = vocab()["numbers.recovered"].search(rest)
    return m is not None and not _NEGATED.search(rest[max(0, m.start() - 12) : m.start()])


_NEGATED = re.compile(
    r"(?i)\b(?:never|not|didn't|did not|haven't|hasn't|couldn't|no)\b[\w\s]*$|[没未]|没有|不"
)


def _start_of_whole(mine: Side, others: list[Side], c: Side) -> bool:
    """A start told with the claimed end after it in its sentence ("from, I'd say, two hours
    down to forty minutes" against "5 hours → 40 minutes"): the whole change told from another
    start, not a step on the way."""
    if mine.q.role != "baseline" or c.q.baseline is None:
        return False
    end = c.q.model_copy(update={"baseline": None})
    return any(
        o.sentence == mine.sentence
        and o.q.start > mine.q.start
        and _near(o.q.model_copy(update={"baseline": None}), end, o, c)
        for o in others
    )


def _condition(mine: Side, c: Side) -> str:
    """The said value's condition against claim `c`: `part` of the whole (a pilot's share, a
    subgroup of the team), `peak`, or "" when it is told of the whole."""
    cond = mine.cond
    if cond == "trial" and _WHOLE_PATH.search(f"{mine.head} {mine.q.text}"):
        cond = ""  # "from first prototype to fully live was close to a year": the whole
    if cond == "trial":  # a pilot is a part of the whole, unless the claim is the pilot's
        # the claim's own words ("from prototype to production" is all of it) and what it is
        # about (an earlier answer's question: "How long did the pilot run?" / "Two weeks")
        words = f"{c.head} {c.q.text} {c.tail}"
        about = "" if _WHOLE_PATH.search(words) else (c.q.subject or "")
        own = f"{_WHOLE_PATH.sub(' ', words)} {about}"
        cond = "" if vocab()["numbers.pilot"].search(own) else "part"
    if not cond and mine.kind == "people" and _subgroup(mine, c):
        cond = "part"
    if (
        not cond
        and mine.kind.startswith("amount")
        and mine.q.value <= c.q.value
        and _sampled(mine, c)
    ):
        cond = "part"
    if cond == "peak" and c.q.bound in ("at_most", "at_least"):
        cond = ""  # "p99 under 250 ms" holds at the busiest time too
    return cond


def _sampled(mine: Side, claim: Side) -> bool:
    """A count told as a sample or a batch drawn from a set ("we re-checked a 400-query sample",
    "the 200-ticket audit batch", 抽了 500 条做交叉检查) against a larger claimed set that is no
    sample ("sampled 500, kept 350" against a 350-question set is left to the other rules)."""
    sample = vocab()["numbers.sample"]
    return sample.search(f"{mine.head} {mine.q.text} {mine.tail}") is not None and not (
        sample.search(f"{claim.head} {claim.q.text} {claim.tail}")
    )


def _restated(o: Side, c: Side) -> bool:
    """The answer tells the claim as it is: a level within 1%, or the whole claimed change."""
    if o.q.baseline is not None and c.q.baseline is not None and o.q.result is not None:
        start = o.q.model_copy(update={"value": o.q.baseline, "baseline": None, "result": None})
        begin = c.q.model_copy(update={"value": c.q.baseline, "baseline": None, "result": None})
        end = o.q.model_copy(update={"baseline": None})
        return _near(start, begin, o, c) and _near(
            end, c.q.model_copy(update={"baseline": None}), o, c
        )
    step = o.q.role == "intermediate" and (c.q.baseline is not None or o.q.baseline is not None)
    return o.q.role != "baseline" and not step and not is_delta(o.q) and _near(o.q, c.q, o, c)


def _near(a: Quantity, b: Quantity, sa: Side, sb: Side) -> bool:
    return values_agree(a, b, sa.per, sb.per) and _exact_enough(a, b, 0.01)


def _at_start(mine: Side, c: Side) -> bool:
    """A level told at the claim's starting point, not told as now or as where it ended ("each
    run was costing 42 cents" against "$0.42 → $0.11": the before, when the answer goes on to
    another value of that kind)."""
    if c.q.baseline is None or mine.q.baseline is not None or is_delta(mine.q) or _now(mine):
        return False
    start = c.q.model_copy(
        update={"value": c.q.baseline, "baseline": None, "result": None, "direction": None}
    )
    return values_agree(mine.q, start, mine.per, c.per) and _exact_enough(mine.q, start, 0.05)


def _started_there(mine: Side, c: Side) -> bool:
    """A said change that starts at the level claimed ("from two hundred at launch to 350 now"
    against "two hundred at launch": a level told at another time), or where
    the claimed change ended ("accuracy on the nightly set fell from 81% to 63%" after a claimed
    58% → 81%: a later incident)."""
    if mine.q.baseline is None or is_delta(c.q):
        return False
    if c.q.baseline is not None:
        end = c.q.model_copy(update={"baseline": None, "direction": None})
        start = mine.q.model_copy(
            update={"value": mine.q.baseline, "baseline": None, "result": None, "direction": None}
        )
        back = c.q.model_copy(
            update={"value": c.q.baseline, "baseline": None, "result": None, "direction": None}
        )  # "从 2.9% 升到了 4.2%" against "从 4.2% 降到 2.9%" is the change reversed
        if values_agree(mine.q.model_copy(update={"baseline": None}), back, mine.per, c.per):
            return False
        return values_agree(start, end, mine.per, c.per) and _exact_enough(start, end, 0.02)
    units = {mine.q.unit, c.q.unit}
    if c.q.bound not in ("exact", "about") or not (len(units) == 1 or units <= {"count", ""}):
        return False
    start = mine.q.model_copy(
        update={"value": mine.q.baseline, "baseline": None, "result": None, "direction": None}
    )
    return values_agree(start, c.q, mine.per, c.per)


def _joined(text: str, sides: list[Side]) -> list[Side]:
    """ "From two hundred customers at launch to about 350 now": a start and the level it went
    to in one sentence are one change, though only one of them names the thing counted."""

    def joins(prev: Side, side: Side) -> bool:
        at = number_at(text, side.q)
        return (
            prev.sentence == side.sentence
            and {prev.q.unit, side.q.unit} <= {"count", ""}
            and bool(TO.search(text[max(0, at - 12) : at]))
        )

    return join_start_and_level(
        sides, joins, lambda prev, side: {"unit": prev.q.unit or side.q.unit}
    )


_SCALE_WORDS = (
    (re.compile(r"亿"), 1e8),
    (re.compile(r"(?i)\bmillion|\d\s*m\b|百万"), 1e6),
    (re.compile(r"万"), 1e4),
    (re.compile(r"(?i)thousand|grand|\d\s*k\b|千"), 1e3),
)


def _before_and_now(sides: list[Side]) -> list[Side]:
    """ "以前人工审一份要二十分钟，现在系统五分钟就出结果了", "Before, an analyst needed 40 minutes;
    now the tool does it in 15": a start told as how it used to be and a level told as how it
    is now, in one sentence and one kind of measure, are one change, whoever or whatever each
    names as doing the work."""

    def joins(prev: Side, side: Side) -> bool:
        return (
            side.q.start - prev.q.end <= _BEFORE_NOW_GAP
            and _same_kind(prev, side)
            and side.q.role not in ("baseline", "intermediate")
            and not side.q.direction
            and _now(side)
            and not _now(prev)
        )

    def told(prev: Side, side: Side) -> dict[str, object]:
        # each names its own doer ("an analyst", "the tool"): the level keeps its subject; a
        # loose start ("started at about 80 … ended at 93") leaves the change loose
        update: dict[str, object] = {"subject": side.q.subject}
        if prev.q.bound == "about" and side.q.bound == "exact":
            update["bound"] = "about"
        return update

    return join_start_and_level(sides, joins, told)


#: How far apart (characters) a "before" and a "now" may be told and still be one change: the
#: next clause or sentence ("…40 minutes per case; now the tool does it in 15").
_BEFORE_NOW_GAP = 60


def _scale_of(text: str) -> float | None:
    return next((f for pattern, f in _SCALE_WORDS if pattern.search(text)), None)


def _scaled_end(side: Side) -> Side:
    """ "from about 48 thousand a month to 19": the end drops the start's scale."""
    q = side.q
    if q.baseline is None or q.result is None or q.baseline < 1000 or q.result >= 1000:
        return side
    scale = _scale_of(q.text)
    if scale is None or not 0.02 <= q.result * scale / q.baseline <= 50:
        return side
    end = q.result * scale
    return replace(side, q=q.model_copy(update={"result": end, "value": end}))


def _elliptic(sides: list[Side]) -> list[Side]:
    """A bare number right after a figure told with its scale drops the scale ("about four grand a
    month, maybe 4.2", "十二万，可能十一点五"): it is a figure of the same size and unit."""
    out: list[Side] = []
    for side in sides:
        side = _scaled_end(side)
        counted = next((o for o in reversed(out) if o.q.unit == "count" and o.q.raw_unit), None)
        if (
            counted is not None
            and side.q.unit == "count"
            and (
                not _NAMED_NOUN.search(side.q.raw_unit or "")
                or _NO_NOUN.match(side.q.raw_unit or "")
            )
            and _BARE_CLASSIFIER.match(side.q.text[-3:] + side.tail[:2])
        ):  # "原来有 20 个质检员，现在 8 个就够了": the thing counted is said once
            side = replace(side, q=side.q.model_copy(update={"raw_unit": counted.q.raw_unit}))
        q, prev = side.q, out[-1] if out else None
        if (
            prev is not None
            and q.unit == ""
            and prev.q.unit not in ("%", "pp", "x")
            and prev.q.value >= 1000
            and 0 < q.value < 1000
        ):
            said_scale = _scale_of(prev.q.text)
            for scale in (said_scale,) if said_scale else (1_000.0, 10_000.0, 1_000_000.0):
                if 0.67 <= q.value * scale / prev.q.value <= 1.5:
                    scaled = q.model_copy(update={"value": q.value * scale, "unit": prev.q.unit})
                    side = replace(side, q=scaled, per=side.per or prev.per)
                    break
        out.append(side)
    return out


def _named_apart(a: Side, b: Side) -> bool:
    """Two said values that each name what they measure, and name different things."""
    ta = {t[:5] for t in terms_of(a.q.subject, drop_generic=True)}
    tb = {t[:5] for t in terms_of(b.q.subject, drop_generic=True)}
    return bool(ta) and bool(tb) and not ta & tb


def _elsewhere(mine: Side, c: Side) -> str:
    """A level told at another time than the claim's headline (either end of a claimed change:
    "like three weeks" against "21 to 12 days"), or of a part ("for one client accuracy was about
    70 percent" against 82% → 93%)."""
    if _started_there(mine, c) or _at_start(mine, c):
        return "other time"
    return "scoped" if _scoped(mine) and not _scoped(c) else ""


def _scoped(side: Side) -> bool:
    """Told of a part or a stretch of time (one client, a few regions, 双十一那几天, the worst day):
    a figure of the part says nothing against the overall one."""
    at = side.sentence.find(side.q.text)
    before = side.sentence[:at] if at >= 0 else side.head  # the scope is told before the figure
    return (
        vocab()["numbers.scoped"].search(f"{before} {side.head} {side.q.text} {side.tail}")
        is not None
    )
    # or right after it ("up to like 30 percent around them"), not as a later cause


def _now(side: Side) -> bool:
    """Told as where things are now or ended up ("现在一条大概六七秒"), or in a clause that ends
    the starting-point frame its sentence opened ("改之前是91%改之后是97.5%"): the headline, not
    a step or a start."""
    head = CLAUSE_CUT.split(side.head)[-1]
    return vocab()["numbers.now_cue"].search(f"{head} {side.q.text}") is not None or after_start(
        side.sentence, figure_at(side.sentence, side.q)
    )


_WHOLE_PATH = re.compile(
    r"(?i)\bfrom\s+(?:the\s+)?[\w-]+\s+(?:to|through)\s+[\w-]+|从[^，,。]{1,6}到"
)


def _told_whole(parts: list[Side]) -> bool:
    """Among head-counts told in one sentence one is the whole team, so they are no parts to
    add up: two each count the speaker ("me and two other folks, so three of us", 我和另外两个
    同事，我们三个人: the same team twice), or one equals the sum of those told before it (算法
    两个，工程两个，加起来四个人: their total)."""
    if sum(_counts_speaker(p) for p in parts) >= 2:
        return True
    ordered = sorted(parts, key=lambda p: p.q.start)
    return any(
        abs(sum(p.q.value for p in ordered[:k]) - ordered[k].q.value) < 1e-9
        for k in range(2, len(ordered))
    )


def _counts_speaker(side: Side) -> bool:
    """The head-count includes the speaker: the others beside them ("two other folks", 另外两个)
    or "us" (three of us, 我们三个)."""
    near = f"{side.head[-12:]} {side.q.text} {side.tail[:8]}"
    others = _OTHERS.search(f"{side.head[-20:]} {side.q.text}") is not None
    return bool(_WITH_SPEAKER.search(near)) or (
        others and not _THE_OTHER.search(f"{side.head[-12:]} {side.q.text}")
    )


_WITH_SPEAKER = re.compile(
    r"(?i)\bof\s+us\b|\bincluding\s+me\b|\bme\s+included\b|我们|咱们|包括我|算上我"
)


def _sum_agrees(parts: list[Side], claim: Side) -> bool:
    total = sum(p.q.value for p in parts)
    first = parts[0].q
    return values_agree(first.model_copy(update={"value": total, "bound": "exact"}), claim.q)


def _subgroup(mine: Side, claim: Side) -> bool:
    """People told by a task of their own ("two of us on modelling", 两个人交叉标注) are a part
    of the claimed team, unless the claim's own line names that task ("标注团队 6 个人")."""
    found = vocab()["numbers.subgroup"].search(mine.tail)
    if found is None or vocab()["numbers.whole_work"].search(mine.tail):
        return False  # "三个人搞定了整个项目": the whole work is no task of a part
    task = terms_of(mine.tail, drop_generic=True)  # "就我一个人做。" names no task of its own
    topic = _TOPIC.match(mine.head.strip())  # "特征主要是我和同事两个人做的": the task comes first
    if not task and topic:
        task = terms_of(topic.group(1), drop_generic=True)
    own = _TEAM_LABEL.split(claim.head)[-1] + " " + claim.tail  # "负责特征（团队 6 人）": 团队
    return bool(task) and not {t[:5] for t in task} & {
        t[:5] for t in terms_of(own, drop_generic=True)
    }


#: A task told before the people who did it ("特征主要是…", "标注由…").
_TOPIC = re.compile(r"^([\u4e00-\u9fff\w]{2,8}?)(?:主要|基本|全|都)?(?:是|由)")
#: The claimed team's own label is the words right before its number, inside its brackets.
_TEAM_LABEL = re.compile(r"[（(，,；;：:]")


def _comparable(pairs: Pairs) -> Pairs:
    """Pairs that can contradict: a claimed starting point or step squares a value equal to it
    but contradicts only a said starting point or step ("we started at 70%" / "we ended at
    88%")."""
    past = ("baseline", "intermediate")
    return [
        (s, c)
        for s, c in pairs
        if not (c.q.role in past and c.q.baseline is None and s.q.role not in past)
    ]


def _not_an_amount(text: str, q: Quantity) -> bool:
    """A point in time ("上线第二周", "in month three") or time told per period ("two days a week")
    is no duration, count or level of the work."""
    before = text[max(0, q.start - 3) : q.start]
    if _labour_or_person(text, q) or _change_period(text, q) or _split_share(text, q):
        return True
    if "第" in before or "第" in q.text or _ORDINAL_EN.search(text[max(0, q.start - 8) : q.end]):
        return True
    if _series_point(text, q):
        return True
    return q.unit in ("ms", "h") and _PER_PERIOD.match(text[q.end : q.end + 16]) is not None


def _series_point(text: str, q: Quantity) -> bool:
    """A point told once per span of time (十五分钟一个点, 每 5 秒一个点, "one point every 15
    minutes") is one sample of a recorded series, how finely the data was kept: no percentage
    point of any measure."""
    if not _POINT_WORD.search(q.text) and not _POINTS.match(text[q.end : q.end + 6]):
        return False
    return bool(
        _SPAN_BEFORE.search(text[max(0, q.start - 12) : q.start])
        or _SPAN_AFTER.match(text[q.end : q.end + 30])
    )


_POINT_WORD = re.compile(r"(?i)点$|\bpoints?$")
_SPAN_BEFORE = re.compile(
    r"(?:每隔?)?\s*[\d.一二两三四五六七八九十半几]*\s*(?:个)?(?:秒钟?|分钟|小时|钟头|天|日|周)\s*$"
)
_SPAN_AFTER = re.compile(
    r"(?i)^\s*(?:(?:every|per|each|a|an)\s+(?:[\d.]+\s*|[a-z-]+\s+)?"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\b|(?:每|/)\s*[\d一二两三四五六七八九十半几]*\s*"
    r"(?:个)?(?:秒|分钟|小时|天))"
)


def _labour_or_person(text: str, q: Quantity) -> bool:
    """A share of one person's work ("I labelled about a third myself", 我自己标了三分之一) or an
    ordinal told of a person ("disagreements settled by a third", "a third annotator")."""
    v = vocab()
    first = _SHARE_START.search(q.text)
    before = text[max(0, q.start - 40) : q.start] + (q.text[: first.start()] if first else "")
    if q.unit == "%" and v["numbers.labour_share"].search(before):
        return True
    lo = max(0, q.start - 40)
    return any(
        lo + m.start() <= q.end and lo + m.end() >= q.start
        for m in v["numbers.ordinal_person"].finditer(text[lo : q.end + 24])
    )


def _split_share(text: str, q: Quantity) -> bool:
    """A share of the traffic in a test that splits it ("a two-week A/B where half the queue used
    the old rules", 一半流量走老规则, "a 10% holdout"): the share names its own noun (the queue,
    the users, 流量) in a sentence telling the split; how the test was set up, no value of a
    rate the résumé claims ("in the A/B the hit rate was 70%" names no population and stays)."""
    if q.unit != "%":
        return False
    v = vocab()
    sentence = next((text[s:e] for s, e in sentence_spans(text) if s <= q.start < e), "")
    if not v["numbers.split_test"].search(sentence):
        return False
    after = text[q.end : q.end + 24]
    if v["numbers.split_population"].search(after):
        return True
    # "two-week A/B where half": the reader of numbers may end the share on its own word
    tail = re.split(r"(?i)\bhalf\b|一半|%|％", q.text)
    return len(tail) > 1 and bool(v["numbers.split_population"].search(tail[-1] + after))


def _change_period(text: str, q: Quantity) -> bool:
    """A duration told as the time a change took ("the bill had tripled in a year", "traffic
    doubled over six months", 账单一年之内涨了三倍): the period of that change, no span of the work."""
    if q.unit != "h" or q.baseline is not None:
        return False
    v = vocab()
    first = _SHARE_START.search(q.text)
    before = text[max(0, q.start - 40) : q.start] + (q.text[: first.start()] if first else "")
    return bool(
        v["numbers.change_period"].search(before)
        or v["numbers.change_period_after"].search(text[q.end : q.end + 12])
    )


_SHARE_START = re.compile(r"(?i)[\d一二两三四五六七八九十半]|\b(?:a|an|one|two|three|half)\b")


_ORDINAL_EN = re.compile(
    r"(?i)\b(?:day|week|month|year|quarter|sprint|phase)\s+(?:one|two|three|four|five|six|\d+)\b"
)
_PER_PERIOD = re.compile(
    r"(?i)^\s*(?:a|per|each|every)\s+(?:week|month|day|sprint)\b|^\s*(?:每周|每月|每天|一周|一个月)"
)


def _is_scale(text: str, q: Quantity) -> bool:
    """ "graded 0 to 3 by two support leads": the ends of a grading scale."""
    low = q.low if q.low is not None else q.baseline
    if low is None or low > 1 or q.value > 10:
        return False
    at = number_at(text, q)
    return _SCALE.search(text[max(0, q.start - 20) : q.start].rstrip()) is not None or bool(
        _SCALE.search(text[max(0, at - 20) : at].rstrip())
    )


def configured(text: str, q: Quantity) -> bool:
    """A value told right after the setting it configures, whatever role the reader of numbers
    gave it: a change of a setting ("beta went from 0.1 to 0.3", "max_num_seqs 从 64 调到 256")
    is how the work was set up, not a measure of it, even when the question names the claim."""
    numeral = _FIRST_NUMERAL.search(q.text)
    lead = q.text[: numeral.start()] if numeral else ""
    before = unfill(text)[max(0, q.start - 30) : q.start] + lead
    return vocab()["numbers.setting"].search(before) is not None


def _is_rule(text: str, q: Quantity) -> bool:
    """A number in a rule or a condition is the line the rule draws, not a measured value of the
    work: "when the queue is longer than 20, we add a worker", "we page someone once the error
    rate goes above 2 percent", 只要 P99 超过 3 秒就切到小模型, 队列超过 50 条就扩一台. An event
    told in the past ("when I joined it was over 3 seconds") is a measured level and stays."""
    at = number_at(text, q)
    clause = _CLAUSE_START.split(text[:at])[-1]
    over = vocab()["numbers.rule_over"].search(clause)
    if not over:
        return False
    if _selects(clause[: over.start()], text[q.end : q.end + 30]):
        return True
    cue = vocab()["numbers.rule_if"].search(clause)
    if cue is not None:
        return not _PAST_EVENT.search(clause[cue.end() :])
    return vocab()["numbers.rule_then"].search(text[q.end : q.end + 12]) is not None


def _selects(before_comparison: str, after: str) -> bool:
    """The comparison sits in a phrase that picks out which things an action applies to, and the
    action follows the number: "merchants with a false-positive rate over 5% were moved to manual
    review", "any query whose p95 came in above 800 ms got logged", 召回率低于 60% 的类别单独加规则
    (the Chinese picking phrase is the number's 的 modifier)."""
    v = vocab()
    picked = v["numbers.rule_select"].search(before_comparison) is not None
    return (picked or not before_comparison.isascii()) and (
        v["numbers.rule_select_then"].search(after) is not None
    )


_CLAUSE_START = re.compile(r"[,;，；。！？!?]|\.(?=\s)|\bbut\b|但是?")
_PAST_EVENT = re.compile(
    r"(?i)\b(?:was|were|had|got|went|grew|rose|fell|dropped|reached|hit|climbed|spiked)\b"
    r"|了|当时"
)


def _named_part(mine: Side, c: Side) -> bool:
    """The said value is told of a named part of the data or population ("agreement on that one
    confusing pair went from 0.64 to 0.8", "on the long-tail queries alone", 最难的那两类之间) while
    the claim names no such part: a value of another population, not the claimed whole."""
    at = mine.sentence.find(mine.q.text)
    told = mine.sentence[: at + len(mine.q.text)] if at >= 0 else mine.sentence
    part = vocab()["numbers.named_part"]
    return part.search(f"{told} {mine.head} {mine.tail}") is not None and not part.search(
        f"{c.sentence} {c.head} {c.tail}"
    )


def _is_question(text: str, q: Quantity) -> bool:
    """A number in a question back ("Do you mean after six months?") asserts nothing; a figure
    said with rising doubt ("It's, what, maybe two thousand a week?") still does."""
    sentence = next((text[s:e] for s, e in sentence_spans(text) if s <= q.start < e), "")
    if not sentence.rstrip().endswith(("?", "？")):
        return False
    return _ASKED.search(sentence) is not None


_ASKED = re.compile(
    r"(?i)^\W*(?:(?:so|and|but|um|uh|well|sorry|oh)\W+)*(?:do|does|did|is|are|was|were|should|"
    r"would|could|can|shall|what|which|how|when|where|who|why|you mean)\b|\byou\b|\byour\b"
    r"|吗|呢|您|你|是不是|还是|对吧|哪个|什么|怎么|多少"
)


def _conflict(text: str, s: Side, c: Side, source: str) -> Conflict:
    return Conflict(
        said=Span(start=s.q.start, end=s.q.end, text=text[s.q.start : s.q.end]),
        said_value=s.q.value,
        other_text=c.q.text,
        other_value=c.q.value,
        source=source,  # type: ignore[arg-type]
        measure=c.q.family or c.q.subject,
        unit=c.q.unit,
    )
