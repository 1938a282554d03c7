"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only CreateSocialConnectionAuthorizationUrl calls hold, imported on the
first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        Catalog,
        Platform,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._create_social_connection_authorization_url"


class CreateSocialConnectionAuthorizationUrlRequest(_Structure):
    """Input for CreateSocialConnectionAuthorizationUrl.

    Names a platform, not a connection: the same call serves a first connect, connecting
    another account, and re-authorizing an expired one. Which of those it was is decided by
    the account the partner consents with, and shows up in ListSocialConnections afterwards.
    Writes nothing in this service.

    Attributes:
        catalog: Catalog the connection belongs to. Required.
        platform: Social platform to authorize. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "platform",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Platform",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Platform",
    )
    _CODECS = _CODEC_MODULE

    catalog: Catalog | str
    platform: Platform | str

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        platform: Platform | _types.PlatformValue,
    ) -> None:
        self.catalog = catalog
        self.platform = platform


class CreateSocialConnectionAuthorizationUrlResponse(_Structure):
    """Output for CreateSocialConnectionAuthorizationUrl.

    Attributes:
        platform: Social platform the URL authorizes. Required.
        authorization_url: Fresh single-use URL the partner visits to grant
            authorization. Required.
    """

    __module__ = __package__
    __slots__ = (
        "platform",
        "authorization_url",
    )
    _WIRE_NAMES = frozenset(
        (
            "Platform",
            "AuthorizationUrl",
        )
    )
    _REQUIRED = (
        "Platform",
        "AuthorizationUrl",
    )
    _SENSITIVE = frozenset(("authorization_url",))
    _CODECS = _CODEC_MODULE

    platform: Platform | str
    authorization_url: str

    def __init__(
        self,
        *,
        platform: Platform | _types.PlatformValue,
        authorization_url: str,
    ) -> None:
        self.platform = platform
        self.authorization_url = authorization_url
