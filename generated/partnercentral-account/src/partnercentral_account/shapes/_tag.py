"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only CreatePartner, ListTagsForResource and TagResource calls hold,
imported on the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._tag"


class Tag(_Structure):
    """A key-value pair used to associate metadata with AWS Partner Central Account resources.

    Attributes:
        key: The key name of the tag. Required.
        value_: The value associated with the tag key. Required.
    """

    __module__ = __package__
    __slots__ = (
        "key",
        "value_",
    )
    _WIRE_NAMES = frozenset(
        (
            "Key",
            "Value",
        )
    )
    _REQUIRED = (
        "Key",
        "Value",
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
