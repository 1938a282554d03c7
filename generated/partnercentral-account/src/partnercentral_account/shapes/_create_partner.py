"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only CreatePartner calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        PrimarySolutionType,
    )
    from . import (
        AllianceLeadContact,
        PartnerDomain,
        PartnerProfile,
        Tag,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._create_partner"


class CreatePartnerRequest(_Structure):
    """CreatePartnerRequest

    Attributes:
        catalog: The catalog identifier where the partner account will be created.
            Required.
        client_token: A unique, case-sensitive identifier that you provide to ensure the
            idempotency of the request. Filled with a random UUID when omitted.
        legal_name: The legal name of the organization becoming a partner. Required.
        primary_solution_type: The primary type of solution or service the partner
            provides (e.g., consulting, software, managed... Required.
        alliance_lead_contact: The primary contact person for alliance and partnership
            matters. Required.
        email_verification_code: The verification code sent to the alliance lead
            contact's email to confirm account creation. Required.
        tags: A list of tags to associate with the partner account for organization and
            billing purposes.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "client_token",
        "legal_name",
        "primary_solution_type",
        "alliance_lead_contact",
        "email_verification_code",
        "tags",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "LegalName",
            "PrimarySolutionType",
            "AllianceLeadContact",
            "EmailVerificationCode",
            "Tags",
        )
    )
    _REQUIRED = (
        "Catalog",
        "LegalName",
        "PrimarySolutionType",
        "AllianceLeadContact",
        "EmailVerificationCode",
    )
    _SENSITIVE = frozenset(
        (
            "legal_name",
            "email_verification_code",
        )
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    client_token: str | None
    legal_name: str
    primary_solution_type: PrimarySolutionType | str
    alliance_lead_contact: AllianceLeadContact
    email_verification_code: str
    tags: _Sequence[Tag] | None

    def __init__(
        self,
        *,
        catalog: str,
        legal_name: str,
        primary_solution_type: PrimarySolutionType | _types.PrimarySolutionTypeValue,
        alliance_lead_contact: AllianceLeadContact,
        email_verification_code: str,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.legal_name = legal_name
        self.primary_solution_type = primary_solution_type
        self.alliance_lead_contact = alliance_lead_contact
        self.email_verification_code = email_verification_code
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.tags = tags  # type: ignore[assignment]


class CreatePartnerResponse(_Structure):
    """CreatePartnerResponse

    Attributes:
        catalog: The catalog identifier where the partner account was created. Required.
        arn: The Amazon Resource Name (ARN) of the created partner account. Required.
        id: The unique identifier of the created partner account. Required.
        legal_name: The legal name of the partner organization. Required.
        created_at: The timestamp when the partner account was created. Required.
        profile: The partner profile information including display name, description,
            and other public details. Required.
        aws_training_certification_email_domains: The list of verified email domains
            associated with AWS training and certification credentials for...
        alliance_lead_contact: The alliance lead contact information for the partner
            account. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "arn",
        "id",
        "legal_name",
        "created_at",
        "profile",
        "aws_training_certification_email_domains",
        "alliance_lead_contact",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Arn",
            "Id",
            "LegalName",
            "CreatedAt",
            "Profile",
            "AwsTrainingCertificationEmailDomains",
            "AllianceLeadContact",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Arn",
        "Id",
        "LegalName",
        "CreatedAt",
        "Profile",
        "AllianceLeadContact",
    )
    _SENSITIVE = frozenset(("legal_name",))
    _CODECS = _CODEC_MODULE

    catalog: str
    arn: str
    id: str
    legal_name: str
    created_at: _dt.datetime
    profile: PartnerProfile
    aws_training_certification_email_domains: list[PartnerDomain] | None
    alliance_lead_contact: AllianceLeadContact

    def __init__(
        self,
        *,
        catalog: str,
        arn: str,
        id: str,
        legal_name: str,
        created_at: _dt.datetime,
        profile: PartnerProfile,
        alliance_lead_contact: AllianceLeadContact,
        aws_training_certification_email_domains: (
            _types.SequenceNotStr[PartnerDomain] | None
        ) = None,
    ) -> None:
        self.catalog = catalog
        self.arn = arn
        self.id = id
        self.legal_name = legal_name
        self.created_at = created_at
        self.profile = profile
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.aws_training_certification_email_domains = aws_training_certification_email_domains  # type: ignore[assignment]
        self.alliance_lead_contact = alliance_lead_contact
