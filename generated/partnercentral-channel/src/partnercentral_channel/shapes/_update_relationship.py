"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only UpdateRelationship calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from . import (
        SupportPlan,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._update_relationship"


class UpdateRelationshipDetail(_Structure):
    """Contains details about an updated relationship.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the updated relationship.
        id: The unique identifier of the updated relationship.
        revision: The new revision number of the relationship.
        display_name: The updated display name of the relationship.
    """

    __module__ = __package__
    __slots__ = (
        "arn",
        "id",
        "revision",
        "display_name",
    )
    _WIRE_NAMES = frozenset(
        (
            "arn",
            "id",
            "revision",
            "displayName",
        )
    )
    _CODECS = _CODEC_MODULE

    arn: str | None
    id: str | None
    revision: str | None
    display_name: str | None

    def __init__(
        self,
        *,
        arn: str | None = None,
        id: str | None = None,
        revision: str | None = None,
        display_name: str | None = None,
    ) -> None:
        self.arn = arn
        self.id = id
        self.revision = revision
        self.display_name = display_name


class UpdateRelationshipRequest(_Structure):
    """UpdateRelationshipRequest

    Attributes:
        catalog: The catalog identifier for the relationship. Required.
        identifier: The unique identifier of the relationship to update. Required.
        program_management_account_identifier: The identifier of the program management
            account associated with the relationship. Required.
        revision: The current revision number of the relationship.
        display_name: The new display name for the relationship.
        requested_support_plan: The updated support plan for the relationship.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "program_management_account_identifier",
        "revision",
        "display_name",
        "requested_support_plan",
    )
    _WIRE_NAMES = frozenset(
        (
            "catalog",
            "identifier",
            "programManagementAccountIdentifier",
            "revision",
            "displayName",
            "requestedSupportPlan",
        )
    )
    _REQUIRED = (
        "catalog",
        "identifier",
        "programManagementAccountIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    program_management_account_identifier: str
    revision: str | None
    display_name: str | None
    requested_support_plan: SupportPlan | None

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        program_management_account_identifier: str,
        revision: str | None = None,
        display_name: str | None = None,
        requested_support_plan: SupportPlan | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.program_management_account_identifier = program_management_account_identifier
        self.revision = revision
        self.display_name = display_name
        self.requested_support_plan = requested_support_plan


class UpdateRelationshipResponse(_Structure):
    """UpdateRelationshipResponse

    Attributes:
        relationship_detail: Details of the updated relationship.
    """

    __module__ = __package__
    __slots__ = ("relationship_detail",)
    _WIRE_NAMES = frozenset(("relationshipDetail",))
    _CODECS = _CODEC_MODULE

    relationship_detail: UpdateRelationshipDetail | None

    def __init__(
        self,
        *,
        relationship_detail: UpdateRelationshipDetail | None = None,
    ) -> None:
        self.relationship_detail = relationship_detail
