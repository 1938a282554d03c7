"""The JSON codec gives the standard library's results, with or without orjson."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from runtime.protocols import jsoncodec

ROOT = Path(__file__).resolve().parent.parent

DOCUMENTS = [
    b'{"a": 1, "b": [true, false, null], "c": {"d": 1.5}}',
    '{"name": "Société Générale ✓"}'.encode(),
    b'{"big": 123456789012345678901234567890}',  # beyond 64 bits: orjson refuses
    b'{"lone": "\\ud800"}',  # a lone surrogate escape: orjson refuses
    b'{"dup": 1, "dup": 2}',
    b"[]",
]


@pytest.fixture(params=["orjson", "stdlib"])
def codec(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Any:
    if request.param == "stdlib":
        monkeypatch.setattr(jsoncodec.ORJSON, "loads", None)
        monkeypatch.setattr(jsoncodec.ORJSON, "dumps", None)
    else:
        monkeypatch.setattr(jsoncodec, "FAST_AFTER", 0)  # orjson for every body
        assert jsoncodec.ORJSON.loads is not None
    return jsoncodec


@pytest.mark.parametrize("document", DOCUMENTS)
def test_exact_loads_equals_the_standard_library(codec: Any, document: bytes) -> None:
    assert codec.loads(document, exact=True) == json.loads(document)


@pytest.mark.parametrize("document", [d for d in DOCUMENTS if b"big" not in d])
def test_loads_equals_the_standard_library(codec: Any, document: bytes) -> None:
    assert codec.loads(document) == json.loads(document)


def test_fast_loads_reads_huge_integers_as_floats_which_is_why_exact_exists(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(jsoncodec, "FAST_AFTER", 0)
    assert jsoncodec.ORJSON.loads is not None
    assert jsoncodec.loads(b"[123456789012345678901234567890]")[0] == 1.2345678901234568e29


@pytest.mark.parametrize("document", [b"{", b"nope", b'{"a": 1,}'])
def test_invalid_json_raises_value_error(codec: Any, document: bytes) -> None:
    with pytest.raises(ValueError):
        codec.loads(document)


@pytest.mark.parametrize(
    "value",
    [
        {"a": 1, "b": [True, None], "c": "é ✓"},
        {"big": 2**70},
        {"float": 0.1, "neg": -3},
    ],
)
def test_dumps_round_trips(codec: Any, value: Any) -> None:
    encoded = codec.dumps(value)
    assert isinstance(encoded, bytes)
    assert json.loads(encoded) == value
    assert b"\\u00e9" not in encoded  # non-ASCII stays UTF-8


def test_orjson_takes_over_after_the_first_bytes_then_encodes_too() -> None:
    """A fresh process parses its first FAST_AFTER bytes without importing orjson."""
    code = (
        "import sys\n"
        "from runtime.protocols import jsoncodec\n"
        "body = b'[' + b'\"x\",' * 1000 + b'0]'\n"
        "below = (jsoncodec.FAST_AFTER - 1) // len(body)\n"
        "for _ in range(below): jsoncodec.loads(body)\n"
        "jsoncodec.dumps({'a': 1})\n"
        "print('orjson' in sys.modules, jsoncodec.ORJSON.dumps_if_loaded() is not None)\n"
        "assert jsoncodec.loads(body)[-1] == 0\n"
        "print('orjson' in sys.modules, jsoncodec.ORJSON.dumps_if_loaded() is not None)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.split("\n")[:2] == ["False False", "True True"]
