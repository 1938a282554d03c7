"""Shapes of the Partner Central Benefits API (internal: import them from ``shapes``).

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
    """ListTagsForResourceRequest

    Attributes:
        resource_arn: The Amazon Resource Name (ARN) of the resource to list tags for.
            Required.
    """

    __module__ = __package__
    __slots__ = ("resource_arn",)
    _WIRE_NAMES = frozenset(("resourceArn",))
    _REQUIRED = ("resourceArn",)
    _CODECS = _CODEC_MODULE

    resource_arn: str

    def __init__(
        self,
        *,
        resource_arn: str,
    ) -> None:
        self.resource_arn = resource_arn


class ListTagsForResourceResponse(_Structure):
    """ListTagsForResourceResponse

    Attributes:
        tags: A list of key-value pairs representing the tags associated with the
            resource.
    """

    __module__ = __package__
    __slots__ = ("tags",)
    _WIRE_NAMES = frozenset(("tags",))
    _CODECS = _CODEC_MODULE

    tags: _Sequence[Tag] | None

    def __init__(
        self,
        *,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.tags = tags  # type: ignore[assignment]
