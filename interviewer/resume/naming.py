"""Names for askable units: an achievement named by the thing it worked on."""

from __future__ import annotations

import re

_EN_NOUN = {
    "migrated": "migration",
    "moved": "migration",
    "rewrote": "rewrite",
    "rebuilt": "rebuild",
    "automated": "automation",
    "redesigned": "redesign",
    "designed": "design",
    "launched": "launch",
    "optimized": "optimization",
    "optimised": "optimisation",
    "refactored": "refactor",
    "consolidated": "consolidation",
    "integrated": "integration",
    "upgraded": "upgrade",
}
_EN_VERB_RE = re.compile(
    r"^(?:[A-Za-z]+ed|built|rebuilt|rewrote|wrote|led|ran|made|drove|set up|shipped|grew|cut|took|"
    r"brought|won|began|found|kept|held|sold|spun up|stood up|own|owned|drive|build|lead)\b\s*",
    re.I,
)
_EN_DUTY_RE = re.compile(
    r"^(?:responsible for|in charge of|worked on|working on|helped(?: to)?|participated in|"
    r"contributed to|owner of|owned|own)\s+",
    re.I,
)
_EN_STOP_RE = re.compile(
    r"\s(?:in|on|with|using|via|for|from|to|into|that|which|by|so|across|at|and|while|after|before)\s|[;,.:(]|\s\d"
)
_ZH_LEAD_RE = re.compile(
    r"^(?:负责|参与|主导|牵头|独立|带领\s*[\d一二两三四五六七八九十]*\s*(?:人|名)?\s*的?(?:团队|小组|同学|工程师)?|"
    r"协助|完成|从事|推动|通过|基于|使用|利用|采用|将|把|对|搭建|构建|建设|设计|开发|实现|引入|优化|重构|重写)+"
)
_ZH_STOP_RE = re.compile(r"[，,；;。：:（(]")


def is_result_line(bullet: str) -> bool:
    """A line that only reports a result of the line before ("召回率提升了 5%", "Latency down 30%")."""
    from interviewer.quantities import extract_quantities

    text = bullet.strip()
    if _EN_VERB_RE.match(text) or _ZH_LEAD_RE.match(text) or _EN_DUTY_RE.match(text):
        return False
    found = [q for q in extract_quantities(text) if q.role == "result"]
    return bool(found) and found[0].start <= 3


def unit_name(bullet: str, lang: str) -> str:
    """ "Migrated batch inference to vLLM" → "the batch inference migration"; zh: the clause's object."""
    text = bullet.strip()
    if not text:
        return ""
    del lang  # each line is named in its own language
    if re.search(r"[\u3400-\u9fff]", text):
        head = _ZH_STOP_RE.split(text, maxsplit=1)[0]
        head = _ZH_LEAD_RE.sub("", head).strip()
        return head[:20] or text[:20]
    text = _EN_DUTY_RE.sub("", text)
    verb = _EN_VERB_RE.match(text)
    rest = text[verb.end() :] if verb else text
    obj = _EN_STOP_RE.split(rest + " ", maxsplit=1)[0].strip()
    obj = re.sub(r"^(?:the|a|an|our|their|its|my)\s+", "", obj, flags=re.I)
    words: list[str] = []
    for word in obj.split()[:6]:
        if len(words) >= 2 and word.lower().endswith("ing"):
            break  # "the payments service [handling] 2k QPS"
        words.append(word)
    if not words:
        return ""
    noun = _EN_NOUN.get(verb.group().strip().lower(), "") if verb else ""
    name = "the " + " ".join([*words, noun]).strip()
    return name if len(name) <= 40 else name[:40].rsplit(" ", 1)[0]
