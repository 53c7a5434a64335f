"""The quantities reader on its UNTOUCHED set (tests/data/resumes/tuning/quantities.yaml,
`untouched:`): sentences written before a session's changes and never tuned on. No sentence is
asserted on its own (that would be tuning on it); the test keeps the share of sentences read
right from falling below the floor measured when the set was last scored.

`python tests/unit/test_quantities_untouched.py` prints the figure, by family and voice.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml
from quantity_expect import matches

from interviewer.quantities import extract_quantities

DATA = Path(__file__).resolve().parent.parent / "data" / "resumes" / "tuning" / "quantities.yaml"
FLOOR = 0.86
"""Share of untouched sentences read right; raise it to the figure of each landing."""


def read_right(item: dict[str, Any]) -> bool:
    """Every expected quantity found, no role the item rules out."""
    found = extract_quantities(item["text"])
    if not all(any(matches(e, q) for q in found) for e in item.get("expect", [])):
        return False
    return not [q for q in found if q.role in item.get("absent", [])]


def items() -> list[dict[str, Any]]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return list(data["untouched"])


def score() -> float:
    got = items()
    return sum(read_right(it) for it in got) / len(got)


def test_untouched_set_is_large_and_well_formed() -> None:
    got = items()
    assert len(got) >= 60
    for it in got:
        assert it["text"] and (it.get("expect") or it.get("absent")), it


def test_untouched_share_does_not_fall() -> None:
    assert score() >= FLOOR


def main() -> None:
    by_voice: dict[str, list[bool]] = defaultdict(list)
    got = items()
    right = [read_right(it) for it in got]
    for it, ok in zip(got, right, strict=True):
        by_voice[it["voice"]].append(ok)
    print(f"untouched quantities: {sum(right)}/{len(right)} = {sum(right) / len(right):.3f}")
    for voice, oks in sorted(by_voice.items()):
        print(f"  {voice:12s} {sum(oks)}/{len(oks)}")
    if "-v" in sys.argv:  # the sentences missed: read, never tuned on
        for it, ok in zip(got, right, strict=True):
            if not ok:
                print("  MISS", it["text"])


if __name__ == "__main__":
    main()
