"""Generic code names no service: other services' packages say nothing of Partner Central.

Templates, views and the runtime distribution every package imports are shared by all
services; what is particular to Partner Central Selling (its Sandbox catalog, its
headline operation, example identifiers) lives in
``models/partnercentral-selling/customizations/``.
So the packages of the six other json services of ``tests/data`` must not mention it in
any file: README, reference site, ``pyproject.toml``, Python (the runtime's import name too).
The words are ones none of those six models uses (checked too, so that a hit always
points at generic code, never at a model's own text).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.packages import SharedPackages

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "tests" / "data" / "models" / "json-services"
SERVICES = sorted(p for p in MODELS.glob("*/*") if p.is_dir())
# Partner Central Selling's own words: its name, its entities, its catalogs and the
# example values its customization gives.
PARTNER_CENTRAL = re.compile(
    r"partner[\s_-]*central|opportunit|\bcatalogs?\b|\bengagements?\b|marketplace"
    r"|partner-sandbox|[\"']sandbox[\"']|\bO1234567",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def packages(shared_packages: SharedPackages) -> list[Path]:
    """The package folder of each of the six services (as tests/test_other_services.py's)."""
    return [shared_packages.get(model)[1] for model in SERVICES]


def _mentions(root: Path) -> list[str]:
    """``file:line: match`` of each Partner Central word in the files under ``root``."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found += [
                f"{path.relative_to(root.parent)}:{number}: {match.group(0)!r}"
                for match in PARTNER_CENTRAL.finditer(line)
            ]
    return found


def test_the_six_services_are_here() -> None:
    assert [p.parent.name for p in SERVICES] == [
        "dynamodb",
        "ecs",
        "kinesis",
        "sqs",
        "stepfunctions",
        "verifiedpermissions",
    ]


def test_the_words_are_none_of_the_models_own() -> None:
    assert [hit for model in SERVICES for hit in _mentions(model)] == []


def test_the_words_find_partner_central_text() -> None:
    """The check can fail: the pinned model's package is full of them."""
    text = (ROOT / "generated" / "partnercentral-selling" / "README.md").read_text()
    found = {match.group(0).lower() for match in PARTNER_CENTRAL.finditer(text)}
    assert {"partnercentral", "opportunit", '"sandbox"', "o1234567"} <= found


def test_no_file_of_another_service_mentions_partner_central(packages: list[Path]) -> None:
    assert [hit for package in packages for hit in _mentions(package)] == []
