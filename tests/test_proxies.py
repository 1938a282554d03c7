"""Requests through a real forward proxy (proxy.py), from every request handler and both clients.

The proxy runs in a subprocess on 127.0.0.1 (:mod:`tests.proxyserver`); its
access log says which requests went through it. An ``http`` endpoint's
requests are forwarded, an ``https`` one's (a server whose certificate a
test CA signed) go through a ``CONNECT`` tunnel. Credentials in a proxy URL
never show in a message, a repr or the debug log.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Iterator
from typing import Any

import pytest
import trustme

from tests.localserver import LocalAwsServer, closed_port
from tests.proxyserver import ForwardProxy

from partnercentral_selling import (  # noqa: E402
    AsyncPartnerCentralSellingClient,
    Credentials,
    PartnerCentralSellingClient,
    TransportError,
)
from typed_aws_runtime.config.client_config import ConfigurationError  # noqa: E402
from typed_aws_runtime.transports.aiohttp_handler import (  # noqa: E402
    AiohttpRequestHandler,
)
from typed_aws_runtime.transports.asyncio_handler import (  # noqa: E402
    AsyncioRequestHandler,
)
from typed_aws_runtime.transports.http import (  # noqa: E402
    HttpRequest,
    HttpResponse,
    Timeouts,
)
from typed_aws_runtime.transports.origin import environ_proxies  # noqa: E402
from typed_aws_runtime.transports.proxies import bypass, redact  # noqa: E402
from typed_aws_runtime.transports.socket_handler import (  # noqa: E402
    SocketRequestHandler,
)
from typed_aws_runtime.transports.urllib3_handler import (  # noqa: E402
    Urllib3RequestHandler,
)

PASSWORD = "s3cr%2Ft-pw"  # percent-encoded in the URL: the proxy gets "s3cr/t-pw"
HANDLERS = [
    SocketRequestHandler,
    Urllib3RequestHandler,
    AsyncioRequestHandler,
    AiohttpRequestHandler,
]
CREDENTIALS = Credentials("AKIDEXAMPLE", "secret-key")


def send(handler_class: Any, request: HttpRequest, **options: Any) -> HttpResponse:
    """Send one request with a new handler of ``handler_class`` made with ``options``."""
    timeouts = Timeouts(connect=5, read=5)
    if handler_class in (AsyncioRequestHandler, AiohttpRequestHandler):

        async def run() -> HttpResponse:
            handler = handler_class(**options)
            try:
                return await handler.send(request, timeouts=timeouts)  # type: ignore[no-any-return]
            finally:
                await handler.close()

        return asyncio.run(run())
    with handler_class(**options) as handler:
        return handler.send(request, timeouts=timeouts)  # type: ignore[no-any-return]


def post(url: str) -> HttpRequest:
    return HttpRequest("POST", url + "/", {"Content-Type": "application/x-amz-json-1.0"}, b"{}")


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


@pytest.fixture(scope="module")
def http_server() -> Iterator[LocalAwsServer]:
    with LocalAwsServer() as server:
        yield server


@pytest.fixture(scope="module")
def https_server(ca: trustme.CA) -> Iterator[LocalAwsServer]:
    import ssl

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    with LocalAwsServer(ssl_context=context) as server:
        yield server


@pytest.fixture(scope="module")
def proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy() as server:
        yield server


@pytest.fixture(scope="module")
def auth_proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy(auth="alice:s3cr/t-pw") as server:
        yield server


@pytest.fixture
def clean_env(home: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)


@pytest.mark.parametrize("handler_class", HANDLERS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("scheme", ["http", "https"])
def test_each_handler_goes_through_the_proxy(
    handler_class: Any,
    scheme: str,
    proxy: ForwardProxy,
    http_server: Any,
    https_server: Any,
    ca_file: str,
    clean_env: None,
) -> None:
    server = http_server if scheme == "http" else https_server
    response = send(handler_class, post(server.url), proxies={scheme: proxy.url}, verify=ca_file)
    assert response.status == 200
    seen = (
        f"CONNECT 127.0.0.1:{server.port}"
        if scheme == "https"
        else f"POST 127.0.0.1:{server.port}/"
    )
    assert proxy.seen(seen) >= 1


@pytest.mark.parametrize("handler_class", HANDLERS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("scheme", ["http", "https"])
def test_proxy_authentication(
    handler_class: Any,
    scheme: str,
    auth_proxy: ForwardProxy,
    http_server: Any,
    https_server: Any,
    ca_file: str,
    clean_env: None,
) -> None:
    server = http_server if scheme == "http" else https_server
    good = f"http://alice:{PASSWORD}@127.0.0.1:{auth_proxy.port}"
    assert (
        send(handler_class, post(server.url), proxies={scheme: good}, verify=ca_file).status == 200
    )

    bad = f"http://alice:wrong-{PASSWORD}@127.0.0.1:{auth_proxy.port}"
    with pytest.raises(TransportError) as caught:
        send(handler_class, post(server.url), proxies={scheme: bad}, verify=ca_file)
    message = str(caught.value)
    assert "407" in message and f"127.0.0.1:{auth_proxy.port}" in message
    assert "s3cr" not in message and "alice" not in message and "s3cr" not in repr(caught.value)


@pytest.mark.parametrize("handler_class", HANDLERS, ids=lambda c: c.__name__)
def test_proxy_down_names_it_without_credentials(
    handler_class: Any, https_server: Any, ca_file: str, clean_env: None
) -> None:
    port = closed_port()
    with pytest.raises(TransportError) as caught:
        send(
            handler_class,
            post(https_server.url),
            proxies={"https": f"http://alice:{PASSWORD}@127.0.0.1:{port}"},
            verify=ca_file,
        )
    message = str(caught.value)
    assert f"127.0.0.1:{port}" in message and "s3cr" not in message and "alice" not in message
    assert caught.value.request_sent is False


@pytest.mark.parametrize("handler_class", HANDLERS, ids=lambda c: c.__name__)
def test_handlers_read_the_environment(
    handler_class: Any,
    proxy: ForwardProxy,
    http_server: Any,
    clean_env: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    path = f"POST 127.0.0.1:{http_server.port}/"
    before = proxy.seen(path, 0)
    assert send(handler_class, post(http_server.url)).status == 200
    assert proxy.seen(path, before + 1) == before + 1

    monkeypatch.setenv("NO_PROXY", "example.com,127.0.0.1")
    assert send(handler_class, post(http_server.url)).status == 200
    assert proxy.seen(path, before + 1) == before + 1  # direct


def make_client(client_class: Any, url: str, **options: Any) -> Any:
    return client_class(
        region="us-east-1", endpoint_url=url, credentials=CREDENTIALS, max_attempts=1, **options
    )


def test_sync_client_through_the_proxy_from_the_environment(
    proxy: ForwardProxy,
    https_server: Any,
    ca_file: str,
    clean_env: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.setenv("AWS_CA_BUNDLE", ca_file)
    before = proxy.seen(f"CONNECT 127.0.0.1:{https_server.port}", 0)
    with make_client(PartnerCentralSellingClient, https_server.url) as client:
        client.list_engagements(catalog="AWS")
        assert client.config.proxies == {"https": proxy.url}
    assert proxy.seen(f"CONNECT 127.0.0.1:{https_server.port}", before + 1) == before + 1


def test_async_client_through_the_proxy_option(
    auth_proxy: ForwardProxy, https_server: Any, ca_file: str, clean_env: None
) -> None:
    url = f"http://alice:{PASSWORD}@127.0.0.1:{auth_proxy.port}"
    before = auth_proxy.seen(f"CONNECT 127.0.0.1:{https_server.port}", 0)

    async def run() -> None:
        async with make_client(
            AsyncPartnerCentralSellingClient,
            https_server.url,
            proxies={"https": url},
            verify=ca_file,
        ) as client:
            await client.list_engagements(catalog="AWS")

    asyncio.run(run())
    assert auth_proxy.seen(f"CONNECT 127.0.0.1:{https_server.port}", before + 1) == before + 1


def test_no_proxy_lets_the_client_connect_directly(
    proxy: ForwardProxy, http_server: Any, clean_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("http_proxy", proxy.url)
    monkeypatch.setenv("no_proxy", f".example.com, 127.0.0.1:{http_server.port}")
    before = proxy.seen(f"POST 127.0.0.1:{http_server.port}/", 0)
    with make_client(PartnerCentralSellingClient, http_server.url) as client:
        client.list_engagements(catalog="AWS")
        assert client.config.no_proxy == f".example.com, 127.0.0.1:{http_server.port}"
    assert proxy.seen(f"POST 127.0.0.1:{http_server.port}/", before + 1) == before


def test_credentials_never_shown(
    auth_proxy: ForwardProxy, http_server: Any, clean_env: None, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"http://alice:{PASSWORD}@127.0.0.1:{auth_proxy.port}"
    caplog.set_level(logging.DEBUG)
    with make_client(
        PartnerCentralSellingClient, http_server.url, proxies={"http": url}
    ) as client:
        client.list_engagements(catalog="AWS")
        shown = repr(client.config) + repr(client) + str(client._core.request_handler._proxies)
    assert f"127.0.0.1:{auth_proxy.port}" in shown
    for text in (shown, caplog.text):
        assert "s3cr" not in text and "alice" not in text


def test_bad_proxy_options_fail_at_construction(clean_env: None) -> None:
    with pytest.raises(ConfigurationError, match=r"\*\*\*@"):
        PartnerCentralSellingClient(region="us-east-1", proxies={"https": "ftp://u:p@x"})
    with pytest.raises(ConfigurationError, match="proxies_config takes"):
        PartnerCentralSellingClient(region="us-east-1", proxies_config={"proxy_ca": "x"})
    with pytest.raises(ConfigurationError, match="give them to the handler"):
        PartnerCentralSellingClient(
            region="us-east-1", proxies={}, request_handler=SocketRequestHandler()
        )
    # Every sync handler tunnels through an https:// proxy (tests/test_https_proxy.py).
    PartnerCentralSellingClient(
        region="us-east-1", proxies={"https": "https://proxy:3129"}
    ).close()
    Urllib3RequestHandler(proxies={"https": "https://proxy:3129"}).close()


def test_environment_precedence_as_urllib() -> None:
    assert environ_proxies({"HTTPS_PROXY": "a", "https_proxy": "b"}) == ({"https": "b"}, None)
    assert environ_proxies({"HTTPS_PROXY": "a", "https_proxy": ""}) == ({}, None)
    assert environ_proxies({"HTTP_PROXY": "a", "NO_PROXY": "x"}) == ({"http": "a"}, "x")
    # CGI (httpoxy): HTTP_PROXY may come from a request header.
    assert environ_proxies({"HTTP_PROXY": "a", "REQUEST_METHOD": "GET"}) == ({}, None)
    assert environ_proxies({"http_proxy": "a", "REQUEST_METHOD": "GET"}) == ({"http": "a"}, None)


@pytest.mark.parametrize(
    ("no_proxy", "authority", "bypassed"),
    [
        ("*", "anything:443", True),
        ("example.com", "example.com", True),
        ("example.com", "api.example.com", True),
        (".example.com", "api.example.com:8443", True),
        ("example.com", "notexample.com", False),
        ("example.com:8443", "example.com:8443", True),
        ("example.com:8443", "example.com", False),
        ("a.test, B.Test", "x.b.test", True),
        ("127.0.0.1", "127.0.0.1:9000", True),
        ("10.0.0.0/8", "10.1.2.3", False),  # no CIDR, as botocore
        ("::1", "[::1]:8080", True),
    ],
)
def test_no_proxy_rules_match_urllib(no_proxy: str, authority: str, bypassed: bool) -> None:
    from urllib.request import proxy_bypass_environment

    assert bypass(no_proxy, authority) is bypassed
    if not authority.startswith("["):
        assert bool(proxy_bypass_environment(authority, {"no": no_proxy})) is bypassed


def test_redact() -> None:
    assert redact("http://u:p@h:1/x") == "http://***@h:1/x"
    assert redact("u:p@h:1") == "***@h:1"
    assert redact("http://h:1") == "http://h:1"
