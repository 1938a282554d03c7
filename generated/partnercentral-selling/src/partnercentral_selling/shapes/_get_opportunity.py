"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only GetOpportunity calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        NationalSecurity,
        OpportunityType,
        PrimaryNeedFromAws,
    )
    from . import (
        Contact,
        Customer,
        LifeCycle,
        Marketing,
        Project,
        RelatedEntityIdentifiers,
        SoftwareRevenue,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_opportunity"


class GetOpportunityRequest(_Structure):
    """Contains the request parameters for the `GetOpportunity` operation.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        identifier: Read-only, system generated `Opportunity` unique identifier.
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


class GetOpportunityResponse(_Structure):
    """Contains the response that the `GetOpportunity` action returns.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        primary_needs_from_aws: Identifies the type of support the partner needs from
            Amazon Web Services.
        national_security: Indicates whether the `Opportunity` pertains to a national
            security project.
        partner_opportunity_identifier: Specifies the opportunity's unique identifier in
            the partner's CRM system.
        customer: Specifies details of the customer associated with the `Opportunity`.
        project: An object that contains project details summary for the `Opportunity`.
        opportunity_type: Specifies the opportunity type as renewal, new, or expansion.
        marketing: An object that contains marketing details for the `Opportunity`.
        software_revenue: Specifies details of a customer's procurement terms.
        id: Read-only, system generated `Opportunity` unique identifier. Required.
        arn: The Amazon Resource Name (ARN) that uniquely identifies the opportunity.
        last_modified_date: `DateTime` when the opportunity was last modified. Required.
        created_date: `DateTime` when the `Opportunity` was last created. Required.
        related_entity_identifiers: Provides information about the associations of other
            entities with the opportunity. Required.
        life_cycle: An object that contains lifecycle details for the `Opportunity`.
        opportunity_team: Represents the internal team handling the opportunity.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "primary_needs_from_aws",
        "national_security",
        "partner_opportunity_identifier",
        "customer",
        "project",
        "opportunity_type",
        "marketing",
        "software_revenue",
        "id",
        "arn",
        "last_modified_date",
        "created_date",
        "related_entity_identifiers",
        "life_cycle",
        "opportunity_team",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "PrimaryNeedsFromAws",
            "NationalSecurity",
            "PartnerOpportunityIdentifier",
            "Customer",
            "Project",
            "OpportunityType",
            "Marketing",
            "SoftwareRevenue",
            "Id",
            "Arn",
            "LastModifiedDate",
            "CreatedDate",
            "RelatedEntityIdentifiers",
            "LifeCycle",
            "OpportunityTeam",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Id",
        "LastModifiedDate",
        "CreatedDate",
        "RelatedEntityIdentifiers",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    primary_needs_from_aws: _Sequence[PrimaryNeedFromAws | str] | None
    national_security: NationalSecurity | str | None
    partner_opportunity_identifier: str | None
    customer: Customer | None
    project: Project | None
    opportunity_type: OpportunityType | str | None
    marketing: Marketing | None
    software_revenue: SoftwareRevenue | None
    id: str
    arn: str | None
    last_modified_date: _dt.datetime
    created_date: _dt.datetime
    related_entity_identifiers: RelatedEntityIdentifiers
    life_cycle: LifeCycle | None
    opportunity_team: _Sequence[Contact] | None

    def __init__(
        self,
        *,
        catalog: str,
        id: str,
        last_modified_date: _dt.datetime,
        created_date: _dt.datetime,
        related_entity_identifiers: RelatedEntityIdentifiers,
        primary_needs_from_aws: (
            _types.SequenceNotStr[PrimaryNeedFromAws | _types.PrimaryNeedFromAwsValue] | None
        ) = None,
        national_security: NationalSecurity | _types.NationalSecurityValue | None = None,
        partner_opportunity_identifier: str | None = None,
        customer: Customer | None = None,
        project: Project | None = None,
        opportunity_type: OpportunityType | _types.OpportunityTypeValue | None = None,
        marketing: Marketing | None = None,
        software_revenue: SoftwareRevenue | None = None,
        arn: str | None = None,
        life_cycle: LifeCycle | None = None,
        opportunity_team: _types.SequenceNotStr[Contact] | None = None,
    ) -> None:
        self.catalog = catalog
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.primary_needs_from_aws = primary_needs_from_aws  # type: ignore[assignment]
        self.national_security = national_security
        self.partner_opportunity_identifier = partner_opportunity_identifier
        self.customer = customer
        self.project = project
        self.opportunity_type = opportunity_type
        self.marketing = marketing
        self.software_revenue = software_revenue
        self.id = id
        self.arn = arn
        self.last_modified_date = last_modified_date
        self.created_date = created_date
        self.related_entity_identifiers = related_entity_identifiers
        self.life_cycle = life_cycle
        self.opportunity_team = opportunity_team  # type: ignore[assignment]
