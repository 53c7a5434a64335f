"""`interviewer transcribe FILE`: speech to text with the configured local Whisper model."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default=None,
    help="Language spoken (default: detect).",
)
@click.option(
    "--whisper-model",
    envvar="INTERVIEWER_WHISPER_MODEL",
    default=None,
    help="Whisper size name or local model directory (setting `whisper_model`).",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print one JSON object: text, language, ASR info and delivery analytics.",
)
def transcribe(file: Path, lang: str | None, whisper_model: str | None, as_json: bool) -> None:
    """Transcribe an audio file with the configured Whisper model."""
    from interviewer.cli import fail
    from interviewer.config import load_settings
    from interviewer.errors import InterviewerError

    try:
        settings = load_settings(whisper_model=whisper_model)
        from interviewer.voice.analytics import delivery_from_asr
        from interviewer.voice.stt import transcribe_file

        text, asr = transcribe_file(settings, file, lang)
    except InterviewerError as e:
        raise fail(e) from e
    delivery = delivery_from_asr(asr, asr.language or lang or "en", text)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "file": str(file),
                    "text": text,
                    "language": asr.language,
                    "language_probability": asr.language_probability,
                    "model": asr.model,
                    "audio_seconds": round(asr.audio_seconds, 2),
                    "processing_ms": round(asr.processing_ms, 1),
                    "delivery": delivery.model_dump(mode="json"),
                    "segments": asr.segments,
                },
                ensure_ascii=False,
            )
        )
        return
    if not text:
        click.echo("(no speech recognised)", err=True)
        return
    click.echo(text)
    fillers = ", ".join(f"{k}×{v}" for k, v in delivery.fillers.items()) or "none"
    click.echo(
        f"[{asr.model}, {asr.language}, {asr.audio_seconds:.1f}s audio in "
        f"{asr.processing_ms / 1000:.2f}s; {delivery.rate:.0f} {delivery.rate_unit}, "
        f"fillers: {fillers}, long pauses: {delivery.long_pauses}]",
        err=True,
    )
