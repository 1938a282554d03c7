"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only DeleteProgramManagementAccount calls hold, imported on the first use
of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._delete_program_management_account"


class DeleteProgramManagementAccountRequest(_Structure):
    """DeleteProgramManagementAccountRequest

    Attributes:
        catalog: The catalog identifier for the program management account. Required.
        identifier: The unique identifier of the program management account to delete.
            Required.
        client_token: A unique, case-sensitive identifier to ensure idempotency of the
            request. Filled with a random UUID when omitted.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "client_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "catalog",
            "identifier",
            "clientToken",
        )
    )
    _REQUIRED = (
        "catalog",
        "identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    client_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.client_token = client_token


class DeleteProgramManagementAccountResponse(_Structure):
    """DeleteProgramManagementAccountResponse"""

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(())
    _CODECS = _CODEC_MODULE

    def __init__(
        self,
    ) -> None:
        pass
