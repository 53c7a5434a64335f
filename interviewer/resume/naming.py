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
    r"^(?:[A-Za-z]{2,}(?:-[A-Za-z]+)*ed|built|rebuilt|rewrote|wrote|led|ran|made|drove|set up|shipped|grew|cut|took|"
    r"brought|won|began|found|kept|held|sold|spun up|stood up|own|owned|drive|build|lead)\b\s*",
    re.I,
)
_EN_DUTY_RE = re.compile(
    r"^(?:responsible for|in charge of|worked on|working on|helped(?: to)?|participated in|"
    r"contributed to|owner of|owned|own)\s+",
    re.I,
)
_EN_STOP_RE = re.compile(
    r"\s(?:in|on|with|using|via|for|from|to|into|that|which|by|so|across|at|and|while|after|before|"
    r"used|adopted|deployed|relied)\s|[;,:(]|\.(?!\w)|\s\d"
)
_ZH_LEAD_RE = re.compile(
    r"^(?:负责|参与|主导|牵头|独立|(?:带领|带|领导|管理)\s*[\d一二两三四五六七八九十]*\s*(?:个)?\s*(?:人|名)?\s*的?(?:团队|小组|同学|工程师)(?:完成了?|做了?)?|带领\s*[\d一二两三四五六七八九十]*\s*(?:人|名)?\s*的?|"
    r"协助|完成|从事|推动|通过|基于|使用|利用|采用|将|把|对(?=\S{0,8}(?:进行|做))|搭建|构建|建设|设计|开发|实现|引入|优化|重构|重写)+"
)
_ZH_STOP_RE = re.compile(r"[，,；;。：:（(]")
_ZH_RESULT_TAIL_RE = re.compile(
    r"(?<=[\u3400-\u9fffA-Za-z])(?:上线|发布|投产|部署|改造|优化|重构|落地)(?:后|以后|之后)"
    r"|(?<=[\u3400-\u9fffA-Za-z])(?:同比|环比)?(?:减少|提升|降低|下降|提高|缩短|增加|增长)了?\s*(?:约|近|超过)?\s*\d"
)
"""What follows a work's name in a result line (`上线后…`, `…减少 40%`)."""
_ZH_WHEN_RE = re.compile(
    r"^(?:(?:\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:起|初|底|中|开始)?|去年|今年|前年|之后|随后|后来|此后|"
    r"入职后|入职以后|加入后|同时|另外|此外|期间|最后|首先|然后|接着|还)\s*(?:先|又|也|还)?\s*)+"
)
"""When a sentence of prose happened ("2022 年起", "去年", "之后") — not part of the work's name."""


_EN_KEEP_RE = re.compile(
    r"^(?:(?:responsible for|in charge of)\s+(?:the\s+)?(?:daily|day-to-day|routine|operations|on-?call|"
    r"team|hiring|support)|maintain(?:ed|ing)?|support(?:ed|ing)?|mentor(?:ed|ing)?|"
    r"coach(?:ed|ing)?|taught|teach(?:es|ing)?|lectured|tutored|serv(?:ed|ing) (?:on|as)|"
    # judging others' entries (a hackathon, a competition) is a role held, no work of one's own
    r"judg(?:ed|ing|es)\s+(?:\d+\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:teams|entries|submissions|projects|pitches)\b|"
    # telling others about the work (talks, findings presented, papers written) is no piece of it
    r"present(?:ed|ing) (?:\w+ )?(?:findings|results|work|papers?|posters?|to)\b|gave (?:a |\d+ )?talks?|"
    r"spoke at|(?:co-?)?authored|published|"
    r"took part|take part|participat(?:ed|ing)|attend(?:ed|ing)|"
    r"assist(?:ed|ing)|help(?:ed|ing)?(?: to)?|coordinat(?:ed|ing)|handl(?:ed|ing)|answer(?:ed|ing)|"
    r"on-?call|interview(?:ed|ing)|hir(?:ed|ing)|recruit(?:ed|ing)|manag(?:ed|ing) (?:a|the|my)? ?team|"
    r"own(?:ed|ing)?|(?:was |am )?accountable for|"
    # a build joined to its upkeep ("Built and maintained the pricing models", "Develop and
    # support the ETL"): the job's standing duty, not one piece of work delivered
    r"(?:[a-z]{2,}ed|built|wrote|ran|develop|build|design|run|own)\s+and\s+"
    r"(?:maintain(?:ed|s)?|support(?:ed|s)?|operat(?:ed|es?)|ran|run|own(?:ed)?|administer(?:ed)?)|"
    r"organi[sz](?:ed|ing)|report(?:ed|ing) to|worked on|working on|duties|"
    r"ran (?:the |our |an? )?(?:on-?call|rota|rotation|stand-?ups?|interview|hiring|weekly|daily|"
    r"retros?|sprint|meetings?)|"
    r"wrote (?:the |our |a )?(?:[\w-]+ )?(?:runbooks?|documentation|docs|wiki|playbooks?|onboarding guide)|"
    r"trained (?:new |junior )?(?:engineers|hires|staff|colleagues|analysts|teammates))\b",
    re.I,
)
"""Lines that tell a duty kept up or a part taken, not a piece of work delivered."""
_ZH_KEEP_RE = re.compile(
    r"^(?:参与|协助|配合|维护|支持|辅助|日常)|日常|值班|运维|管理工作|团队管理|带教|招聘|面试|评审|培训|新人|"
    r"(?i:code review|onboarding|on-?call|hiring|mentoring)"
)
_RECURRING_RE = re.compile(
    r"(?i:\b(?:weekly|daily|day-to-day|monthly|quarterly|fortnightly|every (?:week|day|month|sprint|quarter)|"
    r"(?:a|per) (?:year|week|month|day)|each (?:week|month|sprint))\b)|每周|每天|每日|每月|定期|日常"
)
"""Work done again and again (weekly reviews, 50 proposals a year) is a duty, not a delivery."""
_ONE_OFF_BUILD_RE = re.compile(
    r"(?i)^(?:built|rebuilt|created|designed|redesigned|developed|set up|automated|launched|"
    r"introduced|stood up|implemented)\s+(?:the|a|an|our|its)\s+(?:new\s+|first\s+)?"
    r"(?:weekly|daily|nightly|monthly|quarterly|fortnightly)\b"
)
"""Making a thing that then runs every week ('Built the weekly mastery dashboard', 'Set up a
nightly reconciliation job') is done once: a delivery, not a recurring duty."""
_ROTA_RE = re.compile(
    r"(?i:\bon-?call\b|\bpager(?:duty)?\b|\brota\b|\b(?:documentation|runbooks?|playbooks?)\s+for\b)"
    r"|值班|轮值|轮岗"
)
"""An on-call rota kept, or documentation written for someone ("Led the model-risk documentation
for regulators"), whatever verb tells it, is a duty unless a result is measured."""
_ZH_PART_RE = re.compile(r"(?:参与|协助|配合|辅助)(?!主导|设计并|搭建并)")
"""A part taken in someone's work (参与…的数据构建, 协助搭建…): whatever it built, not a delivery of
one's own unless a result is told."""
_ZH_MAKE_RE = re.compile(
    r"主导|牵头|搭建|构建|建立|建设|设计|开发|研发|实现|引入|重构|重写|迁移|升级|上线|落地|打造|替换|改造|"
    r"推动|推进|自研|优化|训练|微调|蒸馏|提出|完成"
)
_ZH_DELIVER_RE = re.compile(
    r"搭建|构建|建立|从\s*0\s*到\s*1|重构|重写|迁移|升级|上线|落地|打造|替换|改造|自研|训练|迭代|提出|引入"
)
"""After 负责, the verbs of a piece of work delivered (not 研发/开发/建设/维护, which name a job)."""
_EN_MAKE_RE = re.compile(
    r"^(?:[A-Za-z]{2,}(?:-[A-Za-z]+)*ed|built|rebuilt|rewrote|wrote|led|ran|made|drove|set up|shipped|grew|cut|took|"
    r"brought|won|began|found|kept|sold|spun up|stood up|responsible for|in charge of|own|owned)\b",
    re.I,
)


_EN_SUBJECT_RE = re.compile(
    r"^(?:(?:then|later(?: on)?|after that|afterwards|next|also|finally|first|in \d{4}|"
    r"since \d{4}|for (?:an?|the|one) [\w -]{1,40}?|early on|"
    # when or where, before the subject: "In my first year", "During the 2022 peak season",
    # "Over the next six months", "At Zalando", "Towards the end of 2021"
    r"(?:in|during|over|within|by|at|after|before|towards? the (?:end|start) of|early in|late in|"
    r"last|this|that)\s+[\w'’ -]{1,40}?),?\s+)*"
    r"(?-i:I|i(?=\s)|[Ww]e|[Mm]y teams?|[Oo]ur team|[Tt]he team)\s+(?:also\s+|then\s+|later\s+|first\s+)?",
    re.I,
)
"""The first-person opening of a sentence in prose ("After that I built…", "We replaced…")."""
_EN_SCOPE_RE = re.compile(r"(?i)^(?:responsible for|in charge of|accountable for)\s+")
"""What a job answered for: the area named (`Responsible for NLP algorithms`) tells the job."""
_EN_SCOPE_DEED_RE = re.compile(
    r"(?i)^(?:responsible for|in charge of|accountable for)\s+[a-z]+ing\s+"
    r"(?:(?:the|a|an|our|its|their|and|new|from|to|with)\b|(?-i:[A-Z0-9]))"
)
"""…unless a deed done to an object follows (`Responsible for building the feature store`)."""
_EN_NOT_DEED_RE = re.compile(
    r"^(?:joined|came|started|worked|stayed|returned|transferred|relocated|was|were|became|"
    r"got|promoted|spent|went|moved to (?:the |a )?(?:team|role|position|[A-Z]))\b",
    re.I,
)
"""Verbs that tell the job, not a piece of work delivered ("I joined to fix…")."""


_EN_RECOGNITION_RE = re.compile(
    r"(?i)^(?:(?:was|were|got)\s+)?(?:received|won|awarded|earned|named|recogni[sz]ed|nominated|"
    r"honou?red|selected|voted)\b[^.;]{0,60}?\b(?:awards?|prizes?|honou?rs?|recognition|"
    r"scholarships?|medals?|fellowships?|(?:employee|engineer|analyst|rookie|star|performer)\s+of\s+"
    r"the\s+(?:year|quarter|month))\b"
)
"""Recognition received (an award, a prize, employee of the quarter): no piece of work."""
_EN_WORK_IN_RE = re.compile(
    r"(?i)\b(?:by|for)\s+(?:building|designing|developing|shipping|creating|leading|rebuilding|"
    r"launching|automating)\b|\b(?:built|designed|developed|shipped|created|rebuilt|launched)\b"
)
"""The work an award was for, told in the same line ('won the hackathon by building…')."""


_AIM_RE = re.compile(
    # a goal key before what was wanted ("Objective:", "Goal -", "项目目标：", "目标是")
    r"^(?i:(?:(?:so|and|but|well)\s+)?(?:(?:the|our|my|main|key|project|business)\s+)*"
    r"(?:objectives?|goals?|aims?|purpose|mission)(?:\s*[:：]|\s+[-–—]\s|\s+(?:is|was|were)\b"
    r"|\s+(?:\w+\s+){0,2}?to\s+[a-z]+))"
    r"|^(?:项目)?(?:目标|目的|宗旨|愿景)\s*(?:[:：]|是|为|在于)"
    # an intention told in place of a deed ("To halve…", "Aimed to…", "旨在…", "力争…")
    r"|^(?i:to\s+(?!date\b)[a-z]+|aim(?:ed|ing|s)?\s+(?:to|at)\b|in order to\b|intend(?:ed)?\s+to\b)"
    r"|^(?:旨在|力争|争取|计划将|计划把|希望将|希望把|意在)"
)


def states_aim(text: str) -> bool:
    """The line states what the work aimed at (a goal key, or an intention in place of a
    deed): what was wanted, not what was done — no unit of its own, its number a target."""
    return _AIM_RE.match(text.strip()) is not None


def strip_subject(text: str) -> str:
    """ "After that I built the X" → "built the X" (an English sentence of prose); a bio's third
    person too ("She also led the move …", "At Crestline Dana built …" → "led …", "built …"):
    a pronoun, or one capitalised name, before a verb of making."""
    text = _EN_SUBJECT_RE.sub("", text.strip(), count=1)
    third = _EN_THIRD_RE.match(text)
    if third and _EN_MAKE_RE.match(text[third.end() :]):
        return text[third.end() :]
    return text


_EN_THIRD_RE = re.compile(
    r"^(?:(?:[Aa]t|[Ii]n|[Ff]or) [A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3},?\s+)?"
    r"(?:[Ss]he|[Hh]e|[Tt]hey|[A-Z][a-z]{2,15})\s+(?:also\s+|then\s+|later\s+|first\s+)?"
)
"""The third person of a bio (She, He, They, or the candidate's first name), after an optional
'At <Employer>'."""


def is_achievement(bullet: str) -> bool:
    """A line that tells a piece of work delivered (built, changed, shipped, improved) or its
    outcome — what an interviewer can ask about. A duty kept up (maintained, supported, mentored,
    负责…日常运维), a part taken (took part in, 参与…评审) or a line describing the job itself
    (a noun phrase with no action) is not one."""
    from interviewer.quantities import extract_quantities

    text = bullet.strip()
    if not text or states_aim(text):
        return False  # what the work aimed at is no work delivered
    results = [q for q in extract_quantities(text) if q.role in ("result", "intermediate")]
    if re.search(r"[\u3400-\u9fff]", text):
        head = _ZH_STOP_RE.split(text, maxsplit=1)[0]
        if (
            _ZH_KEEP_RE.search(head)
            and not _ZH_MAKE_RE.search(head)
            or _ZH_PART_RE.match(head)
            or _RECURRING_RE.search(text)
            or _ROTA_RE.search(head)
        ):
            return bool(results)
        if text.startswith("负责"):  # "负责X的架构与研发" tells the job; "负责搭建X" a delivery
            return bool(results) or bool(_ZH_DELIVER_RE.search(head))
        return bool(results) or bool(_ZH_MAKE_RE.search(text))
    text = strip_subject(text)
    if _EN_NOT_DEED_RE.match(text) and not results:
        return False
    if _EN_SCOPE_RE.match(text) and not _EN_SCOPE_DEED_RE.match(text):
        return bool(results)  # "Responsible for pricing analytics" tells the job, as 负责X的…
    if _EN_RECOGNITION_RE.match(text) and not _EN_WORK_IN_RE.search(text):
        return False  # "Received the 'Star Performer' award": recognition, no work told
    recurring = _RECURRING_RE.search(text) and not _ONE_OFF_BUILD_RE.match(text)
    if _EN_KEEP_RE.match(text) or recurring or _ROTA_RE.search(text):
        # a duty kept up, or one done every week / year: only a measured change makes it work
        # delivered ("hired and onboarded four analysts" counts people, it changes nothing)
        return any(
            q.unit not in ("count", "people", "") or q.baseline is not None or q.direction
            for q in results
        )
    if _PEOPLE_OBJECT_RE.match(text) and not _PURPOSE_RE.search(text):
        # the team grown, the guild or hiring loop run: managing people, not work delivered,
        # unless a result other than a head count is measured
        return any(q.unit != "people" for q in results)
    return bool(results) or bool(_EN_MAKE_RE.match(text))


_PEOPLE_OBJECT_RE = re.compile(
    r"^(?:[A-Za-z]{2,}(?:-[A-Za-z]+)*ed|built|grew|ran|led|made|set up|stood up|spun up)\s+(?:up\s+)?"
    r"(?:(?:the|a|an|our|my|its|their)\s+)?(?:[\w/&'-]+\s+){0,2}?"
    r"(?:teams?|group|org|organi[sz]ation|department|engineers|people|staff|hires|guild|chapter|"
    r"reading group|hiring loop|hiring|interns|juniors)"
    r"(?=\s*(?:$|[,.;:(]|(?:of|from|to|and|in|at|with|for|across|by)\b))",
    re.I,
)
"""A deed whose object is people or a forum of them (grew the group, built a team of 8, ran the
guild and the hiring loop): managing, not a piece of work to ask about."""
_PURPOSE_RE = re.compile(
    r"(?i)\b(?:to|that|which|who)\s+(?!\d)(?!(?:senior|staff|lead|principal|manager|director|"
    r"the|a|an|our|their|its|my)\b)[a-z]{3,}\b"
)
"""A purpose or relative clause telling the work the people did ('led a team of 5 to rebuild
checkout'); not 'from 5 to 14 engineers' or 'promoted to senior'."""


def tells_duty(text: str) -> bool:
    """A line that tells a duty kept up, a part taken or a rota, whatever it delivers."""
    text = strip_subject(text.strip())
    if re.search(r"[\u3400-\u9fff]", text):
        head = _ZH_STOP_RE.split(text, maxsplit=1)[0]
        return bool(_ZH_KEEP_RE.search(head) or _ROTA_RE.search(head))
    return bool(_EN_KEEP_RE.match(text) or _RECURRING_RE.search(text) or _ROTA_RE.search(text))


def is_duty_name(name: str) -> bool:
    """A name that only tells duties (`日常`, `其他工作`, `On-call`, `Mentoring`, `Daily operations`)."""
    text = name.strip()
    if len(text) > 24 or _ZH_MAKE_RE.search(text):
        return False
    if re.fullmatch(
        r"(?:其他|其它)(?:工作|职责)?|(?i:other (?:duties|responsibilities|work)|duties|"
        r"on-?call(?: rota| rotation| duty)?|support rota)",
        text,
    ):
        return True
    return bool(_ZH_KEEP_RE.search(text) or _EN_KEEP_RE.match(text))


def is_result_line(bullet: str) -> bool:
    """A line that only reports a result of the line before ("召回率提升了 5%", "Latency down 30%")."""
    from interviewer.quantities import extract_quantities

    text = bullet.strip()
    if _EN_VERB_RE.match(text) or _ZH_LEAD_RE.match(text) or _EN_DUTY_RE.match(text):
        return False
    if result_then_deed(text) is not None:
        return False  # "Churn down 30% — rebuilt the model": the result, then its own deed
    found = [q for q in extract_quantities(text) if q.role == "result"]
    return bool(found) and found[0].start <= 3


_RESULT_DEED_SPLIT_RE = re.compile(r"\s*(?:——|—|–|\s-\s|[:：])\s*")


def result_then_deed(text: str) -> tuple[str, str] | None:
    """(result, deed) of a point that opens with its result and then, after a dash or a colon,
    tells the deed that produced it ('Quote disputes down from 11% to 4% — wrote the evaluation
    suite', '点击率提升 9%——把召回换成双塔模型'), or None."""
    parts = _RESULT_DEED_SPLIT_RE.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or not parts[1] or not results_in(parts[0]):
        return None
    head, deed = parts
    if _deed(head):
        return None  # the point opens with a deed already
    told = _deed(deed) or (is_achievement(deed) and not results_in(deed))
    return (head, deed) if told else None


def unit_name(bullet: str, lang: str) -> str:
    """ "Migrated batch inference to vLLM" → "the batch inference migration"; zh: the clause's object."""
    text = _ORDINAL_RE.sub("", bullet.strip(), count=1).strip()
    if not text:
        return ""
    del lang  # each line is named in its own language
    called = _CALLED_RE.search(text)
    if called:
        return called.group("zh") or called.group("en")
    if re.search(r"[\u3400-\u9fff]", text):
        head = _ZH_STOP_RE.split(text, maxsplit=1)[0]
        head = _ZH_WHEN_RE.sub("", head).strip()
        head = re.sub(r"^(?:我们|我|本人)(?:也|还|又|先|后来|主要|亲自)?", "", head).strip()
        head = _ZH_LEAD_RE.sub("", head).strip()
        head = re.sub(r"^(?:重做|重新做|做|接手|了)+了?\s*", "", head).strip()
        # `作文批改模型上线后教师复核量减少 40%`: the work is named before the time it went live
        # and before a measure's change; a name is never cut inside a number
        head = _ZH_RESULT_TAIL_RE.split(head, maxsplit=1)[0].strip() or head
        name = head[:20] or text[:20]
        return re.sub(r"[\d.,%\s]+$", "", name) if re.search(r"\d$", name) else name
    text = _EN_DUTY_RE.sub("", strip_subject(text))
    verb = _EN_VERB_RE.match(text)
    rest = text[verb.end() :] if verb else text
    crew = _CREW_RE.match(rest) if verb and verb.group().strip().lower() in _LEAD_VERBS else None
    if crew:
        # "Led a team of 4 to add drift monitoring": the work the people did names the unit
        rest = rest[crew.end() :]
        if crew.group("link").lower() not in ("on", "for", "through"):
            rest = re.sub(r"^[A-Za-z-]+\s+", "", rest)  # "to [add] …", "that [rebuilt] …"
        verb = None
    rest = re.sub(r"^(?:the|a|an|our|their|its|my)\s+", "", rest, flags=re.I)
    act = _ACT_OF_RE.match(rest)
    if act and act.group("act").lower() not in _QUANTITY_NOUNS:
        # "Led the migration of the billing service": the thing acted on names the act
        thing = _EN_STOP_RE.split(act.group("obj") + " ", maxsplit=1)[0].strip()
        thing = re.sub(r"^(?:the|a|an|our|their|its|my|all)\s+", "", thing, flags=re.I)
        if thing and len(thing.split()) <= 4:
            name = f"the {thing} {act.group('mod')}{act.group('act').lower()}"
            return name if len(name) <= 40 else name[:40].rsplit(" ", 1)[0]
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


_ACT_OF_RE = re.compile(
    r"^(?P<mod>(?:[\w.+-]+\s+){0,2}?)(?P<act>[A-Za-z-]+(?:tion|sion|ment|al|out|up|over|ign|ite|ild|aul|ch|ade))\s+of\s+(?P<obj>.+)",
    re.I,
)
"""`migration of X`, `rollout of X`, `redesign of X`: an act named as a noun over what it acts on."""
_QUANTITY_NOUNS = frozenset({"suite", "batch", "bunch", "total", "several", "handful", "range"})
"""Nouns of that shape that count what follows rather than act on it (`a suite of tests`)."""


#: Verbs whose object may be the people who did the work rather than the work.
_LEAD_VERBS = frozenset(
    {
        "led",
        "lead",
        "managed",
        "ran",
        "headed",
        "coordinated",
        "directed",
        "supervised",
        "mentored",
        "guided",
        "coached",
    }
)
_CREW_RE = re.compile(
    r"^(?:(?:a|an|the|my|our)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:team|squad|group|crew|pod|engineers?|developers?|people|juniors?|interns?|analysts?|"
    r"scientists?|contractors?)(?:\s+of\s+[\w-]+(?:\s+(?:engineers|people|developers))?)?"
    r"\s+(?P<link>to|that|who|which|while|in|on|for|through)\s+",
    re.I,
)


_NAME_LINE_RE = re.compile(r"^[\w\u3400-\u9fff][^.!?。；;:：,，]{1,58}$")
_PLACE_RE = re.compile(r"[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?(?:,\s*[A-Z]{2})?|[Rr]emote")


def is_name_line(line: str, following: str) -> bool:
    """A short line that names the work the prose after it tells ("Route-time prediction" over
    its paragraph): no number, no sentence, no list, no place, no verb opening it; the line after
    it is a sentence several times longer."""
    from interviewer.quantities import extract_quantities

    text, nxt = line.strip(), following.strip()
    if not _NAME_LINE_RE.match(text) or len(text.split()) > 7 or _PLACE_RE.fullmatch(text):
        return False
    if extract_quantities(text) or _NAME_LINE_RE.match(nxt):
        return False
    if _EN_MAKE_RE.match(text) or _EN_KEEP_RE.match(text) or _ZH_LEAD_RE.match(text):
        return False
    if re.search(r"[\u3400-\u9fff]", text):
        short = re.sub(r"\s+", "", re.sub(r"[A-Za-z0-9-]+", "x", text))  # a Latin word counts once
        return (
            len(short) <= 20
            and len(nxt) >= max(15, 2 * len(text))
            and bool(re.search(r"[，。；]|[,;.](?=\s|$)", nxt))  # code-mixed prose: ', '"
        )
    return len(nxt.split()) >= max(10, 2 * len(text.split()) + 4)


_ZH_REDO_RE = re.compile(r"重做|重新做|做了|做过|写了|换成|改成|改为|迭代")
"""Plain verbs of work done that open a sentence of prose (重做了 X 模块, 把 A 换成 B)."""
_EN_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")
_ZH_SENTENCE_RE = re.compile(r"(?<=[。！？；;])")
_ORDINAL_RE = re.compile(
    r"^(?:第\s*[一二三四五六七八九十\d]+\s*(?:件|个|项|块|点)?(?:事情?|工作|项目)?\s*(?:是|就是|呢)?\s*[，,：:]?"
    r"|其[一二三四五]\s*[，,：:是]?"
    r"|(?i:(?:the\s+)?(?:first|second|third|fourth|fifth)(?:ly)?(?:\s+(?:one|thing|project))?"
    r"(?:\s+(?:was|is))?\s*[,:]?)\s+)"
)
"""An ordinal opening a sentence (第一件是…, 其二，…, First, … / The second was …): the speaker
enumerates pieces of work, one per ordinal."""
_CALLED_RE = re.compile(
    r"(?:叫做?|名为|名叫|取名)\s*[“\"「《]?(?P<zh>[A-Za-z][\w-]{1,30}|[\u3400-\u9fff]{2,12})"
    r"|(?i:\b(?:called|named|dubbed)\s+)[“\"]?(?P<en>[A-Z][\w-]{1,30}(?:\s+[A-Z][\w-]{1,30}){0,2})"
)
"""A piece of work given its name in passing (…助手，叫 ReviewBot; a tool called Sherlock)."""


def _deed(sentence: str) -> bool:
    """A sentence that opens a piece of work of its own: a making verb and an object that is not
    the measure its own result is about ("Cut latency 40%" only reports a result)."""
    from interviewer.quantities import extract_quantities

    text = sentence.strip()
    if re.search(r"[\u3400-\u9fff]", text):
        head = _ZH_STOP_RE.split(text, maxsplit=1)[0]
        made = _ZH_MAKE_RE.search(head) or _ZH_REDO_RE.search(head)
        if not made or (_ZH_KEEP_RE.search(head) and not results_in(text)):
            return False
        name = unit_name(text, "zh")
    else:
        text = strip_subject(text)
        if not _EN_MAKE_RE.match(text) or _EN_NOT_DEED_RE.match(text) or _EN_KEEP_RE.match(text):
            return False
        name = unit_name(text, "en")
    from interviewer.quantities.subject import family_of

    found = extract_quantities(text)
    words = set(re.findall(r"[a-z]{3,}|[\u3400-\u9fff]{2}", name.lower())) - {"the"}
    if any(q.unit in _DURATION_UNITS for q in found) and words and not family_of(name):
        return True  # "Cut the embedding backfill from 11 days to 20 hours": a process made faster
    subjects = [q.subject.lower() for q in found if q.subject]
    return bool(words) and not any(
        words <= set(re.findall(r"[a-z]{3,}|[\u3400-\u9fff]{2}", s)) for s in subjects
    )


def tells_deed(sentence: str) -> bool:
    """The sentence opens a piece of work of its own (see _deed), not only a result."""
    return _deed(sentence)


_DURATION_UNITS = frozenset({"ms", "s", "min", "h", "d", "day", "days", "week", "month"})
"""A running time: what a process (a backfill, a batch, a retraining job) is measured in."""


def results_in(text: str) -> bool:
    from interviewer.quantities import extract_quantities

    return any(q.role in ("result", "intermediate") for q in extract_quantities(text))


def deed_sentence(piece: str) -> str:
    """The sentence of a piece of prose that tells its deed when the piece opens on the job
    itself ("Lumen Grid (2019 to now), Platform Lead. I was hired to …. I rebuilt the billing
    export …" → "I rebuilt the billing export …"): what the unit is named by. The piece itself
    otherwise (a first sentence that names no job may name the work)."""
    from interviewer.resume.evidence import job_line

    text = piece.strip()
    flipped = result_then_deed(text)
    if flipped is not None:
        return flipped[1]  # "Churn down 30% — rebuilt the model": the deed names the work
    splitter = _ZH_SENTENCE_RE if re.search(r"[\u3400-\u9fff]", text) else _EN_SENTENCE_RE
    sentences = [s.strip() for s in splitter.split(text) if s.strip()]
    if len(sentences) < 2 or _deed(sentences[0]) or job_line(sentences[0]) is None:
        return piece
    return next((s for s in sentences[1:] if _deed(s)), piece)


def work_pieces(paragraph: str) -> list[str]:
    """A prose paragraph telling several pieces of work → one text per piece (its deed sentence
    and the result-only sentences after it); sentences before the first deed stay as they are.
    A paragraph with fewer than two deeds is returned whole."""
    text = paragraph.strip()
    splitter = _ZH_SENTENCE_RE if re.search(r"[\u3400-\u9fff]", text) else _EN_SENTENCE_RE
    sentences = [s.strip() for s in splitter.split(text) if s.strip()]
    if len(sentences) < 2:
        return [paragraph]
    glue = "" if splitter is _ZH_SENTENCE_RE else " "
    if sum(bool(_ORDINAL_RE.match(s)) for s in sentences) >= 2:
        return _enumerated(sentences, glue)
    deeds = [_deed(s) for s in sentences]
    deeds[0] = deeds[0] or is_achievement(sentences[0])
    if sum(deeds) < 2:
        return [paragraph]
    pieces: list[str] = []
    current: list[str] = []
    for sentence, deed in zip(sentences, deeds, strict=True):
        if deed or not current:
            if current:
                pieces.append(glue.join(current))
            current = [sentence]
        elif results_in(sentence):
            current.append(sentence)  # the result of the work before
        else:
            pieces.append(glue.join(current))
            current = [sentence]
    if current:
        pieces.append(glue.join(current))
    return pieces


def _enumerated(sentences: list[str], glue: str) -> list[str]:
    """Sentences split where an ordinal opens one; what comes before the first stays whole."""
    pieces: list[list[str]] = [[]]
    for sentence in sentences:
        if _ORDINAL_RE.match(sentence) and pieces[-1]:
            pieces.append([])
        pieces[-1].append(sentence)
    return [glue.join(p) for p in pieces if p]


def opens_with_deed(text: str) -> bool:
    """The line opens with something done ('Migrated …', 'Cut …', 把…迁移到…, 重构…), not a duty
    kept up or a result reported."""
    text = text.strip()
    if _EN_DUTY_RE.match(text) or text.startswith(("负责", "参与", "协助")):
        return False
    return bool(_EN_VERB_RE.match(text) or _ZH_LEAD_RE.match(text))


_HEAD_END_RE = re.compile(r"[，,；;。：:（(]|\s(?:by|which|so|and then|while|where)\s")
_FUNCTION_WORDS = frozenset(
    "from with into onto over under that this these those which their using across after before "
    "about than each every into within without them they were been have some more most also".split()
)


def object_marks(text: str) -> set[str]:
    words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z][A-Za-z0-9+-]{3,}", text)}
    han = "".join(re.findall(r"[\u3400-\u9fff]+|\s", text))
    grams = {a + b for a, b in zip(han, han[1:], strict=False) if not (a + b).isspace()}
    return {w for w in words if w not in _FUNCTION_WORDS} | {g for g in grams if " " not in g}


def shares_object(deed: str, unit: str) -> bool:
    """The deed's own clause (its verb left out, up to its first break) names something the unit
    above names too: a word, or two Chinese characters in a row — more of the same work."""
    head = _HEAD_END_RE.split(deed.strip(), maxsplit=1)[0]
    lead = _EN_VERB_RE.match(head) or _ZH_LEAD_RE.match(head)
    if lead:
        head = head[lead.end() :]
    return bool(object_marks(head) & object_marks(unit))
