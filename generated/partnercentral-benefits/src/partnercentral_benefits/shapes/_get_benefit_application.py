"""Shapes of the Partner Central Benefits API (internal: import them from ``shapes``).

The shapes only GetBenefitApplication calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence
from typing import Any as _Any

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        BenefitApplicationStatus,
        FileType,
        FulfillmentType,
    )
    from . import (
        Contact,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_benefit_application"


class FileDetail(_Structure):
    """Represents detailed information about a file attached to a benefit application.

    Attributes:
        file_uri: The URI or location where the file is stored. Required.
        business_use_case: The business purpose or use case that this file supports in
            the benefit application.
        file_name: The original name of the uploaded file.
        file_status: The current processing status of the file (e.g., uploaded,
            processing, approved, rejected).
        file_status_reason: The reason for that particulat file status.
        file_type: The type or category of the file (e.g., document, image,
            spreadsheet).
        created_by: The identifier of the user who uploaded the file.
        created_at: The timestamp when the file was uploaded.
    """

    __module__ = __package__
    __slots__ = (
        "file_uri",
        "business_use_case",
        "file_name",
        "file_status",
        "file_status_reason",
        "file_type",
        "created_by",
        "created_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "FileURI",
            "BusinessUseCase",
            "FileName",
            "FileStatus",
            "FileStatusReason",
            "FileType",
            "CreatedBy",
            "CreatedAt",
        )
    )
    _REQUIRED = ("FileURI",)
    _CODECS = _CODEC_MODULE

    file_uri: str
    business_use_case: str | None
    file_name: str | None
    file_status: str | None
    file_status_reason: str | None
    file_type: FileType | str | None
    created_by: str | None
    created_at: _dt.datetime | None

    def __init__(
        self,
        *,
        file_uri: str,
        business_use_case: str | None = None,
        file_name: str | None = None,
        file_status: str | None = None,
        file_status_reason: str | None = None,
        file_type: FileType | _types.FileTypeValue | None = None,
        created_by: str | None = None,
        created_at: _dt.datetime | None = None,
    ) -> None:
        self.file_uri = file_uri
        self.business_use_case = business_use_case
        self.file_name = file_name
        self.file_status = file_status
        self.file_status_reason = file_status_reason
        self.file_type = file_type
        self.created_by = created_by
        self.created_at = created_at


class GetBenefitApplicationInput(_Structure):
    """GetBenefitApplicationInput

    Attributes:
        catalog: The catalog identifier that specifies which benefit catalog to query.
            Required.
        identifier: The unique identifier of the benefit application to retrieve.
            Required.
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


class GetBenefitApplicationOutput(_Structure):
    """GetBenefitApplicationOutput

    Attributes:
        id: The unique identifier of the benefit application.
        arn: The Amazon Resource Name (ARN) of the benefit application.
        catalog: The catalog identifier that the benefit application belongs to.
        benefit_id: The identifier of the benefit being requested in this application.
        name: The human-readable name of the benefit application.
        description: A detailed description of the benefit application.
        fulfillment_types: The fulfillment types requested for this benefit application.
        benefit_application_details: Detailed information and requirements specific to
            the benefit being requested.
        programs: The AWS partner programs associated with this benefit application.
        status: The current processing status of the benefit application.
        stage: The current stage in the benefit application processing workflow.
        status_reason: Additional information explaining the current status of the
            benefit application.
        status_reason_code: A standardized code representing the reason for the current
            status.
        status_reason_codes: The list of standardized codes representing the reason for
            the current status.
        created_at: The timestamp when the benefit application was created.
        updated_at: The timestamp when the benefit application was last updated.
        revision: The current revision number of the benefit application.
        associated_resources: AWS resources that are associated with this benefit
            application.
        partner_contacts: Contact information for partner representatives responsible
            for this benefit application.
        file_details: Supporting documents and files attached to the benefit
            application.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "catalog",
        "benefit_id",
        "name",
        "description",
        "fulfillment_types",
        "benefit_application_details",
        "programs",
        "status",
        "stage",
        "status_reason",
        "status_reason_code",
        "status_reason_codes",
        "created_at",
        "updated_at",
        "revision",
        "associated_resources",
        "partner_contacts",
        "file_details",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "Catalog",
            "BenefitId",
            "Name",
            "Description",
            "FulfillmentTypes",
            "BenefitApplicationDetails",
            "Programs",
            "Status",
            "Stage",
            "StatusReason",
            "StatusReasonCode",
            "StatusReasonCodes",
            "CreatedAt",
            "UpdatedAt",
            "Revision",
            "AssociatedResources",
            "PartnerContacts",
            "FileDetails",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    arn: str | None
    catalog: str | None
    benefit_id: str | None
    name: str | None
    description: str | None
    fulfillment_types: _Sequence[FulfillmentType | str] | None
    benefit_application_details: _Any | None
    programs: list[str] | None
    status: BenefitApplicationStatus | str | None
    stage: str | None
    status_reason: str | None
    status_reason_code: str | None
    status_reason_codes: list[str] | None
    created_at: _dt.datetime | None
    updated_at: _dt.datetime | None
    revision: str | None
    associated_resources: list[str] | None
    partner_contacts: list[Contact] | None
    file_details: list[FileDetail] | None

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
        catalog: str | None = None,
        benefit_id: str | None = None,
        name: str | None = None,
        description: str | None = None,
        fulfillment_types: (
            _types.SequenceNotStr[FulfillmentType | _types.FulfillmentTypeValue] | None
        ) = None,
        benefit_application_details: _Any | None = None,
        programs: _types.SequenceNotStr[str] | None = None,
        status: BenefitApplicationStatus | _types.BenefitApplicationStatusValue | None = None,
        stage: str | None = None,
        status_reason: str | None = None,
        status_reason_code: str | None = None,
        status_reason_codes: _types.SequenceNotStr[str] | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
        revision: str | None = None,
        associated_resources: _types.SequenceNotStr[str] | None = None,
        partner_contacts: _types.SequenceNotStr[Contact] | None = None,
        file_details: _types.SequenceNotStr[FileDetail] | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.catalog = catalog
        self.benefit_id = benefit_id
        self.name = name
        self.description = description
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.fulfillment_types = fulfillment_types  # type: ignore[assignment]
        self.benefit_application_details = benefit_application_details
        self.programs = programs  # type: ignore[assignment]
        self.status = status
        self.stage = stage
        self.status_reason = status_reason
        self.status_reason_code = status_reason_code
        self.status_reason_codes = status_reason_codes  # type: ignore[assignment]
        self.created_at = created_at
        self.updated_at = updated_at
        self.revision = revision
        self.associated_resources = associated_resources  # type: ignore[assignment]
        self.partner_contacts = partner_contacts  # type: ignore[assignment]
        self.file_details = file_details  # type: ignore[assignment]
