"""Shapes of the Partner Central Benefits API (internal: import them from ``shapes``).

The shapes only ListBenefitApplications calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Mapping as _Mapping
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        BenefitApplicationStatus,
        FulfillmentType,
        ResourceType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_benefit_applications"


class AssociatedResource(_Structure):
    """Represents an AWS resource that is associated with a benefit application for tracking
    and management.

    Attributes:
        resource_type: The type of AWS resource (e.g., EC2 instance, S3 bucket, Lambda
            function).
        resource_identifier: The unique identifier of the AWS resource within its
            service.
        resource_arn: The Amazon Resource Name (ARN) that uniquely identifies the AWS
            resource.
    """

    __module__ = __package__
    __slots__ = (
        "resource_type",
        "resource_identifier",
        "resource_arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "ResourceType",
            "ResourceIdentifier",
            "ResourceArn",
        )
    )
    _CODECS = _CODEC_MODULE

    resource_type: ResourceType | str | None
    resource_identifier: str | None
    resource_arn: str | None

    def __init__(
        self,
        *,
        resource_type: ResourceType | _types.ResourceTypeValue | None = None,
        resource_identifier: str | None = None,
        resource_arn: str | None = None,
    ) -> None:
        self.resource_type = resource_type
        self.resource_identifier = resource_identifier
        self.resource_arn = resource_arn


class BenefitApplicationSummary(_Structure):
    """A summary view of a benefit application containing key information for list operations.

    Attributes:
        catalog: The catalog identifier that the benefit application belongs to.
        name: The human-readable name of the benefit application.
        id: The unique identifier of the benefit application.
        arn: The Amazon Resource Name (ARN) of the benefit application.
        benefit_id: The identifier of the benefit being requested in this application.
        programs: The AWS partner programs associated with this benefit application.
        fulfillment_types: The fulfillment types requested for this benefit application.
        status: The current processing status of the benefit application.
        stage: The current stage in the benefit application processing workflow..
        created_at: The timestamp when the benefit application was created.
        updated_at: The timestamp when the benefit application was last updated.
        benefit_application_details: Additional attributes and metadata associated with
            the benefit application.
        associated_resources: AWS resources that are associated with this benefit
            application.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "name",
        "id",
        "arn",
        "benefit_id",
        "programs",
        "fulfillment_types",
        "status",
        "stage",
        "created_at",
        "updated_at",
        "benefit_application_details",
        "associated_resources",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Name",
            "Id",
            "Arn",
            "BenefitId",
            "Programs",
            "FulfillmentTypes",
            "Status",
            "Stage",
            "CreatedAt",
            "UpdatedAt",
            "BenefitApplicationDetails",
            "AssociatedResources",
        )
    )
    _CODECS = _CODEC_MODULE

    catalog: str | None
    name: str | None
    id: str | None
    arn: str | None
    benefit_id: str | None
    programs: list[str] | None
    fulfillment_types: _Sequence[FulfillmentType | str] | None
    status: BenefitApplicationStatus | str | None
    stage: str | None
    created_at: _dt.datetime | None
    updated_at: _dt.datetime | None
    benefit_application_details: dict[str, str] | None
    associated_resources: _Sequence[str] | None

    def __init__(
        self,
        *,
        catalog: str | None = None,
        name: str | None = None,
        id: str | None = None,
        arn: str | None = None,
        benefit_id: str | None = None,
        programs: _types.SequenceNotStr[str] | None = None,
        fulfillment_types: (
            _types.SequenceNotStr[FulfillmentType | _types.FulfillmentTypeValue] | None
        ) = None,
        status: BenefitApplicationStatus | _types.BenefitApplicationStatusValue | None = None,
        stage: str | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
        benefit_application_details: _Mapping[str, str] | None = None,
        associated_resources: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        self.catalog = catalog
        self.name = name
        self.id = id
        self.arn = arn
        self.benefit_id = benefit_id
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.programs = programs  # type: ignore[assignment]
        self.fulfillment_types = fulfillment_types  # type: ignore[assignment]
        self.status = status
        self.stage = stage
        self.created_at = created_at
        self.updated_at = updated_at
        self.benefit_application_details = benefit_application_details  # type: ignore[assignment]
        self.associated_resources = associated_resources  # type: ignore[assignment]


class ListBenefitApplicationsInput(_Structure):
    """ListBenefitApplicationsInput

    Attributes:
        catalog: The catalog identifier to filter benefit applications by catalog.
            Required.
        programs: Filter benefit applications by specific AWS partner programs.
        fulfillment_types: Filter benefit applications by specific fulfillment types.
        benefit_identifiers: Filter benefit applications by specific benefit
            identifiers.
        status: Filter benefit applications by their current processing status.
        stages: Filter benefit applications by their current processing stage.
        associated_resources: Filter benefit applications by associated AWS resources.
        associated_resource_arns: Filter benefit applications by specific AWS resource
            ARNs.
        max_results: The maximum number of benefit applications to return in a single
            response.
        next_token: A pagination token to retrieve the next set of results from a
            previous request.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "programs",
        "fulfillment_types",
        "benefit_identifiers",
        "status",
        "stages",
        "associated_resources",
        "associated_resource_arns",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Programs",
            "FulfillmentTypes",
            "BenefitIdentifiers",
            "Status",
            "Stages",
            "AssociatedResources",
            "AssociatedResourceArns",
            "MaxResults",
            "NextToken",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    programs: _Sequence[str] | None
    fulfillment_types: _Sequence[FulfillmentType | str] | None
    benefit_identifiers: _Sequence[str] | None
    status: _Sequence[BenefitApplicationStatus | str] | None
    stages: _Sequence[str] | None
    associated_resources: _Sequence[AssociatedResource] | None
    associated_resource_arns: _Sequence[str] | None
    max_results: int | None
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        programs: _types.SequenceNotStr[str] | None = None,
        fulfillment_types: (
            _types.SequenceNotStr[FulfillmentType | _types.FulfillmentTypeValue] | None
        ) = None,
        benefit_identifiers: _types.SequenceNotStr[str] | None = None,
        status: (
            _types.SequenceNotStr[BenefitApplicationStatus | _types.BenefitApplicationStatusValue]
            | None
        ) = None,
        stages: _types.SequenceNotStr[str] | None = None,
        associated_resources: _types.SequenceNotStr[AssociatedResource] | None = None,
        associated_resource_arns: _types.SequenceNotStr[str] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.programs = programs  # type: ignore[assignment]
        self.fulfillment_types = fulfillment_types  # type: ignore[assignment]
        self.benefit_identifiers = benefit_identifiers  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.stages = stages  # type: ignore[assignment]
        self.associated_resources = associated_resources  # type: ignore[assignment]
        self.associated_resource_arns = associated_resource_arns  # type: ignore[assignment]
        self.max_results = max_results
        self.next_token = next_token


class ListBenefitApplicationsOutput(_Structure):
    """ListBenefitApplicationsOutput

    Attributes:
        benefit_application_summaries: A list of benefit application summaries matching
            the specified criteria.
        next_token: A pagination token to retrieve the next set of results, if more
            results are available.
    """

    __module__ = __package__
    __slots__ = (
        "benefit_application_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "BenefitApplicationSummaries",
            "NextToken",
        )
    )
    _CODECS = _CODEC_MODULE

    benefit_application_summaries: list[BenefitApplicationSummary] | None
    next_token: str | None

    def __init__(
        self,
        *,
        benefit_application_summaries: (
            _types.SequenceNotStr[BenefitApplicationSummary] | None
        ) = None,
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.benefit_application_summaries = benefit_application_summaries  # type: ignore[assignment]
        self.next_token = next_token
