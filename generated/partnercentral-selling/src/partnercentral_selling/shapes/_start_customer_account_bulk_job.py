"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only StartCustomerAccountBulkJob calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        BulkJobStatus,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._start_customer_account_bulk_job"


class StartCustomerAccountBulkJobRequest(_Structure):
    """Information about start customer account bulk job request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        client_token: Specifies a unique, case-sensitive identifier that you provide to
            make the request idempotent. Filled with a random UUID when omitted.
        file_uri: Specifies the location of the file that contains the customer accounts
            to create. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "client_token",
        "file_uri",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "FileUri",
        )
    )
    _REQUIRED = (
        "Catalog",
        "ClientToken",
        "FileUri",
    )
    _SENSITIVE = frozenset(("file_uri",))
    _CODECS = _CODEC_MODULE

    catalog: str
    client_token: str | None
    file_uri: str

    def __init__(
        self,
        *,
        catalog: str,
        file_uri: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.file_uri = file_uri


class StartCustomerAccountBulkJobResponse(_Structure):
    """Information about start customer account bulk job response.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the bulk job. Required.
        id: The unique identifier of the bulk job. Required.
        status: The current status of the bulk job. Required.
        created_at: The date and time when the bulk job was created. Required.
    """

    __module__ = __package__
    __slots__ = (
        "arn",
        "id",
        "status",
        "created_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Id",
            "Status",
            "CreatedAt",
        )
    )
    _REQUIRED = (
        "Arn",
        "Id",
        "Status",
        "CreatedAt",
    )
    _CODECS = _CODEC_MODULE

    arn: str
    id: str
    status: BulkJobStatus | str
    created_at: _dt.datetime

    def __init__(
        self,
        *,
        arn: str,
        id: str,
        status: BulkJobStatus | _types.BulkJobStatusValue,
        created_at: _dt.datetime,
    ) -> None:
        self.arn = arn
        self.id = id
        self.status = status
        self.created_at = created_at
