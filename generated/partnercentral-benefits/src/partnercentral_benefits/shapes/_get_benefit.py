"""Shapes of the Partner Central Benefits API (internal: import them from ``shapes``).

The shapes only GetBenefit calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence
from typing import Any as _Any

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        BenefitStatus,
        FulfillmentType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_benefit"


class GetBenefitInput(_Structure):
    """GetBenefitInput

    Attributes:
        catalog: The catalog identifier that specifies which benefit catalog to query.
            Required.
        identifier: The unique identifier of the benefit to retrieve. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier


class GetBenefitOutput(_Structure):
    """GetBenefitOutput

    Attributes:
        id: The unique identifier of the benefit.
        catalog: The catalog identifier that the benefit belongs to.
        arn: The Amazon Resource Name (ARN) of the benefit.
        name: The human-readable name of the benefit.
        description: A detailed description of the benefit and its purpose.
        programs: The AWS partner programs that this benefit is associated with.
        fulfillment_types: The available fulfillment types for this benefit (e.g.,
            credits, access, disbursement).
        benefit_request_schema: The schema definition that describes the required fields
            for requesting this benefit.
        status: The current status of the benefit (e.g., active, inactive, deprecated).
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "catalog",
        "arn",
        "name",
        "description",
        "programs",
        "fulfillment_types",
        "benefit_request_schema",
        "status",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Catalog",
            "Arn",
            "Name",
            "Description",
            "Programs",
            "FulfillmentTypes",
            "BenefitRequestSchema",
            "Status",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    catalog: str | None
    arn: str | None
    name: str | None
    description: str | None
    programs: list[str] | None
    fulfillment_types: _Sequence[FulfillmentType | str] | None
    benefit_request_schema: _Any | None
    status: BenefitStatus | str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        catalog: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        description: str | None = None,
        programs: _types.SequenceNotStr[str] | None = None,
        fulfillment_types: (
            _types.SequenceNotStr[FulfillmentType | _types.FulfillmentTypeValue] | None
        ) = None,
        benefit_request_schema: _Any | None = None,
        status: BenefitStatus | _types.BenefitStatusValue | None = None,
    ) -> None:
        self.id = id
        self.catalog = catalog
        self.arn = arn
        self.name = name
        self.description = description
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.programs = programs  # type: ignore[assignment]
        self.fulfillment_types = fulfillment_types  # type: ignore[assignment]
        self.benefit_request_schema = benefit_request_schema
        self.status = status
