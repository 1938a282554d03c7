"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only ListTagsForResource calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from . import (
        Tag,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._list_tags_for_resource"


class ListTagsForResourceRequest(_Structure):
    """Input for ListTagsForResource.

    Attributes:
        resource_arn: The ARN of the resource whose tags should be returned. Required.
    """

    __module__ = __package__
    __slots__ = ("resource_arn",)
    _WIRE_NAMES = frozenset(("ResourceArn",))
    _REQUIRED = ("ResourceArn",)
    _CODECS = _CODEC_MODULE

    resource_arn: str

    def __init__(
        self,
        *,
        resource_arn: str,
    ) -> None:
        self.resource_arn = resource_arn


class ListTagsForResourceResponse(_Structure):
    """Output for ListTagsForResource.

    Attributes:
        resource_arn: The ARN of the resource the tags belong to. Required.
        tags: The tags currently applied.
    """

    __module__ = __package__
    __slots__ = (
        "resource_arn",
        "tags",
    )
    _WIRE_NAMES = frozenset(
        (
            "ResourceArn",
            "Tags",
        )
    )
    _REQUIRED = ("ResourceArn",)
    _CODECS = _CODEC_MODULE

    resource_arn: str
    tags: _Sequence[Tag] | None

    def __init__(
        self,
        *,
        resource_arn: str,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> None:
        self.resource_arn = resource_arn
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.tags = tags  # type: ignore[assignment]
