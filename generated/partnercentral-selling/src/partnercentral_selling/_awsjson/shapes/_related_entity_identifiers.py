"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_related_entity_identifiers.py``

``_encode_<Shape>(value, wire)`` gives the JSON value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import serde as _serde

from ...shapes import _related_entity_identifiers as _classes
from ..plain import (
    _decode_AwsMarketplaceOfferIdentifiers,
    _decode_AwsMarketplaceOfferSetIdentifiers,
    _decode_AwsMarketplaceProductIdentifiers,
    _decode_AwsMarketplaceSolutionIdentifiers,
    _decode_AwsProductIdentifiers,
    _decode_SolutionIdentifiers,
    _encode_AwsMarketplaceOfferIdentifiers,
    _encode_AwsMarketplaceOfferSetIdentifiers,
    _encode_AwsMarketplaceProductIdentifiers,
    _encode_AwsMarketplaceSolutionIdentifiers,
    _encode_AwsProductIdentifiers,
    _encode_SolutionIdentifiers,
)


def _encode_RelatedEntityIdentifiers(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RelatedEntityIdentifiers):
        raise _serde.wrong_shape(_classes.RelatedEntityIdentifiers, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "AwsMarketplaceOffers"
        value = shape.aws_marketplace_offers
        if value is not None:
            out["AwsMarketplaceOffers"] = _encode_AwsMarketplaceOfferIdentifiers(value, wire)
        member = "AwsMarketplaceOfferSets"
        value = shape.aws_marketplace_offer_sets
        if value is not None:
            out["AwsMarketplaceOfferSets"] = _encode_AwsMarketplaceOfferSetIdentifiers(value, wire)
        member = "Solutions"
        value = shape.solutions
        if value is not None:
            out["Solutions"] = _encode_SolutionIdentifiers(value, wire)
        member = "AwsProducts"
        value = shape.aws_products
        if value is not None:
            out["AwsProducts"] = _encode_AwsProductIdentifiers(value, wire)
        member = "AwsMarketplaceSolutions"
        value = shape.aws_marketplace_solutions
        if value is not None:
            out["AwsMarketplaceSolutions"] = _encode_AwsMarketplaceSolutionIdentifiers(value, wire)
        member = "AwsMarketplaceProducts"
        value = shape.aws_marketplace_products
        if value is not None:
            out["AwsMarketplaceProducts"] = _encode_AwsMarketplaceProductIdentifiers(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RelatedEntityIdentifiers(data: _Any, wire: bool) -> _classes.RelatedEntityIdentifiers:
    if not wire:
        _classes.RelatedEntityIdentifiers._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.RelatedEntityIdentifiers)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "AwsMarketplaceOffers"
        value = get("AwsMarketplaceOffers")
        fields.aws_marketplace_offers = (
            None if value is None else _decode_AwsMarketplaceOfferIdentifiers(value, wire)
        )
        member = "AwsMarketplaceOfferSets"
        value = get("AwsMarketplaceOfferSets")
        fields.aws_marketplace_offer_sets = (
            None if value is None else _decode_AwsMarketplaceOfferSetIdentifiers(value, wire)
        )
        member = "Solutions"
        value = get("Solutions")
        fields.solutions = None if value is None else _decode_SolutionIdentifiers(value, wire)
        member = "AwsProducts"
        value = get("AwsProducts")
        fields.aws_products = None if value is None else _decode_AwsProductIdentifiers(value, wire)
        member = "AwsMarketplaceSolutions"
        value = get("AwsMarketplaceSolutions")
        fields.aws_marketplace_solutions = (
            None if value is None else _decode_AwsMarketplaceSolutionIdentifiers(value, wire)
        )
        member = "AwsMarketplaceProducts"
        value = get("AwsMarketplaceProducts")
        fields.aws_marketplace_products = (
            None if value is None else _decode_AwsMarketplaceProductIdentifiers(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.RelatedEntityIdentifiers,
    _encode_RelatedEntityIdentifiers,
    _decode_RelatedEntityIdentifiers,
)
