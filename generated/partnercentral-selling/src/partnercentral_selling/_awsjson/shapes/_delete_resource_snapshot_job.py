"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_delete_resource_snapshot_job.py``

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

from ...shapes import _delete_resource_snapshot_job as _classes


def _encode_DeleteResourceSnapshotJobRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.DeleteResourceSnapshotJobRequest):
        raise _serde.wrong_shape(_classes.DeleteResourceSnapshotJobRequest, shape)
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
        member = "ResourceSnapshotJobIdentifier"
        value = shape.resource_snapshot_job_identifier
        if value is not None:
            out["ResourceSnapshotJobIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_DeleteResourceSnapshotJobRequest(
    data: _Any, wire: bool
) -> _classes.DeleteResourceSnapshotJobRequest:
    if not wire:
        _classes.DeleteResourceSnapshotJobRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.DeleteResourceSnapshotJobRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("ResourceSnapshotJobIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceSnapshotJobIdentifier")
    fields.resource_snapshot_job_identifier = value
    return shape


_bind_codec(
    _classes.DeleteResourceSnapshotJobRequest,
    _encode_DeleteResourceSnapshotJobRequest,
    _decode_DeleteResourceSnapshotJobRequest,
)
