"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only PutProfileVisibility calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ProfileVisibility,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._put_profile_visibility"


class PutProfileVisibilityRequest(_Structure):
    """PutProfileVisibilityRequest

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        identifier: The unique identifier of the partner account. Required.
        visibility: The visibility setting to apply to the partner profile. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "visibility",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "Visibility",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
        "Visibility",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    visibility: ProfileVisibility | str

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        visibility: ProfileVisibility | _types.ProfileVisibilityValue,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.visibility = visibility


class PutProfileVisibilityResponse(_Structure):
    """PutProfileVisibilityResponse

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        arn: The Amazon Resource Name (ARN) of the partner account. Required.
        id: The unique identifier of the partner account. Required.
        visibility: The updated visibility setting for the partner profile. Required.
        profile_id: The unique identifier of the partner profile. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "arn",
        "id",
        "visibility",
        "profile_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Arn",
            "Id",
            "Visibility",
            "ProfileId",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Arn",
        "Id",
        "Visibility",
        "ProfileId",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    arn: str
    id: str
    visibility: ProfileVisibility | str
    profile_id: str

    def __init__(
        self,
        *,
        catalog: str,
        arn: str,
        id: str,
        visibility: ProfileVisibility | _types.ProfileVisibilityValue,
        profile_id: str,
    ) -> None:
        self.catalog = catalog
        self.arn = arn
        self.id = id
        self.visibility = visibility
        self.profile_id = profile_id
