"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_qualifications_association_partner.py``

``_encode_<Shape>(value, wire)`` gives the JSON value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import serde as _serde

from ...shapes import _qualifications_association_partner as _classes


def _encode_QualificationsAssociationPartner(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.QualificationsAssociationPartner):
        raise _serde.wrong_shape(_classes.QualificationsAssociationPartner, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "ProfileId"
        value = shape.profile_id
        if value is not None:
            out["ProfileId"] = _serde.enc_str(value, wire)
        member = "AccountId"
        value = shape.account_id
        if value is not None:
            out["AccountId"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_QualificationsAssociationPartner(
    data: _Any, wire: bool
) -> _classes.QualificationsAssociationPartner:
    if not wire:
        _classes.QualificationsAssociationPartner._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.QualificationsAssociationPartner)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("ProfileId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ProfileId")
    fields.profile_id = value
    value = get("AccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AccountId")
    fields.account_id = value
    return shape


def _encode_AssociatedPartnerList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_QualificationsAssociationPartner)


def _decode_AssociatedPartnerList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_QualificationsAssociationPartner)


_bind_codec(
    _classes.QualificationsAssociationPartner,
    _encode_QualificationsAssociationPartner,
    _decode_QualificationsAssociationPartner,
)
