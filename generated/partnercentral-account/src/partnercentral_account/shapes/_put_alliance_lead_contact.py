"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only PutAllianceLeadContact calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from . import (
        AllianceLeadContact,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._put_alliance_lead_contact"


class PutAllianceLeadContactRequest(_Structure):
    """PutAllianceLeadContactRequest

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        identifier: The unique identifier of the partner account. Required.
        alliance_lead_contact: The alliance lead contact information to set for the
            partner account. Required.
        email_verification_code: The verification code sent to the alliance lead
            contact's email to confirm the update.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "alliance_lead_contact",
        "email_verification_code",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "AllianceLeadContact",
            "EmailVerificationCode",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
        "AllianceLeadContact",
    )
    _SENSITIVE = frozenset(("email_verification_code",))
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    alliance_lead_contact: AllianceLeadContact
    email_verification_code: str | None

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        alliance_lead_contact: AllianceLeadContact,
        email_verification_code: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.alliance_lead_contact = alliance_lead_contact
        self.email_verification_code = email_verification_code


class PutAllianceLeadContactResponse(_Structure):
    """PutAllianceLeadContactResponse

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        arn: The Amazon Resource Name (ARN) of the partner account. Required.
        id: The unique identifier of the partner account. Required.
        alliance_lead_contact: The updated alliance lead contact information. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "arn",
        "id",
        "alliance_lead_contact",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Arn",
            "Id",
            "AllianceLeadContact",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Arn",
        "Id",
        "AllianceLeadContact",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    arn: str
    id: str
    alliance_lead_contact: AllianceLeadContact

    def __init__(
        self,
        *,
        catalog: str,
        arn: str,
        id: str,
        alliance_lead_contact: AllianceLeadContact,
    ) -> None:
        self.catalog = catalog
        self.arn = arn
        self.id = id
        self.alliance_lead_contact = alliance_lead_contact
