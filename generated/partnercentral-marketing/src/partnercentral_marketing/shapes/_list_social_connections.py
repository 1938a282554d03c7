"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only ListSocialConnections calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        Catalog,
        Platform,
        SocialConnectionStatus,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._list_social_connections"


class ListSocialConnectionsRequest(_Structure):
    """Input for ListSocialConnections.

    Attributes:
        catalog: Catalog to list connections from. Required.
        platform: Restrict results to a single social platform.
        max_results: Maximum number of results to return per page.
        next_token: Pagination token from a previous response.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "platform",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Platform",
            "MaxResults",
            "NextToken",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: Catalog | str
    platform: Platform | str | None
    max_results: int | None
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        platform: Platform | _types.PlatformValue | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.platform = platform
        self.max_results = max_results
        self.next_token = next_token


class ListSocialConnectionsResponse(_Structure):
    """Output for ListSocialConnections.

    Attributes:
        items: The social connections for this partner and catalog. Required.
        next_token: Pagination token for the next page, absent on the last page.
    """

    __module__ = __package__
    __slots__ = (
        "items",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Items",
            "NextToken",
        )
    )
    _REQUIRED = ("Items",)
    _CODECS = _CODEC_MODULE

    items: list[SocialConnectionSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        items: _types.SequenceNotStr[SocialConnectionSummary],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.items = items  # type: ignore[assignment]
        self.next_token = next_token


class SocialConnectionSummary(_Structure):
    """Summary of a social connection returned by ListSocialConnections.

    Carries no ARN (owner ruling 2026-10-05): a connection is addressed by its `Id`. Social
    connections are not taggable, and every social operation authorizes on its action rather
    than on a resource ARN.

    Attributes:
        id: Identifier of the social connection. Required.
        platform: Social platform this connection authorizes. Required.
        status: Authorization state. Required.
        page_name: The Facebook Page this connection publishes to.
        account_name: Display name of the account behind this connection.
        connected_at: When the account was last authorized.
        expires_at: When the authorization lapses.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "platform",
        "status",
        "page_name",
        "account_name",
        "connected_at",
        "expires_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Platform",
            "Status",
            "PageName",
            "AccountName",
            "ConnectedAt",
            "ExpiresAt",
        )
    )
    _REQUIRED = (
        "Id",
        "Platform",
        "Status",
    )
    _SENSITIVE = frozenset(("account_name",))
    _CODECS = _CODEC_MODULE

    id: str
    platform: Platform | str
    status: SocialConnectionStatus | str
    page_name: str | None
    account_name: str | None
    connected_at: _dt.datetime | None
    expires_at: _dt.datetime | None

    def __init__(
        self,
        *,
        id: str,
        platform: Platform | _types.PlatformValue,
        status: SocialConnectionStatus | _types.SocialConnectionStatusValue,
        page_name: str | None = None,
        account_name: str | None = None,
        connected_at: _dt.datetime | None = None,
        expires_at: _dt.datetime | None = None,
    ) -> None:
        self.id = id
        self.platform = platform
        self.status = status
        self.page_name = page_name
        self.account_name = account_name
        self.connected_at = connected_at
        self.expires_at = expires_at
