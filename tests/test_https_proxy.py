"""Requests through an ``https://`` proxy: TLS with the proxy, then the endpoint's TLS inside it.

The proxy is proxy.py serving TLS to its clients (:mod:`tests.proxyserver`)
with a certificate from one test CA; the endpoint's certificate comes from
another, so each trust setting is checked on its own: ``proxy_ca_bundle``
for the proxy, ``verify`` for the endpoint, still verified inside the
tunnel. proxy.py cannot ask its clients for a certificate, nor forward
``https`` requests, so ``proxy_client_cert`` and
``proxy_use_forwarding_for_https`` are checked against :class:`TlsProxy`, a
small TLS-terminating proxy written here.
"""

from __future__ import annotations

import asyncio
import select
import socket
import ssl
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
import trustme

from tests.localserver import LocalAwsServer
from tests.proxyserver import ForwardProxy
from tests.test_proxies import (  # noqa: F401 (clean_env: a fixture)
    HANDLERS,
    PASSWORD,
    clean_env,
    make_client,
    post,
    send,
)

from partnercentral_selling import (  # noqa: E402
    AsyncPartnerCentralSellingClient,
    PartnerCentralSellingClient,
    TransportError,
)
from typed_aws_runtime.transports.aiohttp_handler import (  # noqa: E402
    AiohttpRequestHandler,
)
from typed_aws_runtime.transports.asyncio_handler import (  # noqa: E402
    AsyncioRequestHandler,
)
from typed_aws_runtime.transports.http import Timeouts  # noqa: E402

ASYNC_TLS_IN_TLS = sys.version_info >= (3, 11)
# aiohttp reaches the proxy with the endpoint's TLS settings, so it has a test of its own.
TUNNELLING = [
    handler
    for handler in HANDLERS
    if handler is not AiohttpRequestHandler
    and (ASYNC_TLS_IN_TLS or handler is not AsyncioRequestHandler)
]


class TlsProxy:
    """A proxy on 127.0.0.1 serving TLS with ``context`` (which may require client certificates).

    Each connection gets a thread: the TLS handshake, then the first
    request's head, whose request line is noted in ``seen``. ``CONNECT``
    gets ``200``; a request to an absolute ``https`` URL is sent on to that
    origin over TLS verified by ``upstream``, in origin form. Then bytes are
    relayed both ways until either side closes.
    """

    def __init__(self, context: ssl.SSLContext, upstream: ssl.SSLContext) -> None:
        self._context = context
        self._upstream = upstream
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"https://127.0.0.1:{self.port}"
        self.seen: list[str] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                raw, _ = self._listener.accept()
            except OSError:
                return  # closed
            threading.Thread(target=self._serve, args=(raw,), daemon=True).start()

    def _serve(self, raw: socket.socket) -> None:
        try:
            client = self._context.wrap_socket(raw, server_side=True)
        except OSError:
            raw.close()
            return
        with client:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = client.recv(4096)
                if not chunk:
                    return
                head += chunk
            line, _, rest = head.partition(b"\r\n")
            method, target, version = line.decode().split(" ")
            self.seen.append(f"{method} {target}")
            if method == "CONNECT":
                host, _, port = target.rpartition(":")
                with socket.create_connection((host, int(port))) as upstream:
                    client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    self._relay(client, upstream)
                return
            authority, slash, path = target.removeprefix("https://").partition("/")
            host, _, port = authority.rpartition(":")
            raw_upstream = socket.create_connection((host, int(port)))
            with self._upstream.wrap_socket(raw_upstream, server_hostname=host) as upstream:
                upstream.sendall(f"{method} {slash}{path} {version}\r\n".encode() + rest)
                self._relay(client, upstream)

    @staticmethod
    def _relay(client: ssl.SSLSocket, upstream: socket.socket) -> None:
        peers = {client: upstream, upstream: client}
        while True:
            pending = [
                sock for sock in peers if isinstance(sock, ssl.SSLSocket) and sock.pending()
            ]
            ready = pending or select.select(list(peers), [], [], 10)[0]
            if not ready:
                return
            for sock in ready:
                data = sock.recv(65536)
                if not data:
                    return
                peers[sock].sendall(data)

    def close(self) -> None:
        self._listener.close()

    def __enter__(self) -> TlsProxy:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


@pytest.fixture(scope="module")
def endpoint_ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def proxy_ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def files(
    endpoint_ca: trustme.CA, proxy_ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("https-proxy")
    proxy_cert = proxy_ca.issue_cert("127.0.0.1")
    client_cert = proxy_ca.issue_cert("client.example")
    written = {
        "endpoint_ca": endpoint_ca.cert_pem,
        "proxy_ca": proxy_ca.cert_pem,
        "proxy_cert": proxy_cert.cert_chain_pems[0],
        "proxy_key": proxy_cert.private_key_pem,
        "client": client_cert.private_key_and_cert_chain_pem,
    }
    paths = {}
    for name, blob in written.items():
        path = folder / f"{name}.pem"
        blob.write_to_path(str(path))
        paths[name] = str(path)
    both = folder / "both_ca.pem"
    both.write_bytes(endpoint_ca.cert_pem.bytes() + proxy_ca.cert_pem.bytes())
    paths["both_ca"] = str(both)
    return paths


@pytest.fixture(scope="module")
def https_server(endpoint_ca: trustme.CA) -> Iterator[LocalAwsServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    endpoint_ca.issue_cert("127.0.0.1").configure_cert(context)
    with LocalAwsServer(ssl_context=context) as server:
        yield server


@pytest.fixture(scope="module")
def tls_proxy(files: dict[str, str]) -> Iterator[ForwardProxy]:
    with ForwardProxy(tls=(files["proxy_cert"], files["proxy_key"])) as server:
        yield server


@pytest.fixture(scope="module")
def tls_auth_proxy(files: dict[str, str]) -> Iterator[ForwardProxy]:
    tls = (files["proxy_cert"], files["proxy_key"])
    with ForwardProxy(auth="alice:s3cr/t-pw", tls=tls) as server:
        yield server


def tls_proxy_server(
    proxy_ca: trustme.CA, endpoint_ca: trustme.CA, *, client_certs: bool
) -> TlsProxy:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    proxy_ca.issue_cert("127.0.0.1").configure_cert(context)
    if client_certs:
        context.verify_mode = ssl.CERT_REQUIRED
        proxy_ca.configure_trust(context)
    upstream = ssl.create_default_context()
    endpoint_ca.configure_trust(upstream)
    return TlsProxy(context, upstream)


@pytest.fixture(scope="module")
def mtls_proxy(proxy_ca: trustme.CA, endpoint_ca: trustme.CA) -> Iterator[TlsProxy]:
    with tls_proxy_server(proxy_ca, endpoint_ca, client_certs=True) as server:
        yield server


@pytest.fixture(scope="module")
def forwarder(proxy_ca: trustme.CA, endpoint_ca: trustme.CA) -> Iterator[TlsProxy]:
    with tls_proxy_server(proxy_ca, endpoint_ca, client_certs=False) as server:
        yield server


def through(proxy_url: str, files: dict[str, str], **config: Any) -> dict[str, Any]:
    """Handler options: ``proxy_url`` for https endpoints, the endpoint's CA and ``config``."""
    return {
        "proxies": {"https": proxy_url},
        "verify": files["endpoint_ca"],
        "proxies_config": {"proxy_ca_bundle": files["proxy_ca"], **config},
    }


@pytest.mark.parametrize("handler_class", TUNNELLING, ids=lambda c: c.__name__)
def test_tunnel_through_an_https_proxy(
    handler_class: Any,
    tls_proxy: ForwardProxy,
    https_server: LocalAwsServer,
    files: dict[str, str],
    clean_env: None,
) -> None:
    tunnel = f"CONNECT 127.0.0.1:{https_server.port}"
    before = tls_proxy.seen(tunnel, 0)
    response = send(handler_class, post(https_server.url), **through(tls_proxy.url, files))
    assert response.status == 200
    assert tls_proxy.seen(tunnel, before + 1) == before + 1


@pytest.mark.parametrize("handler_class", TUNNELLING, ids=lambda c: c.__name__)
@pytest.mark.parametrize("untrusted", ["proxy", "endpoint"])
def test_each_certificate_is_verified(
    handler_class: Any,
    untrusted: str,
    tls_proxy: ForwardProxy,
    https_server: LocalAwsServer,
    files: dict[str, str],
    clean_env: None,
) -> None:
    options = through(tls_proxy.url, files)
    if untrusted == "proxy":
        options["proxies_config"] = {}  # the proxy's certificate then checked by verify's CA
    else:
        options["verify"] = files["proxy_ca"]
    tunnel = f"CONNECT 127.0.0.1:{https_server.port}"
    before = tls_proxy.seen(tunnel, 0)
    with pytest.raises(TransportError) as caught:
        send(handler_class, post(https_server.url), **options)
    assert "TLS failure" in str(caught.value) and "certificate" in str(caught.value)
    assert caught.value.request_sent is False
    # The endpoint's certificate fails inside the tunnel: the proxy had opened it.
    opened = 1 if untrusted == "endpoint" else 0
    assert tls_proxy.seen(tunnel, before + opened) == before + opened


@pytest.mark.parametrize("handler_class", TUNNELLING, ids=lambda c: c.__name__)
def test_proxy_authentication_over_tls(
    handler_class: Any,
    tls_auth_proxy: ForwardProxy,
    https_server: LocalAwsServer,
    files: dict[str, str],
    clean_env: None,
) -> None:
    good = f"https://alice:{PASSWORD}@127.0.0.1:{tls_auth_proxy.port}"
    response = send(handler_class, post(https_server.url), **through(good, files))
    assert response.status == 200

    bad = f"https://alice:wrong-{PASSWORD}@127.0.0.1:{tls_auth_proxy.port}"
    with pytest.raises(TransportError) as caught:
        send(handler_class, post(https_server.url), **through(bad, files))
    message = str(caught.value)
    assert "407" in message and f"127.0.0.1:{tls_auth_proxy.port}" in message
    assert "s3cr" not in message and "alice" not in message


@pytest.mark.parametrize("handler_class", TUNNELLING, ids=lambda c: c.__name__)
def test_the_proxy_client_certificate(
    handler_class: Any,
    mtls_proxy: TlsProxy,
    https_server: LocalAwsServer,
    files: dict[str, str],
    clean_env: None,
) -> None:
    options = through(mtls_proxy.url, files, proxy_client_cert=files["client"])
    before = len(mtls_proxy.seen)
    assert send(handler_class, post(https_server.url), **options).status == 200
    assert mtls_proxy.seen[before:] == [f"CONNECT 127.0.0.1:{https_server.port}"]

    with pytest.raises(TransportError):
        send(handler_class, post(https_server.url), **through(mtls_proxy.url, files))


@pytest.mark.skipif(not ASYNC_TLS_IN_TLS, reason="aiohttp tunnels TLS inside TLS from Python 3.11")
def test_aiohttp_tunnels_trusting_verify(
    tls_proxy: ForwardProxy, https_server: LocalAwsServer, files: dict[str, str], clean_env: None
) -> None:
    options = {"proxies": {"https": tls_proxy.url}, "verify": files["both_ca"]}
    response = send(AiohttpRequestHandler, post(https_server.url), **options)
    assert response.status == 200


@pytest.mark.parametrize("key", ["proxy_ca_bundle", "proxy_client_cert"])
def test_aiohttp_refuses_proxy_tls_settings_it_cannot_apply(key: str, clean_env: None) -> None:
    with pytest.raises(ValueError, match=f"cannot take {key}.*AsyncioRequestHandler"):
        AiohttpRequestHandler(
            proxies={"https": "https://proxy.example"}, proxies_config={key: "x"}
        )


@pytest.mark.parametrize("handler_class", TUNNELLING, ids=lambda c: c.__name__)
def test_forwarding_through_an_https_proxy(
    handler_class: Any,
    forwarder: TlsProxy,
    https_server: LocalAwsServer,
    files: dict[str, str],
    clean_env: None,
) -> None:
    options = through(forwarder.url, files, proxy_use_forwarding_for_https=True)
    before = len(forwarder.seen)
    assert send(handler_class, post(https_server.url), **options).status == 200
    assert forwarder.seen[before:] == [f"POST https://127.0.0.1:{https_server.port}/"]


def test_clients_through_an_https_proxy(
    tls_auth_proxy: ForwardProxy,
    https_server: LocalAwsServer,
    files: dict[str, str],
    clean_env: None,
) -> None:
    url = f"https://alice:{PASSWORD}@127.0.0.1:{tls_auth_proxy.port}"
    options = through(url, files)
    with make_client(PartnerCentralSellingClient, https_server.url, **options) as client:
        client.list_engagements(catalog="AWS")
    if not ASYNC_TLS_IN_TLS:
        return

    async def run() -> None:
        async with make_client(
            AsyncPartnerCentralSellingClient, https_server.url, **options
        ) as client:
            await client.list_engagements(catalog="AWS")

    asyncio.run(run())


@pytest.mark.skipif(ASYNC_TLS_IN_TLS, reason="Python 3.10's asyncio only")
def test_asyncio_on_python_3_10_refuses_at_construction(files: dict[str, str]) -> None:
    with pytest.raises(ValueError, match=r"Python 3\.10.*proxy_use_forwarding_for_https"):
        AsyncioRequestHandler(**through("https://proxy:3129", files))


@pytest.mark.parametrize("handler_class", TUNNELLING, ids=lambda c: c.__name__)
def test_a_tunnel_is_reused(
    handler_class: Any,
    forwarder: TlsProxy,
    https_server: LocalAwsServer,
    files: dict[str, str],
    clean_env: None,
) -> None:
    options = through(forwarder.url, files)
    timeouts = Timeouts(connect=5, read=5)
    request = post(https_server.url)
    before = len(forwarder.seen)
    if handler_class is AsyncioRequestHandler:

        async def run() -> list[int]:
            async with AsyncioRequestHandler(**options) as handler:
                return [(await handler.send(request, timeouts=timeouts)).status for _ in "ab"]

        statuses = asyncio.run(run())
    else:
        with handler_class(**options) as handler:
            statuses = [handler.send(request, timeouts=timeouts).status for _ in "ab"]
    assert statuses == [200, 200]
    assert forwarder.seen[before:] == [f"CONNECT 127.0.0.1:{https_server.port}"]
