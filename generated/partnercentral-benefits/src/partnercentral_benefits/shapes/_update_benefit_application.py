"""Shapes of the Partner Central Benefits API (internal: import them from ``shapes``).

The shapes only UpdateBenefitApplication calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence
from typing import Any as _Any

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from . import (
        Contact,
        FileInput,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._update_benefit_application"


class UpdateBenefitApplicationInput(_Structure):
    """UpdateBenefitApplicationInput

    Attributes:
        catalog: The catalog identifier that specifies which benefit catalog the
            application belongs to. Required.
        client_token: A unique, case-sensitive identifier to ensure idempotent
            processing of the update request. Required.
        name: The updated human-readable name for the benefit application.
        description: The updated detailed description of the benefit application.
        identifier: The unique identifier of the benefit application to update.
            Required.
        revision: The current revision number of the benefit application to ensure
            optimistic concurrency control. Required.
        benefit_application_details: Updated detailed information and requirements
            specific to the benefit being requested.
        partner_contacts: Updated contact information for partner representatives
            responsible for this benefit application.
        file_details: Updated supporting documents and files attached to the benefit
            application.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "client_token",
        "name",
        "description",
        "identifier",
        "revision",
        "benefit_application_details",
        "partner_contacts",
        "file_details",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "Name",
            "Description",
            "Identifier",
            "Revision",
            "BenefitApplicationDetails",
            "PartnerContacts",
            "FileDetails",
        )
    )
    _REQUIRED = (
        "Catalog",
        "ClientToken",
        "Identifier",
        "Revision",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    client_token: str
    name: str | None
    description: str | None
    identifier: str
    revision: str
    benefit_application_details: _Any | None
    partner_contacts: _Sequence[Contact] | None
    file_details: _Sequence[FileInput] | None

    def __init__(
        self,
        *,
        catalog: str,
        client_token: str,
        identifier: str,
        revision: str,
        name: str | None = None,
        description: str | None = None,
        benefit_application_details: _Any | None = None,
        partner_contacts: _types.SequenceNotStr[Contact] | None = None,
        file_details: _types.SequenceNotStr[FileInput] | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.name = name
        self.description = description
        self.identifier = identifier
        self.revision = revision
        self.benefit_application_details = benefit_application_details
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.partner_contacts = partner_contacts  # type: ignore[assignment]
        self.file_details = file_details  # type: ignore[assignment]


class UpdateBenefitApplicationOutput(_Structure):
    """UpdateBenefitApplicationOutput

    Attributes:
        id: The unique identifier of the updated benefit application.
        arn: The Amazon Resource Name (ARN) of the updated benefit application.
        revision: The new revision number of the benefit application after the update.
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
