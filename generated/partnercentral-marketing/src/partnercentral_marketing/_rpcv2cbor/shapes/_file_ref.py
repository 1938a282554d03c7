"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_file_ref.py``

``_encode_<Shape>(value, wire)`` gives the CBOR value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import cborserde as _serde
from typed_aws_runtime.protocols.cborserde import missing as _missing

from ...shapes import _file_ref as _classes


def _encode_FileRef(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.FileRef):
        raise _serde.wrong_shape(_classes.FileRef, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "S3Uri"
        value = shape.s3_uri
        if value is not None:
            out["S3Uri"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "VersionId"
        value = shape.version_id
        if value is not None:
            out["VersionId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_FileRef(data: _Any, wire: bool) -> _classes.FileRef:
    if not wire:
        _classes.FileRef._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.FileRef)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("S3Uri")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "S3Uri")
    fields.s3_uri = value
    value = get("VersionId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "VersionId")
    fields.version_id = value
    return shape


_bind_codec(_classes.FileRef, _encode_FileRef, _decode_FileRef)
