"""`make dist`: the generated package builds, passes `twine check`, installs and works.

The end-to-end test runs scripts/dist.py exactly as the Makefile does, but
writes into tmp_path (not the repository's dist/) and keeps its scratch
folder there too, so the test can see it is removed. A package is built with
the shared runtime it depends on, and both are installed together. It needs
the package index for the runtime extras' libraries (jmespath, cbor2) in the
fresh venv.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from packaging.specifiers import SpecifierSet

from generator.release.runtime import load_runtime_release

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "dist.py"
PACKAGE = ROOT / "generated" / "partnercentral-selling"
RUNTIME_VERSION = load_runtime_release().version
RUNTIME_RANGE = str(SpecifierSet(load_runtime_release().requirement))  # as METADATA writes it


def _run_dist(
    packages: Path | list[Path], out: Path, scratch: Path
) -> subprocess.CompletedProcess[str]:
    scratch.mkdir()
    chosen = [
        f"--package={package}"
        for package in ([packages] if isinstance(packages, Path) else packages)
    ]
    return subprocess.run(
        [sys.executable, str(SCRIPT), *chosen, "--out", str(out)],
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(scratch)},
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.slow
def test_dist_builds_checks_installs_and_smoke_tests(tmp_path: Path) -> None:
    out, scratch = tmp_path / "dist", tmp_path / "scratch"
    result = _run_dist(PACKAGE, out, scratch)
    assert result.returncode == 0, result.stdout + result.stderr

    wheel = out / "partnercentral_selling-0.1.0-py3-none-any.whl"
    sdist = out / "partnercentral_selling-0.1.0.tar.gz"
    runtime = f"typed_aws_runtime-{RUNTIME_VERSION}"
    runtime_wheel, runtime_sdist = (
        out / f"{runtime}-py3-none-any.whl",
        out / f"{runtime}.tar.gz",
    )
    assert sorted(out.iterdir()) == sorted([wheel, sdist, runtime_wheel, runtime_sdist])
    assert len(re.findall(r"Checking \S+\.whl: PASSED", result.stdout)) == 2, result.stdout
    assert len(re.findall(r"Checking \S+\.tar\.gz: PASSED", result.stdout)) == 2, result.stdout
    assert "smoke test passed: partnercentral-selling 0.1.0 from " in result.stdout
    assert f" with typed-aws-runtime {RUNTIME_VERSION}, " in result.stdout
    assert "ListSolutions -> ListSolutionsResponse" in result.stdout
    assert "the emulator command answered ListSolutions" in result.stdout
    assert list(scratch.iterdir()) == []  # the scratch folder (with the venv) is gone

    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read("partnercentral_selling-0.1.0.dist-info/METADATA").decode()
    assert "partnercentral_selling/py.typed" in names
    assert "partnercentral_selling/_emulator/opportunities.py" in names
    assert not [name for name in names if "/_runtime/" in name]  # no copy of the runtime
    for line in (
        "License-Expression: Apache-2.0",
        "Requires-Python: >=3.10",
        "Description-Content-Type: text/markdown",
        "Classifier: Typing :: Typed",
        "Classifier: Programming Language :: Python :: 3.13",
        "Provides-Extra: fast",
        f"Requires-Dist: typed-aws-runtime[waiters]{RUNTIME_RANGE}",
        'Requires-Dist: typed-aws-runtime[fast]; extra == "fast"',
    ):
        assert line in metadata.splitlines(), line
    assert (PACKAGE / "README.md").read_text() in metadata  # the long description

    with zipfile.ZipFile(runtime_wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(f"{runtime}.dist-info/METADATA").decode()
    for name in (
        "py.typed",
        "config/partitions.json",
        "emulation/core.py",
        "protocols/cborcodec.py",
    ):
        assert f"typed_aws_runtime/{name}" in names, name
    assert 'Requires-Dist: orjson>=3.9; extra == "fast"' in metadata.splitlines()
    assert 'Requires-Dist: cbor2<7,>=6.3; extra == "cbor"' in metadata.splitlines()

    with tarfile.open(sdist) as archive:
        members = set(archive.getnames())
    for name in ("pyproject.toml", "README.md", "src/partnercentral_selling/py.typed"):
        assert f"partnercentral_selling-0.1.0/{name}" in members, name

    # The committed tree is left as it was: the build ran on a copy.
    assert not list(PACKAGE.rglob("*.egg-info")) and not (PACKAGE / "build").exists()


@pytest.mark.slow
def test_the_whole_family_installs_side_by_side_on_one_runtime(tmp_path: Path) -> None:
    """`make dist SERVICE="..."` with all six: one venv, one runtime, each package's call
    from its own model (awsJson, and RPC v2 CBOR for marketing and revenue-measurement).
    """
    packages = sorted((ROOT / "generated").glob("partnercentral-*"))
    assert len(packages) == 6
    result = _run_dist(packages, tmp_path / "dist", tmp_path / "scratch")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "dist: pip check (the installed distributions agree): ok" in result.stdout
    passed = [line.strip() for line in result.stdout.splitlines() if "smoke test passed" in line]
    assert [line.split()[3] for line in passed] == [package.name for package in packages]
    assert all(f" with typed-aws-runtime {RUNTIME_VERSION}, " in line for line in passed)
    built = {p.name for p in (tmp_path / "dist").iterdir()}
    for stem in [p.name.replace("-", "_") + "-0.1.0" for p in packages]:
        assert {f"{stem}-py3-none-any.whl", f"{stem}.tar.gz"} <= built, stem
    assert len(built) == 2 * len(packages) + 2  # and the runtime's, once


@pytest.mark.slow
def test_the_runtime_builds_and_smoke_tests_alone(tmp_path: Path) -> None:
    """`make dist SERVICE=typed-aws-runtime`: the shared runtime is released on its own."""
    result = _run_dist(ROOT / "generated" / "typed-aws-runtime", tmp_path / "dist", tmp_path / "s")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"smoke test passed: typed-aws-runtime {RUNTIME_VERSION} alone" in result.stdout
    assert sorted(p.name for p in (tmp_path / "dist").iterdir()) == [
        f"typed_aws_runtime-{RUNTIME_VERSION}-py3-none-any.whl",
        f"typed_aws_runtime-{RUNTIME_VERSION}.tar.gz",
    ]


@pytest.mark.slow
def test_dist_names_the_failed_step_and_writes_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "package"
    shutil.copytree(PACKAGE, broken, ignore=shutil.ignore_patterns("__pycache__"))
    (broken / "src" / "partnercentral_selling" / "py.typed").unlink()
    out, scratch = tmp_path / "dist", tmp_path / "scratch"
    result = _run_dist(broken, out, scratch)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "dist: error: wheel contents and metadata: "
        "partnercentral_selling-0.1.0-py3-none-any.whl lacks partnercentral_selling/py.typed"
    )
    assert not out.exists()
    assert list(scratch.iterdir()) == []


def test_dist_without_a_package_is_one_clear_error(tmp_path: Path) -> None:
    result = _run_dist(tmp_path / "missing", tmp_path / "dist", tmp_path / "scratch")
    assert result.returncode == 1
    assert result.stderr == (
        f"dist: error: {tmp_path / 'missing'} has no pyproject.toml; run `make generate` first\n"
    )
    assert "Traceback" not in result.stderr


def test_make_dist_runs_the_script_on_the_generated_package() -> None:
    result = subprocess.run(
        ["make", "-n", "dist"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert (
        ".venv/bin/python scripts/dist.py --package generated/partnercentral-selling --out dist"
        in result.stdout
    )


# Targets the workflows call that are still being built in this issue: skipped while the
# Makefile lacks them (model-update.yml's header comment says so), checked once they exist.
PENDING_TARGETS = {"update-model"}


def test_workflows_call_only_make_targets_that_exist() -> None:
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert [w.name for w in workflows] == [
        "all-services.yml",
        "model-update.yml",
        "tests.yml",
    ]
    assert "run: make test" in (ROOT / ".github" / "workflows" / "tests.yml").read_text()
    targets = set()
    for workflow in workflows:
        lines = [line.split("#", 1)[0] for line in workflow.read_text().splitlines()]
        targets |= set(re.findall(r"\bmake ([\w-]+)", "\n".join(lines)))
    assert {"test", "generate", "update-model", "all-services"} <= targets
    for target in sorted(targets):
        result = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True)
        if target in PENDING_TARGETS and "No rule to make target" in result.stderr:
            continue
        assert result.returncode == 0, f"make {target}: {result.stderr}"


def test_dist_script_passes_mypy_strict_and_black(tmp_path: Path) -> None:
    # tests/test_code_quality.py covers generator/ and runtime/; scripts/ is checked here,
    # with the generated package on the path so the smoke test's calls are type-checked.
    env = {**os.environ, "MYPYPATH": str(PACKAGE / "src")}
    mypy = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--cache-dir",
        str(tmp_path),
        str(SCRIPT),
    ]
    result = subprocess.run(mypy, cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    black = [sys.executable, "-m", "black", "--check", "--quiet", str(SCRIPT)]
    result = subprocess.run(black, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_make_generate_installs_only_the_generator_s_pins(tmp_path: Path) -> None:
    """A first `make generate` needs the generator's pins alone; `make test` all of them."""

    def planned(target: str) -> str:
        return subprocess.run(
            ["make", "-n", target, f"VENV={tmp_path / 'venv'}"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    generate = planned("generate")
    assert "-m venv" in generate and "-r requirements-generator.txt" in generate
    assert "requirements-dev.txt" not in generate
    test = planned("test")
    workers = (os.cpu_count() or 1) + 1  # one more than CPUs: many tests wait on servers
    assert "-r requirements-dev.txt" in test and f"-m pytest -q -n {workers} tests" in test


def _wheel(tree: Path, folder: Path, version: str | None = None) -> Path:
    """Build ``tree``'s wheel into ``folder`` from a copy, optionally under another version."""
    source = folder / f"{tree.name}-{version or 'as-is'}"
    shutil.copytree(tree, source, ignore=shutil.ignore_patterns("__pycache__"))
    if version is not None:
        pyproject = source / "pyproject.toml"
        text = pyproject.read_text()
        assert f'\nversion = "{RUNTIME_VERSION}"\n' in text
        pyproject.write_text(
            text.replace(f'\nversion = "{RUNTIME_VERSION}"\n', f'\nversion = "{version}"\n')
        )
    built = folder / "wheels"
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--wheel", "--outdir", str(built)],
        cwd=source,
        check=True,
        capture_output=True,
        timeout=300,
    )
    name = tree.name.replace("-", "_")
    return next(built.glob(f"{name}-{version or '*'}-py3-none-any.whl"))


def _resolved_runtime(package: Path, runtimes: list[Path], folder: Path) -> str | None:
    """The runtime version pip picks for ``package`` among ``runtimes`` (None: none fits)."""
    index = folder / "index"
    shutil.rmtree(index, ignore_errors=True)
    index.mkdir()
    for wheel in runtimes:
        shutil.copy(wheel, index)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--no-index", "--quiet"]
        + ["--disable-pip-version-check", "--find-links", str(index), "--report", "-"]
        + ["--ignore-installed", str(package)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        assert "typed-aws-runtime" in result.stderr, result.stderr
        return None
    report = json.loads(result.stdout)
    [runtime] = [
        item["metadata"]["version"]
        for item in report["install"]
        if item["metadata"]["name"] == "typed-aws-runtime"
    ]
    return str(runtime)


@pytest.mark.slow
def test_a_package_takes_any_runtime_of_its_major_and_no_other(tmp_path: Path) -> None:
    """A runtime release reaches packages already published: one generated against this
    runtime resolves with a later fix or addition and refuses the next major."""
    major, minor, patch = map(int, RUNTIME_VERSION.split("."))
    versions = (f"{major}.{minor}.{patch + 1}", f"{major}.{minor + 7}.0", f"{major + 1}.0.0")
    package = _wheel(ROOT / "generated" / "partnercentral-account", tmp_path)
    runtime = ROOT / "generated" / "typed-aws-runtime"
    fix, addition, next_major = (_wheel(runtime, tmp_path, version) for version in versions)
    assert _resolved_runtime(package, [fix], tmp_path) == versions[0]
    assert _resolved_runtime(package, [fix, addition, next_major], tmp_path) == versions[1]
    assert _resolved_runtime(package, [next_major], tmp_path) is None
