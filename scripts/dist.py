"""Build, check and smoke-test the generated package as a user would install it.

    .venv/bin/python scripts/dist.py [--package generated/<distribution>] [--out dist]

1. Copies the package tree to a scratch folder (so the committed tree gets no
   ``build/`` or ``*.egg-info``) and builds the sdist, then the wheel *from the
   sdist* (``python -m build --no-isolation``: the pinned setuptools in this
   environment, no download of build requirements), so an sdist missing a file
   fails here.
2. Checks the built files: ``twine check --strict``, plus the wheel holds
   ``py.typed`` and ``_runtime/config/partitions.json`` and its metadata declares the
   license, ``Requires-Python``, the Markdown long description and the extras.
3. Creates a fresh virtual environment in the scratch folder, installs the
   wheel there (its dependency jmespath from the package index, constrained to
   the version pinned in requirements-dev.txt) and runs the smoke test with
   ``python -I`` from the scratch folder: nothing of the repository is on the
   path. The smoke test is this same file, copied next to the venv and run with
   ``--smoke``: it imports the package, checks the data files are installed
   and that neither urllib3 nor aiohttp was, constructs the sync and the async
   client and makes one call with each to an HTTP server it starts on
   127.0.0.1: the getting-started page's call (read-only, fewest required
   arguments), worked out here from the package's pinned model and passed in
   as ``--probe``. A package with an emulator also runs its console script and
   makes the testing page's call of it.
4. Copies the sdist and wheel to ``--out`` and removes the scratch folder.

Only the standard library is imported at the top: the smoke test runs in a
venv that has nothing but the package and jmespath.

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
        prog="scripts/dist.py", description=__doc__.split("\n\n")[0] if __doc__ else None
    )
    parser.add_argument(
        "--package", type=Path, default=DEFAULT_PACKAGE, help="generated package folder"
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
            build_check_and_smoke(args.package.resolve(), args.out.resolve())
    except DistError as exc:
        print(f"dist: error: {exc}", file=sys.stderr)
        return 1
    return 0


def build_check_and_smoke(package: Path, out: Path) -> None:
    if not (package / "pyproject.toml").is_file():
        raise DistError(f"{package} has no pyproject.toml; run `make generate` first")
    probe = _probe(package)
    started = time.monotonic()
    scratch = Path(tempfile.mkdtemp(prefix="partnercentral-dist-"))
    try:
        source = scratch / "source"
        shutil.copytree(package, source, ignore=SCRATCH_IGNORE)
        built = scratch / "built"
        with _step("build sdist and wheel (from the sdist)"):
            _run(
                [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(built)],
                cwd=source,
            )
        sdist, wheel = _one(built, "*.tar.gz"), _one(built, "*.whl")
        with _step("twine check --strict"):
            output = _run(
                [sys.executable, "-m", "twine", "--no-color", "check", "--strict"]
                + [str(sdist), str(wheel)],
                cwd=scratch,
                env={**os.environ, "COLUMNS": "200"},  # rich wraps file names at 80
            )
            print(_indent(output))
        with _step("wheel contents and metadata"):
            _check_wheel(wheel)
        venv = scratch / "venv"
        python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
        with _step("fresh venv"):
            _run([sys.executable, "-m", "venv", str(venv)], cwd=scratch)
        with _step(f"pip install {wheel.name}"):
            _run(
                [str(python), "-m", "pip", "install", "--disable-pip-version-check"]
                + ["--no-input", "--quiet", "--constraint", str(CONSTRAINTS), str(wheel)],
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
        for artifact in (sdist, wheel):
            for stale in out.glob(_stem_glob(artifact)):
                stale.unlink()
            shutil.copy2(artifact, out / artifact.name)
            print(f"dist: wrote {out / artifact.name}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"dist: done in {time.monotonic() - started:.1f}s")


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
            print(f"dist: {self.name}: ok ({time.monotonic() - self.started:.1f}s)", flush=True)


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


def _check_wheel(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata_name = next((n for n in names if n.endswith(".dist-info/METADATA")), None)
        if metadata_name is None:
            raise DistError(f"{wheel.name} has no METADATA")
        metadata = archive.read(metadata_name).decode()
    package = metadata_name.split("-", 1)[0]
    for required in (f"{package}/py.typed", f"{package}/_runtime/config/partitions.json"):
        if required not in names:
            raise DistError(f"{wheel.name} lacks {required}")
    headers = metadata.split("\n\n", 1)[0].splitlines()
    for expected in (
        "License-Expression: Apache-2.0",
        "Requires-Python: >=3.10",
        "Description-Content-Type: text/markdown",
        "Provides-Extra: fast",
        "Classifier: Typing :: Typed",
    ):
        if expected not in headers:
            raise DistError(f"{wheel.name} METADATA lacks {expected!r}")
    if not any(h.startswith("Requires-Dist: orjson") and "extra ==" in h for h in headers):
        raise DistError(f"{wheel.name} METADATA lacks the `fast` extra's orjson requirement")


def _probe(package: Path) -> dict[str, Any]:
    """What the smoke test calls: the package's first documented call, from its model.

    The model is the pinned one the package was generated from
    (``models/<distribution>/<api version>/``); the call is the getting-started page's
    (read-only, fewest required arguments, their example values), and, for a package
    with an emulator, the testing page's call of it.
    """
    import ast
    import re

    if str(ROOT) not in sys.path:  # run as a script: the generator is the repository's
        sys.path.insert(0, str(ROOT))
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
    import asyncio
    import importlib
    import importlib.metadata
    import importlib.resources
    import importlib.util
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    def check(condition: bool, message: str) -> None:
        if not condition:
            raise DistError(f"smoke: {message}")

    repo = repo.resolve()
    for entry in sys.path:
        check(
            not entry or not Path(entry).resolve().is_relative_to(repo),
            f"{entry} (in the repository) is on sys.path",
        )

    package = importlib.import_module(probe["package"])
    client_class = getattr(package, probe["client"])
    async_client_class = getattr(package, probe["async_client"])
    credentials = package.Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")

    location = Path(str(package.__file__)).resolve()
    check(not location.is_relative_to(repo), f"imported from the repository: {location}")
    check(location.is_relative_to(Path(sys.prefix).resolve()), f"not from the venv: {location}")
    check(importlib.util.find_spec("orjson") is None, "orjson is installed without `fast`")
    for transport in ("urllib3", "aiohttp"):  # the clients send with the standard library
        check(importlib.util.find_spec(transport) is None, f"{transport} is installed")

    files = importlib.resources.files(probe["package"])
    check(files.joinpath("py.typed").is_file(), "py.typed is not installed")
    partitions = json.loads(files.joinpath("_runtime/config/partitions.json").read_text())
    check(bool(partitions.get("partitions")), "_runtime/config/partitions.json has no partitions")

    metadata = importlib.metadata.metadata(probe["distribution"])
    check(metadata["Version"] == package.__version__, "version mismatch")
    check("fast" in (metadata.get_all("Provides-Extra") or []), "no `fast` extra")

    received: list[dict[str, Any]] = []
    cbor = probe["protocol"] == "smithy-rpc-v2-cbor"
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
        f"{SMOKE_SUCCESS}: {probe['distribution']} {package.__version__} from {location.parent}, "
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
        [str(command), "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
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
        check(type(result).__name__ == probed["output"], f"the emulator answered {result!r}")
    finally:
        process.send_signal(signal.SIGTERM)
        status = process.wait(timeout=30)
    errors = process.stderr.read() if process.stderr is not None else ""
    check(status == 0, f"the emulator command exited with {status}: {errors}")
    return f"the emulator command answered {probed['operation']}"


if __name__ == "__main__":
    sys.exit(main())
