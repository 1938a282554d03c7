"""Proxies: which proxy a request goes through, and how, by botocore's rules.

Imported only by a handler that has a proxy (an option, or ``HTTPS_PROXY``
and friends in the environment): a client without one never loads it.

* Which proxy: the one for the request URL's scheme (``proxies["https"]``
  for an ``https`` endpoint), as botocore. A proxy URL without a scheme is
  ``http://``; user information in it (``http://user:password@host:port``,
  percent-decoded) becomes a ``Proxy-Authorization: Basic`` header, and is
  never shown: every message and repr names the proxy without it.
* ``NO_PROXY`` (``no_proxy``): a comma-separated list of host names, each
  matching itself and its subdomains (a leading dot is ignored), or
  ``host:port`` matching that port only; ``*`` matches every host. As in
  botocore (urllib's ``proxy_bypass_environment``), IP ranges (CIDR) are not
  understood: an entry is a name or an address written as in the URL.
* How: an ``http`` endpoint's requests are forwarded (sent to the proxy with
  the absolute URL as target); an ``https`` endpoint's go through a tunnel
  (``CONNECT host:port``), inside which TLS is with the endpoint, verified
  by the handler's ``verify`` as without a proxy. An ``https://`` proxy is
  reached over TLS (verified against ``proxy_ca_bundle``, else ``verify``,
  presenting ``proxy_client_cert`` if given); with
  ``proxy_use_forwarding_for_https`` it forwards ``https`` requests too,
  so it sees them, instead of tunnelling.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

from ..exceptions import TransportError
from .http import HttpResponse
from .origin import Origin, parse_origin

__all__ = [
    "PROXIES_CONFIG_KEYS",
    "Hop",
    "Proxy",
    "ProxyRoutes",
    "bypass",
    "redact",
    "tunnel_status",
]

# The proxies_config keys botocore knows, all of them understood here.
PROXIES_CONFIG_KEYS = ("proxy_ca_bundle", "proxy_client_cert", "proxy_use_forwarding_for_https")
_MAX_TUNNEL_REPLY = 1 << 16


def redact(url: str) -> str:
    """``url`` with any user information replaced by ``***`` (what messages may show)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    authority, slash, path = rest.partition("/")
    if "@" in authority:
        authority = "***@" + authority.rpartition("@")[2]
    return f"{scheme}{sep}{authority}{slash}{path}"


class Proxy:
    """A proxy server: where to connect, its URL without credentials, its ``Proxy-Authorization``."""

    __slots__ = ("url", "origin", "authorization")

    def __init__(self, url: str, origin: Origin, authorization: str | None) -> None:
        self.url = url
        self.origin = origin
        self.authorization = authorization

    def __repr__(self) -> str:
        return f"Proxy({self.url!r})"

    @classmethod
    def parse(cls, url: str) -> Proxy:
        """Check a proxy URL; raise ValueError (showing it without credentials) if unusable."""
        if not isinstance(url, str):
            raise ValueError(f"a proxy URL must be a string, got {type(url).__name__}")
        text = url if "://" in url else "http://" + url
        scheme, _, rest = text.partition("://")
        authority = rest.split("/", 1)[0]
        authorization = None
        if "@" in authority:
            userinfo, _, authority = authority.rpartition("@")
            user, _, password = userinfo.partition(":")
            token = f"{unquote(user)}:{unquote(password)}".encode()
            authorization = "Basic " + base64.b64encode(token).decode("ascii")
        shown = f"{scheme.lower()}://{authority}"
        try:
            if authority.endswith(":"):
                raise ValueError("no port after the colon")
            origin = parse_origin(shown)
        except ValueError:
            raise ValueError(
                f"{redact(url)!r} is not a proxy URL (http://[user:password@]host[:port])"
            ) from None
        return cls(shown, origin, authorization)


class Hop:
    """How a handler reaches one origin through a proxy.

    ``tunnel`` is the ``CONNECT`` request to send first (an ``https``
    endpoint), else None: the requests are forwarded, with ``prefix`` (the
    origin) before their target and ``extra`` header lines. ``where`` names
    the origin and the proxy, for error messages.
    """

    __slots__ = ("proxy", "tunnel", "prefix", "extra", "where")

    def __init__(self, proxy: Proxy, origin: str, endpoint: Origin, forward: bool) -> None:
        self.proxy = proxy
        self.where = f"{origin} through proxy {proxy.url}"
        auth = (
            () if proxy.authorization is None else (f"Proxy-Authorization: {proxy.authorization}",)
        )
        if forward:
            self.tunnel = None
            self.prefix = origin
            self.extra = auth
        else:
            name, port = endpoint.address
            host = name.decode("ascii")
            authority = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
            lines = (f"CONNECT {authority} HTTP/1.1", f"Host: {authority}", *auth, "", "")
            self.tunnel = "\r\n".join(lines).encode("latin-1")
            self.prefix = ""
            self.extra = ()

    def check(self, response: HttpResponse) -> HttpResponse:
        """A forwarded request's response, or the error of a proxy that refused to forward it."""
        if response.status == 407:
            raise TransportError(
                f"Proxy {self.proxy.url} refused the request to {self.where.split()[0]}: "
                "HTTP 407 Proxy Authentication Required",
                request_sent=False,
            )
        return response


class ProxyRoutes:
    """A handler's proxies: the proxy (and hop) for each origin, by scheme and ``NO_PROXY``.

    ``no_tls_tunnels`` says why a handler cannot tunnel through an
    ``https://`` proxy (TLS inside TLS), None if it can; one that cannot
    refuses such a setting here, at construction.
    """

    def __init__(
        self,
        proxies: Mapping[str, str],
        no_proxy: str | None = None,
        proxies_config: Mapping[str, Any] | None = None,
        *,
        no_tls_tunnels: str | None = None,
    ) -> None:
        config = dict(proxies_config or {})
        unknown = sorted(set(config) - set(PROXIES_CONFIG_KEYS))
        if unknown:
            raise ValueError(
                f"proxies_config takes {', '.join(PROXIES_CONFIG_KEYS)}; got {', '.join(unknown)}"
            )
        self.ca_bundle: str | None = config.get("proxy_ca_bundle")
        self.client_cert: str | tuple[str, str] | None = config.get("proxy_client_cert")
        self.forward_https = bool(config.get("proxy_use_forwarding_for_https", False))
        self.no_proxy = no_proxy
        self.by_scheme = {
            scheme: Proxy.parse(url)
            for scheme, url in proxies.items()
            if scheme in ("http", "https") and url
        }
        https = self.by_scheme.get("https")
        if https is not None and https.origin.tls and not self.forward_https and no_tls_tunnels:
            raise ValueError(
                f"https endpoints cannot be tunnelled through the https:// proxy {https.url} "
                f"{no_tls_tunnels}: set proxies_config={{'proxy_use_forwarding_for_https': True}} "
                "(the proxy then sees the requests), or use an http:// proxy"
            )

    def __repr__(self) -> str:
        shown = {scheme: proxy.url for scheme, proxy in self.by_scheme.items()}
        return f"ProxyRoutes({shown}, no_proxy={self.no_proxy!r})"

    def proxy_for(self, origin: str) -> Proxy | None:
        """The proxy for ``origin`` (``scheme://host[:port]``), or None to connect directly."""
        scheme, _, authority = origin.partition("://")
        proxy = self.by_scheme.get(scheme.lower())
        if proxy is None or (self.no_proxy and bypass(self.no_proxy, authority)):
            return None
        return proxy

    def hop(self, origin: str, endpoint: Origin) -> Hop | None:
        """How to reach ``origin`` (parsed as ``endpoint``), or None to connect directly."""
        proxy = self.proxy_for(origin)
        if proxy is None:
            return None
        forward = not endpoint.tls or (proxy.origin.tls and self.forward_https)
        return Hop(proxy, origin, endpoint, forward)


def bypass(no_proxy: str, authority: str) -> bool:
    """Whether ``NO_PROXY`` says to connect to ``authority`` (``host[:port]``) directly.

    urllib's rules, which botocore follows: ``*``; an entry equal to the
    host, or to ``host:port``; or a domain the host is in.
    """
    if no_proxy.strip() == "*":
        return True
    authority = authority.lower()
    if authority.startswith("["):
        host = authority[1 : authority.find("]")]
    else:
        host = authority.rsplit(":", 1)[0] if authority.count(":") == 1 else authority
    for entry in no_proxy.split(","):
        name = entry.strip().lstrip(".").lower()
        if not name:
            continue
        if name in (host, authority) or host.endswith("." + name):
            return True
        if authority.endswith("." + name):
            return True
    return False


def tunnel_status(reply: bytes, hop: Hop) -> bool:
    """Whether ``reply`` (the bytes so far) holds the proxy's whole answer to ``CONNECT``.

    True for a 2xx answer; raises :class:`TransportError` for any other,
    naming the proxy (without credentials) and its status.
    """
    end = reply.find(b"\r\n\r\n")
    if end < 0:
        if len(reply) > _MAX_TUNNEL_REPLY:
            raise TransportError(
                f"Could not connect to {hop.where}: the proxy's answer to CONNECT is too long",
                request_sent=False,
            )
        return False
    line = reply[: reply.find(b"\r\n")].decode("latin-1")
    parts = line.split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdigit():
        raise TransportError(
            f"Could not connect to {hop.where}: the proxy answered CONNECT with {line[:80]!r}",
            request_sent=False,
        )
    if not parts[1].startswith("2"):
        raise TransportError(
            f"Proxy {hop.proxy.url} refused the tunnel to {hop.where.split()[0]}: "
            f"HTTP {' '.join(parts[1:])}",
            request_sent=False,
        )
    return True
