"""Checks a bank question must pass beyond its schema: the key reads its own sentences right.

Each key point's own zh and en sentence must show that key point; each misconception's sentence
must assert it, and its correction must not; the model outline must cover most of the key and
assert no misconception. A claim whose terms or polarity are wrong fails here before any answer
is graded with it. Texts must be in their language.
"""

from __future__ import annotations

from interviewer.bank.cues import _without
from interviewer.bank.detector import detect
from interviewer.bank.lexicon import lexicon
from interviewer.bank.schema import BankQuestion, has_cjk
from interviewer.bank.text import find, normalise

#: Share of the key-point weight the model outline must cover in each language.
OUTLINE_COVERAGE = 0.6


def _language(q: BankQuestion) -> list[tuple[str, str]]:
    problems = []
    texts: list[tuple[str, str, str]] = []
    for i, t in enumerate(q.text.zh):
        texts.append((f"text.zh.{i}", "zh", t))
    for i, t in enumerate(q.text.en):
        texts.append((f"text.en.{i}", "en", t))
    for i, k in enumerate(q.key_points):
        texts += [(f"key_points.{i}.zh", "zh", k.zh), (f"key_points.{i}.en", "en", k.en)]
    for i, m in enumerate(q.misconceptions):
        texts += [(f"misconceptions.{i}.zh", "zh", m.zh), (f"misconceptions.{i}.en", "en", m.en)]
        texts += [
            (f"misconceptions.{i}.correction.zh", "zh", m.correction.zh),
            (f"misconceptions.{i}.correction.en", "en", m.correction.en),
        ]
    texts += [("hint.zh", "zh", q.hint.zh), ("hint.en", "en", q.hint.en)]
    for lang in ("zh", "en"):
        for i, line in enumerate(q.outline.get(lang)):
            texts.append((f"outline.{lang}.{i}", lang, line))
        for i, line in enumerate(q.followups.get(lang)):
            texts.append((f"followups.{lang}.{i}", lang, line))
    for where, lang, text in texts:
        if lang == "zh" and not has_cjk(text):
            problems.append((where, "Chinese text has no Chinese characters"))
        if lang == "en" and has_cjk(text):
            problems.append((where, "English text contains Chinese characters"))
    return problems


def concept_problems(q: BankQuestion) -> list[tuple[str, str]]:
    """A concept whose direction a claim reads (`change`) must not carry a direction word in its
    terms: "fewer tokens" as a term of `candidates` hides "fewer", so "needs fewer tokens" could
    never say fewer. Such terms name the thing; the answer's own words say which way it goes."""
    lex = lexicon()
    cues = [*lex.up.all(), *lex.down.all()]
    allowed = lex.not_directions.all()
    claims = [cl for k in q.key_points for cl in k.claims]
    claims += [cl for m in q.misconceptions for cl in m.claims]
    changing = {c for cl in claims for c in cl.change}
    problems = []
    for cid in sorted(changing):
        concept = q.concepts[cid]
        for pole, terms in (("terms", concept.terms), ("opposite", concept.opposite)):
            if terms is None:
                continue
            for lang in ("zh", "en"):
                for i, term in enumerate(getattr(terms, lang)):
                    if term.startswith("re:"):
                        continue
                    t = normalise(term).text
                    hits = _without(find(cues, t), find(allowed, t))
                    if hits:
                        word = t[hits[0][0] : hits[0][1]]
                        problems.append(
                            (
                                f"concepts.{cid}.{pole}.{lang}.{i}",
                                f"term {term!r} of a concept read with a direction contains the "
                                f"direction word {word!r}; name the thing only, or make it an "
                                "`opposite` term without the direction word",
                            )
                        )
    return problems


def lint_question(q: BankQuestion) -> list[tuple[str, str]]:
    """(field within the question, problem) for every self-check the question fails."""
    problems = _language(q) + concept_problems(q)
    for i, k in enumerate(q.key_points):
        for lang in ("zh", "en"):
            r = detect(q, getattr(k, lang), lang)
            if k.id not in r.hit_ids():
                problems.append(
                    (
                        f"key_points.{i}.{lang}",
                        f"its own sentence does not show key point '{k.id}': add the words it "
                        "uses to the concepts' terms, or fix the claim's polarity",
                    )
                )
    for i, m in enumerate(q.misconceptions):
        for lang in ("zh", "en"):
            r = detect(q, getattr(m, lang), lang)
            if m.id not in {x.id for x in r.misconceptions}:
                problems.append(
                    (
                        f"misconceptions.{i}.{lang}",
                        f"its own sentence is not read as misconception '{m.id}': add its "
                        "words to the concepts' terms, or fix the claim",
                    )
                )
            c = detect(q, m.correction.get(lang), lang)
            if m.id in {x.id for x in c.misconceptions}:
                problems.append(
                    (
                        f"misconceptions.{i}.correction.{lang}",
                        f"the correction is read as asserting misconception '{m.id}': "
                        "the claim misses the negation or the direction it states",
                    )
                )
    for lang in ("zh", "en"):
        r = detect(q, "\n".join(q.outline.get(lang)), lang)
        if r.coverage < OUTLINE_COVERAGE:
            problems.append(
                (
                    f"outline.{lang}",
                    f"covers {r.coverage:.0%} of the key-point weight (missed {r.missed}); "
                    f"a model answer must cover at least {OUTLINE_COVERAGE:.0%}",
                )
            )
        if r.misconceptions:
            problems.append(
                (
                    f"outline.{lang}",
                    f"is read as asserting {[m.id for m in r.misconceptions]}: reword it or "
                    "fix those claims",
                )
            )
    return problems
