"""Quantities in any text (résumé bullets, spoken answers), zh and en: see INTERFACES.md §1."""

from __future__ import annotations

from interviewer.quantities.compare import consistent, same_measure
from interviewer.quantities.extract import extract_quantities
from interviewer.quantities.model import FACT_ROLES, Quantity

__all__ = ["FACT_ROLES", "Quantity", "consistent", "extract_quantities", "same_measure"]
