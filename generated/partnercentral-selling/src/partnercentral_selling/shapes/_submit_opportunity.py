"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only SubmitOpportunity calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        SalesInvolvementType,
        Visibility,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._submit_opportunity"


class SubmitOpportunityRequest(_Structure):
    """Contains the request parameters for the `SubmitOpportunity` operation.

    Attributes:
        catalog: Specifies the catalog related to the request. Required.
        identifier: The identifier of the Opportunity previously created by partner and
            needs to be submitted. Required.
        involvement_type: Specifies the level of AWS sellers' involvement on the
            opportunity. Required.
        visibility: Determines whether to restrict visibility of the opportunity from
            AWS sales.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "involvement_type",
        "visibility",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "InvolvementType",
            "Visibility",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
        "InvolvementType",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    involvement_type: SalesInvolvementType | str
    visibility: Visibility | str | None

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        involvement_type: SalesInvolvementType | _types.SalesInvolvementTypeValue,
        visibility: Visibility | _types.VisibilityValue | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.involvement_type = involvement_type
        self.visibility = visibility
