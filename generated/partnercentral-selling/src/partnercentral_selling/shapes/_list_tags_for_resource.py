"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

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
_CODEC_MODULE = ".._awsjson.shapes._list_tags_for_resource"


class ListTagsForResourceRequest(_Structure):
    """Contains the request parameters for the `ListTagsForResource` operation.

    Attributes:
        resource_arn: The Amazon Resource Name (ARN) of the resource for which you want
            to retrieve tags. Required.
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
    """Contains the response that the `ListTagsForResource` action returns.

    Attributes:
        tags: A map of the key-value pairs for the tag or tags assigned to the specified
            resource. Required.
    """

    __module__ = __package__
    __slots__ = ("tags",)
    _WIRE_NAMES = frozenset(("Tags",))
    _REQUIRED = ("Tags",)
    _CODECS = _CODEC_MODULE

    tags: _Sequence[Tag]

    def __init__(
        self,
        *,
        tags: _types.SequenceNotStr[Tag],
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.tags = tags  # type: ignore[assignment]
