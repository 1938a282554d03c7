"""The base of generated enums: ``str`` values that print as themselves."""

from __future__ import annotations

import enum


class OpenEnum(str, enum.Enum):
    """An enum whose members are their wire strings.

    Members compare equal to, and ``str()``/``format()`` as, their values
    (like Python 3.11's ``StrEnum``, available here on 3.10 too). The
    generated fields are typed ``SomeEnum | str``: a value the service added
    after this client was generated stays a plain ``str``.
    """

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, format_spec: str) -> str:
        return format(str(self.value), format_spec)
