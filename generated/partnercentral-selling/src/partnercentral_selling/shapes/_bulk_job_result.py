"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListCustomerAccountBulkJobResults and ListOpportunityBulkJobResults
calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        BulkRecordStatus,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._bulk_job_result"


class BulkJobResult(_Structure):
    """The outcome of processing a single record within a bulk job. It identifies the record
    and, when the record didn't succeed, carries an error code and message.

    Attributes:
        request_id: The identifier of the record in the bulk job file. Required.
        status: The outcome of processing the record. Required.
        resource_identifier: This value is the identifier of the resource that Partner
            Central created or updated for the record.
        error_code: A code that identifies why the record failed.
        error_message: A description of why the record failed.
    """

    __module__ = __package__
    __slots__ = (
        "request_id",
        "status",
        "resource_identifier",
        "error_code",
        "error_message",
    )
    _WIRE_NAMES = frozenset(
        (
            "RequestId",
            "Status",
            "ResourceIdentifier",
            "ErrorCode",
            "ErrorMessage",
        )
    )
    _REQUIRED = (
        "RequestId",
        "Status",
    )
    _CODECS = _CODEC_MODULE

    request_id: str
    status: BulkRecordStatus | str
    resource_identifier: str | None
    error_code: str | None
    error_message: str | None

    def __init__(
        self,
        *,
        request_id: str,
        status: BulkRecordStatus | _types.BulkRecordStatusValue,
        resource_identifier: str | None = None,
        error_code: str | None = None,
        error_message: str | None = None,
    ) -> None:
        self.request_id = request_id
        self.status = status
        self.resource_identifier = resource_identifier
        self.error_code = error_code
        self.error_message = error_message
