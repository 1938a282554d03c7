"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only modeled errors hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ValidationExceptionFieldCode,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._errors"


class ValidationExceptionField(_Structure):
    """A field that failed validation.

    Attributes:
        name: The member of the request that failed, as the request names it:
            `FieldValues` for a template... Required.
        field_id: The template field that failed, when `Name` is `FieldValues`; absent
            otherwise.
        message: Why this field failed, in prose a partner can be shown directly.
            Required.
        code: Why this field failed, as a value a client branches on.
    """

    __module__ = __package__
    __slots__ = (
        "name",
        "field_id",
        "message",
        "code",
    )
    _WIRE_NAMES = frozenset(
        (
            "Name",
            "FieldId",
            "Message",
            "Code",
        )
    )
    _REQUIRED = (
        "Name",
        "Message",
    )
    _CODECS = _CODEC_MODULE

    name: str
    field_id: str | None
    message: str
    code: ValidationExceptionFieldCode | str | None

    def __init__(
        self,
        *,
        name: str,
        message: str,
        field_id: str | None = None,
        code: (
            ValidationExceptionFieldCode | _types.ValidationExceptionFieldCodeValue | None
        ) = None,
    ) -> None:
        self.name = name
        self.field_id = field_id
        self.message = message
        self.code = code
