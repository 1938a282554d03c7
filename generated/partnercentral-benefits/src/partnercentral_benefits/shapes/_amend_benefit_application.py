"""Shapes of the Partner Central Benefits API (internal: import them from ``shapes``).

The shapes only AmendBenefitApplication calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._amend_benefit_application"


class AmendBenefitApplicationInput(_Structure):
    """AmendBenefitApplicationInput

    Attributes:
        catalog: The catalog identifier that specifies which benefit catalog the
            application belongs to. Required.
        client_token: A unique, case-sensitive identifier to ensure idempotent
            processing of the amendment request. Required.
        revision: The current revision number of the benefit application to ensure
            optimistic concurrency control. Required.
        identifier: The unique identifier of the benefit application to be amended.
            Required.
        amendment_reason: A descriptive reason explaining why the benefit application is
            being amended. Required.
        amendments: A list of specific field amendments to apply to the benefit
            application. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "client_token",
        "revision",
        "identifier",
        "amendment_reason",
        "amendments",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "Revision",
            "Identifier",
            "AmendmentReason",
            "Amendments",
        )
    )
    _REQUIRED = (
        "Catalog",
        "ClientToken",
        "Revision",
        "Identifier",
        "AmendmentReason",
        "Amendments",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    client_token: str
    revision: str
    identifier: str
    amendment_reason: str
    amendments: _Sequence[Amendment]

    def __init__(
        self,
        *,
        catalog: str,
        client_token: str,
        revision: str,
        identifier: str,
        amendment_reason: str,
        amendments: _types.SequenceNotStr[Amendment],
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.revision = revision
        self.identifier = identifier
        self.amendment_reason = amendment_reason
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.amendments = amendments  # type: ignore[assignment]


class AmendBenefitApplicationOutput(_Structure):
    """AmendBenefitApplicationOutput"""

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(())
    _CODECS = _CODEC_MODULE

    def __init__(
        self,
    ) -> None:
        pass


class Amendment(_Structure):
    """Represents a specific change to be made to a benefit application field.

    Attributes:
        field_path: The JSON path or field identifier specifying which field in the
            benefit application to modify. Required.
        new_value: The new value to set for the specified field in the benefit
            application. Required.
    """

    __module__ = __package__
    __slots__ = (
        "field_path",
        "new_value",
    )
    _WIRE_NAMES = frozenset(
        (
            "FieldPath",
            "NewValue",
        )
    )
    _REQUIRED = (
        "FieldPath",
        "NewValue",
    )
    _CODECS = _CODEC_MODULE

    field_path: str
    new_value: str

    def __init__(
        self,
        *,
        field_path: str,
        new_value: str,
    ) -> None:
        self.field_path = field_path
        self.new_value = new_value
