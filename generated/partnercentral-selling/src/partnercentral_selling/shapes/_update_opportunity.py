"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only UpdateOpportunity calls hold, imported on the first use of one.
"""

from __future__ import annotations

import copy as _copy
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
        Customer,
        GetOpportunityResponse,
        LifeCycle,
        Marketing,
        Project,
        SoftwareRevenue,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._update_opportunity"


class UpdateOpportunityRequest(_Structure):
    """Contains the request parameters for the `UpdateOpportunity` operation.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        primary_needs_from_aws: Identifies the type of support the partner needs from
            Amazon Web Services.
        national_security: Specifies if the opportunity is associated with national
            security concerns.
        partner_opportunity_identifier: Specifies the opportunity's unique identifier in
            the partner's CRM system.
        customer: Specifies details of the customer associated with the `Opportunity`.
        project: An object that contains project details summary for the `Opportunity`.
        opportunity_type: Specifies the opportunity type as a renewal, new, or
            expansion.
        marketing: An object that contains marketing details for the `Opportunity`.
        software_revenue: Specifies details of a customer's procurement terms.
        last_modified_date: `DateTime` when the opportunity was last modified. Required.
        identifier: Read-only, system generated `Opportunity` unique identifier.
            Required.
        life_cycle: An object that contains lifecycle details for the `Opportunity`.
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
        "last_modified_date",
        "identifier",
        "life_cycle",
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
            "LastModifiedDate",
            "Identifier",
            "LifeCycle",
        )
    )
    _REQUIRED = (
        "Catalog",
        "LastModifiedDate",
        "Identifier",
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
    last_modified_date: _dt.datetime
    identifier: str
    life_cycle: LifeCycle | None

    def __init__(
        self,
        *,
        catalog: str,
        last_modified_date: _dt.datetime,
        identifier: str,
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
        life_cycle: LifeCycle | None = None,
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
        self.last_modified_date = last_modified_date
        self.identifier = identifier
        self.life_cycle = life_cycle

    @classmethod
    def from_current(cls, current: GetOpportunityResponse) -> UpdateOpportunityRequest:
        """The UpdateOpportunity request that writes `current` back as it is.

        UpdateOpportunity replaces the whole resource: a member the request leaves out is
        cleared. This request holds every member it takes, copied from the GetOpportunity
        output `current` (`identifier` from its `id`), so change it rather than building one
        from scratch. The copy is deep: changing the request leaves `current` as it was.
        `PartnerCentralSellingClient.modify_opportunity` does this for you, with the
        conflict handling.

        Args:
            current: What `get_opportunity` returned.

        Returns:
            UpdateOpportunityRequest
        """
        # A read's values are open (an enum value newer than this client is a str) and
        # go back unchanged: the service knows them.
        values: _typing.Any = _copy.deepcopy(current)
        return cls(
            catalog=values.catalog,
            primary_needs_from_aws=values.primary_needs_from_aws,
            national_security=values.national_security,
            partner_opportunity_identifier=values.partner_opportunity_identifier,
            customer=values.customer,
            project=values.project,
            opportunity_type=values.opportunity_type,
            marketing=values.marketing,
            software_revenue=values.software_revenue,
            last_modified_date=values.last_modified_date,
            identifier=values.id,
            life_cycle=values.life_cycle,
        )


class UpdateOpportunityResponse(_Structure):
    """Contains the response that the `UpdateOpportunity` action returns.

    Attributes:
        id: Read-only, system generated `Opportunity` unique identifier. Required.
        last_modified_date: `DateTime` when the opportunity was last modified. Required.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "last_modified_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "LastModifiedDate",
        )
    )
    _REQUIRED = (
        "Id",
        "LastModifiedDate",
    )
    _CODECS = _CODEC_MODULE

    id: str
    last_modified_date: _dt.datetime

    def __init__(
        self,
        *,
        id: str,
        last_modified_date: _dt.datetime,
    ) -> None:
        self.id = id
        self.last_modified_date = last_modified_date
