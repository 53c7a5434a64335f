"""Frozen copy of the résumé reader as it was before issue 14 (commit 4df5d9e): the bench baseline.

Not product code: bench/resume.py runs it beside today's reader in the same run.
"""
