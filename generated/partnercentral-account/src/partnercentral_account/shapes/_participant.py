"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only AcceptConnectionInvitation, CancelConnection, GetConnection and
ListConnections calls hold, imported on the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._participant"


class AccountSummary(_Structure):
    """Summary information about an AWS account.

    Attributes:
        name: The name associated with the AWS account. Required.
    """

    __module__ = __package__
    __slots__ = ("name",)
    _WIRE_NAMES = frozenset(("Name",))
    _REQUIRED = ("Name",)
    _CODECS = _CODEC_MODULE

    name: str

    def __init__(
        self,
        *,
        name: str,
    ) -> None:
        self.name = name


class Participant(_TaggedUnion):
    """Represents a participant in a partner connection, containing their profile and account
    information.

    A union: set exactly one variant by building one of `ParticipantPartnerProfile`,
    `ParticipantSellerProfile`, `ParticipantAccount`. A variant added to the service
    later is received as `ParticipantUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "PartnerProfile",
            "SellerProfile",
            "Account",
        )
    )
    _CODECS = _CODEC_MODULE


class ParticipantPartnerProfile(Participant):
    """The `PartnerProfile` variant of `Participant`.

    The partner profile information for the participant.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "PartnerProfile"
    value: PartnerProfileSummary

    def __init__(self, value: PartnerProfileSummary) -> None:
        self.value = value


class ParticipantSellerProfile(Participant):
    """The `SellerProfile` variant of `Participant`.

    The seller profile information for the participant.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "SellerProfile"
    value: SellerProfileSummary

    def __init__(self, value: SellerProfileSummary) -> None:
        self.value = value


class ParticipantAccount(Participant):
    """The `Account` variant of `Participant`.

    The AWS account information for the participant.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "Account"
    value: AccountSummary

    def __init__(self, value: AccountSummary) -> None:
        self.value = value


class ParticipantUnknown(_UnknownVariant, Participant):
    """A variant of Participant this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class PartnerProfileSummary(_Structure):
    """A summary view of a partner profile containing basic identifying information.

    Attributes:
        id: The unique identifier of the partner profile. Required.
        name: The display name of the partner. Required.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "name",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Name",
        )
    )
    _REQUIRED = (
        "Id",
        "Name",
    )
    _CODECS = _CODEC_MODULE

    id: str
    name: str

    def __init__(
        self,
        *,
        id: str,
        name: str,
    ) -> None:
        self.id = id
        self.name = name


class SellerProfileSummary(_Structure):
    """A summary view of a seller profile containing basic identifying information.

    Attributes:
        id: The unique identifier of the seller profile. Required.
        name: The display name of the seller. Required.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "name",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Name",
        )
    )
    _REQUIRED = (
        "Id",
        "Name",
    )
    _CODECS = _CODEC_MODULE

    id: str
    name: str

    def __init__(
        self,
        *,
        id: str,
        name: str,
    ) -> None:
        self.id = id
        self.name = name
