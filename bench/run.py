"""``make bench``: our clients against boto3 and aiobotocore on the same local server.

    .venv/bin/python bench/run.py [--quick] [--async-only] [--no-generator]

What runs where:

* The server (``bench/server.py``) is a separate OS process (``subprocess``),
  so its CPU is never counted: ``time.process_time()`` reads this process's
  own CPU clock (CLOCK_PROCESS_CPUTIME_ID), which excludes child processes.
* Cold processes (``bench/cold_start.py``, which says how and which clock):
  a fresh ``python -I`` per sample, for ours, boto3 and the floor, and for
  the async client, aiobotocore and two async floors, each importing,
  building a client and making one GetOpportunity call: wall time from the
  spawn to the answer, split into interpreter start, import, construction
  and the first call (wall and CPU), and the child's peak RSS. One
  unmeasured child per client first leaves the ``.pyc`` files warm; median
  of 7 interleaved rounds (``--quick``: 3). The import rows of the main
  table (the child's CPU from just before its first import to just after
  the client exists, then to just after the first call) come from the same
  children.
* Per-call and per-page CPU is measured in this process over one keep-alive
  connection per client: a warm-up, then ``ROUNDS`` rounds, each timing a
  batch of calls per client, clients interleaved round by round so drift
  hits all of them alike; the median round counts. The garbage collector
  stays on (as in real use); a ``gc.collect()`` precedes each batch.

Clients, on the same requests:

* ours: ``PartnerCentralSellingClient`` from ``generated/.../src``, typed
  requests and responses (CreateOpportunity sends a fully populated
  ``CreateOpportunityRequest`` built once with ``from_dict``; a second row
  shows the cost with ``from_dict`` on every call);
* boto3: ``boto3.client("partnercentral-selling", ...)`` with default config;
* floor: ``http.client.HTTPConnection`` keep-alive POST of pre-signed
  headers and body, then ``json.loads`` of the response (no SDK at all).

GetOpportunity over RPC v2 CBOR (one row, after the others, no floor): the pinned
model copied to a temporary folder with ``smithy-rpc-v2-cbor`` its only protocol
(``bench/cbor_codecs.py``'s ``cbor_only_model``); ours is generated from it into that
folder and imported in place of ``generated/``'s package (the awsJson client is done by
then), and boto3's client comes from a botocore session whose data loader searches that
folder first, so both send ``smithy-protocol: rpc-v2-cbor`` and the server answers with
the same GetOpportunityResponse in CBOR. Timed as GetOpportunity is.

Async throughput: ``AsyncPartnerCentralSellingClient`` against aiobotocore
(from ``.venv-aiobotocore``, which ``make bench`` creates: aiobotocore pins
an older botocore than ``.venv``), GetOpportunity at concurrency 16 and 64,
each connection pool capped at ``ASYNC_POOL`` connections. Each sample is
one fresh interpreter running ``bench/async_load.py`` (warm-up, then a
fixed number of calls; it prints calls per second and its own CPU per
call), clients interleaved round by round; the median round counts. Two
floors run the same way: bare aiohttp with pre-signed bytes (aiobotocore's
transport, and ours with ``AiohttpRequestHandler``; ours defaults to
asyncio's transports) and asyncio streams with no HTTP library (the
server's ceiling). The server's own CPU per call is read from ``/proc`` around each
sample, so a saturated server would show.

Generator figures (``bench/generator_bench.py``, which says how; ``--no-generator``
leaves them out): time and peak memory to generate the pinned model, the largest json
model of the installed botocore and synthetic models of 1,000 to 10,000 operations
(``--quick``: 100 to 1,000), and how the cost per operation grows with the size.

Results: a table (µs, ratios to boto3, the issue's goals), the cold-process
table (ms and MB, ratios to boto3 or aiobotocore, and the floors'), a table of the
async figures (calls per second, where higher is better, and CPU per call), the
generator's table and, last, the same as one JSON document on stdout. Nothing is
written to the repository (the generator's output goes to temporary folders).
"""

from __future__ import annotations

import argparse
import gc
import http.client
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import cold_start  # noqa: E402
import generator_bench  # noqa: E402
import payloads  # noqa: E402  (puts the repository root on sys.path)
from table import print_grid  # noqa: E402

# No shared config or credential files, no instance metadata: the same
# clean environment for boto3 here and in the import subprocesses.
CLEAN_ENV = {
    "AWS_CONFIG_FILE": os.devnull,
    "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    "AWS_EC2_METADATA_DISABLED": "true",
}
os.environ.update(CLEAN_ENV)
for _name in (
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_ENDPOINT_URL",
):
    os.environ.pop(_name, None)

sys.path.insert(0, str(payloads.GENERATED_SRC))

REGION = "us-east-1"
ACCESS_KEY = "AKID"
SECRET_KEY = "SECRET"
SERVICE = "partnercentral-selling"

GOALS = {"import": 0.15, "get": 0.15, "page": 0.10}

# Async: our calls per second at least this many times aiobotocore's, by concurrency.
ASYNC_GOALS = {64: 3.0}
ASYNC_CONCURRENCY = (16, 64)
ASYNC_POOL = 64  # connections per client's pool at most: as many as the highest concurrency
PEER_PYTHON = payloads.ROOT / ".venv-aiobotocore" / "bin" / "python"
# async client (bench/async_load.py --client) -> the interpreter it runs under
ASYNC_CLIENTS = {
    "ours": sys.executable,
    "aiobotocore": str(PEER_PYTHON),
    "aiohttp": sys.executable,
    "floor": sys.executable,
}
# async client -> its column in the async table
ASYNC_COLUMNS = {
    "ours": "ours",
    "aiobotocore": "aiobotocore",
    "aiohttp": "aiohttp only",
    "floor": "no HTTP lib",
}


# -- the server process ----------------------------------------------------------


class ServerProcess:
    def __init__(self, pages: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-u", str(BENCH / "server.py"), "--pages", str(pages)],
            cwd=str(BENCH),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.startswith("PORT "):
            self.close()
            raise RuntimeError(f"benchmark server did not start (said {line!r})")
        self.port = int(line.split()[1])
        self.url = f"http://127.0.0.1:{self.port}"

    def cpu_seconds(self) -> float | None:
        """The server process's CPU so far (Linux), to show it is not ours."""
        try:
            with open(f"/proc/{self.proc.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except OSError:
            return None

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()  # the server exits at EOF on stdin
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            self.proc.wait(timeout=5)


# -- per-call timing -------------------------------------------------------------


def time_interleaved(
    cases: dict[str, Callable[[], Any]], *, warmup: int, rounds: int, batch: int, unit: int = 1
) -> dict[str, dict[str, Any]]:
    """Median CPU seconds per unit (call or page) of each case."""
    for fn in cases.values():
        for _ in range(warmup):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in cases}
    clock = time.process_time
    for _ in range(rounds):
        for name, fn in cases.items():
            gc.collect()
            start = clock()
            for _ in range(batch):
                fn()
            samples[name].append((clock() - start) / (batch * unit))
    return {
        name: {"median": statistics.median(s), "min": min(s), "max": max(s), "samples": s}
        for name, s in samples.items()
    }


def presign(url: str, operation: str, params: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    """Serialize (wire-form ``params``) and sign with botocore once, ahead of timed calls.

    The floors send these bytes as they are (``bench/async_load.py``'s too).
    """
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials as BotoCredentials

    body = json.dumps(params, separators=(",", ":")).encode()
    request = AWSRequest(
        method="POST",
        url=url + "/",
        data=body,
        headers={
            "Content-Type": "application/x-amz-json-1.0",
            "X-Amz-Target": payloads.TARGET_PREFIX + operation,
            "User-Agent": "bench-floor",
        },
    )
    SigV4Auth(BotoCredentials(ACCESS_KEY, SECRET_KEY), SERVICE, REGION).add_auth(request)
    return body, dict(request.headers.items())


class Floor:
    """The no-SDK floor: pre-signed request bytes over one kept-alive http.client connection."""

    def __init__(self, port: int, url: str) -> None:
        self.url = url
        self.conn = http.client.HTTPConnection("127.0.0.1", port)

    def presign(self, operation: str, params: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
        return presign(self.url, operation, params)

    def post(self, presigned: tuple[bytes, dict[str, str]]) -> Any:
        body, headers = presigned
        conn = self.conn
        conn.request("POST", "/", body, headers)
        response = conn.getresponse()
        data = response.read()
        if response.status != 200:
            raise RuntimeError(f"floor: HTTP {response.status}: {data[:200]!r}")
        return json.loads(data)

    def close(self) -> None:
        self.conn.close()


# -- async throughput in fresh interpreters --------------------------------------


def measure_async(
    server: ServerProcess, plan: dict[str, int], no_orjson: bool
) -> dict[str, dict[int, dict[str, Any]]]:
    """Median figures per async client and concurrency, over rounds of interleaved samples."""
    samples: dict[str, dict[int, list[dict[str, Any]]]] = {
        client: {c: [] for c in ASYNC_CONCURRENCY} for client in ASYNC_CLIENTS
    }
    for _ in range(plan["rounds"]):
        for concurrency in ASYNC_CONCURRENCY:
            for client, python in ASYNC_CLIENTS.items():
                sample = _async_sample(server, client, python, concurrency, plan, no_orjson)
                samples[client][concurrency].append(sample)
    return {
        client: {c: _async_medians(s) for c, s in by_concurrency.items()}
        for client, by_concurrency in samples.items()
    }


def _async_sample(
    server: ServerProcess,
    client: str,
    python: str,
    concurrency: int,
    plan: dict[str, int],
    no_orjson: bool,
) -> dict[str, Any]:
    command = [
        python,
        "-I",
        str(BENCH / "async_load.py"),
        f"--client={client}",
        f"--url={server.url}",
        f"--concurrency={concurrency}",
        f"--calls={plan['calls']}",
        f"--warmup={plan['warmup']}",
        f"--pool={ASYNC_POOL}",
    ]
    if no_orjson and client == "ours":
        command.append("--no-orjson")
    before = server.cpu_seconds()
    out = subprocess.run(
        command, env={**os.environ, **CLEAN_ENV}, cwd=str(BENCH), capture_output=True, text=True
    )
    after = server.cpu_seconds()
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{out.stderr}")
    sample: dict[str, Any] = json.loads(out.stdout)
    if before is not None and after is not None:
        # Warm-up included: the server cannot tell the calls apart.
        sample["server_cpu_us_per_call"] = (
            (after - before) / (plan["calls"] + plan["warmup"]) * 1e6
        )
    return sample


def _async_medians(samples: list[dict[str, Any]]) -> dict[str, Any]:
    figures: dict[str, Any] = {
        key: statistics.median(s[key] for s in samples)
        for key in ("calls_per_s", "cpu_us_per_call", "cpu_share", "server_cpu_us_per_call")
        if key in samples[0]
    }
    figures["calls_per_s_samples"] = [round(s["calls_per_s"]) for s in samples]
    figures["cpu_us_per_call_samples"] = [round(s["cpu_us_per_call"], 1) for s in samples]
    figures["versions"] = samples[0]["versions"]
    return figures


# -- the run ---------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a few calls only (a smoke test)")
    parser.add_argument("--pages", type=int, default=10, help="pages per ListOpportunities run")
    parser.add_argument(
        "--no-orjson",
        action="store_true",
        help="our clients without the optional orjson extra (standard library json)",
    )
    parser.add_argument(
        "--async-only", action="store_true", help="the async throughput figures only"
    )
    parser.add_argument(
        "--no-generator",
        action="store_true",
        help="leave out the generator's figures (bench/generator_bench.py)",
    )
    args = parser.parse_args()
    if not PEER_PYTHON.exists():
        parser.error(
            f"{PEER_PYTHON} is missing: `make bench` creates it "
            "(from bench/requirements-aiobotocore.txt)"
        )
    if args.no_orjson:
        # The same switch the tests use: the codec falls back to the standard library.
        from typed_aws_runtime.protocols import jsoncodec

        jsoncodec.ORJSON.loads = None
        jsoncodec.ORJSON.dumps = None
        print("our client: without orjson (standard library json)", flush=True)

    if args.quick:
        call_plan = dict(warmup=20, rounds=3, batch=40)
        page_plan = dict(warmup=1, rounds=3, batch=1)
        import_runs = 3
        async_plan = dict(warmup=50, calls=300, rounds=2)
    else:
        call_plan = dict(warmup=200, rounds=5, batch=500)
        page_plan = dict(warmup=2, rounds=5, batch=3)
        import_runs = 7
        async_plan = dict(warmup=300, calls=3000, rounds=5)
    pages = args.pages
    wall_start = time.monotonic()

    server = ServerProcess(pages)
    try:
        print(
            f"server: separate process pid {server.proc.pid} at {server.url} "
            f"(this process: pid {os.getpid()}); {pages} pages per ListOpportunities run",
            flush=True,
        )
        sync = None
        if not args.async_only:
            sync = measure_sync(server, pages, call_plan, page_plan, import_runs)
        print(
            f"async GetOpportunity at concurrency {', '.join(map(str, ASYNC_CONCURRENCY))}: "
            f"{async_plan['rounds']} rounds of fresh interpreters ...",
            flush=True,
        )
        async_figures = measure_async(server, async_plan, args.no_orjson)
    finally:
        server.close()

    report: dict[str, Any] = {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "server_pid": server.proc.pid,
        "bench_pid": os.getpid(),
    }
    rows: list[dict[str, Any]] = []
    if sync is not None:
        sync_rows, notes, sync_report = sync
        _print_table(sync_rows)
        print()
        print("\n".join(notes))
        rows += sync_rows
        report.update(sync_report)
        cold = sync_report["cold"]
        cold_start.print_rows(cold["rows"])
        print()
        print("\n".join(cold_start.notes(cold["figures"], cold["runs"])))
        rows += cold["rows"]
    async_rows = _async_rows(async_figures)
    _print_async_table(async_rows)
    print()
    print("\n".join(_async_notes(async_figures, async_plan)))
    rows += async_rows
    generator_ok = True
    if not args.no_generator and not args.async_only:
        generator_rows = generator_bench.run(
            generator_bench.QUICK_SIZES if args.quick else generator_bench.SIZES
        )
        generator_bench.print_rows(generator_rows)
        growth = generator_bench.growth(generator_rows)
        generator_bench.print_growth(growth)
        report["generator"] = {"rows": generator_rows, "growth": growth}
        generator_ok = not any("error" in row for row in generator_rows)
    wall = time.monotonic() - wall_start
    print(f"wall time: {wall:.0f} s")
    report["async"] = {
        "plan": async_plan,
        "pool": ASYNC_POOL,
        "rows": async_rows,
        "figures": {
            client: {str(c): f for c, f in by_concurrency.items()}
            for client, by_concurrency in async_figures.items()
        },
    }
    report["all_goals_met"] = all(r["met"] is not False for r in rows)
    report["wall_seconds"] = round(wall, 1)
    print()
    print(json.dumps(report, indent=1))
    return 0 if generator_ok else 1


def measure_sync(
    server: ServerProcess,
    pages: int,
    call_plan: dict[str, int],
    page_plan: dict[str, int],
    import_runs: int,
) -> tuple[list[dict[str, Any]], list[str], dict[str, Any]]:
    """The sync figures: table rows, the lines printed under the table, the report's fields."""
    url, port = server.url, server.port

    # 1. cold processes: import + construction + first call, fresh interpreters
    # (nothing else runs meanwhile), sync and async (bench/cold_start.py).
    print(
        f"cold process (import + construction + first call): {import_runs} rounds of "
        f"fresh interpreters, {len(cold_start.CLIENTS)} clients ...",
        flush=True,
    )
    cold = cold_start.run(url, import_runs)
    imports = cold_start.import_figures(cold["figures"])
    floor = Floor(port, url)
    floor_get = floor.presign("GetOpportunity", payloads.get_opportunity_params())

    # 2. the clients, one kept-alive connection each.
    import boto3
    from partnercentral_selling import Credentials, PartnerCentralSellingClient
    from partnercentral_selling.commands import CreateOpportunityCommand
    from partnercentral_selling.shapes import CreateOpportunityRequest

    shapes = payloads.load_shapes()
    create_params = payloads.create_opportunity_params(shapes)
    create_request = CreateOpportunityRequest.from_dict(create_params)
    get_params = payloads.get_opportunity_params()

    ours = PartnerCentralSellingClient(
        region=REGION, endpoint_url=url, credentials=Credentials(ACCESS_KEY, SECRET_KEY)
    )
    theirs = boto3.client(
        SERVICE,
        region_name=REGION,
        endpoint_url=url,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
    )
    floor_create = floor.presign(
        "CreateOpportunity", payloads.create_opportunity_wire(shapes, create_params)
    )
    floor_pages = {
        (payloads.page_token(k) if k else None): floor.presign(
            "ListOpportunities",
            payloads.list_opportunities_params(payloads.page_token(k) if k else None),
        )
        for k in range(pages)
    }

    def ours_get() -> Any:
        return ours.get_opportunity(catalog=payloads.CATALOG, identifier=payloads.OPPORTUNITY_ID)

    def boto_get() -> Any:
        return theirs.get_opportunity(**get_params)

    def floor_get_call() -> Any:
        return floor.post(floor_get)

    def ours_create() -> Any:
        return ours.send(CreateOpportunityCommand(create_request))

    def ours_create_dict() -> Any:
        return ours.send(CreateOpportunityCommand(create_params))  # from_dict per call

    def boto_create() -> Any:
        return theirs.create_opportunity(**create_params)

    def floor_create_call() -> Any:
        return floor.post(floor_create)

    def ours_paginate() -> int:
        count, token = 0, None
        while True:
            page = ours.list_opportunities(
                catalog=payloads.CATALOG, max_results=payloads.PAGE_SIZE, next_token=token
            )
            count += len(page.opportunity_summaries)
            token = page.next_token
            if not token:
                return count

    def boto_paginate() -> int:
        count, token = 0, None
        while True:
            page = theirs.list_opportunities(**payloads.list_opportunities_params(token))
            count += len(page["OpportunitySummaries"])
            token = page.get("NextToken")
            if not token:
                return count

    def floor_paginate() -> int:
        count, token = 0, None
        while True:
            page = floor.post(floor_pages[token])
            count += len(page["OpportunitySummaries"])
            token = page.get("NextToken")
            if not token:
                return count

    # 3. the clients agree before anything is timed.
    got = ours_get()
    assert got.id == payloads.OPPORTUNITY_ID and got.customer is not None, got
    assert theirs.get_opportunity(**get_params)["Id"] == payloads.OPPORTUNITY_ID
    assert ours_create().id == payloads.OPPORTUNITY_ID
    assert ours_create_dict().id == payloads.OPPORTUNITY_ID
    assert boto_create()["Id"] == payloads.OPPORTUNITY_ID
    expected_items = pages * payloads.PAGE_SIZE
    assert ours_paginate() == boto_paginate() == floor_paginate() == expected_items
    server_cpu_before = server.cpu_seconds()

    print("GetOpportunity ...", flush=True)
    get = time_interleaved(
        {"ours": ours_get, "boto3": boto_get, "floor": floor_get_call}, **call_plan
    )
    print("CreateOpportunity ...", flush=True)
    create = time_interleaved(
        {
            "ours": ours_create,
            "ours_from_dict": ours_create_dict,
            "boto3": boto_create,
            "floor": floor_create_call,
        },
        **call_plan,
    )
    print("ListOpportunities ...", flush=True)
    page = time_interleaved(
        {"ours": ours_paginate, "boto3": boto_paginate, "floor": floor_paginate},
        **page_plan,
        unit=pages,
    )
    server_cpu_after = server.cpu_seconds()

    boto_json_get = theirs.get_opportunity(**get_params)
    ours.close()
    theirs.close()
    floor.close()

    print("GetOpportunity over RPC v2 CBOR ...", flush=True)
    get_cbor = measure_cbor(url, boto_json_get, call_plan)

    # 4. report.
    rows = [
        _row(
            "import + client construction",
            "import",
            imports["ours"]["total"],
            imports["boto3"]["total"],
            imports["floor"]["total"],
            GOALS["import"],
        ),
        _row(
            "  same + first GetOpportunity call",
            "import_first_call",
            imports["ours"]["total_with_first_call"],
            imports["boto3"]["total_with_first_call"],
            imports["floor"]["total_with_first_call"],
            None,
        ),
        _row(
            "GetOpportunity, CPU per call",
            "get",
            get["ours"]["median"],
            get["boto3"]["median"],
            get["floor"]["median"],
            GOALS["get"],
        ),
        _row(
            "GetOpportunity over RPC v2 CBOR, CPU per call",
            "get_cbor",
            get_cbor["ours"]["median"],
            get_cbor["boto3"]["median"],
            None,
            None,
        ),
        _row(
            "CreateOpportunity, CPU per call",
            "create",
            create["ours"]["median"],
            create["boto3"]["median"],
            create["floor"]["median"],
            None,
        ),
        _row(
            "  same, from_dict() every call",
            "create_from_dict",
            create["ours_from_dict"]["median"],
            create["boto3"]["median"],
            create["floor"]["median"],
            None,
        ),
        _row(
            f"ListOpportunities, CPU per page ({payloads.PAGE_SIZE} items)",
            "page",
            page["ours"]["median"],
            page["boto3"]["median"],
            page["floor"]["median"],
            GOALS["page"],
        ),
    ]
    notes = [
        "import / construction / first call, median ms: "
        + "; ".join(
            f"{k} {v['import'] * 1e3:.1f} / {v['construct'] * 1e3:.1f} / {v['first_call'] * 1e3:.1f}"
            for k, v in imports.items()
        )
    ]
    spread = "; ".join(
        f"{label} {k} {d['min'] * 1e6:.0f}-{d['max'] * 1e6:.0f}"
        for label, group in (
            ("get", get),
            ("get_cbor", get_cbor),
            ("create", create),
            ("page", page),
        )
        for k, d in group.items()
    )
    notes.append(f"spread of rounds (µs, min-max): {spread}")
    if server_cpu_before is not None and server_cpu_after is not None:
        notes.append(
            f"server process CPU during the timed calls: "
            f"{server_cpu_after - server_cpu_before:.2f} s (pid {server.proc.pid}, "
            f"not counted: process_time() is this process's own CPU only)"
        )
    report = {
        "boto3": boto3.__version__,
        "pages_per_run": pages,
        "page_size": payloads.PAGE_SIZE,
        "plan": {"calls": call_plan, "pages": page_plan, "import_runs": import_runs},
        "rows": rows,
        "imports": imports,
        "cold": cold,
        "samples_us": {
            label: {k: [round(x * 1e6, 1) for x in d["samples"]] for k, d in group.items()}
            for label, group in (
                ("get", get),
                ("get_cbor", get_cbor),
                ("create", create),
                ("page", page),
            )
        },
    }
    return rows, notes, report


def measure_cbor(
    url: str, boto_json_get: dict[str, Any], call_plan: dict[str, int]
) -> dict[str, dict[str, Any]]:
    """GetOpportunity over RPC v2 CBOR, ours against boto3, timed as the awsJson row is.

    Both clients read the pinned model made CBOR-only in a temporary folder; ours is
    generated from it and imported in place of the awsJson package (which is done).
    ``boto_json_get``: boto3's awsJson answer, which the CBOR answers must equal.
    """
    import boto3
    import botocore.session

    # Here, not at the top: bench/async_load.py imports this module under
    # .venv-aiobotocore, which lacks the generator's requirements.
    import cbor_codecs

    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        model = cbor_codecs.cbor_only_model(data)
        package, protocol = cbor_codecs.generate(model, Path(folder) / "out", cbor_codecs.CBOR)
        assert protocol.id == "rpcv2Cbor", protocol
        ours = package.PartnerCentralSellingClient(
            region=REGION,
            endpoint_url=url,
            credentials=package.Credentials(ACCESS_KEY, SECRET_KEY),
        )
        session = botocore.session.Session()
        session.get_component("data_loader").search_paths.insert(0, str(data))
        theirs = boto3.session.Session(botocore_session=session).client(
            SERVICE,
            region_name=REGION,
            endpoint_url=url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
        )
        get_params = payloads.get_opportunity_params()

        def ours_get() -> Any:
            return ours.get_opportunity(
                catalog=payloads.CATALOG, identifier=payloads.OPPORTUNITY_ID
            )

        def boto_get() -> Any:
            return theirs.get_opportunity(**get_params)

        # Both speak CBOR (the server answers awsJson requests by X-Amz-Target only),
        # and read the same response as boto3's awsJson client did.
        sent: list[Any] = []

        def capture(request: Any, **_: Any) -> None:
            sent.append(request)

        theirs.meta.events.register("before-send", capture)
        got = boto_get()
        theirs.meta.events.unregister("before-send", capture)
        assert sent[0].headers["smithy-protocol"] == b"rpc-v2-cbor", sent[0].headers
        strip = {"ResponseMetadata": None}
        assert {**got, **strip} == {**boto_json_get, **strip}, "CBOR and JSON answers differ"
        assert ours.get_opportunity(
            catalog=payloads.CATALOG, identifier=payloads.OPPORTUNITY_ID
        ).to_dict() == {k: v for k, v in got.items() if k != "ResponseMetadata"}
        try:
            return time_interleaved({"ours": ours_get, "boto3": boto_get}, **call_plan)
        finally:
            ours.close()
            theirs.close()


def _row(
    label: str, key: str, ours: float, boto: float, floor: float | None, goal: float | None
) -> dict[str, Any]:
    """A table row; ``floor`` None: no floor for it."""
    ratio = ours / boto
    return {
        "metric": label,
        "key": key,
        "ours_us": round(ours * 1e6, 1),
        "boto3_us": round(boto * 1e6, 1),
        "floor_us": None if floor is None else round(floor * 1e6, 1),
        "ratio": round(ratio, 3),
        "floor_ratio": None if floor is None else round(floor / boto, 3),
        "goal": goal,
        "met": None if goal is None else ratio <= goal,
    }


def _print_table(rows: list[dict[str, Any]]) -> None:
    headers = [
        "metric",
        "ours µs",
        "boto3 µs",
        "floor µs",
        "ours/boto3",
        "floor/boto3",
        "goal",
        "met?",
    ]
    table = [
        [
            r["metric"],
            f"{r['ours_us']:,.1f}",
            f"{r['boto3_us']:,.1f}",
            "-" if r["floor_us"] is None else f"{r['floor_us']:,.1f}",
            f"{r['ratio']:.3f}x",
            "-" if r["floor_ratio"] is None else f"{r['floor_ratio']:.3f}x",
            "-" if r["goal"] is None else f"<= {r['goal']:.2f}x",
            "-" if r["met"] is None else ("yes" if r["met"] else "NO"),
        ]
        for r in rows
    ]
    print_grid(headers, table)


def _async_rows(figures: dict[str, dict[int, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Per concurrency: calls per second (higher is better), then CPU per call (lower is)."""
    rows = []
    for c in ASYNC_CONCURRENCY:
        at_c = {client: by_concurrency[c] for client, by_concurrency in figures.items()}
        rows.append(
            _async_row(
                f"GetOpportunity calls/s, concurrency {c}",
                f"async_calls_per_s_{c}",
                {client: f["calls_per_s"] for client, f in at_c.items()},
                ASYNC_GOALS.get(c),
            )
        )
        rows.append(
            _async_row(
                "  CPU µs per call",
                f"async_cpu_us_per_call_{c}",
                {client: f["cpu_us_per_call"] for client, f in at_c.items()},
                None,
            )
        )
    return rows


def _async_row(
    label: str, key: str, by_client: dict[str, float], goal: float | None
) -> dict[str, Any]:
    ratio = by_client["ours"] / by_client["aiobotocore"]
    return {
        "metric": label,
        "key": key,
        **{client: round(value, 1) for client, value in by_client.items()},
        "ratio": round(ratio, 3),
        "goal": goal,
        "met": None if goal is None else ratio >= goal,
    }


def _print_async_table(rows: list[dict[str, Any]]) -> None:
    headers = ["async", *ASYNC_COLUMNS.values(), "ours/aiobotocore", "goal", "met?"]
    table = [
        [
            r["metric"],
            *(f"{r[client]:,.0f}" for client in ASYNC_COLUMNS),
            f"{r['ratio']:.2f}x",
            "-" if r["goal"] is None else f">= {r['goal']:.1f}x",
            "-" if r["met"] is None else ("yes" if r["met"] else "NO"),
        ]
        for r in rows
    ]
    print_grid(headers, table)


def _async_notes(figures: dict[str, dict[int, dict[str, Any]]], plan: dict[str, int]) -> list[str]:
    top = ASYNC_CONCURRENCY[-1]
    at_top = {client: by_concurrency[top] for client, by_concurrency in figures.items()}
    versions = {k: v for f in at_top.values() for k, v in f["versions"].items()}
    spread = []
    for c in ASYNC_CONCURRENCY:
        for client, by_concurrency in figures.items():
            samples = by_concurrency[c]["calls_per_s_samples"]
            spread.append(f"c{c} {ASYNC_COLUMNS[client]} {min(samples)}-{max(samples)}")
    notes = [
        f"async: {plan['calls']} calls after {plan['warmup']} warm-up calls, a fresh interpreter "
        f"per sample, median of {plan['rounds']} rounds; default asyncio event loop; "
        f"{ASYNC_POOL} connections per pool at most (ours: AsyncioRequestHandler("
        f"max_pool_connections={ASYNC_POOL}), aiobotocore: AioConfig(max_pool_connections="
        f"{ASYNC_POOL}), aiohttp only: TCPConnector(limit_per_host={ASYNC_POOL})); no HTTP lib: "
        "one connection per task",
        "versions: " + ", ".join(f"{k} {v}" for k, v in sorted(versions.items())),
        f"spread of rounds (calls/s, min-max): {'; '.join(spread)}",
        f"client CPU / wall at concurrency {top} (1.00: the client itself is the limit): "
        + ", ".join(
            f"{ASYNC_COLUMNS[client]} {f['cpu_share']:.2f}" for client, f in at_top.items()
        ),
    ]
    floor = at_top["floor"]
    if "server_cpu_us_per_call" in floor:
        notes.append(
            f"server CPU µs per call at concurrency {top} (warm-up included): "
            + ", ".join(
                f"{ASYNC_COLUMNS[client]} {f['server_cpu_us_per_call']:.0f}"
                for client, f in at_top.items()
            )
            + f"; at the no-HTTP-lib rate the server used "
            f"{floor['server_cpu_us_per_call'] * floor['calls_per_s'] / 1e4:.0f}% of one core"
        )
    return notes


if __name__ == "__main__":
    sys.exit(main())
