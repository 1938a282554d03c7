"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only CreateRevenueAttribution, GetRevenueAttribution and
ListRevenueAttributions calls hold, imported on the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._marketplace_product_summary"


class MarketplaceProductSummary(_Structure):
    """Read-time AWS Marketplace product attributes returned in revenue attribution responses,
    including service-resolved fields.

    Attributes:
        product_id: The product identifier provided at attribution creation.
        product_code: The AWS Marketplace product code resolved using the product
            identifier.
        product_name: The display name of the AWS Marketplace product.
    """

    __module__ = __package__
    __slots__ = (
        "product_id",
        "product_code",
        "product_name",
    )
    _WIRE_NAMES = frozenset(
        (
            "ProductId",
            "ProductCode",
            "ProductName",
        )
    )
    _CODECS = _CODEC_MODULE

    product_id: str | None
    product_code: str | None
    product_name: str | None

    def __init__(
        self,
        *,
        product_id: str | None = None,
        product_code: str | None = None,
        product_name: str | None = None,
    ) -> None:
        self.product_id = product_id
        self.product_code = product_code
        self.product_name = product_name
