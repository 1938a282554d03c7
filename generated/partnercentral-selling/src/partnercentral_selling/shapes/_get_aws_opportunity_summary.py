"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only GetAwsOpportunitySummary calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        InvolvementTypeChangeReason,
        OpportunityOrigin,
        SalesInvolvementType,
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
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_aws_opportunity_summary"


class GetAwsOpportunitySummaryRequest(_Structure):
    """Contains the request parameters for the `GetAwsOpportunitySummary` operation.

    Attributes:
        catalog: Specifies the catalog in which the AWS Opportunity is located.
            Required.
        related_opportunity_identifier: The unique identifier for the related partner
            opportunity. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "related_opportunity_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "RelatedOpportunityIdentifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "RelatedOpportunityIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    related_opportunity_identifier: str

    def __init__(
        self,
        *,
        catalog: str,
        related_opportunity_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.related_opportunity_identifier = related_opportunity_identifier


class GetAwsOpportunitySummaryResponse(_Structure):
    """Contains the response that the `GetAwsOpportunitySummary` action returns.

    Attributes:
        related_opportunity_id: Provides the unique identifier of the related partner
            opportunity, allowing partners to link the...
        origin: Specifies whether the AWS Opportunity originated from AWS or the
            partner.
        involvement_type: Specifies the type of involvement AWS has in the opportunity,
            such as direct cosell or advisory...
        visibility: Defines the visibility level for the AWS Opportunity.
        life_cycle: Contains lifecycle information for the AWS Opportunity, including
            review status, stage, and...
        opportunity_team: Details the AWS opportunity team, including members involved.
        insights: Provides insights into the AWS Opportunity, including engagement score
            and recommended actions...
        involvement_type_change_reason: Provides a reason for any changes in the
            involvement type of AWS in the opportunity.
        related_entity_ids: Lists related entity identifiers, such as AWS products or
            partner solutions, associated with the...
        customer: Provides details about the customer associated with the AWS
            Opportunity, including account...
        project: Provides details about the project associated with the AWS Opportunity,
            including the customer’s...
        cosell_motion: Engagement classification for this opportunity.
        cosell_motion_reason: The plain-language reason for the current `CosellMotion`
            value.
        software_revenue: Seller-provided PARC deal terms: commitment value, discount,
            and contract dates.
        catalog: Specifies the catalog in which the AWS Opportunity exists. Required.
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
        "catalog",
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
            "Catalog",
        )
    )
    _REQUIRED = ("Catalog",)
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
    catalog: str

    def __init__(
        self,
        *,
        catalog: str,
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
        self.catalog = catalog
