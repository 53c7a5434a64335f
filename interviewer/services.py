"""The app factory: one place that turns Settings into the objects CLI and web share."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from interviewer.config import Settings, load_settings
from interviewer.loader import Catalog, load_personas, load_rubrics
from interviewer.schemas import Persona, Rubric


@dataclass
class Services:
    """Settings plus lazily built database, repository and data catalogs."""

    settings: Settings = field(default_factory=load_settings)

    @cached_property
    def db(self) -> Any:
        from interviewer.config import ensure_home
        from storage.db import Database

        ensure_home(self.settings)
        return Database(self.settings.database_url)

    @cached_property
    def repo(self) -> Any:
        from storage.repository import Repository

        return Repository(self.db, audio_dir=self.settings.audio_dir, cache_dirs=self.cache_dirs())

    def cache_dirs(self) -> list[Path]:
        """Folders that may hold copies of a session's exports (ours, and Gradio's cache)."""
        gradio = os.environ.get("GRADIO_TEMP_DIR") or str(Path(tempfile.gettempdir()) / "gradio")
        return list(dict.fromkeys([self.settings.cache_dir, Path(gradio)]))

    @cached_property
    def personas(self) -> Catalog[Persona]:
        return load_personas(self.settings)

    @cached_property
    def rubrics(self) -> Catalog[Rubric]:
        return load_rubrics(self.settings)

    @cached_property
    def bank(self) -> Any:
        """Answer keys (interviewer.bank.Bank): shipped topics plus <home>/bank/."""
        from interviewer.bank.loader import load_bank

        return load_bank(self.settings)

    def for_owner(self, owner: str | None) -> Any:
        """These services with a repository that reads and writes `owner`'s data only."""
        return self if owner is None else OwnerServices(self, owner)

    def reload_data(self) -> None:
        """Re-read persona, rubric and answer-key files (after the user edits them)."""
        self.__dict__.pop("personas", None)
        self.__dict__.pop("rubrics", None)
        self.__dict__.pop("bank", None)

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.dispose()


class OwnerServices:
    """A view of Services for one owner: same settings, catalogs and database, scoped repository."""

    def __init__(self, base: Services, owner: str) -> None:
        self._base = base
        self.owner = owner
        self.repo = base.repo.for_owner(owner)

    def for_owner(self, owner: str | None) -> Any:
        return self if owner in (None, self.owner) else OwnerServices(self._base, owner)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._base, name)
