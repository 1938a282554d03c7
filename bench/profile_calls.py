"""Where our client's CPU goes on GetOpportunity and ListOpportunities (a diagnostic).

    .venv/bin/python bench/profile_calls.py [--cprofile]

Starts the benchmark server (``bench/server.py``, a separate process), then
times each stage of ``ClientCore.invoke`` on its own with
``time.process_time`` (median of rounds, µs per call): building the request
(typed input, ``_encode``, ``json.dumps``), SigV4 signing, the transport
(``SocketRequestHandler.send``: pool, framing, reading, header dict),
``json.loads`` and the typed ``_decode``, next to bare ``http.client``.
With ``--cprofile`` it also prints cProfile's top functions by own time
for 2,000 GetOpportunity calls and 200 ListOpportunities pages (cProfile's
own overhead inflates small functions; read it for ranking, the stage
timings for µs).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import http.client
import json
import pstats
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import payloads  # noqa: E402
from run import ACCESS_KEY, REGION, SECRET_KEY, ServerProcess  # noqa: E402

sys.path.insert(0, str(payloads.GENERATED_SRC))

from partnercentral_selling import Credentials, PartnerCentralSellingClient  # noqa: E402
from partnercentral_selling import _operations as ops  # noqa: E402
from typed_aws_runtime.protocols import awsjson  # noqa: E402
from typed_aws_runtime.transports.http import HttpRequest  # noqa: E402
from partnercentral_selling.commands import CreateOpportunityCommand  # noqa: E402
from partnercentral_selling.shapes import (  # noqa: E402
    CreateOpportunityRequest,
    GetOpportunityRequest,
    GetOpportunityResponse,
    ListOpportunitiesRequest,
    ListOpportunitiesResponse,
)


def per_call(fn: Callable[[], Any], n: int, rounds: int = 5) -> float:
    """Median µs of CPU per call of ``fn``."""
    for _ in range(max(10, n // 10)):
        fn()
    samples = []
    for _ in range(rounds):
        gc.collect()
        start = time.process_time()
        for _ in range(n):
            fn()
        samples.append((time.process_time() - start) / n * 1e6)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cprofile", action="store_true")
    args = parser.parse_args()
    server = ServerProcess(pages=2)
    try:
        run(server, args.cprofile)
    finally:
        server.close()


def run(server: ServerProcess, with_cprofile: bool) -> None:
    client = PartnerCentralSellingClient(
        region=REGION, endpoint_url=server.url, credentials=Credentials(ACCESS_KEY, SECRET_KEY)
    )
    core = client._core
    creds = core.credentials_provider.get_credentials()
    handler = core.request_handler
    timeouts = core.timeouts
    results: dict[str, float] = {}
    N = 2000

    def stage(name: str, fn: Callable[[], Any], n: int = N) -> None:
        results[name] = per_call(fn, n)
        print(f"  {name:<62} {results[name]:8.1f} µs", flush=True)

    # -- GetOpportunity --------------------------------------------------------
    print("GetOpportunity (6.5 KB response), CPU per call, median of 5 rounds.")
    print("Stages are timed alone, with warm caches: in a real call each costs more")
    print("(after the socket I/O), so they add up to less than the whole call.")
    get_input = GetOpportunityRequest(catalog=payloads.CATALOG, identifier=payloads.OPPORTUNITY_ID)
    stage(
        "whole call: client.get_opportunity(...)",
        lambda: client.get_opportunity(
            catalog=payloads.CATALOG, identifier=payloads.OPPORTUNITY_ID
        ),
    )
    stage(
        "  GetOpportunityRequest(...) construction",
        lambda: GetOpportunityRequest(
            catalog=payloads.CATALOG, identifier=payloads.OPPORTUNITY_ID
        ),
    )
    stage(
        "  build_request (encode + json.dumps + HttpRequest)",
        lambda: core.build_request(ops.GET_OPPORTUNITY, get_input),
    )
    stage("    of which _encode(True)", lambda: get_input._encode(True))
    signed, route = core.build_request(ops.GET_OPPORTUNITY, get_input)
    signer = core.signer(route)
    stage("  SigV4 sign", lambda: signer.sign(signed, creds))
    stage(
        "  transport: SocketRequestHandler.send", lambda: handler.send(signed, timeouts=timeouts)
    )
    response = handler.send(signed, timeouts=timeouts)
    stage(
        "    of which HTTPHeaderDict(response.msg.items())",
        lambda: type(response.headers)(response.headers.items()),
    )
    origin = next(iter(handler._routes))
    route = handler._routes[origin]

    def get_put() -> None:
        conn, _ = handler._take(route, origin, timeouts)
        handler._release(route, conn, True)

    stage("    of which pool take (idle check) + release", get_put)
    stage("  json.loads (decode_body)", lambda: awsjson.decode_body(response))
    data = awsjson.decode_body(response)
    stage(
        "  GetOpportunityResponse._decode(data, True)",
        lambda: GetOpportunityResponse._decode(data, True),
    )

    # Bare http.client with the same signed request, for comparison.
    conn = http.client.HTTPConnection("127.0.0.1", server.port)
    headers = dict(signed.headers)

    def bare() -> bytes:
        conn.request("POST", "/", signed.body, headers)
        return conn.getresponse().read()

    stage("  (reference) bare http.client POST + read, same request", bare)

    # -- CreateOpportunity ------------------------------------------------------
    print("CreateOpportunity (fully populated request, ~5.9 KB body), CPU per call:")
    create_params = payloads.create_opportunity_params(payloads.load_shapes())
    create_request = CreateOpportunityRequest.from_dict(create_params)
    stage(
        "whole call: client.send(CreateOpportunityCommand(request))",
        lambda: client.send(CreateOpportunityCommand(create_request)),
    )
    stage(
        "  CreateOpportunityRequest._encode(True) (validate + to wire)",
        lambda: create_request._encode(True),
    )
    wire_body = create_request._encode(True)
    stage("  encode_body (json.dumps + utf-8)", lambda: awsjson.encode_body(wire_body))
    stage(
        "  build_request (all of the above + HttpRequest)",
        lambda: core.build_request(ops.CREATE_OPPORTUNITY, create_request),
    )
    create_signed, _ = core.build_request(ops.CREATE_OPPORTUNITY, create_request)
    stage(
        "  SigV4 sign (sha256 of the body included)",
        lambda: signer.sign(create_signed, creds),
    )
    stage(
        "  CreateOpportunityRequest.from_dict (when given a dict)",
        lambda: CreateOpportunityRequest.from_dict(create_params),
    )

    # -- ListOpportunities ------------------------------------------------------
    print("ListOpportunities (100 items, ~200 KB), CPU per page:")
    list_input = ListOpportunitiesRequest(catalog=payloads.CATALOG, max_results=payloads.PAGE_SIZE)
    stage(
        "whole call: client.list_opportunities(...)",
        lambda: client.list_opportunities(
            catalog=payloads.CATALOG, max_results=payloads.PAGE_SIZE
        ),
        n=200,
    )
    list_req, _ = core.build_request(ops.LIST_OPPORTUNITIES, list_input)
    signer.sign(list_req, creds)
    stage(
        "  transport: SocketRequestHandler.send",
        lambda: handler.send(list_req, timeouts=timeouts),
        n=200,
    )
    page_response = handler.send(list_req, timeouts=timeouts)
    stage("  json.loads", lambda: awsjson.decode_body(page_response), n=200)
    page_data = awsjson.decode_body(page_response)
    stage(
        "  ListOpportunitiesResponse._decode(data, True)",
        lambda: ListOpportunitiesResponse._decode(page_data, True),
        n=200,
    )
    headers = dict(list_req.headers)

    def bare_page() -> bytes:
        conn.request("POST", "/", list_req.body, headers)
        return conn.getresponse().read()

    stage("  (reference) bare http.client POST + read, same request", bare_page, n=200)

    from typed_aws_runtime.protocols import serde

    sample_ts = page_data["OpportunitySummaries"][0]["LastModifiedDate"]
    sample_ts_ms = page_data["OpportunitySummaries"][0]["CreatedDate"]
    stage(f"  serde.dec_timestamp({sample_ts!r})", lambda: serde.dec_timestamp(sample_ts, True))
    stage(
        f"  serde.dec_timestamp({sample_ts_ms!r})", lambda: serde.dec_timestamp(sample_ts_ms, True)
    )
    from datetime import datetime

    iso = sample_ts[:-1] + "+00:00"
    stage(
        "  (reference) datetime.fromisoformat(same, +00:00)", lambda: datetime.fromisoformat(iso)
    )

    if with_cprofile:
        cases: list[tuple[str, Callable[[], Any], int]] = [
            (
                "GetOpportunity x2000",
                lambda: client.get_opportunity(
                    catalog=payloads.CATALOG, identifier=payloads.OPPORTUNITY_ID
                ),
                2000,
            ),
            (
                "ListOpportunities page x200",
                lambda: client.list_opportunities(
                    catalog=payloads.CATALOG, max_results=payloads.PAGE_SIZE
                ),
                200,
            ),
        ]
        for title, fn, n in cases:
            profiler = cProfile.Profile(time.process_time)
            profiler.enable()
            for _ in range(n):
                fn()
            profiler.disable()
            print(f"\ncProfile, {title}, by tottime (CPU clock):")
            stats = pstats.Stats(profiler)
            stats.sort_stats("tottime").print_stats(22)

    conn.close()
    client.close()


if __name__ == "__main__":
    main()
