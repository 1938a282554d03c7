"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only modeled errors hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        BusinessValidationCode,
        FieldValidationCode,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._errors"


class BusinessValidationError(_Structure):
    """Contains information about a business rule validation error that occurred during an
    operation.

    Attributes:
        message: A description of the business validation error. Required.
        code: A code identifying the specific business validation error. Required.
    """

    __module__ = __package__
    __slots__ = (
        "message",
        "code",
    )
    _WIRE_NAMES = frozenset(
        (
            "Message",
            "Code",
        )
    )
    _REQUIRED = (
        "Message",
        "Code",
    )
    _CODECS = _CODEC_MODULE

    message: str
    code: BusinessValidationCode | str

    def __init__(
        self,
        *,
        message: str,
        code: BusinessValidationCode | _types.BusinessValidationCodeValue,
    ) -> None:
        self.message = message
        self.code = code


class FieldValidationError(_Structure):
    """Contains information about a field-level validation error that occurred during an
    operation.

    Attributes:
        name: The name of the field that failed validation. Required.
        message: A description of the field validation error. Required.
        code: A code identifying the specific field validation error. Required.
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


class ValidationError(_TaggedUnion):
    """Contains information about a validation error, which can be either a field-level or
    business rule validation error.

    A union: set exactly one variant by building one of
    `ValidationErrorFieldValidationError`, `ValidationErrorBusinessValidationError`. A
    variant added to the service later is received as `ValidationErrorUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "FieldValidationError",
            "BusinessValidationError",
        )
    )
    _CODECS = _CODEC_MODULE


class ValidationErrorFieldValidationError(ValidationError):
    """The `FieldValidationError` variant of `ValidationError`.

    Details about a field-level validation error, if applicable.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "FieldValidationError"
    value: FieldValidationError

    def __init__(self, value: FieldValidationError) -> None:
        self.value = value


class ValidationErrorBusinessValidationError(ValidationError):
    """The `BusinessValidationError` variant of `ValidationError`.

    Details about a business rule validation error, if applicable.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "BusinessValidationError"
    value: BusinessValidationError

    def __init__(self, value: BusinessValidationError) -> None:
        self.value = value


class ValidationErrorUnknown(_UnknownVariant, ValidationError):
    """A variant of ValidationError this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()
