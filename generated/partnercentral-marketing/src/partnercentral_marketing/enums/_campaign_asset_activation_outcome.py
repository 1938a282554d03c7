"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class CampaignAssetActivationStatus(_OpenEnum):
    """How ONE asset's activation is going, inside a task.

    Pairs with CampaignAssetActivationTaskStatus: that one is the aggregate, this one is a
    single asset's contribution to it. Partner Central names its task status per flow rather
    than sharing one, and this follows that.

    Deliberately NOT `AttemptStatus`, even though the three values coincide today.
    `AttemptStatus` is the **asset's own attempt** axis (`LastActivationStatus`); this is a
    **per-asset outcome inside a task resource**. Identical values do not make two things
    the same axis, and sharing one enum across unrelated axes means a value added for either
    appears in the SDK of both. A dedicated enum is additive and safe — do not "simplify"
    this back.
    """

    __module__ = __package__
    IN_PROGRESS = "IN_PROGRESS"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


class CampaignAssetActivationTaskStatus(_OpenEnum):
    """An activation task's status, aggregated over every asset it accepted.

    Pairs with CampaignAssetActivationStatus: this is the aggregate, that is one asset's
    contribution to it.
    """

    __module__ = __package__
    IN_PROGRESS = "IN_PROGRESS"
    SUCCEEDED = "SUCCEEDED"
    PARTIAL_FAILURE = "PARTIAL_FAILURE"
    FAILED = "FAILED"
