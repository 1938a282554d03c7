"""Enums of the Partner Central Channel API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class AccountScope(_OpenEnum):
    """AccountScope"""

    __module__ = __package__
    ENTIRE_ORGANIZATION = "ENTIRE_ORGANIZATION"
    SPECIFIC_MEMBER_ACCOUNTS = "SPECIFIC_MEMBER_ACCOUNTS"


class ResaleAccountModel(_OpenEnum):
    """ResaleAccountModel"""

    __module__ = __package__
    DISTRIBUTOR = "DISTRIBUTOR"
    END_CUSTOMER = "END_CUSTOMER"
    SOLUTION_PROVIDER = "SOLUTION_PROVIDER"
