"""Retired enums stay importable as deprecated aliases (the 2026-08-04 case).

botocore 1.43.x removed the ``MarketSegment`` enum when two members became
free-text strings. Code written against an older package keeps importing it
and keeps working; it gets a DeprecationWarning that says why.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import ModelError
from generator.loaders import load_model

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "partnercentral-selling" / "2022-07-26"
SRC = ROOT / "generated" / "partnercentral-selling" / "src"


def test_import_warns_and_says_why() -> None:
    with pytest.warns(
        DeprecationWarning, match="MarketSegment is deprecated: removed from the model"
    ):
        from partnercentral_selling.enums import MarketSegment
    assert [m.value for m in MarketSegment] == ["Enterprise", "Large", "Medium", "Small", "Micro"]
    assert str(MarketSegment.LARGE) == "Large"


def test_a_retired_member_is_sent_as_its_string() -> None:
    from partnercentral_selling.shapes import LeadCustomer

    with pytest.warns(DeprecationWarning):
        from partnercentral_selling.enums import MarketSegment
    encoded = LeadCustomer(company_name="Example", market_segment=MarketSegment.LARGE)._encode(
        True
    )
    assert json.loads(json.dumps(encoded)) == {"CompanyName": "Example", "MarketSegment": "Large"}


def test_unknown_names_are_still_attribute_errors() -> None:
    import partnercentral_selling.enums as enums

    with pytest.raises(AttributeError, match="NoSuchEnum"):
        enums.NoSuchEnum  # noqa: B018


def test_old_code_still_type_checks(tmp_path: Path) -> None:
    program = tmp_path / "old_code.py"
    program.write_text(
        "from partnercentral_selling.enums import MarketSegment\n"
        "from partnercentral_selling.shapes import LeadCustomer\n"
        "customer = LeadCustomer(company_name='Example', market_segment=MarketSegment.LARGE)\n"
        "segment: str = MarketSegment.SMALL\n"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(program),
        ],
        cwd=tmp_path,
        env={"MYPYPATH": str(SRC), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_retiring_a_current_shape_is_refused(tmp_path: Path) -> None:
    model = shutil.copytree(MODEL, tmp_path / "model")
    (model / "retired-enums.json").write_text(
        json.dumps({"Stage": {"values": ["Prospect"], "reason": "no"}})
    )
    with pytest.raises(ModelError) as caught:
        load_model(model)
    assert "retired-enums.json#/Stage" in str(caught.value)
    assert "is a shape of the current model" in str(caught.value)


def test_entries_need_values_and_a_reason(tmp_path: Path) -> None:
    model = shutil.copytree(MODEL, tmp_path / "model")
    (model / "retired-enums.json").write_text(json.dumps({"Gone": {"values": [1]}}))
    with pytest.raises(ModelError, match="#/Gone/values: expected a list of strings"):
        load_model(model)
