"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class OpportunitySortName(_OpenEnum):
    """The name of the field that sorts a list of opportunities."""

    __module__ = __package__
    LASTMODIFIEDDATE = "LastModifiedDate"
    IDENTIFIER = "Identifier"
    CUSTOMERCOMPANYNAME = "CustomerCompanyName"
    CREATEDDATE = "CreatedDate"
    TARGETCLOSEDATE = "TargetCloseDate"
