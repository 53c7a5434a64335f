"""Prompt templates (interviewer/data/prompts.yaml) and the data blocks candidate text goes in."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from interviewer.errors import DataFileError

PROMPTS_FILE = Path(__file__).resolve().parent.parent / "data" / "prompts.yaml"

#: Tags that wrap candidate-written text; inside that text they are neutralised.
DATA_TAGS = (
    "candidate_answer",
    "candidate_quote",
    "resume",
    "resume_claims",
    "job_description",
    "conversation",
    "question",
    "draft",
    "json_schema",
)
_TAG_RE = re.compile(r"<(\s*/?\s*)(" + "|".join(DATA_TAGS) + r")\b", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@lru_cache(maxsize=4)
def load_prompts(path: Path = PROMPTS_FILE) -> dict[str, Any]:
    """The prompt file, checked: every template has an `en` and a `zh` text."""
    from interviewer.bilingual import load_texts

    return load_texts(path, nested=("gap_meanings",))


def template(key: str, lang: str) -> str:
    """The raw template `key` in `lang` (zh or en)."""
    prompts = load_prompts()
    if key not in prompts:
        raise DataFileError(PROMPTS_FILE, "missing prompt", field=key)
    return str(prompts[key]["zh" if lang == "zh" else "en"])


def render(key: str, lang: str, **values: Any) -> str:
    """Fill `{name}` placeholders of template `key`; a missing value is a DataFileError."""
    text = template(key, lang)
    missing = sorted({m for m in _PLACEHOLDER.findall(text) if m not in values})
    if missing:
        raise DataFileError(PROMPTS_FILE, f"no value for placeholder(s) {missing}", field=key)
    return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), text).strip()


def gap_meaning(gap_id: str, lang: str) -> str:
    """What a gap id means, in plain words."""
    meanings = load_prompts().get("gap_meanings", {})
    entry = meanings.get(gap_id)
    return str(entry["zh" if lang == "zh" else "en"]) if entry else gap_id


def neutralise(text: str) -> str:
    """Candidate text with our data-block tags defused, so it cannot close or open a block."""
    return _TAG_RE.sub(lambda m: "‹" + m.group(1) + m.group(2), text)


def data_block(tag: str, text: str) -> str:
    """`text` inside <tag>…</tag>, with any of our tags inside it neutralised."""
    assert tag in DATA_TAGS, tag
    return f"<{tag}>\n{neutralise(text.strip())}\n</{tag}>"
