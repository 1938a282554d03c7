"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only TagResource calls hold, imported on the first use of one.
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
_CODEC_MODULE = ".._rpcv2cbor.shapes._tag_resource"


class TagResourceInput(_Structure):
    """TagResourceInput

    Attributes:
        resource_arn: The Amazon Resource Name (ARN) of the resource to tag. Required.
        tags: The tags to add to the resource. Required.
    """

    __module__ = __package__
    __slots__ = (
        "resource_arn",
        "tags",
    )
    _WIRE_NAMES = frozenset(
        (
            "resourceArn",
            "tags",
        )
    )
    _REQUIRED = (
        "resourceArn",
        "tags",
    )
    _CODECS = _CODEC_MODULE

    resource_arn: str
    tags: _Sequence[Tag]

    def __init__(
        self,
        *,
        resource_arn: str,
        tags: _types.SequenceNotStr[Tag],
    ) -> None:
        self.resource_arn = resource_arn
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.tags = tags  # type: ignore[assignment]
