"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only UpdateProgramManagementAccount calls hold, imported on the first use
of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._update_program_management_account"


class UpdateProgramManagementAccountDetail(_Structure):
    """Contains details about an updated program management account.

    Attributes:
        id: The unique identifier of the updated program management account.
        arn: The Amazon Resource Name (ARN) of the updated program management account.
        revision: The new revision number of the program management account.
        display_name: The updated display name of the program management account.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "revision",
        "display_name",
    )
    _WIRE_NAMES = frozenset(
        (
            "id",
            "arn",
            "revision",
            "displayName",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    arn: str | None
    revision: str | None
    display_name: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
        revision: str | None = None,
        display_name: str | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.revision = revision
        self.display_name = display_name


class UpdateProgramManagementAccountRequest(_Structure):
    """UpdateProgramManagementAccountRequest

    Attributes:
        catalog: The catalog identifier for the program management account. Required.
        identifier: The unique identifier of the program management account to update.
            Required.
        revision: The current revision number of the program management account.
        display_name: The new display name for the program management account.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "revision",
        "display_name",
    )
    _WIRE_NAMES = frozenset(
        (
            "catalog",
            "identifier",
            "revision",
            "displayName",
        )
    )
    _REQUIRED = (
        "catalog",
        "identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    revision: str | None
    display_name: str | None

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        revision: str | None = None,
        display_name: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.revision = revision
        self.display_name = display_name


class UpdateProgramManagementAccountResponse(_Structure):
    """UpdateProgramManagementAccountResponse

    Attributes:
        program_management_account_detail: Details of the updated program management
            account.
    """

    __module__ = __package__
    __slots__ = ("program_management_account_detail",)
    _WIRE_NAMES = frozenset(("programManagementAccountDetail",))
    _CODECS = _CODEC_MODULE

    program_management_account_detail: UpdateProgramManagementAccountDetail | None

    def __init__(
        self,
        *,
        program_management_account_detail: UpdateProgramManagementAccountDetail | None = None,
    ) -> None:
        self.program_management_account_detail = program_management_account_detail
