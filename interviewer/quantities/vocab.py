"""The quantities vocabulary (interviewer/data/quantities.yaml), validated and compiled once."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from interviewer.errors import DataFileError

VOCAB_FILE = Path(__file__).resolve().parent.parent / "data" / "quantities.yaml"


class VagueEn(BaseModel):
    """English vague magnitudes (see the data file)."""

    model_config = ConfigDict(extra="forbid")

    before_scale: dict[str, tuple[float, float]]
    scales: dict[str, float]
    plural_scales: dict[str, tuple[float, float]]
    figures: dict[str, tuple[float, float]]


class Incidental(BaseModel):
    """Words that make a number incidental (see the data file)."""

    model_config = ConfigDict(extra="forbid")

    employers: list[str]
    career: list[str]
    field: list[str]
    own: list[str]


class Targets(BaseModel):
    """Words of targets, goals and plans, and of what was achieved beside them (see the data file)."""

    model_config = ConfigDict(extra="forbid")

    before: list[str]
    after: list[str]
    not_targets: list[str]
    requested: list[str]
    achieved: list[str]
    met: list[str]
    beaten: list[str]


class NegatedBounds(BaseModel):
    """Negated comparatives (see the data file)."""

    model_config = ConfigDict(extra="forbid")

    negators: list[str]
    more: list[str]
    less: list[str]


class Scope(BaseModel):
    """Scope verbs and the organisation's units they cover (see the data file)."""

    model_config = ConfigDict(extra="forbid")

    verbs: list[str]
    units: list[str]


class Comparison(BaseModel):
    """A difference against a named baseline (see the data file)."""

    model_config = ConfigDict(extra="forbid")

    markers_zh: list[str]
    opens_zh: list[str]
    closes_zh: list[str]
    up_zh: list[str]
    down_zh: list[str]
    up_en: list[str]
    down_en: list[str]


class Repairs(BaseModel):
    """Words of a spoken repair: a figure withdrawn and replaced (see the data file)."""

    model_config = ConfigDict(extra="forbid")

    withdraw: list[str]
    fillers: list[str]
    leads: list[str]
    negators: list[str]
    but: list[str]


class Spread(BaseModel):
    """Words of a spread over cases (see the data file)."""

    model_config = ConfigDict(extra="forbid")

    verbs: list[str]
    cases: list[str]


class Conditions(BaseModel):
    """Words that open or close a condition's clause (see the data file)."""

    model_config = ConfigDict(extra="forbid")

    open: list[str]
    close: list[str]


class NotTold(BaseModel):
    """Words of scenarios told as not having happened (see the data file)."""

    model_config = ConfigDict(extra="forbid")

    suppose_zh: list[str]
    suppose_en: list[str]
    hedges: list[str]
    negators_en: list[str]
    tried_en: list[str]
    negators_zh: list[str]
    tried_zh: list[str]


class MeasureNames(BaseModel):
    """Words of figures that are part of a measure's name (see the data file)."""

    model_config = ConfigDict(extra="forbid")

    ahead_en: list[str]
    ahead_zh: list[str]
    closes_en: list[str]
    whether_en: list[str]
    whether_zh: list[str]
    ranked: list[str]
    measure_zh: list[str]


class VocabFile(BaseModel):
    """The file's shape; every list is words of either language."""

    model_config = ConfigDict(extra="forbid")

    families: dict[str, list[str]]
    percentile_prefix: str
    up: list[str]
    down: list[str]
    outcome_verbs: list[str]
    to_level: list[str]
    from_words: list[str]
    at_most: list[str]
    at_least: list[str]
    about: list[str]
    team: list[str]
    sample: list[str]
    sampling: list[str]
    data: list[str]
    cost: list[str]
    duration: list[str]
    took: list[str]
    money_zh: list[str]
    vague_en: VagueEn
    incidental: Incidental
    labels: list[str]
    team_size_names: list[str]
    work_nouns: list[str]
    window_zh: list[str]
    measure_names: MeasureNames
    settings: list[str]
    products: list[str]
    audience_families: list[str]
    audience_reached: list[str]
    count_reached: list[str]
    zero_to_one: list[str]
    gpu_models: str
    targets: Targets
    hedges: list[str]
    scope: Scope
    negated_bounds: NegatedBounds
    verb_tails: list[str]
    comparison: Comparison
    totals: list[str]
    repairs: Repairs
    spread: Spread
    conditions: Conditions
    not_told: NotTold


def words_pattern(words: list[str]) -> str:
    """One alternation, longest first; Latin words only match whole."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        esc = re.escape(w).replace(r"\ ", r"\s+")
        if re.match(r"[A-Za-z]", w):
            esc = r"(?<![A-Za-z])" + esc
        if re.search(r"[A-Za-z]$", w):
            esc += r"(?![A-Za-z])"
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")"


class Vocab:
    """Compiled patterns of the vocabulary."""

    def __init__(self, data: VocabFile) -> None:
        self.data = data
        flags = re.IGNORECASE
        self.family_of: dict[str, str] = {}
        for family, terms in data.families.items():
            for term in terms:
                self.family_of[term.lower()] = family
        self.family_re = re.compile(words_pattern(list(self.family_of)), flags)
        self.percentile_re = re.compile(data.percentile_prefix, flags)
        self.up_re = re.compile(words_pattern(data.up), flags)
        self.down_re = re.compile(words_pattern(data.down), flags)
        self.outcome_re = re.compile(words_pattern(data.outcome_verbs), flags)
        self.to_level_re = re.compile(words_pattern(data.to_level) + r"\s*了?\s*$", flags)
        self.from_re = re.compile(words_pattern(data.from_words), flags)
        self.at_most_re = re.compile(words_pattern(data.at_most), flags)
        self.at_least_re = re.compile(words_pattern(data.at_least), flags)
        self.about_re = re.compile(words_pattern(data.about), flags)
        self.team_re = re.compile(words_pattern(data.team), flags)
        self.sample_re = re.compile(words_pattern(data.sample), flags)
        self.sampling_re = re.compile(words_pattern(data.sampling), flags)
        self.data_re = re.compile(words_pattern(data.data), flags)
        self.cost_re = re.compile(words_pattern(data.cost), flags)
        self.took_re = re.compile(words_pattern(data.took), flags)
        self.money_zh_re = re.compile(words_pattern(data.money_zh), flags)
        self.employers_re = re.compile(words_pattern(data.incidental.employers), flags)
        self.career_re = re.compile(words_pattern(data.incidental.career), flags)
        self.field_re = re.compile(words_pattern(data.incidental.field), flags)
        self.own_re = re.compile(words_pattern(data.incidental.own), flags)
        self.label_re = re.compile(words_pattern(data.labels), flags)
        self.team_size_re = re.compile(words_pattern(data.team_size_names), flags)
        self.work_noun_re = re.compile(words_pattern(data.work_nouns), flags)
        self.window_zh_re = re.compile(words_pattern(data.window_zh), flags)
        self.settings_re = re.compile(words_pattern(data.settings), flags)
        self.products_re = re.compile(words_pattern(data.products), flags)
        self.audience_reached_re = re.compile(words_pattern(data.audience_reached), flags)
        self.count_reached_re = re.compile(
            words_pattern(data.count_reached)
            + r"\s*(?:了|the\s+)?\s*(?:"
            + words_pattern(data.about)
            + r"\s*)?$",
            flags,
        )
        self.zero_to_one_re = re.compile("|".join(data.zero_to_one))
        self.gpu_models = data.gpu_models
        t = data.targets
        self.target_before_re = re.compile(words_pattern(t.before), flags)
        self.target_after_re = re.compile(words_pattern(t.after), flags)
        self.not_target_re = re.compile(words_pattern(t.not_targets), flags)
        self.achieved_re = re.compile(words_pattern(t.achieved), flags)
        self.requested_re = re.compile(words_pattern(t.requested), flags)
        self.met_re = re.compile(words_pattern(t.met), flags)
        self.beaten_re = re.compile(words_pattern(t.beaten), flags)
        self.scope_verb_re = re.compile(words_pattern(data.scope.verbs), flags)
        self.scope_unit_re = re.compile(words_pattern(data.scope.units), flags)
        nt = data.not_told
        self.not_told_hedge_re = re.compile(words_pattern(nt.hedges), flags)
        self.suppose_re = re.compile(
            # 主要是 / 只要是 / 就是 hold 要是 and 是 without supposing anything
            rf"(?<![主只就还重需想总不])(?:{words_pattern(nt.suppose_zh)})"
            rf"|(?:^|[,，;；:：]|\b(?:and|but|so|then|or)\b)\s*"
            rf"(?:(?:um|uh|like|well|and|but|so|even)\s+)*{words_pattern(nt.suppose_en)}",
            flags,
        )
        self.untried_re = re.compile(
            rf"{words_pattern(nt.negators_en)}\s+(?:[A-Za-z'-]+\s+){{0,2}}?{words_pattern(nt.tried_en)}"
            rf"|{words_pattern(nt.negators_zh)}(?:[\u3400-\u9fff]{{0,2}}?){words_pattern(nt.tried_zh)}",
            flags,
        )
        cd = data.conditions
        self.condition_open_re = re.compile(
            rf"\s*(?:(?:and|but|so|then|嗯|那)\s*)?{words_pattern(cd.open)}", flags
        )
        # the figure's own unit or counted noun may stand between it and the closing words
        self.condition_close_re = re.compile(
            rf"[^,，。；;.!?！？\d]{{0,12}}?{words_pattern(cd.close)}", flags
        )
        nb = data.negated_bounds
        self.negator_re = re.compile(words_pattern(nb.negators), flags)
        self.negated_re = re.compile(
            rf"{words_pattern(nb.negators)}(?:\s*(?:[A-Za-z']+|[会能曾再要太可]))??(?:\s*[A-Za-z']+)??\s*"
            rf"(?:(?P<more>{words_pattern(nb.more)})|(?P<less>{words_pattern(nb.less)}))"
            rf"\s*(?:{words_pattern(data.about)}\s*)?[$€£¥]?\s*$",
            flags,
        )
        # a clause of hedges only, maybe ending in "by" ("I think by", "if I remember right", 大概)
        gap = r"[\s,，、—–-]*"
        hedge = words_pattern(data.hedges + data.about)
        self.hedge_clause_re = re.compile(
            rf"{gap}(?:{hedge}{gap})*(?:(?<![A-Za-z])by(?![A-Za-z]){gap}(?:{hedge}{gap})*)?", flags
        )
        cmp = data.comparison
        # a rival's name may carry digits after a letter or hyphen (BM25, GPT-3.5, Llama2-13B)
        named_digits = r"(?<=[A-Za-z-])\d+(?:\.\d+)*"
        self.than_zh_re = re.compile(
            rf"{words_pattern(cmp.markers_zh)}(?P<base>(?:[^，,。；;\d]|{named_digits}){{1,24}}?)"
            rf"(?:(?P<up>{words_pattern(cmp.up_zh)})|(?P<down>{words_pattern(cmp.down_zh)}))"
            rf"\s*(?:{words_pattern(data.about)}\s*)?$"
        )
        # "跟老版本比，召回直接高了 9 个点": the baseline told in the clause before
        self.than_clause_zh_re = re.compile(
            rf"{words_pattern(cmp.opens_zh)}(?P<base>[^，,。；;]{{1,20}}?)"
            rf"{words_pattern(cmp.closes_zh)}?\s*[，,]\s*$"
        )
        self.comparative_zh_re = re.compile(
            rf"(?:(?P<up>{words_pattern(cmp.up_zh)})|(?P<down>{words_pattern(cmp.down_zh)}))"
            rf"\s*(?:{words_pattern(data.about)}\s*)?$"
        )
        self.beats_en_re = re.compile(
            rf"(?:(?P<up>{words_pattern(cmp.up_en)})|(?P<down>{words_pattern(cmp.down_en)}))"
            rf"\s+(?P<base>(?:[^,.;:\d]|{named_digits}){{1,40}}?)\s+by\s+"
            rf"(?:{words_pattern(data.about)}\s+)?[$€£]?$",
            flags,
        )
        self.behind_en_re = re.compile(
            rf"\s*(?:(?:percentage\s+)?points?|pp|%|percent|ms|seconds?|x)?\s*"
            rf"(?:(?P<up>{words_pattern(cmp.up_en)})|(?P<down>{words_pattern(cmp.down_en)}))"
            rf"(?:\s+than)?\s+(?P<base>[A-Za-z][^,.;:\d]{{0,40}})",
            flags,
        )
        self.totals_re = re.compile(words_pattern(data.totals), flags)
        self.spread_verb_re = re.compile(words_pattern(data.spread.verbs), flags)
        self.spread_cases_re = re.compile(words_pattern(data.spread.cases), flags)
        rp = data.repairs
        sep = r"[\s,，、—–\-:：…*]*"
        filler = words_pattern(data.hedges + data.about + rp.fillers)
        withdraw, lead = words_pattern(rp.withdraw), words_pattern(rp.leads)
        self.repair_word_re = re.compile(words_pattern(rp.withdraw + rp.negators), flags)
        # the whole gap between a withdrawn figure and the one replacing it
        self.repair_gap_re = re.compile(
            rf"{sep}(?:{filler}{sep})*{withdraw}{sep}(?:(?:{withdraw}|{filler}|{lead}){sep})*",
            flags,
        )
        # "Y, not X": the figure after the negator is withdrawn
        self.repair_not_re = re.compile(
            rf"(?:\s*[A-Za-z]{{1,12}}|[\u3400-\u9fff]{{0,4}})?\s*(?P<cut>[,，]\s*"
            rf"(?:and\s+)?{words_pattern(rp.negators)}\s*(?:{filler}\s*)?)",
            flags,
        )
        # "not X but Y", 不是三成，是两成五: the figure after the negator is withdrawn
        self.repair_not_before_re = re.compile(rf"{words_pattern(rp.negators)}\s*$", flags)
        self.repair_but_re = re.compile(
            rf"{sep}(?:{words_pattern(rp.but)}){sep}(?:(?:{filler}|{lead}){sep})*", flags
        )
        tail = words_pattern(data.verb_tails + data.hedges)
        self.verb_tail_re = re.compile(rf"(?:{gap}(?:{tail}|了|吧|呢|啊))*{gap}", flags)


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """The shipped vocabulary; a broken file is a DataFileError naming the field."""
    from interviewer.loader import read_yaml

    raw = read_yaml(VOCAB_FILE)
    try:
        data = VocabFile.model_validate(raw)
    except ValidationError as e:
        err = e.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        raise DataFileError(VOCAB_FILE, err["msg"], field=field) from None
    try:
        return Vocab(data)
    except re.error as e:
        raise DataFileError(VOCAB_FILE, f"bad pattern: {e}", field="patterns") from None


def bound_of(words: str) -> str:
    """The bound that hedge words give a figure they precede or follow ("just over" → at_least,
    不到 → at_most, "roughly"/大概 → about, else exact): one table for every reader of numbers
    (interviewer/data/quantities.yaml at_most / at_least / about)."""
    v = vocab()
    negated = v.negated_re.search(words)
    if negated:
        return "at_most" if negated.group("more") else "at_least"
    if v.at_least_re.search(words):
        return "at_least"
    if v.at_most_re.search(words):
        return "at_most"
    return "about" if v.about_re.search(words) else "exact"
