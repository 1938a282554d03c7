"""The CBOR codec of the RPC v2 CBOR protocol: cbor2, with the protocol's tag policy.

cbor2 (a C extension; the package's dependency for CBOR services only) reads and
writes every CBOR item. By itself it also interprets some two dozen semantic tags
(date strings, decimal fractions, regular expressions, UUIDs, shared references that
can build cyclic values...). The protocol uses one tag, 1 (epoch-seconds
timestamps), so :func:`loads` keeps every other tag cbor2 knows as a raw
:class:`cbor2.CBORTag` (a member whose value is one is refused by its decoder,
naming the member), as a plain CBOR decoder gives it. Bignums (tags 2 and 3) stay
integers: Smithy's bigInteger is sent as one.

Tag 1 becomes an aware UTC ``datetime``; a tag 1 whose value is no number, or is
outside ``datetime``'s range, stays a raw tag, so that the error names the member
instead of failing the whole body. :func:`dumps` writes a ``datetime`` as tag 1
with integer seconds when whole, else a float64 (as botocore does).
"""

from __future__ import annotations

from datetime import datetime, timezone
from io import BytesIO
from typing import Any

import cbor2

# The semantic tags cbor2 5.x/6.x decodes by itself (found by decoding each tag
# number 0..70000 around an int, a string, bytes, a list and a map, cbor2 6.3.0).
_CBOR2_SEMANTIC_TAGS = (
    0, 4, 5, 25, 28, 29, 30, 35, 36, 37, 52, 54, 100, 256, 258, 260, 261, 1004, 43000, 55799,
)  # fmt: skip
EPOCH_TAG = 1

# Deepest nesting a body may have: deeper is refused (a decoder recursion guard).
MAX_DEPTH = 400

CBORDecodeError = cbor2.CBORDecodeError
"""What :func:`loads` raises for bytes that are not one well-formed CBOR item."""


def _raw_tag(tag: int) -> Any:
    return lambda value, immutable: cbor2.CBORTag(tag, value)


def _epoch(value: Any, immutable: bool) -> Any:
    """Tag 1's value as a UTC datetime, or the raw tag when it is not a usable epoch."""
    if value.__class__ in (int, float):
        try:
            return datetime.fromtimestamp(value, timezone.utc)
        except (OverflowError, OSError, ValueError):
            pass
    return cbor2.CBORTag(EPOCH_TAG, value)


_DECODERS: dict[int, Any] = {tag: _raw_tag(tag) for tag in _CBOR2_SEMANTIC_TAGS}
_DECODERS[EPOCH_TAG] = _epoch


def loads(data: bytes) -> Any:
    """The one CBOR data item ``data`` holds (raises :data:`CBORDecodeError` otherwise).

    Maps are dicts, arrays lists, text str, byte strings bytes, tag 1 a datetime,
    other tags :class:`cbor2.CBORTag`; indefinite lengths are accepted. Bytes left
    over after the item are refused, as is nesting deeper than :data:`MAX_DEPTH`.
    """
    stream = BytesIO(data)
    decoder = cbor2.CBORDecoder(stream, semantic_decoders=_DECODERS, max_depth=MAX_DEPTH)
    value = decoder.decode()
    left = len(data) - stream.tell()
    if left:
        # cbor2.loads() would ignore them; a body is exactly one item.
        raise CBORDecodeError(f"{left} bytes follow the CBOR data item")
    return value


def dumps(value: Any) -> bytes:
    """``value`` as CBOR: datetimes as tag 1 epoch seconds, floats as float64."""
    return cbor2.dumps(value, datetime_as_timestamp=True, timezone=timezone.utc)
