"""Cold-process figures: a fresh interpreter per sample, from its spawn to the first answer.

    .venv/bin/python bench/cold_start.py [--runs 7]   (starts its own server)

``bench/run.py`` runs this as its "cold process" section. Each sample is one
``python -I -c CODE`` child (``CODE``: :func:`child_code`) that imports a
client, builds it, makes one GetOpportunity call against the benchmark
server and then prints one JSON line. Clients (:data:`CLIENTS`):

* sync: ``ours`` (``PartnerCentralSellingClient``), ``boto3`` and the
  ``floor`` (``http.client`` + ``json``, pre-signed bytes: no SDK);
* async: ``ours_async`` (``AsyncPartnerCentralSellingClient`` in
  ``asyncio.run``), ``aiobotocore`` (run by ``.venv-aiobotocore``'s
  interpreter, ``async with get_session().create_client(...)``), and two
  floors: ``aiohttp`` (a bare ``ClientSession`` POSTing pre-signed bytes:
  aiobotocore's transport, and ours with ``AiohttpRequestHandler``) and
  ``streams`` (``asyncio.open_connection``, no HTTP library).

Which clock, and why. "Process start" is taken by the parent: it reads
``time.monotonic()`` immediately before ``subprocess.Popen``; the child
reads ``time.monotonic()`` again the moment its call has been answered and
prints it. ``time.monotonic()`` is ``CLOCK_MONOTONIC``, one clock for every
process on the machine, so the difference is the child's wall time from
spawn (fork/exec, interpreter start, ``site``, imports, construction, the
call) to the answer, to the microsecond, and the parent's own latency in
reading the pipe afterwards is not counted. The alternative, the start time
in ``/proc/self/stat`` (field 22), is counted in clock ticks
(``SC_CLK_TCK``, 100 per second here): 10 ms steps, too coarse for figures
of 30 to 300 ms, so it is not used. The spawn (``Popen`` uses ``vfork``)
costs the parent well under a millisecond whatever its size.

Besides that total, each child stamps (``monotonic`` and
``process_time``) before its first import, after the imports, after the
client exists and after the answer, so the total splits into
interpreter start / import / construction / first call, wall and CPU. The
in-process "first call" figure is the last stage alone. Peak memory is the
child's own ``VmHWM`` (``/proc/self/status``), read right after the answer:
``ru_maxrss`` (of the child via ``wait4``/``RUSAGE_CHILDREN``) would start
from the parent's size at the fork, and ``RUSAGE_CHILDREN`` is the maximum
over every child, not this one. Nothing is imported in the child before the
timed code but ``sys`` and ``time`` (both built in); ``json`` for the
printed line comes after the last stamp.

Samples are interleaved (one child per client per round, clients in the same
order each round) after one unmeasured child per client that leaves the
``.pyc`` files warm; the median of ``runs`` rounds counts. The children use
each client as installed (ours with orjson when it is there: ``run.py
--no-orjson`` does not reach them). The server is plain HTTP, so no child
loads CA certificates or makes a TLS handshake (aiohttp alone builds its
default TLS contexts as it is imported, CA bundle included).

``bench/cold_profile.py`` shows where a cold process's time and memory go.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
GENERATED_SRC = ROOT / "generated" / "partnercentral-selling" / "src"
PEER_PYTHON = ROOT / ".venv-aiobotocore" / "bin" / "python"

# The stamps: (monotonic, process_time) before the first import, after the imports,
# after construction, after the answer.
_HEAD = (
    "import sys, time\n"
    "_T = [(time.monotonic(), time.process_time())]\n"
    "def _stamp():\n"
    "    _T.append((time.monotonic(), time.process_time()))\n"
)
_TAIL = (
    "_rss = 0\n"
    "try:\n"
    "    with open('/proc/self/status') as _f:\n"
    "        for _line in _f:\n"
    "            if _line.startswith('VmHWM:'):\n"
    "                _rss = int(_line.split()[1])\n"
    "except OSError:\n"
    "    import resource\n"
    "    _rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "_modules = len(sys.modules)\n"
    "import json\n"
    "print(json.dumps({'stamps': _T, 'peak_rss_kb': _rss, 'modules': _modules}))\n"
)

# client -> (imports, construction, the call; ``_stamp()`` after each). Sync
# clients leave the stamping to child_code; async ones stamp inside asyncio.run.
_SYNC = {
    "ours": (
        "sys.path.insert(0, {src!r})\n"
        "from partnercentral_selling import PartnerCentralSellingClient, Credentials\n",
        "client = PartnerCentralSellingClient(region={region!r}, endpoint_url={url!r}, "
        "credentials=Credentials({ak!r}, {sk!r}))\n",
        "assert client.get_opportunity(catalog={catalog!r}, identifier={oid!r}).id == {oid!r}\n",
    ),
    "boto3": (
        "import boto3\n",
        "client = boto3.client({service!r}, region_name={region!r}, endpoint_url={url!r}, "
        "aws_access_key_id={ak!r}, aws_secret_access_key={sk!r})\n",
        "assert client.get_opportunity(Catalog={catalog!r}, Identifier={oid!r})['Id'] == {oid!r}\n",
    ),
    "floor": (
        "import http.client, json\n",
        "conn = http.client.HTTPConnection({host!r}, {port})\n",
        "conn.request('POST', '/', {body!r}, {headers!r})\n"
        "assert json.loads(conn.getresponse().read())['Id'] == {oid!r}\n",
    ),
}
_ASYNC = {
    "ours_async": (
        "import asyncio\n"
        "sys.path.insert(0, {src!r})\n"
        "from partnercentral_selling import AsyncPartnerCentralSellingClient, Credentials\n",
        "async def main():\n"
        "    async with AsyncPartnerCentralSellingClient(region={region!r}, endpoint_url={url!r},"
        " credentials=Credentials({ak!r}, {sk!r})) as client:\n"
        "        _stamp()\n"
        "        response = await client.get_opportunity(catalog={catalog!r}, identifier={oid!r})\n"
        "        assert response.id == {oid!r}\n"
        "        _stamp()\n",
    ),
    "aiobotocore": (
        "import asyncio\n" "from aiobotocore.session import get_session\n",
        "async def main():\n"
        "    async with get_session().create_client({service!r}, region_name={region!r}, "
        "endpoint_url={url!r}, aws_access_key_id={ak!r}, aws_secret_access_key={sk!r}) as client:\n"
        "        _stamp()\n"
        "        response = await client.get_opportunity(Catalog={catalog!r}, Identifier={oid!r})\n"
        "        assert response['Id'] == {oid!r}\n"
        "        _stamp()\n",
    ),
    "aiohttp": (
        "import asyncio, json\n" "import aiohttp\n",
        "async def main():\n"
        "    async with aiohttp.ClientSession(skip_auto_headers=('User-Agent', 'Accept', "
        "'Accept-Encoding', 'Content-Type'), auto_decompress=False) as session:\n"
        "        _stamp()\n"
        "        async with session.post({url!r} + '/', data={body!r}, headers={headers!r}) as r:\n"
        "            data = await r.read()\n"
        "        assert json.loads(data)['Id'] == {oid!r}\n"
        "        _stamp()\n",
    ),
    "streams": (
        "import asyncio, json\n",
        "async def main():\n"
        "    reader, writer = await asyncio.open_connection({host!r}, {port})\n"
        "    _stamp()\n"
        "    writer.write({raw!r})\n"
        "    head = await reader.readuntil(b'\\r\\n\\r\\n')\n"
        "    length = int(head.lower().split(b'content-length:', 1)[1].split(b'\\r\\n', 1)[0])\n"
        "    assert json.loads(await reader.readexactly(length))['Id'] == {oid!r}\n"
        "    _stamp()\n"
        "    writer.close()\n",
    ),
}
SYNC_CLIENTS = tuple(_SYNC)
ASYNC_CLIENTS = tuple(_ASYNC)
CLIENTS = SYNC_CLIENTS + ASYNC_CLIENTS
STAGES = ("start", "import", "construct", "first_call")


def python_for(client: str) -> str:
    """The interpreter a client runs under: aiobotocore pins an older botocore than .venv."""
    return str(PEER_PYTHON) if client == "aiobotocore" else sys.executable


def child_code(client: str, settings: dict[str, Any]) -> str:
    """The program a ``client``'s child runs (``settings``: see :func:`settings_for`)."""
    if client in _SYNC:
        imports, construct, call = (part.format(**settings) for part in _SYNC[client])
        body = f"{imports}_stamp()\n{construct}_stamp()\n{call}_stamp()\n"
    else:
        imports, program = (part.format(**settings) for part in _ASYNC[client])
        body = f"{imports}_stamp()\n{program}asyncio.run(main())\n"
    return _HEAD + body + _TAIL


def settings_for(
    url: str,
    presigned: tuple[bytes, dict[str, str]],
    *,
    credentials: tuple[str, str],
    region: str,
    service: str,
    catalog: str,
    opportunity_id: str,
) -> dict[str, Any]:
    """What the snippets are filled with; ``presigned``: the floors' body and signed headers."""
    host, port = url.split("//", 1)[1].rsplit(":", 1)
    body, headers = presigned
    raw = (
        "POST / HTTP/1.1\r\n"
        + "".join(f"{k}: {v}\r\n" for k, v in {"Host": f"{host}:{port}", **headers}.items())
        + f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    return dict(
        src=str(GENERATED_SRC),
        url=url,
        host=host,
        port=int(port),
        region=region,
        service=service,
        ak=credentials[0],
        sk=credentials[1],
        catalog=catalog,
        oid=opportunity_id,
        body=body,
        headers=headers,
        raw=raw,
    )


def parse_sample(stdout: str, spawned: float) -> dict[str, Any]:
    """One child's printed line -> seconds per stage (wall and CPU) and its peak RSS.

    ``spawned``: the parent's ``time.monotonic()`` just before the child was spawned.
    ``start`` is the wall time from the spawn to the child's first stamp (interpreter
    start and ``site``; its CPU is the child's CPU before that stamp), ``total`` from the
    spawn to the answer.
    """
    said = json.loads(stdout.strip().splitlines()[-1])
    stamps = said["stamps"]
    if len(stamps) != 4:
        raise ValueError(f"expected 4 stamps, got {len(stamps)}: {said!r}")
    (w0, c0), (w1, c1), (w2, c2), (w3, c3) = stamps
    return {
        "wall": {
            "start": w0 - spawned,
            "import": w1 - w0,
            "construct": w2 - w1,
            "first_call": w3 - w2,
            "total": w3 - spawned,
        },
        "cpu": {
            "start": c0,
            "import": c1 - c0,
            "construct": c2 - c1,
            "first_call": c3 - c2,
            "total": c3,
            # From just before the first import: run.py's "import + client construction" rows.
            "to_client": c2 - c0,
            "to_answer": c3 - c0,
        },
        "peak_rss_kb": said["peak_rss_kb"],
        "modules": said["modules"],
    }


def run_child(python: str, code: str, env: dict[str, str], cwd: Path) -> dict[str, Any]:
    """Spawn one ``python -I -c code`` child and parse what it prints."""
    spawned = time.monotonic()
    child = subprocess.run(
        [python, "-I", "-c", code], env=env, cwd=str(cwd), capture_output=True, text=True
    )
    if child.returncode != 0:
        raise RuntimeError(f"cold-start child ({python}) failed:\n{child.stderr}")
    return parse_sample(child.stdout, spawned)


def medians(samples: list[dict[str, Any]]) -> dict[str, Any]:
    """The median of each figure over samples, and the spread of the totals."""
    totals = [s["wall"]["total"] for s in samples]
    to_client = [s["cpu"]["to_client"] for s in samples]
    return {
        "wall": {k: statistics.median(s["wall"][k] for s in samples) for k in samples[0]["wall"]},
        "cpu": {k: statistics.median(s["cpu"][k] for s in samples) for k in samples[0]["cpu"]},
        "peak_rss_kb": statistics.median(s["peak_rss_kb"] for s in samples),
        "modules": statistics.median(s["modules"] for s in samples),
        "total_min": min(totals),
        "total_max": max(totals),
        "to_client_cpu_min": min(to_client),
        "to_client_cpu_max": max(to_client),
        "runs": len(samples),
    }


def measure(
    codes: dict[str, str],
    runs: int,
    env: dict[str, str],
    *,
    spawn: Callable[[str, str, dict[str, str], Path], dict[str, Any]] = run_child,
) -> dict[str, dict[str, Any]]:
    """Median figures per client over ``runs`` interleaved rounds, after one warm-up each."""
    for client, code in codes.items():
        spawn(python_for(client), code, env, BENCH)  # .pyc files and page cache warm
    samples: dict[str, list[dict[str, Any]]] = {client: [] for client in codes}
    for _ in range(runs):
        for client, code in codes.items():
            samples[client].append(spawn(python_for(client), code, env, BENCH))
    return {client: medians(s) for client, s in samples.items()}


def import_figures(figures: dict[str, dict[str, Any]]) -> dict[str, dict[str, float]]:
    """``bench/run.py``'s import rows, from the sync children's CPU stamps.

    CPU (the child's ``process_time``) from just before its first import to just after
    the client exists, and to just after its first GetOpportunity call, which is
    reported on a row of its own so that deferring work from construction to the first
    call does not hide it.
    """
    return {
        client: {
            "total": f["cpu"]["to_client"],
            "import": f["cpu"]["import"],
            "construct": f["cpu"]["construct"],
            "first_call": f["cpu"]["first_call"],
            "total_with_first_call": f["cpu"]["to_answer"],
            "min": f["to_client_cpu_min"],
            "max": f["to_client_cpu_max"],
        }
        for client, f in figures.items()
        if client in SYNC_CLIENTS
    }


# -- the rows --------------------------------------------------------------------

# The goals (ours / peer in the same run).
GOALS = {"cold_wall": 0.30, "first_call": 2.0, "peak_rss": 0.50, "cold_wall_async": 0.50}


def rows(figures: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Table rows: ours against its peer (boto3 / aiobotocore) and the floors."""
    out = []

    def row(
        label: str,
        key: str,
        unit: str,
        get: Callable[[dict[str, Any]], float],
        ours: str,
        peer: str,
        floors: tuple[str, ...],
        goal: float | None,
    ) -> None:
        if ours not in figures or peer not in figures:
            return
        value, base = get(figures[ours]), get(figures[peer])
        ratio = value / base
        out.append(
            {
                "metric": label,
                "key": key,
                "unit": unit,
                "ours": value,
                "peer": base,
                "peer_name": peer,
                "floors": {f: get(figures[f]) for f in floors if f in figures},
                "ratio": round(ratio, 3),
                "floor_ratios": {
                    f: round(get(figures[f]) / base, 3) for f in floors if f in figures
                },
                "goal": goal,
                "met": None if goal is None else ratio <= goal,
            }
        )

    def wall(stage: str) -> Callable[[dict[str, Any]], float]:
        return lambda f: float(f["wall"][stage])

    def cpu(stage: str) -> Callable[[dict[str, Any]], float]:
        return lambda f: float(f["cpu"][stage])

    def rss(f: dict[str, Any]) -> float:
        return float(f["peak_rss_kb"])

    sync = ("ours", "boto3", ("floor",))
    row(
        "spawn to first GetOpportunity answered, wall",
        "cold_wall",
        "ms",
        wall("total"),
        *sync,
        GOALS["cold_wall"],
    )
    row(
        "  interpreter start (spawn to first import)",
        "cold_start",
        "ms",
        wall("start"),
        *sync,
        None,
    )
    row("  import, wall", "cold_import", "ms", wall("import"), *sync, None)
    row("  client construction, wall", "cold_construct", "ms", wall("construct"), *sync, None)
    row(
        "  first call after import + construction, wall",
        "first_call",
        "ms",
        wall("first_call"),
        *sync,
        GOALS["first_call"],
    )
    row("  same, CPU", "first_call_cpu", "ms", cpu("first_call"), *sync, None)
    row("  CPU, spawn to answer", "cold_cpu", "ms", cpu("total"), *sync, None)
    row("peak RSS of that process", "peak_rss", "MB", rss, *sync, GOALS["peak_rss"])
    aio = ("ours_async", "aiobotocore", ("aiohttp", "streams"))
    row(
        "async: spawn to first answer, wall",
        "cold_wall_async",
        "ms",
        wall("total"),
        *aio,
        GOALS["cold_wall_async"],
    )
    row("  import, wall", "cold_import_async", "ms", wall("import"), *aio, None)
    row(
        "  construction (+ event loop, session), wall",
        "cold_construct_async",
        "ms",
        wall("construct"),
        *aio,
        None,
    )
    row("  first call, wall", "first_call_async", "ms", wall("first_call"), *aio, None)
    row("  peak RSS", "peak_rss_async", "MB", rss, *aio, None)
    return out


def format_value(unit: str, value: float) -> str:
    return f"{value / 1024:,.1f}" if unit == "MB" else f"{value * 1e3:,.1f}"


def print_rows(table_rows: list[dict[str, Any]]) -> None:
    from table import print_grid

    headers = [
        "cold process (ms, MB)",
        "ours",
        "peer",
        "floor",
        "ours/peer",
        "floor/peer",
        "goal",
        "met?",
    ]
    cells = []
    for r in table_rows:
        unit = r["unit"]
        cells.append(
            [
                r["metric"],
                format_value(unit, r["ours"]),
                format_value(unit, r["peer"]),
                " / ".join(format_value(unit, v) for v in r["floors"].values()),
                f"{r['ratio']:.3f}x",
                " / ".join(f"{v:.3f}x" for v in r["floor_ratios"].values()),
                "-" if r["goal"] is None else f"<= {r['goal']:.2f}x",
                "-" if r["met"] is None else ("yes" if r["met"] else "NO"),
            ]
        )
    print_grid(headers, cells)


def notes(figures: dict[str, dict[str, Any]], runs: int) -> list[str]:
    spread = "; ".join(
        f"{c} {f['total_min'] * 1e3:.0f}-{f['total_max'] * 1e3:.0f}" for c, f in figures.items()
    )
    modules = ", ".join(f"{c} {f['modules']:.0f}" for c, f in figures.items())
    return [
        "cold process: peer = boto3 (sync rows; floor = http.client + json) or aiobotocore "
        "(async rows; floors = bare aiohttp / asyncio streams); a fresh `python -I` per "
        f"sample, median of {runs} interleaved rounds after one warm-up child each; wall "
        "from the parent's spawn to the child's CLOCK_MONOTONIC stamp at the answer; peak "
        "RSS = the child's VmHWM",
        f"spread of spawn-to-answer (ms, min-max): {spread}",
        f"modules loaded at the answer: {modules}",
    ]


def run(server_url: str, runs: int, clients: tuple[str, ...] = CLIENTS) -> dict[str, Any]:
    """The cold figures against a running benchmark server (``bench/run.py`` passes its own)."""
    import payloads
    from run import ACCESS_KEY, CLEAN_ENV, REGION, SECRET_KEY, SERVICE, presign

    presigned = presign(server_url, "GetOpportunity", payloads.get_opportunity_params())
    settings = settings_for(
        server_url,
        presigned,
        credentials=(ACCESS_KEY, SECRET_KEY),
        region=REGION,
        service=SERVICE,
        catalog=payloads.CATALOG,
        opportunity_id=payloads.OPPORTUNITY_ID,
    )
    if not PEER_PYTHON.exists():
        clients = tuple(c for c in clients if c != "aiobotocore")
    codes = {client: child_code(client, settings) for client in clients}
    figures = measure(codes, runs, {**os.environ, **CLEAN_ENV})
    return {"figures": figures, "rows": rows(figures), "runs": runs}


def main() -> int:
    import argparse

    sys.path.insert(0, str(BENCH))
    from run import ServerProcess

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="interleaved rounds (median)")
    parser.add_argument("--clients", default=",".join(CLIENTS), help="comma-separated")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args()
    server = ServerProcess(pages=1)
    try:
        result = run(server.url, args.runs, tuple(args.clients.split(",")))
    finally:
        server.close()
    print_rows(result["rows"])
    print()
    print("\n".join(notes(result["figures"], args.runs)))
    if args.json:
        print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
