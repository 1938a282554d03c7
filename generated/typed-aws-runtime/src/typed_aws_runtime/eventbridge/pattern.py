"""EventBridge rule patterns: which of a service's events a rule sends to its targets."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .record import Event


def rule_pattern(
    source: str,
    event_types: Sequence[type[Event[Any]]],
    detail: Mapping[str, str | Iterable[str] | None],
) -> dict[str, Any]:
    """The event pattern matching events of ``source`` of these types and detail values.

    No ``event_types`` matches every type. ``detail`` maps a field of the events'
    ``detail`` (a dotted path for a nested one) to the values it may have: one string,
    several, or None for any value.
    """
    pattern: dict[str, Any] = {"source": [source]}
    if event_types:
        pattern["detail-type"] = list(dict.fromkeys(_detail_type(t, source) for t in event_types))
    matches: dict[str, Any] = {}
    for path, values in detail.items():
        if values is None:
            continue
        chosen = [values] if isinstance(values, str) else list(dict.fromkeys(values))
        if not chosen:
            raise ValueError(f"detail.{path}: no value given (give one or more, or None for any)")
        *parents, name = path.split(".")
        node = matches
        for parent in parents:
            node = node.setdefault(parent, {})
        node[name] = chosen
    if matches:
        pattern["detail"] = matches
    return pattern


def _detail_type(event_type: type[Event[Any]], source: str) -> str:
    """The ``detail-type`` of ``event_type``, an event class of ``source``."""
    if getattr(event_type, "SOURCE", None) != source or not event_type.DETAIL_TYPE:
        raise TypeError(f"{event_type!r} is not an event type of {source}")
    return event_type.DETAIL_TYPE
