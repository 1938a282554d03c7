"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only GetQualificationsAssociationDetails,
GetQualificationsAssociationTask, GetQualificationsDisassociationTask,
StartQualificationsAssociationTask and StartQualificationsDisassociationTask calls
hold, imported on the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._qualifications_association_partner"


class QualificationsAssociationPartner(_Structure):
    """Identifies a partner in a qualifications association group. Contains the partner's
    profile identifier and AWS account identifier. In requests, provide at least one of
    `ProfileId` or `AccountId`. In responses, both fields are populated.

    Attributes:
        profile_id: The unique identifier for the partner profile, in the format
            `pprofile-*`.
        account_id: The 12-digit AWS account ID linked to the partner profile.
    """

    __module__ = __package__
    __slots__ = (
        "profile_id",
        "account_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "ProfileId",
            "AccountId",
        )
    )
    _CODECS = _CODEC_MODULE

    profile_id: str | None
    account_id: str | None

    def __init__(
        self,
        *,
        profile_id: str | None = None,
        account_id: str | None = None,
    ) -> None:
        self.profile_id = profile_id
        self.account_id = account_id
