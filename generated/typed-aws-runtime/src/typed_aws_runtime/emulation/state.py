"""The emulator's state (its records, as JSON) and its clock.

:class:`Store` holds every record the behaviours keep, as JSON-ready
documents in named tables (``store.table("widgets")``); it is saved
to and seeded from one JSON file. :class:`Clock` gives the emulator's time:
the real time plus an offset that :meth:`Clock.advance` moves forward, or a
frozen time that only :meth:`Clock.advance` moves, so tests can jump over
expiry dates and task durations.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

STATE_FORMAT = "emulator-state/1"


class StateFileError(ValueError):
    """A state file that cannot be read as the emulator's state."""


class Store:
    """Named tables of records: ``{table: {key: record}}``, every value JSON-ready.

    ``service`` names the service whose state it is, so a file saved by one
    service's emulator is not loaded into another's.
    """

    def __init__(self, service: str) -> None:
        self.service = service
        self.tables: dict[str, dict[str, Any]] = {}
        self._counter = 0

    def table(self, name: str) -> dict[str, Any]:
        """The table ``name`` (created empty when first asked for)."""
        return self.tables.setdefault(name, {})

    def next_number(self) -> int:
        """A number not given before in this state (saved with it): for ids."""
        self._counter += 1
        return self._counter

    def to_json(self) -> dict[str, Any]:
        """The whole state as one JSON document."""
        return {
            "format": STATE_FORMAT,
            "service": self.service,
            "counter": self._counter,
            "tables": self.tables,
        }

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the state to ``path`` atomically (a crash leaves the old file whole)."""
        target = Path(path)
        text = json.dumps(self.to_json(), indent=1, sort_keys=True, ensure_ascii=False)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(text + "\n")
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise

    def load(self, path: str | os.PathLike[str]) -> None:
        """Replace the state with the one saved in ``path``.

        Raises :class:`StateFileError` naming the file and what is wrong with it.
        """
        try:
            document = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise StateFileError(f"{path}: cannot read the emulator state: {error}") from None
        self.load_json(document, str(path))

    def load_json(self, document: Any, source: str = "<state>") -> None:
        """Replace the state with ``document`` (what :meth:`to_json` gives)."""
        if not isinstance(document, dict) or document.get("format") != STATE_FORMAT:
            raise StateFileError(
                f"{source}: not an emulator state: the file must be a JSON object with "
                f'"format": "{STATE_FORMAT}" (write one with the emulator\'s save)'
            )
        if document.get("service") != self.service:
            raise StateFileError(
                f"{source}: the state of {document.get('service')!r}, not of {self.service!r}"
            )
        tables = document.get("tables")
        counter = document.get("counter", 0)
        if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
            raise StateFileError(f'{source}: "tables" must map each table name to an object')
        if not isinstance(counter, int) or isinstance(counter, bool) or counter < 0:
            raise StateFileError(f'{source}: "counter" must be a whole number >= 0')
        self.tables = tables
        self._counter = counter


class Clock:
    """The emulator's time in epoch seconds: real time plus an offset, or frozen."""

    def __init__(self, start: float | None = None, *, frozen: bool = False) -> None:
        now = time.time()
        self.frozen = frozen
        self._offset = 0.0 if start is None else start - now
        self._frozen_at = now if start is None else start

    def now(self) -> float:
        """The current emulated time, to the millisecond."""
        current = self._frozen_at if self.frozen else time.time() + self._offset
        return round(current, 3)

    def advance(self, seconds: float) -> None:
        """Move the time forward by ``seconds``."""
        if seconds < 0:
            raise ValueError(f"the clock only moves forward, got {seconds!r} seconds")
        self._offset += seconds
        self._frozen_at += seconds
