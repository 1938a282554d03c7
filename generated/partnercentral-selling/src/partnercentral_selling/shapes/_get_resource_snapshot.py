"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only GetResourceSnapshot calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        DeliveryModel,
        InvolvementTypeChangeReason,
        OpportunityOrigin,
        OpportunityType,
        PrimaryNeedFromAws,
        ResourceType,
        ReviewStatus,
        SalesActivity,
        SalesInvolvementType,
        Stage,
        Visibility,
    )
    from . import (
        AwsOpportunityCustomer,
        AwsOpportunityInsights,
        AwsOpportunityLifeCycle,
        AwsOpportunityProject,
        AwsOpportunityRelatedEntities,
        AwsSoftwareRevenue,
        AwsTeamMember,
        Contact,
        Customer,
        ExpectedContractDuration,
        ExpectedCustomerSpend,
        RelatedEntityIdentifiers,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_resource_snapshot"


class AwsOpportunitySummaryFullView(_Structure):
    """Provides a comprehensive view of AwsOpportunitySummaryFullView template.

    Attributes:
        related_opportunity_id: Identifier of the related partner opportunity.
        origin: Source origin of the AWS opportunity.
        involvement_type: Type of AWS involvement in the opportunity.
        visibility: Visibility level for the AWS opportunity.
        life_cycle: Contains lifecycle details of the AWS opportunity, such as its
            stage, review status, and target...
        opportunity_team: AWS team members involved in the opportunity.
        insights: Contains the insights that AWS provides for the opportunity, such as
            the engagement score and the...
        involvement_type_change_reason: Reason for changes in AWS involvement type for
            the opportunity.
        related_entity_ids: Lists the identifiers of entities that relate to the AWS
            opportunity, such as AWS products and...
        customer: Contains details about the customer that the AWS opportunity belongs
            to.
        project: Contains details about the project that the AWS opportunity covers.
        cosell_motion: Engagement classification for this opportunity.
        cosell_motion_reason: The plain-language reason for the current `CosellMotion`
            value.
        software_revenue: Seller-provided PARC deal terms: commitment value, discount,
            and contract dates.
    """

    __module__ = __package__
    __slots__ = (
        "related_opportunity_id",
        "origin",
        "involvement_type",
        "visibility",
        "life_cycle",
        "opportunity_team",
        "insights",
        "involvement_type_change_reason",
        "related_entity_ids",
        "customer",
        "project",
        "cosell_motion",
        "cosell_motion_reason",
        "software_revenue",
    )
    _WIRE_NAMES = frozenset(
        (
            "RelatedOpportunityId",
            "Origin",
            "InvolvementType",
            "Visibility",
            "LifeCycle",
            "OpportunityTeam",
            "Insights",
            "InvolvementTypeChangeReason",
            "RelatedEntityIds",
            "Customer",
            "Project",
            "CosellMotion",
            "CosellMotionReason",
            "SoftwareRevenue",
        )
    )
    _CODECS = _CODEC_MODULE

    related_opportunity_id: str | None
    origin: OpportunityOrigin | str | None
    involvement_type: SalesInvolvementType | str | None
    visibility: Visibility | str | None
    life_cycle: AwsOpportunityLifeCycle | None
    opportunity_team: list[AwsTeamMember] | None
    insights: AwsOpportunityInsights | None
    involvement_type_change_reason: InvolvementTypeChangeReason | str | None
    related_entity_ids: AwsOpportunityRelatedEntities | None
    customer: AwsOpportunityCustomer | None
    project: AwsOpportunityProject | None
    cosell_motion: str | None
    cosell_motion_reason: str | None
    software_revenue: AwsSoftwareRevenue | None

    def __init__(
        self,
        *,
        related_opportunity_id: str | None = None,
        origin: OpportunityOrigin | _types.OpportunityOriginValue | None = None,
        involvement_type: SalesInvolvementType | _types.SalesInvolvementTypeValue | None = None,
        visibility: Visibility | _types.VisibilityValue | None = None,
        life_cycle: AwsOpportunityLifeCycle | None = None,
        opportunity_team: _types.SequenceNotStr[AwsTeamMember] | None = None,
        insights: AwsOpportunityInsights | None = None,
        involvement_type_change_reason: (
            InvolvementTypeChangeReason | _types.InvolvementTypeChangeReasonValue | None
        ) = None,
        related_entity_ids: AwsOpportunityRelatedEntities | None = None,
        customer: AwsOpportunityCustomer | None = None,
        project: AwsOpportunityProject | None = None,
        cosell_motion: str | None = None,
        cosell_motion_reason: str | None = None,
        software_revenue: AwsSoftwareRevenue | None = None,
    ) -> None:
        self.related_opportunity_id = related_opportunity_id
        self.origin = origin
        self.involvement_type = involvement_type
        self.visibility = visibility
        self.life_cycle = life_cycle
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.opportunity_team = opportunity_team  # type: ignore[assignment]
        self.insights = insights
        self.involvement_type_change_reason = involvement_type_change_reason
        self.related_entity_ids = related_entity_ids
        self.customer = customer
        self.project = project
        self.cosell_motion = cosell_motion
        self.cosell_motion_reason = cosell_motion_reason
        self.software_revenue = software_revenue


class GetResourceSnapshotRequest(_Structure):
    """Contains the request parameters for the `GetResourceSnapshot` operation.

    Attributes:
        catalog: Specifies the catalog related to the request. Required.
        engagement_identifier: The unique identifier of the engagement associated with
            the snapshot. Required.
        resource_type: Specifies the type of resource that was snapshotted. Required.
        resource_identifier: The unique identifier of the specific resource that was
            snapshotted. Required.
        resource_snapshot_template_identifier: he name of the template that defines the
            schema for the snapshot. Required.
        revision: Specifies which revision of the snapshot to retrieve.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "engagement_identifier",
        "resource_type",
        "resource_identifier",
        "resource_snapshot_template_identifier",
        "revision",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "EngagementIdentifier",
            "ResourceType",
            "ResourceIdentifier",
            "ResourceSnapshotTemplateIdentifier",
            "Revision",
        )
    )
    _REQUIRED = (
        "Catalog",
        "EngagementIdentifier",
        "ResourceType",
        "ResourceIdentifier",
        "ResourceSnapshotTemplateIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    engagement_identifier: str
    resource_type: ResourceType | str
    resource_identifier: str
    resource_snapshot_template_identifier: str
    revision: int | None

    def __init__(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        resource_type: ResourceType | _types.ResourceTypeValue,
        resource_identifier: str,
        resource_snapshot_template_identifier: str,
        revision: int | None = None,
    ) -> None:
        self.catalog = catalog
        self.engagement_identifier = engagement_identifier
        self.resource_type = resource_type
        self.resource_identifier = resource_identifier
        self.resource_snapshot_template_identifier = resource_snapshot_template_identifier
        self.revision = revision


class GetResourceSnapshotResponse(_Structure):
    """Contains the response that the `GetResourceSnapshot` action returns.

    Attributes:
        catalog: The catalog in which the snapshot was created. Required.
        arn: The Amazon Resource Name (ARN) that uniquely identifies the resource
            snapshot.
        created_by: The AWS account ID of the principal (user or role) who created the
            snapshot.
        created_at: The timestamp when the snapshot was created, in ISO 8601 format
            (e.g., "2023-06-01T14:30:00Z").
        engagement_id: The identifier of the engagement associated with this snapshot.
        resource_type: The type of the resource that was snapshotted.
        resource_id: The identifier of the specific resource that was snapshotted.
        resource_snapshot_template_name: The name of the view used for this snapshot.
        revision: The revision number of this snapshot.
        payload: Contains the data of the resource snapshot.
        target_member_accounts: Target member accounts associated with the resource
            snapshot.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "arn",
        "created_by",
        "created_at",
        "engagement_id",
        "resource_type",
        "resource_id",
        "resource_snapshot_template_name",
        "revision",
        "payload",
        "target_member_accounts",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Arn",
            "CreatedBy",
            "CreatedAt",
            "EngagementId",
            "ResourceType",
            "ResourceId",
            "ResourceSnapshotTemplateName",
            "Revision",
            "Payload",
            "TargetMemberAccounts",
        )
    )
    _REQUIRED = ("Catalog",)
    _SENSITIVE = frozenset(
        (
            "created_by",
            "target_member_accounts",
        )
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    arn: str | None
    created_by: str | None
    created_at: _dt.datetime | None
    engagement_id: str | None
    resource_type: ResourceType | str | None
    resource_id: str | None
    resource_snapshot_template_name: str | None
    revision: int | None
    payload: ResourceSnapshotPayload | None
    target_member_accounts: _Sequence[str] | None

    def __init__(
        self,
        *,
        catalog: str,
        arn: str | None = None,
        created_by: str | None = None,
        created_at: _dt.datetime | None = None,
        engagement_id: str | None = None,
        resource_type: ResourceType | _types.ResourceTypeValue | None = None,
        resource_id: str | None = None,
        resource_snapshot_template_name: str | None = None,
        revision: int | None = None,
        payload: ResourceSnapshotPayload | None = None,
        target_member_accounts: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        self.catalog = catalog
        self.arn = arn
        self.created_by = created_by
        self.created_at = created_at
        self.engagement_id = engagement_id
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.resource_snapshot_template_name = resource_snapshot_template_name
        self.revision = revision
        self.payload = payload
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.target_member_accounts = target_member_accounts  # type: ignore[assignment]


class LifeCycleForView(_Structure):
    """Provides the lifecycle view of an opportunity resource shared through a snapshot.

    Attributes:
        target_close_date: The projected launch date of the opportunity shared through a
            snapshot.
        review_status: Defines the approval status of the opportunity shared through a
            snapshot.
        stage: Defines the current stage of the opportunity shared through a snapshot.
        next_steps: Describes the next steps for the opportunity shared through a
            snapshot.
    """

    __module__ = __package__
    __slots__ = (
        "target_close_date",
        "review_status",
        "stage",
        "next_steps",
    )
    _WIRE_NAMES = frozenset(
        (
            "TargetCloseDate",
            "ReviewStatus",
            "Stage",
            "NextSteps",
        )
    )
    _SENSITIVE = frozenset(("next_steps",))
    _CODECS = _CODEC_MODULE

    target_close_date: str | None
    review_status: ReviewStatus | str | None
    stage: Stage | str | None
    next_steps: str | None

    def __init__(
        self,
        *,
        target_close_date: str | None = None,
        review_status: ReviewStatus | _types.ReviewStatusValue | None = None,
        stage: Stage | _types.StageValue | None = None,
        next_steps: str | None = None,
    ) -> None:
        self.target_close_date = target_close_date
        self.review_status = review_status
        self.stage = stage
        self.next_steps = next_steps


class OpportunitySummaryView(_Structure):
    """Provides a comprehensive view of an opportunity summary, including lifecycle
    information, team details, opportunity type, primary needs from AWS, and associated
    project information.

    Attributes:
        opportunity_type: Specifies the opportunity type.
        lifecycle: Contains information about the opportunity's lifecycle, including its
            current stage, status, and...
        opportunity_team: Represents the internal team handling the opportunity.
        primary_needs_from_aws: Identifies the type of support the partner needs from
            AWS.
        customer: Contains details about the customer that the opportunity belongs to.
        project: Contains summary information about the project associated with the
            opportunity, including project...
        related_entity_identifiers: Lists the identifiers of entities that relate to the
            opportunity, such as AWS products, partner...
    """

    __module__ = __package__
    __slots__ = (
        "opportunity_type",
        "lifecycle",
        "opportunity_team",
        "primary_needs_from_aws",
        "customer",
        "project",
        "related_entity_identifiers",
    )
    _WIRE_NAMES = frozenset(
        (
            "OpportunityType",
            "Lifecycle",
            "OpportunityTeam",
            "PrimaryNeedsFromAws",
            "Customer",
            "Project",
            "RelatedEntityIdentifiers",
        )
    )
    _CODECS = _CODEC_MODULE

    opportunity_type: OpportunityType | str | None
    lifecycle: LifeCycleForView | None
    opportunity_team: _Sequence[Contact] | None
    primary_needs_from_aws: _Sequence[PrimaryNeedFromAws | str] | None
    customer: Customer | None
    project: ProjectView | None
    related_entity_identifiers: RelatedEntityIdentifiers | None

    def __init__(
        self,
        *,
        opportunity_type: OpportunityType | _types.OpportunityTypeValue | None = None,
        lifecycle: LifeCycleForView | None = None,
        opportunity_team: _types.SequenceNotStr[Contact] | None = None,
        primary_needs_from_aws: (
            _types.SequenceNotStr[PrimaryNeedFromAws | _types.PrimaryNeedFromAwsValue] | None
        ) = None,
        customer: Customer | None = None,
        project: ProjectView | None = None,
        related_entity_identifiers: RelatedEntityIdentifiers | None = None,
    ) -> None:
        self.opportunity_type = opportunity_type
        self.lifecycle = lifecycle
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.opportunity_team = opportunity_team  # type: ignore[assignment]
        self.primary_needs_from_aws = primary_needs_from_aws  # type: ignore[assignment]
        self.customer = customer
        self.project = project
        self.related_entity_identifiers = related_entity_identifiers


class ProjectView(_Structure):
    """Provides the project view of an opportunity resource shared through a snapshot.

    Attributes:
        delivery_models: Describes the deployment or consumption model for the partner
            solution or offering.
        expected_customer_spend: Provides information about the anticipated customer
            spend related to this project.
        expected_contract_duration: Optional.
        customer_use_case: Specifies the proposed solution focus or type of workload for
            the project.
        sales_activities: Lists the pre-sales activities that have occurred with the
            end-customer related to the opportunity.
        other_solution_description: Offers a description of other solutions if the
            standard solutions do not adequately cover the...
    """

    __module__ = __package__
    __slots__ = (
        "delivery_models",
        "expected_customer_spend",
        "expected_contract_duration",
        "customer_use_case",
        "sales_activities",
        "other_solution_description",
    )
    _WIRE_NAMES = frozenset(
        (
            "DeliveryModels",
            "ExpectedCustomerSpend",
            "ExpectedContractDuration",
            "CustomerUseCase",
            "SalesActivities",
            "OtherSolutionDescription",
        )
    )
    _SENSITIVE = frozenset(("other_solution_description",))
    _CODECS = _CODEC_MODULE

    delivery_models: _Sequence[DeliveryModel | str] | None
    expected_customer_spend: _Sequence[ExpectedCustomerSpend] | None
    expected_contract_duration: ExpectedContractDuration | None
    customer_use_case: str | None
    sales_activities: _Sequence[SalesActivity | str] | None
    other_solution_description: str | None

    def __init__(
        self,
        *,
        delivery_models: (
            _types.SequenceNotStr[DeliveryModel | _types.DeliveryModelValue] | None
        ) = None,
        expected_customer_spend: _types.SequenceNotStr[ExpectedCustomerSpend] | None = None,
        expected_contract_duration: ExpectedContractDuration | None = None,
        customer_use_case: str | None = None,
        sales_activities: (
            _types.SequenceNotStr[SalesActivity | _types.SalesActivityValue] | None
        ) = None,
        other_solution_description: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.delivery_models = delivery_models  # type: ignore[assignment]
        self.expected_customer_spend = expected_customer_spend  # type: ignore[assignment]
        self.expected_contract_duration = expected_contract_duration
        self.customer_use_case = customer_use_case
        self.sales_activities = sales_activities  # type: ignore[assignment]
        self.other_solution_description = other_solution_description


class ResourceSnapshotPayload(_TaggedUnion):
    """Represents the payload of a resource snapshot. This structure is designed to accommodate
    different types of resource snapshots, currently supporting opportunity summaries.

    A union: set exactly one variant by building one of
    `ResourceSnapshotPayloadOpportunitySummary`,
    `ResourceSnapshotPayloadAwsOpportunitySummaryFullView`. A variant added to the
    service later is received as `ResourceSnapshotPayloadUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "OpportunitySummary",
            "AwsOpportunitySummaryFullView",
        )
    )
    _CODECS = _CODEC_MODULE


class ResourceSnapshotPayloadOpportunitySummary(ResourceSnapshotPayload):
    """The `OpportunitySummary` variant of `ResourceSnapshotPayload`.

    An object that contains an `opportunity`'s subset of fields.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "OpportunitySummary"
    value: OpportunitySummaryView

    def __init__(self, value: OpportunitySummaryView) -> None:
        self.value = value


class ResourceSnapshotPayloadAwsOpportunitySummaryFullView(ResourceSnapshotPayload):
    """The `AwsOpportunitySummaryFullView` variant of `ResourceSnapshotPayload`.

    Provides a comprehensive view of AwsOpportunitySummaryFullView template.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "AwsOpportunitySummaryFullView"
    value: AwsOpportunitySummaryFullView

    def __init__(self, value: AwsOpportunitySummaryFullView) -> None:
        self.value = value


class ResourceSnapshotPayloadUnknown(_UnknownVariant, ResourceSnapshotPayload):
    """A variant of ResourceSnapshotPayload this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()
