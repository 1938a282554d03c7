"""Shapes of the Partner Central Benefits API (internal: import them from ``shapes``).

The shapes only modeled errors hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ValidationExceptionErrorCode,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._errors"


class ValidationExceptionField(_Structure):
    """Represents a field-specific validation error with detailed information.

    Attributes:
        name: The name of the field that failed validation. Required.
        message: A detailed message explaining why the field validation failed.
            Required.
        code: An error code explaining why the field validation failed.
    """

    __module__ = __package__
    __slots__ = (
        "name",
        "message",
        "code",
    )
    _WIRE_NAMES = frozenset(
        (
            "Name",
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
    message: str
    code: ValidationExceptionErrorCode | str | None

    def __init__(
        self,
        *,
        name: str,
        message: str,
        code: (
            ValidationExceptionErrorCode | _types.ValidationExceptionErrorCodeValue | None
        ) = None,
    ) -> None:
        self.name = name
        self.message = message
        self.code = code
