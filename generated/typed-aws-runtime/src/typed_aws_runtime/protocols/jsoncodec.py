"""JSON encoding and decoding, with orjson for large bodies when it is installed.

orjson (the package's optional ``fast`` extra) parses and writes several
times faster than the standard library, with the same results with one
exception: it reads an integer beyond 64 bits as a float. Modeled numbers
never are (a Smithy ``long`` is 64 bits), but a document member may hold
any JSON, so the client asks for ``exact=True`` when an output contains a
document. Whatever orjson refuses (lone surrogates, say) is left to the
standard library.

Importing orjson (with the ``dataclasses``, ``inspect`` and ``uuid`` it
imports) costs about 9 ms, more than the standard library takes to parse
a megabyte, so the standard library parses the first :data:`FAST_AFTER`
bytes a process receives and orjson the rest: a process that makes a few
small calls (a cold start, a Lambda function) never pays for the import,
and one that makes many pays it once, early. Once imported, orjson also
encodes the requests.
"""

from __future__ import annotations

import json
from typing import Any, Callable

# Bytes of JSON the standard library parses before orjson (when installed) takes over.
FAST_AFTER = 256 * 1024


class _Orjson:
    """orjson's ``loads`` and ``dumps`` (None without it), looked up on first use."""

    loads: Callable[[bytes], Any] | None
    dumps: Callable[[Any], bytes] | None
    parsed = 0  # bytes parsed before the lookup (threads may lose a count: a threshold only)

    def loads_after(self, size: int) -> Callable[[bytes], Any] | None:
        """orjson's ``loads`` once :data:`FAST_AFTER` bytes, this ``size`` too, have been parsed."""
        if "loads" not in self.__dict__:
            self.parsed += size
            if self.parsed < FAST_AFTER:
                return None
        return self.loads

    def __getattr__(self, name: str) -> Any:  # runs until the lookup has filled both
        try:
            import orjson
        except ImportError:  # the optional extra is not installed
            self.loads = self.dumps = None
        else:
            self.loads, self.dumps = orjson.loads, orjson.dumps
        return getattr(self, name)

    def dumps_if_loaded(self) -> Callable[[Any], bytes] | None:
        """orjson's ``dumps`` when it has been looked up, without looking it up."""
        return self.__dict__.get("dumps")


ORJSON = _Orjson()


def loads(data: bytes, *, exact: bool = False) -> Any:
    """Parse a JSON document; raises ValueError when it is not JSON.

    ``exact`` keeps integers beyond 64 bits as integers (the standard library).
    Arrays and objects nested deeper than the interpreter's recursion limit
    allows are a ValueError too (the standard library's parser recurses).
    """
    if not exact:
        fast_loads = ORJSON.loads_after(len(data))
        if fast_loads is not None:
            try:
                return fast_loads(data)
            except ValueError:
                pass  # let the standard library decide, and word the error
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError("arrays or objects nested too deeply") from None


def dumps(value: Any) -> bytes:
    """Compact JSON as UTF-8 bytes (non-ASCII characters unescaped)."""
    fast_dumps = ORJSON.dumps_if_loaded()
    if fast_dumps is not None:
        try:
            return fast_dumps(value)
        except TypeError:
            pass  # e.g. an integer beyond 64 bits: the standard library writes it
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
