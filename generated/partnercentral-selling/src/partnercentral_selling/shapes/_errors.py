"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

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


class ValidationExceptionError(_Structure):
    """Indicates an invalid value for a field.

    - *REQUIRED_FIELD_MISSING*: The request is missing a required field.

      Fix: Verify your request payload includes all required fields.

    - *INVALID_ENUM_VALUE*: The enum field value isn't an accepted values.

      Fix: Check the documentation for the list of valid enum values, and update your
      request with a valid value.

    - *INVALID_STRING_FORMAT*: The string format is invalid.

      Fix: Confirm that the string is in the expected format (For example: email address,
      date).

    - *INVALID_VALUE*: The value isn't valid.

      Fix: Confirm that the value meets the expected criteria and is within the allowable
      range or set.

    - *TOO_MANY_VALUES*: There are too many values in a field that expects fewer entries.

      Fix: Reduce the number of values to match the expected limit.

    - *NOT_ENOUGH_VALUES*: There are not enough values in a field that expects more entries.

      Fix: Increase the number of values to match the expected threshold.

    - *ACTION_NOT_PERMITTED*: The action isn't permitted due to current state or
      permissions.

      Fix: Verify that the action is appropriate for the current state, and that you have
      the necessary permissions to perform it.

    - *DUPLICATE_KEY_VALUE*: The value in a field duplicates a value that must be unique.

      Fix: Verify that the value is unique and doesn't duplicate an existing value in the
      system.

    Attributes:
        field_name: Specifies the field name with the invalid value.
        message: Specifies the detailed error message for the invalid field value.
            Required.
        code: Specifies the error code for the invalid field value. Required.
    """

    __module__ = __package__
    __slots__ = (
        "field_name",
        "message",
        "code",
    )
    _WIRE_NAMES = frozenset(
        (
            "FieldName",
            "Message",
            "Code",
        )
    )
    _REQUIRED = (
        "Message",
        "Code",
    )
    _CODECS = _CODEC_MODULE

    field_name: str | None
    message: str
    code: ValidationExceptionErrorCode | str

    def __init__(
        self,
        *,
        message: str,
        code: ValidationExceptionErrorCode | _types.ValidationExceptionErrorCodeValue,
        field_name: str | None = None,
    ) -> None:
        self.field_name = field_name
        self.message = message
        self.code = code
