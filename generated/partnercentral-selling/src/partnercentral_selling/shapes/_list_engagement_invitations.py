"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListEngagementInvitations calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        EngagementInvitationPayloadType,
        InvitationStatus,
        OpportunityEngagementInvitationSortName,
        ParticipantType,
        SortOrder,
    )
    from . import (
        Receiver,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_engagement_invitations"


class EngagementInvitationSummary(_Structure):
    """Provides a summarized view of the Engagement Invitation, including details like the
    identifier, status, and sender. This summary helps partners track and manage AWS
    originated opportunities.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the Engagement Invitation.
        payload_type: Describes the type of payload associated with the Engagement
            Invitation, such as `Opportunity` or...
        id: Represents the unique identifier of the Engagement Invitation. Required.
        engagement_id: The identifier of the Engagement associated with this invitation.
        engagement_title: Provides a short title or description of the Engagement
            Invitation.
        status: Represents the current status of the Engagement Invitation, such as
            `Pending`, `Accepted`, or...
        invitation_date: Indicates the date when the Engagement Invitation was sent to
            the partner.
        expiration_date: Indicates the date and time when the Engagement Invitation will
            expire.
        sender_aws_account_id: Specifies the AWS account ID of the sender who initiated
            the Engagement Invitation.
        sender_company_name: Indicates the name of the company or AWS division that sent
            the Engagement Invitation.
        receiver: Specifies the partner company or individual that received the
            Engagement Invitation.
        catalog: Specifies the catalog in which the Engagement Invitation resides.
            Required.
        participant_type: Identifies the role of the caller in the engagement
            invitation.
    """

    __module__ = __package__
    __slots__ = (
        "arn",
        "payload_type",
        "id",
        "engagement_id",
        "engagement_title",
        "status",
        "invitation_date",
        "expiration_date",
        "sender_aws_account_id",
        "sender_company_name",
        "receiver",
        "catalog",
        "participant_type",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "PayloadType",
            "Id",
            "EngagementId",
            "EngagementTitle",
            "Status",
            "InvitationDate",
            "ExpirationDate",
            "SenderAwsAccountId",
            "SenderCompanyName",
            "Receiver",
            "Catalog",
            "ParticipantType",
        )
    )
    _REQUIRED = (
        "Id",
        "Catalog",
    )
    _SENSITIVE = frozenset(("sender_aws_account_id",))
    _CODECS = _CODEC_MODULE

    arn: str | None
    payload_type: EngagementInvitationPayloadType | str | None
    id: str
    engagement_id: str | None
    engagement_title: str | None
    status: InvitationStatus | str | None
    invitation_date: _dt.datetime | None
    expiration_date: _dt.datetime | None
    sender_aws_account_id: str | None
    sender_company_name: str | None
    receiver: Receiver | None
    catalog: str
    participant_type: ParticipantType | str | None

    def __init__(
        self,
        *,
        id: str,
        catalog: str,
        arn: str | None = None,
        payload_type: (
            EngagementInvitationPayloadType | _types.EngagementInvitationPayloadTypeValue | None
        ) = None,
        engagement_id: str | None = None,
        engagement_title: str | None = None,
        status: InvitationStatus | _types.InvitationStatusValue | None = None,
        invitation_date: _dt.datetime | None = None,
        expiration_date: _dt.datetime | None = None,
        sender_aws_account_id: str | None = None,
        sender_company_name: str | None = None,
        receiver: Receiver | None = None,
        participant_type: ParticipantType | _types.ParticipantTypeValue | None = None,
    ) -> None:
        self.arn = arn
        self.payload_type = payload_type
        self.id = id
        self.engagement_id = engagement_id
        self.engagement_title = engagement_title
        self.status = status
        self.invitation_date = invitation_date
        self.expiration_date = expiration_date
        self.sender_aws_account_id = sender_aws_account_id
        self.sender_company_name = sender_company_name
        self.receiver = receiver
        self.catalog = catalog
        self.participant_type = participant_type


class ListEngagementInvitationsRequest(_Structure):
    """Contains the request parameters for the `ListEngagementInvitations` operation.

    Attributes:
        catalog: Specifies the catalog from which to list the engagement invitations.
            Required.
        max_results: Specifies the maximum number of engagement invitations to return in
            the response.
        next_token: A pagination token used to retrieve additional pages of results when
            the response to a previous...
        sort: Specifies the sorting options for listing engagement invitations.
        payload_type: Defines the type of payload associated with the engagement
            invitations to be listed.
        participant_type: Specifies the type of participant for which to list engagement
            invitations. Required.
        status: Status values to filter the invitations.
        engagement_identifier: Retrieves a list of engagement invitation summaries based
            on specified filters.
        sender_aws_account_id: List of sender AWS account IDs to filter the invitations.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "sort",
        "payload_type",
        "participant_type",
        "status",
        "engagement_identifier",
        "sender_aws_account_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "Sort",
            "PayloadType",
            "ParticipantType",
            "Status",
            "EngagementIdentifier",
            "SenderAwsAccountId",
        )
    )
    _REQUIRED = (
        "Catalog",
        "ParticipantType",
    )
    _SENSITIVE = frozenset(("sender_aws_account_id",))
    _CODECS = _CODEC_MODULE

    catalog: str
    max_results: int | None
    next_token: str | None
    sort: OpportunityEngagementInvitationSort | None
    payload_type: _Sequence[EngagementInvitationPayloadType | str] | None
    participant_type: ParticipantType | str
    status: _Sequence[InvitationStatus | str] | None
    engagement_identifier: _Sequence[str] | None
    sender_aws_account_id: _Sequence[str] | None

    def __init__(
        self,
        *,
        catalog: str,
        participant_type: ParticipantType | _types.ParticipantTypeValue,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: OpportunityEngagementInvitationSort | None = None,
        payload_type: (
            _types.SequenceNotStr[
                EngagementInvitationPayloadType | _types.EngagementInvitationPayloadTypeValue
            ]
            | None
        ) = None,
        status: (
            _types.SequenceNotStr[InvitationStatus | _types.InvitationStatusValue] | None
        ) = None,
        engagement_identifier: _types.SequenceNotStr[str] | None = None,
        sender_aws_account_id: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.sort = sort
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.payload_type = payload_type  # type: ignore[assignment]
        self.participant_type = participant_type
        self.status = status  # type: ignore[assignment]
        self.engagement_identifier = engagement_identifier  # type: ignore[assignment]
        self.sender_aws_account_id = sender_aws_account_id  # type: ignore[assignment]


class ListEngagementInvitationsResponse(_Structure):
    """Contains the response that the `ListEngagementInvitations` action returns.

    Attributes:
        engagement_invitation_summaries: An array containing summaries of engagement
            invitations.
        next_token: A pagination token returned when there are more results available
            than can be returned in a...
    """

    __module__ = __package__
    __slots__ = (
        "engagement_invitation_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementInvitationSummaries",
            "NextToken",
        )
    )
    _CODECS = _CODEC_MODULE

    engagement_invitation_summaries: list[EngagementInvitationSummary] | None
    next_token: str | None

    def __init__(
        self,
        *,
        engagement_invitation_summaries: (
            _types.SequenceNotStr[EngagementInvitationSummary] | None
        ) = None,
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.engagement_invitation_summaries = engagement_invitation_summaries  # type: ignore[assignment]
        self.next_token = next_token


class OpportunityEngagementInvitationSort(_Structure):
    """Defines sorting options for retrieving Engagement Invitations. Sorting can be done based
    on various criteria like the invitation date or status.

    Attributes:
        sort_order: Defines the order in which the Engagement Invitations are sorted.
            Required.
        sort_by: Specifies the field by which the Engagement Invitations are sorted.
            Required.
    """

    __module__ = __package__
    __slots__ = (
        "sort_order",
        "sort_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "SortOrder",
            "SortBy",
        )
    )
    _REQUIRED = (
        "SortOrder",
        "SortBy",
    )
    _CODECS = _CODEC_MODULE

    sort_order: SortOrder | str
    sort_by: OpportunityEngagementInvitationSortName | str

    def __init__(
        self,
        *,
        sort_order: SortOrder | _types.SortOrderValue,
        sort_by: (
            OpportunityEngagementInvitationSortName
            | _types.OpportunityEngagementInvitationSortNameValue
        ),
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by
