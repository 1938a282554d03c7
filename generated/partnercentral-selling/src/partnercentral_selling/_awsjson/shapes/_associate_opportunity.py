"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_associate_opportunity.py``

``_encode_<Shape>(value, wire)`` gives the JSON value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.lazy import enum_lookup as _enum_lookup
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import serde as _serde
from typed_aws_runtime.protocols.serde import missing as _missing

from ... import enums as _enums
from ...shapes import _associate_opportunity as _classes

_lookup_RelatedEntityType = _enum_lookup(
    globals(), "_lookup_RelatedEntityType", _enums, "RelatedEntityType"
)


def _encode_AssociateOpportunityRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AssociateOpportunityRequest):
        raise _serde.wrong_shape(_classes.AssociateOpportunityRequest, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "OpportunityIdentifier"
        value = shape.opportunity_identifier
        if value is not None:
            out["OpportunityIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "RelatedEntityType"
        value = shape.related_entity_type
        if value is not None:
            out["RelatedEntityType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "RelatedEntityIdentifier"
        value = shape.related_entity_identifier
        if value is not None:
            out["RelatedEntityIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AssociateOpportunityRequest(
    data: _Any, wire: bool
) -> _classes.AssociateOpportunityRequest:
    if not wire:
        _classes.AssociateOpportunityRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AssociateOpportunityRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("OpportunityIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "OpportunityIdentifier")
    fields.opportunity_identifier = value
    value = get("RelatedEntityIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RelatedEntityIdentifier")
    fields.related_entity_identifier = value
    member = ""
    try:
        member = "RelatedEntityType"
        value = get("RelatedEntityType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.related_entity_type = (
            None if value is None else _lookup_RelatedEntityType(value, value)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.AssociateOpportunityRequest,
    _encode_AssociateOpportunityRequest,
    _decode_AssociateOpportunityRequest,
)
