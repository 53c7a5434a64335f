"""Detectors about reasoning and content: trade-offs, depth, specificity, motivation, custom lists."""

from __future__ import annotations

import re
from functools import lru_cache

from interviewer.grading.compared import compares_with, named_alternative
from interviewer.grading.detectors import DetectContext, Detection, clamp
from interviewer.grading.detectors.numbers import metric_sentences
from interviewer.grading.substance import SubstanceView
from interviewer.signals import TextView, compile_terms, tradeoff_indexes

_DIGIT = re.compile(r"\d")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NAMED_EN = re.compile(r"(?<![.!?]\s)(?<!^)\b(?:[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}\w*|[A-Z][a-z]{2,})\b")
_NAMED_ZH = re.compile(r"[A-Za-z][A-Za-z0-9+#./-]{1,}")
_QUOTED = re.compile(r"[“\"「『][^”\"」』]{2,40}[”\"」』]")


def _ok(v: TextView, path: str, both: bool = False) -> list[int]:
    return sorted(i for i in v.hits(path, both=both) if i in v.contentful)


def _near(a: list[int], b: list[int], dist: int = 1) -> bool:
    return any(abs(x - y) <= dist for x in a for y in b)


def tradeoffs(v: TextView, ctx: DetectContext) -> Detection:
    """1 none · 2 a choice with a reason · 3 an alternative named · 4 with its cost · 5 and when to revisit."""
    contrast = tradeoff_indexes(v)
    # a question naming the option not taken ("why X instead of Y") is answered by comparing X
    # with Y on a property of the work ("smaller than gzipped CSV", 部署比 Python 简单): the
    # alternative is weighed whatever the words (grading/compared.py)
    other = named_alternative(ctx.question)
    if other:
        compared = [i for i in v.contentful if compares_with(v.sentence(i), other)]
        contrast = sorted(set(contrast) | set(compared))
    because = _ok(v, "tradeoffs.because")
    if not contrast:
        return Detection(2 if because else 1, because[:1], "one_option" if because else "none")
    cost = _ok(v, "tradeoffs.cost")
    revisit = _ok(v, "tradeoffs.revisit")
    n_contrast = sum(len(v.hits("tradeoffs.contrast").get(i, [])) for i in contrast)
    score = 3
    if _near(contrast, cost) or _near(contrast, because) or n_contrast >= 2:
        score = 4
        if revisit and _near(contrast, revisit, dist=3) and (cost or len(contrast) >= 2):
            score = 5
    missing = {3: "no_cost", 4: "no_revisit", 5: "strong"}[score]
    evidence = contrast[:2] + [i for i in revisit if i not in contrast][:1]
    return Detection(score, evidence, missing)


def _long(v: TextView, i: int) -> bool:
    s = v.sentence(i)
    return (len(_CJK.findall(s)) >= 18) if v.lang == "zh" else len(s.split()) >= 10


def _numbered(v: TextView) -> list[int]:
    """Sentences with a number that can be a parameter: with a Reading, one whose role is not
    incidental (years of experience, market shares and head counts are no parameters)."""
    if isinstance(v, SubstanceView):
        return v.numbered
    return [i for i in v.contentful if _DIGIT.search(v.sentence(i))]


#: Distinct question terms (English word stems, Chinese character pairs) a sentence shares with
#: its question to be about the question's subject.
SUBJECT_SHARED = 2


@lru_cache(maxsize=2048)
def _question_terms(question: str) -> frozenset[str]:
    from interviewer.grading.relevance import _terms

    return frozenset(_terms(question)) if question else frozenset()


def _names_subject(sentence: str, subject: frozenset[str]) -> int:
    """1 when the sentence names what the question asks about (shares two of its terms)."""
    if not subject:
        return 0
    from interviewer.grading.relevance import _terms

    return int(len(_terms(sentence) & subject) >= min(SUBJECT_SHARED, len(subject)))


#: Figures in one sentence from which a comparison cue reads as settings measured side by side.
COMPARED_FIGURES = 3
#: A figure standing on its own ("512", "0.78", "1e-4", "30 分钟"), not part of a name (p99, recall@5, k8s).
_FIGURE = re.compile(r"(?<![A-Za-z0-9_@.\-])\d+(?:[.,]\d+)*(?:e-?\d+)?(?![A-Za-z@])")


def _compared(v: TextView, numbered: list[int]) -> list[int]:
    """Sentences comparing settings tried by what each measured ("tried 256, 512 and 1024 …
    0.78 vs 0.71", 对比了三档 … 0.82、0.74): a trial cue and three figures of their own."""
    cued = v.hits("depth.compared")
    return [
        i
        for i in numbered
        if i in cued and len(set(_FIGURE.findall(v.sentence(i)))) >= COMPARED_FIGURES
    ]


def depth(v: TextView, ctx: DetectContext) -> Detection:
    """1 nothing technical · 2 buzzwords · 3 a mechanism · 4 with real parameters or limits · 5 both."""
    terms = v.hits("depth.terms", both=True)
    # a "because"/"so" sentence explains a mechanism only when it talks about engineering things:
    # the vocabulary's terms, or the thing the question asks about (a terse answer explaining a
    # write-ahead log or a health check names the question's subject, not a textbook term)
    subject = _question_terms(ctx.question)
    mech = [
        i
        for i in _ok(v, "depth.mechanism")
        if _long(v, i)
        and (
            len(terms.get(i, ())) + _names_subject(v.sentence(i), subject) >= 2
            or (i in terms and _DIGIT.search(v.sentence(i)))
        )
    ]
    limits = _ok(v, "depth.limit")
    technical = _ok(v, "depth.technical", both=True)
    numbered = _numbered(v)
    # settings tried side by side with what each measured show the work behind the choice as
    # a "because" would: such a sentence counts as explaining, whatever its words
    mech = sorted(set(mech) | set(_compared(v, numbered)))
    params = sorted({i for i in numbered if _long(v, i)} | {i for i in technical if i in numbered})
    buzz = _ok(v, "depth.buzzwords", both=True)
    if not mech and not params:
        if buzz or technical:
            return Detection(2 if technical else 1, (technical or buzz)[:1], "buzzwords")
        return Detection(1, [], "no_mechanism")
    explained = sorted(set(mech) | set(params))
    score = 2 + bool(mech) + bool(params) + bool(limits and (mech or params))
    if len(explained) >= 3 and score < 5:
        score += 1
    empty_buzz = [i for i in buzz if i not in explained]
    if len(empty_buzz) > len(explained):
        score -= 1
    missing = (
        "no_mechanism"
        if not mech
        else "no_params"
        if not params
        else "no_limits"
        if not limits
        else "strong"
    )
    evidence = params[:1] + [i for i in mech if i not in params][:1] + limits[:1]
    return Detection(clamp(score), evidence or explained[:2], missing)


def _detail_sentences(v: TextView) -> list[int]:
    named = _NAMED_ZH if v.lang == "zh" else _NAMED_EN
    out = set(metric_sentences(v)) | set(_ok(v, "specificity.example"))
    out |= {i for i in v.own_actions if i in v.contentful}  # a concrete event the speaker did
    for i in v.contentful:
        s = v.sentence(i)
        if _DIGIT.search(s) or _QUOTED.search(s) or len(named.findall(s)) >= 1:
            out.add(i)
    return sorted(out)


def _hr_facts(v: TextView, question: str) -> list[tuple[str, int]]:
    """The facts an answer to an HR ask holds (hr.yaml): each part of the ask it tells (for
    leaving what happened and where the move leads, for pay a figure and its basis) and the
    candidate's own work behind it, each with its sentence; [] when the question puts no HR ask."""
    from interviewer.grading.attribution import attribute
    from interviewer.grading.hr import ask_facts_are_details, hr_content

    hr = hr_content(question, [v.sentence(i) for i in range(len(v.spans))], frozenset(v.contentful))
    if hr.ask is None or not ask_facts_are_details(hr.ask):
        return []
    facts = [(f"part:{name}", i) for name, hits in hr.parts.items() for i in hits[:1]]
    own = sorted(
        set(_ok(v, "motivation.experience"))
        | set(v.own_actions)
        | set(_ok(v, "ownership.role"))
        | {i for i in attribute(v).own if i in v.contentful}
    )
    return facts + [("experience", i) for i in own[:1]] if facts else []


def specificity(v: TextView, ctx: DetectContext) -> Detection:
    """1 generic claims · 2 one detail · 3–5 more concrete details (numbers, names, times, examples).

    On an HR ask the facts the ask names count as its details (each part told and the own work
    behind it): what happened and where the move leads are what an HR interviewer writes down,
    not a story's time, project and head count."""
    details = _detail_sentences(v)
    fillers = sum(len(x) for x in v.hits("specificity.filler").values())
    soft = _ok(v, "specificity.soft_claims")
    facts = _hr_facts(v, ctx.question)
    told = {i for _, i in facts}
    # answering the ask at all is a fact of its own (a reason given is not "claims only")
    score = 1 + min(4, len(facts) + bool(facts) + len([i for i in details if i not in told]))
    details = sorted(set(details) | told)
    if fillers >= max(3, 2 * len(details)):
        score -= 1
    if soft and len(soft) >= len(details):
        score = min(score, 2)
    if not details:
        return Detection(1, [], "soft_claims" if soft else "vague")
    missing = (
        "soft_claims" if soft else "filler" if fillers >= 3 else "vague" if score < 4 else "strong"
    )
    return Detection(clamp(score), details[:3], missing)


#: What the motivation criterion reaches without an answer to the HR ask the question puts (a pay
#: question answered without a figure, a plans question without a stage or a role): "loosely
#: tied" at most, however warm the words about the company.
NO_ASK_CAP = 3


def motivation(v: TextView, ctx: DetectContext) -> Detection:
    """1 none (or blame) · 2 generic · 3–5 the parts the HR ask needs (interviewer/data/grading/
    hr.yaml: a figure and its basis for pay, a cause for leaving, stages and a role for plans),
    tied to this role, to the candidate's own work and to a plan; stock phrases take a point."""
    from interviewer.grading.hr import hr_content

    specific = _ok(v, "motivation.specific")
    experience = _ok(v, "motivation.experience") + sorted(v.own_actions)
    plan = _ok(v, "motivation.plan")
    generic = _ok(v, "motivation.generic")
    hr = hr_content(
        ctx.question, [v.sentence(i) for i in range(len(v.spans))], frozenset(v.contentful)
    )
    asked = list(hr.parts.values())
    found = [x for x in (specific, experience, plan, *asked) if x]
    stock = len(hr.cliches) + len(generic)
    if not found:
        return Detection(2 if stock else 1, (generic or hr.cliches)[:1], "generic")
    score = 2 + len(found)
    own = {"specific": specific, "experience": experience, "plan": plan}
    answered = bool(asked) or bool(hr.answered_by and all(own[k] for k in hr.answered_by))
    if hr.ask is not None and not answered:
        score = min(score, NO_ASK_CAP)
    elif hr.ask is None and not specific:
        score = min(score, NO_ASK_CAP)
    if stock > len(found):
        score -= 1
    if hr.blame:
        score = min(score, 2)
    missing = (
        "generic"
        if not specific and not asked
        else "no_experience"
        if not experience
        else "no_plan"
        if not plan and not asked
        else "strong"
    )
    evidence = [x[0] for x in found]
    return Detection(clamp(score), list(dict.fromkeys(evidence))[:3], missing)


def custom(v: TextView, ctx: DetectContext) -> Detection:
    """A criterion without a built-in detector: distinct sentences using its signal words."""
    if not ctx.signals:
        return Detection(1, [], "none")
    key = "|".join(ctx.signals)
    if key not in _CUSTOM_CACHE:
        _CUSTOM_CACHE[key] = compile_terms(ctx.signals, v.lang)
    pat = _CUSTOM_CACHE[key]
    hits = sorted(i for i in v.regex_hits(pat) if i in v.contentful) if pat else []
    if not hits:
        return Detection(1, [], "none")
    return Detection(clamp(1 + len(hits)), hits[:3], "strong" if len(hits) >= 3 else "none")


_CUSTOM_CACHE: dict[str, re.Pattern[str] | None] = {}
