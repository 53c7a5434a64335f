"""The quantities reader on its SECOND untouched set (tests/data/resumes/tuning/quantities.yaml,
`untouched2:`, written in session 7 before that session's changes, never tuned on): transcripts,
résumé bullets, flattened tables, mixed zh/en and non-native English, by family (`kind`). As with
the first untouched set, no sentence is asserted on its own; the test keeps the share read right
from falling below the floor of the last landing.

`python tests/unit/test_quantities_untouched2.py` prints the figure by family and voice
(`-v` adds the sentences missed: read them, never tune on them).
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
FLOOR = 0.79
"""Share of sentences read right; raise it to the figure of each landing."""


def read_right(item: dict[str, Any]) -> bool:
    """Every expected quantity found, no role the item rules out, no more quantities than
    `count` when given."""
    found = extract_quantities(item["text"])
    if not all(any(matches(e, q) for q in found) for e in item.get("expect", [])):
        return False
    if "count" in item and len(found) > int(item["count"]):
        return False
    return not [q for q in found if q.role in item.get("absent", [])]


def items() -> list[dict[str, Any]]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return list(data["untouched2"])


def score() -> float:
    got = items()
    return sum(read_right(it) for it in got) / len(got)


def test_untouched2_set_is_large_and_well_formed() -> None:
    got = items()
    assert len(got) >= 60
    for it in got:
        assert it["text"] and it["kind"] and (it.get("expect") or it.get("absent")), it


def test_untouched2_share_does_not_fall() -> None:
    assert score() >= FLOOR


def main() -> None:
    by: dict[str, list[bool]] = defaultdict(list)
    got = items()
    right = [read_right(it) for it in got]
    for it, ok in zip(got, right, strict=True):
        by[f"kind  {it['kind']}"].append(ok)
        by[f"voice {it['voice']}"].append(ok)
    print(f"untouched2 quantities: {sum(right)}/{len(right)} = {sum(right) / len(right):.3f}")
    for name, oks in sorted(by.items()):
        print(f"  {name:18s} {sum(oks)}/{len(oks)}")
    if "-v" in sys.argv:
        for it, ok in zip(got, right, strict=True):
            if not ok:
                print("  MISS", it["text"])


if __name__ == "__main__":
    main()
