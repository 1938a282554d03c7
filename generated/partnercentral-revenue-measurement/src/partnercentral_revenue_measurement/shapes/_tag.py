"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only CreateMarketplaceRevenueShare, CreateRevenueAttribution,
ListTagsForResource and TagResource calls hold, imported on the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._tag"


class Tag(_Structure):
    """A key-value pair used for organizing and managing resources through metadata tags.

    Attributes:
        key: The key portion of the tag. Required.
        value_: The value portion of the tag. Required.
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
