"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only DeleteRelationship calls hold, imported on the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._delete_relationship"


class DeleteRelationshipRequest(_Structure):
    """DeleteRelationshipRequest

    Attributes:
        catalog: The catalog identifier for the relationship. Required.
        identifier: The unique identifier of the relationship to delete. Required.
        program_management_account_identifier: The identifier of the program management
            account associated with the relationship. Required.
        client_token: A unique, case-sensitive identifier to ensure idempotency of the
            request. Filled with a random UUID when omitted.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "program_management_account_identifier",
        "client_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "catalog",
            "identifier",
            "programManagementAccountIdentifier",
            "clientToken",
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
    client_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        program_management_account_identifier: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.program_management_account_identifier = program_management_account_identifier
        self.client_token = client_token


class DeleteRelationshipResponse(_Structure):
    """DeleteRelationshipResponse"""

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(())
    _CODECS = _CODEC_MODULE

    def __init__(
        self,
    ) -> None:
        pass
