"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only CreateRelationship calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        AccountScope,
        AssociationType,
        ResaleAccountModel,
        Sector,
    )
    from . import (
        SupportPlan,
        Tag,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._create_relationship"


class CreateRelationshipDetail(_Structure):
    """Contains details about a newly created relationship.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the created relationship.
        id: The unique identifier of the created relationship.
    """

    __module__ = __package__
    __slots__ = (
        "arn",
        "id",
    )
    _WIRE_NAMES = frozenset(
        (
            "arn",
            "id",
        )
    )
    _CODECS = _CODEC_MODULE

    arn: str | None
    id: str | None

    def __init__(
        self,
        *,
        arn: str | None = None,
        id: str | None = None,
    ) -> None:
        self.arn = arn
        self.id = id


class CreateRelationshipRequest(_Structure):
    """CreateRelationshipRequest

    Attributes:
        catalog: The catalog identifier for the relationship. Required.
        association_type: The type of association for the relationship (e.g., reseller,
            distributor). Required.
        program_management_account_identifier: The identifier of the program management
            account for this relationship. Required.
        associated_account_id: The AWS account ID to associate in this relationship.
        display_name: A human-readable name for the relationship. Required.
        resale_account_model: The resale account model for the relationship.
        sector: The business sector for the relationship. Required.
        client_token: A unique, case-sensitive identifier to ensure idempotency of the
            request. Filled with a random UUID when omitted.
        tags: Key-value pairs to associate with the relationship.
        requested_support_plan: The support plan requested for this relationship.
        account_scope: The account scope for a managed services relationship (for
            example, entire organization, specific...
        start_date: The start date of the managed services relationship.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "association_type",
        "program_management_account_identifier",
        "associated_account_id",
        "display_name",
        "resale_account_model",
        "sector",
        "client_token",
        "tags",
        "requested_support_plan",
        "account_scope",
        "start_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "catalog",
            "associationType",
            "programManagementAccountIdentifier",
            "associatedAccountId",
            "displayName",
            "resaleAccountModel",
            "sector",
            "clientToken",
            "tags",
            "requestedSupportPlan",
            "accountScope",
            "startDate",
        )
    )
    _REQUIRED = (
        "catalog",
        "associationType",
        "programManagementAccountIdentifier",
        "displayName",
        "sector",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    association_type: AssociationType | str
    program_management_account_identifier: str
    associated_account_id: str | None
    display_name: str
    resale_account_model: ResaleAccountModel | str | None
    sector: Sector | str
    client_token: str | None
    tags: _Sequence[Tag] | None
    requested_support_plan: SupportPlan | None
    account_scope: AccountScope | str | None
    start_date: _dt.datetime | None

    def __init__(
        self,
        *,
        catalog: str,
        association_type: AssociationType | _types.AssociationTypeValue,
        program_management_account_identifier: str,
        display_name: str,
        sector: Sector | _types.SectorValue,
        associated_account_id: str | None = None,
        resale_account_model: ResaleAccountModel | _types.ResaleAccountModelValue | None = None,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
        requested_support_plan: SupportPlan | None = None,
        account_scope: AccountScope | _types.AccountScopeValue | None = None,
        start_date: _dt.datetime | None = None,
    ) -> None:
        self.catalog = catalog
        self.association_type = association_type
        self.program_management_account_identifier = program_management_account_identifier
        self.associated_account_id = associated_account_id
        self.display_name = display_name
        self.resale_account_model = resale_account_model
        self.sector = sector
        self.client_token = client_token
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.tags = tags  # type: ignore[assignment]
        self.requested_support_plan = requested_support_plan
        self.account_scope = account_scope
        self.start_date = start_date


class CreateRelationshipResponse(_Structure):
    """CreateRelationshipResponse

    Attributes:
        relationship_detail: Details of the created relationship.
    """

    __module__ = __package__
    __slots__ = ("relationship_detail",)
    _WIRE_NAMES = frozenset(("relationshipDetail",))
    _CODECS = _CODEC_MODULE

    relationship_detail: CreateRelationshipDetail | None

    def __init__(
        self,
        *,
        relationship_detail: CreateRelationshipDetail | None = None,
    ) -> None:
        self.relationship_detail = relationship_detail
