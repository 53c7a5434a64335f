"""Answer keys: a bilingual bank of technical questions, what a strong answer covers, the usual
misconceptions, a hint and a model outline; matching any question to it; detecting key points.

    bank = load_bank(settings)
    m = bank.match("top-p 调小会怎样？")            # Match(question, confidence) or None
    result = detect(m.question, answer, "zh")       # KeyPointResult: hit, missed, misconceptions
"""

from __future__ import annotations

from interviewer.bank.asserted import FreeMisconception, asserted_misconceptions
from interviewer.bank.detector import detect
from interviewer.bank.loader import Bank, load_bank, load_file
from interviewer.bank.match import THRESHOLD, Match
from interviewer.bank.schema import BankQuestion, KeyPointResult

__all__ = [
    "THRESHOLD",
    "Bank",
    "BankQuestion",
    "FreeMisconception",
    "KeyPointResult",
    "Match",
    "asserted_misconceptions",
    "detect",
    "load_bank",
    "load_file",
]
