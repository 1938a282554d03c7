"""Random identifiers: what ``str(uuid.uuid4())`` gives, without importing ``uuid``.

Every call sends a fresh invocation id, and operations that take an
idempotency token get one when the caller gives none. ``uuid`` (with
``platform`` and its helpers) cost about a millisecond of a cold process's
first call, for the one function used here.
"""

from __future__ import annotations

import os

__all__ = ["random_uuid"]


def random_uuid() -> str:
    """A random (version 4, RFC 9562) UUID in its 36-character text form."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # the RFC variant
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
