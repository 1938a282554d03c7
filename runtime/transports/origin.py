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
  (``False``, with an :class:`InsecureConnectionWarning`).

It imports no ``ssl``: only :func:`tls_context`, on the first ``https``
origin, does.
"""

from __future__ import annotations

import os
import warnings
from typing import TYPE_CHECKING

from .http1 import host_header

if TYPE_CHECKING:
    import ssl

__all__ = ["InsecureConnectionWarning", "Origin", "parse_origin", "tls_context"]

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


def tls_context(verify: bool | str) -> ssl.SSLContext:
    """A client TLS context for a handler's ``verify`` option (made once per handler).

    ``False`` warns (:class:`InsecureConnectionWarning`), pointing at the
    code that called ``send`` (the handlers call this from the method that
    makes a route, which ``send`` calls).
    """
    import ssl

    if verify is False:
        warnings.warn(
            "TLS certificate verification is disabled (verify=False)",
            InsecureConnectionWarning,
            stacklevel=4,
        )
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    if isinstance(verify, str):
        # The given bundle only, not the system's trust store as well.
        if os.path.isdir(verify):
            return ssl.create_default_context(capath=verify)
        return ssl.create_default_context(cafile=verify)
    return ssl.create_default_context()
