"""The awsJson codecs of the lists and maps of plain values (internal).

Lists and maps of strings, numbers, enums and the like, which hold no class: a line each
way, shared by the codecs of every shape that holds one.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.model.lazy import enum_lookup as _enum_lookup
from typed_aws_runtime.protocols import serde as _serde

from .. import enums as _enums

_lookup_IndustrySegment = _enum_lookup(
    globals(), "_lookup_IndustrySegment", _enums, "IndustrySegment"
)


def _encode_IndustrySegmentList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_IndustrySegmentList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_IndustrySegment))


def _encode_ListConnectionInvitationsRequestOtherParticipantIdentifiersList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListConnectionInvitationsRequestOtherParticipantIdentifiersList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ListConnectionsRequestOtherParticipantIdentifiersList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListConnectionsRequestOtherParticipantIdentifiersList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ParticipantIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ParticipantIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_TagKeyList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_TagKeyList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_UpdateConnectionPreferencesRequestExcludedParticipantIdentifiersList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_UpdateConnectionPreferencesRequestExcludedParticipantIdentifiersList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)
