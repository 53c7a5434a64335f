"""The old offline gap analyser, frozen as bench/reading.py's same-run baseline (the engine reads
answers with interviewer.reading, engine/reader.py).

The old offline gap analyser: what an answer lacks, each gap with an exact quote as evidence.
"""

from __future__ import annotations

import re

from bench._resume_baseline.metrics import extract_metrics, has_number, metric_values_conflict
from interviewer.engine.base import Exchange, InterviewContext, PlannedTopic
from interviewer.engine.planner import is_result_metric, metric_phrase
from interviewer.engine.templates import EngineStrings, load_engine_strings
from interviewer.schemas import Topic
from interviewer.signals import (
    detect_injection,
    find_buzzwords_without_mechanism,
    find_failures,
    find_lessons,
    find_own_actions,
    find_star,
    find_team_only,
    find_tradeoffs,
    is_offtopic,
    split_sentences,
)
from interviewer.types import ClaimedMetric, Gap, GapAnalysis

BLOCKING_ORDER = ("injection", "empty", "offtopic", "contradiction")

#: Base severity of each gap per topic kind (0 = not asked of this kind of question).
SEVERITY: dict[str, dict[str, float]] = {
    "project": {
        "metrics": 0.85,
        "baseline": 0.75,
        "ownership": 0.7,
        "tradeoffs": 0.55,
        "result": 0.6,
        "star": 0.4,
        "depth": 0.55,
        "specificity": 0.45,
        "failure": 0.75,
    },
    "behavioral": {
        "metrics": 0.6,
        "baseline": 0.5,
        "ownership": 0.7,
        "tradeoffs": 0.35,
        "result": 0.65,
        "star": 0.55,
        "depth": 0.3,
        "specificity": 0.5,
        "failure": 0.75,
    },
    "technical": {
        "metrics": 0.3,
        "baseline": 0.35,
        "ownership": 0.2,
        "tradeoffs": 0.5,
        "depth": 0.7,
        "specificity": 0.45,
        "failure": 0.6,
    },
    "design": {
        "metrics": 0.4,
        "baseline": 0.4,
        "ownership": 0.2,
        "tradeoffs": 0.7,
        "result": 0.2,
        "depth": 0.6,
        "specificity": 0.45,
        "failure": 0.6,
    },
    "motivation": {
        "ownership": 0.2,
        "depth": 0.2,
        "motivation": 0.65,
        "specificity": 0.55,
        "failure": 0.6,
    },
    "closing": {"specificity": 0.3},
}

#: A follow-up answer is short by nature: these are judged on main answers only.
MAIN_ONLY = frozenset({"star", "specificity", "offtopic"})

_OUTCOME = re.compile(
    r"improv|better|faster|slower|reduc|increas|decreas|boost|cut|sav|grew|grow|optimi|effect|"
    r"impact|success|提升|提高|优化|降低|减少|增加|改善|加快|效果|显著|明显|大幅|节省|增长|成功",
    re.I,
)
_CHOICE = re.compile(
    r"\b(chose|choose|picked|went with|used|use|adopted|switched|decided|built on|replaced)\b|"
    r"选择|选了|选用|采用|使用|用了|换成|改用|决定|基于",
    re.I,
)
_METHOD = re.compile(
    r"\b(a/b|ab test|test set|eval|evaluat|benchmark|held[- ]out|sampl|label|annotat|measur|"
    r"offline|online|dashboard|monitor|ablation|queries|cases)\w*|"
    r"测试集|评测|评估|验证集|A/?B|基准|抽样|标注|人工|线上|离线|监控|消融|对照|统计|口径",
    re.I,
)
_COMPARISON = re.compile(
    r"\b(from|baseline|compared|versus|vs\.?|than|before|previous|prior|originally|up from|"
    r"down from)\b|从.{0,12}(到|至)|相比|对比|基线|之前|原来|此前|以前|提升到|降到|由",
    re.I,
)
_FAILURE_Q = re.compile(
    r"fail|mistake|wrong|regret|setback|lesson|went badly|broke|incident|differently|"
    r"失败|挫折|教训|踩坑|出错|问题最大|翻车|事故|后悔|重来|重做|做错",
    re.I,
)
_MOTIVE = re.compile(
    r"\b(because|since|so that|want|wanted|hope|looking for|excited|interest|motivat|drive|"
    r"passion|goal|reason|grow|learn|care)\w*|因为|所以|希望|想要|想|看重|吸引|兴趣|目标|原因|"
    r"成长|学习|热爱|喜欢|动力",
    re.I,
)
_NON_ANSWER = re.compile(
    r"^(i\s*don'?t\s*know|no\s*idea|not\s*sure|pass|skip|n/?a|none|nothing|no|"
    r"不知道|不清楚|不记得|忘了|没有|无|跳过|不会|嗯+|呃+)[\s.!。！?？…]*$",
    re.I,
)
#: Backs up signals.find_tradeoffs, which misses e.g. "讨论过只用 X，但……所以" in Chinese.
_TRADEOFF = re.compile(
    r"\b(instead of|rather than|trade-?offs?|considered|compared|alternatives?|versus|vs\.?|"
    r"at the cost of|the cost was|downside|over (?:the )?(?:other|alternative)|weighed)\b|"
    r"考虑过|对比过|比较过|讨论过|评估过|权衡|取舍|代价|而不是|而非|没有选|没选|放弃了|备选|"
    r"另一种方案|相比之下|折中|牺牲",
    re.I,
)
_WORK_TALK = re.compile(
    _OUTCOME.pattern + "|" + _CHOICE.pattern + r"|\b(team|project|users?|customers?|product|system|"
    r"code|model|data|feature|manager|colleague|company|job|role|work(ed|ing)?)\b|"
    r"项目|团队|用户|客户|系统|产品|模型|数据|代码|上线|功能|体验|流畅|同事|领导|公司|工作|岗位|业务",
    re.I,
)
_CLAUSE = re.compile(r"[^，。；;,.!?！？、：:\n]+")


def short_quote(
    text: str, max_len: int | None = None, prefer: re.Pattern[str] | None = None
) -> str:
    """A short exact phrase of `text` (a clause, cut at a word boundary) fit to quote back.

    The clause that matches `prefer` (else one with a digit, else the longest of the first
    three) is kept; a long clause is cut to a window around the match.
    """
    text = text.strip()
    zh = bool(re.search(r"[\u4e00-\u9fff]", text))
    limit = max_len or (24 if zh else 36)
    if len(text) <= limit:
        return text.strip(" ，。；;,.!?！？、：:")
    clauses = [m.group(0).strip() for m in _CLAUSE.finditer(text) if len(m.group(0).strip()) >= 2]
    if not clauses:
        return text[:limit].strip()
    pick = next((c for c in clauses if prefer and prefer.search(c)), None)
    pick = (
        pick or next((c for c in clauses if re.search(r"\d", c)), None) or max(clauses[:3], key=len)
    )
    if len(pick) <= limit + 8:
        return pick
    anchor = (prefer.search(pick) if prefer else None) or re.search(r"\d", pick)
    return _window(pick, anchor.start() if anchor else 0, limit, zh)


def _window(text: str, anchor: int, limit: int, zh: bool) -> str:
    """At most `limit` characters of `text` around `anchor`, cut at word boundaries (en)."""
    start = max(0, min(anchor - limit // 3, len(text) - limit))
    end = start + limit
    if not zh:
        joints = list(
            re.finditer(
                r"\b(?:and|but|so|which|that|because|while|then)\s+",
                text[max(0, anchor - limit) : anchor],
            )
        )
        joint = joints[-1] if joints else None
        if joint is not None:
            # Start the quote at a clause joint ("… and it improved things a lot").
            start = max(0, anchor - limit) + joint.end()
            end = start + limit
        elif start > 0:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < anchor else start
        if end < len(text):
            space = text.rfind(" ", start, end + 1)
            end = space if space > anchor else end
        # End on a content word or a clause joint, never on "… and the".
        cut = _DANGLING_TAIL.search(text[start:end])
        if cut and start + cut.start() > anchor:
            end = start + cut.start()
    return text[start:end].strip(" ,.;:，。；")


_DANGLING_TAIL = re.compile(
    r"(?:\s+(?:and|but|or|so|the|a|an|of|to|on|in|at|for|with|by|from|that|which|it|we|i|our|"
    r"my|is|was|were|are))+\s*$",
    re.IGNORECASE,
)


_EN_WORD = re.compile(r"[a-z][a-z0-9+#-]{4,}")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_EN_STOP = frozenset(
    "that this with what when where which your have from they them were been about would could "
    "should there their then than into also just like very much some more most only over such "
    "each other after before because while does did done make made tell walk through".split()
)


def _terms(text: str) -> set[str]:
    """Comparable content terms: English word stems (5 letters) and Chinese character pairs."""
    low = text.lower()
    terms = {w[:5] for w in _EN_WORD.findall(low) if w not in _EN_STOP}
    for run in _CJK_RUN.findall(text):
        terms.update(run[i : i + 2] for i in range(len(run) - 1))
    return terms


def domain_terms(ctx: InterviewContext) -> frozenset[str]:
    """Work vocabulary of this interview: every topic's keywords, the résumé's projects and skills."""
    words: list[str] = []
    for t in ctx.persona.topics:
        words += [*t.keywords.zh, *t.keywords.en, t.name.zh, t.name.en]
    if ctx.resume is not None:
        words += ctx.resume.skills + [p.name for p in ctx.resume.projects]
    return frozenset(_terms(" ".join(words)))


def off_topic(ctx: InterviewContext, question: str, answer: str) -> bool:
    """Nothing in the answer relates to the question, the interview's topics or the résumé.

    Stricter than signals.is_offtopic (which accepts any single work-like character), used with
    it: a long answer sharing no term with the question or the domain and giving no number.
    """
    said = _terms(answer)
    if not said or re.search(r"\d", answer) or _WORK_TALK.search(answer):
        return False
    return not (said & (_terms(question) | domain_terms(ctx)))


def find_topic(ctx: InterviewContext, topic_id: str) -> Topic | None:
    return next((t for t in ctx.persona.topics if t.id == topic_id), None)


def current_slot(ctx: InterviewContext) -> PlannedTopic | None:
    """The plan slot of the latest main question in the history."""
    if ctx.plan is None:
        return None
    main = next((e for e in reversed(ctx.history) if e.kind == "question"), None)
    if main is None:
        return None
    for slot in ctx.plan.topics:
        if slot.question and slot.question in main.question:
            return slot
    return None


class OfflineAnalyser:
    """Deterministic gap analysis in Chinese and English (no model)."""

    name = "offline"

    def __init__(self, strings: EngineStrings | None = None) -> None:
        self.strings = strings or load_engine_strings()

    def analyse(self, ctx: InterviewContext, exchange: Exchange) -> GapAnalysis:
        """Gaps of one answer, biggest first; blocking gaps (injection, empty...) lead."""
        answer = (exchange.answer or "").strip()
        lang = ctx.lang
        topic = find_topic(ctx, exchange.topic)
        kind = topic.kind if topic else "behavioral"
        table = SEVERITY.get(kind, SEVERITY["behavioral"])
        signals: dict[str, object] = {"kind": kind}
        if not answer or _NON_ANSWER.match(answer) or not re.search(r"\w", answer):
            gap = Gap(
                id="empty",
                severity=1.0,
                evidence=answer if answer else "",
                detail=self._detail("empty", lang),
            )
            return GapAnalysis(gaps=[gap], signals=signals, source=self.name)

        gaps: list[Gap] = []
        injected = detect_injection(answer)
        if injected:
            gaps.append(self._gap("injection", 1.0, injected[0], lang))
        long_enough = len(answer) >= 25 if lang == "zh" else len(answer.split()) >= 12
        reanswer = bool(set(exchange.probes) & set(BLOCKING_ORDER[:3]))
        followup = exchange.kind == "followup" and not reanswer
        if exchange.kind == "question" and not injected and long_enough:
            # Short answers are judged as unspecific, not off-topic (too little to compare).
            keywords = tuple(topic.keywords.get(lang)) if topic else ()
            if is_offtopic(exchange.question, answer, lang, keywords=keywords) or off_topic(
                ctx, exchange.question, answer
            ):
                gaps.append(self._gap("offtopic", 0.9, "", lang))

        metrics = extract_metrics(answer)
        signals["metrics"] = [m.text for m in metrics]
        slot = current_slot(ctx)
        gaps += self._contradictions(ctx, slot, metrics, answer, lang, signals)
        # After a follow-up the whole discussion of this question counts: a gap the main answer
        # left open stays open (and can be probed next) until some answer fills it.
        discussion = self._discussion(ctx, exchange) if followup else answer
        found = self._content_gaps(
            exchange,
            discussion,
            lang,
            table,
            extract_metrics(discussion) if followup else metrics,
            signals,
            main=next((e for e in reversed(ctx.history) if e.kind == "question"), None),
        )
        gaps += [g for g in found if not (followup and g.id in MAIN_ONLY)]
        gaps = [g for g in gaps if g.severity > 0]
        blocking = {g: i for i, g in enumerate(BLOCKING_ORDER)}
        gaps.sort(key=lambda g: (blocking.get(g.id, len(blocking)), -g.severity))
        return GapAnalysis(gaps=gaps, signals=signals, source=self.name)

    # ------------------------------------------------------------ detectors

    @staticmethod
    def _discussion(ctx: InterviewContext, exchange: Exchange) -> str:
        """The answers given since the latest main question, this one included."""
        start = max((i for i, e in enumerate(ctx.history) if e.kind == "question"), default=0)
        parts = [e.answer.strip() for e in ctx.history[start:] if e.answer and e is not exchange]
        return "\n".join([*parts, (exchange.answer or "").strip()])

    def _contradictions(
        self,
        ctx: InterviewContext,
        slot: PlannedTopic | None,
        metrics: list[ClaimedMetric],
        answer: str,
        lang: str,
        signals: dict[str, object],
    ) -> list[Gap]:
        if ctx.resume is None or not metrics:
            return []
        # Only the project under discussion (or one the answer names) is compared, and only
        # measured outcomes: sample sizes and other counts differ for innocent reasons.
        projects = [
            p
            for p in ctx.resume.projects
            if (slot is not None and p.name == slot.project) or (p.name and p.name in answer)
        ]
        for project in projects:
            claims = [m for m in project.metrics if is_result_metric(m)]
            for said in (m for m in metrics if is_result_metric(m)):
                for claim in claims:
                    if not self._conflicts(said, claim) or said.text not in answer:
                        continue
                    phrase = metric_phrase(claim, project.bullets)
                    signals["resume_claim"] = phrase
                    return [self._gap("contradiction", 0.95, said.text, lang, other=phrase)]
        return []

    @staticmethod
    def _conflicts(said: ClaimedMetric, claim: ClaimedMetric) -> bool:
        consistent = {claim.value, claim.baseline, claim.result} - {None}
        if said.value in consistent and (said.baseline is None or said.baseline in consistent):
            return False
        if said.direction and claim.direction and said.direction != claim.direction:
            return False  # a drop told about an improvement claim is another story
        return metric_values_conflict(said, claim)

    @staticmethod
    def _asks_failure(exchange: Exchange, main: Exchange | None) -> bool:
        """The question (or the main question this follow-up belongs to) asks for a failure."""
        return any(
            "failure" in e.probes and _FAILURE_Q.search(e.question)
            for e in (exchange, main)
            if e is not None
        )

    def _content_gaps(  # noqa: C901 - replaced by the reading layer
        self,
        exchange: Exchange,
        answer: str,
        lang: str,
        table: dict[str, float],
        metrics: list[ClaimedMetric],
        signals: dict[str, object],
        main: Exchange | None = None,
    ) -> list[Gap]:
        gaps: list[Gap] = []
        sentences = split_sentences(answer) or [answer]
        # The vague outcome claim to quote back; without one a follow-up asks without quoting.
        claim = next((s for s in sentences if _OUTCOME.search(s)), "")

        numbers = has_number(answer)
        signals["has_number"] = numbers
        # Counts and sizes ("30k documents", "7B") are numbers, not measured outcomes.
        results = [m for m in metrics if is_result_metric(m)]
        if not numbers:
            gaps.append(self._gap("metrics", table.get("metrics", 0), claim, lang, _OUTCOME))
        elif not results:
            gaps.append(self._gap("metrics", table.get("metrics", 0) * 0.8, claim, lang, _OUTCOME))
        else:
            metrics = results
            method = bool(_METHOD.search(answer))
            unbased = [m for m in metrics if m.baseline is None]
            compared = bool(_COMPARISON.search(answer))
            signals["method"] = method
            if unbased and not compared and not method:
                gaps.append(self._gap("baseline", table.get("baseline", 0), unbased[0].text, lang))
            elif (unbased and not compared) or not method:
                target = (unbased or metrics)[0].text
                gaps.append(self._gap("baseline", table.get("baseline", 0) * 0.75, target, lang))

        own = find_own_actions(answer, lang)
        team = find_team_only(answer, lang)
        signals["own_actions"] = own
        if team and not own:
            gaps.append(self._gap("ownership", table.get("ownership", 0), team[0], lang))
        elif not own and len(answer) > 40:
            gaps.append(self._gap("ownership", table.get("ownership", 0) * 0.7, sentences[0], lang))

        tradeoffs = find_tradeoffs(answer, lang)
        signals["tradeoffs"] = tradeoffs
        if not tradeoffs and not _TRADEOFF.search(answer):
            choice = next((s for s in sentences if _CHOICE.search(s)), "")
            gaps.append(self._gap("tradeoffs", table.get("tradeoffs", 0), choice, lang, _CHOICE))

        star = find_star(answer, lang)
        signals["star"] = {k: len(v) for k, v in star.items()}
        if not star.get("result") and not metrics:
            last = (star.get("action") or sentences)[-1]
            gaps.append(self._gap("result", table.get("result", 0), last, lang))
        missing = [p for p in ("situation", "task", "action", "result") if not star.get(p)]
        if len(missing) >= 2:
            parts = ("、" if lang == "zh" else ", ").join(
                self.strings.star_parts[p].get(lang)
                for p in missing
                if p in self.strings.star_parts
            )
            gaps.append(self._gap("star", table.get("star", 0), "", lang, other=parts))

        buzz = find_buzzwords_without_mechanism(answer, lang)
        if buzz:
            gaps.append(self._gap("depth", table.get("depth", 0), buzz[0], lang))

        if self._asks_failure(exchange, main):
            failures = find_failures(answer, lang)
            lessons = find_lessons(answer, lang)
            if not failures and not lessons:
                gaps.append(self._gap("failure", table.get("failure", 0), claim, lang))
            elif not lessons:
                gaps.append(
                    self._gap(
                        "failure",
                        table.get("failure", 0) * 0.7,
                        failures[0] if failures else claim,
                        lang,
                    )
                )

        if table.get("motivation") and not _MOTIVE.search(answer):
            gaps.append(self._gap("motivation", table["motivation"], claim, lang))

        short = len(answer) < 40 if lang == "zh" else len(answer.split()) < 15
        if short and exchange.kind != "followup" and not metrics:
            gaps.append(self._gap("specificity", table.get("specificity", 0), answer, lang))
        return gaps

    # ------------------------------------------------------------ helpers

    def _detail(self, gap_id: str, lang: str, quote: str = "", other: str = "") -> str:
        group = (
            "gap_details"
            if quote or gap_id not in self.strings.gap_details_plain
            else ("gap_details_plain")
        )
        return self.strings.text(group, gap_id, lang, quote=quote, other=other)

    def _gap(
        self,
        gap_id: str,
        severity: float,
        evidence: str,
        lang: str,
        prefer: re.Pattern[str] | None = None,
        other: str = "",
    ) -> Gap:
        evidence = evidence.strip()
        quote = short_quote(evidence, prefer=prefer) if evidence else ""
        return Gap(
            id=gap_id,
            severity=round(min(1.0, max(0.0, severity)), 3),
            evidence=quote or evidence,
            detail=self._detail(gap_id, lang, quote=quote, other=other),
        )
