"""A sentence that cuts the running time of a process (a backfill, a batch, a retraining job)
tells a piece of work of its own, whose object is that process; one that cuts a measure
(latency, cost, error rate) only reports the result of the work before it (family fresh7/l03
showed, seen in session 10; cases in other words)."""

from __future__ import annotations

from interviewer.resume.naming import work_pieces


def test_a_job_made_faster_is_its_own_piece() -> None:
    pieces = work_pieces(
        "Own the pricing models for the marketplace. Rebuilt the demand model on LightGBM; "
        "forecast error fell 18%. Cut the weekly retraining job from 9 hours to 40 minutes by "
        "caching features."
    )
    assert len(pieces) == 3, pieces
    assert pieces[-1].startswith("Cut the weekly retraining job")


def test_a_batch_shortened_is_its_own_piece() -> None:
    pieces = work_pieces(
        "Built the claims OCR service for the back office. Shortened the nightly "
        "reconciliation batch from 6 hours to 50 minutes."
    )
    assert len(pieces) == 2, pieces


def test_an_export_sped_up_is_its_own_piece() -> None:
    pieces = work_pieces(
        "Designed the churn model used by the retention team. Brought the monthly customer "
        "export down from 3 days to 4 hours by moving it to Spark."
    )
    assert len(pieces) == 2, pieces


def test_a_measure_cut_stays_with_its_work() -> None:
    pieces = work_pieces(
        "Moved the ranking service to Triton. Cut p95 latency from 140 ms to 45 ms."
    )
    assert len(pieces) == 1, pieces
