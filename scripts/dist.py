"""Build, check and smoke-test a generated distribution as a user would install it.

    .venv/bin/python scripts/dist.py [--package generated/<distribution> ...] [--out dist]

A client package depends on the shared runtime distribution (``generated/typed-aws-runtime``),
which no index has yet: both are built, installed and smoke-tested together. Several
``--package`` are installed side by side into one venv, as a user installing several
clients would, sharing one runtime. ``--package generated/typed-aws-runtime`` alone builds
the runtime alone.

1. Copies each tree to a scratch folder (so the committed tree gets no ``build/`` or
   ``*.egg-info``) and builds the sdist, then the wheel *from the sdist* (``python -m
   build --no-isolation``: the pinned setuptools in this environment, no download of
   build requirements), so an sdist missing a file fails here.
2. Checks the built files: ``twine check --strict``, plus each wheel holds ``py.typed``
   (the runtime's also ``config/partitions.json``) and its metadata declares the
   license, ``Requires-Python``, the Markdown long description and the extras (the
   package's: the runtime in the range it was generated for).
3. Creates a fresh virtual environment in the scratch folder, installs the wheels there
   (the runtime extras' libraries, such as jmespath or cbor2, from the package index,
   constrained to the versions pinned in requirements-dev.txt), runs ``pip check`` (no
   conflicting requirements) and runs the smoke test
   with ``python -I`` from the scratch folder: nothing of the repository is on the path.
   The smoke test is this same file, copied next to the venv and run with ``--smoke``:
   it imports the runtime and the package from the venv, checks the data files are
   installed and that neither urllib3 nor aiohttp was, constructs the sync and the async
   client and makes one call with each to an HTTP server it starts on 127.0.0.1: the
   getting-started page's call (read-only, fewest required arguments), worked out here
   from the package's pinned model and passed in as ``--probe``. A package with an
   emulator also runs its console script and makes the testing page's call of it.
4. Copies the sdists and wheels to ``--out`` and removes the scratch folder.

Only the standard library is imported at the top: the smoke test runs in a venv that has
nothing but the runtime, the package and the libraries of the extras they ask for.

Exit codes: 0 success, 1 a failed step (one message naming the step and the
command's output), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PACKAGE = ROOT / "generated" / "partnercentral-selling"
CONSTRAINTS = ROOT / "requirements-dev.txt"
SMOKE_SUCCESS = "smoke test passed"
SCRATCH_IGNORE = shutil.ignore_patterns(
    "__pycache__", "*.pyc", ".mypy_cache", "build", "dist", "*.egg-info"
)


class DistError(Exception):
    """A step failed; the message says which and why."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/dist.py",
        description=__doc__.split("\n\n")[0] if __doc__ else None,
    )
    parser.add_argument(
        "--package",
        type=Path,
        action="append",
        help="generated package folder (repeatable: installed together; default: selling)",
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "dist", help="folder for the sdist and wheel"
    )
    parser.add_argument("--smoke", metavar="REPO", help=argparse.SUPPRESS)
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        if args.smoke is not None:
            smoke_test(Path(args.smoke), json.loads(args.probe))
        else:
            packages = [path.resolve() for path in args.package or [DEFAULT_PACKAGE]]
            build_check_and_smoke(packages, args.out.resolve())
    except DistError as exc:
        print(f"dist: error: {exc}", file=sys.stderr)
        return 1
    return 0


def build_check_and_smoke(packages: list[Path], out: Path) -> None:
    for package in packages:
        if not (package / "pyproject.toml").is_file():
            raise DistError(f"{package} has no pyproject.toml; run `make generate` first")
    runtime_name, runtime = _runtime_distribution()
    clients = [package for package in dict.fromkeys(packages) if package.name != runtime_name]
    trees = [runtime, *clients]
    probe = _probe(clients, runtime_name)
    started = time.monotonic()
    scratch = Path(tempfile.mkdtemp(prefix="typed-aws-dist-"))
    try:
        artifacts = [_build_and_check(tree, scratch, runtime_name) for tree in trees]
        venv = scratch / "venv"
        python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
        with _step("fresh venv"):
            _run([sys.executable, "-m", "venv", str(venv)], cwd=scratch)
        wheels = [wheel for _, wheel in artifacts]
        with _step(f"pip install {' '.join(wheel.name for wheel in wheels)}"):
            _run(
                [str(python), "-m", "pip", "install", "--disable-pip-version-check"]
                + ["--no-input", "--quiet", "--constraint", str(CONSTRAINTS)]
                + [str(wheel) for wheel in wheels],
                cwd=scratch,
            )
        with _step("pip check (the installed distributions agree)"):
            _run(
                [str(python), "-m", "pip", "check", "--disable-pip-version-check"],
                cwd=scratch,
            )
        with _step("smoke test in the venv (python -I, cwd outside the repository)"):
            smoke = scratch / "smoke" / "smoke_test.py"
            smoke.parent.mkdir()
            shutil.copyfile(__file__, smoke)
            output = _run(
                [str(python), "-I", str(smoke), "--smoke", str(ROOT)]
                + ["--probe", json.dumps(probe)],
                cwd=smoke.parent,
                env=_clean_env(scratch),
            )
            print(_indent(output))
            if SMOKE_SUCCESS not in output:
                raise DistError(f"the smoke test did not report success:\n{output}")
        out.mkdir(parents=True, exist_ok=True)
        for artifact in (artifact for pair in artifacts for artifact in pair):
            for stale in out.glob(_stem_glob(artifact)):
                stale.unlink()
            shutil.copy2(artifact, out / artifact.name)
            print(f"dist: wrote {out / artifact.name}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"dist: done in {time.monotonic() - started:.1f}s")


def _runtime_distribution() -> tuple[str, Path]:
    """The shared runtime's distribution name and its committed tree."""
    if str(ROOT) not in sys.path:  # run as a script: the generator is the repository's
        sys.path.insert(0, str(ROOT))
    from generator.model.naming import RUNTIME_DISTRIBUTION

    runtime = ROOT / "generated" / RUNTIME_DISTRIBUTION
    if not (runtime / "pyproject.toml").is_file():
        raise DistError(f"{runtime} has no pyproject.toml; run `make generate` first")
    return RUNTIME_DISTRIBUTION, runtime


def _build_and_check(tree: Path, scratch: Path, runtime_name: str) -> tuple[Path, Path]:
    """Build ``tree``'s sdist and wheel in ``scratch``, check them; return (sdist, wheel)."""
    source = scratch / tree.name / "source"
    shutil.copytree(tree, source, ignore=SCRATCH_IGNORE)
    built = source.parent / "built"
    with _step(f"build {tree.name}: sdist and wheel (from the sdist)"):
        _run(
            [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(built)],
            cwd=source,
        )
    sdist, wheel = _one(built, "*.tar.gz"), _one(built, "*.whl")
    with _step(f"twine check --strict ({tree.name})"):
        output = _run(
            [sys.executable, "-m", "twine", "--no-color", "check", "--strict"]
            + [str(sdist), str(wheel)],
            cwd=scratch,
            env={**os.environ, "COLUMNS": "200"},  # rich wraps file names at 80
        )
        print(_indent(output))
    with _step("wheel contents and metadata"):
        _check_wheel(wheel, runtime_name, is_runtime=tree.name == runtime_name)
    return sdist, wheel


class _step:
    """Prints a step's name and duration; adds the name to a failure's message."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.started = 0.0

    def __enter__(self) -> None:
        print(f"dist: {self.name} ...", flush=True)
        self.started = time.monotonic()

    def __exit__(self, kind: object, error: BaseException | None, traceback: object) -> None:
        if isinstance(error, DistError):
            raise DistError(f"{self.name}: {error}") from None
        if error is None:
            print(
                f"dist: {self.name}: ok ({time.monotonic() - self.started:.1f}s)",
                flush=True,
            )


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    try:
        result = subprocess.run(
            command,
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=600,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise DistError(f"could not run {command[0]}: {exc}") from None
    if result.returncode != 0:
        raise DistError(
            f"`{' '.join(command)}` exited with {result.returncode}:\n{result.stdout.strip()}"
        )
    return result.stdout.strip()


def _one(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    if len(found) != 1:
        raise DistError(f"expected one {pattern} in {folder}, found {[p.name for p in found]}")
    return found[0]


def _stem_glob(artifact: Path) -> str:
    """``name-*.whl`` / ``name-*.tar.gz``: earlier builds of the same distribution."""
    name = artifact.name.split("-", 1)[0]
    return f"{name}-*.whl" if artifact.suffix == ".whl" else f"{name}-*.tar.gz"


def _check_wheel(wheel: Path, runtime_name: str, is_runtime: bool) -> None:
    """The files every wheel needs, and METADATA's; a package's ``fast`` asks the runtime's."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata_name = next((n for n in names if n.endswith(".dist-info/METADATA")), None)
        if metadata_name is None:
            raise DistError(f"{wheel.name} has no METADATA")
        metadata = archive.read(metadata_name).decode()
    package = metadata_name.split("-", 1)[0]
    headers = metadata.split("\n\n", 1)[0].splitlines()
    requirements = [h.removeprefix("Requires-Dist: ") for h in headers if "Requires-Dist" in h]
    required = [f"{package}/py.typed"]
    if is_runtime:
        required.append(f"{package}/config/partitions.json")
    for name in required:
        if name not in names:
            raise DistError(f"{wheel.name} lacks {name}")
    for expected in (
        "License-Expression: Apache-2.0",
        "Requires-Python: >=3.10",
        "Description-Content-Type: text/markdown",
        "Provides-Extra: fast",
        "Classifier: Typing :: Typed",
    ):
        if expected not in headers:
            raise DistError(f"{wheel.name} METADATA lacks {expected!r}")
    fast = "orjson" if is_runtime else f"{runtime_name}[fast]"
    if not any(r.startswith(fast) and 'extra == "fast"' in r for r in requirements):
        raise DistError(f"{wheel.name} METADATA lacks the `fast` extra's {fast} requirement")


def _probe(packages: list[Path], runtime_name: str) -> dict[str, Any]:
    """What the smoke test checks: the runtime, and each package's first documented call."""
    from generator.model.naming import RUNTIME_PACKAGE
    from generator.release.runtime import load_runtime_release

    probes = [_package_probe(package) for package in packages]
    runtime = {
        "distribution": runtime_name,
        "package": RUNTIME_PACKAGE,
        "version": load_runtime_release().version,
        "cbor": any(probe["protocol"] == "smithy-rpc-v2-cbor" for probe in probes),
    }
    return {"runtime": runtime, "packages": probes}


def _package_probe(package: Path) -> dict[str, Any]:
    """The package's first documented call, from its model.

    The model is the pinned one the package was generated from
    (``models/<distribution>/<api version>/``); the call is the getting-started page's
    (read-only, fewest required arguments, their example values), and, for a package
    with an emulator, the testing page's call of it.
    """
    import ast
    import re

    from generator.docs.site import SiteView
    from generator.loaders import load_model

    # The [project] name line as the generator writes it (a JSON string; no tomllib on 3.10).
    named = re.search(r'^name = ("[^"]+")$', (package / "pyproject.toml").read_text(), re.M)
    if named is None:
        raise DistError(f"{package}/pyproject.toml names no project")
    distribution = json.loads(named.group(1))
    models = sorted((ROOT / "models" / distribution).glob("[0-9]*-[0-9]*-[0-9]*"))
    if len(models) != 1:
        raise DistError(
            f"{package}: expected the one pinned model of {distribution} in "
            f"models/{distribution}/, found {[str(m) for m in models]}"
        )
    service = load_model(models[0])
    site = SiteView(service)

    def call(operation: Any) -> dict[str, Any]:
        statement = ast.parse(f"f({site.wire_arguments(operation)})").body[0]
        assert isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call)
        return {
            "operation": operation.name,
            "params": {k.arg: ast.literal_eval(k.value) for k in statement.value.keywords},
            "output": operation.output and service.shapes[operation.output].python_name,
        }

    emulated = site.first_emulated_call()
    return {
        "protocol": service.metadata.protocol,
        "package": service.package_name,
        "distribution": service.distribution_name,
        "client": service.client_name,
        "async_client": service.async_client_name,
        "call": call(site.first_call()),
        "emulator": None if emulated is None else call(emulated),
    }


def _clean_env(scratch: Path) -> dict[str, str]:
    """The environment without AWS settings or a home configuration that could leak in."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AWS_", "PYTHON", "VIRTUAL_ENV"))
    }
    env["HOME"] = str(scratch)
    env["AWS_CONFIG_FILE"] = str(scratch / "no-aws-config")
    env["AWS_SHARED_CREDENTIALS_FILE"] = str(scratch / "no-aws-credentials")
    env["AWS_EC2_METADATA_DISABLED"] = "true"
    return env


def _indent(text: str) -> str:
    return "\n".join(f"    {line}" for line in text.splitlines())


# --- the smoke test: runs inside the fresh venv, standard library + the installed package ---


def smoke_test(repo: Path, probe: dict[str, Any]) -> None:
    """The runtime installed as a user gets it, then each package's call (none: runtime alone)."""
    import importlib
    import importlib.metadata
    import importlib.resources
    import importlib.util

    def check(condition: bool, message: str) -> None:
        if not condition:
            raise DistError(f"smoke: {message}")

    repo = repo.resolve()
    for entry in sys.path:
        check(
            not entry or not Path(entry).resolve().is_relative_to(repo),
            f"{entry} (in the repository) is on sys.path",
        )

    def installed(name: str) -> Path:
        location = Path(str(importlib.import_module(name).__file__)).resolve()
        check(
            not location.is_relative_to(repo),
            f"imported from the repository: {location}",
        )
        check(
            location.is_relative_to(Path(sys.prefix).resolve()),
            f"not from the venv: {location}",
        )
        check(
            importlib.resources.files(name).joinpath("py.typed").is_file(),
            f"{name}: no py.typed",
        )
        return location

    runtime = probe["runtime"]
    installed(runtime["package"])
    check(
        importlib.metadata.version(runtime["distribution"]) == runtime["version"],
        f"the installed runtime is not {runtime['version']}",
    )
    files = importlib.resources.files(runtime["package"])
    partitions = json.loads(files.joinpath("config/partitions.json").read_text())
    check(bool(partitions.get("partitions")), "config/partitions.json has no partitions")
    check(importlib.util.find_spec("orjson") is None, "orjson is installed without `fast`")
    for transport in (
        "urllib3",
        "aiohttp",
    ):  # the clients send with the standard library
        check(importlib.util.find_spec(transport) is None, f"{transport} is installed")
    cbor_installed = importlib.util.find_spec("cbor2") is not None
    check(
        cbor_installed == runtime["cbor"],
        "cbor2 is installed unless a CBOR package asks",
    )
    if not probe["packages"]:
        print(f"{SMOKE_SUCCESS}: {runtime['distribution']} {runtime['version']} alone")
    for package_probe in probe["packages"]:
        _smoke_package(check, installed, runtime, package_probe)


def _smoke_package(
    check: Any, installed: Any, runtime: dict[str, Any], probe: dict[str, Any]
) -> None:
    """One installed package: its data, metadata, and its call from both clients."""
    import asyncio
    import importlib
    import importlib.metadata
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    package = importlib.import_module(probe["package"])
    client_class = getattr(package, probe["client"])
    async_client_class = getattr(package, probe["async_client"])
    credentials = package.Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    location = installed(probe["package"])
    metadata = importlib.metadata.metadata(probe["distribution"])
    check(metadata["Version"] == package.__version__, "version mismatch")
    check("fast" in (metadata.get_all("Provides-Extra") or []), "no `fast` extra")
    cbor = probe["protocol"] == "smithy-rpc-v2-cbor"

    received: list[dict[str, Any]] = []
    # An empty output in the package's protocol: every output member is optional to the parser.
    answer, content_type = (b"\xa0", "application/cbor") if cbor else (b"{}", "application/json")

    class StandIn(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802 (the http.server naming)
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            received.append(
                {
                    "target": self.headers.get("X-Amz-Target") or self.path,
                    "authorization": self.headers.get("Authorization", ""),
                    "body": body,
                }
            )
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            if cbor:
                self.send_header("smithy-protocol", "rpc-v2-cbor")
            self.send_header("Content-Length", str(len(answer)))
            self.send_header("x-amzn-RequestId", "smoke-request-1")
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, format: str, *args: object) -> None:
            pass

    def decoded(body: bytes) -> Any:
        if not cbor:
            return json.loads(body)
        import cbor2  # the package's dependency for this protocol

        return cbor2.loads(body) if body else {}

    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options: dict[str, Any] = dict(
        region="us-east-1",
        endpoint_url=f"http://127.0.0.1:{server.server_port}",
        credentials=credentials,
    )
    probed = probe["call"]
    commands = importlib.import_module(f"{probe['package']}.commands")

    def request() -> Any:
        return getattr(commands, f"{probed['operation']}Command")(probed["params"])

    async def call_async() -> Any:
        async with async_client_class(**options) as client:
            return await client.send(request())

    try:
        with client_class(**options) as client:
            result = client.send(request())
        async_result = asyncio.run(call_async())
    finally:
        server.shutdown()
        server.server_close()

    check(len(received) == 2, f"the server got {len(received)} requests")
    for sent in received:
        target = sent["target"]
        check(
            target.endswith((f".{probed['operation']}", f"/operation/{probed['operation']}")),
            target,
        )
        check(
            sent["authorization"].startswith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"),
            "the request is not SigV4-signed",
        )
        check(decoded(sent["body"]) == probed["params"], f"request body {sent['body']!r}")
    shown = type(result).__name__
    check(shown == (probed["output"] or "NoneType"), f"result {shown}")
    check(async_result == result, f"async result {async_result!r}")
    emulated = ""
    if probe["emulator"] is not None:
        emulated = ", " + _smoke_emulator_command(check, probe, client_class, credentials)
    print(
        f"{SMOKE_SUCCESS}: {probe['distribution']} {package.__version__} from {location.parent} "
        f"with {runtime['distribution']} {runtime['version']}, "
        f"{probed['operation']} -> {shown}{emulated}"
    )


def _smoke_emulator_command(
    check: Any, probe: dict[str, Any], client_class: Any, credentials: Any
) -> str:
    """The installed console script serves the emulator: the testing page's call answered."""
    import importlib
    import signal

    command = Path(sys.executable).parent / f"{probe['distribution']}-emulator"
    check(command.is_file(), f"the console script {command.name} is not installed")
    process = subprocess.Popen(
        [str(command), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    probed = probe["emulator"]
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        check("serving on http://127.0.0.1:" in line, f"the command printed {line!r}")
        url = line.split("serving on ", 1)[1].split()[0]
        commands = importlib.import_module(f"{probe['package']}.commands")
        with client_class(region="us-east-1", endpoint_url=url, credentials=credentials) as client:
            result = client.send(
                getattr(commands, f"{probed['operation']}Command")(probed["params"])
            )
        check(
            type(result).__name__ == probed["output"],
            f"the emulator answered {result!r}",
        )
    finally:
        process.send_signal(signal.SIGTERM)
        status = process.wait(timeout=30)
    errors = process.stderr.read() if process.stderr is not None else ""
    check(status == 0, f"the emulator command exited with {status}: {errors}")
    return f"the emulator command answered {probed['operation']}"


if __name__ == "__main__":
    sys.exit(main())
