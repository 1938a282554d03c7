"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ReasonCode(_OpenEnum):
    """A code that identifies the reason that a task failed."""

    __module__ = __package__
    INVITATIONACCESSDENIED = "InvitationAccessDenied"
    INVITATIONVALIDATIONFAILED = "InvitationValidationFailed"
    ENGAGEMENTACCESSDENIED = "EngagementAccessDenied"
    OPPORTUNITYACCESSDENIED = "OpportunityAccessDenied"
    RESOURCESNAPSHOTJOBACCESSDENIED = "ResourceSnapshotJobAccessDenied"
    RESOURCESNAPSHOTJOBVALIDATIONFAILED = "ResourceSnapshotJobValidationFailed"
    RESOURCESNAPSHOTJOBCONFLICT = "ResourceSnapshotJobConflict"
    ENGAGEMENTVALIDATIONFAILED = "EngagementValidationFailed"
    ENGAGEMENTCONFLICT = "EngagementConflict"
    OPPORTUNITYSUBMISSIONFAILED = "OpportunitySubmissionFailed"
    ENGAGEMENTINVITATIONCONFLICT = "EngagementInvitationConflict"
    INTERNALERROR = "InternalError"
    OPPORTUNITYVALIDATIONFAILED = "OpportunityValidationFailed"
    OPPORTUNITYCONFLICT = "OpportunityConflict"
    RESOURCESNAPSHOTACCESSDENIED = "ResourceSnapshotAccessDenied"
    RESOURCESNAPSHOTVALIDATIONFAILED = "ResourceSnapshotValidationFailed"
    RESOURCESNAPSHOTCONFLICT = "ResourceSnapshotConflict"
    SERVICEQUOTAEXCEEDED = "ServiceQuotaExceeded"
    REQUESTTHROTTLED = "RequestThrottled"
    CONTEXTNOTFOUND = "ContextNotFound"
    CUSTOMERPROJECTCONTEXTNOTPERMITTED = "CustomerProjectContextNotPermitted"
    DISQUALIFIEDLEADNOTPERMITTED = "DisqualifiedLeadNotPermitted"


class TaskStatus(_OpenEnum):
    """The status of a task. `IN_PROGRESS` means the task is still running, `COMPLETE` means it
    finished successfully, and `FAILED` means it encountered an error.
    """

    __module__ = __package__
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
