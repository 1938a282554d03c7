"""Base classes of the generated shape classes.

A generated structure lists its members in ``__slots__``; everything else
(equality, ``repr`` with sensitive members hidden, ``to_dict``/``from_dict``)
lives here once. Its wire codec, ``_encode(wire)`` and ``_decode(data, wire)``,
is in a private module of the protocol's, named by the class's ``_CODECS``:
the first encode or decode of the class imports that module, which binds the
codec functions to its classes (:func:`bind_codec`), so a program loads the
codecs of the shapes it uses only, and later calls go straight to them.

``repr`` is bounded, as DEBUG logging prints every input and output: nesting
beyond ``REPR_MAX_DEPTH`` levels, items past ``REPR_MAX_ITEMS``, characters
of a string past ``REPR_MAX_STRING`` and of the whole text past
``REPR_MAX_CHARS`` show as ``...``. A response of a recursive shape nested
thousands deep, or a page of thousands of items, prints as a few lines and
never raises ``RecursionError``.

A call's output also carries what the service said about the call besides
the output (:class:`ResponseMetadata`: request id, HTTP status and headers,
retries), held outside the members: equality, ``repr``, ``to_dict()`` and
pickles of the members never see it.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timezone
from typing import Any, ClassVar, TypeVar

from ..exceptions import ParamValidationError

S = TypeVar("S", bound="Shape")

REDACTED = "***"
# Shapes, lists and maps inside one another: 12 levels print most outputs in full (the
# deepest non-recursive outputs of seven awsJson models nest 5 to 13 levels); deeper parts,
# as of a recursive shape, end in "...".
REPR_MAX_DEPTH = 12
REPR_MAX_ITEMS = 20  # of one list or map
REPR_MAX_STRING = 256  # characters of one string or bytes value
REPR_MAX_CHARS = 10_000  # of the whole text
ELIDED = "..."


class Shape:
    """Behaviour shared by structures and union variants."""

    __slots__ = ()
    # Python names of members whose values never appear in repr() or str().
    _SENSITIVE: ClassVar[frozenset[str]] = frozenset()
    # Wire names of the members, for refusing unknown keys in from_dict().
    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset()
    # Wire names of the required members, for telling an empty response body
    # from a valid empty output.
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    # The module that binds the class's codec, relative to the class's module
    # (``__module__``), e.g. ``".._awsjson.shapes._life_cycle"``.
    _CODECS: ClassVar[str] = ""

    def _encode(self, wire: bool) -> Any:
        """The value for the wire (``wire``) or for ``to_dict()``: the bound codec's."""
        encode: Callable[[Any, bool], Any] = _bound_codec(type(self), "_encode")
        return encode(self, wire)

    @classmethod
    def _decode(cls: type[S], data: Any, wire: bool) -> S:
        """The object read from the wire (``wire``) or ``from_dict()``: the bound codec's."""
        decode: Callable[[Any, bool], S] = _bound_codec(cls, "_decode")
        return decode(data, wire)

    def to_dict(self, *, json_safe: bool = False) -> Any:
        """The boto3-style value: wire (PascalCase) names, ``datetime``, ``bytes``.

        ``json_safe=True`` gives what ``json.dumps`` takes instead: timestamps
        as UTC ISO 8601 text (``2023-05-01T20:37:46Z``, with milliseconds when
        there are any), bytes as base64 text, enum members as their plain
        string values, and a float that is not finite as the text the wire
        uses (``"NaN"``, ``"Infinity"``, ``"-Infinity"``). Raises
        :class:`ParamValidationError` when a member has the wrong type or a
        required member is missing.
        """
        value = self._encode(False)
        return json_safe_value(value) if json_safe else value

    def replace(self: S, **changes: Any) -> S:
        """A copy with the members named (Python names) set to new values.

        Like :func:`dataclasses.replace`: the copy is built by the class's
        constructor from this object's members updated with ``changes``, so
        an unknown member name raises ``TypeError`` as the constructor does.
        Nested shapes and lists are shared with this object, not copied; a
        call's :attr:`~Structure.response_metadata` is not carried over (the
        copy is not that call's output).
        """
        members = dict(self._fields())
        members.update(changes)
        return type(self)(**members)

    @classmethod
    def from_dict(cls: type[S], data: Mapping[str, Any]) -> S:
        """Build the object from a boto3-style dict (wire names)."""
        if not isinstance(data, Mapping):
            raise ParamValidationError("", f"expected a dict, got {type(data).__name__}")
        return cls._decode(data, False)

    @classmethod
    def _check_keys(cls, data: Mapping[str, Any]) -> None:
        """Refuse a non-mapping, and keys the shape does not have (typos are not dropped)."""
        if not isinstance(data, Mapping):
            raise ParamValidationError("", f"expected a dict, got {type(data).__name__}")
        for key in data:
            if key not in cls._WIRE_NAMES and key != "ResponseMetadata":
                known = ", ".join(sorted(cls._WIRE_NAMES)) or "no members"
                raise ParamValidationError(
                    str(key), f"unknown member of {cls.__name__}; it has {known}"
                )

    def _fields(self) -> list[tuple[str, Any]]:
        """The members as (Python name, value), in declaration order."""
        names: list[str] = []
        for klass in reversed(type(self).__mro__):
            if klass is not Structure:  # its slot holds the call's metadata, not a member
                names.extend(klass.__dict__.get("__slots__", ()))
        return [(name, getattr(self, name)) for name in names]

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._fields() == other._fields()

    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # mutable, like a dataclass

    def __repr__(self) -> str:
        writer = _BoundedRepr()
        writer.shape(self, 0)
        return writer.text()

    __str__ = __repr__


class Structure(Shape):
    """A structure: named, optional-unless-required members."""

    # Set by the client on a call's output only; unset (not None) everywhere else, so a
    # structure that is no output costs nothing but the slot.
    __slots__ = ("_response_metadata",)
    _response_metadata: ResponseMetadata

    @property
    def response_metadata(self) -> ResponseMetadata | None:
        """What the service said about the call that returned this output, else None.

        Only a call's output has it (each page of a paginator too): request
        id, HTTP status and headers and the retries made. It is not a member:
        ``==``, ``repr``, ``to_dict()`` and ``replace()`` leave it out.
        """
        try:
            return self._response_metadata
        except AttributeError:
            return None


class ResponseMetadata:
    """A successful call's request id, HTTP status and headers, and retries (boto3's
    ``ResponseMetadata``): what AWS support asks for, read from an output's
    ``response_metadata``."""

    __slots__ = ("request_id", "http_status_code", "retry_attempts", "_headers")
    request_id: str | None
    http_status_code: int
    retry_attempts: int  # attempts before the one that succeeded (0: the first attempt did)
    _headers: Mapping[str, str]

    def __init__(
        self,
        request_id: str | None,
        http_status_code: int,
        headers: Mapping[str, str],
        retry_attempts: int,
    ) -> None:
        self.request_id = request_id
        self.http_status_code = http_status_code
        self.retry_attempts = retry_attempts
        self._headers = headers

    @property
    def http_headers(self) -> dict[str, str]:
        """The response's headers, by lower-case name (as boto3 gives them)."""
        return {name.lower(): value for name, value in self._headers.items()}

    def to_dict(self) -> dict[str, Any]:
        """boto3's ``ResponseMetadata`` dict: ``RequestId``, ``HTTPStatusCode``,
        ``HTTPHeaders``, ``RetryAttempts``."""
        return {
            "RequestId": self.request_id,
            "HTTPStatusCode": self.http_status_code,
            "HTTPHeaders": self.http_headers,
            "RetryAttempts": self.retry_attempts,
        }

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResponseMetadata):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__: ClassVar[None] = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"ResponseMetadata(request_id={self.request_id!r}, "
            f"http_status_code={self.http_status_code}, retry_attempts={self.retry_attempts})"
        )


class TaggedUnion(Shape):
    """A union value: exactly one variant, held in ``value``.

    Each variant is its own subclass; ``tag`` is the variant's wire name.
    A variant this client does not know is decoded into the union's
    ``...Unknown`` subclass (with its ``tag`` and raw ``value``) instead of
    failing, so an older client keeps working when the service adds one.
    """

    __slots__ = ("value",)
    value: Any
    tag: ClassVar[str] = ""

    def __init__(self, value: Any) -> None:
        self.value = value

    @staticmethod
    def _single_item(data: Any) -> tuple[str, Any]:
        """The one (tag, value) pair of a union's dict, else a clear error."""
        if not isinstance(data, Mapping):
            raise ParamValidationError(
                "", f"expected a dict with one key, got {type(data).__name__}"
            )
        items = [(k, v) for k, v in data.items() if v is not None and k != "__type"]
        if len(items) != 1:
            # A few names say what was set; a response may hold any number.
            names = sorted(str(k) for k, _ in items)
            shown = f": {names}" if len(names) <= 5 else f", starting {names[:5]}"
            raise ParamValidationError(
                "", f"a union takes exactly one member, got {len(items)}{shown}"
            )
        return items[0]


class UnknownVariant(TaggedUnion):
    """A union variant the client's model does not know (received, never sent)."""

    __slots__ = ("unknown_tag",)
    unknown_tag: str

    def __init__(self, tag: str, value: Any) -> None:
        super().__init__(value)
        self.unknown_tag = tag

    def _encode(self, wire: bool) -> Any:
        if wire:
            raise ParamValidationError(
                "",
                f"cannot send the union variant {self.unknown_tag!r}: this client does not know it",
            )
        return {self.unknown_tag: self.value}

    def replace(self, **changes: Any) -> UnknownVariant:
        """A copy with ``value`` or ``unknown_tag`` changed."""
        unknown = set(changes) - {"value", "unknown_tag"}
        if unknown:
            raise TypeError(f"UnknownVariant has no member {sorted(unknown)[0]!r}")
        return UnknownVariant(
            changes.get("unknown_tag", self.unknown_tag), changes.get("value", self.value)
        )


def iso8601_text(moment: datetime) -> str:
    """A timestamp as AWS writes ISO 8601: UTC, ``Z``, milliseconds only when there are any."""
    moment = moment.astimezone(timezone.utc)
    if moment.microsecond:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def json_safe_value(value: Any) -> Any:
    """A ``to_dict()`` value made of what ``json.dumps`` takes (see :meth:`Shape.to_dict`)."""
    if isinstance(value, dict):
        return {key: json_safe_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [json_safe_value(item) for item in value]
    if isinstance(value, str):
        return str(value) if value.__class__ is not str else value  # an enum member: its value
    if isinstance(value, datetime):
        return iso8601_text(value if value.tzinfo else value.replace(tzinfo=timezone.utc))
    if isinstance(value, bytes):
        import base64  # only JSON-safe dicts of blobs need it

        return base64.b64encode(value).decode("ascii")
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if value != value else ("Infinity" if value > 0 else "-Infinity")
    return value


def bind_codec(
    cls: type[Shape],
    encode: Callable[[Any, bool], Any] | None = None,
    decode: Callable[[Any, bool], Any] | None = None,
) -> None:
    """Make ``encode(value, wire)`` and ``decode(data, wire)`` the codec of ``cls``.

    Called by the codec modules as they are imported. A union is decoded by its
    own class and encoded by each variant's, so either may be left out.
    """
    if encode is not None:
        setattr(cls, "_encode", encode)
    if decode is not None:
        setattr(cls, "_decode", staticmethod(decode))


def _bound_codec(cls: type[Shape], method: str) -> Any:
    """``cls``'s ``method`` once its codec module is imported (it binds on import)."""
    if not cls._CODECS:
        raise TypeError(f"{cls.__name__} names no codec module (_CODECS)")
    importlib.import_module(cls._CODECS, cls.__module__)
    owner = next(klass for klass in cls.__mro__ if method in klass.__dict__)
    if owner is Shape:
        raise TypeError(
            f"{cls._CODECS} binds no {method} to {cls.__name__} "
            "(a union is sent as one of its variants)"
        )
    return getattr(cls, method)


class _BoundedRepr:
    """Writes the repr of a shape within the ``REPR_MAX_*`` limits, sensitive members hidden.

    Recursion is at most ``REPR_MAX_DEPTH`` levels deep, whatever the value's
    depth; once ``REPR_MAX_CHARS`` are written, nothing more is visited.
    """

    __slots__ = ("parts", "left")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.left = REPR_MAX_CHARS

    def text(self) -> str:
        text = "".join(self.parts)
        return text if self.left >= 0 else text[:REPR_MAX_CHARS] + ELIDED

    def write(self, text: str) -> bool:
        """Add ``text``; False once the budget is spent (callers then stop)."""
        if self.left >= 0:
            self.parts.append(text)
            self.left -= len(text)
        return self.left >= 0

    def value(self, value: Any, depth: int) -> None:
        if isinstance(value, Shape):
            self.shape(value, depth)
        elif isinstance(value, (list, Mapping)):
            self.items(value, depth)
        elif isinstance(value, (str, bytes)):
            # The limit counts the value's characters, not its repr's: escapes stay whole.
            if len(value) > REPR_MAX_STRING:
                self.write(repr(value[:REPR_MAX_STRING]) + ELIDED)
            else:
                self.write(repr(value))
        else:
            self.write(_scalar_repr(value))

    def shape(self, shape: Shape, depth: int) -> None:
        name = type(shape).__name__
        if depth >= REPR_MAX_DEPTH:
            self.write(f"{name}({ELIDED})")
            return
        self.write(f"{name}(")
        separator = ""
        for member, value in shape._fields():
            if value is None:
                continue
            if not self.write(f"{separator}{member}="):
                return
            if member in shape._SENSITIVE:
                self.write(REDACTED)
            else:
                self.value(value, depth + 1)
            separator = ", "
        self.write(")")

    def items(self, container: list[Any] | Mapping[Any, Any], depth: int) -> None:
        """A list (or document array), or a map (or document object)."""
        items: Iterable[Any]
        if isinstance(container, Mapping):
            pairs, opening, closing, items = True, "{", "}", container.items()
        else:
            pairs, opening, closing, items = False, "[", "]", container
        if depth >= REPR_MAX_DEPTH:
            self.write(f"{opening}{ELIDED}{closing}")
            return
        self.write(opening)
        for index, item in enumerate(items):
            if index and not self.write(", "):
                return
            if index == REPR_MAX_ITEMS:
                self.write(ELIDED)
                break
            if pairs:
                key, item = item
                self.value(key, depth + 1)
                self.write(": ")
            self.value(item, depth + 1)
        self.write(closing)


def _scalar_repr(value: Any) -> str:
    """``repr`` of a leaf value other than a string, cut to ``REPR_MAX_STRING`` characters; never raises."""
    try:
        text = repr(value)
    except ValueError:  # an int of more digits than sys.get_int_max_str_digits() allows
        return f"<{type(value).__name__} too large to print>"
    return text if len(text) <= REPR_MAX_STRING else text[:REPR_MAX_STRING] + ELIDED
