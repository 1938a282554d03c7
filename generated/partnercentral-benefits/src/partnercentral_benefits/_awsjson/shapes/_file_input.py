"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_file_input.py``

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

from ...shapes import _file_input as _classes


def _encode_FileInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.FileInput):
        raise _serde.wrong_shape(_classes.FileInput, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "FileURI"
        value = shape.file_uri
        if value is not None:
            out["FileURI"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "BusinessUseCase"
        value = shape.business_use_case
        if value is not None:
            out["BusinessUseCase"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_FileInput(data: _Any, wire: bool) -> _classes.FileInput:
    if not wire:
        _classes.FileInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.FileInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("FileURI")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FileURI")
    fields.file_uri = value
    value = get("BusinessUseCase")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BusinessUseCase")
    fields.business_use_case = value
    return shape


def _encode_CreateBenefitApplicationInputFileDetailsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_FileInput)


def _decode_CreateBenefitApplicationInputFileDetailsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_FileInput)


def _encode_UpdateBenefitApplicationInputFileDetailsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_FileInput)


def _decode_UpdateBenefitApplicationInputFileDetailsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_FileInput)


_bind_codec(_classes.FileInput, _encode_FileInput, _decode_FileInput)
