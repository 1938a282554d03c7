"""One async load sample: ``--calls`` GetOpportunity calls at ``--concurrency``, as JSON.

    python bench/async_load.py --client ours --url URL --concurrency 64 --calls 3000

``bench/run.py`` runs this in a fresh interpreter per sample, with the
interpreter of the venv the client lives in: ``ours``, ``aiohttp`` and
``floor`` in ``.venv``; ``aiobotocore`` in ``.venv-aiobotocore`` (its
botocore is older than the one ``.venv`` pins, so it cannot share that
venv). Every client gets the same treatment: the default asyncio event
loop, a warm-up (which also opens the connections), a ``gc.collect()``,
then ``--concurrency`` tasks that take calls from one shared count until
``--calls`` have been made. The garbage collector stays on, as in real use.

Clients (all get the same prebuilt response from ``bench/server.py``):

* ``ours``: ``AsyncPartnerCentralSellingClient`` on its default handler
  (``AsyncioRequestHandler``: asyncio's transports), typed responses;
* ``ours_aiohttp``: the same client on ``AiohttpRequestHandler`` (not in
  ``make bench``'s table: for comparing the two transports by hand);
* ``aiobotocore``: ``get_session().create_client(...)``, default config but
  for ``max_pool_connections``;
* ``aiohttp``: a bare ``aiohttp`` session POSTing pre-signed bytes, then
  ``json.loads`` (the transport both SDKs use, with no SDK at all);
* ``floor``: asyncio streams writing pre-signed request bytes and reading
  the response by its ``Content-Length``, then ``json.loads`` (no HTTP
  library either: how fast the server answers a client that costs almost
  nothing, at this concurrency).

Each connection pool holds at most ``--pool`` connections; the floor opens
one connection per task. Printed: one JSON object with wall seconds, this
process's CPU seconds (``time.process_time``: the server, another process,
is not counted), calls per second and CPU µs per call.

``--cprofile`` prints cProfile's top functions for the timed calls to stderr
instead of timing them; by hand, with ``bench/server.py`` started first
(it prints its port), e.g. ``.venv/bin/python bench/async_load.py --client
ours --url http://127.0.0.1:PORT --concurrency 64 --cprofile``.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import json
import pstats
import sys
import time
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any, Awaitable, Callable

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import payloads  # noqa: E402  (it and run.py import the standard library only: either venv)
from run import ACCESS_KEY, REGION, SECRET_KEY, SERVICE, presign  # noqa: E402

Call = Callable[[], Awaitable[Any]]


async def _ours(url: str, pool: int, stack: AsyncExitStack) -> tuple[Call, dict[str, str]]:
    sys.path.insert(0, str(payloads.GENERATED_SRC))
    from typed_aws_runtime.transports.asyncio_handler import AsyncioRequestHandler

    return await _ours_on(AsyncioRequestHandler(max_pool_connections=pool), url, stack)


async def _ours_aiohttp(url: str, pool: int, stack: AsyncExitStack) -> tuple[Call, dict[str, str]]:
    sys.path.insert(0, str(payloads.GENERATED_SRC))
    from typed_aws_runtime.transports.aiohttp_handler import AiohttpRequestHandler

    return await _ours_on(AiohttpRequestHandler(max_pool_connections=pool), url, stack)


async def _ours_on(handler: Any, url: str, stack: AsyncExitStack) -> tuple[Call, dict[str, str]]:
    """Our async client on ``handler``: its GetOpportunity call, and the package's version."""
    from partnercentral_selling import AsyncPartnerCentralSellingClient, Credentials, __version__

    client = await stack.enter_async_context(
        AsyncPartnerCentralSellingClient(
            region=REGION,
            endpoint_url=url,
            credentials=Credentials(ACCESS_KEY, SECRET_KEY),
            request_handler=handler,
        )
    )

    async def call() -> str:
        response = await client.get_opportunity(
            catalog=payloads.CATALOG, identifier=payloads.OPPORTUNITY_ID
        )
        return response.id

    return call, {"partnercentral_selling": __version__}


async def _aiobotocore(url: str, pool: int, stack: AsyncExitStack) -> tuple[Call, dict[str, str]]:
    import aiobotocore
    import botocore
    from aiobotocore.config import AioConfig
    from aiobotocore.session import get_session

    client = await stack.enter_async_context(
        get_session().create_client(
            SERVICE,
            region_name=REGION,
            endpoint_url=url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            config=AioConfig(max_pool_connections=pool),
        )
    )
    params = payloads.get_opportunity_params()

    async def call() -> str:
        response = await client.get_opportunity(**params)
        return response["Id"]  # type: ignore[no-any-return]

    return call, {"aiobotocore": aiobotocore.__version__, "botocore": botocore.__version__}


async def _aiohttp(url: str, pool: int, stack: AsyncExitStack) -> tuple[Call, dict[str, str]]:
    import aiohttp

    body, headers = presign(url, "GetOpportunity", payloads.get_opportunity_params())
    session = await stack.enter_async_context(
        aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, limit_per_host=pool),
            skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
            auto_decompress=False,
        )
    )
    target = url + "/"

    async def call() -> str:
        async with session.post(target, data=body, headers=headers) as response:
            data = await response.read()
        return json.loads(data)["Id"]  # type: ignore[no-any-return]

    return call, {"aiohttp": aiohttp.__version__}


async def _floor(url: str, pool: int, stack: AsyncExitStack) -> tuple[Call, dict[str, str]]:
    body, headers = presign(url, "GetOpportunity", payloads.get_opportunity_params())
    host, port = url.split("//", 1)[1].split(":")
    request = (
        "POST / HTTP/1.1\r\n"
        + "".join(f"{k}: {v}\r\n" for k, v in {"Host": f"{host}:{port}", **headers}.items())
        + f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []

    async def close_all() -> None:
        for _, writer in idle:
            writer.close()

    stack.push_async_callback(close_all)

    async def call() -> str:
        # One connection per task at a time: a task takes an idle one or opens one.
        reader, writer = idle.pop() if idle else await asyncio.open_connection(host, int(port))
        writer.write(request)
        head = await reader.readuntil(b"\r\n\r\n")
        length = int(head.lower().split(b"content-length:", 1)[1].split(b"\r\n", 1)[0])
        data = await reader.readexactly(length)
        idle.append((reader, writer))
        return json.loads(data)["Id"]  # type: ignore[no-any-return]

    return call, {}


CLIENTS = {
    "ours": _ours,
    "ours_aiohttp": _ours_aiohttp,
    "aiobotocore": _aiobotocore,
    "aiohttp": _aiohttp,
    "floor": _floor,
}


async def _drive(call: Call, calls: int, concurrency: int) -> None:
    """Make ``calls`` calls from ``concurrency`` tasks, each starting the next as one ends."""
    remaining = calls

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            if await call() != payloads.OPPORTUNITY_ID:
                raise AssertionError("the response has the wrong Id")

    await asyncio.gather(*(worker() for _ in range(concurrency)))


async def _sample(args: argparse.Namespace) -> dict[str, Any]:
    async with AsyncExitStack() as stack:
        call, versions = await CLIENTS[args.client](args.url, args.pool, stack)
        await _drive(call, args.warmup, args.concurrency)
        gc.collect()
        if args.cprofile:
            profile = cProfile.Profile()
            profile.enable()
            await _drive(call, args.calls, args.concurrency)
            profile.disable()
            pstats.Stats(profile, stream=sys.stderr).sort_stats("tottime").print_stats(30)
            return {}
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        await _drive(call, args.calls, args.concurrency)
        wall, cpu = time.perf_counter() - wall_start, time.process_time() - cpu_start
    aiohttp = sys.modules.get("aiohttp")
    if aiohttp is not None:
        versions["aiohttp"] = aiohttp.__version__
    return {
        "client": args.client,
        "versions": versions,
        "python": sys.version.split()[0],
        "concurrency": args.concurrency,
        "pool": args.pool,
        "calls": args.calls,
        "wall_s": wall,
        "cpu_s": cpu,
        "calls_per_s": args.calls / wall,
        "cpu_us_per_call": cpu / args.calls * 1e6,
        # Near 1: this process was the limit; well below: it waited (server, other processes).
        "cpu_share": cpu / wall,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--client", choices=sorted(CLIENTS), required=True)
    parser.add_argument("--url", required=True, help="the benchmark server, http://127.0.0.1:PORT")
    parser.add_argument("--concurrency", type=int, required=True)
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--pool", type=int, default=64, help="connections per pool at most")
    parser.add_argument("--no-orjson", action="store_true", help="ours on standard library json")
    parser.add_argument("--cprofile", action="store_true", help="profile instead of timing")
    args = parser.parse_args()
    if args.no_orjson:
        sys.path.insert(0, str(payloads.GENERATED_SRC))
        from typed_aws_runtime.protocols import jsoncodec

        jsoncodec.ORJSON.loads = None
        jsoncodec.ORJSON.dumps = None
    result = asyncio.run(_sample(args))
    if result:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
