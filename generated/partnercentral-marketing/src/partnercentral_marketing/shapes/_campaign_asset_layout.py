"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only BatchCreateCampaignAsset and GetCampaignAsset calls hold, imported
on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from . import (
        LayoutPreview,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._campaign_asset_layout"


class CampaignAssetLayout(_Structure):
    """A multi-layout asset's layout choice: the selection, when made, and its options.

    Attributes:
        selected: The selected option's value.
        options: Every option the asset was created with, in authored order. Required.
    """

    __module__ = __package__
    __slots__ = (
        "selected",
        "options",
    )
    _WIRE_NAMES = frozenset(
        (
            "Selected",
            "Options",
        )
    )
    _REQUIRED = ("Options",)
    _CODECS = _CODEC_MODULE

    selected: str | None
    options: list[CampaignAssetLayoutOption]

    def __init__(
        self,
        *,
        options: _types.SequenceNotStr[CampaignAssetLayoutOption],
        selected: str | None = None,
    ) -> None:
        self.selected = selected
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.options = options  # type: ignore[assignment]


class CampaignAssetLayoutOption(_Structure):
    """One layout a multi-layout asset offers.

    Attributes:
        value_: The value that selects this option. Required.
        label: Display label.
        field_ids: The fields this option uses: the FieldValues that stay in scope when
            it is selected. Required.
        layout_previews: This option's pages, in page order.
    """

    __module__ = __package__
    __slots__ = (
        "value_",
        "label",
        "field_ids",
        "layout_previews",
    )
    _WIRE_NAMES = frozenset(
        (
            "Value",
            "Label",
            "FieldIds",
            "LayoutPreviews",
        )
    )
    _REQUIRED = (
        "Value",
        "FieldIds",
    )
    _CODECS = _CODEC_MODULE

    value_: str
    label: str | None
    field_ids: list[str]
    layout_previews: list[LayoutPreview] | None

    def __init__(
        self,
        *,
        value_: str,
        field_ids: _types.SequenceNotStr[str],
        label: str | None = None,
        layout_previews: _types.SequenceNotStr[LayoutPreview] | None = None,
    ) -> None:
        self.value_ = value_
        self.label = label
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.field_ids = field_ids  # type: ignore[assignment]
        self.layout_previews = layout_previews  # type: ignore[assignment]
