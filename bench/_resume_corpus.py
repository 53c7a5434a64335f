"""Score a résumé reader on a labelled corpus (sidecars `<name>.expected.yaml`, issue 14 rules).

Projects match by their distinctive name words ("Project", "项目一：", quotes and case ignored);
an askable unit (expected name null) matches a unit whose bullets contain its phrase. A claim
matches when label, baseline and result agree after unit normalisation; labels agree when one
contains the other, when both name the same measure family, or when they share most of their
words (Chinese: character pairs), since a label is a paraphrase of the résumé's words. Only aggregates leave
this module, so held-out items are never printed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from interviewer.types import ClaimedMetric, Project, Resume

_SECONDS = {
    "ms": 0.001,
    "s": 1.0,
    "min": 60.0,
    "h": 3600.0,
    "d": 86400.0,
    "day": 86400.0,
    "days": 86400.0,
    "hours": 3600.0,
    "week": 604800.0,
    "month": 2628000.0,
}
_NAME_NOISE_RE = re.compile(
    r"(?i:\bproject\b)|项目\s*[一二三四五六七八九十\d]*\s*[：:、.]?|[\"'“”‘’《》「」【】()（）:：\-–—_*#|]"
)


@dataclass
class Score:
    """Counts over a set of résumés."""

    expected: int = 0
    predicted: int = 0
    matched: int = 0
    claims: int = 0
    claims_ok: int = 0
    kinds_ok: int = 0
    errors: int = 0
    files: int = 0
    # why things were lost, counted over a whole split (never per file): kind confusions
    # "expected→got" and claim failures by what went wrong
    kind_errors: Counter[str] = field(default_factory=Counter)
    claim_errors: Counter[str] = field(default_factory=Counter)

    def add(self, other: Score) -> None:
        self.kind_errors.update(other.kind_errors)
        self.claim_errors.update(other.claim_errors)
        for name in (
            "expected",
            "predicted",
            "matched",
            "claims",
            "claims_ok",
            "kinds_ok",
            "errors",
            "files",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return (
            self.matched / self.predicted if self.predicted else (1.0 if not self.expected else 0.0)
        )

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def claim_acc(self) -> float:
        return self.claims_ok / self.claims if self.claims else 1.0

    @property
    def kind_acc(self) -> float:
        return self.kinds_ok / self.expected if self.expected else 1.0

    def brief(self) -> str:
        return (
            f"P {self.precision:.2f} R {self.recall:.2f} claims {self.claim_acc:.2f} "
            f"kind {self.kind_acc:.2f}"
        )


def corpus(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """(résumé file, sidecar) pairs of a folder, sorted."""
    out = []
    for side in sorted(folder.glob("*.expected.yaml")):
        stem = side.name.removesuffix(".expected.yaml")
        files = [p for p in folder.glob(stem + ".*") if not p.name.endswith(".expected.yaml")]
        if files:
            out.append((files[0], yaml.safe_load(side.read_text(encoding="utf-8"))))
    return out


def norm_name(name: str) -> str:
    return re.sub(r"\s+", " ", _NAME_NOISE_RE.sub(" ", name.lower())).strip()


def _words(name: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+|[\u3400-\u9fff]", norm_name(name)))


def names_match(expected: str, got: str) -> bool:
    a, b = norm_name(expected), norm_name(got)
    if not a or not b:
        return False
    if a == b or a in b or b in a:
        return True
    wa, wb = _words(expected), _words(got)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.6


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def unit_matches(exp: dict[str, Any], p: Project) -> bool:
    body = _squash(" ".join([p.name, *p.bullets]))
    return all(_squash(phrase) in body for phrase in exp.get("bullets_contain") or [])


def _to_base(value: float | None, unit: str) -> float | None:
    if value is None:
        return None
    return value * _SECONDS[unit] if unit in _SECONDS else value


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= max(0.011 * max(abs(a), abs(b)), 0.006)


def _label_ok(label: str, m: ClaimedMetric) -> bool:
    from interviewer.quantities.subject import family_of

    subject = (m.subject or m.what).lower()
    label = label.lower()
    if subject and (label in subject or subject in label):
        return True
    fam = family_of(label)
    if fam and fam == family_of(subject):
        return True
    a, b = _label_tokens(label), _label_tokens(subject)  # a paraphrase sharing most of its words
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.5


def _label_tokens(text: str) -> set[str]:
    words = set(re.findall(r"[a-z0-9@]{3,}", text.lower())) - {"the", "and", "per", "rate"}
    cjk = re.sub(r"[^\u3400-\u9fff]", "", text)
    return words | {cjk[i : i + 2] for i in range(len(cjk) - 1)}


def claim_ok(exp: dict[str, Any], m: ClaimedMetric, legacy: bool, check_label: bool = True) -> bool:
    if check_label and (
        getattr(m, "role", "result") not in ("result", "intermediate")
        or not _label_ok(exp["label"], m)
    ):
        return False
    unit = str(exp.get("unit") or "")
    got_unit = m.unit
    if legacy:  # the old reader's units: s, min, day...
        got_unit = {"day": "d", "b": "params"}.get(m.unit, m.unit)
    result = m.result if m.result is not None else m.value
    if unit in _SECONDS or got_unit in _SECONDS:
        if not (unit in _SECONDS and got_unit in _SECONDS):
            return False
        return _close(_to_base(exp["result"], unit), _to_base(result, got_unit)) and _close(
            _to_base(exp.get("baseline"), unit), _to_base(m.baseline, got_unit)
        )
    if unit != got_unit and not ({unit, got_unit} <= {"count", ""}):
        return False
    return _close(float(exp["result"]), result) and _close(exp.get("baseline"), m.baseline)


def _claim_error(exp: dict[str, Any], metrics: list[ClaimedMetric], legacy: bool) -> str:
    """What went wrong for an expected claim no metric matched (an aggregate diagnostic)."""
    label_hits = [m for m in metrics if _label_ok(exp["label"], m)]
    values = [m for m in metrics if _values_ok(exp, m, legacy)]
    unit = f"[{exp.get('unit') or 'plain'}]"
    facts = [m for m in values if getattr(m, "role", "result") not in ("result", "intermediate")]
    if facts:
        return f"read as {getattr(facts[0], 'role', 'a fact')} {unit}"
    if values:
        return f"values right, label wrong {unit}"
    if any(_values_ok({**exp, "baseline": None}, m, legacy) for m in label_hits) or any(
        _values_ok({**exp, "baseline": None}, m, legacy) for m in metrics
    ):
        return f"baseline wrong {unit}"
    if label_hits:
        return f"label right, value/unit wrong {unit}"
    return f"missing {unit}"


def _values_ok(exp: dict[str, Any], m: ClaimedMetric, legacy: bool) -> bool:
    probe = {**exp, "label": ""}
    try:
        return claim_ok(probe, m, legacy, check_label=False)
    except (KeyError, TypeError, ValueError):
        return False


def score_one(resume: Resume | None, side: dict[str, Any], legacy: bool = False) -> Score:
    s = Score(files=1)
    expected = side.get("projects") or []
    s.expected = len(expected)
    s.claims = sum(len(e.get("claims") or []) for e in expected)
    if resume is None:
        s.errors = 1
        return s
    s.predicted = len(resume.projects)
    free = list(resume.projects)
    for exp in expected:
        hit = next(
            (
                p
                for p in free
                if (names_match(exp["name"], p.name) if exp.get("name") else unit_matches(exp, p))
            ),
            None,
        )
        if hit is None:
            continue
        free.remove(hit)
        s.matched += 1
        got_kind = getattr(hit, "kind", "other")
        s.kinds_ok += got_kind == exp.get("kind")
        if got_kind != exp.get("kind"):
            s.kind_errors[f"{exp.get('kind')}→{got_kind}"] += 1
        for claim in exp.get("claims") or []:
            ok = any(claim_ok(claim, m, legacy) for m in hit.metrics)
            s.claims_ok += ok
            if not ok:
                s.claim_errors[_claim_error(claim, hit.metrics, legacy)] += 1
    return s


LAYOUTS = {
    "markdown",
    "plain",
    "docx_table",
    "docx_roles",
    "pdf_single",
    "pdf_two_column",
    "linkedin_pdf",
    "zh_block",
    "json_resume",
    "wrapped_bullets",
    "no_projects_section",
    "other",
}
"""The sidecar format's layout names; anything else is grouped as `other` (never printed)."""


def score(
    items: list[tuple[Path, dict[str, Any]]],
    read: Callable[[Path], Resume],
    legacy: bool = False,
) -> dict[tuple[str, str], Score]:
    """Scores grouped by ("layout", name), ("lang", name) and ("all", "")."""
    groups: dict[tuple[str, str], Score] = {}
    for path, side in items:
        try:
            resume: Resume | None = read(path)
        except Exception:  # noqa: BLE001 - a reader that fails on a file scores zero for it
            resume = None
        one = score_one(resume, side, legacy)
        layout = str(side.get("layout_class") or side.get("layout"))
        for key in (
            ("layout", layout if layout in LAYOUTS else "other"),
            ("lang", str(side.get("lang"))),
            ("all", ""),
        ):
            groups.setdefault(key, Score()).add(one)
    return groups
