"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only GetPartner calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from . import (
        PartnerDomain,
        PartnerProfile,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_partner"


class GetPartnerRequest(_Structure):
    """GetPartnerRequest

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        identifier: The unique identifier of the partner account to retrieve. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier


class GetPartnerResponse(_Structure):
    """GetPartnerResponse

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        arn: The Amazon Resource Name (ARN) of the partner account. Required.
        id: The unique identifier of the partner account. Required.
        legal_name: The legal name of the partner organization. Required.
        created_at: The timestamp when the partner account was created. Required.
        profile: The partner profile information including display name, description,
            and other public details. Required.
        aws_training_certification_email_domains: The list of verified email domains
            associated with AWS training and certification credentials for...
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
        )
    )
    _REQUIRED = (
        "Catalog",
        "Arn",
        "Id",
        "LegalName",
        "CreatedAt",
        "Profile",
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

    def __init__(
        self,
        *,
        catalog: str,
        arn: str,
        id: str,
        legal_name: str,
        created_at: _dt.datetime,
        profile: PartnerProfile,
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
