"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only CreateProgramManagementAccount calls hold, imported on the first use
of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        Program,
        ProgramManagementAccountType,
    )
    from . import (
        Tag,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._create_program_management_account"


class CreateProgramManagementAccountDetail(_Structure):
    """Contains details about a newly created program management account.

    Attributes:
        id: The unique identifier of the created program management account.
        arn: The Amazon Resource Name (ARN) of the created program management account.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "id",
            "arn",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    arn: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
    ) -> None:
        self.id = id
        self.arn = arn


class CreateProgramManagementAccountRequest(_Structure):
    """CreateProgramManagementAccountRequest

    Attributes:
        catalog: The catalog identifier for the program management account. Required.
        program: The program type for the management account. Required.
        display_name: A human-readable name for the program management account.
            Required.
        account_id: The AWS account ID to associate with the program management account.
            Required.
        client_token: A unique, case-sensitive identifier to ensure idempotency of the
            request. Filled with a random UUID when omitted.
        tags: Key-value pairs to associate with the program management account.
        type: The type of the program management account (for example, resale billing
            transfer, managed...
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "program",
        "display_name",
        "account_id",
        "client_token",
        "tags",
        "type",
    )
    _WIRE_NAMES = frozenset(
        (
            "catalog",
            "program",
            "displayName",
            "accountId",
            "clientToken",
            "tags",
            "type",
        )
    )
    _REQUIRED = (
        "catalog",
        "program",
        "displayName",
        "accountId",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    program: Program | str
    display_name: str
    account_id: str
    client_token: str | None
    tags: _Sequence[Tag] | None
    type: ProgramManagementAccountType | str | None

    def __init__(
        self,
        *,
        catalog: str,
        program: Program | _types.ProgramValue,
        display_name: str,
        account_id: str,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
        type: (
            ProgramManagementAccountType | _types.ProgramManagementAccountTypeValue | None
        ) = None,
    ) -> None:
        self.catalog = catalog
        self.program = program
        self.display_name = display_name
        self.account_id = account_id
        self.client_token = client_token
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.tags = tags  # type: ignore[assignment]
        self.type = type


class CreateProgramManagementAccountResponse(_Structure):
    """CreateProgramManagementAccountResponse

    Attributes:
        program_management_account_detail: Details of the created program management
            account.
    """

    __module__ = __package__
    __slots__ = ("program_management_account_detail",)
    _WIRE_NAMES = frozenset(("programManagementAccountDetail",))
    _CODECS = _CODEC_MODULE

    program_management_account_detail: CreateProgramManagementAccountDetail | None

    def __init__(
        self,
        *,
        program_management_account_detail: CreateProgramManagementAccountDetail | None = None,
    ) -> None:
        self.program_management_account_detail = program_management_account_detail
