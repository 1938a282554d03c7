"""Every service of the pinned botocore that the generator can render: generated, imported and
compared with botocore, operation by operation.

    .venv/bin/python scripts/all_services.py [--jobs 2] [--scratch DIR]
        [--endpoint-tests DIR | --no-endpoint-tests] [SERVICE ...]

(``make all-services``). For each service whose ``metadata.protocols`` (else
``metadata.protocol``) lists one of :data:`PROTOCOLS`, the newest api-version folder of
botocore's data (``service-2``, paginators, waiters, endpoint rule set, examples; botocore
ships them gzipped) is copied into a scratch folder, with the service's
``endpoint-tests-1.json`` (botocore's wheel does not ship them: they come from its sdist,
fetched once by pip into the user's cache folder, or from ``--endpoint-tests DIR``, a folder
of ``<service>/endpoint-tests-1.json`` copied from it, as the sample in ``make test`` does),
and then, in a worker process of its own:

1. the package is generated (operations the generator cannot render, such as event streams,
   left out and listed); a service the generator refuses for its protocol is skipped with a
   ``protocol not supported yet`` line, so the script works before and after a protocol lands;
2. it is imported, and for every operation a fully populated input (``tests/populate.py``)
   is sent by the generated client to a recording handler and serialized by botocore: the
   method, the path, the host prefix, the headers botocore sets (and any protocol header we
   set) and the body, compared as values, must agree;
3. a fully populated output body is parsed by both, and the values must agree;
4. the package's endpoint tests (``tests/test_endpoint_rules.py``) run under pytest in a
   subprocess: every case passes or is skipped with its reason.

Formatting goes through a format cache folder of its own (``all-services-format/`` in the
user's cache folder, :mod:`generator.user_cache`): a whole botocore's worth of entries would
push what the tests and ``make generate`` use out of the shared one.

The summary names each failure with its service, operation and first difference; the exit
status is 1 on any failure, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import importlib
import json
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import botocore  # type: ignore[import-untyped]  # noqa: E402  (after the path above, like everything of the repository)
import botocore.model  # type: ignore[import-untyped]  # noqa: E402
import botocore.parsers  # type: ignore[import-untyped]  # noqa: E402
import botocore.serialize  # type: ignore[import-untyped]  # noqa: E402

from generator.botocore_dist import fetch_sdist, sdist_endpoint_tests  # noqa: E402
from generator.errors import GeneratorError, ModelError  # noqa: E402
from generator.loaders import load_model  # noqa: E402
from generator.loaders.botocore import SUPPORTED_PROTOCOLS  # noqa: E402
from generator.user_cache import USER_CACHE  # noqa: E402
from tests.populate import populate, same_instants, to_wire_json  # noqa: E402

# The wire protocols whose services this script checks. A service listing one of them that
# the generator does not render yet (SUPPORTED_PROTOCOLS) is skipped with a clear line.
CBOR = "smithy-rpc-v2-cbor"
PROTOCOLS = frozenset({"json", CBOR})
# The protocols whose bodies the differential below decodes and encodes (JSON).
COMPARED_PROTOCOLS = frozenset({"json", CBOR})
BOTOCORE_DATA = Path(botocore.__file__).parent / "data"
BOTOCORE_VERSION = botocore.__version__
# The model files the generator reads from a botocore folder (others, such as botocore's
# ``*.sdk-extras.json``, are botocore's own customizations and are left out).
MODEL_FILES = (
    "service-2.json",
    "paginators-1.json",
    "waiters-2.json",
    "endpoint-rule-set-1.json",
    "examples-1.json",
)
ENDPOINT_TESTS = "endpoint-tests-1.json"
FORMAT_FOLDER = USER_CACHE / "all-services-format"
FORMAT_LIMIT = 2 * 1024**3  # bytes: a whole botocore's entries, about 1 GiB, and room
# Headers the transport, the signer or the user agent set, not the protocol: not compared.
TRANSPORT_HEADERS = frozenset(
    {
        "authorization",
        "x-amz-date",
        "x-amz-security-token",
        "x-amz-content-sha256",
        "user-agent",
        "x-amz-user-agent",
        "host",
        "content-length",
        "amz-sdk-invocation-id",
        "amz-sdk-request",
        "accept-encoding",
        "expect",
    }
)


@dataclasses.dataclass
class Failure:
    """One disagreement (or crash): where, and the first difference found."""

    service: str
    operation: str  # "" when the whole service failed (load, generation, import)
    stage: str  # load, generate, import, request, output, endpoint tests
    difference: str

    def line(self) -> str:
        """The failure as one summary line."""
        where = f"{self.service}:{self.operation}" if self.operation else self.service
        return f"FAIL {where} [{self.stage}] {self.difference}"


@dataclasses.dataclass
class ServiceResult:
    """What one service's check found (picklable: it comes back from a worker process)."""

    service: str
    api_version: str
    protocol: str = ""
    not_supported: str = ""  # why the generator refuses the service's protocol, if it does
    operations: int = 0
    requests_matched: int = 0
    outputs_matched: int = 0
    outputs_checked: int = 0
    endpoint_passed: int = 0
    endpoint_skipped: int = 0
    endpoint_cases: int = 0
    failures: list[Failure] = dataclasses.field(default_factory=list)
    left_out: dict[str, str] = dataclasses.field(default_factory=dict)  # operation -> reason
    seconds: float = 0.0


# -- which services, and their files -------------------------------------------------------


def read_model_file(path: Path) -> Any:
    """A botocore data file, gzipped (``<name>.gz``, as the wheel ships most) or not."""
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    return json.loads(gzip.decompress(path.with_name(path.name + ".gz").read_bytes()))


def newest_version(service: str) -> Path:
    """The newest api-version folder of ``service`` in botocore's data."""
    folders = sorted(p for p in (BOTOCORE_DATA / service).iterdir() if p.is_dir())
    return folders[-1]


def model_protocols(metadata: dict[str, Any]) -> list[str]:
    """The protocols a model may be called with: ``protocols``, else ``[protocol]``."""
    listed: list[str] = metadata.get("protocols") or [metadata["protocol"]]
    return listed


def candidate_services() -> list[str]:
    """Every botocore service whose newest model lists one of :data:`PROTOCOLS`."""
    found = []
    for folder in sorted(p for p in BOTOCORE_DATA.iterdir() if p.is_dir()):
        versions = [p for p in folder.iterdir() if p.is_dir()]
        if not versions:
            continue
        service_file = newest_version(folder.name) / "service-2.json"
        if not (service_file.is_file() or service_file.with_suffix(".json.gz").is_file()):
            continue
        metadata = read_model_file(service_file)["metadata"]
        if PROTOCOLS & set(model_protocols(metadata)):
            found.append(folder.name)
    return found


def botocore_sdist() -> Path | None:
    """botocore's sdist of the pinned version (fetched once by pip), or None when unavailable.

    Its ``tests/functional/endpoint-rules/<service>/endpoint-tests-1.json`` are the endpoint
    test cases, which the wheel leaves out.
    """
    archive, problem = fetch_sdist(BOTOCORE_VERSION)
    if archive is None:
        print(
            f"endpoint tests: cannot fetch botocore {BOTOCORE_VERSION}'s sdist "
            f"({problem}): they are not run",
            file=sys.stderr,
        )
    return archive


def extract_endpoint_tests(archive: Path, services: Iterable[str], target: Path) -> None:
    """``target/<service>/endpoint-tests-1.json`` for each of ``services`` the sdist has."""
    for service, content in sdist_endpoint_tests(archive, BOTOCORE_VERSION, services).items():
        (target / service).mkdir(parents=True, exist_ok=True)
        (target / service / ENDPOINT_TESTS).write_bytes(content)


def stage_model(service: str, scratch: Path, endpoint_tests: Path | None) -> Path:
    """Copy ``service``'s newest botocore folder (decompressed) into ``scratch``; return it."""
    source = newest_version(service)
    target = scratch / "models" / service / source.name
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name in MODEL_FILES:
        if (source / name).is_file() or (source / f"{name}.gz").is_file():
            (target / name).write_text(json.dumps(read_model_file(source / name)))
    if endpoint_tests is not None and (endpoint_tests / service / ENDPOINT_TESTS).is_file():
        shutil.copy(endpoint_tests / service / ENDPOINT_TESTS, target / ENDPOINT_TESTS)
    return target


# -- comparing ----------------------------------------------------------------------------


def first_difference(ours: Any, theirs: Any, path: str = "") -> str | None:
    """Where ``ours`` and ``theirs`` (botocore's) first differ, or None when they are equal."""
    if isinstance(ours, dict) and isinstance(theirs, dict):
        for key in sorted(set(ours) | set(theirs), key=str):
            if key not in ours:
                return f"{path}.{key}: missing from ours (botocore: {_short(theirs[key])})"
            if key not in theirs:
                return f"{path}.{key}: ours has {_short(ours[key])}, botocore has nothing"
            found = first_difference(ours[key], theirs[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(ours, list) and isinstance(theirs, list):
        if len(ours) != len(theirs):
            return f"{path}: {len(ours)} items, botocore {len(theirs)}"
        for index, (a, b) in enumerate(zip(ours, theirs)):
            found = first_difference(a, b, f"{path}[{index}]")
            if found:
                return found
        return None
    if isinstance(ours, str) and isinstance(theirs, str):  # an enum member is a str
        return None if ours == theirs else f"{path or '.'}: ours {ours!r}, botocore {theirs!r}"
    if type(ours) is not type(theirs) or ours != theirs:
        return f"{path or '.'}: ours {_short(ours)}, botocore {_short(theirs)}"
    return None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 120 else text[:117] + "..."


# -- one service ------------------------------------------------------------------------


class RecordingHandler:
    """A request handler that keeps each request and answers an empty object with status 200."""

    def __init__(self, response_type: type, cbor: bool = False) -> None:
        self.requests: list[Any] = []
        self.response_type = response_type
        # An empty map in the protocol's body format, with the headers it needs.
        self.answer = (
            ({"content-type": "application/cbor", "smithy-protocol": "rpc-v2-cbor"}, b"\xa0")
            if cbor
            else ({}, b"{}")
        )

    def send(self, request: Any, *, timeouts: Any) -> Any:
        """Record ``request``; answer an empty object."""
        self.requests.append(request)
        return self.response_type(200, *self.answer)

    def close(self) -> None:
        """Nothing to release."""


def import_package(src: Path, name: str) -> ModuleType:
    """Import package ``name`` from ``src`` (a fresh worker process: nothing shadows it)."""
    sys.path.insert(0, str(src))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(src))


def check_service(
    service_name: str, scratch: Path, endpoint_tests: Path | None, run_endpoint_tests: bool
) -> ServiceResult:
    """Generate, import and compare one service with botocore (run in a worker process)."""
    start = time.monotonic()
    model_dir = stage_model(service_name, scratch, endpoint_tests)
    result = ServiceResult(service_name, model_dir.name)
    raw = json.loads((model_dir / "service-2.json").read_text())
    listed = model_protocols(raw["metadata"])
    if not set(listed) & set(SUPPORTED_PROTOCOLS):
        result.not_supported = (
            f"protocols {listed}: the generator renders {list(SUPPORTED_PROTOCOLS)}"
        )
        return result
    try:
        _check(result, model_dir, raw, scratch, run_endpoint_tests)
    except Exception as exc:  # a crash of one stage is one failure of the service
        stage = getattr(exc, "stage", "crash")
        detail = "".join(traceback.format_exception_only(exc)).strip().splitlines()
        result.failures.append(Failure(service_name, "", stage, " / ".join(detail)[:600]))
    result.seconds = time.monotonic() - start
    return result


class _StageError(Exception):
    def __init__(self, stage: str, exc: BaseException) -> None:
        super().__init__(f"{type(exc).__name__}: {exc}")
        self.stage = stage


def _check(
    result: ServiceResult,
    model_dir: Path,
    raw: dict[str, Any],
    scratch: Path,
    run_endpoint_tests: bool,
) -> None:
    from generator.emit.package import write_package
    from generator.release.state import load_release

    try:
        service = load_model(model_dir, skip_unsupported=True)
    except (ModelError, GeneratorError) as exc:
        raise _StageError("load", exc) from exc
    result.protocol = service.metadata.protocol
    result.left_out = dict(service.skipped_operations)
    if result.protocol not in COMPARED_PROTOCOLS:
        raise _StageError(
            "differential",
            GeneratorError(
                f"the generator chose protocol {result.protocol!r}, whose requests and bodies "
                f"this script cannot compare yet (it compares {sorted(COMPARED_PROTOCOLS)}): "
                "add its body codec to scripts/all_services.py"
            ),
        )
    try:
        package_dir = write_package(
            service,
            scratch / "packages",
            "0.0.0",
            load_release(model_dir),
            cache_folder=FORMAT_FOLDER,
            cache_limit=FORMAT_LIMIT,
        )
    except Exception as exc:
        raise _StageError("generate", exc) from exc
    try:
        package = import_package(package_dir / "src", service.package_name)
        commands = importlib.import_module(f"{service.package_name}.commands")
        http = importlib.import_module("typed_aws_runtime.transports.http")
        spec = importlib.import_module(f"{service.package_name}._operations")._SERVICE
    except Exception as exc:
        raise _StageError("import", exc) from exc

    shapes = raw["shapes"]
    model = botocore.model.ServiceModel(raw)

    cbor = result.protocol == CBOR

    def _request(operation: Any, command: Any) -> str | None:
        params = populate(shapes, operation.input_shape.name) if operation.input_shape else {}
        expected = serializer.serialize_to_request(params, operation)
        handler.requests.clear()
        client.send(command(params))
        (request,) = handler.requests
        return _request_difference(request, expected, cbor)

    def _output(operation: Any, command: Any) -> str | None:
        shape = operation.output_shape
        value = populate(shapes, shape.name)
        if cbor:  # botocore's own CBOR writer makes the body both sides parse
            body = botocore.serialize.RpcV2CBORSerializer()._serialize_body_params(value, shape)
            headers = {"content-type": "application/cbor", "smithy-protocol": "rpc-v2-cbor"}
        else:
            body = json.dumps(to_wire_json(shapes, shape.name, value)).encode()
            headers = {}
        theirs = parser.parse({"status_code": 200, "headers": headers, "body": body}, shape)
        theirs.pop("ResponseMetadata", None)
        response = http.HttpResponse(200, headers, body)
        parsed = spec.protocol.parse_response(command.operation, response)
        return first_difference(parsed.to_dict(), theirs)

    serializer = botocore.serialize.create_serializer(service.metadata.protocol)
    parser = botocore.parsers.create_parser(service.metadata.protocol)
    handler = RecordingHandler(http.HttpResponse, cbor)
    client = getattr(package, service.client_name)(
        region="us-east-1",
        endpoint_url="https://example.com",
        credentials=package.Credentials("AKID", "SECRET"),
        request_handler=handler,
    )
    for name in sorted(raw["operations"]):
        if name in service.skipped_operations:
            continue
        result.operations += 1
        operation = model.operation_model(name)
        command = getattr(commands, f"{name}Command")
        _compare(result, name, "request", lambda: _request(operation, command))
        if operation.output_shape is None:
            continue
        result.outputs_checked += 1
        _compare(result, name, "output", lambda: _output(operation, command))
    client.close()
    if run_endpoint_tests and (package_dir / "tests").is_dir():
        _endpoint_tests(result, package_dir, len(service.endpoint_tests))


def _compare(
    result: ServiceResult, operation: str, stage: str, difference: Callable[[], str | None]
) -> None:
    """Count a match of ``stage`` for ``operation``, or record its first difference."""
    try:
        found = difference()
    except Exception as exc:  # our client or botocore refused the value: a failure too
        found = f"raised {type(exc).__name__}: {str(exc)[:300]}"
    if found:
        result.failures.append(Failure(result.service, operation, stage, found))
    elif stage == "request":
        result.requests_matched += 1
    else:
        result.outputs_matched += 1


def _request_difference(request: Any, expected: dict[str, Any], cbor: bool) -> str | None:
    """The first way ``request`` (ours) differs from botocore's serialized ``expected``.

    Bodies are compared as values: JSON parsed, CBOR decoded (map order and integer widths
    may differ between encoders).
    """
    url = urlsplit(request.url)
    if request.method != expected["method"]:
        return f"method: ours {request.method}, botocore {expected['method']}"
    if url.path != expected["url_path"]:
        return f"path: ours {url.path!r}, botocore {expected['url_path']!r}"
    host = expected.get("host_prefix", "") + "example.com"
    if url.hostname != host:
        return f"host: ours {url.hostname!r}, botocore {host!r}"
    ours = {k.lower(): v for k, v in request.headers.items() if k.lower() not in TRANSPORT_HEADERS}
    theirs = {k.lower(): v for k, v in expected["headers"].items()}
    found = first_difference(ours, theirs, "headers")
    if found:
        return found
    if cbor:
        import cbor2

        return first_difference(
            cbor2.loads(request.body) if request.body else None,
            cbor2.loads(expected["body"]) if expected["body"] else None,
            "body",
        )
    body = expected["body"] or b"{}"
    return first_difference(
        same_instants(json.loads(request.body or b"{}")), same_instants(json.loads(body)), "body"
    )


def _endpoint_tests(result: ServiceResult, package_dir: Path, cases: int) -> None:
    from tests.test_generated_endpoint_tests import run_tests_naming_failures

    with tempfile.TemporaryDirectory() as folder:
        status, outcomes, output, failed = run_tests_naming_failures(
            package_dir / "tests", package_dir / "src", Path(folder) / "report.xml"
        )
    result.endpoint_cases = cases
    result.endpoint_passed = outcomes["passed"]
    result.endpoint_skipped = outcomes["skipped"]
    if status != 0 or failed:
        lines = [line for line in output.splitlines() if line.startswith(("E ", "FAILED"))]
        first = lines[0] if lines else output.strip().splitlines()[-1:]
        result.failures.append(
            Failure(
                result.service,
                "",
                "endpoint tests",
                f"{len(failed)} of {cases} cases failed (first: case {failed[:1]}: {first})",
            )
        )


# -- the run ---------------------------------------------------------------------------------


def run(
    services: list[str],
    jobs: int,
    scratch: Path,
    run_endpoint_tests: bool = True,
    endpoint_tests_folder: Path | None = None,
) -> list[ServiceResult]:
    """Check ``services`` in ``jobs`` worker processes (one fresh process per service).

    The endpoint test cases come from ``endpoint_tests_folder`` when given, else from
    botocore's sdist.
    """
    endpoint_tests: Path | None = endpoint_tests_folder
    if run_endpoint_tests and endpoint_tests is None:
        archive = botocore_sdist()
        if archive is not None:
            endpoint_tests = scratch / "endpoint-tests"
            extract_endpoint_tests(archive, services, endpoint_tests)
    # Biggest first, so the long ones do not finish last on their own.
    order = sorted(services, key=lambda s: -_model_size(s))
    env = {"GENERATOR_FORMAT_WORKERS": "1"}  # the pool already keeps every CPU busy
    os.environ.update(env)
    results = []
    context = multiprocessing.get_context("spawn")
    # A fresh process per service (Python 3.11+): one package's modules never meet another's.
    fresh: dict[str, Any] = {"max_tasks_per_child": 1} if sys.version_info >= (3, 11) else {}
    with ProcessPoolExecutor(jobs, mp_context=context, **fresh) as pool:
        futures = {
            pool.submit(check_service, name, scratch, endpoint_tests, run_endpoint_tests): name
            for name in order
        }
        for future in as_completed(futures):
            name = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # the worker itself died
                result = ServiceResult(name, "")
                result.failures.append(Failure(name, "", "worker", repr(exc)))
            results.append(result)
            print(_progress(result), flush=True)
    return sorted(results, key=lambda r: r.service)


def _model_size(service: str) -> int:
    folder = newest_version(service)
    for name in ("service-2.json", "service-2.json.gz"):
        if (folder / name).is_file():
            size = (folder / name).stat().st_size
            return size * 8 if name.endswith(".gz") else size
    return 0


def _progress(result: ServiceResult) -> str:
    if result.not_supported:
        return f"skip {result.service}: protocol not supported yet ({result.not_supported})"
    state = "ok  " if not result.failures else "FAIL"
    line = (
        f"{state} {result.service} ({result.protocol}, {result.operations} operations, "
        f"{len(result.failures)} failures, {result.seconds:.1f} s)"
    )
    return "\n  ".join([line] + [failure.line() for failure in result.failures[:3]])


def summary(results: list[ServiceResult], seconds: float) -> list[str]:
    """The summary lines of a run."""
    checked = [r for r in results if not r.not_supported]
    failures = [f for r in results for f in r.failures]
    lines = [
        f"services: {len(checked)} checked, "
        f"{len(results) - len(checked)} skipped (protocol not supported yet)",
        f"operations: {sum(r.operations for r in checked)}",
        f"requests matched: {sum(r.requests_matched for r in checked)}"
        f"/{sum(r.operations for r in checked)}",
        f"outputs matched: {sum(r.outputs_matched for r in checked)}"
        f"/{sum(r.outputs_checked for r in checked)}",
        f"endpoint cases: {sum(r.endpoint_passed for r in checked)} passed, "
        f"{sum(r.endpoint_skipped for r in checked)} skipped, of "
        f"{sum(r.endpoint_cases for r in checked)} "
        f"({sum(1 for r in checked if r.endpoint_cases)} services with endpoint tests)",
    ]
    left_out = [(r.service, op, why) for r in checked for op, why in sorted(r.left_out.items())]
    lines.append(f"operations left out (event streams, endpoint discovery): {len(left_out)}")
    lines += [f"  {service}:{op} ({why})" for service, op, why in left_out]
    for r in results:
        if r.not_supported:
            lines.append(f"skip {r.service}: protocol not supported yet ({r.not_supported})")
    lines.append(f"failures: {len(failures)}")
    lines += ["  " + f.line() for f in failures]
    lines.append(f"wall time: {seconds:.0f} s")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Check the services named (default: all of :func:`candidate_services`); 1 on failure."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("services", nargs="*", help="botocore service names (default: all)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument("--scratch", type=Path, help="where packages go (default: a temp folder)")
    endpoint_tests = parser.add_mutually_exclusive_group()
    endpoint_tests.add_argument(
        "--no-endpoint-tests", action="store_true", help="do not fetch nor run endpoint tests"
    )
    endpoint_tests.add_argument(
        "--endpoint-tests",
        type=Path,
        metavar="DIR",
        help="take <service>/endpoint-tests-1.json from DIR instead of botocore's sdist",
    )
    args = parser.parse_args(argv)
    if args.endpoint_tests is not None and not args.endpoint_tests.is_dir():
        parser.error(f"--endpoint-tests {args.endpoint_tests}: no such folder")
    candidates = candidate_services()
    unknown = sorted(set(args.services) - set(candidates))
    if unknown:
        parser.error(
            f"not a service of botocore {BOTOCORE_VERSION} speaking {sorted(PROTOCOLS)}: {unknown}"
        )
    services = args.services or candidates
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="all-services-") as temporary:
        scratch = (args.scratch or Path(temporary)).resolve()
        results = run(
            services,
            args.jobs,
            scratch,
            not args.no_endpoint_tests,
            args.endpoint_tests and args.endpoint_tests.resolve(),
        )
    lines = summary(results, time.monotonic() - start)
    print("\n".join(["", f"== all services of botocore {BOTOCORE_VERSION} =="] + lines))
    return 1 if any(r.failures for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
