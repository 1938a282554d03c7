"""A local stand-in for an AWS JSON endpoint, for integration tests.

:class:`LocalAwsServer` runs a real HTTP/1.1 keep-alive server on
127.0.0.1 (a ``ThreadingHTTPServer`` on a free port, in a daemon thread),
records every request it receives, and answers through a handler the test
supplies::

    with LocalAwsServer(handler=lambda req: (200, {"Content-Type": JSON}, b"{}")) as server:
        client = Client(endpoint_url=server.url, ...)
        ...
        assert server.requests[0].header("X-Amz-Target") == "Service.Operation"

Given ``credentials=``, ``region=`` and ``service=``, it also checks every
request's SigV4 signature the way AWS does, with botocore as the independent
reference: a request that does not verify is answered 403 with AWS's error
body (``InvalidSignatureException`` and friends) and recorded with
``signature_valid=False``; the test's handler only sees valid requests.

Handler helpers: raise :class:`DropConnection` to close the connection
without an answer; set ``Connection: close`` in the returned headers to end
the keep-alive connection after the answer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import socket
import socketserver
import ssl
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar
from urllib.parse import unquote

from botocore.auth import SigV4Auth  # type: ignore[import-untyped]
from botocore.awsrequest import AWSRequest, HTTPHeaders  # type: ignore[import-untyped]
from botocore.credentials import Credentials  # type: ignore[import-untyped]

JSON_CONTENT_TYPE = "application/x-amz-json-1.0"
SIGV4_ALGORITHM = "AWS4-HMAC-SHA256"
SIGNATURE_MISMATCH_MESSAGE = (
    "The request signature we calculated does not match the signature you provided. "
    "Check your AWS Secret Access Key and signing method. "
    "Consult the service documentation for details."
)


@dataclass
class RecordedRequest:
    """One request as the server received it.

    ``headers`` keeps every header line in order, names as sent.
    ``connection_id`` numbers the TCP connections the server accepted (1, 2,
    ...), so a test can tell whether the client reused a keep-alive
    connection; ``peer_port`` is the client's source port.
    ``signature_valid`` is None when the server checks no signatures.
    """

    method: str
    path: str
    headers: list[tuple[str, str]]
    body: bytes
    connection_id: int
    peer_port: int
    signature_valid: bool | None = None
    signature_error: str | None = None

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (any case), or None."""
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return None

    def json(self) -> Any:
        """The body decoded as JSON."""
        return json.loads(self.body)


Response = tuple[int, dict[str, str], bytes]
Handler = Callable[[RecordedRequest], Response]


class DropConnection(Exception):
    """Raise from a handler to close the connection without any response."""


def default_handler(request: RecordedRequest) -> Response:
    """Answer 200 with an empty JSON object, as a JSON-protocol operation with no output does."""
    return 200, {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": str(uuid.uuid4())}, b"{}"


def error_response(status: int, code: str, message: str) -> Response:
    """An AWS JSON-protocol error answer (``__type`` and ``message``)."""
    body = json.dumps({"__type": code, "message": message}).encode()
    headers = {
        "Content-Type": JSON_CONTENT_TYPE,
        "x-amzn-RequestId": str(uuid.uuid4()),
        "x-amzn-ErrorType": code,
    }
    return status, headers, body


@dataclass(frozen=True)
class SignatureFailure:
    """Why a request's signature was refused, and the answer AWS would give."""

    status: int
    code: str
    message: str


@dataclass
class SigV4Verifier:
    """Checks SigV4 ``Authorization`` headers against known credentials, with botocore.

    The check follows what AWS does: algorithm, access key, credential scope
    (date, region, service, terminator), ``X-Amz-Date`` within
    ``max_clock_skew`` seconds of now (None: any time, for fixed test
    vectors), session token, payload hash, then the signature itself.

    The signature is recomputed by botocore's ``SigV4Auth`` at the request's
    own ``X-Amz-Date``, over the headers the request's ``SignedHeaders``
    names. ``SigV4Auth.add_auth`` would read the clock itself (through the
    module global ``botocore.auth.get_current_datetime``); patching that
    would freeze the clock of the whole process, racing with concurrent
    requests and with clients signing in other threads. So this sets
    ``request.context["timestamp"]`` (the one value ``add_auth`` derives from
    the clock) and runs the same steps ``add_auth`` runs: canonical request,
    string to sign, signature, ``Authorization`` value.
    """

    access_key: str
    secret_key: str
    session_token: str | None
    region: str
    service: str
    max_clock_skew: float | None = 300.0

    def verify(
        self,
        method: str,
        url: str,
        headers: list[tuple[str, str]],
        body: bytes,
        now: dt.datetime | None = None,
    ) -> SignatureFailure | None:
        """Return None when the request is correctly signed, else why not."""
        values: dict[str, list[str]] = {}
        for name, value in headers:
            values.setdefault(name.lower(), []).append(value)

        def first(name: str) -> str | None:
            found = values.get(name)
            return found[0] if found else None

        authorization = first("authorization")
        if authorization is None:
            return SignatureFailure(
                403, "MissingAuthenticationTokenException", "Missing Authentication Token"
            )
        parsed = _parse_authorization(authorization)
        if isinstance(parsed, SignatureFailure):
            return parsed
        credential, signed_headers, signature = parsed
        scope = credential.split("/")
        if len(scope) != 5:
            return SignatureFailure(
                400,
                "IncompleteSignatureException",
                f"Credential should have exactly 5 slash-separated parts: {credential!r}.",
            )
        access_key, scope_date, scope_region, scope_service, terminator = scope
        if access_key != self.access_key:
            return SignatureFailure(
                403,
                "UnrecognizedClientException",
                "The security token included in the request is invalid.",
            )
        if terminator != "aws4_request":
            return SignatureFailure(
                403,
                "InvalidSignatureException",
                f"Credential should be scoped with a valid terminator: 'aws4_request', not '{terminator}'.",
            )
        if scope_region != self.region:
            return SignatureFailure(
                403,
                "InvalidSignatureException",
                f"Credential should be scoped to a valid region, not '{scope_region}'. "
                f"Expected '{self.region}'.",
            )
        if scope_service != self.service:
            return SignatureFailure(
                403,
                "InvalidSignatureException",
                f"Credential should be scoped to correct service: '{self.service}'. ",
            )

        amz_date = first("x-amz-date")
        if amz_date is None:
            return SignatureFailure(
                400,
                "IncompleteSignatureException",
                "Authorization header requires existence of a 'X-Amz-Date' header.",
            )
        try:
            signed_at = dt.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ").replace(
                tzinfo=dt.timezone.utc
            )
        except ValueError:
            return SignatureFailure(
                400,
                "IncompleteSignatureException",
                f"X-Amz-Date must be in ISO-8601 basic format (YYYYMMDD'T'HHMMSS'Z'), not '{amz_date}'.",
            )
        if scope_date != amz_date[:8]:
            return SignatureFailure(
                403,
                "InvalidSignatureException",
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date "
                f"from HTTP: '{scope_date}' != '{amz_date[:8]}', from '{amz_date}'.",
            )
        if self.max_clock_skew is not None:
            current = now or dt.datetime.now(dt.timezone.utc)
            skew = dt.timedelta(seconds=self.max_clock_skew)
            if signed_at < current - skew:
                return SignatureFailure(
                    403,
                    "InvalidSignatureException",
                    f"Signature expired: {amz_date} is now earlier than "
                    f"{(current - skew).strftime('%Y%m%dT%H%M%SZ')}.",
                )
            if signed_at > current + skew:
                return SignatureFailure(
                    403,
                    "InvalidSignatureException",
                    f"Signature not yet current: {amz_date} is still later than "
                    f"{(current + skew).strftime('%Y%m%dT%H%M%SZ')}.",
                )

        token = first("x-amz-security-token")
        if token != self.session_token:
            return SignatureFailure(
                403,
                "UnrecognizedClientException",
                "The security token included in the request is invalid.",
            )
        if "host" not in signed_headers:
            return SignatureFailure(
                403,
                "InvalidSignatureException",
                "'Host' must be a 'SignedHeader' in the AWS Authorization.",
            )
        missing = [name for name in signed_headers if name not in values]
        if missing:
            return SignatureFailure(
                403,
                "InvalidSignatureException",
                f"Signed header(s) {', '.join(missing)} not present in the request.",
            )
        content_sha256 = first("x-amz-content-sha256")
        if content_sha256 is not None and content_sha256 != hashlib.sha256(body).hexdigest():
            return SignatureFailure(
                403,
                "InvalidSignatureException",
                "The provided 'x-amz-content-sha256' header does not match what was computed.",
            )

        expected, canonical_request, string_to_sign = self._botocore_authorization(
            method, url, headers, body, amz_date, signed_headers
        )
        # Compared field by field in botocore's layout, so spacing after the
        # commas (which AWS tolerates) does not matter.
        provided = (
            f"{SIGV4_ALGORITHM} Credential={credential}, "
            f"SignedHeaders={';'.join(signed_headers)}, Signature={signature}"
        )
        if not hmac.compare_digest(provided.encode(), expected.encode()):
            return SignatureFailure(
                403,
                "InvalidSignatureException",
                f"{SIGNATURE_MISMATCH_MESSAGE}\n\n"
                f"The Canonical String for this request should have been\n'{canonical_request}'\n\n"
                f"The String-to-Sign should have been\n'{string_to_sign}'\n",
            )
        return None

    def _botocore_authorization(
        self,
        method: str,
        url: str,
        headers: list[tuple[str, str]],
        body: bytes,
        amz_date: str,
        signed_headers: list[str],
    ) -> tuple[str, str, str]:
        """botocore's Authorization value for this request at ``amz_date``, with its inputs."""
        # The query string is canonicalized from its decoded pairs, as AWS
        # does (botocore would take a raw URL query as already encoded).
        base, _, query = url.partition("?")
        params = [
            (unquote(key), unquote(value))
            for key, _, value in (pair.partition("=") for pair in query.split("&") if pair)
        ]
        request = AWSRequest(method=method, url=base, data=body, params=params)
        for name, value in headers:
            request.headers[name] = value  # HTTPHeaders: appends, keeps repeated headers
        request.context["timestamp"] = amz_date
        auth = _SignedHeadersSigV4Auth(
            Credentials(self.access_key, self.secret_key, self.session_token),
            self.service,
            self.region,
            signed_headers,
        )
        canonical_request = auth.canonical_request(request)
        string_to_sign = auth.string_to_sign(request, canonical_request)
        signature = auth.signature(string_to_sign, request)
        authorization = (
            f"{SIGV4_ALGORITHM} Credential={auth.scope(request)}, "
            f"SignedHeaders={auth.signed_headers(auth.headers_to_sign(request))}, "
            f"Signature={signature}"
        )
        return authorization, canonical_request, string_to_sign


class _SignedHeadersSigV4Auth(SigV4Auth):  # type: ignore[misc]
    """``SigV4Auth`` signing exactly the headers a received request says it signed.

    botocore's own choice (every header but a short blacklist) fits a request
    it is about to send; a received request also carries headers the client
    added after signing (Accept-Encoding, Content-Length) and may have signed
    one botocore leaves out (User-Agent).
    """

    def __init__(
        self, credentials: Credentials, service: str, region: str, signed: list[str]
    ) -> None:
        super().__init__(credentials, service, region)
        self._signed = frozenset(signed)

    def headers_to_sign(self, request: AWSRequest) -> HTTPHeaders:
        header_map = HTTPHeaders()
        for name, value in request.headers.items():
            lname = name.lower()
            if lname in self._signed:
                header_map[lname] = value
        return header_map


def _parse_authorization(value: str) -> tuple[str, list[str], str] | SignatureFailure:
    """Split ``AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...``."""
    algorithm, _, rest = value.strip().partition(" ")
    if algorithm != SIGV4_ALGORITHM:
        return SignatureFailure(
            400, "IncompleteSignatureException", f"Unsupported AWS 'algorithm': '{algorithm}'."
        )
    parts: dict[str, str] = {}
    for item in rest.split(","):
        key, sep, val = item.strip().partition("=")
        if sep:
            parts[key] = val
    missing = [key for key in ("Credential", "SignedHeaders", "Signature") if not parts.get(key)]
    if missing:
        return SignatureFailure(
            400,
            "IncompleteSignatureException",
            f"Authorization header requires {', '.join(repr(m) for m in missing)} parameter(s). "
            f"Authorization={value}",
        )
    return parts["Credential"], parts["SignedHeaders"].split(";"), parts["Signature"]


def closed_port() -> int:
    """A local TCP port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Whether ``condition()`` came true within ``timeout`` seconds (checked every 10 ms)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


_ServerT = TypeVar("_ServerT", bound="ThreadedServer")


class ThreadedServer:
    """The life cycle shared by the test servers: a free port on 127.0.0.1, served in a thread.

    A subclass builds its ``socketserver`` server in :meth:`_make_server`; its
    request handler reports each connection through :meth:`_connection_opened`
    and :meth:`_connection_closed`. ``_lock`` guards the open connections and
    is the subclass's lock for its own state too. :meth:`stop` closes the
    connections still open: ``shutdown`` only stops accepting, and a
    keep-alive connection would otherwise keep its handler thread (and the
    client's pooled socket) alive after the test.
    """

    def __init__(self) -> None:
        self.host = "127.0.0.1"
        self.port = 0
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._connection_count = 0
        self._server: socketserver.TCPServer | None = None
        self._thread: threading.Thread | None = None

    def _make_server(self, address: tuple[str, int]) -> socketserver.TCPServer:
        """The server bound to ``address`` (port 0: a free one), not serving yet."""
        raise NotImplementedError

    @property
    def connection_count(self) -> int:
        """How many TCP connections the server has accepted."""
        with self._lock:
            return self._connection_count

    @property
    def open_connection_count(self) -> int:
        """How many accepted connections are still open (by the server's last read on each)."""
        with self._lock:
            return len(self._connections)

    def start(self: _ServerT) -> _ServerT:
        """Bind a free port and serve in a daemon thread."""
        server = self._make_server((self.host, 0))
        self._server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"{type(self).__name__}:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def close_connections(self) -> None:
        """Close every open connection, as a server's idle timeout does."""
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed (by the peer, or by the handler)

    def stop(self) -> None:
        """Stop accepting, close open keep-alive connections, release the port."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        self.close_connections()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self: _ServerT) -> _ServerT:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # Called from connection threads.

    def _connection_opened(self, conn: socket.socket) -> int:
        """Track ``conn`` until it closes; its number (1, 2, ...) among the accepted ones."""
        with self._lock:
            self._connection_count += 1
            self._connections.add(conn)
            return self._connection_count

    def _connection_closed(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.discard(conn)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 overflows when a client opens many connections
    # at once (an async client's concurrent calls): the kernel drops the SYNs and each
    # connect waits a second for the retransmission.
    request_queue_size = 128
    owner: LocalAwsServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Ignore clients that went away (a client-side timeout, say); print anything else."""
        if isinstance(sys.exc_info()[1], (ConnectionError, ssl.SSLError)):
            return
        super().handle_error(request, client_address)


class _RequestHandler(BaseHTTPRequestHandler):
    """One instance per TCP connection; ``handle`` loops over its requests."""

    protocol_version = "HTTP/1.1"  # keep-alive; every answer carries Content-Length
    # Headers and body go out in separate writes; with Nagle on, the second
    # waits for the client's delayed ACK (~40 ms a request).
    disable_nagle_algorithm = True
    server: _HTTPServer
    connection_id: int

    def setup(self) -> None:
        super().setup()
        self.connection_id = self.server.owner._connection_opened(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner._connection_closed(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: pytest shows the test's own output."""

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The ``Date`` header, on the server's (possibly offset) clock."""
        if timestamp is None:
            timestamp = time.time() + self.server.owner.clock_offset
        return super().date_time_string(timestamp)

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _dispatch(self) -> None:
        owner = self.server.owner
        body = self._read_body()
        request = RecordedRequest(
            method=self.command,
            path=self.path,
            headers=list(self.headers.items()),
            body=body,
            connection_id=self.connection_id,
            peer_port=self.client_address[1],
        )
        failure = None
        if owner.verifier is not None:
            host = request.header("Host") or f"{owner.host}:{owner.port}"
            failure = owner.verifier.verify(
                request.method,
                f"http://{host}{request.path}",
                request.headers,
                body,
                now=dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=owner.clock_offset),
            )
            request.signature_valid = failure is None
            request.signature_error = (
                None if failure is None else f"{failure.code}: {failure.message}"
            )
        owner._record(request)

        if failure is not None:
            status, headers, payload = error_response(
                failure.status, failure.code, failure.message
            )
        else:
            try:
                status, headers, payload = owner.handler(request)
            except DropConnection:
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            except Exception as exc:  # reported in server.errors and in the 500 answer
                owner._handler_failed(exc)
                status, headers, payload = error_response(
                    500, "InternalFailure", f"test handler raised {exc!r}"
                )

        self.send_response(status)
        for name, value in headers.items():
            if name.lower() != "content-length":
                self.send_header(name, value)
        no_body = self.command == "HEAD" or status in (204, 304) or 100 <= status < 200
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if not no_body:
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _dispatch


class LocalAwsServer(ThreadedServer):
    """An HTTP/1.1 keep-alive server on 127.0.0.1 that records requests and answers via ``handler``.

    :param handler: ``handler(request) -> (status, headers, body)``, called
        in the connection's thread for every request (that verified, if
        signatures are checked). Default: 200 ``{}``.
    :param credentials: ``(access_key, secret_key, session_token or None)``;
        when given, with ``region`` and ``service``, every request's SigV4
        signature is verified (see :class:`SigV4Verifier`).
    :param max_clock_skew: seconds ``X-Amz-Date`` may differ from now
        (AWS allows 5 minutes); None accepts any time.
    :param ssl_context: a server-side TLS context to serve HTTPS instead
        (``url`` then starts with ``https://``).
    :param clock_offset: seconds the server's clock is ahead of the real one
        (negative: behind), for its signature check and its ``Date`` header:
        a client then looks skewed to it by that much.

    ``url`` is ``http://127.0.0.1:PORT``. ``requests`` is a snapshot of
    everything received so far, in arrival order. ``errors`` lists the
    exceptions the handler raised (each also answered with a 500).
    """

    def __init__(
        self,
        handler: Handler = default_handler,
        *,
        credentials: tuple[str, str, str | None] | None = None,
        region: str | None = None,
        service: str | None = None,
        max_clock_skew: float | None = 300.0,
        ssl_context: ssl.SSLContext | None = None,
        clock_offset: float = 0.0,
    ) -> None:
        super().__init__()
        self.handler = handler
        self.clock_offset = clock_offset
        self.ssl_context = ssl_context
        self.verifier: SigV4Verifier | None = None
        if credentials is not None:
            if not region or not service:
                raise ValueError("verifying signatures needs region= and service=")
            access_key, secret_key, token = credentials
            self.verifier = SigV4Verifier(
                access_key, secret_key, token, region, service, max_clock_skew
            )
        self.errors: list[BaseException] = []
        self._requests: list[RecordedRequest] = []

    @property
    def url(self) -> str:
        """The endpoint URL, ``http://127.0.0.1:PORT`` (``https://`` with a TLS context)."""
        scheme = "https" if self.ssl_context is not None else "http"
        return f"{scheme}://{self.host}:{self.port}"

    @property
    def requests(self) -> list[RecordedRequest]:
        """A copy of the requests received so far (thread-safe)."""
        with self._lock:
            return list(self._requests)

    def clear(self) -> None:
        """Forget the recorded requests and handler errors."""
        with self._lock:
            self._requests.clear()
            self.errors.clear()

    def _make_server(self, address: tuple[str, int]) -> _HTTPServer:
        httpd = _HTTPServer(address, _RequestHandler)
        httpd.owner = self
        if self.ssl_context is not None:
            # The handshake runs in accept(); a client that gives up on it
            # only makes that accept() fail, which the server ignores.
            httpd.socket = self.ssl_context.wrap_socket(httpd.socket, server_side=True)
        return httpd

    # Called from connection threads.

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def _handler_failed(self, exc: BaseException) -> None:
        traceback.print_exception(exc, file=sys.stderr)
        with self._lock:
            self.errors.append(exc)
