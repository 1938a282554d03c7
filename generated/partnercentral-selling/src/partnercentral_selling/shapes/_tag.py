"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateCustomerAccount, CreateOpportunity, CreateResourceSnapshotJob,
GetCustomerAccount, ListTagsForResource, SearchOpportunities,
StartEngagementByAcceptingInvitationTask, StartEngagementFromOpportunityTask,
StartOpportunityFromEngagementTask and TagResource calls hold, imported on the first
use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._tag"


class Tag(_Structure):
    """The key-value pair assigned to a specified resource.

    Attributes:
        key: The key in the tag. Required.
        value_: The value in the tag. Required.
    """

    __module__ = __package__
    __slots__ = (
        "key",
        "value_",
    )
    _WIRE_NAMES = frozenset(
        (
            "Key",
            "Value",
        )
    )
    _REQUIRED = (
        "Key",
        "Value",
    )
    _CODECS = _CODEC_MODULE

    key: str
    value_: str

    def __init__(
        self,
        *,
        key: str,
        value_: str,
    ) -> None:
        self.key = key
        self.value_ = value_
