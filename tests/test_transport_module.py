"""The public ``transport`` module: the types a custom request handler uses, and every handler.

Users wrap or replace the HTTP layer through this module (the README's "Custom request
handler"), never through the runtime distribution. Its handlers are imported when first named, so
importing it costs no HTTP library, and each name is the runtime's own class.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from partnercentral_selling import Credentials, PartnerCentralSellingClient, transport
from typed_aws_runtime.transports import (
    aiohttp_handler,
    asyncio_handler,
    http,
    socket_handler,
    urllib3_handler,
)
from tests.localserver import JSON_CONTENT_TYPE, LocalAwsServer, RecordedRequest

SRC = Path(__file__).resolve().parent.parent / "generated" / "partnercentral-selling" / "src"


def test_every_public_name_is_the_runtime_s_own() -> None:
    expected = {
        "HttpRequest": http.HttpRequest,
        "HttpResponse": http.HttpResponse,
        "Timeouts": http.Timeouts,
        "RequestHandler": http.RequestHandler,
        "AsyncRequestHandler": http.AsyncRequestHandler,
        "InsecureConnectionWarning": socket_handler.InsecureConnectionWarning,
        "SocketRequestHandler": socket_handler.SocketRequestHandler,
        "AsyncioRequestHandler": asyncio_handler.AsyncioRequestHandler,
        "Urllib3RequestHandler": urllib3_handler.Urllib3RequestHandler,
        "AiohttpRequestHandler": aiohttp_handler.AiohttpRequestHandler,
    }
    assert sorted(transport.__all__) == sorted(expected)
    for name, value in expected.items():
        assert getattr(transport, name) is value, name
    with pytest.raises(AttributeError, match="has no attribute 'Missing'"):
        transport.Missing  # noqa: B018


def test_importing_it_loads_no_handler_and_no_http_library() -> None:
    code = (
        f"import sys; sys.path.insert(0, {str(SRC)!r})\n"
        "from partnercentral_selling import transport\n"
        "import json\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.endswith('_handler')\n"
        "    or m.split('.')[0] in ('socket', 'asyncio', 'urllib3', 'aiohttp'))))\n"
    )
    done = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


class Recording:
    """A user's handler: the default one underneath, every request and status noted."""

    def __init__(self) -> None:
        self.inner = transport.SocketRequestHandler()
        self.seen: list[tuple[str, int]] = []

    def send(
        self, request: transport.HttpRequest, *, timeouts: transport.Timeouts
    ) -> transport.HttpResponse:
        response = self.inner.send(request, timeouts=timeouts)
        self.seen.append((request.headers["X-Amz-Target"], response.status))
        return response

    def close(self) -> None:
        self.inner.close()


def test_a_handler_written_against_the_public_types_serves_a_client() -> None:
    def answer(request: RecordedRequest) -> tuple[int, dict[str, str], bytes]:
        body = json.dumps({"Id": "O1", "Catalog": "Sandbox"}).encode()
        return 200, {"Content-Type": JSON_CONTENT_TYPE}, body

    handler = Recording()
    with LocalAwsServer(answer) as server:
        with PartnerCentralSellingClient(
            region="us-east-1",
            endpoint_url=server.url,
            credentials=Credentials("AKIDEXAMPLE", "secret"),
            request_handler=handler,
        ) as client:
            assert client.get_opportunity(catalog="Sandbox", identifier="O1").id == "O1"
    assert handler.seen == [("AWSPartnerCentralSelling.GetOpportunity", 200)]
