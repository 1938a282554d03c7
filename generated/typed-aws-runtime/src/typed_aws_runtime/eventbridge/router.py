"""Route a service's events to their handlers; the router is the AWS Lambda handler itself.

``router = EventRouter()`` (the generated ``events`` module's subclass knows its service),
``@router.on(SomeEvent)`` registers a handler for one or more event types and
``@router.fallback`` one for every other event, an :class:`~.record.UnknownEvent` (a type
newer than the client) included. ``router(event, context)`` reads what Lambda delivers,
the three usual ways an EventBridge rule reaches a function:

- the event itself (a rule targets the function): returns the handler's result;
- a list of events (a batch of them, as a test or a replay may pass): returns the list of
  the handlers' results, in order;
- an SQS batch (a rule targets a queue the function reads; the body is the event's JSON,
  or an SNS notification whose ``Message`` is): returns ``{"batchItemFailures": [...]}``,
  naming each message whose event could not be read or whose handler raised, so that
  with the event source mapping's ``ReportBatchItemFailures`` on, only those are
  delivered again. On a FIFO queue the messages after a failed one are reported too,
  to keep their order. When every message fails, the first error is raised instead, so
  the whole batch comes back even without ``ReportBatchItemFailures``.

An event with neither a handler of its type nor a fallback is logged (at DEBUG) and gives
``None``. The Lambda ``context`` is not passed to handlers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, overload

from ..exceptions import EventParseError
from .record import Event, load_json, parse

E = TypeVar("E", bound=Event[Any])
R = TypeVar("R")
H = TypeVar("H", bound=Callable[..., Any])

_LOGGER = logging.getLogger(__name__)
_SQS = "aws:sqs"


class EventRouter:
    """Calls the handler of each event's type; use it as the Lambda function's handler.

    The generated subclass sets ``_SOURCE``, the service's event source, and ``_TYPES``,
    its event classes by ``detail-type``.
    """

    _SOURCE: ClassVar[str] = ""
    _TYPES: ClassVar[Mapping[str, type[Event[Any]]]] = {}

    def __init__(self) -> None:
        self._handlers: dict[type[Event[Any]], Callable[[Any], Any]] = {}
        self._fallback: Callable[[Any], Any] | None = None

    @overload
    def on(self, event_type: type[E], /) -> Callable[[Callable[[E], R]], Callable[[E], R]]: ...

    @overload
    def on(
        self, event_type: type[Event[Any]], second: type[Event[Any]], /, *more: type[Event[Any]]
    ) -> Callable[[H], H]: ...

    def on(self, *event_types: type[Event[Any]]) -> Callable[[H], H]:
        """Register the decorated function as the handler of these event types.

        It is called with the typed event and its result is the router's (see the module
        docstring). A type has one handler: registering a second raises ValueError.
        """
        for event_type in event_types:
            if self._TYPES.get(getattr(event_type, "DETAIL_TYPE", "")) is not event_type:
                known = ", ".join(cls.__name__ for cls in self._TYPES.values())
                raise TypeError(f"{event_type!r} is not an event type of this router: {known}")
            if event_type in self._handlers:
                raise ValueError(f"{event_type.__name__} already has a handler")

        def register(handler: H) -> H:
            for event_type in event_types:
                self._handlers[event_type] = handler
            return handler

        return register

    def fallback(self, handler: H) -> H:
        """Register the decorated function for every event no ``on()`` handler takes."""
        if self._fallback is not None:
            raise ValueError("the router already has a fallback handler")
        self._fallback = handler
        return handler

    def parse(self, event: Any) -> Event[Any]:
        """``event`` (a dict or its JSON text) as its typed event; EventParseError if none."""
        return parse(event, self._SOURCE, self._TYPES)

    def dispatch(self, event: Event[Any]) -> Any:
        """The result of ``event``'s handler (None when no handler takes it)."""
        handler = self._handlers.get(type(event), self._fallback)
        if handler is None:
            _LOGGER.debug("no handler for the %r event %s", event.detail_type, event.id)
            return None
        return handler(event)

    def __call__(self, event: Any, context: Any = None) -> Any:
        """Handle what Lambda delivered: an event, a list of events or an SQS batch."""
        if isinstance(event, list):
            return [self._handle_item(item, f"[{index}]") for index, item in enumerate(event)]
        if isinstance(event, Mapping) and "Records" in event and "detail-type" not in event:
            return self._handle_sqs_batch(event["Records"])
        return self.dispatch(self.parse(event))

    def _handle_item(self, item: Any, where: str) -> Any:
        """Dispatch one event of a list; a parse error names it (``[2].detail.x``)."""
        try:
            event = self.parse(item)
        except EventParseError as error:
            path = f"{where}.{error.path}" if error.path else where
            raise EventParseError(path, error.problem) from None
        return self.dispatch(event)

    def _handle_sqs_batch(self, records: Any) -> dict[str, list[dict[str, str]]]:
        """Dispatch each SQS message's event; report the messages that failed."""
        if not isinstance(records, list):
            raise EventParseError("Records", "expected an array of SQS messages")
        messages = [_sqs_message(record, index) for index, record in enumerate(records)]
        failed: list[str] = []
        first_error: Exception | None = None
        for message_id, body, fifo in messages:
            if failed and fifo:
                failed.append(message_id)  # unprocessed, so that the group keeps its order
                continue
            try:
                self.dispatch(self.parse(_unwrap_sns(load_json(body))))
            except Exception as error:
                _LOGGER.exception("the event of SQS message %s failed", message_id)
                failed.append(message_id)
                first_error = first_error or error
        if first_error is not None and len(failed) == len(messages):
            raise first_error
        return {"batchItemFailures": [{"itemIdentifier": message_id} for message_id in failed]}


def _sqs_message(record: Any, index: int) -> tuple[str, str, bool]:
    """``(message id, body, from a FIFO queue)`` of an SQS record; EventParseError if not one."""
    where = f"Records[{index}]"
    if not isinstance(record, Mapping) or record.get("eventSource") != _SQS:
        raise EventParseError(f"{where}.eventSource", f"expected {_SQS!r} (an SQS message)")
    for name in ("messageId", "body"):
        if not isinstance(record.get(name), str):
            raise EventParseError(f"{where}.{name}", "expected a string")
    fifo = str(record.get("eventSourceARN", "")).endswith(".fifo")
    return record["messageId"], record["body"], fifo


def _unwrap_sns(body: Any) -> Any:
    """The event an SNS notification carries (``Message``); any other body as it is."""
    if (
        isinstance(body, Mapping)
        and body.get("Type") == "Notification"
        and isinstance(body.get("Message"), str)
        and "detail-type" not in body
    ):
        return body["Message"]
    return body
