"""HTTP/1.1 message framing, as a client needs it (RFC 9112), for a blocking socket and for asyncio.

One write per request: :func:`encode_head` turns an :class:`HttpRequest` into
the request line and headers as one ``bytes``, which the caller sends in a
single write with the body behind it (a large body in a second one).
One parser per response: :class:`ResponseParser` is the framing without
I/O: it is fed the bytes received, split anywhere, and returns the response
and whether the connection may be reused once it is complete. A response
usually arrives whole in one piece, which it splits into a head (a few
string operations) and the body (one slice). Two thin drivers feed it:
:func:`read_response` from a blocking socket (through a :class:`Reader`),
and :mod:`.asyncio_handler`'s protocol from an event loop. No pooling, no
TLS, no timeouts here: the caller owns the connection, connects it, bounds
the waits and decides whether to reuse it (this module says only whether
it may be reused).

* Request: the request line, ``Host`` (from the URL, without a default port),
  ``Accept-Encoding: identity`` (the client never asks for compression, and
  the body is returned as received), ``Content-Length`` (for any body, and
  ``0`` for a POST, PUT or PATCH without one), then the request's headers
  in order. A header of the request with the same name as one of the first
  three wins over it. Names must be RFC 9110 tokens and values must not hold
  CR, LF or NUL (header injection); the method and target are checked too.
  A request that fails these checks raises :class:`ValueError`, before
  anything is sent; the message names the header, never its value.
* Response: ``HTTP/1.0`` or ``HTTP/1.1``; interim ``1xx`` responses
  (``100 Continue`` and the like) are skipped; header names are
  lower-cased, repeated headers are joined with ``", "``, obsolete folded
  lines are unfolded; lines may end with CRLF or a bare LF. The body is
  framed by ``Transfer-Encoding: chunked`` (the one transfer coding
  accepted, as no ``TE`` header is sent; trailers are read and dropped),
  else by ``Content-Length``, else it runs until the server closes. HEAD
  answers and ``1xx``/``204``/``304`` have no body. At most 100 header lines
  (per head, and trailer lines) of at most 64 KiB each, as ``http.client``
  allows; garbage fails cleanly with :class:`ResponseError`. A body over
  256 MiB (:data:`MAX_BODY`; AWS API responses are a few MB at most) fails
  with :class:`BodyTooLarge` as soon as its framing says so, before it is
  read: a Content-Length or a chunk size over the limit, or a body read to
  the close that grows past it.
* Keep-alive: the connection may be reused only after a complete,
  length-delimited response with nothing after it (and not framed by both
  headers at once), unless the server said ``Connection: close`` (or
  answered HTTP/1.0 without ``keep-alive``).

Errors: :class:`ResponseError` for what is not a valid HTTP/1.x response,
its subclass :class:`ConnectionClosed` for a response cut short by the
server closing the connection, and :class:`BodyTooLarge`. One raised while
reading the body carries the head already read (status and headers) in its
``response``. Socket errors (``OSError``, timeouts) propagate unchanged;
mapping them is the caller's job.
"""

from __future__ import annotations

import re
import socket
import time
from typing import Generator, TypeVar, overload

from .http import HttpRequest, HttpResponse

__all__ = [
    "MAX_BODY",
    "BodyTooLarge",
    "ConnectionClosed",
    "Reader",
    "ResponseError",
    "ResponseParser",
    "encode_head",
    "host_header",
    "read_response",
    "split_url",
]

# -- limits and constants -----------------------------------------------------------

_MAX_LINE = 65536  # longest response head, chunk-size or trailer line (as http.client)
_MAX_HEADERS = 100  # most header lines in one response head, or trailer lines (as http.client)
_MAX_INTERIM = 20  # most 1xx responses before the final one
_RECV_SIZE = 65536  # bytes asked of each recv() for a head or a body read to the end
_MAX_BODY_RECV = 1 << 20  # largest recv() for the rest of a body of known length
MAX_BODY = 256 << 20  # largest response body accepted, in bytes
_MAX_BODY_TEXT = f"the {MAX_BODY >> 20} MiB limit"
_METHODS_WITH_BODY = frozenset(("POST", "PUT", "PATCH"))
_NO_BODY_STATUSES = frozenset((204, 304))

# "METHOD target": the method an RFC 9110 token, the target visible ASCII.
_is_request_line = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+ [!-~]+").fullmatch
_is_token = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+").fullmatch
_is_hex = re.compile(rb"[0-9A-Fa-f]{1,16}").fullmatch

# Header name (checked to be a token) -> its lower-case form. Requests reuse a
# handful of names, so each is checked once; bounded against callers that
# invent names. Plain dict reads and writes are atomic: no lock needed.
_checked_names: dict[str, str] = {}
_CHECKED_NAMES_MAX = 512

_T = TypeVar("_T")


# -- errors ------------------------------------------------------------------------------


class ResponseError(Exception):
    """What the server sent is not a valid HTTP/1.x response.

    ``response`` is the head already read (status and headers, an empty
    body) when the failure came while reading the body, else None.
    """

    response: HttpResponse | None = None


class ConnectionClosed(ResponseError):
    """The server closed the connection before the response was complete."""


class BodyTooLarge(ResponseError):
    """The response body is larger than :data:`MAX_BODY`; reading it stopped there."""


# -- response headers -------------------------------------------------------------------


class _Headers(dict[str, str]):
    """Response headers under lower-case names, looked up by a name in any case.

    A plain dict with lower-case keys would do for
    :meth:`HttpResponse.header`; the protocol asks that ``headers`` itself
    look up names case-insensitively (``headers["Content-Type"]``), as
    urllib3's ``HTTPHeaderDict`` did, which costs more to build.
    """

    __slots__ = ()

    def __missing__(self, name: str) -> str:
        value = dict.get(self, name.lower()) if isinstance(name, str) else None
        if value is None:
            raise KeyError(name)
        return value

    def __contains__(self, name: object) -> bool:
        return dict.__contains__(self, name) or (
            isinstance(name, str) and dict.__contains__(self, name.lower())
        )

    @overload
    def get(self, name: str, default: None = None, /) -> str | None: ...

    @overload
    def get(self, name: str, default: str, /) -> str: ...

    @overload
    def get(self, name: str, default: _T, /) -> str | _T: ...

    def get(self, name: str, default: object = None, /) -> object:
        value = dict.get(self, name)
        if value is None and isinstance(name, str):
            value = dict.get(self, name.lower())
        return default if value is None else value


# -- the request -------------------------------------------------------------------------


def split_url(url: str) -> tuple[str, str]:
    """Split ``scheme://authority/path?query`` into origin and request target, without a URL parser.

    The origin ends at the first "/" or "?" after the "//".
    """
    start = url.find("//") + 2
    end = url.find("/", start)
    query = url.find("?", start, None if end < 0 else end)
    if query >= 0:
        return url[:query], "/" + url[query:]
    if end < 0:
        return url, "/"
    return url[:end], url[end:]


def host_header(scheme: str, host: str | None, port: int | None) -> str:
    """The ``Host`` value ``http.client`` sends for a pool's host and port.

    The handlers give the host lower-cased, IDNA-encoded and without IPv6
    brackets (as urllib3 does); a trailing dot is dropped, as urllib3's
    connections drop it (certificates and many servers do not expect it). The
    port is left out when it is the scheme's default.
    """
    name = (host or "").rstrip(".")
    if ":" in name:
        name = f"[{name}]"
    if port is None or port == (443 if scheme == "https" else 80):
        return name
    return f"{name}:{port}"


def encode_head(
    request: HttpRequest, target: str, host: str, extra: tuple[str, ...] = ()
) -> bytes:
    """The request line and headers, as sent: CRLF line ends, Latin-1 (as ``http.client``).

    ``extra`` holds header lines of the handler's own (a proxy's ``Proxy-Authorization``).

    Raises :class:`ValueError` for a request that cannot be framed safely.
    """
    method = request.method
    headers = request.headers
    checked = _checked_names
    names = {checked.get(name) or _check_name(name) for name in headers}
    line = f"{method} {target}"
    lines = [line + " HTTP/1.1"]
    if "host" not in names:
        lines.append("Host: " + host)
    if "accept-encoding" not in names:
        lines.append("Accept-Encoding: identity")
    body = request.body
    if (
        (body or method in _METHODS_WITH_BODY)
        and "content-length" not in names
        and "transfer-encoding" not in names
    ):
        lines.append(f"Content-Length: {len(body)}")
    lines += [f"{name}: {value}" for name, value in headers.items()]
    lines += extra
    lines += ("", "")
    text = "\r\n".join(lines)
    # Every CR and LF must be a line end we put there (two per line but the
    # last two): any other came from a value (or the host) and would inject.
    breaks = len(lines) - 1
    if (
        text.count("\n") != breaks
        or text.count("\r") != breaks
        or "\0" in text
        or not _is_request_line(line)
    ):
        _refuse(request, target, host)
    # Outside Latin-1: UnicodeEncodeError, a ValueError, as from http.client.
    return text.encode("latin-1")


def _check_name(name: str) -> str:
    """Check a request header name is a token; return it lower-cased (and remember it)."""
    if not isinstance(name, str) or not _is_token(name):
        raise ValueError(f"Invalid header name {name!r}: must be an HTTP token")
    lowered = name.lower()
    if len(_checked_names) < _CHECKED_NAMES_MAX:
        _checked_names[name] = lowered
    return lowered


def _refuse(request: HttpRequest, target: str, host: str) -> None:
    """Raise the ValueError that says what in ``request`` cannot be sent (never a value)."""
    if not _is_token(request.method):
        raise ValueError(f"Invalid HTTP method {request.method!r}: must be an HTTP token")
    if not re.fullmatch(r"[!-~]+", target):
        raise ValueError(
            f"Invalid request target {target!r}: "
            "spaces and control or non-ASCII characters must be percent-encoded"
        )
    for name, value in request.headers.items():
        if any(c in str(value) for c in "\r\n\0"):
            raise ValueError(
                f"Invalid value for header {name!r}: it contains CR, LF or NUL "
                "(which could inject headers), refused before sending"
            )
    raise ValueError(f"Invalid host {host!r} in {request.url!r}")


# -- the response ------------------------------------------------------------------------

# What the parser's steps are: generators that yield how many bytes they could
# use next and are sent what was received (b"" once the server closed).
_Steps = Generator[int, bytes, _T]


class ResponseParser:
    """Parses one response from the bytes fed to it: the framing, without I/O.

    A driver (:func:`read_response` for a blocking socket, the asyncio
    handler's protocol for an event loop) feeds it every byte the connection
    receives, in pieces split anywhere, with :meth:`feed`, and ``b""`` once
    the server closed the connection, until :meth:`feed` returns the final
    response and whether the connection may be reused. ``wanted`` is how many
    bytes are worth asking for next (a ``recv`` size); a driver may feed more
    or fewer. ``received`` counts the bytes fed, so a failure can tell
    whether any of the response arrived. :meth:`feed` raises the
    :class:`ResponseError` that ends the response; after it returned a
    response or raised, the parser is spent.

    A response usually arrives whole in one piece; the head is then split off
    and the body sliced out. Bytes fed beyond the response (there should be
    none: requests are not pipelined) make the connection unfit for reuse.
    The steps are generators (:data:`_Steps`), so the framing reads as a
    blocking reader would, in one place for both drivers.
    """

    __slots__ = ("buf", "pos", "received", "wanted", "_steps")

    def __init__(self, method: str) -> None:
        self.buf = b""
        self.pos = 0  # the buffer's first unread byte
        self.received = 0
        self._steps = self._response(method)
        self.wanted = next(self._steps)  # runs to the first need of bytes

    def feed(self, data: bytes) -> tuple[HttpResponse, bool] | None:
        """Take received bytes (``b""``: closed); return the response once it is complete."""
        self.received += len(data)
        try:
            self.wanted = self._steps.send(data)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        return None

    def _add(self, data: bytes) -> None:
        """Add received bytes to the buffer (the unread ones move to its start); b"" ends."""
        if not data:
            raise ConnectionClosed(self._closed_message())
        pos = self.pos
        self.buf = self.buf[pos:] + data if pos < len(self.buf) else data
        self.pos = 0

    def _closed_message(self) -> str:
        if self.received:
            return f"the server closed the connection after {self.received} bytes of the response"
        return "the server closed the connection without sending a response"

    def _response(self, method: str) -> _Steps[tuple[HttpResponse, bool]]:
        """The final response (1xx ones skipped) and whether the connection is reusable."""
        for _ in range(_MAX_INTERIM + 1):
            lines = yield from self._head()
            status, http11 = _parse_status_line(lines[0])
            headers = _parse_headers(lines)
            if status >= 200:
                break
            if status == 101:
                raise ResponseError(
                    "unexpected 101 Switching Protocols (no upgrade was asked for)"
                )
        else:
            raise ResponseError(f"more than {_MAX_INTERIM} interim (1xx) responses")
        try:
            body, keep = yield from self._body(method, status, headers, http11)
        except ResponseError as exc:
            exc.response = HttpResponse(status, headers, b"")
            raise
        return HttpResponse(status, headers, body), keep and self.pos == len(self.buf)

    def _head(self) -> _Steps[list[str]]:
        """The next response head: its lines, status line first, line ends removed."""
        scanned = self.pos  # where the search for the blank line resumes
        while True:
            buf, pos = self.buf, self.pos
            # The blank line ending the head: after CRLF or LF line ends.
            end = buf.find(b"\n\r\n", scanned)
            bare = buf.find(b"\n\n", scanned, len(buf) if end < 0 else end + 1)
            skip = 3
            if bare >= 0:
                end, skip = bare, 2
            if end >= 0:
                self.pos = end + skip
                return _split_head(buf[pos : end + 1])
            _check_partial_head(buf, pos)
            unread = len(buf) - pos
            self._add((yield _RECV_SIZE))
            scanned = max(0, unread - 2)

    def _body(
        self, method: str, status: int, headers: _Headers, http11: bool
    ) -> _Steps[tuple[bytes, bool]]:
        """The body as the response frames it, and whether the connection may be reused."""
        keep = _keeps_alive(headers, http11)
        if method == "HEAD" or status in _NO_BODY_STATUSES:
            return b"", keep
        coding = dict.get(headers, "transfer-encoding")
        if coding is not None:
            # No TE header was sent, so "chunked" is the only coding allowed.
            if coding.strip(" \t").lower() != "chunked":
                raise ResponseError(f"unsupported Transfer-Encoding {coding[:100]!r}")
            body = yield from self._chunked()
            # Both framings at once is a smuggling pattern: use this answer,
            # then drop the connection (RFC 9112, section 6.3).
            return body, keep and not dict.__contains__(headers, "content-length")
        length = dict.get(headers, "content-length")
        if length is None:
            return (yield from self._to_close()), False
        size = _content_length(length)
        if size > MAX_BODY:
            raise BodyTooLarge(f"a body of {size} bytes (Content-Length), over {_MAX_BODY_TEXT}")
        return (yield from self._exactly(size)), keep

    def _line(self) -> _Steps[bytes]:
        """One line (of a chunked body), without its CRLF or LF."""
        while True:
            buf, pos = self.buf, self.pos
            end = buf.find(b"\n", pos)
            if end >= 0:
                if end - pos > _MAX_LINE:
                    raise ResponseError(f"a line longer than {_MAX_LINE} bytes in a chunked body")
                self.pos = end + 1
                return buf[pos : end - 1] if end > pos and buf[end - 1] == 13 else buf[pos:end]
            if len(buf) - pos > _MAX_LINE:
                raise ResponseError(f"a line longer than {_MAX_LINE} bytes in a chunked body")
            self._add((yield _RECV_SIZE))

    def _exactly(self, size: int) -> _Steps[bytes]:
        """Exactly ``size`` bytes; what is fed beyond them stays buffered."""
        buf, pos = self.buf, self.pos
        end = pos + size
        if end <= len(buf):
            self.pos = end
            return buf[pos:end]
        parts = [buf[pos:]]
        remaining = end - len(buf)
        self.buf, self.pos = b"", 0
        while remaining:
            data = yield min(remaining, _MAX_BODY_RECV)
            if not data:
                raise ConnectionClosed(self._closed_message())
            if len(data) > remaining:
                self.buf, self.pos = data, remaining
                data = data[:remaining]
            parts.append(data)
            remaining -= len(data)
        return b"".join(parts)

    def _to_close(self) -> _Steps[bytes]:
        """Everything until the server closes the connection (at most :data:`MAX_BODY`)."""
        parts = [self.buf[self.pos :]]
        size = len(parts[0])
        self.buf, self.pos = b"", 0
        while True:
            data = yield _RECV_SIZE
            if not data:
                return b"".join(parts)
            size += len(data)
            if size > MAX_BODY:
                raise BodyTooLarge(f"a body read to the close grew past {_MAX_BODY_TEXT}")
            parts.append(data)

    def _chunked(self) -> _Steps[bytes]:
        """A chunked body (at most :data:`MAX_BODY`) and its trailer section (dropped)."""
        parts = []
        total = 0
        while True:
            size_field = (yield from self._line()).partition(b";")[0].strip(b" \t")
            if not _is_hex(size_field):
                raise ResponseError(f"invalid chunk size {size_field[:40]!r}")
            size = int(size_field, 16)
            if size == 0:
                break
            total += size
            if total > MAX_BODY:
                raise BodyTooLarge(f"a chunked body of more than {_MAX_BODY_TEXT}")
            parts.append((yield from self._exactly(size)))
            if (yield from self._line()):
                raise ResponseError("chunk data not followed by a line end")
        for _ in range(_MAX_HEADERS + 1):
            if not (yield from self._line()):
                return b"".join(parts)
        raise ResponseError(f"more than {_MAX_HEADERS} trailer lines")


class Reader:
    """The blocking driver's state: a socket, the response deadline, the parser in use.

    ``deadline`` (a ``time.monotonic()`` value, or None) bounds the whole
    response: no ``recv`` starts after it, so a server that trickles bytes
    just fast enough to beat the socket's per-read timeout still cannot hold
    the caller longer than the deadline plus one read timeout.
    """

    __slots__ = ("sock", "deadline", "parser")

    def __init__(self, sock: socket.socket, deadline: float | None = None) -> None:
        self.sock = sock
        self.deadline = deadline
        self.parser: ResponseParser | None = None

    @property
    def received(self) -> int:
        """The bytes of the response received so far."""
        parser = self.parser
        return 0 if parser is None else parser.received


def read_response(reader: Reader, method: str) -> tuple[HttpResponse, bool]:
    """Read the final response (skipping 1xx ones); return it and whether the connection is reusable.

    Each ``recv`` asks for what the parser wants and feeds it what came.
    """
    parser = reader.parser = ResponseParser(method)
    recv, deadline = reader.sock.recv, reader.deadline
    while True:
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError(f"the response was not complete after {parser.received} bytes")
        result = parser.feed(recv(parser.wanted))
        if result is not None:
            return result


def _check_partial_head(buf: bytes, pos: int) -> None:
    """Fail on a head still unfinished that already breaks the limits."""
    line_start = buf.rfind(b"\n", pos) + 1
    if len(buf) - max(pos, line_start) > _MAX_LINE:
        raise ResponseError(f"a header line longer than {_MAX_LINE} bytes")
    if buf.count(b"\n", pos) > _MAX_HEADERS + 1:
        raise ResponseError(f"more than {_MAX_HEADERS} header lines")


def _split_head(raw: bytes) -> list[str]:
    """Split a head (ending with its last line end) into lines, checking the limits."""
    text = raw.decode("latin-1")
    lines = text.split("\r\n")
    if text.count("\n") != len(lines) - 1 or text.count("\r") != len(lines) - 1:
        # Some lines end with a bare LF (tolerated, as by http.client) or
        # hold a bare CR (refused: it can split headers differently).
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            raise ResponseError("a bare CR in the response head")
        lines = text.split("\n")
    lines.pop()  # the empty string after the last line end
    if len(lines) > _MAX_HEADERS + 1:
        raise ResponseError(f"more than {_MAX_HEADERS} header lines")
    if len(raw) > _MAX_LINE and max(map(len, lines)) > _MAX_LINE:
        raise ResponseError(f"a header line longer than {_MAX_LINE} bytes")
    return lines


def _parse_status_line(line: str) -> tuple[int, bool]:
    """Return the status code and whether the response is HTTP/1.1 (else 1.0)."""
    parts = line.split(None, 2)
    if (
        len(parts) >= 2
        and parts[0].startswith("HTTP/1.")
        and len(parts[1]) == 3
        and parts[1].isdigit()
        and parts[1].isascii()
        and parts[1][0] != "0"
    ):
        return int(parts[1]), parts[0] != "HTTP/1.0"
    raise ResponseError(f"invalid status line {line[:100]!r}")


def _parse_headers(lines: list[str]) -> _Headers:
    """Parse the header lines (after the status line) into lower-case names."""
    headers = _Headers()
    name = ""
    for line in lines[1:]:
        if line[0] in " \t":
            # An obsolete folded line continues the previous value.
            if not name:
                raise ResponseError("a folded header line without a header before it")
            headers[name] = headers[name] + " " + line.strip(" \t")
            continue
        name, colon, value = line.partition(":")
        name = name.rstrip(" \t").lower()
        if not colon or not name:
            raise ResponseError(f"invalid header line {line[:100]!r}")
        value = value.strip(" \t")
        previous = dict.get(headers, name)
        headers[name] = value if previous is None else f"{previous}, {value}"
    return headers


def _content_length(value: str) -> int:
    """The body length a Content-Length value gives (repeats of one number allowed)."""
    if value.isdigit() and value.isascii():
        return int(value)
    values = [v.strip(" \t") for v in value.split(",")]
    first = values[0]
    if first.isdigit() and first.isascii() and all(v == first for v in values):
        return int(first)
    raise ResponseError(f"invalid Content-Length {value[:100]!r}")


def _keeps_alive(headers: _Headers, http11: bool) -> bool:
    """Whether the server keeps the connection open after this response."""
    connection = dict.get(headers, "connection")
    if connection is None:
        return http11 or dict.__contains__(headers, "keep-alive")
    tokens = {token.strip(" \t").lower() for token in connection.split(",")}
    if "close" in tokens:
        return False
    return http11 or "keep-alive" in tokens or dict.__contains__(headers, "keep-alive")
