"""Persistence: SQLAlchemy models, the repository API and Alembic migrations."""

from storage.db import Database, make_engine
from storage.repository import Repository

__all__ = ["Database", "Repository", "make_engine"]
