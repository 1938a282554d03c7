"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateEngagementInvitation, GetEngagementInvitation and
ListEngagementInvitations calls hold, imported on the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._receiver"


class AccountReceiver(_Structure):
    """Contains the account details of the partner who received the Engagement Invitation,
    including the AWS account ID and company name.

    Attributes:
        alias: Represents the alias of the partner account receiving the Engagement
            Invitation, making it easier...
        aws_account_id: Indicates the AWS account ID of the partner who received the
            Engagement Invitation. Required.
    """

    __module__ = __package__
    __slots__ = (
        "alias",
        "aws_account_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "Alias",
            "AwsAccountId",
        )
    )
    _REQUIRED = ("AwsAccountId",)
    _SENSITIVE = frozenset(
        (
            "alias",
            "aws_account_id",
        )
    )
    _CODECS = _CODEC_MODULE

    alias: str | None
    aws_account_id: str

    def __init__(
        self,
        *,
        aws_account_id: str,
        alias: str | None = None,
    ) -> None:
        self.alias = alias
        self.aws_account_id = aws_account_id


class Receiver(_TaggedUnion):
    """Represents the entity that received the Engagement Invitation, including account and
    company details. This field is essential for tracking the partner who is being invited
    to collaborate.

    A union: set exactly one variant by building one of `ReceiverAccount`. A variant
    added to the service later is received as `ReceiverUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(("Account",))
    _CODECS = _CODEC_MODULE


class ReceiverAccount(Receiver):
    """The `Account` variant of `Receiver`.

    Specifies the AWS account of the partner who received the Engagement Invitation. This
    field is used to track the invitation recipient within the AWS ecosystem.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "Account"
    value: AccountReceiver

    def __init__(self, value: AccountReceiver) -> None:
        self.value = value


class ReceiverUnknown(_UnknownVariant, Receiver):
    """A variant of Receiver this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()
