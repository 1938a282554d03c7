"""Deferred imports for the parts of a client a program may never touch.

A generated package has dozens of enum classes; building them costs
milliseconds at import time although most programs decode only a few. A
:class:`LazyModule` stands in for such a module and imports it on the first
attribute read (``importlib`` makes that thread-safe), then keeps each name
it handed out in its own ``__dict__`` so later reads are plain lookups.
"""

from __future__ import annotations

import importlib
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
