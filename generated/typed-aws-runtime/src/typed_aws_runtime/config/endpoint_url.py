"""The check every ``endpoint_url`` passes at construction, whichever source it came from.

The argument, ``AWS_ENDPOINT_URL_<SERVICE>``, ``AWS_ENDPOINT_URL`` and the config file's
``endpoint_url`` (profile or services section) all go through :func:`check_endpoint_url`
(called by :mod:`.client_config`, which names the source in the error), so a bad URL fails when
the client is built, not on its first call.

Accepted: ``http://`` or ``https://``; a host that is a DNS name (labels of letters,
digits and hyphens), an IPv4 address, or an IPv6 address in brackets; an optional port
from 1 to 65535; an optional path. That is what botocore accepts, less a query or a
fragment: the endpoint rules' ``parseURL`` refuses them, and requests go to the URL
itself, so neither has a use.

A user name or password (``https://user:password@host``) is refused, not redacted: a
SigV4 client authenticates by signing each request and sends no user information, so such
a URL is a mistake, and refusing it keeps the secret out of the configuration, its repr,
every log record and every error. Errors quote the URL only as :func:`redacted_url` shows
it: without what may hold a secret (user information, query, fragment), and cut short.
"""

from __future__ import annotations

import re
from typing import Any

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
# RFC 3986: unreserved, reserved and "%"; anything else (spaces, controls, non-ASCII,
# quotes, <>\^`{|}) is not in a URL.
_NOT_URL_CHARACTER = re.compile(r"[^A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]")
_DNS_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")
_ZONE = re.compile(r"[A-Za-z0-9\-._~]+")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_MAX_HOST_NAME = 253
_MAX_SHOWN = 200


def redacted_url(text: str) -> str:
    """``text`` as an error may quote it: user information, query and fragment removed.

    ``https://user:secret@host/p?token=x`` shows as ``'https://***@host/p...'``.
    Everything before the last ``@`` may be a password (which may itself hold ``@``,
    ``/`` or ``?``), so none of it shows but a leading scheme.
    """
    head, at, tail = text.rpartition("@")
    if at:
        scheme = _SCHEME.match(head)
        text = (scheme.group() if scheme else "") + "***@" + tail
    shown = re.split(r"[?#]", text, maxsplit=1)[0]
    if len(shown) < len(text) or len(shown) > _MAX_SHOWN:
        shown = shown[:_MAX_SHOWN] + "..."
    return repr(shown)


def check_endpoint_url(value: Any) -> str:
    """``value`` when it is a usable endpoint URL, else a ValueError saying what is wrong."""
    if not isinstance(value, str):
        raise ValueError(f"expected the URL as a str, got {type(value).__name__}")
    if "@" in value:
        raise ValueError(
            f"{redacted_url(value)} holds a user name or password (or an '@'): this client "
            "signs requests with SigV4 and sends neither, so remove 'user:password@' (write "
            "an '@' in the path as %40)"
        )
    bad = _NOT_URL_CHARACTER.search(value)
    if bad is not None:
        raise ValueError(
            f"{redacted_url(value)} has a character no URL may hold at position {bad.start()} "
            '(a space, control or non-ASCII character, or one of "<>\\^`{|}); '
            "percent-encode it"
        )
    scheme, _, rest = value.partition("://")
    if scheme not in ("http", "https"):
        raise ValueError(f"expected an http:// or https:// URL, got {redacted_url(value)}")
    if "?" in rest or "#" in rest:
        raise ValueError(
            f"{redacted_url(value)} has a query (?...) or fragment (#...); an endpoint URL "
            "is scheme://host[:port][/path]"
        )
    authority, _, path = rest.partition("/")
    problem = _authority_problem(authority) or _path_problem(path)
    if problem:
        raise ValueError(f"{redacted_url(value)}: {problem}")
    return value


def _authority_problem(authority: str) -> str:
    """What is wrong with ``host[:port]``, or "" when nothing is."""
    if authority.startswith("["):
        host, bracket, port_part = authority[1:].partition("]")
        if not bracket:
            return "the IPv6 address has no closing ']'"
        if port_part and not port_part.startswith(":"):
            return f"expected ':port' after the IPv6 address, got {port_part[:20]!r}"
        problem = _ipv6_problem(host)
    elif authority.count(":") > 1:
        return "an IPv6 address must be in brackets, like http://[::1]:8080"
    else:
        host, _, _ = authority.partition(":")
        port_part = authority[len(host) :]
        problem = _host_name_problem(host)
    if problem or not port_part:
        return problem
    return _port_problem(port_part[1:])


def _ipv6_problem(host: str) -> str:
    """What is wrong with the inside of ``[...]``, or "" when nothing is."""
    import ipaddress  # only an IPv6 host needs it

    address, scoped, zone = host.partition("%25")  # RFC 6874: [fe80::1%25eth0]
    try:
        if "%" in address:
            raise ValueError(address)
        ipaddress.IPv6Address(address)
    except ValueError:
        return f"[{host[:60]}] is not an IPv6 address"
    if scoped and not _ZONE.fullmatch(zone):
        return f"the IPv6 zone {zone[:20]!r} is not a name of letters, digits and -._~"
    return ""


def _host_name_problem(host: str) -> str:
    """What is wrong with a DNS name or IPv4 address, or "" when nothing is."""
    if not host:
        return "the URL has no host"
    name = host[:-1] if host.endswith(".") else host  # a fully qualified name's root dot
    labels = name.split(".")
    if labels[-1].isdigit():  # as WHATWG URLs read it: a number last makes an IPv4 address
        if len(labels) == 4 and all(_is_octet(label) for label in labels):
            return ""
        return f"{host[:60]!r} is not an IPv4 address (four numbers 0-255, no leading 0)"
    if len(name) > _MAX_HOST_NAME:
        return (
            f"the host name is {len(name)} characters long; at most {_MAX_HOST_NAME} are allowed"
        )
    if not all(_DNS_LABEL.fullmatch(label) for label in labels):
        return (
            f"{host[:60]!r} is not a host name: dot-separated labels of 1 to 63 letters, "
            "digits and hyphens, not starting or ending with a hyphen"
        )
    return ""


def _is_octet(label: str) -> bool:
    """A number 0-255 in ASCII digits without a leading 0, as ``ipaddress`` reads one.

    Checked here rather than by ``ipaddress``, whose import would cost a client
    with a local ``endpoint_url`` a millisecond at construction.
    """
    return (
        label.isascii()
        and label.isdigit()
        and len(label) <= 3
        and (label == "0" or label[0] != "0")
        and int(label) <= 255
    )


def _port_problem(port: str) -> str:
    if len(port) <= 5 and port.isdigit() and 1 <= int(port) <= 65535:
        return ""
    return f"the port {port[:20]!r} is not a number from 1 to 65535"


def _path_problem(path: str) -> str:
    if _BAD_ESCAPE.search(path):
        return "the path has a '%' not followed by two hexadecimal digits; write '%' as %25"
    return ""
