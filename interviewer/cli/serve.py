"""`interviewer serve`: start the web app (127.0.0.1 by default, no share link, no telemetry)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from interviewer.services import Services


@click.command()
@click.option(
    "--host",
    default=None,
    envvar="INTERVIEWER_HOST",
    show_envvar=True,
    help="Address to bind (default 127.0.0.1; 0.0.0.0 exposes the app to your network).",
)
@click.option(
    "--port",
    default=None,
    type=click.IntRange(1, 65535),
    envvar="INTERVIEWER_PORT",
    show_envvar=True,
    help="Port to listen on (default 7860).",
)
def serve(host: str | None, port: int | None) -> None:
    """Start the web app (binds 127.0.0.1 by default)."""
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    from interviewer.cli import fail
    from interviewer.config import is_loopback, load_settings
    from interviewer.errors import ConfigError, InterviewerError
    from interviewer.services import Services

    try:
        settings = load_settings(host=host, port=port)
        if not is_loopback(settings.host) and not settings.team_mode:
            raise ConfigError(
                f"refusing to serve on {settings.host} without team mode: set auth = "
                '"password" or "proxy" (INTERVIEWER_AUTH), or serve on 127.0.0.1'
            )
        services = Services(settings)
        _sweep_audio(services)
        # Uploads and Gradio's copies of exports stay inside the private home, not in /tmp.
        os.environ.setdefault("GRADIO_TEMP_DIR", str(settings.cache_dir))
        from interviewer.web.app import build_app, launch_options

        app = build_app(services)
    except InterviewerError as e:
        raise fail(e) from e
    url = f"http://{_url_host(settings.host)}:{settings.port}"
    try:
        app.launch(
            server_name=settings.host,
            server_port=settings.port,
            share=False,
            inbrowser=False,
            quiet=True,
            ssr_mode=False,
            prevent_thread_lock=True,
            max_threads=64,
            **launch_options(services, app),
        )
    except OSError as e:
        raise fail(
            ConfigError(
                f"cannot listen on {settings.host}:{settings.port} ({e})",
                "choose another port with --port or INTERVIEWER_PORT",
            )
        ) from e
    click.echo(
        f"interviewer web app running on {url} (model: {settings.model}); Ctrl+C stops it.",
        err=False,
    )
    try:
        app.block_thread()
    finally:
        services.close()


def _url_host(host: str) -> str:
    return "127.0.0.1" if host in ("0.0.0.0", "") else (f"[{host}]" if ":" in host else host)


def _sweep_audio(services: Services) -> None:
    """Recordings kept by older versions under a non-audio suffix are renamed or quarantined."""
    from interviewer.web.media import sweep_stored_audio

    settings = services.settings
    quarantine = settings.home / "quarantine"
    done = sweep_stored_audio(services.repo, settings.audio_dir, quarantine)
    if done.renamed or done.quarantined:
        click.echo(
            f"stored recordings: {done.renamed} renamed to their audio type, "
            f"{done.quarantined} that were not audio moved to {quarantine}",
            err=True,
        )
