"""Base classes of the generated shape classes.

A generated structure lists its members in ``__slots__`` and implements
``_encode(wire)`` and ``_decode(data, wire)``; everything else (equality,
``repr`` with sensitive members hidden, ``to_dict``/``from_dict``) lives
here once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .errors import ParamValidationError

S = TypeVar("S", bound="Shape")

REDACTED = "***"


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

    def _encode(self, wire: bool) -> Any:
        raise NotImplementedError

    @classmethod
    def _decode(cls: type[S], data: Any, wire: bool) -> S:
        raise NotImplementedError

    @classmethod
    def _encode_value(cls, value: Any, wire: bool) -> Any:
        """Encode ``value`` after checking it is an instance of this class."""
        if not isinstance(value, cls):
            hint = (
                f" (build one with {cls.__name__}.from_dict(...))"
                if isinstance(value, Mapping)
                else ""
            )
            raise ParamValidationError(
                "", f"expected {cls.__name__}, got {type(value).__name__}{hint}"
            )
        return value._encode(wire)

    def to_dict(self) -> Any:
        """The boto3-style value: wire (PascalCase) names, ``datetime``, ``bytes``.

        Raises :class:`ParamValidationError` when a member has the wrong type
        or a required member is missing.
        """
        return self._encode(False)

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
        names: list[str] = []
        for klass in reversed(type(self).__mro__):
            names.extend(klass.__dict__.get("__slots__", ()))
        return [(name, getattr(self, name)) for name in names]

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dataclass

    def __repr__(self) -> str:
        parts = []
        for name, value in self._fields():
            if value is None:
                continue
            shown = REDACTED if name in self._SENSITIVE else repr(value)
            parts.append(f"{name}={shown}")
        return f"{type(self).__name__}({', '.join(parts)})"

    __str__ = __repr__


class Structure(Shape):
    """A structure: named, optional-unless-required members."""

    __slots__ = ()


class TaggedUnion(Shape):
    """A union value: exactly one variant, held in ``value``.

    Each variant is its own subclass; ``tag`` is the variant's wire name.
    A variant this client does not know is decoded into the union's
    ``...Unknown`` subclass (with its ``tag`` and raw ``value``) instead of
    failing, so an older client keeps working when the service adds one.
    """

    __slots__ = ("value",)
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
