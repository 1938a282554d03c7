"""Partner Central sends an event to the default EventBridge event bus of the partner's
account, in the US East (N. Virginia) Region `us-east-1`, when an opportunity is
created or changed and when an engagement or engagement invitation changes. React to
them instead of polling the API: an EventBridge rule matches the events you want
(`event_pattern()` writes its pattern) and sends them to a target such as an AWS
Lambda function (`EventRouter` is its handler) or an SQS queue. Each event says what
changed and names it; fetch the current state with the client.

- `parse_event()` reads an event (a dict or its JSON text) into its class below, an
  `UnknownEvent` for a type this client does not know; `to_dict()` gives the event
  back as it came.
- `EventRouter` calls your handler of each event type: it is the AWS Lambda handler,
  for events delivered directly, in a list or through SQS.
- `event_pattern()` writes the pattern of an EventBridge rule for chosen types.
- `EventParseError` is raised for what is not an event of the service; its `path`
  names the field.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Mapping as _Mapping
from typing import Any as _Any
from collections.abc import Iterable as _Iterable

from typed_aws_runtime.eventbridge import pattern as _pattern
from typed_aws_runtime.eventbridge import record as _record
from typed_aws_runtime.eventbridge import router as _router
from typed_aws_runtime.eventbridge.record import Event, EventObject, UnknownEvent
from typed_aws_runtime.exceptions import EventParseError

from . import enums as _enums

if _typing.TYPE_CHECKING:
    from .enums import (
        EngagementContextType,
        EngagementInvitationPayloadType,
        ParticipantType,
        ResourceType,
    )

__all__ = [
    "SOURCE",
    "AnyEvent",
    "Event",
    "EventObject",
    "EventParseError",
    "EventRouter",
    "UnknownEvent",
    "event_pattern",
    "parse_event",
    "OpportunityCreated",
    "OpportunityUpdated",
    "EngagementInvitationCreated",
    "EngagementInvitationAccepted",
    "EngagementInvitationRejected",
    "EngagementInvitationExpired",
    "EngagementCreated",
    "EngagementUpdated",
    "EngagementMemberAdded",
    "EngagementResourceSnapshotCreated",
    "OpportunityReference",
    "OpportunityEventDetail",
    "EngagementInvitationReference",
    "EngagementInvitationEventDetail",
    "CreatedEngagement",
    "EngagementCreatedDetail",
    "UpdatedEngagement",
    "EngagementUpdatedDetail",
    "EngagementReference",
    "AddedEngagementMember",
    "EngagementMemberAddedDetail",
    "ResourceSnapshotReference",
    "ResourceSnapshotEventDetail",
]

SOURCE: _typing.Final = "aws.partnercentral-selling"
"""The `source` of every event of the Partner Central Selling API."""


class OpportunityReference(EventObject):
    """The opportunity an event is about (fetch it with `get_opportunity`).

    Attributes:
        identifier: The opportunity's identifier (`O` and digits). Required.
        extra: Fields of the JSON object this client does not know, kept.
    """

    __slots__ = ("identifier",)
    _FIELDS = (_record.Field("identifier", "identifier", _record.TEXT, True),)
    identifier: str

    def __init__(
        self,
        *,
        identifier: str,
        extra: _Mapping[str, _Any] | None = None,
    ) -> None:
        # Not super(): a field may be named like any builtin (the parameters shadow them).
        _record.EventObject.__init__(self, extra)
        self.identifier = identifier


class OpportunityEventDetail(EventObject):
    """What an opportunity event says: which opportunity of which catalog.

    Attributes:
        schema_version: The version of the detail's format (`1` and `1.0` so far; absent
            from some events).
        catalog: The catalog of the event: `AWS` for real work, `Sandbox` for tests.
            Required.
        opportunity: The opportunity created or updated. Required.
        extra: Fields of the JSON object this client does not know, kept.
    """

    __slots__ = (
        "schema_version",
        "catalog",
        "opportunity",
    )
    _FIELDS = (
        _record.Field("schemaVersion", "schema_version", _record.TEXT),
        _record.Field("catalog", "catalog", _record.TEXT, True),
        _record.Field("opportunity", "opportunity", _record.ObjectOf(OpportunityReference), True),
    )
    schema_version: str | None
    catalog: str
    opportunity: OpportunityReference

    def __init__(
        self,
        *,
        catalog: str,
        opportunity: OpportunityReference,
        schema_version: str | None = None,
        extra: _Mapping[str, _Any] | None = None,
    ) -> None:
        # Not super(): a field may be named like any builtin (the parameters shadow them).
        _record.EventObject.__init__(self, extra)
        self.schema_version = schema_version
        self.catalog = catalog
        self.opportunity = opportunity


class EngagementInvitationReference(EventObject):
    """The invitation an event is about (fetch it with `get_engagement_invitation`).

    Attributes:
        arn: The invitation's ARN. Required.
        id: The invitation's identifier (`engi-` and 13 characters). Required.
        engagement_id: The identifier of the engagement the invitation is to.
        sender_account_id: The AWS account that sent the invitation.
        receiver_account_id: The AWS account the invitation is for.
        sender_company_name: The name of the company that sent the invitation (in
            Engagement Invitation Created events).
        expiration_date: When the invitation expires, as ISO 8601 text (in Engagement
            Invitation Created events).
        participant_type: The role of the account the event went to: `SENDER` or
            `RECEIVER`.
        payload_type: What the invitation carries: an opportunity or a lead, for
            example.
        extra: Fields of the JSON object this client does not know, kept.
    """

    __slots__ = (
        "arn",
        "id",
        "engagement_id",
        "sender_account_id",
        "receiver_account_id",
        "sender_company_name",
        "expiration_date",
        "participant_type",
        "payload_type",
    )
    _FIELDS = (
        _record.Field("arn", "arn", _record.TEXT, True),
        _record.Field("id", "id", _record.TEXT, True),
        _record.Field("engagementId", "engagement_id", _record.TEXT),
        _record.Field("senderAccountId", "sender_account_id", _record.TEXT),
        _record.Field("receiverAccountId", "receiver_account_id", _record.TEXT),
        _record.Field("senderCompanyName", "sender_company_name", _record.TEXT),
        _record.Field("expirationDate", "expiration_date", _record.TEXT),
        _record.Field(
            "participantType", "participant_type", _record.OpenEnum(_enums, "ParticipantType")
        ),
        _record.Field(
            "payloadType",
            "payload_type",
            _record.OpenEnum(_enums, "EngagementInvitationPayloadType"),
        ),
    )
    arn: str
    id: str
    engagement_id: str | None
    sender_account_id: str | None
    receiver_account_id: str | None
    sender_company_name: str | None
    expiration_date: str | None
    participant_type: ParticipantType | str | None
    payload_type: EngagementInvitationPayloadType | str | None

    def __init__(
        self,
        *,
        arn: str,
        id: str,
        engagement_id: str | None = None,
        sender_account_id: str | None = None,
        receiver_account_id: str | None = None,
        sender_company_name: str | None = None,
        expiration_date: str | None = None,
        participant_type: ParticipantType | str | None = None,
        payload_type: EngagementInvitationPayloadType | str | None = None,
        extra: _Mapping[str, _Any] | None = None,
    ) -> None:
        # Not super(): a field may be named like any builtin (the parameters shadow them).
        _record.EventObject.__init__(self, extra)
        self.arn = arn
        self.id = id
        self.engagement_id = engagement_id
        self.sender_account_id = sender_account_id
        self.receiver_account_id = receiver_account_id
        self.sender_company_name = sender_company_name
        self.expiration_date = expiration_date
        self.participant_type = participant_type
        self.payload_type = payload_type


class EngagementInvitationEventDetail(EventObject):
    """What an engagement invitation event says: which invitation of which catalog.

    Attributes:
        schema_version: The version of the detail's format (`1` and `1.0` so far; absent
            from some events).
        catalog: The catalog of the event: `AWS` for real work, `Sandbox` for tests.
            Required.
        engagement_invitation: The invitation. Required.
        extra: Fields of the JSON object this client does not know, kept.
    """

    __slots__ = (
        "schema_version",
        "catalog",
        "engagement_invitation",
    )
    _FIELDS = (
        _record.Field("schemaVersion", "schema_version", _record.TEXT),
        _record.Field("catalog", "catalog", _record.TEXT, True),
        _record.Field(
            "engagementInvitation",
            "engagement_invitation",
            _record.ObjectOf(EngagementInvitationReference),
            True,
        ),
    )
    schema_version: str | None
    catalog: str
    engagement_invitation: EngagementInvitationReference

    def __init__(
        self,
        *,
        catalog: str,
        engagement_invitation: EngagementInvitationReference,
        schema_version: str | None = None,
        extra: _Mapping[str, _Any] | None = None,
    ) -> None:
        # Not super(): a field may be named like any builtin (the parameters shadow them).
        _record.EventObject.__init__(self, extra)
        self.schema_version = schema_version
        self.catalog = catalog
        self.engagement_invitation = engagement_invitation


class CreatedEngagement(EventObject):
    """The engagement created (fetch it with `get_engagement`).

    Attributes:
        engagement_arn: The engagement's ARN.
        engagement_id: The engagement's identifier (`eng-` and 14 characters). Required.
        created_at: When the engagement was created.
        created_by: Who created it: an AWS account, or `aws`.
        context_types: The kinds of context the engagement has.
        extra: Fields of the JSON object this client does not know, kept.
    """

    __slots__ = (
        "engagement_arn",
        "engagement_id",
        "created_at",
        "created_by",
        "context_types",
    )
    _FIELDS = (
        _record.Field("engagementArn", "engagement_arn", _record.TEXT),
        _record.Field("engagementId", "engagement_id", _record.TEXT, True),
        _record.Field("CreatedAt", "created_at", _record.TIMESTAMP),
        _record.Field("CreatedBy", "created_by", _record.TEXT),
        _record.Field(
            "ContextTypes",
            "context_types",
            _record.ListOf(_record.OpenEnum(_enums, "EngagementContextType")),
        ),
    )
    engagement_arn: str | None
    engagement_id: str
    created_at: _dt.datetime | None
    created_by: str | None
    context_types: list[EngagementContextType | str] | None

    def __init__(
        self,
        *,
        engagement_id: str,
        engagement_arn: str | None = None,
        created_at: _dt.datetime | None = None,
        created_by: str | None = None,
        context_types: list[EngagementContextType | str] | None = None,
        extra: _Mapping[str, _Any] | None = None,
    ) -> None:
        # Not super(): a field may be named like any builtin (the parameters shadow them).
        _record.EventObject.__init__(self, extra)
        self.engagement_arn = engagement_arn
        self.engagement_id = engagement_id
        self.created_at = created_at
        self.created_by = created_by
        self.context_types = context_types


class EngagementCreatedDetail(EventObject):
    """What an Engagement Created event says.

    Attributes:
        schema_version: The version of the detail's format (`1` and `1.0` so far; absent
            from some events).
        catalog: The catalog of the event: `AWS` for real work, `Sandbox` for tests.
            Required.
        engagement: The engagement created. Required.
        extra: Fields of the JSON object this client does not know, kept.
    """

    __slots__ = (
        "schema_version",
        "catalog",
        "engagement",
    )
    _FIELDS = (
        _record.Field("schemaVersion", "schema_version", _record.TEXT),
        _record.Field("catalog", "catalog", _record.TEXT, True),
        _record.Field("engagement", "engagement", _record.ObjectOf(CreatedEngagement), True),
    )
    schema_version: str | None
    catalog: str
    engagement: CreatedEngagement

    def __init__(
        self,
        *,
        catalog: str,
        engagement: CreatedEngagement,
        schema_version: str | None = None,
        extra: _Mapping[str, _Any] | None = None,
    ) -> None:
        # Not super(): a field may be named like any builtin (the parameters shadow them).
        _record.EventObject.__init__(self, extra)
        self.schema_version = schema_version
        self.catalog = catalog
        self.engagement = engagement


class UpdatedEngagement(EventObject):
    """The engagement updated (fetch it with `get_engagement`).

    Attributes:
        engagement_arn: The engagement's ARN.
        engagement_id: The engagement's identifier (`eng-` and 14 characters). Required.
        last_modified_at: When the engagement was last modified.
        last_modified_by: Who modified it: an AWS account, or `aws`.
        context_types: The kinds of context the engagement has.
        extra: Fields of the JSON object this client does not know, kept.
    """

    __slots__ = (
        "engagement_arn",
        "engagement_id",
        "last_modified_at",
        "last_modified_by",
        "context_types",
    )
    _FIELDS = (
        _record.Field("engagementArn", "engagement_arn", _record.TEXT),
        _record.Field("engagementId", "engagement_id", _record.TEXT, True),
        _record.Field("LastModifiedAt", "last_modified_at", _record.TIMESTAMP),
        _record.Field("LastModifiedBy", "last_modified_by", _record.TEXT),
        _record.Field(
            "ContextTypes",
            "context_types",
            _record.ListOf(_record.OpenEnum(_enums, "EngagementContextType")),
        ),
    )
    engagement_arn: str | None
    engagement_id: str
    last_modified_at: _dt.datetime | None
    last_modified_by: str | None
    context_types: list[EngagementContextType | str] | None

    def __init__(
        self,
        *,
        engagement_id: str,
        engagement_arn: str | None = None,
        last_modified_at: _dt.datetime | None = None,
        last_modified_by: str | None = None,
        context_types: list[EngagementContextType | str] | None = None,
        extra: _Mapping[str, _Any] | None = None,
    ) -> None:
        # Not super(): a field may be named like any builtin (the parameters shadow them).
        _record.EventObject.__init__(self, extra)
        self.engagement_arn = engagement_arn
        self.engagement_id = engagement_id
        self.last_modified_at = last_modified_at
        self.last_modified_by = last_modified_by
        self.context_types = context_types


class EngagementUpdatedDetail(EventObject):
    """What an Engagement Updated event says.

    Attributes:
        schema_version: The version of the detail's format (`1` and `1.0` so far; absent
            from some events).
        catalog: The catalog of the event: `AWS` for real work, `Sandbox` for tests.
            Required.
        engagement: The engagement updated. Required.
        extra: Fields of the JSON object this client does not know, kept.
    """

    __slots__ = (
        "schema_version",
        "catalog",
        "engagement",
    )
    _FIELDS = (
        _record.Field("schemaVersion", "schema_version", _record.TEXT),
        _record.Field("catalog", "catalog", _record.TEXT, True),
        _record.Field("engagement", "engagement", _record.ObjectOf(UpdatedEngagement), True),
    )
    schema_version: str | None
    catalog: str
    engagement: UpdatedEngagement

    def __init__(
        self,
        *,
        catalog: str,
        engagement: UpdatedEngagement,
        schema_version: str | None = None,
        extra: _Mapping[str, _Any] | None = None,
    ) -> None:
        # Not super(): a field may be named like any builtin (the parameters shadow them).
        _record.EventObject.__init__(self, extra)
        self.schema_version = schema_version
        self.catalog = catalog
        self.engagement = engagement


class EngagementReference(EventObject):
    """The engagement an event is about (fetch it with `get_engagement`).

    Attributes:
        id: The engagement's identifier (`eng-` and 14 characters). Required.
        extra: Fields of the JSON object this client does not know, kept.
    """

    __slots__ = ("id",)
    _FIELDS = (_record.Field("id", "id", _record.TEXT, True),)
    id: str

    def __init__(
        self,
        *,
        id: str,
        extra: _Mapping[str, _Any] | None = None,
    ) -> None:
        # Not super(): a field may be named like any builtin (the parameters shadow them).
        _record.EventObject.__init__(self, extra)
        self.id = id


class AddedEngagementMember(EventObject):
    """A member that joined an engagement.

    Attributes:
        account_id: The member's AWS account.
        company_name: The member's company name.
        extra: Fields of the JSON object this client does not know, kept.
    """

    __slots__ = (
        "account_id",
        "company_name",
    )
    _FIELDS = (
        _record.Field("accountId", "account_id", _record.TEXT),
        _record.Field("companyName", "company_name", _record.TEXT),
    )
    account_id: str | None
    company_name: str | None

    def __init__(
        self,
        *,
        account_id: str | None = None,
        company_name: str | None = None,
        extra: _Mapping[str, _Any] | None = None,
    ) -> None:
        # Not super(): a field may be named like any builtin (the parameters shadow them).
        _record.EventObject.__init__(self, extra)
        self.account_id = account_id
        self.company_name = company_name


class EngagementMemberAddedDetail(EventObject):
    """What an Engagement Member Added event says: the engagement and its new member.

    Attributes:
        schema_version: The version of the detail's format (`1` and `1.0` so far; absent
            from some events).
        catalog: The catalog of the event: `AWS` for real work, `Sandbox` for tests.
            Required.
        engagement: The engagement joined. Required.
        engagement_member: The member that joined.
        extra: Fields of the JSON object this client does not know, kept.
    """

    __slots__ = (
        "schema_version",
        "catalog",
        "engagement",
        "engagement_member",
    )
    _FIELDS = (
        _record.Field("schemaVersion", "schema_version", _record.TEXT),
        _record.Field("catalog", "catalog", _record.TEXT, True),
        _record.Field("engagement", "engagement", _record.ObjectOf(EngagementReference), True),
        _record.Field(
            "engagementMember", "engagement_member", _record.ObjectOf(AddedEngagementMember)
        ),
    )
    schema_version: str | None
    catalog: str
    engagement: EngagementReference
    engagement_member: AddedEngagementMember | None

    def __init__(
        self,
        *,
        catalog: str,
        engagement: EngagementReference,
        schema_version: str | None = None,
        engagement_member: AddedEngagementMember | None = None,
        extra: _Mapping[str, _Any] | None = None,
    ) -> None:
        # Not super(): a field may be named like any builtin (the parameters shadow them).
        _record.EventObject.__init__(self, extra)
        self.schema_version = schema_version
        self.catalog = catalog
        self.engagement = engagement
        self.engagement_member = engagement_member


class ResourceSnapshotReference(EventObject):
    """The snapshot an event is about (fetch it with `get_resource_snapshot`).

    Attributes:
        arn: The snapshot's ARN; it names the template and the revision. Required.
        engagement_id: The engagement the resource belongs to. Required.
        resource_type: The kind of resource: `Opportunity`. Required.
        resource_id: The resource's identifier (an opportunity's, for example).
            Required.
        created_by: The AWS account that created the snapshot.
        target_member_accounts: The accounts the snapshot is shared with.
        resource_snapshot_template_name: The template that chose the snapshot's content.
        extra: Fields of the JSON object this client does not know, kept.
    """

    __slots__ = (
        "arn",
        "engagement_id",
        "resource_type",
        "resource_id",
        "created_by",
        "target_member_accounts",
        "resource_snapshot_template_name",
    )
    _FIELDS = (
        _record.Field("arn", "arn", _record.TEXT, True),
        _record.Field("engagementId", "engagement_id", _record.TEXT, True),
        _record.Field(
            "resourceType", "resource_type", _record.OpenEnum(_enums, "ResourceType"), True
        ),
        _record.Field("resourceId", "resource_id", _record.TEXT, True),
        _record.Field("createdBy", "created_by", _record.TEXT),
        _record.Field(
            "targetMemberAccounts", "target_member_accounts", _record.ListOf(_record.TEXT)
        ),
        _record.Field(
            "resourceSnapshotTemplateName", "resource_snapshot_template_name", _record.TEXT
        ),
    )
    arn: str
    engagement_id: str
    resource_type: ResourceType | str
    resource_id: str
    created_by: str | None
    target_member_accounts: list[str] | None
    resource_snapshot_template_name: str | None

    def __init__(
        self,
        *,
        arn: str,
        engagement_id: str,
        resource_type: ResourceType | str,
        resource_id: str,
        created_by: str | None = None,
        target_member_accounts: list[str] | None = None,
        resource_snapshot_template_name: str | None = None,
        extra: _Mapping[str, _Any] | None = None,
    ) -> None:
        # Not super(): a field may be named like any builtin (the parameters shadow them).
        _record.EventObject.__init__(self, extra)
        self.arn = arn
        self.engagement_id = engagement_id
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.created_by = created_by
        self.target_member_accounts = target_member_accounts
        self.resource_snapshot_template_name = resource_snapshot_template_name


class ResourceSnapshotEventDetail(EventObject):
    """What an Engagement Resource Snapshot Created event says.

    Attributes:
        schema_version: The version of the detail's format (`1` and `1.0` so far; absent
            from some events).
        catalog: The catalog of the event: `AWS` for real work, `Sandbox` for tests.
            Required.
        resource_snapshot: The snapshot created. Required.
        extra: Fields of the JSON object this client does not know, kept.
    """

    __slots__ = (
        "schema_version",
        "catalog",
        "resource_snapshot",
    )
    _FIELDS = (
        _record.Field("schemaVersion", "schema_version", _record.TEXT),
        _record.Field("catalog", "catalog", _record.TEXT, True),
        _record.Field(
            "resourceSnapshot",
            "resource_snapshot",
            _record.ObjectOf(ResourceSnapshotReference),
            True,
        ),
    )
    schema_version: str | None
    catalog: str
    resource_snapshot: ResourceSnapshotReference

    def __init__(
        self,
        *,
        catalog: str,
        resource_snapshot: ResourceSnapshotReference,
        schema_version: str | None = None,
        extra: _Mapping[str, _Any] | None = None,
    ) -> None:
        # Not super(): a field may be named like any builtin (the parameters shadow them).
        _record.EventObject.__init__(self, extra)
        self.schema_version = schema_version
        self.catalog = catalog
        self.resource_snapshot = resource_snapshot


class OpportunityCreated(Event[OpportunityEventDetail]):
    """An opportunity was created.

    `detail_type`: `Opportunity Created`; `detail`: `OpportunityEventDetail`; the
    envelope's attributes (`id`, `time`, `account`, `region`, `resources`, `source`,
    `version`, `extra`) are every `Event`'s.

    Example:

    ```json
    {
      "version": "1",
      "id": "01234567-0123-0123-0123-0123456789ab",
      "source": "aws.partnercentral-selling",
      "detail-type": "Opportunity Created",
      "time": "2023-04-16T15:23:45Z",
      "region": "us-east-1",
      "account": "123456789012",
      "detail": {
        "schemaVersion": "1",
        "catalog": "AWS",
        "opportunity": {
          "identifier": "O1234567"
        }
      }
    }
    ```
    """

    __slots__ = ()
    SOURCE: _typing.ClassVar[str] = SOURCE
    DETAIL_TYPE: _typing.ClassVar[str] = "Opportunity Created"
    _FIELDS = _record.envelope(OpportunityEventDetail)


class OpportunityUpdated(Event[OpportunityEventDetail]):
    """An opportunity, or the AWS Opportunity Summary of one, was updated.

    `detail_type`: `Opportunity Updated`; `detail`: `OpportunityEventDetail`; the
    envelope's attributes (`id`, `time`, `account`, `region`, `resources`, `source`,
    `version`, `extra`) are every `Event`'s.

    Example:

    ```json
    {
      "version": "1",
      "id": "01234567-0123-0123-0123-0123456789ab",
      "source": "aws.partnercentral-selling",
      "detail-type": "Opportunity Updated",
      "time": "2023-04-16T15:23:45Z",
      "region": "us-east-1",
      "account": "123456789012",
      "detail": {
        "schemaVersion": "1",
        "catalog": "AWS",
        "opportunity": {
          "identifier": "O1234567"
        }
      }
    }
    ```
    """

    __slots__ = ()
    SOURCE: _typing.ClassVar[str] = SOURCE
    DETAIL_TYPE: _typing.ClassVar[str] = "Opportunity Updated"
    _FIELDS = _record.envelope(OpportunityEventDetail)


class EngagementInvitationCreated(Event[EngagementInvitationEventDetail]):
    """An engagement invitation (an AWS referral, for example) was sent to the partner.

    `detail_type`: `Engagement Invitation Created`; `detail`:
    `EngagementInvitationEventDetail`; the envelope's attributes (`id`, `time`,
    `account`, `region`, `resources`, `source`, `version`, `extra`) are every `Event`'s.

    Example:

    ```json
    {
      "version": "0",
      "id": "01234567-0123-0123-0123-0123456789ab",
      "detail-type": "Engagement Invitation Created",
      "source": "aws.partnercentral-selling",
      "account": "123456789012",
      "time": "2023-04-15T12:34:56Z",
      "region": "us-east-1",
      "resources": [
        "arn:aws:partnercentral:us-east-1::catalog/AWS/engagement-invitation/engi-v7p8z56whnauo"
      ],
      "detail": {
        "catalog": "AWS",
        "engagementInvitation": {
          "arn":
            "arn:aws:partnercentral:us-east-1::catalog/AWS/engagement-invitation/engi-v7p8z56whnauo",
          "id": "engi-v7p8z56whnauo",
          "engagementId": "eng-12345678901234",
          "senderAccountId": "111122223333",
          "receiverAccountId": "123456789012",
          "senderCompanyName": "AnyCompany",
          "expirationDate": "2023-05-15T12:34:56.123456789Z",
          "participantType": "RECEIVER",
          "payloadType": "LeadInvitation"
        }
      }
    }
    ```
    """

    __slots__ = ()
    SOURCE: _typing.ClassVar[str] = SOURCE
    DETAIL_TYPE: _typing.ClassVar[str] = "Engagement Invitation Created"
    _FIELDS = _record.envelope(EngagementInvitationEventDetail)


class EngagementInvitationAccepted(Event[EngagementInvitationEventDetail]):
    """An engagement invitation was accepted.

    `detail_type`: `Engagement Invitation Accepted`; `detail`:
    `EngagementInvitationEventDetail`; the envelope's attributes (`id`, `time`,
    `account`, `region`, `resources`, `source`, `version`, `extra`) are every `Event`'s.

    Example:

    ```json
    {
      "version": "0",
      "id": "01234567-0123-0123-0123-0123456789ab",
      "detail-type": "Engagement Invitation Accepted",
      "source": "aws.partnercentral-selling",
      "account": "123456789012",
      "time": "2023-04-16T15:23:45Z",
      "region": "us-east-1",
      "resources": [
        "arn:aws:partnercentral:us-east-1::catalog/AWS/engagement-invitation/engi-v7p8z56whnauo"
      ],
      "detail": {
        "catalog": "AWS",
        "engagementInvitation": {
          "arn":
            "arn:aws:partnercentral:us-east-1::catalog/AWS/engagement-invitation/engi-v7p8z56whnauo",
          "id": "engi-v7p8z56whnauo",
          "engagementId": "eng-12356whnauo",
          "participantType": "RECEIVER",
          "senderAccountId": "111122223333",
          "receiverAccountId": "123456789012",
          "payloadType": "LeadInvitation"
        }
      }
    }
    ```
    """

    __slots__ = ()
    SOURCE: _typing.ClassVar[str] = SOURCE
    DETAIL_TYPE: _typing.ClassVar[str] = "Engagement Invitation Accepted"
    _FIELDS = _record.envelope(EngagementInvitationEventDetail)


class EngagementInvitationRejected(Event[EngagementInvitationEventDetail]):
    """An engagement invitation was rejected.

    `detail_type`: `Engagement Invitation Rejected`; `detail`:
    `EngagementInvitationEventDetail`; the envelope's attributes (`id`, `time`,
    `account`, `region`, `resources`, `source`, `version`, `extra`) are every `Event`'s.

    Example:

    ```json
    {
      "version": "0",
      "id": "01234567-0123-0123-0123-0123456789ab",
      "detail-type": "Engagement Invitation Rejected",
      "source": "aws.partnercentral-selling",
      "account": "123456789012",
      "time": "2023-04-17T09:48:27Z",
      "region": "us-east-1",
      "resources": [
        "arn:aws:partnercentral:us-east-1::catalog/AWS/engagement-invitation/engi-v7p8z56whnauo"
      ],
      "detail": {
        "catalog": "AWS",
        "engagementInvitation": {
          "arn":
            "arn:aws:partnercentral:us-east-1::catalog/AWS/engagement-invitation/engi-v7p8z56whnauo",
          "id": "engi-v7p8z56whnauo",
          "engagementId": "eng-12356whnauo",
          "participantType": "RECEIVER",
          "senderAccountId": "111122223333",
          "receiverAccountId": "123456789012",
          "payloadType": "LeadInvitation"
        }
      }
    }
    ```
    """

    __slots__ = ()
    SOURCE: _typing.ClassVar[str] = SOURCE
    DETAIL_TYPE: _typing.ClassVar[str] = "Engagement Invitation Rejected"
    _FIELDS = _record.envelope(EngagementInvitationEventDetail)


class EngagementInvitationExpired(Event[EngagementInvitationEventDetail]):
    """An engagement invitation expired before it was answered.

    `detail_type`: `Engagement Invitation Expired`; `detail`:
    `EngagementInvitationEventDetail`; the envelope's attributes (`id`, `time`,
    `account`, `region`, `resources`, `source`, `version`, `extra`) are every `Event`'s.

    Example:

    ```json
    {
      "version": "0",
      "id": "01234567-0123-0123-0123-0123456789ab",
      "detail-type": "Engagement Invitation Expired",
      "source": "aws.partnercentral-selling",
      "account": "123456789012",
      "time": "2023-04-18T18:20:15Z",
      "region": "us-east-1",
      "resources": [
        "arn:aws:partnercentral:us-east-1::catalog/AWS/engagement-invitation/engi-v7p8z56whnauo"
      ],
      "detail": {
        "catalog": "AWS",
        "engagementInvitation": {
          "arn":
            "arn:aws:partnercentral:us-east-1::catalog/AWS/engagement-invitation/engi-v7p8z56whnauo",
          "id": "engi-v7p8z56whnauo",
          "engagementId": "eng-12356whnauo",
          "participantType": "RECEIVER",
          "senderAccountId": "111122223333",
          "receiverAccountId": "123456789012",
          "payloadType": "LeadInvitation"
        }
      }
    }
    ```
    """

    __slots__ = ()
    SOURCE: _typing.ClassVar[str] = SOURCE
    DETAIL_TYPE: _typing.ClassVar[str] = "Engagement Invitation Expired"
    _FIELDS = _record.envelope(EngagementInvitationEventDetail)


class EngagementCreated(Event[EngagementCreatedDetail]):
    """An engagement was created.

    `detail_type`: `Engagement Created`; `detail`: `EngagementCreatedDetail`; the
    envelope's attributes (`id`, `time`, `account`, `region`, `resources`, `source`,
    `version`, `extra`) are every `Event`'s.

    Example:

    ```json
    {
      "version": "0",
      "id": "01234567-0123-0123-0123-0123456789ab",
      "detail-type": "Engagement Created",
      "source": "aws.partnercentral-selling",
      "account": "123456789012",
      "time": "2023-04-18T18:20:15Z",
      "region": "us-east-1",
      "resources": [
        "arn:aws:partnercentral:us-east-1::catalog/AWS/engagement/eng-567a1j5hxp35lo"
      ],
      "detail": {
        "catalog": "AWS",
        "engagement": {
          "engagementArn":
            "arn:aws:partnercentral:us-east-1::catalog/AWS/engagement/eng-567a1j5hxp35lo",
          "engagementId": "eng-567a1j5hxp35lo",
          "CreatedAt": "2023-04-18T18:20:15Z",
          "CreatedBy": "aws",
          "ContextTypes": [
            "Lead"
          ]
        }
      }
    }
    ```
    """

    __slots__ = ()
    SOURCE: _typing.ClassVar[str] = SOURCE
    DETAIL_TYPE: _typing.ClassVar[str] = "Engagement Created"
    _FIELDS = _record.envelope(EngagementCreatedDetail)


class EngagementUpdated(Event[EngagementUpdatedDetail]):
    """An engagement was updated.

    `detail_type`: `Engagement Updated`; `detail`: `EngagementUpdatedDetail`; the
    envelope's attributes (`id`, `time`, `account`, `region`, `resources`, `source`,
    `version`, `extra`) are every `Event`'s.

    Example:

    ```json
    {
      "version": "0",
      "id": "01234567-0123-0123-0123-0123456789ab",
      "detail-type": "Engagement Updated",
      "source": "aws.partnercentral-selling",
      "account": "123456789012",
      "time": "2023-04-18T18:20:15Z",
      "region": "us-east-1",
      "resources": [
        "arn:aws:partnercentral:us-east-1::catalog/AWS/engagement/eng-567a1j5hxp35lo"
      ],
      "detail": {
        "catalog": "AWS",
        "engagement": {
          "engagementArn":
            "arn:aws:partnercentral:us-east-1::catalog/AWS/engagement/eng-567a1j5hxp35lo",
          "engagementId": "eng-567a1j5hxp35lo",
          "LastModifiedAt": "2023-04-18T18:20:15Z",
          "LastModifiedBy": "aws",
          "ContextTypes": [
            "Lead",
            "CustomerProject"
          ]
        }
      }
    }
    ```
    """

    __slots__ = ()
    SOURCE: _typing.ClassVar[str] = SOURCE
    DETAIL_TYPE: _typing.ClassVar[str] = "Engagement Updated"
    _FIELDS = _record.envelope(EngagementUpdatedDetail)


class EngagementMemberAdded(Event[EngagementMemberAddedDetail]):
    """A member joined an engagement.

    `detail_type`: `Engagement Member Added`; `detail`: `EngagementMemberAddedDetail`;
    the envelope's attributes (`id`, `time`, `account`, `region`, `resources`, `source`,
    `version`, `extra`) are every `Event`'s.

    Example:

    ```json
    {
      "version": "0",
      "id": "01234567-0123-0123-0123-0123456789ab",
      "detail-type": "Engagement Member Added",
      "source": "aws.partnercentral-selling",
      "account": "123456789012",
      "time": "2023-04-16T15:23:45Z",
      "region": "us-east-1",
      "resources": [
        "arn:aws:partnercentral:us-east-1::catalog/AWS/engagement/eng-v7p8z56whnauo"
      ],
      "detail": {
        "catalog": "AWS",
        "engagement": {
          "id": "eng-v7p8z56whnauo"
        },
        "engagementMember": {
          "accountId": "111122223333",
          "companyName": "AnyCompany"
        }
      }
    }
    ```
    """

    __slots__ = ()
    SOURCE: _typing.ClassVar[str] = SOURCE
    DETAIL_TYPE: _typing.ClassVar[str] = "Engagement Member Added"
    _FIELDS = _record.envelope(EngagementMemberAddedDetail)


class EngagementResourceSnapshotCreated(Event[ResourceSnapshotEventDetail]):
    """A snapshot of an engagement's resource (an opportunity, for example) was created.
    Snapshots are how an engagement's members see a resource's state.

    `detail_type`: `Engagement Resource Snapshot Created`; `detail`:
    `ResourceSnapshotEventDetail`; the envelope's attributes (`id`, `time`, `account`,
    `region`, `resources`, `source`, `version`, `extra`) are every `Event`'s.

    Example:

    ```json
    {
      "version": "0",
      "id": "01234567-0123-0123-0123-0123456789ab",
      "detail-type": "Engagement Resource Snapshot Created",
      "source": "aws.partnercentral-selling",
      "account": "123456789012",
      "time": "2023-04-18T18:20:15Z",
      "region": "us-east-1",
      "resources": [
        "arn:aws:partnercentral:us-east-1::catalog/AWS/engagement/eng-v7p8z56whnauo"
      ],
      "detail": {
        "catalog": "AWS",
        "resourceSnapshot": {
          "arn":
            "arn:aws:partnercentral-selling:us-east-1::catalog/AWS/engagement/eng-v7p8z56whnauo/resource/Opportunity/o-12312/template/temp-name/snapshot/snapshot-19232",
          "engagementId": "eng-v7p8z56whnauo",
          "resourceType": "Opportunity",
          "resourceId": "O123211231",
          "createdBy": "123123123123",
          "targetMemberAccounts": [
            "123123123123",
            "aws"
          ],
          "resourceSnapshotTemplateName": "temp-name"
        }
      }
    }
    ```
    """

    __slots__ = ()
    SOURCE: _typing.ClassVar[str] = SOURCE
    DETAIL_TYPE: _typing.ClassVar[str] = "Engagement Resource Snapshot Created"
    _FIELDS = _record.envelope(ResourceSnapshotEventDetail)


AnyEvent: _typing.TypeAlias = (
    OpportunityCreated
    | OpportunityUpdated
    | EngagementInvitationCreated
    | EngagementInvitationAccepted
    | EngagementInvitationRejected
    | EngagementInvitationExpired
    | EngagementCreated
    | EngagementUpdated
    | EngagementMemberAdded
    | EngagementResourceSnapshotCreated
    | UnknownEvent
)
"""Every event `parse_event()` gives: one of the classes above, or `UnknownEvent`."""

_TYPES: dict[str, type[Event[_Any]]] = {
    OpportunityCreated.DETAIL_TYPE: OpportunityCreated,
    OpportunityUpdated.DETAIL_TYPE: OpportunityUpdated,
    EngagementInvitationCreated.DETAIL_TYPE: EngagementInvitationCreated,
    EngagementInvitationAccepted.DETAIL_TYPE: EngagementInvitationAccepted,
    EngagementInvitationRejected.DETAIL_TYPE: EngagementInvitationRejected,
    EngagementInvitationExpired.DETAIL_TYPE: EngagementInvitationExpired,
    EngagementCreated.DETAIL_TYPE: EngagementCreated,
    EngagementUpdated.DETAIL_TYPE: EngagementUpdated,
    EngagementMemberAdded.DETAIL_TYPE: EngagementMemberAdded,
    EngagementResourceSnapshotCreated.DETAIL_TYPE: EngagementResourceSnapshotCreated,
}


def parse_event(event: _Mapping[str, _Any] | str | bytes) -> AnyEvent:
    """The event `event` (a dict, or its JSON text) as its class.

    A `detail-type` this client does not know gives an `UnknownEvent` holding the whole
    event, and fields it does not know are kept in each object's `extra`: `to_dict()`
    gives back the event as it came.

    Raises:
        EventParseError: `event` is not JSON, not an object, not an event of this
            service (`source`), or a field is missing or of the wrong type; its `path`
            names the field (`detail.x.y`).
    """
    return _typing.cast("AnyEvent", _record.parse(event, SOURCE, _TYPES))


def event_pattern(
    *event_types: type[Event[_Any]],
    catalogs: str | _Iterable[str] | None = None,
) -> dict[str, _Any]:
    """The event pattern of an EventBridge rule matching these events of the service.

    Args:
        event_types: The event classes to match; none: every type.
        catalogs: Only events of these catalogs (`AWS`, `Sandbox`). One value or
            several; None: any.

    Returns:
        dict[str, Any]: the pattern (`source`, `detail-type`, `detail`); `json.dumps()` it
        for the rule's `EventPattern`.
    """
    return _pattern.rule_pattern(
        SOURCE,
        event_types,
        {
            "catalog": catalogs,
        },
    )


class EventRouter(_router.EventRouter):
    """Calls your handler of each event type; use it as the AWS Lambda function's handler.

    `@router.on(SomeEvent)` (or several types) registers a handler, `@router.fallback`
    one for every other event. `router(event, context)` takes an event, a list of
    events or an SQS batch and returns the handler's result, the list of results, or
    `{"batchItemFailures": [...]}` naming the SQS messages that failed.
    """

    _SOURCE = SOURCE
    _TYPES = _TYPES
