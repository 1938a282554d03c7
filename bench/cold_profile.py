"""Where a cold process's time and memory go, step by step (a diagnostic, not a benchmark).

    .venv/bin/python bench/cold_profile.py [--runs 7] [--client ours|ours_async|boto3] [--cprofile]
                                           [--tracemalloc]

Starts the benchmark server (``bench/server.py``), then runs ``--runs`` fresh
interpreters (``python -I``, warm ``.pyc``) that each walk the same chain of
steps (:data:`CHAINS`) from an empty interpreter to the second GetOpportunity
call: a step imports a group of modules, builds the client or makes a call, and
the child records the step's wall time (``perf_counter``), its CPU
(``process_time``) and ``VmRSS`` after it. Each step costs what it adds to what
the steps before it already loaded, so the rows add up to the whole cold
path; the order follows the one the client itself imports in (``-X
importtime`` shows it), so each row is what that group costs on the real path.

For ours the package is entered with an empty stand-in for its ``__init__``
(so that the ``shapes`` index, ``errors.py``, ``_operations.py`` and ``client.py``
can be imported one at a time; the real ``__init__`` runs afterwards, as a
step of its own), and the first call is split by importing what it imports
lazily (the socket or asyncio handler; urllib3 and what it pulls in for boto3;
orjson, which imports uuid; sigv4) and the classes and
codecs of GetOpportunity's shapes (``from_dict`` of its response binds them; a
call imports each with ``importlib.import_module``, which ``-X importtime`` does
not report) before the call itself, which still builds the enums its response
holds, on the decoder's first lookup of each. ``commands.py``, which the cold path never loads, is
imported last, to show what it would cost. A step whose module no longer
exists (the runtime changes) is shown as such, with the figures of an empty
step, and the chain goes on.

``--tracemalloc`` adds, per step, the Python memory allocated and still held
(``tracemalloc``; it slows every step, so the times of that run are not
shown), and the files holding most of it at the end. ``--cprofile`` prints
cProfile's top functions (cumulative) for the first call, after import and
construction, in one more fresh interpreter.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import cold_start  # noqa: E402

PKG = "partnercentral_selling"
RT = "typed_aws_runtime"

# What urllib3 pulls in, in the order it imports it (boto3); our clients' default
# transports need the first row only (which asyncio has loaded for the async one).
_TRANSPORT = [
    ("socket, selectors", "import socket, selectors"),
    ("ssl (+ _ssl, libssl)", "import ssl"),
    ("logging", "import logging"),
    ("http.client (+ email)", "import http.client"),
    ("importlib.metadata (urllib3.http2)", "import importlib.metadata"),
    ("urllib3, the rest", "import urllib3"),
]
_OURS_CALL = (
    "client.get_opportunity(catalog={catalog!r}, identifier={oid!r})",
    "client = {pkg}.PartnerCentralSellingClient(region={region!r}, endpoint_url={url!r}, "
    "credentials={pkg}.Credentials({ak!r}, {sk!r}))",
)
_ASYNC_CALL = (
    "loop.run_until_complete(client.get_opportunity(catalog={catalog!r}, identifier={oid!r}))",
    "client = {pkg}.AsyncPartnerCentralSellingClient(region={region!r}, endpoint_url={url!r}, "
    "credentials={pkg}.Credentials({ak!r}, {sk!r})); loop.run_until_complete(client.__aenter__())",
)
# What the first call imports lazily, after the transport, before the call itself.
_LAZY = [
    ("uuid (+ platform)", "import uuid"),
    ("orjson (+ dataclasses, inspect)", "import orjson"),
    ("sigv4 (+ hmac)", f"import {RT}.auth.sigv4"),
    # Imported on the first encode or decode (importlib.import_module, which -X importtime
    # does not show): the response's cluster codec module imports those of every shape it holds.
    (
        "GetOpportunity's shapes and codecs (generated)",
        f"from {PKG}.shapes import GetOpportunityResponse; "
        "GetOpportunityResponse.from_dict(dict())",
    ),
]
_BOTO_CALL = (
    "client.get_opportunity(Catalog={catalog!r}, Identifier={oid!r})",
    "client = boto3.client({service!r}, region_name={region!r}, endpoint_url={url!r}, "
    "aws_access_key_id={ak!r}, aws_secret_access_key={sk!r})",
)

# client -> [(phase, label, code)]
CHAINS: dict[str, list[tuple[str, str, str]]] = {
    "ours": [
        (
            "import",
            "(package stand-in, no __init__)",
            "sys.path.insert(0, {src!r}); _pkg = type(sys)({pkg!r}); "
            "_pkg.__path__ = [{src!r} + '/' + {pkg!r}]; sys.modules[{pkg!r}] = _pkg",
        ),
        ("import", "stdlib: typing", "import typing"),
        (
            "import",
            "stdlib: re, enum, datetime, json, threading, base64, ...",
            "import re, enum, datetime, json, threading, base64, contextlib, functools, "
            "collections.abc, warnings",
        ),
        (
            "import",
            "runtime: exceptions, model (lazy, structure), protocols.serde",
            f"import {RT}.exceptions, {RT}.model.lazy, {RT}.protocols.serde, "
            f"{RT}.model.structure",
        ),
        ("import", "the shapes index (generated)", f"import {PKG}.shapes"),
        ("import", "errors.py (generated)", f"import {PKG}.errors"),
        (
            "import",
            "runtime: pipeline.operation, pipeline.paginator",
            f"import {RT}.pipeline.operation, {RT}.pipeline.paginator",
        ),
        ("import", "_operations.py (generated)", f"import {PKG}._operations"),
        (
            "import",
            "runtime: credentials, http, awsjson, retries, pipeline.core, ...",
            f"import {RT}.auth.credentials, {RT}.pipeline.command, {RT}.transports.http, "
            f"{RT}.protocols.jsoncodec, {RT}.protocols.awsjson, {RT}.retries.strategy, "
            f"{RT}.pipeline.interceptors, {RT}.pipeline.core",
        ),
        ("import", "client.py (generated)", f"import {PKG}.client"),
        (
            "import",
            "__init__.py (the rest)",
            f"del sys.modules[{PKG!r}]; import {PKG}",
        ),
        (
            "construct",
            "runtime: pipeline.configure, config (files, endpoints, routing, ...)",
            f"import {RT}.pipeline.configure",
        ),
        (
            "construct",
            "_endpoint_rules.py, runtime config.endpoint_url",
            f"import {PKG}._endpoint_rules, {RT}.config.endpoint_url",
        ),
        ("construct", "client construction, the rest", _OURS_CALL[1]),
        *(("first call", label, code) for label, code in _TRANSPORT[:1]),
        (
            "first call",
            "socket handler, exchange, http1",
            f"import {RT}.transports.socket_handler",
        ),
        *(("first call", label, code) for label, code in _LAZY),
        ("first call", "the call itself", _OURS_CALL[0]),
        ("warm", "second call", _OURS_CALL[0]),
        ("not on the path", "commands.py (generated)", f"import {PKG}.commands"),
    ],
    "ours_async": [
        (
            "import",
            "the package (as the sync client imports it)",
            "sys.path.insert(0, {src!r}); import {pkg}",
        ),
        ("import", "asyncio", "import asyncio"),
        (
            "import",
            "aio_client.py (generated), runtime pipeline.aio_core",
            "from {pkg} import AsyncPartnerCentralSellingClient",
        ),
        (
            "construct",
            "event loop",
            "loop = asyncio.new_event_loop(); asyncio.set_event_loop(loop)",
        ),
        ("construct", "client construction, __aenter__", _ASYNC_CALL[1]),
        (
            "first call",
            "asyncio handler, exchange, http1, origin",
            f"import {RT}.transports.asyncio_handler",
        ),
        *(("first call", label, code) for label, code in _LAZY),
        ("first call", "the call itself", _ASYNC_CALL[0]),
        ("warm", "second call", _ASYNC_CALL[0]),
    ],
    "boto3": [
        *(("import", label, code) for label, code in _TRANSPORT),
        ("import", "botocore.session (and what it loads)", "import botocore.session"),
        ("import", "boto3, the rest", "import boto3"),
        ("construct", "client construction", _BOTO_CALL[1]),
        ("first call", "the first call", _BOTO_CALL[0]),
        ("warm", "second call", _BOTO_CALL[0]),
    ],
}

_HEAD = """\
import sys, time
_traced = {traced!r}
if _traced:
    import tracemalloc
    tracemalloc.start()
def _rss():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])
_out = []
_base = _rss()
"""
# A module a step names that no longer exists (the runtime changes) is reported, not fatal.
_STEP = """\
_w, _c, _absent = time.perf_counter(), time.process_time(), None
try:
    {code}
except ModuleNotFoundError as _e:
    _absent = _e.name
_w, _c = time.perf_counter() - _w, time.process_time() - _c
_out.append([_w, _c, _rss(), tracemalloc.get_traced_memory()[0] if _traced else 0, _absent])
"""
_TAIL = """\
_top = []
if _traced:
    _snap = tracemalloc.take_snapshot()
    _top = [[str(s.traceback[0].filename), s.size] for s in _snap.statistics('filename')[:12]]
import json
print(json.dumps({'steps': _out, 'top': _top, 'base_rss_kb': _base}))
"""


def chain_code(client: str, settings: dict[str, Any], traced: bool) -> str:
    """The child's program: every step of ``CHAINS[client]`` (one line each), timed."""
    lines = [code.format(pkg=PKG, **settings) for _, _, code in CHAINS[client]]
    if any("\n" in line for line in lines):
        raise ValueError("a step is one line (statements joined by ';')")
    return _HEAD.format(traced=traced) + "".join(_STEP.format(code=c) for c in lines) + _TAIL


def run_chain(client: str, settings: dict[str, Any], runs: int, traced: bool) -> dict[str, Any]:
    from run import CLEAN_ENV  # run.py cleans this process's AWS_* settings as it loads

    code = chain_code(client, settings, traced)
    python = cold_start.python_for(client)
    env = {**os.environ, **CLEAN_ENV}
    samples = []
    for i in range(runs + 1):  # the first leaves the .pyc files warm
        child = subprocess.run(
            [python, "-I", "-c", code], env=env, cwd=str(BENCH), capture_output=True, text=True
        )
        if child.returncode != 0:
            raise RuntimeError(f"chain {client} failed:\n{child.stderr}")
        if i:
            samples.append(json.loads(child.stdout))
    steps = []
    for k, (phase, label, _) in enumerate(CHAINS[client]):
        steps.append(
            {
                "phase": phase,
                "step": label,
                "wall_ms": statistics.median(s["steps"][k][0] for s in samples) * 1e3,
                "cpu_ms": statistics.median(s["steps"][k][1] for s in samples) * 1e3,
                "rss_mb": statistics.median(s["steps"][k][2] for s in samples) / 1024,
                "traced_mb": statistics.median(s["steps"][k][3] for s in samples) / 2**20,
                "absent": samples[-1]["steps"][k][4],
            }
        )
    base_mb = statistics.median(s["base_rss_kb"] for s in samples) / 1024
    return {"steps": steps, "top": samples[-1]["top"], "base_rss_mb": base_mb}


def print_chain(client: str, result: dict[str, Any], traced: bool) -> None:
    from table import print_grid

    headers = ["phase", f"{client}: step", "wall ms", "CPU ms", "RSS MB", "+RSS MB"]
    if traced:
        headers = ["phase", f"{client}: step", "RSS MB", "+RSS MB", "traced MB", "+traced MB"]
    cells, previous_rss, previous_traced = [], result["base_rss_mb"], 0.0
    totals: dict[str, list[float]] = {}
    for s in result["steps"]:
        grow_rss = s["rss_mb"] - previous_rss
        grow_traced = s["traced_mb"] - previous_traced
        previous_rss, previous_traced = s["rss_mb"], s["traced_mb"]
        label = s["step"] if s["absent"] is None else f"{s['step']} (no module {s['absent']})"
        if traced:
            figures = [s["rss_mb"], grow_rss, s["traced_mb"], grow_traced]
        else:
            figures = [s["wall_ms"], s["cpu_ms"], s["rss_mb"], grow_rss]
        cells.append([s["phase"], label, *(f"{x:,.2f}" for x in figures)])
        if not traced:
            phase = totals.setdefault(s["phase"], [0.0, 0.0, 0.0])
            phase[0] += s["wall_ms"]
            phase[1] += s["cpu_ms"]
            phase[2] += grow_rss
    print_grid(headers, cells)
    print(f"RSS before the first step: {result['base_rss_mb']:.2f} MB")
    if not traced:
        print(
            "per phase (wall ms / CPU ms / +RSS MB): "
            + "; ".join(f"{p} {w:.1f} / {c:.1f} / {r:.1f}" for p, (w, c, r) in totals.items())
        )
    if result["top"]:
        print("traced memory held at the end, by file (MB):")
        for filename, size in result["top"]:
            print(f"  {size / 2**20:7.2f}  {filename}")


def print_cprofile(settings: dict[str, Any]) -> None:
    """cProfile of the first call alone, after import and construction, in a fresh child."""
    from run import CLEAN_ENV

    code = (
        "import sys, cProfile, pstats\n"
        f"sys.path.insert(0, {settings['src']!r})\n"
        f"import {PKG}\n"
        + _OURS_CALL[1].format(pkg=PKG, **settings)
        + "\nprofile = cProfile.Profile()\nprofile.enable()\n"
        + _OURS_CALL[0].format(pkg=PKG, **settings)
        + "\nprofile.disable()\n"
        "stats = pstats.Stats(profile)\n"
        "stats.sort_stats('cumulative').print_stats(40)\n"
        "stats.sort_stats('tottime').print_stats(25)\n"
    )
    child = subprocess.run(
        [sys.executable, "-I", "-c", code],
        env={**os.environ, **CLEAN_ENV},
        cwd=str(BENCH),
        capture_output=True,
        text=True,
    )
    if child.returncode != 0:
        raise RuntimeError(f"cProfile child failed:\n{child.stderr}")
    print(child.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh interpreters (median)")
    parser.add_argument("--client", choices=sorted(CHAINS), action="append")
    parser.add_argument("--tracemalloc", action="store_true", help="Python memory per step")
    parser.add_argument("--cprofile", action="store_true", help="profile our first call")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args()
    import payloads
    from run import ACCESS_KEY, REGION, SECRET_KEY, SERVICE, ServerProcess

    server = ServerProcess(pages=1)
    try:
        settings = cold_start.settings_for(
            server.url,
            (b"", {}),
            credentials=(ACCESS_KEY, SECRET_KEY),
            region=REGION,
            service=SERVICE,
            catalog=payloads.CATALOG,
            opportunity_id=payloads.OPPORTUNITY_ID,
        )
        results = {}
        for client in args.client or list(CHAINS):
            results[client] = run_chain(client, settings, args.runs, args.tracemalloc)
            print_chain(client, results[client], args.tracemalloc)
        if args.cprofile:
            print_cprofile(settings)
    finally:
        server.close()
    print(f"median of {args.runs} fresh interpreters per client; load average {os.getloadavg()}")
    if args.json:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
