"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only modeled errors hold, imported on the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._errors"


class ValidationExceptionField(_Structure):
    """Information about a field that failed validation.

    Attributes:
        name: The name of the field that failed validation. Required.
        code: The validation error code for the field. Required.
        message: A descriptive message about the validation error. Required.
    """

    __module__ = __package__
    __slots__ = (
        "name",
        "code",
        "message",
    )
    _WIRE_NAMES = frozenset(
        (
            "name",
            "code",
            "message",
        )
    )
    _REQUIRED = (
        "name",
        "code",
        "message",
    )
    _CODECS = _CODEC_MODULE

    name: str
    code: str
    message: str

    def __init__(
        self,
        *,
        name: str,
        code: str,
        message: str,
    ) -> None:
        self.name = name
        self.code = code
        self.message = message
