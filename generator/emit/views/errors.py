"""Which member of an error lists its field errors, and which of their members say what.

Many services answer a rejected input with one error listing each bad field
(Partner Central's ``ErrorList`` of ``{FieldName, Message, Code}``, Smithy's
``fieldList`` of ``{path, message}``). Their message alone ("Invalid input")
says little; the generated error puts the list into ``str(error)``
(``Identifier: bad id (INVALID_STRING_FORMAT)``). The rule is generic, by
member names: a list of structures whose element has a message-like member
and a field-like one, a code-like one when it has one.
"""

from __future__ import annotations

from typing import NamedTuple

from ...model.ir import Shape
from .base import ViewBase

# Wire names (compared in lower case), most telling first.
_FIELD_NAMES = ("fieldname", "field", "path", "name")
_MESSAGE_NAMES = ("message", "errormessage", "description")
_CODE_NAMES = ("code", "errorcode", "reason")


class FieldErrors(NamedTuple):
    """Python names: the error's list member, and the field, message and code of an item."""

    member: str
    field: str
    message: str
    code: str | None


class ErrorsView(ViewBase):
    """Facts about the modeled errors that the errors module renders."""

    def field_errors(self, error: Shape) -> FieldErrors | None:
        """The error's list of field errors, if one of its members is one (module docstring)."""
        for member in error.members:
            target = self.shape(member.target)
            if target.kind != "list":
                continue
            item = self.shape(target.member_target)
            if item.kind != "structure":
                continue
            by_name = {m.wire_name.lower(): m.python_name for m in item.members}
            field = _first(by_name, _FIELD_NAMES)
            message = _first(by_name, _MESSAGE_NAMES)
            if field is not None and message is not None:
                return FieldErrors(
                    member.python_name, field, message, _first(by_name, _CODE_NAMES)
                )
        return None


def _first(by_name: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((by_name[name] for name in names if name in by_name), None)
