"""Deferred imports for the parts of a client a program may never touch.

A generated package has dozens of enum classes; building them costs
milliseconds at import time although most programs decode only a few. A
:class:`LazyModule` stands in for such a module and imports it on the first
attribute read (``importlib`` makes that thread-safe), then keeps each name
it handed out in its own ``__dict__`` so later reads are plain lookups.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, MutableMapping
from types import ModuleType
from typing import Any


class LazyModule:
    """A stand-in for module ``name``, imported when an attribute is first read."""

    def __init__(self, name: str) -> None:
        self.__dict__["_LazyModule__name"] = name

    def __getattr__(self, attribute: str) -> Any:
        value = getattr(importlib.import_module(self.__name), attribute)
        self.__dict__[attribute] = value
        return value

    def __repr__(self) -> str:
        return f"<lazy module {self.__name!r}>"


EnumLookup = Callable[[Any, Any], Any]


def enum_lookup(
    namespace: MutableMapping[str, Any],
    name: str,
    module: ModuleType | LazyModule,
    enum_name: str,
) -> EnumLookup:
    """A stand-in for ``EnumClass._value2member_map_.get``, bound on first use.

    Decoding an open enum is ``lookup(value, value)`` (the member for a known
    value, else the value itself), run for every enum field of every
    response. The stand-in imports the enum module on its first call and
    rebinds ``namespace[name]`` (the generated module's global) to the
    dictionary's own ``get``, so later calls cost one C call. ``module`` is
    the ``enums`` package (which imports each enum on first read) or a
    :class:`LazyModule`.
    """

    def first_call(value: Any, default: Any) -> Any:
        lookup: EnumLookup = getattr(module, enum_name)._value2member_map_.get
        namespace[name] = lookup
        return lookup(value, default)

    return first_call
