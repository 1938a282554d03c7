"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only DeleteSocialConnection calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        Catalog,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._delete_social_connection"


class DeleteSocialConnectionRequest(_Structure):
    """Input for DeleteSocialConnection.

    Attributes:
        catalog: Catalog the connection belongs to. Required.
        identifier: Identifier or ARN of the social connection to delete. Required.
        client_token: Idempotency token. Filled with a random UUID when omitted.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "client_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "ClientToken",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: Catalog | str
    identifier: str
    client_token: str | None

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        identifier: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.client_token = client_token
