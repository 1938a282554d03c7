"""What a service's hand-written behaviours are written against.

A behaviour module (``models/<service>/customizations/emulator/<name>.py``)
makes one :class:`Routes` and registers on it:

- ``@routes("CreateWidget")``: the handler of an operation. It takes a
  :class:`Call` (the checked input as a document, the state, the clock) and
  returns the output document (None for an operation without output), or
  raises with :func:`fail`;
- ``@routes.tick``: a function run with a :class:`Context` before every call
  and when the clock is advanced, which moves time-driven state (a task that
  completes, an invitation that expires);
- ``@routes.seed``: a function that fills a new, empty state;
- ``routes.validation_error``: how the service words input it refuses, for
  breaking the model's constraints or a rule of the service (:func:`invalid`).

Documents are the operation's members by wire name, timestamps as epoch
seconds (:mod:`.documents`). Handlers run one at a time (the emulator holds one
lock per call), so they read and change the state without locking.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NoReturn

from .documents import Problem

if TYPE_CHECKING:
    from .state import Store

Handler = Callable[["Call"], "Mapping[str, Any] | None"]
Tick = Callable[["Context"], None]
Seeder = Callable[["Context"], None]
ValidationError = Callable[[Sequence[Problem], bool], "ServiceFault"]


class ServiceFault(Exception):
    """An error response of the service: its code, message and modeled fields (a document)."""

    def __init__(self, code: str, message: str, fields: Mapping[str, Any] | None = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.fields = dict(fields or {})


class InvalidInput(Exception):
    """Input the service refuses: breaking the model (``business`` False) or its rules (True).

    The emulator words it with the service's ``validation_error`` (its
    ``ValidationException``).
    """

    def __init__(self, problems: Sequence[Problem], business: bool) -> None:
        super().__init__("; ".join(f"{p.path or 'input'}: {p.message}" for p in problems))
        self.problems = list(problems)
        self.business = business


def fail(code: str, message: str, **fields: Any) -> NoReturn:
    """Answer the call with the error ``code`` (a modeled error shape's name)."""
    raise ServiceFault(code, message, fields)


def invalid(path: str, message: str, kind: str = "value") -> NoReturn:
    """Refuse the call for breaking a rule of the service on member ``path``."""
    raise InvalidInput([Problem(path, kind, message)], business=True)


@dataclass
class Routes:
    """One behaviour module's handlers, ticks, seeders and validation wording."""

    handlers: dict[str, Handler] = field(default_factory=dict)
    ticks: list[Tick] = field(default_factory=list)
    seeders: list[Seeder] = field(default_factory=list)
    validation_error: ValidationError | None = None

    def __call__(self, operation: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            if operation in self.handlers:
                raise ValueError(f"{operation} has two handlers")
            self.handlers[operation] = handler
            return handler

        return register

    def tick(self, function: Tick) -> Tick:
        self.ticks.append(function)
        return function

    def seed(self, function: Seeder) -> Seeder:
        self.seeders.append(function)
        return function

    @classmethod
    def merge(cls, *modules: Routes) -> Routes:
        """The routes of several modules together (an operation handled twice is refused)."""
        merged = cls()
        for routes in modules:
            for operation, handler in routes.handlers.items():
                merged(operation)(handler)
            merged.ticks.extend(routes.ticks)
            merged.seeders.extend(routes.seeders)
            if routes.validation_error is not None:
                if merged.validation_error is not None:
                    raise ValueError("two modules word validation errors")
                merged.validation_error = routes.validation_error
        return merged


class Context:
    """What behaviours see outside one call: the state, the time, the account, events."""

    def __init__(
        self,
        store: Store,
        now: float,
        account_id: str,
        region: str,
        emit: Callable[[str, Mapping[str, Any], Sequence[str]], None],
    ) -> None:
        self.store = store
        self.now = now
        self.account_id = account_id
        self.region = region
        self._emit = emit

    def table(self, name: str) -> dict[str, Any]:
        """The state's table ``name``: records by key."""
        return self.store.table(name)

    def emit(
        self, detail_type: str, detail: Mapping[str, Any], resources: Sequence[str] = ()
    ) -> None:
        """Send the event ``detail_type`` about ``resources`` (ARNs) once the call succeeds.

        An event of a call that fails is dropped, as the service sends none.
        """
        self._emit(detail_type, detail, resources)

    def new_id(
        self, prefix: str, digits: int, alphabet: str = "0123456789abcdefghijklmnopqrstuvwxyz"
    ) -> str:
        """A new id ``prefix`` + ``digits`` characters of ``alphabet``, unique in this state."""
        number = self.store.next_number()
        noise = int.from_bytes(
            hashlib.sha256(f"{self.store.service}/{number}".encode()).digest()[:8], "big"
        )
        characters = []
        value = noise * 1_000_003 + number
        for _ in range(digits):
            value, index = divmod(value, len(alphabet))
            characters.append(alphabet[index])
        return prefix + "".join(characters)

    @staticmethod
    def uuid() -> str:
        return str(uuid.uuid4())


class Call(Context):
    """One call of an operation: its name and its checked input (``params``)."""

    def __init__(
        self,
        operation: str,
        params: dict[str, Any],
        paginator: Mapping[str, Any] | None,
        context: Context,
    ) -> None:
        super().__init__(
            context.store, context.now, context.account_id, context.region, context._emit
        )
        self.operation = operation
        self.params = params
        self._paginator = paginator

    def page(
        self,
        items: Sequence[Any],
        default_size: int = 20,
        *,
        key: Callable[[Any], Any] | None = None,
        descending: bool = False,
        **output: Any,
    ) -> dict[str, Any]:
        """The output of a paginated operation: one page of ``items`` and its ``NextToken``.

        Reads the operation's page size (its limit key, else ``default_size``)
        and token; a token is opaque, and one given by another query (other
        filters, another operation) is refused as the services do. ``output``
        adds other output members.

        With ``key`` (what ``items`` are sorted by, unique per item and JSON-ready,
        ``descending`` or not), a token marks the last item's key rather than a
        count: the next page starts after that key, so an item that changes and
        moves while a client pages is seen again, later, and no other item is
        skipped (a count would skip the item that moved up into its place).
        """
        paginator = self._paginator
        if paginator is None:
            raise TypeError(f"{self.operation} is not paginated")
        size = self.params.get(paginator["limit_key"]) if paginator.get("limit_key") else None
        size = default_size if size is None else size
        query = _query_digest(self.operation, self.params, paginator)
        token = self.params.get(paginator["input_token"])
        start = 0
        if token is not None:
            mark = _read_token(token, query, paginator["input_token"])
            if key is None:
                if not isinstance(mark, int) or mark < 0:
                    raise _bad_token(paginator["input_token"])
                start = mark
            else:
                start = _after(items, key, mark, descending)
        chosen = list(items[start : start + size])
        result = {**output, paginator["result_key"]: chosen}
        if start + size < len(items):
            mark = start + size if key is None else _json_key(key(chosen[-1]))
            result[paginator["output_token"]] = _write_token(mark, query)
        return result


def _json_key(value: Any) -> Any:
    """A sort key as its JSON form (tuples become lists), so a token's key compares."""
    if isinstance(value, (tuple, list)):
        return [_json_key(part) for part in value]
    return value


def _after(items: Sequence[Any], key: Callable[[Any], Any], mark: Any, descending: bool) -> int:
    """The index of the first item past the key ``mark`` in the sort's direction."""
    for index, item in enumerate(items):
        value = _json_key(key(item))
        try:
            past = value < mark if descending else value > mark
        except TypeError:  # a key of another shape: not a token of this listing
            raise _bad_token("NextToken") from None
        if past:
            return index
    return len(items)


def _query_digest(operation: str, params: Mapping[str, Any], paginator: Mapping[str, Any]) -> str:
    ignored = {paginator["input_token"], paginator.get("limit_key")}
    query = {key: value for key, value in params.items() if key not in ignored}
    text = json.dumps([operation, query], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _write_token(mark: Any, query: str) -> str:
    raw = json.dumps({"m": mark, "q": query}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _bad_token(member: str) -> InvalidInput:
    return InvalidInput([Problem(member, "value", "is not a token this operation gave")], False)


def _read_token(token: str, query: str, member: str) -> Any:
    """Where the page of ``token`` starts: a count of items, or the last item's key."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        document = json.loads(raw)
        mark = document["m"]
        given = document["q"]
    except (ValueError, TypeError, KeyError):
        raise _bad_token(member) from None
    if given != query:
        message = "was given by another query: pass the filters of the call that returned it"
        raise InvalidInput([Problem(member, "value", message)], business=False)
    return mark
