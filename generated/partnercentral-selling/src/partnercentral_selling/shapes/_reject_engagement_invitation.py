"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only RejectEngagementInvitation calls hold, imported on the first use of
one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._reject_engagement_invitation"


class RejectEngagementInvitationRequest(_Structure):
    """Contains the request parameters for the `RejectEngagementInvitation` operation.

    Attributes:
        catalog: This is the catalog that's associated with the engagement invitation.
            Required.
        identifier: This is the unique identifier of the rejected
            `EngagementInvitation`. Required.
        rejection_reason: This describes the reason for rejecting the engagement
            invitation, which helps AWS track usage...
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "rejection_reason",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "RejectionReason",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    rejection_reason: str | None

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        rejection_reason: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.rejection_reason = rejection_reason
