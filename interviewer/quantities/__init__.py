"""Quantities in any text (résumé bullets, spoken answers), zh and en: see INTERFACES.md §1."""

from __future__ import annotations

from interviewer.quantities.compare import consistent, same_measure
from interviewer.quantities.extract import extract_quantities
from interviewer.quantities.model import FACT_ROLES, Quantity
from interviewer.quantities.vocab import bound_of

__all__ = ["FACT_ROLES", "Quantity", "bound_of", "consistent", "extract_quantities", "same_measure"]
