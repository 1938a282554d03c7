"""The generated package's metadata is valid for publishing (PEP 621, PEP 508)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

PACKAGE = Path(__file__).resolve().parent.parent / "generated" / "partnercentral-selling"


def test_pyproject_is_valid_pep_621() -> None:
    project = tomllib.loads((PACKAGE / "pyproject.toml").read_text())["project"]
    assert project["name"] == "partnercentral-selling"
    Version(project["version"])
    assert project["requires-python"] == ">=3.10"
    for requirement in project["dependencies"]:
        Requirement(requirement)
    for extra, requirements in project["optional-dependencies"].items():
        assert extra.isidentifier()
        for requirement in requirements:
            Requirement(requirement)
    assert all(isinstance(c, str) and " :: " in c for c in project["classifiers"])
    assert (PACKAGE / project["readme"]).is_file()
    assert project["license"] == "Apache-2.0"
    for name in project["license-files"]:
        assert (PACKAGE / name).read_text().strip(), name
    assert "Apache License" in (PACKAGE / "LICENSE").read_text()


def test_package_is_typed_and_self_contained() -> None:
    source = PACKAGE / "src" / "partnercentral_selling"
    assert (source / "py.typed").is_file()
    assert (source / "_runtime" / "__init__.py").is_file()
    for module in source.rglob("*.py"):
        text = module.read_text()
        assert "from runtime" not in text and "import runtime" not in text, module
        assert "import botocore" not in text and "from generator" not in text, module
