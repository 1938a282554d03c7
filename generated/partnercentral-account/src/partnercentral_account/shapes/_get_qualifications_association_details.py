"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only GetQualificationsAssociationDetails calls hold, imported on the
first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        QualificationsAssociationStatus,
    )
    from . import (
        QualificationsAssociationPartner,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_qualifications_association_details"


class GetQualificationsAssociationDetailsRequest(_Structure):
    """GetQualificationsAssociationDetailsRequest

    Attributes:
        catalog: The catalog in which to look up the qualifications association.
            Required.
        identifier: Your partner identifier. Required.
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


class GetQualificationsAssociationDetailsResponse(_Structure):
    """GetQualificationsAssociationDetailsResponse

    Attributes:
        catalog: The catalog identifier echoed from the request. Required.
        arn: The Amazon Resource Name (ARN) that uniquely identifies your partner
            resource. Required.
        id: Your unique partner identifier in the AWS Partner Network. Required.
        status: The current qualifications association status. Required.
        primary_partner: The primary partner's profile and account identifiers.
        associated_partners: The list of all partner profile and account identifiers
            currently associated under the primary...
        updated_at: The timestamp when the qualifications association was last updated,
            in ISO 8601 format.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "arn",
        "id",
        "status",
        "primary_partner",
        "associated_partners",
        "updated_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Arn",
            "Id",
            "Status",
            "PrimaryPartner",
            "AssociatedPartners",
            "UpdatedAt",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Arn",
        "Id",
        "Status",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    arn: str
    id: str
    status: QualificationsAssociationStatus | str
    primary_partner: QualificationsAssociationPartner | None
    associated_partners: list[QualificationsAssociationPartner] | None
    updated_at: _dt.datetime | None

    def __init__(
        self,
        *,
        catalog: str,
        arn: str,
        id: str,
        status: QualificationsAssociationStatus | _types.QualificationsAssociationStatusValue,
        primary_partner: QualificationsAssociationPartner | None = None,
        associated_partners: _types.SequenceNotStr[QualificationsAssociationPartner] | None = None,
        updated_at: _dt.datetime | None = None,
    ) -> None:
        self.catalog = catalog
        self.arn = arn
        self.id = id
        self.status = status
        self.primary_partner = primary_partner
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.associated_partners = associated_partners  # type: ignore[assignment]
        self.updated_at = updated_at
