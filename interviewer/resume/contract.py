"""The `interviewer resume FILE --json` contract (issue 14), out and back in.

`to_contract` writes exactly the documented shape; `from_contract` reads such a file back, so a
candidate can correct the reading (rename, remove, fix a number) and practise with it.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from interviewer.types import ClaimedMetric, Project, Resume

METRIC_FIELDS = (
    "text",
    "what",
    "value",
    "baseline",
    "result",
    "unit",
    "direction",
    "role",
    "subject",
)
PROJECT_FIELDS = (
    "name",
    "kind",
    "kinds",
    "kind_evidence",
    "position",
    "period",
    "role",
    "bullets",
    "skills",
)


def _metric(m: ClaimedMetric) -> dict[str, Any]:
    return {k: getattr(m, k) for k in METRIC_FIELDS}


def _project(p: Project) -> dict[str, Any]:
    out: dict[str, Any] = {k: getattr(p, k) for k in PROJECT_FIELDS}
    out["metrics"] = [_metric(m) for m in p.metrics]
    return out


def to_contract(resume: Resume) -> dict[str, Any]:
    """{"lang", "positions": [{title, org, period}], "projects": [...], "skills", "metrics"}."""
    return {
        "lang": resume.lang,
        "positions": [
            {"title": p.title, "org": p.org, "period": p.period} for p in resume.positions
        ],
        "projects": [_project(p) for p in resume.projects],
        "skills": list(resume.skills),
        "metrics": [_metric(m) for m in resume.metrics],
    }


def is_contract(data: object) -> bool:
    """A reading in the contract's shape (not a JSON Resume, which has `work`/`basics`)."""
    return (
        isinstance(data, dict)
        and "positions" in data
        and isinstance(data.get("projects"), list)
        and all(isinstance(p, dict) and "bullets" in p for p in data["projects"])
    )


def from_contract(text: str, source: str = "pasted") -> Resume | None:
    """The résumé a (possibly corrected) contract JSON describes, or None when it is not one.

    Raises ValueError naming the field when the shape is right but a value is not.
    """
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not is_contract(data):
        return None
    try:
        resume = Resume.model_validate(
            {
                "lang": data.get("lang", "en"),
                "positions": data.get("positions") or [],
                "projects": data.get("projects") or [],
                "skills": data.get("skills") or [],
                "metrics": data.get("metrics") or [],
                "source": source,
            }
        )
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise ValueError(f"field '{where}': {err['msg']}") from None
    if not resume.metrics:
        resume.metrics = [m for p in resume.projects for m in p.metrics]
    resume.text = "\n".join(line for p in resume.projects for line in (p.name, *p.bullets) if line)
    return resume
