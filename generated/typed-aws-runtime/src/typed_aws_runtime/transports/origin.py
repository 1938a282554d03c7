"""What the socket handlers (sync and asyncio) know of an origin before they connect to it.

Both :mod:`.socket_handler` and :mod:`.asyncio_handler` connect with the
standard library alone, and agree on these, taken from here:

* the origin (``scheme://host[:port]``, as it appears in a request URL):
  ``http`` or ``https`` only, no user information, a valid port; the host
  lower-cased, without IPv6 brackets or a trailing dot (as urllib3:
  certificates and many servers expect no dot);
* the address handed to ``getaddrinfo``: an ASCII host name as bytes, so
  resolving it does not load the IDNA codec; a non-ASCII one IDNA-encoded
  once, when its origin is first seen;
* the TLS context of a handler's ``verify`` option: the system's trust store
  (``True``), a CA bundle file or directory (a path), or no verification
  (``False``, with an :class:`InsecureConnectionWarning`), presenting the
  ``client_cert`` option's certificate if given;
* whether a handler has proxies (:func:`wanted_proxies`): the options, else
  the environment's (``HTTPS_PROXY``, ``HTTP_PROXY``, ``NO_PROXY``).

It imports no ``ssl``: only :func:`tls_context`, on the first ``https``
origin, does; nor :mod:`.proxies`, unless there is a proxy.
"""

from __future__ import annotations

import os
import warnings
from typing import TYPE_CHECKING, Protocol

from .http1 import host_header

if TYPE_CHECKING:
    import ssl
    from collections.abc import Mapping

__all__ = [
    "InsecureConnectionWarning",
    "Origin",
    "ProxyTrust",
    "TlsContexts",
    "environ_proxies",
    "parse_origin",
    "tls_context",
    "wanted_proxies",
]


_DEFAULT_PORTS = {"http": 80, "https": 443}


class InsecureConnectionWarning(UserWarning):
    """TLS certificate verification is disabled (``verify=False``)."""


class Origin:
    """Where to connect for an origin, the name TLS checks, and the ``Host`` header it sends."""

    __slots__ = ("tls", "address", "server_hostname", "host")

    def __init__(self, tls: bool, address: tuple[bytes, int], server_hostname: str, host: str):
        self.tls = tls
        self.address = address  # (host for getaddrinfo, port)
        self.server_hostname = server_hostname
        self.host = host


def parse_origin(origin: str) -> Origin:
    """Check and split ``scheme://host[:port]``; raise ValueError for one that cannot be sent to."""
    scheme, sep, authority = origin.partition("://")
    scheme = scheme.lower()
    if not sep or scheme not in _DEFAULT_PORTS:
        raise ValueError(f"Cannot send to {origin!r}: the URL must be http:// or https://")
    if "@" in authority:
        raise ValueError(f"Cannot send to {origin!r}: user information in URLs is not supported")
    if authority.startswith("["):
        host, bracket, rest = authority[1:].partition("]")
        port = rest[1:]
        valid = bool(bracket) and (not rest or rest[0] == ":") and ":" in host
    else:
        host, _, port = authority.partition(":")
        valid = True
    if port and not (port.isdigit() and port.isascii() and 0 < int(port) < 65536):
        valid = False
    if not valid or not host:
        raise ValueError(f"Cannot send to {origin!r}: not a valid host and port")
    number = int(port) if port else _DEFAULT_PORTS[scheme]
    name = host.lower().rstrip(".")
    # Bytes for getaddrinfo: a str would load the IDNA codec even for ASCII.
    address = name.encode("ascii") if name.isascii() else name.encode("idna")
    header = host_header(scheme, address.decode("ascii"), number)
    return Origin(scheme == "https", (address, number), name, header)


def tls_context(
    verify: bool | str, client_cert: str | tuple[str, str] | None = None
) -> ssl.SSLContext:
    """A client TLS context for a handler's ``verify`` and ``client_cert`` options (made once per handler).

    ``False`` warns (:class:`InsecureConnectionWarning`), pointing at the
    code that called ``send`` (the handlers call this from the method that
    makes a route, which ``send`` calls, through :class:`TlsContexts`).
    """
    import ssl

    if verify is False:
        warnings.warn(
            "TLS certificate verification is disabled (verify=False)",
            InsecureConnectionWarning,
            stacklevel=5,
        )
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    elif isinstance(verify, str):
        # The given bundle only, not the system's trust store as well.
        if os.path.isdir(verify):
            context = ssl.create_default_context(capath=verify)
        else:
            context = ssl.create_default_context(cafile=verify)
    else:
        context = ssl.create_default_context()
    if isinstance(client_cert, str):
        context.load_cert_chain(client_cert)
    elif client_cert is not None:
        context.load_cert_chain(client_cert[0], client_cert[1])
    return context


class ProxyTrust(Protocol):
    """What an ``https://`` proxy's TLS takes from ``proxies_config`` (:class:`.proxies.ProxyRoutes`)."""

    ca_bundle: str | None
    client_cert: str | tuple[str, str] | None


class TlsContexts:
    """A standard-library handler's TLS contexts, each made on first use (callers hold a lock).

    ``endpoint()``: for endpoints, by ``verify`` and ``client_cert``;
    ``proxy()``: for an ``https://`` proxy, by its ``proxies_config``
    (``proxy_ca_bundle``, else ``verify``; ``proxy_client_cert``).
    """

    __slots__ = ("verify", "client_cert", "proxies", "_endpoint", "_proxy")

    def __init__(
        self,
        verify: bool | str,
        client_cert: str | tuple[str, str] | None,
        proxies: ProxyTrust | None,
    ) -> None:
        self.verify = verify
        self.client_cert = client_cert
        self.proxies = proxies
        self._endpoint: ssl.SSLContext | None = None
        self._proxy: ssl.SSLContext | None = None

    def endpoint(self) -> ssl.SSLContext:
        """The context for endpoints."""
        if self._endpoint is None:
            self._endpoint = tls_context(self.verify, self.client_cert)
        return self._endpoint

    def proxy(self) -> ssl.SSLContext:
        """The context for an ``https://`` proxy."""
        if self._proxy is None:
            proxies = self.proxies
            assert proxies is not None, "only a handler with proxies reaches one"
            self._proxy = tls_context(
                self.verify if proxies.ca_bundle is None else proxies.ca_bundle,
                proxies.client_cert,
            )
        return self._proxy


def environ_proxies(environ: Mapping[str, str]) -> tuple[dict[str, str], str | None]:
    """The environment's proxies by scheme, and its ``NO_PROXY``, as urllib (and botocore) read them.

    The lower-case variable wins over the upper-case one, even when empty.
    ``HTTP_PROXY`` is ignored when ``REQUEST_METHOD`` is set: in a CGI
    script it may come from a request's ``Proxy:`` header (httpoxy), while
    ``http_proxy`` cannot.
    """
    found: dict[str, str] = {}
    for key in ("http", "https", "no"):
        value = environ.get(key + "_proxy")
        if value is None and not (key == "http" and "REQUEST_METHOD" in environ):
            value = environ.get(key.upper() + "_PROXY")
        if value:
            found[key] = value
    no_proxy = found.pop("no", None)
    return found, no_proxy


def wanted_proxies(
    proxies: Mapping[str, str] | None, no_proxy: str | None
) -> tuple[Mapping[str, str], str | None] | None:
    """A handler's proxies and ``NO_PROXY``, or None when it has none (so it need not import :mod:`.proxies`).

    ``proxies`` None reads them, and ``NO_PROXY``, from ``os.environ``; a
    mapping (empty: no proxy) is used as given, with ``no_proxy``.
    """
    if proxies is None:
        proxies, no_proxy = environ_proxies(os.environ)
    return (proxies, no_proxy) if any(proxies.values()) else None
