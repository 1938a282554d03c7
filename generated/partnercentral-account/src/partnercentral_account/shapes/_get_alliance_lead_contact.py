"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only GetAllianceLeadContact calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from . import (
        AllianceLeadContact,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_alliance_lead_contact"


class GetAllianceLeadContactRequest(_Structure):
    """GetAllianceLeadContactRequest

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        identifier: The unique identifier of the partner account. Required.
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


class GetAllianceLeadContactResponse(_Structure):
    """GetAllianceLeadContactResponse

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        arn: The Amazon Resource Name (ARN) of the partner account. Required.
        id: The unique identifier of the partner account. Required.
        alliance_lead_contact: The alliance lead contact information including name,
            email, and business title. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "arn",
        "id",
        "alliance_lead_contact",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Arn",
            "Id",
            "AllianceLeadContact",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Arn",
        "Id",
        "AllianceLeadContact",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    arn: str
    id: str
    alliance_lead_contact: AllianceLeadContact

    def __init__(
        self,
        *,
        catalog: str,
        arn: str,
        id: str,
        alliance_lead_contact: AllianceLeadContact,
    ) -> None:
        self.catalog = catalog
        self.arn = arn
        self.id = id
        self.alliance_lead_contact = alliance_lead_contact
