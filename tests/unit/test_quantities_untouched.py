"""The quantities reader on its UNTOUCHED splits (tests/data/resumes/tuning/quantities.yaml):
sentences written before a session's changes, labelled before the reader ran on them and never
tuned on. No sentence is asserted on its own (that would be tuning on it); each split's share of
sentences read right must not fall below the floor measured at its last landing.

`python tests/unit/test_quantities_untouched.py [SPLIT…] [-v]` prints each figure by family and
voice; `-v` adds the sentences missed for the splits already seen (read them, never tune on them).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from quantity_expect import read_right

DATA = Path(__file__).resolve().parent.parent / "data" / "resumes" / "tuning" / "quantities.yaml"


@dataclass(frozen=True)
class Split:
    floor: float
    """Share read right at the last landing; raise it with each landing."""
    size: int
    """The least number of sentences the split must hold."""
    printable: bool
    """Whether `-v` may print its misses (False: nobody has seen them)."""


SPLITS = {
    # session 6: transcripts and bullets by voice (no `kind` field)
    "untouched": Split(floor=0.86, size=60, printable=True),
    # session 7: spoken, terse, flattened tables, code-mixed, non-native English, by family
    "untouched2": Split(floor=0.81, size=60, printable=True),
    # session 8 (quant12): its misses were printed once at its baseline, so it is SEEN
    "untouched3": Split(floor=1.0, size=70, printable=True),
    # session 8 (quant12), written after untouched3 was seen; declared SEEN in session 9 (quant13:
    # untouched figure on record .855) and its misses read for diagnosis
    "untouched4": Split(floor=0.98, size=70, printable=True),
    # session 9 (quant13): words, fractions as changes, zh 口语, ranges, % vs pp, mixed units,
    # counts that are facts, a start and its end in different clauses; declared SEEN in session 10
    # (quant10: untouched figure on record .772) and its misses read for diagnosis
    "untouched5": Split(floor=0.91, size=70, printable=True),
    # session 10 (quant10): scope counts, load as a condition, per-unit rates, negated bounds,
    # further vs cumulative changes, words, approximations, flattened tables, metric labels,
    # facts beside a result; declared SEEN in session 11 (quant11: untouched figure on record
    # .793) and its misses read for diagnosis
    "untouched6": Split(floor=0.82, size=80, printable=True),
    # session 11 (quant11): differences against a named baseline, scores without a % sign,
    # cumulative totals, numbers said after a letter, subjects, self-corrections, conditions,
    # targets, facts, multiples, money, ranges, outcome vs scope counts, durations, shares, zh
    # labels; new voices (chat, academic, zh 周报, zh 网络口语, ASR, email); main at its writing
    # .738; declared SEEN in session 12 (quant12: untouched figure on record .786) and its misses
    # read for diagnosis
    "untouched7": Split(floor=0.88, size=80, printable=True),
    # session 12 (quant12): spoken self-corrections, money in speech, ranges and approximations,
    # relative changes against a time anchor, Chinese numerals, mixed zh/en, outcome counts,
    # per-unit rates, look-alike facts (versions, dates, team, GPUs, model sizes, experience);
    # misses read for diagnosis in session 13 (quant13: declared SEEN, untouched figure on
    # record .800); main at its writing .757
    "untouched8": Split(floor=0.85, size=70, printable=True),
    # session 13 (quant13): the measured thing of a change (subject), reach and scale facts,
    # conditions, approximate durations, money in words, withdrawn figures, ranges; main at its
    # writing .730; declared SEEN in session 14 (quant14: untouched figure on record .784) and its
    # misses read for diagnosis
    "untouched9": Split(floor=0.82, size=70, printable=True),
    # session 14 (quant14): changes said aloud (ASR without punctuation), levels whose unit is left
    # out, scenarios not told as having happened, effort in person-time, reach vs adoption,
    # conditions, team and facts, terse shorthand, code-mixed, non-native; main at its writing
    # .564; declared SEEN in session 15 (quant15: untouched figure on record .705) and its misses
    # read for diagnosis
    "untouched10": Split(floor=0.80, size=70, printable=True),
    # session 15 (quant15): numbers in words said aloud, Chinese numerals mixed with Arabic, ranges
    # and approximations, multiples, per-unit rates, evaluation windows and label horizons in a
    # measure's name, top-k metrics, money, percentage points vs relative percent; misses never
    # printed; main at its writing .756
    "untouched11": Split(floor=0.83, size=70, printable=False),
}


def items(split: str) -> list[dict[str, Any]]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return list(data[split])


def score(split: str) -> float:
    got = items(split)
    return sum(read_right(it) for it in got) / len(got)


@pytest.mark.parametrize("split", SPLITS)
def test_split_is_large_and_well_formed(split: str) -> None:
    got = items(split)
    assert len(got) >= SPLITS[split].size
    for it in got:
        assert it["text"] and (it.get("expect") or it.get("absent")), it
        assert split == "untouched" or it["kind"], it


@pytest.mark.parametrize("split", SPLITS)
def test_share_does_not_fall(split: str) -> None:
    assert score(split) >= SPLITS[split].floor


def main(argv: list[str]) -> None:
    chosen = [a for a in argv if a in SPLITS] or list(SPLITS)
    for split in chosen:
        by: dict[str, list[bool]] = defaultdict(list)
        got = items(split)
        right = [read_right(it) for it in got]
        for it, ok in zip(got, right, strict=True):
            if "kind" in it:
                by[f"kind  {it['kind']}"].append(ok)
            by[f"voice {it['voice']}"].append(ok)
        print(f"{split} quantities: {sum(right)}/{len(right)} = {sum(right) / len(right):.3f}")
        for name, oks in sorted(by.items()):
            print(f"  {name:18s} {sum(oks)}/{len(oks)}")
        if "-v" in argv and SPLITS[split].printable:
            for it, ok in zip(got, right, strict=True):
                if not ok:
                    print("  MISS", it["text"])


if __name__ == "__main__":
    main(sys.argv[1:])
