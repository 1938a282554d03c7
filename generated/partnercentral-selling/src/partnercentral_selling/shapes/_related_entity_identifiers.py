"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only GetOpportunity and GetResourceSnapshot calls hold, imported on the
first use of one.
"""

from __future__ import annotations


from .._runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see _runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._related_entity_identifiers"


class RelatedEntityIdentifiers(_Structure):
    """This field provides the associations' information for other entities with the
    opportunity. These entities include identifiers for `AWSProducts`, `Partner Solutions`,
    and `AWSMarketplaceOffers`.

    Attributes:
        aws_marketplace_offers: Takes one value per opportunity.
        aws_marketplace_offer_sets: Enables the association of AWS Marketplace offer
            sets with the `Opportunity`.
        solutions: Enables partner solutions or offerings' association with an
            opportunity.
        aws_products: Enables the association of specific Amazon Web Services products
            with the `Opportunity`.
        aws_marketplace_solutions: Specifies the AWS Marketplace solutions to associate
            with the `Opportunity`.
        aws_marketplace_products: Specifies the AWS Marketplace products to associate
            with the `Opportunity`.
    """

    __module__ = __package__
    __slots__ = (
        "aws_marketplace_offers",
        "aws_marketplace_offer_sets",
        "solutions",
        "aws_products",
        "aws_marketplace_solutions",
        "aws_marketplace_products",
    )
    _WIRE_NAMES = frozenset(
        (
            "AwsMarketplaceOffers",
            "AwsMarketplaceOfferSets",
            "Solutions",
            "AwsProducts",
            "AwsMarketplaceSolutions",
            "AwsMarketplaceProducts",
        )
    )
    _CODECS = _CODEC_MODULE

    def __init__(
        self,
        *,
        aws_marketplace_offers: list[str] | None = None,
        aws_marketplace_offer_sets: list[str] | None = None,
        solutions: list[str] | None = None,
        aws_products: list[str] | None = None,
        aws_marketplace_solutions: list[str] | None = None,
        aws_marketplace_products: list[str] | None = None,
    ) -> None:
        self.aws_marketplace_offers = aws_marketplace_offers
        self.aws_marketplace_offer_sets = aws_marketplace_offer_sets
        self.solutions = solutions
        self.aws_products = aws_products
        self.aws_marketplace_solutions = aws_marketplace_solutions
        self.aws_marketplace_products = aws_marketplace_products
