"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only BatchCreateCampaignAsset, GetCampaignAsset and GetCampaignTemplate
calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        LayoutFormat,
        LayoutPageType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._layout_preview"


class LayoutPreview(_Structure):
    """A rendering of an AWS-authored layout skeleton or placeholder image.

    The url is a stable, cache-friendly CloudFront URL rather than a presigned GET, because
    the bytes are AWS marketing content that is already public. The key's random segment is
    the object's only protection, so the URL is a bearer credential for the object and is
    withheld entirely while a template is not yet effective — see
    CampaignTemplate.EffectiveDateBegin.

    Attributes:
        format: The format of the referenced object. Required.
        url: A stable URL serving the object. Required.
        page_type: Which page of a multi-page layout this is.
    """

    __module__ = __package__
    __slots__ = (
        "format",
        "url",
        "page_type",
    )
    _WIRE_NAMES = frozenset(
        (
            "Format",
            "Url",
            "PageType",
        )
    )
    _REQUIRED = (
        "Format",
        "Url",
    )
    _CODECS = _CODEC_MODULE

    format: LayoutFormat | str
    url: str
    page_type: LayoutPageType | str | None

    def __init__(
        self,
        *,
        format: LayoutFormat | _types.LayoutFormatValue,
        url: str,
        page_type: LayoutPageType | _types.LayoutPageTypeValue | None = None,
    ) -> None:
        self.format = format
        self.url = url
        self.page_type = page_type
