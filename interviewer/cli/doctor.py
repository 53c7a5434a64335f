"""`interviewer doctor`: what is configured and reachable, without printing any secret."""

from __future__ import annotations

import os
import platform
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from interviewer.config import Settings

#: Env vars holding provider keys; only whether each is set is ever shown.
KEY_ENV_VARS = (
    "INTERVIEWER_API_KEY",
    "OPENAI_API_KEY",
    "ANTHROPIC_API_KEY",
    "DEEPSEEK_API_KEY",
    "GEMINI_API_KEY",
    "DASHSCOPE_API_KEY",
    "MOONSHOT_API_KEY",
    "ZHIPUAI_API_KEY",
    "OPENROUTER_API_KEY",
    "GROQ_API_KEY",
    "MISTRAL_API_KEY",
    "AZURE_API_KEY",
)
PACKAGES = (
    "interviewer",
    "click",
    "pydantic",
    "pydantic-settings",
    "SQLAlchemy",
    "alembic",
    "PyYAML",
    "litellm",
    "openai",
    "gradio",
    "pypdf",
    "python-docx",
    "edge-tts",
    "faster-whisper",
    "psycopg",
)


def _version(dist: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return None


def _check_database(settings: Settings) -> dict[str, Any]:
    from interviewer.cli.db import mask_url, schema_status

    url = settings.database_url
    out: dict[str, Any] = {"url": mask_url(url)}
    try:
        status = schema_status(url)
    except Exception as e:  # noqa: BLE001 - any driver error is a finding to report
        from interviewer.cli.db import describe_db_error

        return {**out, "status": "error", "detail": f"cannot open: {describe_db_error(e, url)}"}
    out.update(current=status["current"], head=status["head"])
    if not status["exists"]:
        return {**out, "status": "ok", "detail": "not created yet; made on first use"}
    if status["current"] == status["head"]:
        return {**out, "status": "ok", "detail": f"schema at head {status['head']}"}
    return {
        **out,
        "status": "warn",
        "detail": f"schema at {status['current'] or 'none'}, head is {status['head']}; "
        "`interviewer db upgrade` (or starting the app) upgrades it",
    }


def _check_data(settings: Settings) -> dict[str, Any]:
    from interviewer.cli.data import catalog_problems, problem_rows
    from interviewer.services import Services

    svc = Services(settings=settings)
    out: dict[str, Any] = {}
    for kind in ("personas", "rubrics"):
        problems = problem_rows(catalog_problems(svc, kind))
        ids = getattr(svc, kind).ids()
        status = "error" if not ids else ("warn" if problems else "ok")
        out[kind] = {"status": status, "loaded": ids, "problems": problems}
    return out


def _check_model(settings: Settings) -> dict[str, Any]:
    names = [settings.model]
    if settings.judge_model and settings.judge_model != settings.model:
        names.append(settings.judge_model)
    results = []
    for name in names:
        role = "model" if name == settings.model else "judge_model"
        if name == "offline":
            results.append(
                {
                    "role": role,
                    "name": name,
                    "status": "ok",
                    "detail": "offline engine (no key needed)",
                }
            )
            continue
        try:
            from interviewer.llm.health import check_model
        except ImportError as e:
            results.append(
                {
                    "role": role,
                    "name": name,
                    "status": "warn",
                    "detail": f"cannot check: interviewer.llm.health is missing ({e})",
                }
            )
            continue
        try:
            ok, detail = check_model(settings, name)
        except Exception as e:  # noqa: BLE001 - a failing check is the finding
            ok, detail = False, f"{type(e).__name__}: {e}"
        results.append(
            {
                "role": role,
                "name": name,
                "status": "ok" if ok else "error",
                "detail": _redact(detail, settings),
            }
        )
    return {"status": _worst(r["status"] for r in results), "models": results}


def _check_voice(settings: Settings) -> dict[str, Any]:
    try:
        from interviewer.voice.health import voice_status
    except ImportError as e:
        return {"status": "warn", "detail": f"voice check unavailable ({e}); text answers work"}
    try:
        info = dict(voice_status(settings))
    except Exception as e:  # noqa: BLE001
        return {"status": "warn", "detail": f"voice check failed: {type(e).__name__}: {e}"}
    info.setdefault("status", "ok" if info.get("stt_ok", info.get("ok", True)) else "warn")
    if info["status"] not in ("ok", "warn", "error"):
        info["status"] = "warn"
    return info


def _redact(text: str, settings: Settings) -> str:
    """Remove any configured key from a message that is about to be printed."""
    secrets = [os.environ.get(v, "") for v in KEY_ENV_VARS]
    if settings.api_key is not None:
        secrets.append(settings.api_key.get_secret_value())
    for s in secrets:
        if s and len(s) >= 4:
            text = text.replace(s, "***")
    return text


def _worst(statuses: Any) -> str:
    order = {"ok": 0, "info": 0, "warn": 1, "error": 2}
    worst = max((order.get(s, 1) for s in statuses), default=0)
    return {0: "ok", 1: "warn", 2: "error"}[worst]


def collect(settings: Settings | None = None) -> dict[str, Any]:
    """Every check as one JSON-able dict; `status` is ok, warn or error."""
    from interviewer import __version__
    from interviewer.config import config_file, load_settings
    from interviewer.errors import ConfigError

    cfg = config_file()
    report: dict[str, Any] = {
        "python": platform.python_version(),
        "interviewer": __version__,
        "packages": {p: _version(p) for p in PACKAGES},
        "config_file": {"path": str(cfg), "exists": cfg.is_file(), "status": "ok"},
    }
    try:
        settings = settings or load_settings()
    except ConfigError as e:
        report["config_file"].update(status="error", detail=str(e))
        report["status"] = "error"
        return report
    key_vars = {v: "set" if os.environ.get(v) else "not set" for v in KEY_ENV_VARS}
    key_vars["api_key setting"] = "set" if settings.api_key is not None else "not set"
    report.update(
        home=str(settings.home),
        database=_check_database(settings),
        **_check_data(settings),
        model=_check_model(settings),
        voice=_check_voice(settings),
        api_keys=key_vars,
    )
    parts = ("config_file", "database", "personas", "rubrics", "model")
    report["status"] = _worst(report[p]["status"] for p in parts)
    return report


def _text(r: dict[str, Any]) -> str:
    mark = {"ok": "ok  ", "warn": "WARN", "error": "FAIL", "info": "    "}
    pkgs = ", ".join(f"{k} {v}" for k, v in r["packages"].items() if v)
    missing = [k for k, v in r["packages"].items() if not v]
    cfg = r["config_file"]
    out = [
        f"interviewer {r['interviewer']} on Python {r['python']}",
        f"packages: {pkgs}" + (f"; not installed: {', '.join(missing)}" if missing else ""),
        f"[{mark[cfg['status']]}] config file: {cfg['path']} "
        f"({'exists' if cfg['exists'] else 'not present; defaults and env vars apply'})",
    ]
    if cfg.get("detail"):
        out.append(f"       {cfg['detail']}")
    if "home" not in r:
        return "\n".join(out)
    db = r["database"]
    out += [
        f"       home: {r['home']}",
        f"[{mark[db['status']]}] database: {db['url']}",
        f"       {db['detail']}",
    ]
    for kind in ("personas", "rubrics"):
        d = r[kind]
        out.append(f"[{mark[d['status']]}] {kind}: {', '.join(d['loaded']) or 'none loaded'}")
        for p in d["problems"]:
            field = f" [field {p['field']}]" if p["field"] else ""
            out.append(f"       {p['path']}{field}: {p['message']}")
    for m in r["model"]["models"]:
        out.append(f"[{mark[m['status']]}] {m['role']}: {m['name']}: {m['detail']}")
    v = r["voice"]
    simple = {
        k: val
        for k, val in v.items()
        if k not in ("status", "detail") and not isinstance(val, dict | list)
    }
    summary = v.get("detail") or "; ".join(f"{k}: {val}" for k, val in simple.items())
    out.append(f"[{mark.get(v['status'], 'WARN')}] voice: {summary}")
    keys_set = [k for k, val in r["api_keys"].items() if val == "set"]
    keys_unset = [k for k, val in r["api_keys"].items() if val != "set"]
    out.append(f"       API keys set: {', '.join(keys_set) or 'none'}")
    out.append(f"       API keys not set: {', '.join(keys_unset) or 'none'}")
    out.append(f"overall: {r['status']}")
    return "\n".join(out)


@click.command(name="doctor")
@click.option("--json", "as_json", is_flag=True, help="Print every check as one JSON object.")
def doctor(as_json: bool) -> None:
    """Show what is configured and reachable: database, model, voice; exit 1 if something fails."""
    report = collect()
    if as_json:
        from interviewer.cli.data import echo_json

        echo_json(report)
    else:
        click.echo(_text(report))
    if report["status"] == "error":
        raise click.exceptions.Exit(1)
