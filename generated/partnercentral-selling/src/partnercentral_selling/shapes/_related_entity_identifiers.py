"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only GetOpportunity and GetResourceSnapshot calls hold, imported on the
first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
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

    aws_marketplace_offers: list[str] | None
    aws_marketplace_offer_sets: list[str] | None
    solutions: list[str] | None
    aws_products: list[str] | None
    aws_marketplace_solutions: list[str] | None
    aws_marketplace_products: list[str] | None

    def __init__(
        self,
        *,
        aws_marketplace_offers: _types.SequenceNotStr[str] | None = None,
        aws_marketplace_offer_sets: _types.SequenceNotStr[str] | None = None,
        solutions: _types.SequenceNotStr[str] | None = None,
        aws_products: _types.SequenceNotStr[str] | None = None,
        aws_marketplace_solutions: _types.SequenceNotStr[str] | None = None,
        aws_marketplace_products: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.aws_marketplace_offers = aws_marketplace_offers  # type: ignore[assignment]
        self.aws_marketplace_offer_sets = aws_marketplace_offer_sets  # type: ignore[assignment]
        self.solutions = solutions  # type: ignore[assignment]
        self.aws_products = aws_products  # type: ignore[assignment]
        self.aws_marketplace_solutions = aws_marketplace_solutions  # type: ignore[assignment]
        self.aws_marketplace_products = aws_marketplace_products  # type: ignore[assignment]
