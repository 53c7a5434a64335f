"""The offline grader: deterministic, strict heuristics over text signals, in Chinese and English."""

from __future__ import annotations

from interviewer.grading import scoring
from interviewer.grading.asked import weigh_asked
from interviewer.grading.base import GRADER_VERSION, GradeContext
from interviewer.grading.correctness import (
    FREE_KINDS,
    FreeWrong,
    KeyReading,
    correctness,
    feedback,
    free_misconceptions,
    read_key,
)
from interviewer.grading.detectors import DetectContext, Detection, registry
from interviewer.grading.detectors.reasoning import custom
from interviewer.grading.evidence import verify_quotes
from interviewer.grading.hr import hr_unasked, praise_spans
from interviewer.grading.limits import (
    MAX_ANSWER_CHARS,
    MISCONCEPTION_CAP,
    SHORT_ANSWER,
    SHORT_CAP,
    answer_size,
    applicable,
    flag_cap,
    volunteered,
)
from interviewer.grading.pick import question_kind
from interviewer.grading.plausibility import (
    HONEST_DEPTH,
    UNSUPPORTED_CAP,
    honest_reasoning,
    unbacked,
    unsupported,
    unverified,
)
from interviewer.grading.relevance import addressed, named_share, relevance_factor
from interviewer.grading.substance import (
    SubstanceView,
    echo_sentences,
    padding_factor,
    without_echo,
)
from interviewer.reading import QuestionInfo, Reading, read_answer
from interviewer.reading.injection import InjectionFinding, find_injection
from interviewer.reading.relevance import relevance
from interviewer.schemas import Criterion, Rubric
from interviewer.signals import (
    TextView,
    asks_for,
    detect_lang,
    detect_script,
    is_offtopic,
    lexicon,
    quote_span,
    sentence_spans,
)
from interviewer.types import CriterionGrade, GradeResult, KeyRef

#: Reading relevance from which an honest partial answer is about the question asked.
HONEST_RELEVANT = 0.5
#: Every criterion of an answer that misses what its question asks, at most (issue 17: an answer
#: that does not address the question scores at most 2 on every criterion): another subject, one
#: side of a comparison, a story for a reason, the stock answer to another question earn at most
#: "some", however good they would be as answers to that other question. An honest partial answer
#: is not capped. At 1 (the floor) six more pairs of tuning/fresh/fresh3 were won, none lost, but
#: the untouched splits did not follow (held-out overall unchanged with natural and correctness
#: each a pair or two lower, fresh5 one pair lower): a right answer wrongly read as missing the
#: ask loses everything, and that happens more often on text the checks were not written on.
ASK_MISS_CAP = 2
#: Criteria a wrong mechanism caps (correctness itself is capped where it is scored).
WRONG_CAPS = ("depth", "correctness")

_size = answer_size


class HeuristicGrader:
    """Grades with word lists and patterns; never follows instructions in the answer."""

    name = "offline"

    def __init__(self) -> None:
        self._detectors = registry()
        lexicon()  # load the word lists once, up front

    def grade(
        self, question: str, answer: str, rubric: Rubric, context: GradeContext | None = None
    ) -> GradeResult:
        """Score every applicable criterion 1–5 with quotes and a suggestion; flag bad answers."""
        ctx = context or GradeContext()
        flags: list[str] = []
        text = answer
        if len(text) > MAX_ANSWER_CHARS:
            text = text[:MAX_ANSWER_CHARS]
            flags.append("too_long")
        # the reading layer finds text addressed to the grader on folded text (full-width,
        # zero-width, leetspeak) and praise of the interviewer: both are removed from what is
        # graded and never quoted; only the first is an injection (flagged and capped)
        found = find_injection(text)
        if found.spans:
            flags.append("injection")
        # praise of the company or the interviewer the reading layer did not take for flattery
        # ("贵公司是我心目中最好的公司") earns nothing either: its sentence is not graded
        found.flattery += [
            p
            for p in praise_spans(text)
            if not any(a < p[1] and b > p[0] for a, b in found.flattery)
        ]
        if found.spans or found.flattery:
            text = _without_spans(text, [*found.spans, *found.flattery])
        # the answer's own language decides (a zh answer in an en session is read as zh);
        # the session language only settles answers with no words to go by
        has_words = any(ch.isalpha() for ch in text)
        lang = detect_lang(text) if has_words or ctx.lang not in ("zh", "en") else str(ctx.lang)
        # the reading reuses this scan when the text read is the text scanned (nothing removed)
        reading = _reading(
            question, text, lang, ctx, found if not found.spans and not found.flattery else None
        )
        # claims no one could know or measure ("never fails", "100% recall", p99 under p50) are
        # no evidence, and an answer built on them is capped (flag `overclaim`)
        overclaimed = unverified(reading)
        # a confident answer's claims short of that (two absolute words, an exact-to-the-digit
        # figure and a promise) are not capped, but the sentences making them are no evidence
        no_evidence = overclaimed or unbacked(reading)
        # sentences that only say the question back carry neither substance nor relevance
        echo = echo_sentences(question, reading)
        view = SubstanceView(
            text, lang, reading, exclude=[(c.start, c.end) for c in no_evidence], echo=echo
        )
        addr = addressed(
            question,
            text,
            lang,
            facts={f.kind for f in reading.facts},
            honest=bool(honest_reasoning(reading)),
        )
        if _is_empty(text, lang):
            flags.append("empty")
        elif detect_script(text) == "other":
            flags.append("third_language")
        elif is_offtopic(question, text, lang, view=view) or addr.offtopic:
            flags.append("offtopic")
        if overclaimed and "empty" not in flags:
            flags.append("overclaim")

        keyed = ctx.key is not None
        kr = read_key(ctx.key, text, lang) if keyed and "empty" not in flags else None
        # an answer with no key (a project deep-dive, an off-bank question) is still read for the
        # bank's known misconceptions on the topics it names: one asserted caps depth
        free = None if keyed or "empty" in flags else _free_read(question, text, lang, ctx)
        dctx = DetectContext(question=question, probes=tuple(ctx.probes))
        grades: list[CriterionGrade] = []
        optional: list[CriterionGrade] = []
        for criterion in applicable(rubric, ctx.topic_kind, keyed=keyed):
            if criterion.id == "correctness" and kr is not None:
                grade = _capped(correctness(kr, lang), flags)
            else:
                grade = self._grade_criterion(criterion, view, dctx, flags, answer)
            grade = _wrong_capped(grade, kr, free, lang)
            if _left_out(criterion, grade, question, ctx, rubric.id):
                optional.append(grade)
            else:
                grades.append(grade)
        if not grades:
            grades = optional  # never an empty scorecard: grade what there is

        grades, reasons = _honesty(grades, reading, flags)
        grades = _discounted(grades, padding_factor(reading, reasons, echo))
        grades = scoring.cap(grades, flag_cap(flags)[0])
        grades = _ask_capped(grades, bool(addr.misses) and not addr.partial, reasons)
        # partial relevance scales the rest: an answer that shares little with its question, or
        # misses what it asks (another subject, no own part, the present for the future), earns
        # that much less of what its content would earn on the right question
        rel = _relevance(question, text, reading, echo)
        scale = relevance_factor(rel, addr)
        if reasons and not addr.offtopic and reading.relevance >= HONEST_RELEVANT:
            # saying what one does not know about the asked thing, and reasoning towards it, is
            # an answer to the ask: an honest partial answer ABOUT the question (its reading is
            # mostly about it) is not scaled as partly off the ask
            scale = 1.0
        # a narrow question is graded on what it asked (interviewer/data/grading/asked.yaml)
        grades, _ = weigh_asked(grades, question, rubric.id, ctx.probes)
        overall = scoring.overall(rubric, grades) * scale
        if overall == 0 and not flags and not found.flattery:
            # answers every criterion leaves at the floor are told apart by how far they are
            # about the question (a terse right answer with no marker words, against one about
            # something else); an answer with anything above the floor is left as graded
            overall = _tie_credit(text, relevance_factor(rel, addr))
        # one decimal, as every overall is shown (a scaled 47.970000000000006 is 48.0)
        overall = round(min(overall, flag_cap(flags)[1], 100.0), 1)
        grades = _noted(grades, flags, view.lang)
        return GradeResult(
            criteria=grades,
            overall=overall,
            grader=self.name,
            rubric=rubric.id,
            flags=flags,
            version=GRADER_VERSION,
            kind=ctx.topic_kind,
            key=KeyRef(id=ctx.key.id, confidence=ctx.key_confidence or 1.0) if keyed else None,
            key_points=kr.summary if kr is not None else None,
        )

    def _grade_criterion(
        self,
        criterion: Criterion,
        view: TextView,
        dctx: DetectContext,
        flags: list[str],
        answer: str,
    ) -> CriterionGrade:
        lang = view.lang
        if "empty" in flags:
            flag = "injection" if "injection" in flags else "empty"
            return CriterionGrade(
                criterion=criterion.id,
                score=1,
                evidence=[],
                suggestion=lexicon().text(f"suggestions.flags.{flag}", lang),
            )
        detector = self._detectors.get(criterion.id)
        if detector is None:
            signals = tuple(criterion.signals.get(lang)) or tuple(criterion.signals.get("en"))
            det = custom(view, DetectContext(dctx.question, dctx.probes, signals))
            key = "custom"
        else:
            det = detector(view, dctx)
            key = criterion.id
        score = det.score
        quotes = [quote_span(view.text, s, e) for s, e in det.spans]
        quotes += [q for q in view.quotes(det.evidence) if not any(c in q for c in quotes)]
        evidence, _ = verify_quotes(answer, list(dict.fromkeys(q for q in quotes if q))[:3])
        if score > 1 and not evidence:
            score = 1  # a score above 1 must be backed by a quote
        if view.memo.setdefault("size", _size(view.text)) < SHORT_ANSWER:
            score = min(score, SHORT_CAP)
        score = min(score, flag_cap(f for f in flags if f != "empty")[0])
        suggestion = _suggestion(key, det, flags, lang)
        if key == "custom" and det.missing != "strong" and not _flagged(flags):
            # a custom criterion's own words say what counts as evidence
            suggestion = f"{suggestion} {criterion.evidence.get(lang)}".strip()
        return CriterionGrade(
            criterion=criterion.id, score=score, evidence=evidence, suggestion=suggestion
        )


def _relevance(question: str, text: str, reading: Reading, echo: frozenset[int]) -> float:
    """How far the answer addresses its question: the reading's relevance, or the share of the
    question it names, judged without the sentences that only say the question back (the
    question's words said back are no evidence of relevance)."""
    if not echo:
        return max(reading.relevance, named_share(question, text))
    said = without_echo(question, reading)
    read = min(reading.relevance, relevance(question, said).score)
    return max(read, named_share(question, said))


_KINDS = ("project", "behavioral", "technical", "design", "motivation", "closing")


def _reading(
    question: str, text: str, lang: str, ctx: GradeContext, found: InjectionFinding | None = None
) -> Reading:
    """The engine's Reading when it read this very text, else one made here (no key: the
    grader reads the key itself, once)."""
    given = ctx.reading
    if isinstance(given, Reading) and given.text == text:
        return given
    kind = ctx.topic_kind if ctx.topic_kind in _KINDS else question_kind(question)
    info = QuestionInfo(text=question, kind=kind, probes=list(ctx.probes))  # type: ignore[arg-type]
    return read_answer(info, text, lang="zh" if lang == "zh" else "en", injection=found)


#: Overall points, at most, for being about the question briefly, given only to an answer every
#: criterion leaves at the floor (two such answers would tie at 0). Below what one criterion
#: above the floor earns, so it never lifts a floor answer over a graded one.
TIE_CREDIT = 3.0
#: Words from which the credit shrinks with length (more words buy no more of it).
TIE_BRIEF = 60


def _tie_credit(text: str, relevance: float) -> float:
    """A few points for how far a brief answer is about its question (the same relevance factor
    that scales a graded answer: the reading's relevance above a floor, times what the
    question-ask checks leave, so a terse paraphrase that repeats none of the question's words
    still beats an answer to another ask). Never for a flagged answer or one that praised the
    grader, and shrinking with length, so text added to an answer (an undetected instruction,
    padding) can hardly buy any."""
    brevity = min(1.0, TIE_BRIEF / max(1, _size(text)))
    return TIE_CREDIT * relevance * brevity


def _ask_capped(
    grades: list[CriterionGrade], missed: bool, reasons: list[str]
) -> list[CriterionGrade]:
    """An answer that misses what its question asks (and is no honest partial answer) earns at
    most ASK_MISS_CAP on every criterion. One that answers some of what a question asks is not
    capped: it loses the missed share through the relevance scale."""
    return scoring.cap(grades, ASK_MISS_CAP) if missed and not reasons else grades


def _discounted(grades: list[CriterionGrade], factor: float) -> list[CriterionGrade]:
    """Every criterion loses the points the answer's padded share costs it (an eighth to three
    eighths of the answer padding: one point), never below 1."""
    points = round((1.0 - factor) * 4)
    if points <= 0:
        return grades
    return [g.model_copy(update={"score": max(1, g.score - points)}) for g in grades]


def _noted(grades: list[CriterionGrade], flags: list[str], lang: str) -> list[CriterionGrade]:
    """Flags that do not replace the suggestion put their note before it."""
    for flag in ("overclaim", "too_long"):
        if flag in flags:
            note = lexicon().text(f"suggestions.flags.{flag}", lang)
            grades = [g.model_copy(update={"suggestion": f"{note} {g.suggestion}"}) for g in grades]
    return grades


def _honesty(
    grades: list[CriterionGrade], reading: Reading, flags: list[str]
) -> tuple[list[CriterionGrade], list[str]]:
    """An honest partial answer (unsure, and reasoning all the same) earns depth for reasoning;
    figures nothing in the answer supports earn at most "some" depth and measurement. Returns the
    grades and the honest answer's reasoning clauses ([] when it is none)."""
    reasons = honest_reasoning(reading) if not flags else []
    if reasons:
        return [_honest(g, reasons) for g in grades], reasons
    if unsupported(reading):
        return [_unsupported(g) for g in grades], reasons
    return grades, reasons


def _honest(grade: CriterionGrade, reasons: list[str]) -> CriterionGrade:
    """An honest partial answer (unsure, and reasoning all the same) earns depth for reasoning."""
    if grade.criterion != "depth" or grade.score >= HONEST_DEPTH:
        return grade
    evidence = list(dict.fromkeys([*grade.evidence, *reasons]))[:3]
    return grade.model_copy(update={"score": HONEST_DEPTH, "evidence": evidence})


def _unsupported(grade: CriterionGrade) -> CriterionGrade:
    """Figures nothing in the answer supports earn at most "some" depth (a results-only story
    still shows measurement: the metrics criterion judges that)."""
    if grade.criterion != "depth" or grade.score <= UNSUPPORTED_CAP:
        return grade
    return grade.model_copy(update={"score": UNSUPPORTED_CAP})


def _capped(grade: CriterionGrade, flags: list[str]) -> CriterionGrade:
    if _flagged(flags):
        return grade.model_copy(update={"score": min(grade.score, flag_cap(flags)[0])})
    return grade


def _wrong_mechanism(grade: CriterionGrade, kr: KeyReading, lang: str) -> CriterionGrade:
    """A misconception asserted caps the criterion; its clause is never evidence of depth."""
    wrong = [q for _, q, _ in kr.wrong]
    evidence = [e for e in grade.evidence if not any(w in e or e in w for w in wrong)]
    suggestion = grade.suggestion
    if grade.criterion != "correctness":
        suggestion = f"{feedback(kr, lang)} {suggestion}".strip()
    return grade.model_copy(
        update={
            "score": min(grade.score, MISCONCEPTION_CAP),
            "evidence": evidence,
            "suggestion": suggestion,
        }
    )


def _wrong_capped(
    grade: CriterionGrade, kr: KeyReading | None, free: FreeWrong | None, lang: str
) -> CriterionGrade:
    """A misconception the key finds, or (unkeyed) one the bank finds in free text, caps it."""
    if grade.criterion not in WRONG_CAPS:
        return grade
    if kr is not None and kr.wrong:
        return _wrong_mechanism(grade, kr, lang)
    if free is not None and free.found:
        return _free_wrong(grade, free, lang)
    return grade


def _free_read(question: str, text: str, lang: str, ctx: GradeContext) -> FreeWrong | None:
    """The bank misconceptions an unkeyed answer of a FREE_KINDS topic asserts, else None."""
    kind = ctx.topic_kind if ctx.topic_kind in _KINDS else question_kind(question)
    return free_misconceptions(text, lang) if kind in FREE_KINDS else None


def _free_wrong(grade: CriterionGrade, free: FreeWrong, lang: str) -> CriterionGrade:
    """A known misconception asserted in an unkeyed answer caps depth like a keyed one: its
    clause is no evidence, and the suggestion names it with its correction."""
    wrong = free.clauses
    evidence = [e for e in grade.evidence if not any(w in e or e in w for w in wrong)]
    return grade.model_copy(
        update={
            "score": min(grade.score, MISCONCEPTION_CAP),
            "evidence": evidence,
            "suggestion": f"{free.feedback(lang)} {grade.suggestion}".strip(),
        }
    )


def _left_out(
    criterion: Criterion, grade: CriterionGrade, question: str, ctx: GradeContext, rubric: str
) -> bool:
    """An `only_when_asked` criterion the question did not ask for and the answer did not offer;
    on the hr rubric also a story (star) or a weakness (reflection) a question about a practice
    or a plan did not ask for (interviewer/data/grading/hr.yaml `asked_only`)."""
    if rubric == "hr" and hr_unasked(criterion.id, question):
        return not volunteered(grade)
    gaps = criterion.only_when_asked
    if not gaps or any(g in ctx.probes for g in gaps):
        return False
    if any(asks_for(g, question, ctx.lang) for g in gaps):
        return False
    return not volunteered(grade)


def _suggestion(key: str, det: Detection, flags: list[str], lang: str) -> str:
    lex = lexicon()
    for flag in ("injection", "offtopic", "third_language"):
        if flag in flags:
            return lex.text(f"suggestions.flags.{flag}", lang)
    return lex.text(f"suggestions.{key}.{det.missing}", lang) or lex.text(
        f"suggestions.{key}.strong", lang
    )


def _flagged(flags: list[str]) -> bool:
    return any(f in flags for f in ("injection", "offtopic", "third_language", "empty"))


def _without_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The answer minus every sentence that contains an injection (so the attack earns nothing)."""
    keep = []
    for s, e in sentence_spans(text):
        if not any(a < e and b > s for a, b in spans):
            keep.append(text[s:e])
    return "\n".join(keep)


def _is_empty(text: str, lang: str) -> bool:
    stripped = text.strip().strip("。.!！?？ ").lower()
    if _size(stripped) < 3:
        return True
    dont_know = lexicon().pattern("offtopic.dont_know", lang)
    if dont_know is not None and _size(stripped) < 8:
        rest = dont_know.sub("", stripped).strip(" ，,。.!！?？")
        return _size(rest) < 3
    return False
