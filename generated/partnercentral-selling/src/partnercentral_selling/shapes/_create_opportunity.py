"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateOpportunity calls hold, imported on the first use of one.
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
        OpportunityOrigin,
        OpportunityType,
        PrimaryNeedFromAws,
    )
    from . import (
        Contact,
        Customer,
        LifeCycle,
        Marketing,
        Project,
        SoftwareRevenue,
        Tag,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._create_opportunity"


class CreateOpportunityRequest(_Structure):
    """Contains the request parameters for the `CreateOpportunity` operation.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        primary_needs_from_aws: Identifies the type of support the partner needs from
            Amazon Web Services.
        national_security: Indicates whether the `Opportunity` pertains to a national
            security project.
        partner_opportunity_identifier: Specifies the opportunity's unique identifier in
            the partner's CRM system.
        customer: Specifies customer details associated with the `Opportunity`.
        project: An object that contains project details for the `Opportunity`.
        opportunity_type: Specifies the opportunity type as a renewal, new, or
            expansion.
        marketing: This object contains marketing details and is optional for an
            opportunity.
        software_revenue: Specifies details of a customer's procurement terms.
        client_token: Required to be unique, and should be unchanging, it can be
            randomly generated or a meaningful... Filled with a random UUID when
            omitted.
        life_cycle: An object that contains lifecycle details for the `Opportunity`.
        origin: Specifies the origin of the opportunity, indicating if it was sourced
            from Amazon Web Services or...
        opportunity_team: Represents the internal team handling the opportunity.
        tags: A map of the key-value pairs of the tag or tags to assign.
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
        "client_token",
        "life_cycle",
        "origin",
        "opportunity_team",
        "tags",
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
            "ClientToken",
            "LifeCycle",
            "Origin",
            "OpportunityTeam",
            "Tags",
        )
    )
    _REQUIRED = (
        "Catalog",
        "ClientToken",
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
    client_token: str | None
    life_cycle: LifeCycle | None
    origin: OpportunityOrigin | str | None
    opportunity_team: _Sequence[Contact] | None
    tags: _Sequence[Tag] | None

    def __init__(
        self,
        *,
        catalog: str,
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
        client_token: str | None = None,
        life_cycle: LifeCycle | None = None,
        origin: OpportunityOrigin | _types.OpportunityOriginValue | None = None,
        opportunity_team: _types.SequenceNotStr[Contact] | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
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
        self.client_token = client_token
        self.life_cycle = life_cycle
        self.origin = origin
        self.opportunity_team = opportunity_team  # type: ignore[assignment]
        self.tags = tags  # type: ignore[assignment]


class CreateOpportunityResponse(_Structure):
    """Contains the response that the `CreateOpportunity` action returns.

    Attributes:
        id: Read-only, system-generated `Opportunity` unique identifier. Required.
        partner_opportunity_identifier: Specifies the opportunity's unique identifier in
            the partner's CRM system.
        last_modified_date: `DateTime` when the opportunity was last modified.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "partner_opportunity_identifier",
        "last_modified_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "PartnerOpportunityIdentifier",
            "LastModifiedDate",
        )
    )
    _REQUIRED = ("Id",)
    _CODECS = _CODEC_MODULE

    id: str
    partner_opportunity_identifier: str | None
    last_modified_date: _dt.datetime | None

    def __init__(
        self,
        *,
        id: str,
        partner_opportunity_identifier: str | None = None,
        last_modified_date: _dt.datetime | None = None,
    ) -> None:
        self.id = id
        self.partner_opportunity_identifier = partner_opportunity_identifier
        self.last_modified_date = last_modified_date
