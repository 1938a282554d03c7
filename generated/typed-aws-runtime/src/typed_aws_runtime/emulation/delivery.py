"""Where the emulator's EventBridge events go: subscribers, a JSON-lines file, webhooks.

Each event is the whole EventBridge envelope (``version``, ``id``,
``detail-type``, ``source``, ``account``, ``time``, ``region``,
``resources``, ``detail``) as a dict, exactly what a rule's target (a
Lambda function, an SQS queue) receives, so a user's handler is tested with
what AWS would give it. Events are delivered after the call that caused them
has answered its state change and released the emulator's lock, in the order
they happened; a subscriber may call the emulator back. A sink that fails
(a subscriber raising, a webhook refusing) does not fail the call: the
failure is logged with its traceback and kept in :attr:`EventBus.failures`.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

logger = logging.getLogger(__name__)

Subscriber = Callable[[Mapping[str, Any]], object]
WEBHOOK_TIMEOUT = 10.0


class DeliveryFailure(NamedTuple):
    """An event a sink did not take: which sink, which event, and the exception."""

    sink: str
    event: Mapping[str, Any]
    error: BaseException


class EventBus:
    """The emulator's event sinks; every event goes to each of them."""

    def __init__(self) -> None:
        self.subscribers: list[Subscriber] = []
        self.failures: list[DeliveryFailure] = []
        self._lock = threading.RLock()  # a subscriber may call the emulator, which emits

    def subscribe(self, subscriber: Subscriber) -> Subscriber:
        """Call ``subscriber(event)`` for each event (usable as a decorator)."""
        self.subscribers.append(subscriber)
        return subscriber

    def unsubscribe(self, subscriber: Subscriber) -> None:
        self.subscribers.remove(subscriber)

    def write_jsonl(self, path: str | os.PathLike[str]) -> Subscriber:
        """Append each event to ``path`` as one line of JSON."""
        target = Path(path)

        def append(event: Mapping[str, Any]) -> None:
            line = json.dumps(event, ensure_ascii=False, separators=(",", ":"))
            with target.open("a", encoding="utf-8") as file:
                file.write(line + "\n")

        append.__qualname__ = f"jsonl({target})"
        return self.subscribe(append)

    def post_to(self, url: str) -> Subscriber:
        """POST each event as JSON to ``url`` (an HTTP webhook, a local Lambda runner)."""
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"a webhook URL must start with http:// or https://, got {url!r}")

        def post(event: Mapping[str, Any]) -> None:
            body = json.dumps(event, ensure_ascii=False).encode("utf-8")
            request = urllib.request.Request(
                url, body, {"Content-Type": "application/json"}, method="POST"
            )
            with urllib.request.urlopen(request, timeout=WEBHOOK_TIMEOUT) as response:
                response.read()

        post.__qualname__ = f"webhook({url})"
        return self.subscribe(post)

    def deliver(self, events: Sequence[Mapping[str, Any]]) -> None:
        """Give ``events`` to every sink, in order (one delivery at a time)."""
        with self._lock:
            for event in events:
                for subscriber in list(self.subscribers):
                    try:
                        subscriber(event)
                    except Exception as error:  # noqa: BLE001 - kept in failures and logged
                        name = getattr(subscriber, "__qualname__", repr(subscriber))
                        self.failures.append(DeliveryFailure(name, event, error))
                        logger.exception(
                            "event %s (%s) was not delivered to %s",
                            event.get("id"),
                            event.get("detail-type"),
                            name,
                        )
