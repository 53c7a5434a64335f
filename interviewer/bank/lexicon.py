"""The language cues of the key-point detector, from `lexicon.yaml` (validated like every data file)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from interviewer.bank.schema import Terms

LEXICON_FILE = Path(__file__).with_name("lexicon.yaml")


class Lexicon(BaseModel):
    """Cue words; each list is read in both languages."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)

    negators: Terms
    """Deny what follows them in their clause."""
    not_negators: Terms
    """Contain a negator but deny nothing (不同, not only)."""
    contrast: Terms
    """Begin a new clause (but, 而是)."""
    up: Terms
    """Say a quantity grows or is large."""
    down: Terms
    """Say a quantity shrinks, is small or is removed."""
    not_directions: Terms
    """Contain a direction word but say no change (更新, at least)."""
    fillers: Terms
    """Spoken padding, skipped when deciding whether a negation's clause is empty."""
    respectively: Terms
    """Mark parallel lists."""
    post_negators: Terms
    """Deny their whole clause, what comes before them too (topic first: "p99 没必要看", "X is a
    myth")."""
    phrase_negators: Terms
    """Deny only the phrase right after them ("without scaling", "而不是 X")."""
    compare_before: Terms
    """Introduce a term named only for comparison (like X, 像 X)."""
    compare_after: Terms
    """Follow a term named only for comparison (X 一样)."""
    counterfactual: Terms
    """Open what would happen without the preceding action ("otherwise", "否则"): hypothetical."""
    covary: Terms
    """Tie two quantities to one direction ("grows with", "随…增长", "proportional to"): a quantity
    on one side moves the way the other is said to move."""
    covary_inverse: Terms
    """Tie two quantities to opposite directions ("inversely proportional to", "成反比")."""


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    from interviewer.loader import validate_file

    return validate_file(LEXICON_FILE, Lexicon)
