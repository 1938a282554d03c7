"""The steps of an operation's endpoint context parameters, over a typed input.

A model's ``operationContextParams`` name JMESPath expressions over the
input (``TransactItems[*].Get.TableName``, ``keys(RequestItems)``). The
generator resolves each one against the shapes into Python code over the
typed input, made of these steps (``generator/model/context_params.py``), so no
JMESPath is evaluated at call time. Each step follows JMESPath: an absent
value (None) stays absent, and a projection drops the absent results.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any


def field(value: Any, name: str) -> Any:
    """``.Name``: the member ``name`` of a structure that may be absent."""
    return None if value is None else getattr(value, name)


def project(values: Iterable[Any] | None, each: Callable[[Any], Any]) -> list[Any] | None:
    """``list[*].rest``: ``each`` of every element, absent results dropped."""
    if values is None:
        return None
    return [result for result in map(each, values) if result is not None]


def flatten(values: Iterable[Any] | None) -> list[Any] | None:
    """``list[]``: the elements, with those that are lists merged in (one level)."""
    if values is None:
        return None
    merged: list[Any] = []
    for value in values:
        if isinstance(value, (list, tuple)):
            merged.extend(value)
        else:
            merged.append(value)
    return merged


def select(value: Any, selected: Callable[[Any], list[Any]]) -> list[Any] | None:
    """``[a, b]``: the list of the values ``selected`` picks from a value that may be absent."""
    return None if value is None else selected(value)


def keys(mapping: Mapping[str, Any] | None) -> list[str] | None:
    """``keys(map)``: the keys of a map that may be absent.

    JMESPath raises for an absent map; here the parameter is left unset,
    as for any other absent value (a required map was checked before).
    """
    return None if mapping is None else list(mapping)
