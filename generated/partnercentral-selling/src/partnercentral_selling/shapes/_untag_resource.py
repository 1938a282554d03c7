"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only UntagResource calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._untag_resource"


class UntagResourceRequest(_Structure):
    """Contains the request parameters for the `UntagResource` operation.

    Attributes:
        resource_arn: The Amazon Resource Name (ARN) of the resource that you want to
            untag. Required.
        tag_keys: The keys of the key-value pairs for the tag or tags you want to remove
            from the specified resource. Required.
    """

    __module__ = __package__
    __slots__ = (
        "resource_arn",
        "tag_keys",
    )
    _WIRE_NAMES = frozenset(
        (
            "ResourceArn",
            "TagKeys",
        )
    )
    _REQUIRED = (
        "ResourceArn",
        "TagKeys",
    )
    _CODECS = _CODEC_MODULE

    resource_arn: str
    tag_keys: _Sequence[str]

    def __init__(
        self,
        *,
        resource_arn: str,
        tag_keys: _types.SequenceNotStr[str],
    ) -> None:
        self.resource_arn = resource_arn
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.tag_keys = tag_keys  # type: ignore[assignment]


class UntagResourceResponse(_Structure):
    """Contains the response of the `UntagResource` operation. The response has no members."""

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(())
    _CODECS = _CODEC_MODULE

    def __init__(
        self,
    ) -> None:
        pass
