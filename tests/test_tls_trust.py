"""TLS trust of the endpoint: a private CA (trustme) via AWS_CA_BUNDLE, the config file or verify=, and client certificates.

A local TLS server (:class:`~tests.localserver.LocalAwsServer`) presents a
certificate signed by a test CA: every handler refuses it with a clear
error until the CA is trusted, by any of the three ways a client is told.
A server that requires a client certificate accepts the ``client_cert`` one.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme

from tests.localserver import LocalAwsServer
from tests.test_proxies import HANDLERS, make_client, post, send

from partnercentral_selling import (  # noqa: E402
    AsyncPartnerCentralSellingClient,
    PartnerCentralSellingClient,
    TransportError,
)
from typed_aws_runtime.config.client_config import ConfigurationError  # noqa: E402


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def files(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("tls")
    client = ca.issue_cert("client.example")
    paths = {
        "ca": folder / "ca.pem",
        "both": folder / "client.pem",
        "key": folder / "key.pem",
        "cert": folder / "cert.pem",
    }
    ca.cert_pem.write_to_path(str(paths["ca"]))
    client.private_key_and_cert_chain_pem.write_to_path(str(paths["both"]))
    client.private_key_pem.write_to_path(str(paths["key"]))
    client.cert_chain_pems[0].write_to_path(str(paths["cert"]))
    return {name: str(path) for name, path in paths.items()}


def server_context(ca: trustme.CA, *, client_certs: bool = False) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    if client_certs:
        context.verify_mode = ssl.CERT_REQUIRED
        ca.configure_trust(context)
    return context


@pytest.fixture(scope="module")
def server(ca: trustme.CA) -> Iterator[LocalAwsServer]:
    with LocalAwsServer(ssl_context=server_context(ca)) as running:
        yield running


@pytest.fixture(scope="module")
def mtls_server(ca: trustme.CA) -> Iterator[LocalAwsServer]:
    with LocalAwsServer(ssl_context=server_context(ca, client_certs=True)) as running:
        yield running


@pytest.mark.parametrize("handler_class", HANDLERS, ids=lambda c: c.__name__)
def test_each_handler_trusts_the_given_ca_only(
    handler_class: Any, server: Any, files: dict[str, str], home: Path
) -> None:
    assert send(handler_class, post(server.url), verify=files["ca"], proxies={}).status == 200
    with pytest.raises(
        TransportError, match="CERTIFICATE_VERIFY_FAILED|certificate verify failed"
    ):
        send(handler_class, post(server.url), proxies={})


@pytest.mark.parametrize("handler_class", HANDLERS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("form", ["both", "pair"])
def test_each_handler_presents_the_client_certificate(
    handler_class: Any, form: str, mtls_server: Any, files: dict[str, str], home: Path
) -> None:
    cert = files["both"] if form == "both" else (files["cert"], files["key"])
    response = send(
        handler_class, post(mtls_server.url), verify=files["ca"], client_cert=cert, proxies={}
    )
    assert response.status == 200
    with pytest.raises(TransportError):
        send(handler_class, post(mtls_server.url), verify=files["ca"], proxies={})


def call(client_class: Any, url: str, **options: Any) -> Any:
    """One call of a new client of ``client_class`` (sync or async); return its config."""
    if client_class is AsyncPartnerCentralSellingClient:

        async def run() -> Any:
            async with make_client(client_class, url, **options) as client:
                await client.list_engagements(catalog="AWS")
                return client.config

        return asyncio.run(run())
    with make_client(client_class, url, **options) as client:
        client.list_engagements(catalog="AWS")
        return client.config


CLIENTS = [PartnerCentralSellingClient, AsyncPartnerCentralSellingClient]


@pytest.mark.parametrize("client_class", CLIENTS, ids=lambda c: c.__name__)
def test_clients_trust_the_ca_from_each_source(
    client_class: Any,
    server: Any,
    files: dict[str, str],
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(TransportError, match=f"TLS failure with {server.url}"):
        call(client_class, server.url)

    assert call(client_class, server.url, verify=files["ca"]).verify == files["ca"]

    (home / ".aws" / "config").write_text(f"[default]\nca_bundle = {files['ca']}\n")
    config = call(client_class, server.url)
    assert config.verify == files["ca"] and "ca_bundle" in config.sources["verify"]

    monkeypatch.setenv("AWS_CA_BUNDLE", files["ca"])
    (home / ".aws" / "config").write_text("[default]\nca_bundle = /nowhere.pem\n")
    assert call(client_class, server.url).sources["verify"] == "environment variable AWS_CA_BUNDLE"


@pytest.mark.parametrize("client_class", CLIENTS, ids=lambda c: c.__name__)
def test_clients_present_the_client_certificate(
    client_class: Any, mtls_server: Any, files: dict[str, str], home: Path
) -> None:
    call(client_class, mtls_server.url, verify=files["ca"], client_cert=files["both"])
    call(
        client_class,
        mtls_server.url,
        verify=files["ca"],
        client_cert=(files["cert"], files["key"]),
    )


def test_bad_tls_options_fail_at_construction(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="verify from argument verify=: no CA bundle"):
        PartnerCentralSellingClient(region="us-east-1", verify="/nowhere.pem")
    monkeypatch.setenv("AWS_CA_BUNDLE", "/nowhere.pem")
    with pytest.raises(ConfigurationError, match="environment variable AWS_CA_BUNDLE"):
        PartnerCentralSellingClient(region="us-east-1")
    monkeypatch.delenv("AWS_CA_BUNDLE")
    with pytest.raises(ConfigurationError, match="client_cert from argument"):
        PartnerCentralSellingClient(region="us-east-1", client_cert=("/a.pem", "/b.pem"))
