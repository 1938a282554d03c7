"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only UpdateEngagementContext calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        EngagementContextType,
    )
    from . import (
        CustomerProjectsContext,
        LeadCustomer,
        LeadInsights,
        LeadInteraction,
        ProspectingResult,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._update_engagement_context"


class UpdateEngagementContextPayload(_TaggedUnion):
    """Represents the updated payload of an engagement context. The structure of this payload
    varies based on the context type being updated.

    A union: set exactly one variant by building one of
    `UpdateEngagementContextPayloadLead`,
    `UpdateEngagementContextPayloadCustomerProject`,
    `UpdateEngagementContextPayloadProspectingResult`. A variant added to the service
    later is received as `UpdateEngagementContextPayloadUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "Lead",
            "CustomerProject",
            "ProspectingResult",
        )
    )
    _CODECS = _CODEC_MODULE


class UpdateEngagementContextPayloadLead(UpdateEngagementContextPayload):
    """The `Lead` variant of `UpdateEngagementContextPayload`.

    Contains updated information about a lead when the context type is "Lead". This field is
    present only when updating a lead context within the engagement.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "Lead"
    value: UpdateLeadContext

    def __init__(self, value: UpdateLeadContext) -> None:
        self.value = value


class UpdateEngagementContextPayloadCustomerProject(UpdateEngagementContextPayload):
    """The `CustomerProject` variant of `UpdateEngagementContextPayload`.

    Contains the updated details of a customer project when the context type is
    `CustomerProject`.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "CustomerProject"
    value: CustomerProjectsContext

    def __init__(self, value: CustomerProjectsContext) -> None:
        self.value = value


class UpdateEngagementContextPayloadProspectingResult(UpdateEngagementContextPayload):
    """The `ProspectingResult` variant of `UpdateEngagementContextPayload`.

    Contains updated prospecting result data when the context type is "ProspectingResult".
    This field includes enriched data and insights that the system generates when a partner
    runs an autonomous prospecting job on leads.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "ProspectingResult"
    value: ProspectingResult

    def __init__(self, value: ProspectingResult) -> None:
        self.value = value


class UpdateEngagementContextPayloadUnknown(_UnknownVariant, UpdateEngagementContextPayload):
    """A variant of UpdateEngagementContextPayload this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class UpdateEngagementContextRequest(_Structure):
    """Contains the request parameters for the `UpdateEngagementContext` operation.

    Attributes:
        catalog: Specifies the catalog associated with the engagement context update
            request. Required.
        engagement_identifier: The unique identifier of the `Engagement` containing the
            context to be updated. Required.
        context_identifier: The unique identifier of the specific engagement context to
            be updated. Required.
        engagement_last_modified_at: The timestamp when the engagement was last
            modified, used for optimistic concurrency control. Required.
        type: Specifies the type of context being updated within the engagement.
            Required.
        payload: Contains the updated contextual information for the engagement.
            Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "engagement_identifier",
        "context_identifier",
        "engagement_last_modified_at",
        "type",
        "payload",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "EngagementIdentifier",
            "ContextIdentifier",
            "EngagementLastModifiedAt",
            "Type",
            "Payload",
        )
    )
    _REQUIRED = (
        "Catalog",
        "EngagementIdentifier",
        "ContextIdentifier",
        "EngagementLastModifiedAt",
        "Type",
        "Payload",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    engagement_identifier: str
    context_identifier: str
    engagement_last_modified_at: _dt.datetime
    type: EngagementContextType | str
    payload: UpdateEngagementContextPayload

    def __init__(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        context_identifier: str,
        engagement_last_modified_at: _dt.datetime,
        type: EngagementContextType | _types.EngagementContextTypeValue,
        payload: UpdateEngagementContextPayload,
    ) -> None:
        self.catalog = catalog
        self.engagement_identifier = engagement_identifier
        self.context_identifier = context_identifier
        self.engagement_last_modified_at = engagement_last_modified_at
        self.type = type
        self.payload = payload


class UpdateEngagementContextResponse(_Structure):
    """Contains the response that the `UpdateEngagementContext` action returns.

    Attributes:
        engagement_id: The unique identifier of the engagement that was updated.
            Required.
        engagement_arn: The Amazon Resource Name (ARN) of the updated engagement.
            Required.
        engagement_last_modified_at: The timestamp when the engagement context was last
            modified. Required.
        context_id: The unique identifier of the engagement context that was updated.
            Required.
    """

    __module__ = __package__
    __slots__ = (
        "engagement_id",
        "engagement_arn",
        "engagement_last_modified_at",
        "context_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementId",
            "EngagementArn",
            "EngagementLastModifiedAt",
            "ContextId",
        )
    )
    _REQUIRED = (
        "EngagementId",
        "EngagementArn",
        "EngagementLastModifiedAt",
        "ContextId",
    )
    _CODECS = _CODEC_MODULE

    engagement_id: str
    engagement_arn: str
    engagement_last_modified_at: _dt.datetime
    context_id: str

    def __init__(
        self,
        *,
        engagement_id: str,
        engagement_arn: str,
        engagement_last_modified_at: _dt.datetime,
        context_id: str,
    ) -> None:
        self.engagement_id = engagement_id
        self.engagement_arn = engagement_arn
        self.engagement_last_modified_at = engagement_last_modified_at
        self.context_id = context_id


class UpdateLeadContext(_Structure):
    """Updates the context information for a lead with qualification status, customer details,
    and interaction data.

    Attributes:
        qualification_status: The updated qualification status of the lead.
        customer: Updated customer information associated with the lead. Required.
        interaction: Updated interaction details for the lead context.
        insights: Insights that AI generates and associates with the lead.
    """

    __module__ = __package__
    __slots__ = (
        "qualification_status",
        "customer",
        "interaction",
        "insights",
    )
    _WIRE_NAMES = frozenset(
        (
            "QualificationStatus",
            "Customer",
            "Interaction",
            "Insights",
        )
    )
    _REQUIRED = ("Customer",)
    _CODECS = _CODEC_MODULE

    qualification_status: str | None
    customer: LeadCustomer
    interaction: LeadInteraction | None
    insights: LeadInsights | None

    def __init__(
        self,
        *,
        customer: LeadCustomer,
        qualification_status: str | None = None,
        interaction: LeadInteraction | None = None,
        insights: LeadInsights | None = None,
    ) -> None:
        self.qualification_status = qualification_status
        self.customer = customer
        self.interaction = interaction
        self.insights = insights
