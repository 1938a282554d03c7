"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only UntagResource calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._untag_resource"


class UntagResourceInput(_Structure):
    """UntagResourceInput

    Attributes:
        resource_arn: The Amazon Resource Name (ARN) of the resource to remove tags
            from. Required.
        tag_keys: The tag keys to remove from the resource. Required.
    """

    __module__ = __package__
    __slots__ = (
        "resource_arn",
        "tag_keys",
    )
    _WIRE_NAMES = frozenset(
        (
            "resourceArn",
            "tagKeys",
        )
    )
    _REQUIRED = (
        "resourceArn",
        "tagKeys",
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
