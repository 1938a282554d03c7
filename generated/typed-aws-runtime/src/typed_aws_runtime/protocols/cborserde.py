"""Value conversion between Python objects and RPC v2 CBOR wire values.

The generated CBOR codec modules import this module as ``_serde`` where the awsJson
ones import :mod:`.serde`: it gives them every shared helper of :mod:`.serde`
(strings, integers, booleans, lists, maps, enums, the errors), re-exported
unchanged, and its own encoders and decoders of the values CBOR writes otherwise.
On CBOR's wire a timestamp is a ``datetime`` (tag 1 epoch seconds, written and read
by :mod:`.cborcodec`), a blob is ``bytes`` (a byte string, no base64), and NaN and
the infinities are floats, not strings. ``wire=False`` (``to_dict()`` and
``from_dict()``) is the same boto3-style dict as awsJson's.
"""

from __future__ import annotations

import math
import struct
from datetime import datetime
from typing import Any

from ..exceptions import ParamValidationError
from .serde import DECODE_ERRORS as DECODE_ERRORS
from .serde import Decoder as Decoder
from .serde import Encoder as Encoder
from .serde import _as_datetime
from .serde import dec_bool as dec_bool
from .serde import dec_float as dec_float
from .serde import dec_int as dec_int
from .serde import dec_list as dec_list
from .serde import dec_map as _dec_map
from .serde import dec_member as dec_member
from .serde import dec_str as dec_str
from .serde import dec_timestamp
from .serde import enc_bool as enc_bool
from .serde import enc_document as enc_document
from .serde import enc_int as enc_int
from .serde import enc_list as enc_list
from .serde import enc_map as enc_map
from .serde import enc_str as enc_str
from .serde import enum_decoder as enum_decoder
from .serde import missing as missing
from .serde import nested_error as nested_error
from .serde import type_error as type_error
from .serde import wrong_shape as wrong_shape

_NON_FINITE = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}
_FLOAT32 = struct.Struct(">f")


def enc_blob(value: Any, wire: bool) -> bytes:
    """Bytes (or text, encoded as UTF-8), sent as a CBOR byte string as they are."""
    if value.__class__ is bytes:
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    raise type_error("bytes", value)


def dec_blob(value: Any, wire: bool) -> bytes:
    """A CBOR byte string; off the wire (``from_dict``) text is taken as UTF-8, as boto3 does."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if not wire and isinstance(value, str):
        return value.encode("utf-8")
    raise type_error("bytes", value)


def enc_timestamp(value: Any, wire: bool) -> datetime:
    """A timestamp as an aware datetime, which :mod:`.cborcodec` writes as tag 1.

    Whatever the member's ``timestampFormat`` (only the JSON protocols read it).
    Numbers and text are accepted as boto3 accepts them; naive datetimes are UTC.
    """
    return _as_datetime(value)


def dec_timestamp_cbor(value: Any, wire: bool) -> datetime:
    """A tag 1 timestamp (a datetime once decoded); epoch numbers and text as awsJson's."""
    if value.__class__ is datetime:
        return value
    return dec_timestamp(value, wire)


def enc_double(value: Any, wire: bool) -> float | int:
    """A double: numbers as they are, NaN and the infinities as floats (CBOR has them).

    The strings "NaN", "Infinity" and "-Infinity" are accepted as those values,
    as boto3 accepts them.
    """
    if isinstance(value, str) and value in _NON_FINITE:
        return _NON_FINITE[value]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    raise type_error("float", value)


def enc_float(value: Any, wire: bool) -> float | int:
    """A float (32-bit) shape: on the wire, rounded to the nearest float32.

    :mod:`.cborcodec` writes it as a float64 that holds exactly that float32
    value, so the service reads the number botocore's 32-bit encoding sends. A
    finite value beyond float32's range is refused.
    """
    number = enc_double(value, wire)
    if not wire or not isinstance(number, float) or not math.isfinite(number):
        return number
    try:
        rounded: float = _FLOAT32.unpack(_FLOAT32.pack(number))[0]
        return rounded
    except (OverflowError, struct.error):
        raise ParamValidationError("", "number out of range for a float (32-bit)") from None


def dec_map(value: Any, wire: bool, item: Decoder | None = None) -> dict[str, Any]:
    """Decode a map; off the wire, its null values are skipped.

    Smithy's protocol tests ask a client to skip nulls in a (dense) map
    (``RpcV2CborDeserializesDenseSetMapAndSkipsNull``; botocore keeps them and
    skips that test); ``from_dict`` keeps them as awsJson's does.
    """
    if wire and value.__class__ is dict and None in value.values():
        value = {key: element for key, element in value.items() if element is not None}
    return _dec_map(value, wire, item)
