"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only UpdateRevenueAttribution calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Mapping as _Mapping

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CatalogName,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._update_revenue_attribution"


class UpdateRevenueAttributionInput(_Structure):
    """UpdateRevenueAttributionInput

    Attributes:
        catalog: The catalog that the revenue attribution belongs to. Required.
        identifier: The unique identifier of the revenue attribution to update.
            Required.
        client_token: A unique token to ensure idempotency of the update request. Filled
            with a random UUID when omitted.
        description: The updated description of the revenue attribution.
        revision: The current revision of the revenue attribution. Required.
        context: Full-replacement context map.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "client_token",
        "description",
        "revision",
        "context",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "ClientToken",
            "Description",
            "Revision",
            "Context",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
        "Revision",
    )
    _CODECS = _CODEC_MODULE

    catalog: CatalogName | str
    identifier: str
    client_token: str | None
    description: str | None
    revision: str
    context: _Mapping[str, str] | None

    def __init__(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        identifier: str,
        revision: str,
        client_token: str | None = None,
        description: str | None = None,
        context: _Mapping[str, str] | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.client_token = client_token
        self.description = description
        self.revision = revision
        self.context = context


class UpdateRevenueAttributionOutput(_Structure):
    """UpdateRevenueAttributionOutput

    Attributes:
        id: The unique identifier of the updated revenue attribution. Required.
        arn: The Amazon Resource Name (ARN) of the updated revenue attribution.
            Required.
        description: The updated description of the revenue attribution.
        last_modified_date: The date when the attribution was last modified. Required.
        latest_revision: The latest revision of the attribution after the update.
        context: The context stored on the revenue attribution after the update.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "description",
        "last_modified_date",
        "latest_revision",
        "context",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "Description",
            "LastModifiedDate",
            "LatestRevision",
            "Context",
        )
    )
    _REQUIRED = (
        "Id",
        "Arn",
        "LastModifiedDate",
    )
    _CODECS = _CODEC_MODULE

    id: str
    arn: str
    description: str | None
    last_modified_date: _dt.datetime
    latest_revision: str | None
    context: _Mapping[str, str] | None

    def __init__(
        self,
        *,
        id: str,
        arn: str,
        last_modified_date: _dt.datetime,
        description: str | None = None,
        latest_revision: str | None = None,
        context: _Mapping[str, str] | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.description = description
        self.last_modified_date = last_modified_date
        self.latest_revision = latest_revision
        self.context = context
