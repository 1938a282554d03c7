"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_disassociate_aws_training_certification_email_domain.py``

``_encode_<Shape>(value, wire)`` gives the JSON value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import serde as _serde
from typed_aws_runtime.protocols.serde import missing as _missing

from ...shapes import _disassociate_aws_training_certification_email_domain as _classes


def _encode_DisassociateAwsTrainingCertificationEmailDomainRequest(
    shape: _Any, wire: bool
) -> dict[str, _Any]:
    if not isinstance(shape, _classes.DisassociateAwsTrainingCertificationEmailDomainRequest):
        raise _serde.wrong_shape(
            _classes.DisassociateAwsTrainingCertificationEmailDomainRequest, shape
        )
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
        member = "Identifier"
        value = shape.identifier
        if value is not None:
            out["Identifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
        member = "DomainName"
        value = shape.domain_name
        if value is not None:
            out["DomainName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_DisassociateAwsTrainingCertificationEmailDomainRequest(
    data: _Any, wire: bool
) -> _classes.DisassociateAwsTrainingCertificationEmailDomainRequest:
    if not wire:
        _classes.DisassociateAwsTrainingCertificationEmailDomainRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.DisassociateAwsTrainingCertificationEmailDomainRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Identifier")
    fields.identifier = value
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
    value = get("DomainName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "DomainName")
    fields.domain_name = value
    return shape


def _encode_DisassociateAwsTrainingCertificationEmailDomainResponse(
    shape: _Any, wire: bool
) -> dict[str, _Any]:
    if not isinstance(shape, _classes.DisassociateAwsTrainingCertificationEmailDomainResponse):
        raise _serde.wrong_shape(
            _classes.DisassociateAwsTrainingCertificationEmailDomainResponse, shape
        )
    out: dict[str, _Any] = {}
    return out


def _decode_DisassociateAwsTrainingCertificationEmailDomainResponse(
    data: _Any, wire: bool
) -> _classes.DisassociateAwsTrainingCertificationEmailDomainResponse:
    if not wire:
        _classes.DisassociateAwsTrainingCertificationEmailDomainResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.DisassociateAwsTrainingCertificationEmailDomainResponse)
    return shape


_bind_codec(
    _classes.DisassociateAwsTrainingCertificationEmailDomainRequest,
    _encode_DisassociateAwsTrainingCertificationEmailDomainRequest,
    _decode_DisassociateAwsTrainingCertificationEmailDomainRequest,
)
_bind_codec(
    _classes.DisassociateAwsTrainingCertificationEmailDomainResponse,
    _encode_DisassociateAwsTrainingCertificationEmailDomainResponse,
    _decode_DisassociateAwsTrainingCertificationEmailDomainResponse,
)
