"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only StartEngagementFromOpportunityTask calls hold, imported on the first
use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ReasonCode,
        SalesInvolvementType,
        TaskStatus,
        Visibility,
    )
    from . import (
        Tag,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._start_engagement_from_opportunity_task"


class AwsSubmission(_Structure):
    """Indicates the level of AWS involvement in the opportunity. This field helps track AWS
    participation throughout the engagement, such as providing technical support, deal
    assistance, and sales support.

    Attributes:
        involvement_type: Specifies the type of AWS involvement in the opportunity, such
            as coselling, deal support, or... Required.
        visibility: Determines who can view AWS involvement in the opportunity.
    """

    __module__ = __package__
    __slots__ = (
        "involvement_type",
        "visibility",
    )
    _WIRE_NAMES = frozenset(
        (
            "InvolvementType",
            "Visibility",
        )
    )
    _REQUIRED = ("InvolvementType",)
    _CODECS = _CODEC_MODULE

    involvement_type: SalesInvolvementType | str
    visibility: Visibility | str | None

    def __init__(
        self,
        *,
        involvement_type: SalesInvolvementType | _types.SalesInvolvementTypeValue,
        visibility: Visibility | _types.VisibilityValue | None = None,
    ) -> None:
        self.involvement_type = involvement_type
        self.visibility = visibility


class StartEngagementFromOpportunityTaskRequest(_Structure):
    """Contains the request parameters for the `StartEngagementFromOpportunityTask` operation.

    Attributes:
        catalog: Specifies the catalog in which the engagement is tracked. Required.
        client_token: A unique token provided by the client to help ensure the
            idempotency of the request. Filled with a random UUID when omitted.
        identifier: The unique identifier of the opportunity from which the engagement
            task is to be initiated. Required.
        aws_submission: Specifies the level of AWS involvement for the opportunity.
            Required.
        tags: A map of the key-value pairs of the tag or tags to assign.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "client_token",
        "identifier",
        "aws_submission",
        "tags",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "Identifier",
            "AwsSubmission",
            "Tags",
        )
    )
    _REQUIRED = (
        "Catalog",
        "ClientToken",
        "Identifier",
        "AwsSubmission",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    client_token: str | None
    identifier: str
    aws_submission: AwsSubmission
    tags: _Sequence[Tag] | None

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        aws_submission: AwsSubmission,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.identifier = identifier
        self.aws_submission = aws_submission
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.tags = tags  # type: ignore[assignment]


class StartEngagementFromOpportunityTaskResponse(_Structure):
    """Contains the response that the `StartEngagementFromOpportunityTask` action returns.

    Attributes:
        task_id: The unique identifier of the task, used to track the task’s progress.
        task_arn: The Amazon Resource Name (ARN) of the task, used for tracking and
            managing the task within AWS.
        start_time: The timestamp indicating when the task was initiated.
        task_status: Indicates the current status of the task.
        message: If the task fails, this field contains a detailed message describing
            the failure and possible...
        reason_code: Indicates the reason for task failure using an enumerated code.
        opportunity_id: Returns the original opportunity identifier passed in the
            request, which is the unique identifier...
        resource_snapshot_job_id: The identifier of the resource snapshot job created to
            add the opportunity resource snapshot to...
        engagement_id: The identifier of the newly created Engagement.
        engagement_invitation_id: The identifier of the new Engagement invitation.
    """

    __module__ = __package__
    __slots__ = (
        "task_id",
        "task_arn",
        "start_time",
        "task_status",
        "message",
        "reason_code",
        "opportunity_id",
        "resource_snapshot_job_id",
        "engagement_id",
        "engagement_invitation_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskId",
            "TaskArn",
            "StartTime",
            "TaskStatus",
            "Message",
            "ReasonCode",
            "OpportunityId",
            "ResourceSnapshotJobId",
            "EngagementId",
            "EngagementInvitationId",
        )
    )
    _CODECS = _CODEC_MODULE

    task_id: str | None
    task_arn: str | None
    start_time: _dt.datetime | None
    task_status: TaskStatus | str | None
    message: str | None
    reason_code: ReasonCode | str | None
    opportunity_id: str | None
    resource_snapshot_job_id: str | None
    engagement_id: str | None
    engagement_invitation_id: str | None

    def __init__(
        self,
        *,
        task_id: str | None = None,
        task_arn: str | None = None,
        start_time: _dt.datetime | None = None,
        task_status: TaskStatus | _types.TaskStatusValue | None = None,
        message: str | None = None,
        reason_code: ReasonCode | _types.ReasonCodeValue | None = None,
        opportunity_id: str | None = None,
        resource_snapshot_job_id: str | None = None,
        engagement_id: str | None = None,
        engagement_invitation_id: str | None = None,
    ) -> None:
        self.task_id = task_id
        self.task_arn = task_arn
        self.start_time = start_time
        self.task_status = task_status
        self.message = message
        self.reason_code = reason_code
        self.opportunity_id = opportunity_id
        self.resource_snapshot_job_id = resource_snapshot_job_id
        self.engagement_id = engagement_id
        self.engagement_invitation_id = engagement_invitation_id
