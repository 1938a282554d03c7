"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only GetRelationship calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        AccountScope,
        AssociationType,
        ResaleAccountModel,
        Sector,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_relationship"


class GetRelationshipRequest(_Structure):
    """GetRelationshipRequest

    Attributes:
        catalog: The catalog identifier for the relationship. Required.
        program_management_account_identifier: The identifier of the program management
            account associated with the relationship. Required.
        identifier: The unique identifier of the relationship to retrieve. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "program_management_account_identifier",
        "identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "catalog",
            "programManagementAccountIdentifier",
            "identifier",
        )
    )
    _REQUIRED = (
        "catalog",
        "programManagementAccountIdentifier",
        "identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    program_management_account_identifier: str
    identifier: str

    def __init__(
        self,
        *,
        catalog: str,
        program_management_account_identifier: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.program_management_account_identifier = program_management_account_identifier
        self.identifier = identifier


class GetRelationshipResponse(_Structure):
    """GetRelationshipResponse

    Attributes:
        relationship_detail: Details of the requested relationship.
    """

    __module__ = __package__
    __slots__ = ("relationship_detail",)
    _WIRE_NAMES = frozenset(("relationshipDetail",))
    _CODECS = _CODEC_MODULE

    relationship_detail: RelationshipDetail | None

    def __init__(
        self,
        *,
        relationship_detail: RelationshipDetail | None = None,
    ) -> None:
        self.relationship_detail = relationship_detail


class RelationshipDetail(_Structure):
    """Detailed information about a partner relationship.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the relationship.
        id: The unique identifier of the relationship.
        revision: The current revision number of the relationship.
        catalog: The catalog identifier associated with the relationship.
        association_type: The type of association for the relationship.
        program_management_account_id: The identifier of the program management account.
        associated_account_id: The AWS account ID associated in this relationship.
        display_name: The display name of the relationship.
        resale_account_model: The resale account model for the relationship.
        sector: The business sector for the relationship.
        account_scope: The account scope of the managed services relationship.
        channel_contract_id: The identifier of the channel contract currently in effect
            for the relationship.
        created_at: The timestamp when the relationship was created.
        updated_at: The timestamp when the relationship was last updated.
        start_date: The start date of the relationship.
        end_date: The end date of the relationship.
    """

    __module__ = __package__
    __slots__ = (
        "arn",
        "id",
        "revision",
        "catalog",
        "association_type",
        "program_management_account_id",
        "associated_account_id",
        "display_name",
        "resale_account_model",
        "sector",
        "account_scope",
        "channel_contract_id",
        "created_at",
        "updated_at",
        "start_date",
        "end_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "arn",
            "id",
            "revision",
            "catalog",
            "associationType",
            "programManagementAccountId",
            "associatedAccountId",
            "displayName",
            "resaleAccountModel",
            "sector",
            "accountScope",
            "channelContractId",
            "createdAt",
            "updatedAt",
            "startDate",
            "endDate",
        )
    )
    _CODECS = _CODEC_MODULE

    arn: str | None
    id: str | None
    revision: str | None
    catalog: str | None
    association_type: AssociationType | str | None
    program_management_account_id: str | None
    associated_account_id: str | None
    display_name: str | None
    resale_account_model: ResaleAccountModel | str | None
    sector: Sector | str | None
    account_scope: AccountScope | str | None
    channel_contract_id: str | None
    created_at: _dt.datetime | None
    updated_at: _dt.datetime | None
    start_date: _dt.datetime | None
    end_date: _dt.datetime | None

    def __init__(
        self,
        *,
        arn: str | None = None,
        id: str | None = None,
        revision: str | None = None,
        catalog: str | None = None,
        association_type: AssociationType | _types.AssociationTypeValue | None = None,
        program_management_account_id: str | None = None,
        associated_account_id: str | None = None,
        display_name: str | None = None,
        resale_account_model: ResaleAccountModel | _types.ResaleAccountModelValue | None = None,
        sector: Sector | _types.SectorValue | None = None,
        account_scope: AccountScope | _types.AccountScopeValue | None = None,
        channel_contract_id: str | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
        start_date: _dt.datetime | None = None,
        end_date: _dt.datetime | None = None,
    ) -> None:
        self.arn = arn
        self.id = id
        self.revision = revision
        self.catalog = catalog
        self.association_type = association_type
        self.program_management_account_id = program_management_account_id
        self.associated_account_id = associated_account_id
        self.display_name = display_name
        self.resale_account_model = resale_account_model
        self.sector = sector
        self.account_scope = account_scope
        self.channel_contract_id = channel_contract_id
        self.created_at = created_at
        self.updated_at = updated_at
        self.start_date = start_date
        self.end_date = end_date
