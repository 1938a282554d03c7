"""The awsJson codecs of the lists and maps of plain values (internal).

Lists and maps of strings, numbers, enums and the like, which hold no class: a line each
way, shared by the codecs of every shape that holds one.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.model.lazy import enum_lookup as _enum_lookup
from typed_aws_runtime.protocols import serde as _serde

from .. import enums as _enums

_lookup_AssociationType = _enum_lookup(
    globals(), "_lookup_AssociationType", _enums, "AssociationType"
)
_lookup_ChannelContractStatus = _enum_lookup(
    globals(), "_lookup_ChannelContractStatus", _enums, "ChannelContractStatus"
)
_lookup_HandshakeStatus = _enum_lookup(
    globals(), "_lookup_HandshakeStatus", _enums, "HandshakeStatus"
)
_lookup_ManagedServicesSupportedService = _enum_lookup(
    globals(), "_lookup_ManagedServicesSupportedService", _enums, "ManagedServicesSupportedService"
)
_lookup_Program = _enum_lookup(globals(), "_lookup_Program", _enums, "Program")
_lookup_ProgramManagementAccountStatus = _enum_lookup(
    globals(), "_lookup_ProgramManagementAccountStatus", _enums, "ProgramManagementAccountStatus"
)
_lookup_ServicePeriodType = _enum_lookup(
    globals(), "_lookup_ServicePeriodType", _enums, "ServicePeriodType"
)


def _encode_AccountIdList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AccountIdList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_AssociatedResourceIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AssociatedResourceIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_AssociationTypeList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AssociationTypeList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_AssociationType))


def _encode_ChannelContractLegalEntityNameFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ChannelContractLegalEntityNameFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ChannelContractStatusFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ChannelContractStatusFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_ChannelContractStatus))


def _encode_HandshakeStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_HandshakeStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_HandshakeStatus))


def _encode_ManagedServicesSupportedServiceList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ManagedServicesSupportedServiceList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(
        value, wire, _serde.enum_decoder(_lookup_ManagedServicesSupportedService)
    )


def _encode_MemberAccountIdList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_MemberAccountIdList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ProgramList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ProgramList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_Program))


def _encode_ProgramManagementAccountDisplayNameList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ProgramManagementAccountDisplayNameList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ProgramManagementAccountIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ProgramManagementAccountIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ProgramManagementAccountStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ProgramManagementAccountStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(
        value, wire, _serde.enum_decoder(_lookup_ProgramManagementAccountStatus)
    )


def _encode_RelationshipDisplayNameList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_RelationshipDisplayNameList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_RelationshipIdentifierFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_RelationshipIdentifierFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ServicePeriodTypeList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ServicePeriodTypeList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_ServicePeriodType))


def _encode_TagKeyList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_TagKeyList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)
