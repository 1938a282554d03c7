"""Value conversion between Python objects and awsJson wire values.

Generated codec modules call these helpers member by member. Every encoder
has the signature ``(value, wire) -> encoded`` and every decoder
``(value, wire) -> decoded``: ``wire=True`` converts to or from the JSON
body (timestamps as numbers or strings, blobs as base64), ``wire=False`` to
or from the boto3-style dict of ``to_dict()``/``from_dict()`` (timestamps as
``datetime``, blobs as ``bytes``). Encoders also validate: a wrong type
raises :class:`ParamValidationError` with a path relative to the value; the
caller prefixes its own member name.
"""

from __future__ import annotations

import base64
import binascii
import math
import sys
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any

from ..exceptions import ParamValidationError
from ..model.structure import iso8601_text

Encoder = Callable[[Any, bool], Any]
Decoder = Callable[[Any, bool], Any]

_NON_FINITE = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}


def type_error(expected: str, value: object) -> ParamValidationError:
    """The error for a value of the wrong type (its path relative to the value)."""
    return ParamValidationError("", f"expected {expected}, got {type(value).__name__}")


def missing(name: str) -> ParamValidationError:
    """The error for a required member left unset."""
    return ParamValidationError(name, "missing required member")


def wrong_shape(expected: type, value: object) -> ParamValidationError:
    """The error for a value that is not an instance of the shape class ``expected``.

    A mapping gets a hint: a nested member takes the shape's object, not a dict.
    """
    hint = (
        f" (build one with {expected.__name__}.from_dict(...))"
        if isinstance(value, Mapping)
        else ""
    )
    return ParamValidationError(
        "", f"expected {expected.__name__}, got {type(value).__name__}{hint}"
    )


# -- scalars ---------------------------------------------------------------


def enc_str(value: Any, wire: bool) -> str:
    if isinstance(value, str):
        return value
    raise type_error("str", value)


def enc_int(value: Any, wire: bool) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise type_error("int", value)


def enc_bool(value: Any, wire: bool) -> bool:
    if isinstance(value, bool):
        return value
    raise type_error("bool", value)


# Strings, integers and booleans are the same values on the wire and in
# Python: decoding one only checks its type, as encoding does. Generated
# decoders test ``value.__class__`` inline and call these for anything else
# (a subclass is accepted, a wrong type raises).
dec_str = enc_str
dec_int = enc_int
dec_bool = enc_bool


def enc_float(value: Any, wire: bool) -> float | int | str:
    """Numbers pass through; on the wire NaN and the infinities become strings.

    The strings "NaN", "Infinity" and "-Infinity" are accepted as those values,
    as boto3 accepts them.
    """
    if isinstance(value, str) and value in _NON_FINITE:
        value = _NON_FINITE[value]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if wire and isinstance(value, float) and not math.isfinite(value):
            return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
        return value
    raise type_error("float", value)


def dec_float(value: Any, wire: bool) -> float:
    """A number as a float; the strings "NaN", "Infinity" and "-Infinity" as those values.

    Like every decoder here, its errors never quote the value: a response's
    values may be sensitive, and one of the wrong type may be huge.
    """
    if isinstance(value, float):
        return value
    if isinstance(value, str):
        try:
            return _NON_FINITE[value]
        except KeyError:
            raise ValueError(
                "not a number (a string other than NaN, Infinity or -Infinity)"
            ) from None
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            raise ValueError("number out of range for a float") from None
    raise type_error("float", value)


def enc_blob(value: Any, wire: bool) -> Any:
    """Bytes (or text, encoded as UTF-8); base64 text on the wire."""
    if isinstance(value, str):
        value = value.encode("utf-8")
    elif isinstance(value, bytearray):
        value = bytes(value)
    elif not isinstance(value, bytes):
        raise type_error("bytes", value)
    return base64.b64encode(value).decode("ascii") if wire else value


def dec_blob(value: Any, wire: bool) -> bytes:
    if not wire:
        if isinstance(value, str):
            return value.encode("utf-8")
        if isinstance(value, (bytes, bytearray)):
            return bytes(value)
        raise type_error("bytes", value)
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, TypeError) as exc:
        raise ValueError(f"invalid base64 blob: {exc}") from None


def enc_document(value: Any, wire: bool) -> Any:
    """Documents are plain JSON values and are sent as they are."""
    return value


# -- timestamps ------------------------------------------------------------


def _as_datetime(value: Any) -> datetime:
    """A timezone-aware datetime from a datetime, epoch seconds or timestamp text.

    Numbers and text are accepted as boto3 accepts them; naive datetimes are
    taken as UTC, as botocore does.
    """
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
    if isinstance(value, (int, float, str)) and not isinstance(value, bool):
        try:
            return dec_timestamp(value, True)
        except ValueError:
            raise ParamValidationError("", f"not a timestamp: {value!r}") from None
    raise type_error("datetime", value)


def enc_epoch(value: Any, wire: bool) -> Any:
    """A timestamp as epoch seconds on the wire (integer when whole)."""
    moment = _as_datetime(value)
    if not wire:
        return moment
    seconds = moment.timestamp()
    whole = int(seconds)
    return whole if whole == seconds else round(seconds, 3)


def enc_iso8601(value: Any, wire: bool) -> Any:
    moment = _as_datetime(value)
    return iso8601_text(moment) if wire else moment


def enc_rfc822(value: Any, wire: bool) -> Any:
    moment = _as_datetime(value)
    if not wire:
        return moment
    from email.utils import format_datetime  # rarely used; kept off the import path

    return format_datetime(moment.astimezone(timezone.utc), usegmt=True)


def _from_utc_iso_before_3_11(text: str) -> datetime:
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=timezone.utc)


# Python 3.11 reads the "Z" suffix itself (as timezone.utc); 3.10 needs help.
_from_utc_iso = (
    datetime.fromisoformat if sys.version_info >= (3, 11) else _from_utc_iso_before_3_11
)


def dec_timestamp(value: Any, wire: bool) -> datetime:
    """Read a timestamp in any of the three wire formats (as botocore does)."""
    if value.__class__ is str and value[-1:] == "Z":
        # The common case, UTC ISO 8601 ("2023-05-01T20:37:46Z"), without the
        # general parser's detours.
        try:
            return _from_utc_iso(value)
        except ValueError:
            pass
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_epoch(value)
    if isinstance(value, str):
        return _parse_timestamp_text(value)
    raise type_error("a timestamp", value)


def _from_epoch(seconds: float) -> datetime:
    """Epoch seconds as a UTC datetime; ValueError when out of datetime's range (or NaN)."""
    try:
        return datetime.fromtimestamp(seconds, timezone.utc)
    except (OverflowError, OSError, ValueError):
        # OverflowError or OSError: beyond the platform's time_t; ValueError:
        # beyond year 1..9999, or NaN.
        raise ValueError("timestamp out of range") from None


def _parse_timestamp_text(text: str) -> datetime:
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return _from_epoch(seconds)
    iso = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    try:
        moment = datetime.fromisoformat(_trim_fraction(iso))
    except ValueError:
        from email.utils import parsedate_to_datetime  # rarely used; kept off the import path

        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            raise ValueError(
                "not a timestamp (neither ISO 8601, epoch seconds nor RFC 822)"
            ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _trim_fraction(text: str) -> str:
    """Cut fractional seconds to 6 digits: Python 3.10's fromisoformat takes no more."""
    dot = text.find(".", 17)
    if dot < 0:
        return text
    end = dot + 1
    while end < len(text) and text[end].isdigit():
        end += 1
    digits = text[dot + 1 : end]
    digits = (digits + "000000")[:6] if len(digits) != 3 else digits
    return text[: dot + 1] + digits + text[end:]


# -- collections -----------------------------------------------------------


def enc_list(value: Any, wire: bool, item: Encoder) -> list[Any]:
    if not isinstance(value, (list, tuple)):
        raise type_error("list", value)
    result = []
    for index, element in enumerate(value):
        try:
            result.append(None if element is None else item(element, wire))
        except ParamValidationError as error:
            raise error.nested(f"[{index}]") from None
    return result


def dec_list(value: Any, wire: bool, item: Decoder | None = None) -> list[Any]:
    """Decode a list; ``item`` None keeps elements as they are. Nulls are kept."""
    if not isinstance(value, (list, tuple)):
        raise type_error("list", value)
    if item is None:
        return list(value)
    result = []
    for index, element in enumerate(value):
        try:
            result.append(None if element is None else item(element, wire))
        except DECODE_ERRORS as error:
            raise nested_error(error, f"[{index}]") from None
    return result


def enc_map(value: Any, wire: bool, item: Encoder) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise type_error("dict", value)
    result = {}
    for key, element in value.items():
        if not isinstance(key, str):
            raise ParamValidationError(
                f"[{key!r}]", f"map keys must be str, got {type(key).__name__}"
            )
        try:
            result[key] = None if element is None else item(element, wire)
        except ParamValidationError as error:
            raise error.nested(f"[{key!r}]") from None
    return result


def dec_map(value: Any, wire: bool, item: Decoder | None = None) -> dict[str, Any]:
    """Decode a map; ``item`` None keeps values as they are. Nulls are kept."""
    if not isinstance(value, Mapping):
        raise type_error("dict", value)
    if item is None:
        return dict(value)
    result = {}
    for key, element in value.items():
        try:
            result[key] = None if element is None else item(element, wire)
        except DECODE_ERRORS as error:
            raise nested_error(error, f"[{key!r}]") from None
    return result


def enum_decoder(lookup: Callable[[Any, Any], Any]) -> Decoder:
    """A ``(value, wire)`` decoder for list or map elements of an open enum.

    ``lookup`` is the enum's ``_value2member_map_.get`` (or its lazy stand-in).
    A string the enum does not know is kept; anything else is refused.
    """
    return lambda value, wire: lookup(
        value if value.__class__ is str else dec_str(value, wire), value
    )


# What decoding a malformed value raises; decoders turn these into a
# ParamValidationError that names the member path.
DECODE_ERRORS = (ValueError, TypeError, AttributeError, KeyError)


def dec_member(decoder: Decoder, value: Any, wire: bool, member: str) -> Any:
    """``decoder(value, wire)``, its error naming ``member`` (the slow path of a scalar)."""
    try:
        return decoder(value, wire)
    except DECODE_ERRORS as error:
        raise nested_error(error, member) from None


def nested_error(error: Exception, segment: str) -> ParamValidationError:
    """``error`` as a ParamValidationError with ``segment`` prefixed to its path."""
    if isinstance(error, ParamValidationError):
        return error.nested(segment)
    return ParamValidationError(segment, str(error) or type(error).__name__)
