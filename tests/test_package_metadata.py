"""The generated package's metadata is valid for publishing (PEP 621, PEP 508)."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
import pytest
from packaging.specifiers import SpecifierSet
from packaging.version import Version

from generator.emit.package import package_context, template_environment
from generator.errors import ModelError
from generator.loaders import load_model
from generator.release.runtime import load_runtime_release
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


def test_package_is_typed_and_imports_the_runtime_distribution() -> None:
    """The package's code is its own and the shared runtime's: no copy, no source imports."""
    source = PACKAGE / "src" / "partnercentral_selling"
    assert (source / "py.typed").is_file()
    assert not (source / "_runtime").exists()
    runtime_imports = 0
    for module in source.rglob("*.py"):
        text = module.read_text()
        assert "from runtime" not in text and "import runtime" not in text, module
        assert "import botocore" not in text and "from generator" not in text, module
        runtime_imports += text.count("from typed_aws_runtime.")
    assert runtime_imports > 20


def test_the_runtime_distribution_is_typed_and_versioned_by_its_release() -> None:
    runtime = ROOT / "generated" / "typed-aws-runtime"
    project = tomllib.loads((runtime / "pyproject.toml").read_text())["project"]
    release = load_runtime_release()
    assert (project["name"], project["version"]) == ("typed-aws-runtime", release.version)
    assert project["dependencies"] == []
    extras = project["optional-dependencies"]
    assert set(extras) == {"cbor", "waiters", "fast", "async", "urllib3", "botocore"}
    for requirement in (r for requirements in extras.values() for r in requirements):
        Requirement(requirement)
    source = runtime / "src" / "typed_aws_runtime"
    assert (source / "py.typed").is_file()
    assert (source / "config" / "partitions.json").is_file()
    assert not {"release.json", "surface.json", "CHANGELOG.md"} & {
        p.name for p in source.iterdir()
    }
    assert (runtime / "CHANGELOG.md").read_text() == release.changelog


def test_every_package_asks_for_the_runtime_extras_it_needs() -> None:
    """One dependency: the runtime in the current range, with cbor and waiters as needed."""
    wanted = SpecifierSet(load_runtime_release().requirement)
    for pyproject in sorted((ROOT / "generated").glob("partnercentral-*/pyproject.toml")):
        project = tomllib.loads(pyproject.read_text())["project"]
        [requirement] = map(Requirement, project["dependencies"])
        assert (requirement.name, requirement.specifier) == ("typed-aws-runtime", wanted)
        model = next((ROOT / "models" / project["name"]).glob("[0-9]*"))
        service = load_model(model)
        needs = {"waiters"} if service.waiters else set()
        needs |= {"cbor"} if service.metadata.protocol == "smithy-rpc-v2-cbor" else set()
        assert requirement.extras == needs, pyproject
        for extra, requirements in project["optional-dependencies"].items():
            assert requirements == [f"typed-aws-runtime[{extra}]"], pyproject


def _rendered(documentation_url: str) -> dict[str, str]:
    """README, pyproject.toml and mkdocs.yml of the pinned model, with that documentation URL."""
    service = load_model(MODEL)
    customization = dataclasses.replace(service.customization, documentation_url=documentation_url)
    service = dataclasses.replace(service, customization=customization)
    context = package_context(service, "1.0.0")
    env = template_environment()
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
