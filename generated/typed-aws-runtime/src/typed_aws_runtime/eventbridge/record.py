"""EventBridge events as typed objects that give back exactly the JSON they were read from.

A generated ``events`` module declares one :class:`Event` subclass per event type of its
service (its ``SOURCE`` and ``DETAIL_TYPE``) and the :class:`EventObject` classes of the
``detail``, each listing its fields as :class:`Field` rows: JSON name, Python name, kind
and whether the field is required. What every service shares lives here once: reading an
event into those classes (:func:`parse`), checking each value on the way, and writing the
objects back with ``to_dict()``.

Events are read openly, as the rest of the package reads responses, because the service
adds to them without notice: an unknown ``detail-type`` of the service's source becomes an
:class:`UnknownEvent` that keeps its data, a field no class declares is kept in the object's
``extra`` dict, and an enum-like value the client does not know stays a ``str``. What is
not an event of the service (not a JSON object, another ``source``, a required field
missing or of the wrong type) raises one :class:`EventParseError` whose ``path`` names the
field in the event's own JSON names (``detail.order.id``).

``to_dict()`` gives back the dict the object was read from, equal key for key: a timestamp
keeps its text (``time`` is a ``datetime``, but ``...25.685385312Z`` carries more digits
than a ``datetime`` holds), a field that was ``null`` stays ``null``, unknown fields are
put back. A value changed after reading, or an object built in code, is written in
EventBridge's own form (UTC, ``Z``).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any, ClassVar, Generic, NamedTuple, Protocol, TypeVar

from ..exceptions import EventParseError

ObjectT = TypeVar("ObjectT", bound="EventObject")
EventT = TypeVar("EventT", bound="Event[Any]")
D = TypeVar("D")

# A field absent from its object (``None`` is a field that is there, as ``null``).
_ABSENT: Any = object()
# How much of a wrong string value an error quotes.
_QUOTED_CHARS = 60


class Kind(Protocol):
    """How one kind of field value is read from JSON and written back."""

    # The JSON value the kind reads, for errors: "a string", "a JSON object".
    expected: str
    # Whether a value's JSON form is kept beside it, for to_dict() (see Timestamp).
    keeps_json: bool

    def decode(self, value: Any, path: str) -> Any:
        """The Python value of the JSON ``value`` at ``path``; EventParseError if it is not one."""
        ...

    def encode(self, value: Any, original: Any) -> Any:
        """The JSON form of ``value``; ``original`` is the JSON it was read from, if kept."""
        ...


class Field(NamedTuple):
    """One field of an event object: its JSON name, attribute, kind and whether required."""

    json_name: str
    name: str
    kind: Kind
    required: bool = False


class _Text:
    """A JSON string, as ``str``."""

    expected = "a string"
    keeps_json = False

    def decode(self, value: Any, path: str) -> Any:
        if isinstance(value, str):
            return value
        raise _wrong_type(path, self.expected, value)

    def encode(self, value: Any, original: Any) -> Any:
        return value


class _Timestamp:
    """An ISO 8601 date and time, as a timezone-aware ``datetime`` (UTC when the text has no zone).

    The text is kept: ``to_dict()`` writes it back unless the value was changed, so
    fractions beyond microseconds and offsets other than ``Z`` survive a round trip.
    """

    expected = "an ISO 8601 timestamp"
    keeps_json = True

    def decode(self, value: Any, path: str) -> Any:
        moment = read_timestamp(value) if isinstance(value, str) else None
        if moment is None:
            raise _wrong_value(path, self.expected, value)
        return moment

    def encode(self, value: Any, original: Any) -> Any:
        if isinstance(original, str) and read_timestamp(original) == value:
            return original
        return write_timestamp(value)


class OpenEnum:
    """A string of an enum the client knows: its member, or the ``str`` for a value it does not.

    ``module`` holds the enum class ``name``; it is read on the first value decoded, so
    importing the events module loads no enum.
    """

    expected = "a string"
    keeps_json = False

    def __init__(self, module: Any, name: str) -> None:
        self.module = module
        self.name = name

    def decode(self, value: Any, path: str) -> Any:
        if not isinstance(value, str):
            raise _wrong_type(path, self.expected, value)
        return getattr(self.module, self.name)._value2member_map_.get(value, value)

    def encode(self, value: Any, original: Any) -> Any:
        return str(value)  # an enum member prints as its value


class ListOf:
    """A JSON array whose items are of kind ``item``, as a ``list``."""

    expected = "an array"

    def __init__(self, item: Kind) -> None:
        self.item = item
        self.keeps_json = item.keeps_json

    def decode(self, value: Any, path: str) -> Any:
        if not isinstance(value, list):
            raise _wrong_type(path, self.expected, value)
        return [
            self.item.decode(element, f"{path}[{index}]") for index, element in enumerate(value)
        ]

    def encode(self, value: Any, original: Any) -> Any:
        kept = original if isinstance(original, list) and len(original) == len(value) else None
        return [
            self.item.encode(element, _ABSENT if kept is None else kept[index])
            for index, element in enumerate(value)
        ]


class ObjectOf:
    """A JSON object read into the event object class ``cls``."""

    expected = "a JSON object"
    keeps_json = False

    def __init__(self, cls: type[EventObject]) -> None:
        self.cls = cls

    def decode(self, value: Any, path: str) -> Any:
        return self.cls._decode(value, path)

    def encode(self, value: Any, original: Any) -> Any:
        return value.to_dict()


class _JsonValue:
    """Any JSON value, kept as it is (the ``detail`` of an event type the client does not know)."""

    expected = "a JSON value"
    keeps_json = False

    def decode(self, value: Any, path: str) -> Any:
        return copy.deepcopy(value)

    def encode(self, value: Any, original: Any) -> Any:
        return copy.deepcopy(value)


TEXT: Kind = _Text()
TIMESTAMP: Kind = _Timestamp()
JSON_VALUE: Kind = _JsonValue()


class EventObject:
    """An object of an event (the event itself, its ``detail``, an object inside it).

    A subclass lists its fields in ``_FIELDS`` and its attributes in ``__slots__``.
    ``extra`` holds the fields of the JSON object that no field declares, unchanged.
    """

    __slots__ = ("extra", "_json")
    _FIELDS: ClassVar[tuple[Field, ...]] = ()

    def __init__(self, extra: Mapping[str, Any] | None = None) -> None:
        self.extra: dict[str, Any] = copy.deepcopy(dict(extra)) if extra else {}
        # The JSON of the fields whose Python value does not say how it was written
        # (a timestamp's text, a null), by JSON name; filled when read.
        self._json: dict[str, Any] = {}

    @classmethod
    def from_dict(cls: type[ObjectT], data: Mapping[str, Any]) -> ObjectT:
        """Read the object from its JSON dict; EventParseError names a bad field."""
        return cls._decode(data, "")

    @classmethod
    def _decode(cls: type[ObjectT], data: Any, path: str) -> ObjectT:
        """The object read from the JSON ``data`` found at ``path`` of the event."""
        if not isinstance(data, Mapping):
            raise _wrong_type(path, "a JSON object", data)
        obj = object.__new__(cls)
        kept: dict[str, Any] = {}
        for field in cls._FIELDS:
            where = f"{path}.{field.json_name}" if path else field.json_name
            value = data.get(field.json_name, _ABSENT)
            if value is None or value is _ABSENT:
                if field.required:
                    raise _missing(where, field.kind.expected, value)
                if value is None:
                    kept[field.json_name] = None
                setattr(obj, field.name, None)
                continue
            setattr(obj, field.name, field.kind.decode(value, where))
            if field.kind.keeps_json:
                kept[field.json_name] = copy.deepcopy(value)
        declared = {field.json_name for field in cls._FIELDS}
        obj.extra = {k: copy.deepcopy(v) for k, v in data.items() if k not in declared}
        obj._json = kept
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The object as the JSON dict it was read from: every field, unknown ones too."""
        out: dict[str, Any] = {}
        for field in self._FIELDS:
            value = getattr(self, field.name)
            original = self._json.get(field.json_name, _ABSENT)
            if value is not None:
                out[field.json_name] = field.kind.encode(value, original)
            elif original is None:
                out[field.json_name] = None
        out.update(copy.deepcopy(self.extra))
        return out

    def _values(self) -> list[tuple[str, Any]]:
        return [(field.name, getattr(self, field.name)) for field in self._FIELDS]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EventObject) or type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values() and self.extra == other.extra

    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # mutable, like the shapes

    def __repr__(self) -> str:
        shown = [f"{name}={value!r}" for name, value in self._values() if value is not None]
        if self.extra:
            shown.append(f"extra={self.extra!r}")
        return f"{type(self).__name__}({', '.join(shown)})"


_ENVELOPE = (
    Field("version", "version", TEXT, True),
    Field("id", "id", TEXT, True),
    Field("detail-type", "detail_type", TEXT, True),
    Field("source", "source", TEXT, True),
    Field("account", "account", TEXT, True),
    Field("time", "time", TIMESTAMP, True),
    Field("region", "region", TEXT, True),
    Field("resources", "resources", ListOf(TEXT)),
)


def envelope(detail: type[EventObject] | None) -> tuple[Field, ...]:
    """The fields of an event whose ``detail`` is of class ``detail`` (None: any JSON value)."""
    kind = JSON_VALUE if detail is None else ObjectOf(detail)
    return (*_ENVELOPE, Field("detail", "detail", kind, True))


class Event(EventObject, Generic[D]):
    """An EventBridge event: the envelope every event has, and its ``detail``.

    Attributes:
        id: The event's unique id (EventBridge may deliver an event more than once; the
            same id means the same event).
        time: When the event happened, a timezone-aware `datetime`.
        account: The AWS account the event belongs to.
        region: The AWS Region the event comes from.
        resources: ARNs of the resources the event is about (absent from some events).
        detail_type: The event type (the JSON's `detail-type`).
        source: The service that sent the event.
        version: The envelope's version (`"0"` in events as sent).
        detail: What happened: the event type's own fields.
        extra: Envelope fields this client does not know (e.g. `replay-name`), kept.
    """

    __slots__ = (
        "version",
        "id",
        "detail_type",
        "source",
        "account",
        "time",
        "region",
        "resources",
        "detail",
    )
    version: str
    id: str
    detail_type: str
    source: str
    account: str
    time: datetime
    region: str
    resources: list[str] | None
    detail: D
    # Set by each event type's class: its service's source and its detail-type.
    SOURCE: ClassVar[str] = ""
    DETAIL_TYPE: ClassVar[str] = ""
    _FIELDS = envelope(None)

    def __init__(
        self,
        *,
        id: str,
        time: datetime,
        account: str,
        region: str,
        detail: D,
        resources: list[str] | None = None,
        version: str = "0",
        detail_type: str | None = None,
        source: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        """An event built in code (reading one does not call this).

        ``detail_type`` and ``source`` are the class's own unless given; an
        :class:`UnknownEvent` needs both.
        """
        super().__init__(extra)
        self.version = version
        self.id = id
        self.detail_type = self.DETAIL_TYPE if detail_type is None else detail_type
        self.source = self.SOURCE if source is None else source
        self.account = account
        self.time = time
        self.region = region
        self.resources = resources
        self.detail = detail

    @classmethod
    def _decode(cls: type[EventT], data: Any, path: str) -> EventT:
        """Check the source and detail-type first: a wrong one is the error, not its detail."""
        if isinstance(data, Mapping):
            for name, expected in (("source", cls.SOURCE), ("detail-type", cls.DETAIL_TYPE)):
                if expected:
                    _require_text(data, name, expected)
        return super()._decode(data, path)


class UnknownEvent(Event[Any]):
    """An event of the service whose type this client does not know (a newer one): kept whole.

    Its `detail` is the JSON value as received; `to_dict()` gives back the event.
    """

    __slots__ = ()


def parse(event: Any, source: str, types: Mapping[str, type[Event[Any]]]) -> Event[Any]:
    """Read ``event`` (a dict, or its JSON text) as an event of ``source``.

    ``types`` maps each known ``detail-type`` to its class; any other detail-type gives
    an :class:`UnknownEvent`. Raises :class:`EventParseError` for anything else.
    """
    data = load_json(event)
    if not isinstance(data, Mapping):
        raise _wrong_type("", "a JSON object", data)
    _require_text(data, "source", source)
    detail_type = _require_text(data, "detail-type", "")
    try:
        return types.get(detail_type, UnknownEvent)._decode(data, "")
    except RecursionError:  # copying an unknown field nested thousands deep
        raise EventParseError("", "nested too deeply to read") from None


def load_json(value: Any) -> Any:
    """``value`` as a JSON value: a dict or list as it is, text or bytes parsed."""
    if isinstance(value, (Mapping, list)):
        return value
    if not isinstance(value, (str, bytes, bytearray)):
        raise EventParseError(
            "", f"expected an event (a dict or its JSON text), got {type(value).__name__}"
        )
    try:
        return json.loads(value)
    except ValueError as error:  # JSONDecodeError, or bytes that are not UTF-8
        raise EventParseError("", f"not JSON ({error})") from None
    except RecursionError:
        raise EventParseError("", "not JSON (nested too deeply to read)") from None


def _require_text(data: Mapping[str, Any], name: str, expected: str) -> str:
    """The string field ``name`` of the envelope ``data``; ``expected`` (if given) is its value."""
    value = data.get(name, _ABSENT)
    if value is None or value is _ABSENT:
        raise _missing(name, "a string", value)
    if not isinstance(value, str):
        raise _wrong_type(name, "a string", value)
    if expected and value != expected:
        raise EventParseError(name, f"expected {expected!r}, got {_quoted(value)}")
    return value


_ISO_8601 = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?"
    r"(?:([Zz])|([+-])(\d\d):?(\d\d))?"
)


def read_timestamp(text: str) -> datetime | None:
    """The moment ISO 8601 ``text`` names (fractions cut to microseconds), or None.

    Python 3.10's ``datetime.fromisoformat`` takes neither ``Z`` nor more than six
    fraction digits, which events have, hence a parser of its own.
    """
    match = _ISO_8601.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, _, sign, zone_h, zone_m = match.groups()
    try:
        zone = timezone.utc
        if sign:
            offset = timedelta(hours=int(zone_h), minutes=int(zone_m))
            zone = timezone(-offset if sign == "-" else offset)
        micro = int((fraction or "")[:6].ljust(6, "0"))
        return datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second), micro, zone
        )
    except ValueError:  # out of range: month 13, offset of a day or more, ...
        return None


def write_timestamp(moment: datetime) -> str:
    """``moment`` in EventBridge's form: UTC, ``Z``, a fraction only when there is one."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    text = moment.replace(tzinfo=None, microsecond=0).isoformat()
    if moment.microsecond:
        text += f".{moment.microsecond:06d}".rstrip("0")
    return text + "Z"


def _missing(path: str, expected: str, value: Any) -> EventParseError:
    """The error for a required field that is absent (``_ABSENT``) or null."""
    if value is None:
        return EventParseError(path, f"expected {expected}, got null")
    return EventParseError(path, "missing required field")


def _wrong_type(path: str, expected: str, value: Any) -> EventParseError:
    return EventParseError(path, f"expected {expected}, got {_json_type(value)}")


def _wrong_value(path: str, expected: str, value: Any) -> EventParseError:
    """The error for a value of the right JSON type but the wrong form (quoted if a string)."""
    got = _quoted(value) if isinstance(value, str) else _json_type(value)
    return EventParseError(path, f"expected {expected}, got {got}")


def _quoted(text: str) -> str:
    """``text`` for an error message, cut to a readable length."""
    if len(text) <= _QUOTED_CHARS:
        return repr(text)
    return f"{text[:_QUOTED_CHARS]!r}... ({len(text)} characters)"


def _json_type(value: Any) -> str:
    """What kind of JSON value ``value`` is, for an error message ("a number", "null")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, Mapping):
        return "a JSON object"
    if isinstance(value, (list, tuple)):
        return "an array"
    return f"a {type(value).__name__}"
