"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only GetProfileVisibility calls hold, imported on the first use of one.
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
_CODEC_MODULE = ".._awsjson.shapes._get_profile_visibility"


class GetProfileVisibilityRequest(_Structure):
    """GetProfileVisibilityRequest

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        identifier: The unique identifier of the partner account. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier


class GetProfileVisibilityResponse(_Structure):
    """GetProfileVisibilityResponse

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        arn: The Amazon Resource Name (ARN) of the partner account. Required.
        id: The unique identifier of the partner account. Required.
        visibility: The visibility setting for the partner profile (public, private,
            restricted, etc.). Required.
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
