"""The RPC v2 CBOR codec (``runtime/protocols/cborcodec.py``): the CBOR decode vectors and more.

``decode-success-tests.json`` (101 vectors) gives CBOR bytes and the value each is;
``decode-error-tests.json`` (37) bytes a decoder must refuse. cbor2 alone passes
98 of the 101 and refuses all 37: it reads tag 0 as a date string and fails on
the three vectors that tag an integer. The codec keeps every tag but 1 (and the
bignums 2 and 3) as a raw ``CBORTag``, which passes all 101.
"""

from __future__ import annotations

import json
import math
import struct
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import cbor2
import pytest

from runtime.protocols import cborcodec

DATA = Path(__file__).parent / "data" / "protocol-tests" / "botocore" / "cbor"
SUCCESS = json.loads((DATA / "decode-success-tests.json").read_text())
ERRORS = json.loads((DATA / "decode-error-tests.json").read_text())


def _expected(item: dict[str, Any]) -> Any:
    """The vector's notation as the Python value the codec gives."""
    ((kind, value),) = item.items()
    if kind in ("uint", "negint", "string", "bool"):
        return value
    if kind == "bytestring":
        return bytes(value)
    if kind == "null":
        return None
    if kind == "float32":
        return struct.unpack(">f", value.to_bytes(4, "big"))[0]
    if kind == "float64":
        return struct.unpack(">d", value.to_bytes(8, "big"))[0]
    if kind == "list":
        return [_expected(v) for v in value]
    if kind == "map":
        return {k: _expected(v) for k, v in value.items()}
    if kind == "tag":
        return cbor2.CBORTag(value["id"], _expected(value["value"]))
    raise AssertionError(f"unknown vector kind {kind}")


def _same(got: Any, want: Any) -> bool:
    if isinstance(want, float) and math.isnan(want):
        return isinstance(got, float) and math.isnan(got)
    if isinstance(want, list):
        return isinstance(got, list) and len(got) == len(want) and all(map(_same, got, want))
    if isinstance(want, dict):
        return (
            isinstance(got, dict)
            and got.keys() == want.keys()
            and all(_same(got[k], want[k]) for k in want)
        )
    if isinstance(want, cbor2.CBORTag):
        return (
            isinstance(got, cbor2.CBORTag) and got.tag == want.tag and _same(got.value, want.value)
        )
    return type(got) is type(want) and got == want


@pytest.mark.parametrize("vector", SUCCESS, ids=[v["description"] for v in SUCCESS])
def test_decode_success_vector(vector: dict[str, Any]) -> None:
    assert _same(cborcodec.loads(bytes.fromhex(vector["input"])), _expected(vector["expect"]))


@pytest.mark.parametrize("vector", ERRORS, ids=[v["description"] for v in ERRORS])
def test_decode_error_vector(vector: dict[str, Any]) -> None:
    with pytest.raises(cborcodec.CBORDecodeError) as caught:
        cborcodec.loads(bytes.fromhex(vector["input"]))
    assert str(caught.value)  # says what is wrong


def test_vector_counts() -> None:
    assert (len(SUCCESS), len(ERRORS)) == (101, 37)


def test_cbor2_alone_fails_the_integer_tag_vectors() -> None:
    """Why the codec overrides cbor2's semantic tags: tag 0 around an integer."""
    failing = []
    for vector in SUCCESS:
        try:
            cbor2.loads(bytes.fromhex(vector["input"]))
        except cbor2.CBORDecodeError:
            failing.append(vector["description"])
    assert failing == ["tag - 0/min", "tag - 4/min", "tag - 2/min"]


def test_epoch_tag_is_a_utc_datetime() -> None:
    moment = datetime(2014, 4, 29, 18, 30, 38, tzinfo=timezone.utc)
    assert cborcodec.loads(bytes.fromhex("c11a535fefce")) == moment
    assert cborcodec.loads(cborcodec.dumps(moment)) == moment
    assert cborcodec.dumps(moment) == bytes.fromhex("c11a535fefce")  # whole seconds: an integer
    fraction = moment.replace(microsecond=123000)
    assert cborcodec.loads(cborcodec.dumps(fraction)) == fraction


def test_unusable_epoch_tag_stays_a_tag() -> None:
    """A tag 1 around text, or out of datetime's range, is left for the member's decoder."""
    assert cborcodec.loads(cbor2.dumps(cbor2.CBORTag(1, "x"))) == cbor2.CBORTag(1, "x")
    assert cborcodec.loads(cbor2.dumps(cbor2.CBORTag(1, 10**20))) == cbor2.CBORTag(1, 10**20)


@pytest.mark.parametrize(
    ("data", "problem"),
    [(b"\x01\x02", "1 bytes follow"), (b"\xa1\x61", ""), (b"\x9f" * 1000, "")],
    ids=["trailing bytes", "cut short", "too deep"],
)
def test_malformed_bodies_are_refused(data: bytes, problem: str) -> None:
    with pytest.raises(cborcodec.CBORDecodeError) as caught:
        cborcodec.loads(data)
    assert problem in str(caught.value)
