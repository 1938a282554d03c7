"""From clone to a signed call: the generated client against a local stand-in server.

    make generate
    PYTHONPATH=generated/partnercentral-selling/src .venv/bin/python examples/local_call.py

Starts a small HTTP server on 127.0.0.1 that answers GetOpportunity, calls it
with the generated client (SigV4-signed, over a pooled keep-alive
connection) and prints the typed result and what the server received.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from partnercentral_selling import Credentials, PartnerCentralSellingClient

OPPORTUNITY = {
    "Id": "O1234567",
    "Catalog": "Sandbox",
    "LastModifiedDate": "2026-11-26T12:00:00Z",
    "LifeCycle": {"Stage": "Prospect", "ReviewStatus": "Pending Submission"},
    "Customer": {"Account": {"CompanyName": "Example Corp", "Industry": "Software and Internet"}},
}


class StandIn(BaseHTTPRequestHandler):
    """Answers every POST like the service answers GetOpportunity."""

    protocol_version = "HTTP/1.1"
    received: list[dict[str, str]] = []

    def do_POST(self) -> None:  # noqa: N802 (the http.server naming)
        length = int(self.headers["Content-Length"])
        request = json.loads(self.rfile.read(length))
        StandIn.received.append(
            {
                "target": self.headers["X-Amz-Target"],
                "authorization": self.headers["Authorization"].split(",")[0],
                "body": json.dumps(request),
            }
        )
        body = json.dumps(OPPORTUNITY).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/x-amz-json-1.0")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("x-amzn-RequestId", "example-request-1")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def stand_in() -> Iterator[str]:
    """The URL of a stand-in server on 127.0.0.1 (a free port) while the block runs."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    with (
        stand_in() as url,
        PartnerCentralSellingClient(
            region="us-east-1",
            endpoint_url=url,
            credentials=Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        ) as client,
    ):
        opportunity = client.get_opportunity(catalog="Sandbox", identifier="O1234567")
    print("stage:", opportunity.life_cycle.stage if opportunity.life_cycle else None)
    print("modified:", opportunity.last_modified_date)
    print("result:", opportunity)
    print("server received:", StandIn.received[0])


if __name__ == "__main__":
    main()
