"""Frozen copy of the offline gap analyser the engine used before the reading layer (issue 15):
bench/reading.py runs it beside today's reader in the same run. Not product code.

It reads numbers with bench/_resume_baseline/metrics.py, the first build's number reader.
"""
