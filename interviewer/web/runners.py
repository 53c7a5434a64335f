"""Server-side cache of live InterviewRunner objects, keyed by (owner, session id).

The database stays the source of truth: a runner missing from the cache (server restart, evicted,
another worker) is loaded again with the owner check. Each runner has its own lock, so two events
of one browser never drive the same interview at once, while different users run in parallel.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from interviewer.errors import InputError, NotFoundError

if TYPE_CHECKING:
    from interviewer.engine.session import InterviewRunner
    from interviewer.services import Services


class RunnerCache:
    """Bounded LRU of runners with one lock per session."""

    def __init__(
        self, services: Services, capacity: int = 256, lock_timeout: float = 120.0
    ) -> None:
        self.services = services
        self.capacity = capacity
        self.lock_timeout = lock_timeout
        self._items: OrderedDict[tuple[str, int], tuple[Any, threading.Lock]] = OrderedDict()
        self._guard = threading.Lock()

    def put(self, owner: str, runner: InterviewRunner) -> None:
        """Remember a runner just started by `owner`."""
        with self._guard:
            self._items[(owner, runner.session_id)] = (runner, threading.Lock())
            self._trim()

    def _trim(self) -> None:
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)

    def _entry(self, owner: str, session_id: int, model: str | None) -> tuple[Any, threading.Lock]:
        key = (owner, session_id)
        with self._guard:
            entry = self._items.get(key)
            if entry is not None:
                self._items.move_to_end(key)
        if entry is not None and not self._behind(entry[0]):
            return entry
        if entry is not None:  # another process advanced it: read it again from the database
            with self._guard:
                if self._items.get(key) is entry:
                    del self._items[key]
        from interviewer.engine.session import InterviewRunner

        runner = InterviewRunner.load(
            self.services.for_owner(owner), session_id, model=model, owner=owner
        )
        with self._guard:
            entry = self._items.setdefault(key, (runner, threading.Lock()))
            self._trim()
            return entry

    @contextmanager
    def use(
        self, owner: str, session_id: int, model: str | None = None, missing: str | None = None
    ) -> Iterator[Any]:
        """The runner for this owner's session, held under its lock for the duration.

        `missing` replaces the words of the NotFoundError for another's or a missing session.
        """
        try:
            runner, lock = self._entry(owner, session_id, model)
        except NotFoundError:
            if missing is None:
                raise
            raise NotFoundError(missing) from None
        if not lock.acquire(timeout=self.lock_timeout):
            raise InputError("this interview is busy with an earlier request", "wait and retry")
        try:
            yield runner
        finally:
            lock.release()

    def _behind(self, runner: InterviewRunner) -> bool:
        """True when the database holds more of this session than the cached runner knows."""
        count, status = runner.repo.progress(runner.session_id)
        known = len(getattr(runner, "_turns", []))
        return count != known or (status == "finished") != bool(runner.finished)

    def forget(self, owner: str, session_id: int) -> None:
        """Drop a runner (deleted or finished session)."""
        with self._guard:
            self._items.pop((owner, session_id), None)
