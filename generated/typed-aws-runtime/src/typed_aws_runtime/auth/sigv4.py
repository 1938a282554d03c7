"""AWS Signature Version 4 (header-based, ``AWS4-HMAC-SHA256``) request signing.

Every call the client makes goes through :meth:`SigV4Signer.sign`, so the hot
path is kept short: plain string splits instead of URL parsing, one-shot
``hmac.digest`` calls, and a cached signing key (the HMAC chain over date,
region, service and ``aws4_request`` changes once a day, not per request).

The module-level functions are the steps of the specification, one function
each, so that a test can compare every intermediate string (canonical request,
string to sign, ``Authorization`` value) with the AWS SigV4 test suite:

1. :func:`canonical_request` (built from :func:`canonical_uri`,
   :func:`canonical_query_string` and :func:`canonical_headers`);
2. :func:`string_to_sign` over a :func:`credential_scope`;
3. :func:`derive_signing_key` and :func:`signature`;
4. :func:`authorization_header`.

Paths are normalized (``.``/``..`` segments and empty segments removed) and
URI-encoded once more on top of the encoding they already have in the URL, as
AWS expects for every service except S3 (which this runtime does not target).
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from hashlib import sha256
from operator import itemgetter
from typing import TypeAlias

from ..transports.http import HttpRequest
from .credentials import Credentials

__all__ = [
    "ALGORITHM",
    "EMPTY_PAYLOAD_SHA256",
    "UNSIGNED_HEADERS",
    "Headers",
    "SigV4Signer",
    "authorization_header",
    "canonical_headers",
    "canonical_query_string",
    "canonical_request",
    "canonical_uri",
    "credential_scope",
    "derive_signing_key",
    "headers_to_sign",
    "normalize_path",
    "signature",
    "string_to_sign",
]

ALGORITHM = "AWS4-HMAC-SHA256"
"""The signing algorithm named in the string to sign and the ``Authorization`` header."""

EMPTY_PAYLOAD_SHA256 = sha256(b"").hexdigest()
"""Hex SHA-256 of an empty body (most GET requests)."""

UNSIGNED_HEADERS = frozenset(
    {
        # The signature itself.
        "authorization",
        # Headers that proxies, load balancers, tracing agents or the HTTP
        # library may add, drop or rewrite in flight; signing them would make
        # a valid request fail verification. The list follows botocore's.
        "baggage",
        "connection",
        "expect",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "traceparent",
        "tracestate",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "user-agent",
        "x-amzn-trace-id",
    }
)
"""Lower-case names of request headers that are sent but never signed."""

Headers: TypeAlias = Mapping[str, str] | Iterable[tuple[str, str]]
"""Headers as a mapping, or as ``(name, value)`` pairs where a name may repeat."""

_AMZ_DATE_FORMAT = "%Y%m%dT%H%M%SZ"
_SCOPE_TERMINATOR = "aws4_request"
# Headers the signer writes itself; stale copies (any case) are removed first.
_SIGNER_HEADERS = frozenset({"authorization", "x-amz-date", "x-amz-security-token"})
_DEFAULT_PORT_SUFFIX = {"https": ":443", "http": ":80"}
_KEY_CACHE_SIZE = 16
_by_name = itemgetter(0)


# --- Step 1: the canonical request -------------------------------------------


def normalize_path(path: str) -> str:
    """Remove ``.`` and ``..`` segments and empty segments (``//``) from a path.

    RFC 3986 section 5.2.4, plus the collapsing of repeated slashes that AWS
    services expect. A trailing slash is kept when segments remain; an empty
    result is ``/``. The rules are botocore's, so both sign the same path.
    """
    segments: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if segments:
                segments.pop()
        elif segment and segment != ".":
            segments.append(segment)
    if not segments:
        return "/"
    trailing = "/" if path.endswith("/") else ""
    return "/" + "/".join(segments) + trailing


def canonical_uri(path: str) -> str:
    """Return the CanonicalURI: the normalized path, URI-encoded.

    Everything except unreserved characters (``A-Za-z0-9-._~``) and ``/`` is
    percent-encoded. The path taken from a URL is already percent-encoded, so
    a ``%`` in it becomes ``%25``: that is the double encoding the SigV4
    specification asks for (all services but S3) and what AWS verifies.
    """
    if path == "/" or not path:
        return "/"
    from urllib.parse import quote  # off the import path: AWS JSON calls POST to "/"

    return quote(normalize_path(path), safe="/")


def _uri_encode(text: str) -> str:
    """Percent-encode all but the unreserved characters, as UTF-8."""
    from urllib.parse import quote

    return quote(text, safe="")


def canonical_query_string(query: str) -> str:
    """Return the CanonicalQueryString of a raw (encoded) query string.

    Each name and value is decoded, then re-encoded strictly (only unreserved
    characters stay literal; ``+`` is a literal plus, as in RFC 3986), and
    the pairs are sorted by name, then by value. A parameter without a value
    gives ``name=``.
    """
    if not query:
        return ""
    from urllib.parse import unquote

    pairs: list[tuple[str, str]] = []
    for part in query.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        pairs.append((_uri_encode(unquote(name)), _uri_encode(unquote(value))))
    pairs.sort()
    return "&".join([f"{name}={value}" for name, value in pairs])


def _trimall(value: str) -> str:
    """Strip a header value and collapse every inner whitespace run to one space.

    Line breaks count as whitespace, so an obsolete folded (multi-line) value
    becomes one line with single spaces, as RFC 7230 section 3.2.4 says a
    recipient must treat it.
    """
    return " ".join(value.split())


def _canonical_headers(entries: list[tuple[str, str]]) -> tuple[str, str]:
    """Build the canonical header block and the signed-header list.

    ``entries`` are ``(lower-case name, trimmed value)`` pairs; they are
    sorted in place by name only, a stable sort, so the values of a repeated
    name stay in the order given and are joined with ``,``. Returns
    ``(block, signed_headers)``; every line of the block ends with a newline.
    """
    entries.sort(key=_by_name)
    lines: list[str] = []
    names: list[str] = []
    for name, value in entries:
        if names and names[-1] == name:
            lines[-1] = f"{lines[-1]},{value}"
        else:
            names.append(name)
            lines.append(f"{name}:{value}")
    lines.append("")
    return "\n".join(lines), ";".join(names)


def canonical_headers(headers: Headers) -> tuple[str, str]:
    """Return ``(CanonicalHeaders, SignedHeaders)`` for the headers to sign.

    ``headers`` is a mapping or ``(name, value)`` pairs (a name may repeat, as
    on the wire). Every header given is signed; choosing which ones to sign is
    :func:`headers_to_sign`'s job. Names are lower-cased, values trimmed.
    """
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    return _canonical_headers([(name.lower(), _trimall(value)) for name, value in pairs])


def canonical_request(
    method: str,
    path: str,
    query: str,
    headers: Headers,
    payload_hash: str,
) -> str:
    """Return the canonical request (step 1 of the specification).

    ``path`` and ``query`` are as they appear in the URL (without ``?``),
    ``headers`` are the headers to sign, ``payload_hash`` is the hex SHA-256
    of the body.
    """
    block, signed = canonical_headers(headers)
    return _join_canonical_request(method, path, query, block, signed, payload_hash)


def _join_canonical_request(
    method: str, path: str, query: str, block: str, signed: str, payload_hash: str
) -> str:
    """Assemble the six lines of the canonical request."""
    return "\n".join(
        (
            method.upper(),
            canonical_uri(path),
            canonical_query_string(query),
            block,
            signed,
            payload_hash,
        )
    )


# --- Step 2: the string to sign ------------------------------------------------


def credential_scope(date_stamp: str, region: str, service: str) -> str:
    """Return ``YYYYMMDD/region/service/aws4_request``."""
    return f"{date_stamp}/{region}/{service}/{_SCOPE_TERMINATOR}"


def string_to_sign(amz_date: str, scope: str, canonical_request: str) -> str:
    """Return the string to sign: algorithm, time, scope, hash of the canonical request.

    ``amz_date`` is the request time as ``YYYYMMDDTHHMMSSZ`` (the
    ``X-Amz-Date`` value).
    """
    digest = sha256(canonical_request.encode("utf-8")).hexdigest()
    return f"{ALGORITHM}\n{amz_date}\n{scope}\n{digest}"


# --- Step 3: the signature -----------------------------------------------------


def derive_signing_key(
    secret_access_key: str, date_stamp: str, region: str, service: str
) -> bytes:
    """Return the signing key: the HMAC-SHA256 chain over date, region, service, terminator.

    Not cached here; :class:`SigV4Signer` caches it.
    """
    key = hmac.digest(
        f"AWS4{secret_access_key}".encode("utf-8"), date_stamp.encode("utf-8"), "sha256"
    )
    for part in (region, service, _SCOPE_TERMINATOR):
        key = hmac.digest(key, part.encode("utf-8"), "sha256")
    return key


def signature(signing_key: bytes, string_to_sign: str) -> str:
    """Return the hex HMAC-SHA256 of the string to sign under the signing key."""
    return hmac.digest(signing_key, string_to_sign.encode("utf-8"), "sha256").hex()


# --- Step 4: the Authorization header -----------------------------------------


def authorization_header(
    access_key_id: str, scope: str, signed_headers: str, signature: str
) -> str:
    """Return the ``Authorization`` header value."""
    return (
        f"{ALGORITHM} Credential={access_key_id}/{scope}, "
        f"SignedHeaders={signed_headers}, Signature={signature}"
    )


# --- The request side: URL pieces and header selection -------------------------


def _split_url(url: str) -> tuple[str, str, str, str]:
    """Split an absolute URL into ``(scheme, netloc, path, query)``.

    The fragment is dropped; a missing path is ``/``. Nothing is decoded.
    """
    scheme, separator, rest = url.partition("://")
    if not separator:
        raise ValueError(f"cannot sign a request without an absolute URL: {url!r}")
    rest = rest.partition("#")[0]
    rest, _, query = rest.partition("?")
    netloc, slash, path = rest.partition("/")
    return scheme.lower(), netloc, (slash + path) if slash else "/", query


def _host_from_netloc(scheme: str, netloc: str) -> str:
    """Return the Host header value an HTTP client sends for this URL authority.

    User info is dropped, the name is lower-cased, and the port is omitted
    when it is the scheme's default (443 for https, 80 for http).
    """
    host = netloc.rpartition("@")[2].lower()
    default = _DEFAULT_PORT_SUFFIX.get(scheme)
    if default is not None and host.endswith(default):
        return host[: -len(default)]
    if host.endswith(":"):
        return host[:-1]
    return host


def _is_signed(lower_name: str) -> bool:
    """Whether a header (lower-case name) goes into the signature."""
    return lower_name not in UNSIGNED_HEADERS


def headers_to_sign(request: HttpRequest) -> list[tuple[str, str]]:
    """Return the ``(lower-case name, value)`` headers a signed request was signed with.

    All of the request's headers except :data:`UNSIGNED_HEADERS`, plus
    ``host`` derived from the URL when the request has no Host header. This
    is the selection :meth:`SigV4Signer.sign` makes (after it has set
    ``X-Amz-Date`` and ``X-Amz-Security-Token``); tests and debugging use it.
    """
    scheme, netloc, _, _ = _split_url(request.url)
    lowered = [(name.lower(), value) for name, value in request.headers.items()]
    selected = [(name, value) for name, value in lowered if _is_signed(name)]
    if not any(name == "host" for name, _ in selected):
        selected.append(("host", _host_from_netloc(scheme, netloc)))
    return selected


def _stamp_and_select(
    headers: dict[str, str], amz_date: str, token: str | None, scheme: str, netloc: str
) -> list[tuple[str, str]]:
    """Set the signer's own headers and return the entries to sign, in one pass.

    Earlier copies (any case) of ``Authorization``, ``X-Amz-Date`` and
    ``X-Amz-Security-Token`` are removed, the new date and token are set, and
    the result lists ``(lower-case name, trimmed value)`` for every header to
    sign, ``host`` included: the same selection as :func:`headers_to_sign`.
    """
    entries: list[tuple[str, str]] = []
    stale: list[str] = []
    has_host = False
    for name, value in headers.items():
        lower = name.lower()
        if lower in _SIGNER_HEADERS:
            stale.append(name)
        elif _is_signed(lower):
            has_host = has_host or lower == "host"
            entries.append((lower, _trimall(value)))
    for name in stale:
        del headers[name]
    headers["X-Amz-Date"] = amz_date
    entries.append(("x-amz-date", amz_date))
    if token:
        headers["X-Amz-Security-Token"] = token
        entries.append(("x-amz-security-token", _trimall(token)))
    if not has_host:
        entries.append(("host", _host_from_netloc(scheme, netloc)))
    return entries


def _amz_date(now: datetime) -> str:
    """Format a time as ``YYYYMMDDTHHMMSSZ`` in UTC; a naive time is taken as UTC."""
    if now.tzinfo is not None:
        now = now.astimezone(timezone.utc)
    return now.strftime(_AMZ_DATE_FORMAT)


class SigV4Signer:
    """Signs requests for one service in one region with SigV4 headers.

    One signer is shared by every call of a client and is safe to use from
    several threads: its only state is two small caches (signing keys, and
    the formatted current second), and a lost race merely computes an entry
    twice.
    """

    __slots__ = ("service", "region", "clock_offset", "_scope_tail", "_keys", "_clock")

    def __init__(self, service: str, region: str) -> None:
        if not service or not region:
            raise ValueError("SigV4 signing needs a service name and a region")
        self.service = service
        self.region = region
        self._scope_tail = f"{region}/{service}/{_SCOPE_TERMINATOR}"
        # (secret access key, date stamp) -> signing key. Region and service
        # are fixed per signer, so they complete the cache key.
        self._keys: dict[tuple[str, str], bytes] = {}
        # (whole second since the epoch, its X-Amz-Date): formatting a time
        # costs more than the rest of the header work, and calls cluster.
        self._clock: tuple[int, str] = (-1, "")
        # Seconds added to the local clock: set when the service reports a
        # skew (see retries.corrected_clock_offset), so later requests are
        # signed with the service's time.
        self.clock_offset = 0.0

    def __repr__(self) -> str:
        return f"SigV4Signer(service={self.service!r}, region={self.region!r})"

    def sign(
        self,
        request: HttpRequest,
        credentials: Credentials,
        *,
        now: datetime | None = None,
        payload_hash: str | None = None,
    ) -> None:
        """Sign ``request`` in place.

        Sets ``X-Amz-Date``, ``X-Amz-Security-Token`` (when the credentials
        carry a session token) and ``Authorization``, replacing any earlier
        copies of those three headers, so signing a retried request again is
        safe. ``now`` overrides the current time (a naive datetime is UTC);
        ``payload_hash`` is the hex SHA-256 of the body when the caller
        already has it (or a literal such as ``UNSIGNED-PAYLOAD``).
        """
        amz_date = self._current_amz_date() if now is None else _amz_date(now)
        date_stamp = amz_date[:8]
        if payload_hash is None:
            body = request.body
            payload_hash = sha256(body).hexdigest() if body else EMPTY_PAYLOAD_SHA256
        scheme, netloc, path, query = _split_url(request.url)
        headers = request.headers
        entries = _stamp_and_select(headers, amz_date, credentials.session_token, scheme, netloc)
        block, signed = _canonical_headers(entries)
        creq = _join_canonical_request(request.method, path, query, block, signed, payload_hash)
        scope = f"{date_stamp}/{self._scope_tail}"
        key = self._signing_key(credentials.secret_access_key, date_stamp)
        proof = signature(key, string_to_sign(amz_date, scope, creq))
        headers["Authorization"] = authorization_header(
            credentials.access_key_id, scope, signed, proof
        )

    def _signing_key(self, secret_access_key: str, date_stamp: str) -> bytes:
        """Return the signing key for this secret and day, derived at most once."""
        cache_key = (secret_access_key, date_stamp)
        key = self._keys.get(cache_key)
        if key is None:
            key = derive_signing_key(secret_access_key, date_stamp, self.region, self.service)
            if len(self._keys) >= _KEY_CACHE_SIZE:
                self._keys.clear()
            self._keys[cache_key] = key
        return key

    def _current_amz_date(self) -> str:
        """Return the current UTC time as ``YYYYMMDDTHHMMSSZ``, formatted once per second."""
        second = int(time.time() + self.clock_offset)
        cached_second, cached_value = self._clock
        if second == cached_second:
            return cached_value
        value = time.strftime(_AMZ_DATE_FORMAT, time.gmtime(second))
        self._clock = (second, value)
        return value
