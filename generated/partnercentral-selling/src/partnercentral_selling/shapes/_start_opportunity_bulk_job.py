"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only StartOpportunityBulkJob calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        BulkFileFormat,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._start_opportunity_bulk_job"


class StartOpportunityBulkJobRequest(_Structure):
    """Specifies the input file location, file format, and client token for starting an
    opportunity bulk job.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        client_token: A unique, case-sensitive identifier that you provide to ensure the
            operation completes no more... Filled with a random UUID when omitted.
        file_uri: Specifies the location of the CSV file that contains the opportunities
            to create or update. Required.
        file_format: Specifies the format of the input file. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "client_token",
        "file_uri",
        "file_format",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "FileURI",
            "FileFormat",
        )
    )
    _REQUIRED = (
        "Catalog",
        "ClientToken",
        "FileURI",
        "FileFormat",
    )
    _SENSITIVE = frozenset(("file_uri",))
    _CODECS = _CODEC_MODULE

    catalog: str
    client_token: str | None
    file_uri: str
    file_format: BulkFileFormat | str

    def __init__(
        self,
        *,
        catalog: str,
        file_uri: str,
        file_format: BulkFileFormat | _types.BulkFileFormatValue,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.file_uri = file_uri
        self.file_format = file_format


class StartOpportunityBulkJobResponse(_Structure):
    """The response to a request to start an opportunity bulk job.

    Attributes:
        job_id: The unique identifier of the bulk job. Required.
    """

    __module__ = __package__
    __slots__ = ("job_id",)
    _WIRE_NAMES = frozenset(("JobId",))
    _REQUIRED = ("JobId",)
    _CODECS = _CODEC_MODULE

    job_id: str

    def __init__(
        self,
        *,
        job_id: str,
    ) -> None:
        self.job_id = job_id
