"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateEngagement, CreateEngagementContext, GetEngagement and
SearchEngagements calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from . import (
        AccountCustomer,
        CustomerProjectsContext,
        LeadCustomer,
        LeadInsights,
        LeadInteraction,
        ProspectingResult,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._engagement_context_payload"


class CustomerAccountContext(_Structure):
    """The customer account context for an account-planning engagement. It names the account
    the plan concerns. The identifying details can be supplied by the caller or derived by
    the service from the account identifier.

    Attributes:
        account_identifier: The identifier of the customer account that the engagement
            concerns, as an Amazon Resource Name...
        customer: A snapshot of the customer company's identity for the account.
    """

    __module__ = __package__
    __slots__ = (
        "account_identifier",
        "customer",
    )
    _WIRE_NAMES = frozenset(
        (
            "AccountIdentifier",
            "Customer",
        )
    )
    _CODECS = _CODEC_MODULE

    account_identifier: str | None
    customer: AccountCustomer | None

    def __init__(
        self,
        *,
        account_identifier: str | None = None,
        customer: AccountCustomer | None = None,
    ) -> None:
        self.account_identifier = account_identifier
        self.customer = customer


class EngagementContextPayload(_TaggedUnion):
    """Represents the payload of an Engagement context. The structure of this payload varies
    based on the context type specified in the EngagementContextDetails.

    A union: set exactly one variant by building one of
    `EngagementContextPayloadCustomerProject`, `EngagementContextPayloadLead`,
    `EngagementContextPayloadProspectingResult`,
    `EngagementContextPayloadCustomerAccount`. A variant added to the service later is
    received as `EngagementContextPayloadUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "CustomerProject",
            "Lead",
            "ProspectingResult",
            "CustomerAccount",
        )
    )
    _CODECS = _CODEC_MODULE


class EngagementContextPayloadCustomerProject(EngagementContextPayload):
    """The `CustomerProject` variant of `EngagementContextPayload`.

    Contains detailed information about a customer project when the context type is
    "CustomerProject". This field is present only when the Type in EngagementContextDetails
    is set to "CustomerProject".
    """

    __module__ = __package__
    __slots__ = ()
    tag = "CustomerProject"
    value: CustomerProjectsContext

    def __init__(self, value: CustomerProjectsContext) -> None:
        self.value = value


class EngagementContextPayloadLead(EngagementContextPayload):
    """The `Lead` variant of `EngagementContextPayload`.

    Contains detailed information about a lead when the context type is "Lead". This field
    is present only when the Type in EngagementContextDetails is set to "Lead".
    """

    __module__ = __package__
    __slots__ = ()
    tag = "Lead"
    value: LeadContext

    def __init__(self, value: LeadContext) -> None:
        self.value = value


class EngagementContextPayloadProspectingResult(EngagementContextPayload):
    """The `ProspectingResult` variant of `EngagementContextPayload`.

    Contains prospecting result data with enriched insights. The system generates these
    insights when a partner runs an autonomous prospecting job on leads. This field appears
    only when the context type is "ProspectingResult".
    """

    __module__ = __package__
    __slots__ = ()
    tag = "ProspectingResult"
    value: ProspectingResult

    def __init__(self, value: ProspectingResult) -> None:
        self.value = value


class EngagementContextPayloadCustomerAccount(EngagementContextPayload):
    """The `CustomerAccount` variant of `EngagementContextPayload`.

    The customer account context for account planning. This field appears only when the
    context type is `CustomerAccount`.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "CustomerAccount"
    value: CustomerAccountContext

    def __init__(self, value: CustomerAccountContext) -> None:
        self.value = value


class EngagementContextPayloadUnknown(_UnknownVariant, EngagementContextPayload):
    """A variant of EngagementContextPayload this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class LeadContext(_Structure):
    """Provides comprehensive details about a lead associated with an engagement. This
    structure contains information about lead qualification status, customer details, and
    interaction history to facilitate lead management and tracking within the engagement.

    Attributes:
        insights: Insights that AI generates and associates with the lead.
        qualification_status: Indicates the current qualification status of the lead,
            such as whether it has been qualified...
        customer: Contains detailed information about the customer associated with the
            lead, including company... Required.
        interactions: An array of interactions that have occurred with the lead,
            providing a history of communications... Required.
    """

    __module__ = __package__
    __slots__ = (
        "insights",
        "qualification_status",
        "customer",
        "interactions",
    )
    _WIRE_NAMES = frozenset(
        (
            "Insights",
            "QualificationStatus",
            "Customer",
            "Interactions",
        )
    )
    _REQUIRED = (
        "Customer",
        "Interactions",
    )
    _CODECS = _CODEC_MODULE

    insights: LeadInsights | None
    qualification_status: str | None
    customer: LeadCustomer
    interactions: _Sequence[LeadInteraction]

    def __init__(
        self,
        *,
        customer: LeadCustomer,
        interactions: _types.SequenceNotStr[LeadInteraction],
        insights: LeadInsights | None = None,
        qualification_status: str | None = None,
    ) -> None:
        self.insights = insights
        self.qualification_status = qualification_status
        self.customer = customer
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.interactions = interactions  # type: ignore[assignment]
