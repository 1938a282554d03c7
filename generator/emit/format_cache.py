"""black's output, kept by its input: regeneration formats only the definitions that changed.

Formatting is almost all of a generation's time, and a regeneration mostly formats what it
formatted before: the same whole files when nothing changed, the same definitions but a few
after a model update. :mod:`generator.emit.formatting` asks this cache before it runs black, for
a whole file and then for each piece it cuts the file into, and stores what it computed.

Entries are of two namespaces, so that one kind of value is never taken for the other:
:data:`BLACK_OUTPUT` entries are written only with what ``black.format_str`` returned for
exactly their text (each piece the formatter gave black, and each whole file a test had black
check: :func:`black_output`), so any reader may take one as black's own verdict; the
formatter's whole-file results, computed piece by piece, are kept under a namespace that names
the formatter's code (:data:`generator.emit.formatting.PIECEWISE`), so a changed formatter,
in this clone or in another sharing the folder, never reads what an older one computed.

An entry is found by a SHA-256 of everything its text depends on: the namespace, the text,
black's version, its mode (``Mode.get_cache_key``) and the Python running it (its version,
and so the Unicode tables black measures character widths with). One file holds one entry,
named by that key, under ``<folder>/<first two hex digits>/``; it holds the SHA-256 of its
text, a newline, then the text (UTF-8). An entry is written to a temporary file beside it
and renamed into place, so a reader never sees half of one; an entry that is missing, cannot
be read, or whose text does not match its SHA-256 is a miss (black runs and the entry is
written again), never a wrong output. So clones, branches and processes may share a folder.

An entry's modification time is set when it is written or used. After a generation that
added entries, :meth:`FormatCache.prune` keeps the folder under :data:`SIZE_LIMIT` by
removing the least recently used entries (at most once an hour: the ``last-pruned`` file's
time says when it last ran).

The folder is ``GENERATOR_FORMAT_CACHE`` when that is set (``off``: no cache), else
``format/`` in the user's cache folder that every clone shares (:mod:`generator.user_cache`:
``~/.cache/partnercentral-selling-generator/format`` by default; ``make clean-cache`` removes
it). When it cannot be written, generation goes on without it after one warning on stderr.
``GENERATOR_FORMAT_WORKERS`` caps the processes that format the misses (:func:`format_workers`).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import platform
import sys
import time
import unicodedata
from pathlib import Path

import black

from ..atomic import write_atomically
from ..errors import GeneratorError
from ..user_cache import USER_CACHE

DEFAULT_FOLDER = USER_CACHE / "format"
CACHE_VARIABLE = "GENERATOR_FORMAT_CACHE"
WORKERS_VARIABLE = "GENERATOR_FORMAT_WORKERS"
OFF = "off"
SIZE_LIMIT = 256 * 1024 * 1024  # bytes of entries kept after a prune
PRUNE_INTERVAL = 3600.0  # seconds between two prunes
_LAYOUT = "2"  # the key and entry layout: changing either changes this
# The namespace of entries that hold what black.format_str returned for exactly their text.
BLACK_OUTPUT = "black.format_str"
BLACK_VERSION = importlib.metadata.version("black")
# The Python running black: its Unicode tables measure the width of characters in a line.
PYTHON = (
    f"{platform.python_implementation()} {sys.version_info[0]}.{sys.version_info[1]} "
    f"(Unicode {unicodedata.unidata_version})"
)
_PRUNE_STAMP = "last-pruned"


class FormatCache:
    """Formatted texts by the text black was given, in a folder of entries."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.added = 0  # entries written by this object
        self._writable = True
        self._salts: dict[tuple[str, str], bytes] = {}

    def get(self, source: str, mode: black.Mode, *, namespace: str) -> str | None:
        """The text ``namespace`` keeps for ``source`` in ``mode``, when an intact entry holds it."""
        path = self._path(source, mode, namespace)
        try:
            data = path.read_bytes()
        except OSError:
            return None  # missing or unreadable: a miss
        digest, newline, body = data.partition(b"\n")
        if not newline or hashlib.sha256(body).hexdigest().encode("ascii") != digest:
            return None  # cut short or changed since it was written: a miss
        try:
            text = body.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            return None  # not what put() writes: a miss
        self._touch(path)
        return text

    def put(self, source: str, mode: black.Mode, formatted: str, *, namespace: str) -> None:
        """Store ``formatted`` as ``namespace``'s text for ``source`` in ``mode``, atomically.

        Under :data:`BLACK_OUTPUT`, ``formatted`` must be what ``black.format_str`` returned
        for ``source`` in ``mode``, and nothing else.
        """
        if not self._writable:
            return
        path = self._path(source, mode, namespace)
        body = formatted.encode("utf-8", "surrogatepass")
        data = hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, data)
        except OSError as exc:
            self._give_up(f"cannot write {path} ({exc})")
            return
        self.added += 1

    def prune(self, limit: int = SIZE_LIMIT, interval: float = PRUNE_INTERVAL) -> int:
        """Remove the least recently used entries beyond ``limit`` bytes; return how many.

        Runs only when this object added entries and the last prune is ``interval``
        seconds old or more. An entry another process removes meanwhile is skipped; a
        folder that cannot be listed or changed is reported once and left as it is.
        """
        if not self.added or not self._writable:
            return 0
        stamp = self.folder / _PRUNE_STAMP
        try:
            if time.time() - stamp.stat().st_mtime < interval:
                return 0
        except FileNotFoundError:
            pass  # never pruned
        try:
            return self._remove_oldest(limit, stamp)
        except OSError as exc:
            self._give_up(f"cannot prune {self.folder} ({exc})")
            return 0

    def _remove_oldest(self, limit: int, stamp: Path) -> int:
        entries = []
        for shard in os.scandir(self.folder):
            if not shard.is_dir(follow_symlinks=False):
                continue
            for entry in os.scandir(shard.path):
                try:
                    status = entry.stat(follow_symlinks=False)
                except FileNotFoundError:
                    continue  # removed by another process since it was listed
                entries.append((status.st_mtime, status.st_size, entry.path))
        total = sum(size for _, size, _ in entries)
        removed = 0
        for _, size, path in sorted(entries):
            if total <= limit:
                break
            try:
                os.unlink(path)
                removed += 1
            except FileNotFoundError:
                pass  # removed by another process: gone all the same
            total -= size
        stamp.touch()
        return removed

    def _path(self, source: str, mode: black.Mode, namespace: str) -> Path:
        key = hashlib.sha256(self._salt(mode, namespace))
        key.update(source.encode("utf-8", "surrogatepass"))
        digest = key.hexdigest()
        return self.folder / digest[:2] / digest[2:]

    def _salt(self, mode: black.Mode, namespace: str) -> bytes:
        """What besides the text an entry depends on, as key bytes."""
        mode_key = mode.get_cache_key()
        salt = self._salts.get((mode_key, namespace))
        if salt is None:
            parts = [_LAYOUT, namespace, BLACK_VERSION, mode_key, PYTHON]
            salt = "\0".join(parts).encode("utf-8") + b"\0\0"
            self._salts[mode_key, namespace] = salt
        return salt

    def _touch(self, path: Path) -> None:
        """Mark an entry used now, for :meth:`prune`."""
        if not self._writable:
            return
        try:
            os.utime(path)
        except FileNotFoundError:
            pass  # pruned by another process since it was read: nothing to mark
        except OSError as exc:
            self._give_up(f"cannot mark {path} used ({exc})")

    def _give_up(self, problem: str) -> None:
        """Stop writing to the cache (reads go on), saying why on stderr."""
        self._writable = False
        print(
            f"warning: the format cache is read-only from now on: {problem}; set "
            f"{CACHE_VARIABLE} to a writable folder, or to {OFF} for no cache",
            file=sys.stderr,
        )


def black_output(source: str, mode: black.Mode, cache: FormatCache | None) -> str:
    """``black.format_str(source, mode=mode)``, read from ``cache`` when it holds it.

    Only a :data:`BLACK_OUTPUT` entry is read, so what comes back is black's own output for
    exactly ``source``; on a miss black runs and ``cache`` keeps what it returned.
    """
    if cache is not None:
        known = cache.get(source, mode, namespace=BLACK_OUTPUT)
        if known is not None:
            return known
    formatted = black.format_str(source, mode=mode)
    if cache is not None:
        cache.put(source, mode, formatted, namespace=BLACK_OUTPUT)
    return formatted


def default_cache() -> FormatCache | None:
    """The cache ``GENERATOR_FORMAT_CACHE`` names (None for ``off``), else the shared one."""
    setting = os.environ.get(CACHE_VARIABLE, "")
    if setting == OFF:
        return None
    return FormatCache(Path(setting) if setting else DEFAULT_FOLDER)


def format_workers() -> int | None:
    """``GENERATOR_FORMAT_WORKERS`` as a count of processes (None: one per usable CPU).

    ``1`` formats in the generating process alone: what a test run that already keeps
    every CPU busy wants (``tests/conftest.py`` sets it for pytest-xdist's workers).
    """
    setting = os.environ.get(WORKERS_VARIABLE, "")
    if not setting:
        return None
    if not setting.isdigit() or int(setting) < 1:
        raise GeneratorError(f"{WORKERS_VARIABLE}={setting!r}: expected a whole number from 1")
    return int(setting)
