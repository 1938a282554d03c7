"""The awsJson codecs of the lists and maps of plain values (internal).

Lists and maps of strings, numbers, enums and the like, which hold no class: a line each
way, shared by the codecs of every shape that holds one.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.model.lazy import enum_lookup as _enum_lookup
from typed_aws_runtime.protocols import serde as _serde

from .. import enums as _enums

_lookup_BenefitAllocationStatus = _enum_lookup(
    globals(), "_lookup_BenefitAllocationStatus", _enums, "BenefitAllocationStatus"
)
_lookup_BenefitApplicationStatus = _enum_lookup(
    globals(), "_lookup_BenefitApplicationStatus", _enums, "BenefitApplicationStatus"
)
_lookup_BenefitStatus = _enum_lookup(globals(), "_lookup_BenefitStatus", _enums, "BenefitStatus")
_lookup_FulfillmentType = _enum_lookup(
    globals(), "_lookup_FulfillmentType", _enums, "FulfillmentType"
)


def _encode_Arns(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_Arns(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_Attributes(value: _Any, wire: bool) -> dict[str, _Any]:
    return _serde.enc_map(value, wire, _serde.enc_str)


def _decode_Attributes(value: _Any, wire: bool) -> dict[str, _Any]:
    return _serde.dec_map(value, wire, _serde.dec_str)


def _encode_BenefitIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_BenefitIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_BenefitIds(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_BenefitIds(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_CreateBenefitApplicationInputAssociatedResourcesList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_CreateBenefitApplicationInputAssociatedResourcesList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_FulfillmentTypes(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_FulfillmentTypes(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_FulfillmentType))


def _encode_GetBenefitApplicationOutputAssociatedResourcesList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_GetBenefitApplicationOutputAssociatedResourcesList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ListBenefitAllocationsInputBenefitApplicationIdentifiersList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListBenefitAllocationsInputBenefitApplicationIdentifiersList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ListBenefitAllocationsInputBenefitIdentifiersList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListBenefitAllocationsInputBenefitIdentifiersList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ListBenefitAllocationsInputFulfillmentTypesList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListBenefitAllocationsInputFulfillmentTypesList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_FulfillmentType))


def _encode_ListBenefitAllocationsInputStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListBenefitAllocationsInputStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_BenefitAllocationStatus))


def _encode_ListBenefitApplicationsInputBenefitIdentifiersList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListBenefitApplicationsInputBenefitIdentifiersList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ListBenefitApplicationsInputFulfillmentTypesList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListBenefitApplicationsInputFulfillmentTypesList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_FulfillmentType))


def _encode_ListBenefitApplicationsInputProgramsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListBenefitApplicationsInputProgramsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ListBenefitApplicationsInputStagesList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListBenefitApplicationsInputStagesList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ListBenefitApplicationsInputStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListBenefitApplicationsInputStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_BenefitApplicationStatus))


def _encode_ListBenefitsInputFulfillmentTypesList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListBenefitsInputFulfillmentTypesList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_FulfillmentType))


def _encode_ListBenefitsInputProgramsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListBenefitsInputProgramsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ListBenefitsInputStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListBenefitsInputStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_BenefitStatus))


def _encode_Programs(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_Programs(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_StatusReasonCodes(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_StatusReasonCodes(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_TagKeyList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_TagKeyList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)
