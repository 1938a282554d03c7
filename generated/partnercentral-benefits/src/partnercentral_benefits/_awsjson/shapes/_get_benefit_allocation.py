"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_benefit_allocation.py``

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
from ...shapes import _get_benefit_allocation as _classes
from ..plain import (
    _decode_BenefitIdentifiers,
    _encode_BenefitIdentifiers,
)

_lookup_BenefitAllocationStatus = _enum_lookup(
    globals(), "_lookup_BenefitAllocationStatus", _enums, "BenefitAllocationStatus"
)
_lookup_CurrencyCode = _enum_lookup(globals(), "_lookup_CurrencyCode", _enums, "CurrencyCode")
_lookup_FulfillmentType = _enum_lookup(
    globals(), "_lookup_FulfillmentType", _enums, "FulfillmentType"
)


def _encode_AccessDetails(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AccessDetails):
        raise _serde.wrong_shape(_classes.AccessDetails, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AccessDetails(data: _Any, wire: bool) -> _classes.AccessDetails:
    if not wire:
        _classes.AccessDetails._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AccessDetails)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    return shape


def _encode_ConsumableDetails(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ConsumableDetails):
        raise _serde.wrong_shape(_classes.ConsumableDetails, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "AllocatedAmount"
        value = shape.allocated_amount
        if value is not None:
            out["AllocatedAmount"] = _encode_MonetaryValue(value, wire)
        member = "RemainingAmount"
        value = shape.remaining_amount
        if value is not None:
            out["RemainingAmount"] = _encode_MonetaryValue(value, wire)
        member = "UtilizedAmount"
        value = shape.utilized_amount
        if value is not None:
            out["UtilizedAmount"] = _encode_MonetaryValue(value, wire)
        member = "IssuanceDetails"
        value = shape.issuance_details
        if value is not None:
            out["IssuanceDetails"] = _encode_IssuanceDetail(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ConsumableDetails(data: _Any, wire: bool) -> _classes.ConsumableDetails:
    if not wire:
        _classes.ConsumableDetails._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ConsumableDetails)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "AllocatedAmount"
        value = get("AllocatedAmount")
        fields.allocated_amount = None if value is None else _decode_MonetaryValue(value, wire)
        member = "RemainingAmount"
        value = get("RemainingAmount")
        fields.remaining_amount = None if value is None else _decode_MonetaryValue(value, wire)
        member = "UtilizedAmount"
        value = get("UtilizedAmount")
        fields.utilized_amount = None if value is None else _decode_MonetaryValue(value, wire)
        member = "IssuanceDetails"
        value = get("IssuanceDetails")
        fields.issuance_details = None if value is None else _decode_IssuanceDetail(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreditCode(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreditCode):
        raise _serde.wrong_shape(_classes.CreditCode, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "AwsAccountId"
        value = shape.aws_account_id
        if value is not None:
            out["AwsAccountId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Value"
        value = shape.value_
        if value is not None:
            out["Value"] = _encode_MonetaryValue(value, wire)
        elif wire:
            raise _missing("")
        member = "AwsCreditCode"
        value = shape.aws_credit_code
        if value is not None:
            out["AwsCreditCode"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "IssuedAt"
        value = shape.issued_at
        if value is not None:
            out["IssuedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "ExpiresAt"
        value = shape.expires_at
        if value is not None:
            out["ExpiresAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreditCode(data: _Any, wire: bool) -> _classes.CreditCode:
    if not wire:
        _classes.CreditCode._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreditCode)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("AwsAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AwsAccountId")
    fields.aws_account_id = value
    value = get("AwsCreditCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AwsCreditCode")
    fields.aws_credit_code = value
    member = ""
    try:
        member = "Value"
        value = get("Value")
        fields.value_ = None if value is None else _decode_MonetaryValue(value, wire)
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_BenefitAllocationStatus(value, value)
        member = "IssuedAt"
        value = get("IssuedAt")
        fields.issued_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "ExpiresAt"
        value = get("ExpiresAt")
        fields.expires_at = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreditDetails(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreditDetails):
        raise _serde.wrong_shape(_classes.CreditDetails, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "AllocatedAmount"
        value = shape.allocated_amount
        if value is not None:
            out["AllocatedAmount"] = _encode_MonetaryValue(value, wire)
        elif wire:
            raise _missing("")
        member = "IssuedAmount"
        value = shape.issued_amount
        if value is not None:
            out["IssuedAmount"] = _encode_MonetaryValue(value, wire)
        elif wire:
            raise _missing("")
        member = "Codes"
        value = shape.codes
        if value is not None:
            out["Codes"] = _encode_CreditCodes(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreditDetails(data: _Any, wire: bool) -> _classes.CreditDetails:
    if not wire:
        _classes.CreditDetails._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreditDetails)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "AllocatedAmount"
        value = get("AllocatedAmount")
        fields.allocated_amount = None if value is None else _decode_MonetaryValue(value, wire)
        member = "IssuedAmount"
        value = get("IssuedAmount")
        fields.issued_amount = None if value is None else _decode_MonetaryValue(value, wire)
        member = "Codes"
        value = get("Codes")
        fields.codes = None if value is None else _decode_CreditCodes(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_DisbursementDetails(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.DisbursementDetails):
        raise _serde.wrong_shape(_classes.DisbursementDetails, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "DisbursedAmount"
        value = shape.disbursed_amount
        if value is not None:
            out["DisbursedAmount"] = _encode_MonetaryValue(value, wire)
        member = "IssuanceDetails"
        value = shape.issuance_details
        if value is not None:
            out["IssuanceDetails"] = _encode_IssuanceDetail(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_DisbursementDetails(data: _Any, wire: bool) -> _classes.DisbursementDetails:
    if not wire:
        _classes.DisbursementDetails._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.DisbursementDetails)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "DisbursedAmount"
        value = get("DisbursedAmount")
        fields.disbursed_amount = None if value is None else _decode_MonetaryValue(value, wire)
        member = "IssuanceDetails"
        value = get("IssuanceDetails")
        fields.issuance_details = None if value is None else _decode_IssuanceDetail(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetBenefitAllocationInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetBenefitAllocationInput):
        raise _serde.wrong_shape(_classes.GetBenefitAllocationInput, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetBenefitAllocationInput(
    data: _Any, wire: bool
) -> _classes.GetBenefitAllocationInput:
    if not wire:
        _classes.GetBenefitAllocationInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetBenefitAllocationInput)
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
    return shape


def _encode_GetBenefitAllocationOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetBenefitAllocationOutput):
        raise _serde.wrong_shape(_classes.GetBenefitAllocationOutput, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        member = "StatusReason"
        value = shape.status_reason
        if value is not None:
            out["StatusReason"] = _serde.enc_str(value, wire)
        member = "BenefitApplicationId"
        value = shape.benefit_application_id
        if value is not None:
            out["BenefitApplicationId"] = _serde.enc_str(value, wire)
        member = "BenefitId"
        value = shape.benefit_id
        if value is not None:
            out["BenefitId"] = _serde.enc_str(value, wire)
        member = "FulfillmentType"
        value = shape.fulfillment_type
        if value is not None:
            out["FulfillmentType"] = _serde.enc_str(value, wire)
        member = "ApplicableBenefitIds"
        value = shape.applicable_benefit_ids
        if value is not None:
            out["ApplicableBenefitIds"] = _encode_BenefitIdentifiers(value, wire)
        member = "FulfillmentDetail"
        value = shape.fulfillment_detail
        if value is not None:
            out["FulfillmentDetail"] = _encode_FulfillmentDetails(value, wire)
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_iso8601(value, wire)
        member = "UpdatedAt"
        value = shape.updated_at
        if value is not None:
            out["UpdatedAt"] = _serde.enc_iso8601(value, wire)
        member = "StartsAt"
        value = shape.starts_at
        if value is not None:
            out["StartsAt"] = _serde.enc_iso8601(value, wire)
        member = "ExpiresAt"
        value = shape.expires_at
        if value is not None:
            out["ExpiresAt"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetBenefitAllocationOutput(
    data: _Any, wire: bool
) -> _classes.GetBenefitAllocationOutput:
    if not wire:
        _classes.GetBenefitAllocationOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetBenefitAllocationOutput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    value = get("StatusReason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "StatusReason")
    fields.status_reason = value
    value = get("BenefitApplicationId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BenefitApplicationId")
    fields.benefit_application_id = value
    value = get("BenefitId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BenefitId")
    fields.benefit_id = value
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_BenefitAllocationStatus(value, value)
        member = "FulfillmentType"
        value = get("FulfillmentType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.fulfillment_type = None if value is None else _lookup_FulfillmentType(value, value)
        member = "ApplicableBenefitIds"
        value = get("ApplicableBenefitIds")
        fields.applicable_benefit_ids = (
            None if value is None else _decode_BenefitIdentifiers(value, wire)
        )
        member = "FulfillmentDetail"
        value = get("FulfillmentDetail")
        fields.fulfillment_detail = (
            None if value is None else _decode_FulfillmentDetails(value, wire)
        )
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "UpdatedAt"
        value = get("UpdatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "StartsAt"
        value = get("StartsAt")
        fields.starts_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "ExpiresAt"
        value = get("ExpiresAt")
        fields.expires_at = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_IssuanceDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.IssuanceDetail):
        raise _serde.wrong_shape(_classes.IssuanceDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "IssuanceId"
        value = shape.issuance_id
        if value is not None:
            out["IssuanceId"] = _serde.enc_str(value, wire)
        member = "IssuanceAmount"
        value = shape.issuance_amount
        if value is not None:
            out["IssuanceAmount"] = _encode_MonetaryValue(value, wire)
        member = "IssuedAt"
        value = shape.issued_at
        if value is not None:
            out["IssuedAt"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_IssuanceDetail(data: _Any, wire: bool) -> _classes.IssuanceDetail:
    if not wire:
        _classes.IssuanceDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.IssuanceDetail)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("IssuanceId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "IssuanceId")
    fields.issuance_id = value
    member = ""
    try:
        member = "IssuanceAmount"
        value = get("IssuanceAmount")
        fields.issuance_amount = None if value is None else _decode_MonetaryValue(value, wire)
        member = "IssuedAt"
        value = get("IssuedAt")
        fields.issued_at = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_MonetaryValue(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.MonetaryValue):
        raise _serde.wrong_shape(_classes.MonetaryValue, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Amount"
        value = shape.amount
        if value is not None:
            out["Amount"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "CurrencyCode"
        value = shape.currency_code
        if value is not None:
            out["CurrencyCode"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_MonetaryValue(data: _Any, wire: bool) -> _classes.MonetaryValue:
    if not wire:
        _classes.MonetaryValue._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.MonetaryValue)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Amount")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Amount")
    fields.amount = value
    member = ""
    try:
        member = "CurrencyCode"
        value = get("CurrencyCode")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.currency_code = None if value is None else _lookup_CurrencyCode(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_FulfillmentDetails(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.FulfillmentDetails):
        raise _serde.wrong_shape(_classes.FulfillmentDetails, union)
    return union._encode(wire)  # the variant's


def _decode_FulfillmentDetails(data: _Any, wire: bool) -> _classes.FulfillmentDetails:
    tag, value = _classes.FulfillmentDetails._single_item(data)
    try:
        if tag == "DisbursementDetails":
            return _classes.FulfillmentDetailsDisbursementDetails(
                _decode_DisbursementDetails(value, wire)
            )
        if tag == "ConsumableDetails":
            return _classes.FulfillmentDetailsConsumableDetails(
                _decode_ConsumableDetails(value, wire)
            )
        if tag == "CreditDetails":
            return _classes.FulfillmentDetailsCreditDetails(_decode_CreditDetails(value, wire))
        if tag == "AccessDetails":
            return _classes.FulfillmentDetailsAccessDetails(_decode_AccessDetails(value, wire))
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.FulfillmentDetails._check_keys(data)
    return _classes.FulfillmentDetailsUnknown(tag, value)


def _encode_FulfillmentDetailsDisbursementDetails(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"DisbursementDetails": _encode_DisbursementDetails(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("DisbursementDetails") from None


def _encode_FulfillmentDetailsConsumableDetails(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"ConsumableDetails": _encode_ConsumableDetails(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("ConsumableDetails") from None


def _encode_FulfillmentDetailsCreditDetails(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"CreditDetails": _encode_CreditDetails(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("CreditDetails") from None


def _encode_FulfillmentDetailsAccessDetails(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"AccessDetails": _encode_AccessDetails(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("AccessDetails") from None


def _encode_CreditCodes(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_CreditCode)


def _decode_CreditCodes(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_CreditCode)


_bind_codec(_classes.AccessDetails, _encode_AccessDetails, _decode_AccessDetails)
_bind_codec(_classes.ConsumableDetails, _encode_ConsumableDetails, _decode_ConsumableDetails)
_bind_codec(_classes.CreditCode, _encode_CreditCode, _decode_CreditCode)
_bind_codec(_classes.CreditDetails, _encode_CreditDetails, _decode_CreditDetails)
_bind_codec(_classes.DisbursementDetails, _encode_DisbursementDetails, _decode_DisbursementDetails)
_bind_codec(
    _classes.GetBenefitAllocationInput,
    _encode_GetBenefitAllocationInput,
    _decode_GetBenefitAllocationInput,
)
_bind_codec(
    _classes.GetBenefitAllocationOutput,
    _encode_GetBenefitAllocationOutput,
    _decode_GetBenefitAllocationOutput,
)
_bind_codec(_classes.IssuanceDetail, _encode_IssuanceDetail, _decode_IssuanceDetail)
_bind_codec(_classes.MonetaryValue, _encode_MonetaryValue, _decode_MonetaryValue)
_bind_codec(_classes.FulfillmentDetails, decode=_decode_FulfillmentDetails)
_bind_codec(
    _classes.FulfillmentDetailsDisbursementDetails, _encode_FulfillmentDetailsDisbursementDetails
)
_bind_codec(
    _classes.FulfillmentDetailsConsumableDetails, _encode_FulfillmentDetailsConsumableDetails
)
_bind_codec(_classes.FulfillmentDetailsCreditDetails, _encode_FulfillmentDetailsCreditDetails)
_bind_codec(_classes.FulfillmentDetailsAccessDetails, _encode_FulfillmentDetailsAccessDetails)
