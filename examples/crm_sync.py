"""A CRM sync, as a script and as an async service, paging through every opportunity.

    make generate
    PYTHONPATH=generated/partnercentral-selling/src .venv/bin/python examples/crm_sync.py

Starts a stand-in for Partner Central on 127.0.0.1 that holds 250
opportunities, answers ListOpportunities 100 at a time and throttles the
first request for the second page of each pagination once (as the service
does when a partner syncs too fast). The sync client, then the async one,
page through every opportunity with ``paginate_list_opportunities(...).items()``,
typed items, with the client's DEBUG log on stderr: one record per attempt,
the throttled one and its retry included, and no customer data (company
names are sensitive in the model, so the typed reprs redact them).
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from partnercentral_selling import (
    AsyncPartnerCentralSellingClient,
    Credentials,
    PartnerCentralSellingClient,
)

OPPORTUNITIES = [
    {
        "Catalog": "Sandbox",
        "Id": f"O{n:07d}",
        "LastModifiedDate": "2026-11-26T12:00:00Z",
        "LifeCycle": {"Stage": "Prospect", "ReviewStatus": "Pending Submission"},
        "Customer": {"Account": {"CompanyName": f"Customer Company {n}"}},
    }
    for n in range(250)
]
CREDENTIALS = Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")


class StandIn(BaseHTTPRequestHandler):
    """ListOpportunities over ``OPPORTUNITIES``; the token is the index of the next page."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # head and body go out as two writes
    throttled: set[str] = set()  # invocation ids (one per page request) throttled once

    def do_POST(self) -> None:  # noqa: N802 (the http.server naming)
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        start = int(request.get("NextToken") or 0)
        invocation = self.headers["amz-sdk-invocation-id"]
        if start == 100 and invocation not in StandIn.throttled:
            StandIn.throttled.add(invocation)
            self._answer(400, {"__type": "ThrottlingException", "message": "Rate exceeded"})
            return
        end = start + int(request["MaxResults"])
        page: dict[str, object] = {"OpportunitySummaries": OPPORTUNITIES[start:end]}
        if end < len(OPPORTUNITIES):
            page["NextToken"] = str(end)
        self._answer(200, page)

    def _answer(self, status: int, document: dict[str, object]) -> None:
        body = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/x-amz-json-1.0")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("x-amzn-RequestId", f"request-{len(StandIn.throttled)}-{status}")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def sync_script(url: str) -> list[str]:
    """A script: every opportunity id, in order."""
    with PartnerCentralSellingClient(
        region="us-east-1", endpoint_url=url, credentials=CREDENTIALS
    ) as client:
        pages = client.paginate_list_opportunities(catalog="Sandbox", max_results=100)
        return [summary.id or "" for summary in pages.items()]


async def async_service(url: str) -> list[str]:
    """The same inside an async service."""
    async with AsyncPartnerCentralSellingClient(
        region="us-east-1", endpoint_url=url, credentials=CREDENTIALS
    ) as client:
        pages = client.paginate_list_opportunities(catalog="Sandbox", max_results=100)
        return [summary.id or "" async for summary in pages.items()]


def main() -> None:
    logging.basicConfig(stream=sys.stderr, format="%(name)s %(levelname)s %(message)s")
    logging.getLogger("partnercentral_selling").setLevel(logging.DEBUG)
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    try:
        expected = [opportunity["Id"] for opportunity in OPPORTUNITIES]
        for name, ids in (
            ("sync script", sync_script(url)),
            ("async service", asyncio.run(async_service(url))),
        ):
            status = "all of them, in order" if ids == expected else "NOT the expected ones"
            print(f"{name}: {len(ids)} opportunities, {status}")
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
