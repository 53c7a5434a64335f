"""In a narrow column (a newspaper-style PDF, a sidebar), a list item that fills its column or
stops on a word that needs the next one goes on in the indented lines under it; a job told as
`Org — Title` over a line of dates is one job (family seen in fresh3; cases in other words)."""

from __future__ import annotations

from interviewer.resume.assemble import parse_resume_text


def _bullets(text: str) -> list[list[str]]:
    return [p.bullets for p in parse_resume_text(text).projects]


def test_narrow_item_goes_on_in_its_indented_lines() -> None:
    text = (
        "EXPERIENCE\nZepto — Backend Engineer\n2022 – present\n"
        "• Moved stock sync from polling to\n  webhooks; stale stock alerts fell\n  from 300 to 20 a day.\n"
        "• Wrote the rider-app offline mode\n  used by 9,000 riders.\n"
    )
    bullets = _bullets(text)
    assert any(
        b
        == [
            "Moved stock sync from polling to webhooks; stale stock alerts fell from 300 to 20 a day."
        ]
        for b in bullets
    ), bullets


def test_item_ending_on_a_preposition_takes_the_capitalised_line() -> None:
    text = (
        "WORK\nOla — Data Scientist\n2019 – 2022\n"
        "• Built surge-price forecasts with\n  Prophet and LightGBM; MAPE from\n  21% to 13%.\n"
    )
    bullets = _bullets(text)
    assert [
        "Built surge-price forecasts with Prophet and LightGBM; MAPE from 21% to 13%."
    ] in bullets, bullets


def test_org_dash_title_over_dates_is_one_job() -> None:
    text = (
        "EXPERIENCE\nRazorpay — Staff Engineer\n2020 – 2024\n"
        "• Rebuilt the payouts ledger on Postgres partitions\n"
        "Freshworks — Software Engineer\n2016 – 2020\n• Shipped the ticket merge feature\n"
    )
    jobs = [(p.title, p.org) for p in parse_resume_text(text).positions]
    assert jobs == [("Staff Engineer", "Razorpay"), ("Software Engineer", "Freshworks")], jobs


def test_short_item_over_an_indented_list_keeps_its_own_line() -> None:
    text = (
        "PROJECTS\n- Lighthouse\n    - status page generator in Go, 400 stars\n"
        "- Gull\n    - a tiny S3-compatible store for tests\n"
    )
    names = [p.name for p in parse_resume_text(text).projects]
    assert "Lighthouse" in names and "Gull" in names, names
