"""The kind of a project (rag, agent, finetune, serving, eval, data, ml, other) and why.

Evidence is the words of the project's name and bullets, weighted in a data file
(interviewer/data/resume_kinds.yaml). The name counts twice: it says what the project is; the
bullets say what it touched. What the work did (the file's `work` acts: a model that predicts,
predictions moved onto GPUs, an LLM acting in other systems...) outranks words: a kind with an act
comes first, then the highest total; every kind reaching `min_score` is listed; the terms found for
the primary kind are its evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from interviewer.errors import DataFileError

KINDS_FILE = Path(__file__).resolve().parent.parent / "data" / "resume_kinds.yaml"
KINDS = ("rag", "agent", "finetune", "serving", "eval", "data", "ml", "other")


_BUILT_MODEL_RE = re.compile(
    r"(?i:\b(?:built|rebuilt|trained|retrained|developed|designed|new|replaced\b[^.;\n]{0,40}\bwith)\b"
    r"[^.;\n]{0,40}?\b(?:model|classifier|predictor)s?\b)|(?:训练|搭建|构建|重建|迭代)[^，。；\n]{0,20}模型"
    r"|模型(?:迭代|训练|调优)"
)


_TOOL_USE_RE = re.compile(
    r"(?i:\b(?:calls?|calling|invokes?|invoking)\b(?:\s+[\w-]+){0,3}\s+(?:tools?|APIs?|functions?)\b)"
    r"|(?i:\b(?:using|uses|use of|with)\s+(?:[\w-]+\s+){0,3}(?:and\s+(?:[\w-]+\s+){0,2})?tools\b)"
    r"|(?i:\b(?:pulls?|fetch(?:es)?|looks? up|queries|checks?)\b[^.;]{0,40}\b(?:through|via)\s+(?:[\w-]+\s+){0,2}tools\b)"
    r"|调用[^，。；\n]{0,10}(?:工具|接口|API)"
)


_MEASURED_ON_RE = re.compile(
    r"(?i:\b(?:on|in|against|across|over|using|by|per)\s+(?:(?:our|the|an?|their|its|internal|"
    r"offline|held-?out|hidden|public|standard)\s+)*(?:[\w-]+\s+){0,2}?(?:evaluation|eval|test|"
    r"validation|benchmark|golden|holdout|held-out)\s*(?:sets?|suites?|data(?:sets?)?|benchmarks?|"
    r"cases|questions)\b)"
    r"|在?[^，。；\n]{0,12}(?:测试集|评测集|验证集|基准集?)上"
)
"""Where a result was measured ("accuracy on our evaluation set", "在测试集上"): how the result is
told, not what the project delivered, so its words name no kind."""


class KindsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min_score: float
    kinds: dict[str, dict[float, list[str]]]
    priority: list[str]
    work_weight: float
    work: dict[str, list[str]]
    fallback: dict[str, list[str]] = {}
    software_tests: list[str] = []
    model_words: str = ""
    context: dict[str, list[str]] = {}


class KindReading(BaseModel):
    kind: str = "other"
    kinds: list[str] = []
    evidence: list[str] = []


@lru_cache(maxsize=1)
def _vocab() -> tuple[KindsFile, dict[str, list[tuple[re.Pattern[str], float, str]]]]:
    from interviewer.loader import read_yaml

    try:
        data = KindsFile.model_validate(read_yaml(KINDS_FILE))
    except ValidationError as e:
        err = e.errors()[0]
        raise DataFileError(KINDS_FILE, err["msg"], field=".".join(map(str, err["loc"]))) from None
    unknown = (set(data.kinds) | set(data.work) | set(data.fallback)) - set(KINDS)
    if unknown:
        raise DataFileError(KINDS_FILE, f"unknown kinds {sorted(unknown)}", field="kinds")
    roles = set(data.context) - set(CONTEXT_ROLES)
    if roles:
        raise DataFileError(KINDS_FILE, f"unknown context roles {sorted(roles)}", field="context")
    compiled: dict[str, list[tuple[re.Pattern[str], float, str]]] = {}
    for kind, weights in data.kinds.items():
        for weight, terms in weights.items():
            for term in terms:
                if term.startswith("re:"):  # `re:<word>=<regex>`: a word read in its context
                    word, _, pattern = term[3:].partition("=")
                    compiled.setdefault(kind, []).append((re.compile(pattern), float(weight), word))
                    continue
                esc = re.sub(r"(?:\\ |\\-|-)", r"[\\s-]", re.escape(term))  # "feature-store"
                if re.match(r"\w", term) and term.isascii():
                    tail = (
                        "(?:s|es|ing|ed|d)?" if term[-1:].isalpha() and term[-1:].islower() else ""
                    )
                    esc = rf"(?<![A-Za-z0-9]){esc}{tail}(?![A-Za-z0-9])"  # "reranking"
                flags = 0 if _cased(term) else re.IGNORECASE
                compiled.setdefault(kind, []).append((re.compile(esc, flags), float(weight), term))
    return data, compiled


@lru_cache(maxsize=2)
def _acts(key: str = "work") -> list[tuple[str, re.Pattern[str]]]:
    data, _ = _vocab()
    acts: list[tuple[str, re.Pattern[str]]] = []
    for kind, patterns in getattr(data, key).items():
        for i, pattern in enumerate(patterns):
            try:
                acts.append((kind, re.compile(pattern)))
            except re.error as e:
                raise DataFileError(KINDS_FILE, str(e), field=f"{key}.{kind}.{i}") from None
    return acts


CONTEXT_ROLES = ("background", "setting", "purpose")
_OUTRIGHT = 2.0
"""The weight of a vocabulary term that names a kind by itself (RAG, fraud, dashboard), not
only in support of a kind named otherwise."""


@lru_cache(maxsize=1)
def _context_patterns() -> dict[str, list[re.Pattern[str]]]:
    data, _ = _vocab()
    out: dict[str, list[re.Pattern[str]]] = {}
    for role, patterns in data.context.items():
        for i, pattern in enumerate(patterns):
            try:
                out.setdefault(role, []).append(re.compile(pattern))
            except re.error as e:
                raise DataFileError(KINDS_FILE, str(e), field=f"context.{role}.{i}") from None
    return out


def _context(body: str) -> tuple[str, str, str]:
    """The body with the words that only set the work's context blanked, the words of its
    setting (what it ran on or replaced, the background) and those of whom it served: the
    work's object and method say what it delivered; its setting only supports a kind they name
    ("the order-events pipeline on Kafka" is data work, "a ledger on Kafka" is not), its purpose
    names one only when the work's own words name none."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for role, patterns in _context_patterns().items():
        for pattern in patterns:
            spans.setdefault(role, []).extend(m.span() for m in pattern.finditer(body) if m.group())
    chars = list(body)
    for a, b in [span for role in CONTEXT_ROLES for span in spans.get(role, [])]:
        chars[a:b] = " " * (b - a)
    setting, purpose = (
        "\n".join(body[a:b] for a, b in spans.get(r, [])) for r in CONTEXT_ROLES[1:]
    )
    return "".join(chars), setting, purpose


def _what_was_done(text: str, key: str = "work") -> dict[str, str]:
    """The kinds whose acts (interviewer/data/resume_kinds.yaml `work`, or `fallback`) the text
    tells, with the first words of each that were found."""
    done: dict[str, str] = {}
    for sentence in _sentences(text):
        for kind, act in _acts(key):
            hit = act.search(sentence)
            if hit and kind not in done:
                done[kind] = hit.group() or sentence[:40]
    return done


def _sentences(text: str) -> list[str]:
    """Sentences of a project's text: a full stop inside a number ("0.5") does not end one."""
    parts = re.split(r"(?<!\d)[.;。；！？!?](?!\d)|\n", text)
    return [p.strip() for p in parts if p.strip()]


def _cased(term: str) -> bool:
    """Short acronyms and mixed-case names match as written: "ReAct" is not "React", "SFT" not "sft"."""
    uppers = sum(c.isupper() for c in term)
    return len(term) <= 5 and (term.isupper() or (uppers >= 2 and any(c.islower() for c in term)))


def _tests_code(text: str, data: KindsFile) -> bool:
    """Software tests are named and no model is: testing code, not evaluating a model."""
    if not any(re.search(p, text) for p in data.software_tests):
        return False
    return not (data.model_words and re.search(data.model_words, text))


def _tools_and_tests(
    text: str,
    data: KindsFile,
    scores: dict[str, float],
    found: dict[str, list[str]],
    strong: set[str],
) -> None:
    """Tools called make an agent ("the bot calls billing tools", "调用 CRM 接口"); tests of code
    (a UI regression suite) are no model evaluation."""
    if _tests_code(text, data):
        strong.discard("eval")
    tools = _TOOL_USE_RE.search(text)
    if tools:
        scores["agent"] = scores.get("agent", 0.0) + 3
        found.setdefault("agent", []).append(tools.group())
        strong.add("agent")


def _what_decides(done: dict[str, str], named: set[str], strong: set[str]) -> set[str]:
    """Acts over words. Measuring words (an eval set, 标注, 质检) with no act or name of their
    own, in a project whose act or name is another kind, tell how its result was measured, not
    what it delivered; a pretrained model fine-tuned to classify is fine-tuning work whatever
    the name says. Returns the kinds the name decides (`strong` is updated in place)."""
    others = (set(done) | named) - {"eval"}
    if "eval" in strong and "eval" not in done and "eval" not in named and others:
        strong.discard("eval")
    if "finetune" in done and "ml" in named and "finetune" not in named:
        return (named - {"ml"}) | {"finetune"}
    return named


_FIRST_CLAUSE_RE = re.compile(r"[;；，。:：\n]|(?<!\d),(?!\d)|(?<!\d)\.(?!\d)")


def _measuring_step(body: str, named: set[str], strong: set[str], kind: str = "eval") -> bool:
    """An evaluation set or benchmark built along the way ("…, 建立 500 条评测集每周回归", "and a
    golden set to measure label quality") is how the work was measured, not what it delivered:
    true when evaluation is neither in the name nor in the work's first deed, and another kind
    is told."""
    if kind in named or not (strong - {kind, "other"}):
        return False
    first = _FIRST_CLAUSE_RE.split(body.strip(), maxsplit=1)[0]
    _, compiled = _vocab()
    if any(w >= 2 and p.search(first) for p, w, _ in compiled.get(kind, [])):
        return False  # "建设模型上线评测流程": evaluation is the work's first deed
    return kind not in _what_was_done(first)


_ZH_GENERIC_TAIL_RE = re.compile(r"(?:系统|平台|工具|项目|服务|方案|模块|建设|工程)$")
_HEAD_SPLIT_RE = re.compile(
    r"\s+(?:for|of|at|on|in|with|from|to|via|using)\s+|\s*[(:：—–|]\s*|\s+-\s+"
)


def _head_end(name: str) -> int | None:
    """Where the head word of an English name ends ("Drilling Report *Assistant*", "Card-fraud
    *model* for checkout"): the words before it only say what the work is about, the head what
    it is. A name ending in Chinese has its head at its end ("风控分析*助手*", "推荐*模型*"), a
    trailing 系统/平台/工具/项目 left out (it names no kind); None for a name of one English word
    (the whole name is its head)."""
    if re.search(r"[\u3400-\u9fff]", name):
        tail = re.sub(r"[\s）)」』”\"'】\]]+$", "", name)
        if not re.search(r"[\u3400-\u9fffA-Za-z]$", tail):
            return None
        return len(_ZH_GENERIC_TAIL_RE.sub("", tail)) or None
    first = _HEAD_SPLIT_RE.split(name, maxsplit=1)[0].rstrip()
    if len(first.split()) < 2:
        return None
    return len(first)


def _terms_found(
    name: str, body: str, compiled: dict[str, list[tuple[re.Pattern[str], float, str]]]
) -> tuple[dict[tuple[str, str, float, str], int], set[str]]:
    """The vocabulary's terms in the name (counted twice) and the body, and the kinds the name
    names: the strong terms of its head word when that word is a term (it says what the work
    is, the words before it its topic), else of the whole name."""
    hits_in: dict[tuple[str, str, float, str], int] = {}
    heads: set[str] = set()
    for where, text, times in (("name", name, 2), ("body", body, 1)):
        spans = [
            (m.start(), m.end(), kind, weight, term)
            for kind, patterns in compiled.items()
            for pattern, weight, term in patterns
            for m in pattern.finditer(text)
        ]
        head = _head_end(text) if where == "name" else None
        for a0, a1, kind, weight, term in spans:
            if any(b0 <= a0 and a1 <= b1 and b1 - b0 > a1 - a0 for b0, b1, *_ in spans):
                continue  # "标注" inside "标注平台": the longer term says what it is
            key = (kind, term.lower().replace("-", " "), weight, where)
            hits_in[key] = times
            if where == "name" and (head is None or a0 < head <= a1):
                heads.add(f"{kind}:{weight >= 2}")  # a term of the name's head word
    named = {kind for (kind, _, weight, where) in hits_in if where == "name" and weight >= 2}
    if heads and re.search(r"[\u3400-\u9fff]", name) and len({h.split(":")[0] for h in heads}) > 1:
        heads = (
            set()
        )  # a Chinese last word of two kinds (标注: to train or to measure) decides none
    if heads:
        named = {h.split(":")[0] for h in heads if h.endswith(":True")}
    return hits_in, named


def classify(name: str, bullets: list[str], skills: list[str] | None = None) -> KindReading:
    """The project's primary kind, all kinds that apply, and the words that decided: read from
    the work's own words (its name, deeds and their objects), the words of whom it served only
    when those name no kind, the words of its setting never."""
    whole = _MEASURED_ON_RE.sub(" ", "\n".join([*bullets, *(skills or [])]))
    core, setting, purpose = _context(whole)
    reading = _rank(name, core, whole, setting)
    if reading is None and purpose.strip():
        reading = _rank(name, core, whole, setting, purpose)
    return reading or _fallback(name, whole)


def _rank(
    name: str, body: str, whole: str, setting: str = "", purpose: str = ""
) -> KindReading | None:
    """The kinds `body`'s words and the acts told anywhere in the work (`whole`) name, ranked;
    None when none does. The words of its `setting` add to a kind the body already touches;
    of `purpose` (whom the work served) only the words that name a kind by themselves count
    ("for fraud detection", not "for the loan workflows")."""
    data, compiled = _vocab()
    scores: dict[str, float] = {}
    found: dict[str, list[str]] = {}
    strong: set[str] = set()
    hits_in, named = _terms_found(name, body, compiled)
    first, _ = _terms_found("", _first_deed(body), compiled)
    for key, times in first.items():  # the first deed says what the work mainly was
        body_key = (*key[:3], "body")
        if body_key in hits_in:
            hits_in[body_key] += times
    served, _ = _terms_found("", purpose, compiled)
    hits_in.update({key: times for key, times in served.items() if key[2] >= _OUTRIGHT})
    touched = {key[0] for key in hits_in}
    ran_on, _ = _terms_found("", setting, compiled)
    for (kind, term, weight, _), times in ran_on.items():
        if kind in touched:  # support of a kind the work's own words name, never alone
            scores[kind] = scores.get(kind, 0.0) + weight * times
            found.setdefault(kind, []).append(term)
            if weight >= 2:
                strong.add(kind)
    for (kind, _, weight, _), times in hits_in.items():
        scores[kind] = scores.get(kind, 0.0) + weight * times
    for kind, patterns in compiled.items():
        for _pattern, weight, term in patterns:
            if any(k == kind and t == term.lower().replace("-", " ") for k, t, _, _ in hits_in):
                if term not in found.get(kind, []):
                    found.setdefault(kind, []).append(term)
                if weight >= 2:
                    strong.add(kind)  # weak words only support a kind something else names
    done = _what_was_done(_measures_blanked(f"{name}\n{whole}" if name else whole))
    for kind, words in done.items():  # what the work did: an act of this kind
        scores[kind] = scores.get(kind, 0.0) + data.work_weight
        found[kind] = [words, *found.get(kind, [])]
        strong.add(kind)
    _tools_and_tests(f"{name}\n{whole}", data, scores, found, strong)
    told = f"{name}\n{whole}"
    tools = _TOOL_USE_RE.search(told)
    listed = tools and re.match(r"\s+(?:such as|like|including)\b", told[tools.end() :], re.I)
    if tools and not listed and "agent" not in done:
        done["agent"] = tools.group()  # tools called are what the work did, not a word it used
    named = _what_decides(done, named, strong)
    named = _object_of_first_deed(whole, named, compiled)
    step = _measuring_step(body, named, strong)
    prep = _measuring_step(body, named, strong, "data")
    ranked = sorted(
        (k for k in scores if k != "other" and k in strong and scores[k] >= data.min_score),
        # the name's own strong words say what the project is; then an act says what was
        # delivered, where words only say what was touched ("the ranking model's online
        # predictions moved to GPUs" is serving work on an ml model; "智能客服 Agent" that also
        # built its eval set is an agent)
        key=lambda k: (
            k not in named,
            (k == "eval" and step) or (k == "data" and prep),
            k not in done,
            -scores[k],
            data.priority.index(k),
        ),
    )
    if not ranked:
        return None
    return KindReading(kind=ranked[0], kinds=ranked, evidence=found[ranked[0]][:6])


def _object_of_first_deed(
    body: str, named: set[str], compiled: dict[str, list[tuple[re.Pattern[str], float, str]]]
) -> set[str]:
    """The kinds that decide when the first deed acts on what the name names: "Story
    recommendations. Moved the recommender to a real-time service" is serving work whose object
    is an ml model, so the deed's act decides, not the name's topic. The name's kind must be told
    beside the act (its object), not inside the act's own words (its actor: "让检索、阅读、写作三个
    智能体分工协作，自动生成综述" is still agent work)."""
    first = _first_deed(body)
    acts = {k: w for k, w in _what_was_done(first).items() if k != "other" and k not in named}
    if not acts or not named:
        return named
    for words in acts.values():  # the act's own words ("三个智能体分工协作…生成") tell its actor
        first = first.replace(words, " ")
    terms, _ = _terms_found("", first, compiled)
    objects = {kind for kind, _, weight, _ in terms if weight >= _OUTRIGHT}
    return set(acts) if named <= objects else named


def _measures_blanked(text: str) -> str:
    """The text with the measures its results are told in blanked ('tickets resolved without a
    human went from 18% to 44%'): what was measured says how the work was judged, not what it
    did."""
    from interviewer.quantities import extract_quantities

    chars = list(text)
    for q in extract_quantities(text):
        if q.role != "result" or not q.subject or q.baseline is None:
            continue
        at = text.rfind(q.subject, 0, q.start + len(q.text))
        figure = re.search(r"\d", q.text)
        # the measure told up to its first figure
        end = max(at + len(q.subject), q.start + (figure.start() if figure else 0))
        if 0 <= at and end - at <= 80:
            chars[at:end] = " " * (end - at)
    return "".join(chars)


def _first_deed(body: str) -> str:
    """The first sentence of the work's own words (its context blanked)."""
    return next(iter(_sentences(body)), "")


def _fallback(name: str, whole: str) -> KindReading:
    """No words or acts name a kind: measuring told alone, a model named by what it predicts, a
    model built; else `other`."""
    _, compiled = _vocab()
    for kind, words in _what_was_done(f"{name}\n{whole}", "fallback").items():
        return KindReading(kind=kind, kinds=[kind], evidence=[words])
    built = _BUILT_MODEL_RE.search(f"{name}\n{whole}")
    if built:  # no vocabulary names the kind, but the work is a model built or trained
        return KindReading(kind="ml", kinds=["ml"], evidence=[built.group()])
    others = [term for pattern, _, term in compiled.get("other", []) if pattern.search(whole)]
    return KindReading(kind="other", kinds=["other"], evidence=others[:5])
