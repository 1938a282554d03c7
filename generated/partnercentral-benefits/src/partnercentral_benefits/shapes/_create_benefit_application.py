"""Shapes of the Partner Central Benefits API (internal: import them from ``shapes``).

The shapes only CreateBenefitApplication calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence
from typing import Any as _Any

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        FulfillmentType,
    )
    from . import (
        Contact,
        FileInput,
        Tag,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._create_benefit_application"


class CreateBenefitApplicationInput(_Structure):
    """CreateBenefitApplicationInput

    Attributes:
        catalog: The catalog identifier that specifies which benefit catalog to create
            the application in. Required.
        client_token: A unique, case-sensitive identifier to ensure idempotent
            processing of the creation request. Required.
        name: A human-readable name for the benefit application.
        description: A detailed description of the benefit application and its intended
            use.
        benefit_identifier: The unique identifier of the benefit being requested in this
            application. Required.
        fulfillment_types: The types of fulfillment requested for this benefit
            application (e.g., credits, access...
        benefit_application_details: Detailed information and requirements specific to
            the benefit being requested.
        tags: Key-value pairs to categorize and organize the benefit application.
        associated_resources: AWS resources that are associated with this benefit
            application.
        partner_contacts: Contact information for partner representatives responsible
            for this benefit application.
        file_details: Supporting documents and files attached to the benefit
            application.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "client_token",
        "name",
        "description",
        "benefit_identifier",
        "fulfillment_types",
        "benefit_application_details",
        "tags",
        "associated_resources",
        "partner_contacts",
        "file_details",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "Name",
            "Description",
            "BenefitIdentifier",
            "FulfillmentTypes",
            "BenefitApplicationDetails",
            "Tags",
            "AssociatedResources",
            "PartnerContacts",
            "FileDetails",
        )
    )
    _REQUIRED = (
        "Catalog",
        "ClientToken",
        "BenefitIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    client_token: str
    name: str | None
    description: str | None
    benefit_identifier: str
    fulfillment_types: _Sequence[FulfillmentType | str] | None
    benefit_application_details: _Any | None
    tags: _Sequence[Tag] | None
    associated_resources: _Sequence[str] | None
    partner_contacts: _Sequence[Contact] | None
    file_details: _Sequence[FileInput] | None

    def __init__(
        self,
        *,
        catalog: str,
        client_token: str,
        benefit_identifier: str,
        name: str | None = None,
        description: str | None = None,
        fulfillment_types: (
            _types.SequenceNotStr[FulfillmentType | _types.FulfillmentTypeValue] | None
        ) = None,
        benefit_application_details: _Any | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
        associated_resources: _types.SequenceNotStr[str] | None = None,
        partner_contacts: _types.SequenceNotStr[Contact] | None = None,
        file_details: _types.SequenceNotStr[FileInput] | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.name = name
        self.description = description
        self.benefit_identifier = benefit_identifier
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.fulfillment_types = fulfillment_types  # type: ignore[assignment]
        self.benefit_application_details = benefit_application_details
        self.tags = tags  # type: ignore[assignment]
        self.associated_resources = associated_resources  # type: ignore[assignment]
        self.partner_contacts = partner_contacts  # type: ignore[assignment]
        self.file_details = file_details  # type: ignore[assignment]


class CreateBenefitApplicationOutput(_Structure):
    """CreateBenefitApplicationOutput

    Attributes:
        id: The unique identifier assigned to the newly created benefit application.
        arn: The Amazon Resource Name (ARN) of the newly created benefit application.
        revision: The initial revision number of the newly created benefit application.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "revision",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "Revision",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    arn: str | None
    revision: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
        revision: str | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.revision = revision
