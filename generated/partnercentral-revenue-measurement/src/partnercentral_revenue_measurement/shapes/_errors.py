"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only modeled errors hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        FieldValidationCode,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._errors"


class ValidationExceptionField(_Structure):
    """Details about a specific field that failed validation.

    Attributes:
        name: The name of the field that failed validation. Required.
        message: A human-readable message describing why the field validation failed.
            Required.
        code: The specific validation error code indicating the type of validation
            failure. Required.
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
        "Code",
    )
    _CODECS = _CODEC_MODULE

    name: str
    message: str
    code: FieldValidationCode | str

    def __init__(
        self,
        *,
        name: str,
        message: str,
        code: FieldValidationCode | _types.FieldValidationCodeValue,
    ) -> None:
        self.name = name
        self.message = message
        self.code = code
