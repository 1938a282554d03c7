"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class RelatedEntityType(_OpenEnum):
    """The type of an entity that you associate with an opportunity. Valid values are
    `Solutions`, `AwsProducts`, `AwsMarketplaceOffers`, `AwsMarketplaceOfferSets`,
    `AwsMarketplaceSolutions`, and `AwsMarketplaceProducts`.
    """

    __module__ = __package__
    SOLUTIONS = "Solutions"
    AWSPRODUCTS = "AwsProducts"
    AWSMARKETPLACEOFFERS = "AwsMarketplaceOffers"
    AWSMARKETPLACEOFFERSETS = "AwsMarketplaceOfferSets"
    AWSMARKETPLACESOLUTIONS = "AwsMarketplaceSolutions"
    AWSMARKETPLACEPRODUCTS = "AwsMarketplaceProducts"
