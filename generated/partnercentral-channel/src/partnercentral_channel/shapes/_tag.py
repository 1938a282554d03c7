"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only CreateChannelContract, CreateChannelHandshake,
CreateProgramManagementAccount, CreateRelationship, ListTagsForResource and
TagResource calls hold, imported on the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._tag"


class Tag(_Structure):
    """A key-value pair that can be associated with a resource.

    Attributes:
        key: The key of the tag. Required.
        value_: The value of the tag. Required.
    """

    __module__ = __package__
    __slots__ = (
        "key",
        "value_",
    )
    _WIRE_NAMES = frozenset(
        (
            "key",
            "value",
        )
    )
    _REQUIRED = (
        "key",
        "value",
    )
    _CODECS = _CODEC_MODULE

    key: str
    value_: str

    def __init__(
        self,
        *,
        key: str,
        value_: str,
    ) -> None:
        self.key = key
        self.value_ = value_
