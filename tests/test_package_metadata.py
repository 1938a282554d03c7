"""The generated package's metadata is valid for publishing (PEP 621, PEP 508)."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
import pytest
from packaging.version import Version

from generator.docs.site import SiteView
from generator.emit.package import _environment as package_environment
from generator.emit.views import PythonView
from generator.errors import ModelError
from generator.loaders import load_model
from tests.customizing import load_with

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generated" / "partnercentral-selling"
MODEL = ROOT / "models" / "partnercentral-selling" / "2022-07-26"


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


def _rendered(documentation_url: str) -> dict[str, str]:
    """README, pyproject.toml and mkdocs.yml of the pinned model, with that documentation URL."""
    service = load_model(MODEL)
    customization = dataclasses.replace(service.customization, documentation_url=documentation_url)
    service = dataclasses.replace(service, customization=customization)
    context = {
        "service": service,
        "view": PythonView(service),
        "site": SiteView(service),
        "package_version": "1.0.0",
        **dict.fromkeys(["model_form", "model_source", "model_revision", "model_sha256"]),
    }
    env = package_environment()
    names = {"README.md.j2": "README.md", "pyproject.toml.j2": "pyproject.toml"}
    rendered = {path: env.get_template(name).render(context) for name, path in names.items()}
    rendered["mkdocs.yml"] = env.get_template("docs/mkdocs.yml.j2").render(context)
    return rendered


def _site_links(readme: str) -> list[str]:
    return [
        link for link in re.findall(r"\]\(([^)]+)\)", readme) if "://" not in link or SITE in link
    ]


SITE = "https://docs.example.com/partnercentral-selling/"


def test_readme_links_the_site_relatively_without_a_documentation_url() -> None:
    files = _rendered("")
    assert "[project.urls]" not in files["pyproject.toml"]
    assert "site_url" not in files["mkdocs.yml"]
    links = _site_links(files["README.md"])
    assert len(links) > 10
    for link in links:
        assert link.startswith("docs/") and (PACKAGE / link.partition("#")[0]).is_file(), link


def test_a_documentation_url_makes_the_readme_links_absolute() -> None:
    files = _rendered(SITE)
    urls = tomllib.loads(files["pyproject.toml"])["project"]["urls"]
    assert urls == {"Documentation": SITE}
    assert f'site_url: "{SITE}"' in files["mkdocs.yml"]
    links = _site_links(files["README.md"])
    assert len(links) > 10
    for link in links:
        page = link.removeprefix(SITE).partition("#")[0]
        assert not link.startswith("docs/") and page.endswith(".html"), link
        assert (PACKAGE / "docs" / page.replace(".html", ".md")).is_file(), link


def test_docs_json_gives_the_documentation_url(tmp_path: Path) -> None:
    document = {"documentation_url": SITE}
    service = load_with(MODEL, tmp_path / "customizations", "docs.json", document)
    assert service.customization.documentation_url == SITE
    with pytest.raises(ModelError):
        load_with(MODEL, tmp_path / "bad", "docs.json", {"documentation_url": "docs/"})
