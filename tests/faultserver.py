"""A fault-injecting stand-in for Partner Central Selling's CreateOpportunity, over real HTTP.

:class:`FaultServer` is a small threaded HTTP/1.1 keep-alive server on
127.0.0.1 (a free port, one thread per connection) that speaks awsJson 1.0
for one operation, ``AWSPartnerCentralSelling.CreateOpportunity``, and
implements it idempotently by ``ClientToken``: the first request with a
token creates an opportunity (``O`` + digits), every later request with that
token answers the same ``Id``. It is the oracle of the fault-injection
tests, so its logic is kept plain:

* every request is recorded (:class:`ServedRequest`: its token, its
  ``amz-sdk-invocation-id``, its ``amz-sdk-request`` header, the fault
  injected, whether it created the opportunity) on arrival, before any
  answer or fault;
* one lock guards the seeded ``random.Random`` that picks the faults, the
  opportunity store and the record, so each request's decision and effect
  are one step;
* with probability ``fault_rate`` a request gets a fault, picked by weight
  from ``faults`` (a dict of kind -> weight, see :data:`FAULT_KINDS`).

The faults, and whether the opportunity is created before failing (the case
where a retry with a new token would create a duplicate):

============================  ===========================================  ===============
kind                          what the client gets                         creates first
============================  ===========================================  ===============
``internal_error``            500 ``InternalServerException``               half the time
``unavailable``               503, plain-text ``ServiceUnavailable`` body   never
``throttling``                400 ``ThrottlingException``                   never
``reset``                     the connection reset (RST), no answer         half the time
``stall``                     no answer for ``stall_seconds``, then close   half the time
``truncate``                  the 200 answer, its body cut short, close     always
``ValidationException`` etc.  that modeled error (not retryable)            never
============================  ===========================================  ===============

Every answer carries a ``Date`` and a fresh ``x-amzn-RequestId``. Given
``credentials``, each request's SigV4 signature is also checked (with
botocore, as :mod:`tests.localserver` does); a request that fails the check
is answered 403 and gets no fault.
"""

from __future__ import annotations

import json
import random
import socket
import socketserver
import struct
import sys
import time
import traceback
import uuid
from dataclasses import dataclass
from email.utils import formatdate
from typing import BinaryIO

from tests.localserver import SigV4Verifier, ThreadedServer

TARGET = "AWSPartnerCentralSelling.CreateOpportunity"
JSON_CONTENT_TYPE = "application/x-amz-json-1.0"
ERROR_NAMESPACE = "com.amazonaws.partnercentralselling"

# The retryable faults, and the ones that answer a modeled, non-retryable error.
RETRYABLE_FAULTS = ("internal_error", "unavailable", "throttling", "reset", "stall", "truncate")
CLIENT_ERRORS = {
    "ValidationException": 400,
    "AccessDeniedException": 403,
    "ResourceNotFoundException": 404,
    "ConflictException": 409,
}
FAULT_KINDS = RETRYABLE_FAULTS + tuple(CLIENT_ERRORS)
# Whether the opportunity is created before the fault: always, never, or by a coin flip.
ALWAYS_CREATES = frozenset({"truncate"})
MAY_CREATE = frozenset({"internal_error", "reset", "stall"})
# The faults that end the connection without a complete answer.
NO_ANSWER = frozenset({"reset", "stall", "truncate"})


@dataclass(frozen=True)
class ServedRequest:
    """One request as the server received it, and what it did about it.

    ``fault`` is the kind injected (None: answered normally). ``created`` is
    True for the one request that created the token's opportunity;
    ``opportunity_id`` is the token's opportunity after this request (None
    if it has none yet). ``status`` is the HTTP status answered, None when
    the fault sent no complete answer.
    """

    index: int
    connection_id: int
    target: str | None
    token: str | None
    invocation_id: str | None
    attempt_header: str | None
    signature_valid: bool | None
    fault: str | None
    created: bool
    opportunity_id: str | None
    status: int | None

    @property
    def attempt(self) -> int | None:
        """N of ``amz-sdk-request: attempt=N; max=M``."""
        return _header_number(self.attempt_header, "attempt")

    @property
    def max_attempts(self) -> int | None:
        """M of ``amz-sdk-request: attempt=N; max=M``."""
        return _header_number(self.attempt_header, "max")


def _header_number(header: str | None, key: str) -> int | None:
    for part in (header or "").split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name == key and value.isdigit():
            return int(value)
    return None


@dataclass(frozen=True)
class _Plan:
    """What to answer one request (decided under the lock, carried out outside it)."""

    fault: str | None
    status: int | None
    headers: dict[str, str]
    body: bytes


class FaultServer(ThreadedServer):
    """A CreateOpportunity server on 127.0.0.1 that fails at a set rate; see the module doc.

    :param fault_rate: probability that a request gets a fault.
    :param faults: kind -> weight, among :data:`FAULT_KINDS`.
    :param seed: the seed of the fault decisions.
    :param stall_seconds: how long a ``stall`` holds the connection before closing
        it (make it longer than the client's read timeout).
    :param credentials: ``(access_key, secret_key)`` to check SigV4 signatures
        with (with ``region`` and ``service``); None checks none.

    ``requests`` and ``opportunities`` are snapshots. ``set_faults`` changes
    the rate and weights while serving. Starting, stopping and the open
    connections are :class:`~tests.localserver.ThreadedServer`'s.
    """

    def __init__(
        self,
        *,
        fault_rate: float = 0.2,
        faults: dict[str, float] | None = None,
        seed: int = 0,
        stall_seconds: float = 0.5,
        credentials: tuple[str, str] | None = None,
        region: str = "us-east-1",
        service: str = "partnercentral-selling",
    ) -> None:
        super().__init__()
        self.stall_seconds = stall_seconds
        self.verifier = (
            None
            if credentials is None
            else SigV4Verifier(credentials[0], credentials[1], None, region, service)
        )
        self._random = random.Random(seed)
        self._kinds: tuple[str, ...] = ()
        self._weights: tuple[float, ...] = ()
        self._rate = 0.0
        self.set_faults(fault_rate, faults or {kind: 1.0 for kind in RETRYABLE_FAULTS})
        self._requests: list[ServedRequest] = []
        self._by_token: dict[str, str] = {}  # ClientToken -> opportunity Id
        self._creations: list[tuple[str, str]] = []  # (token, Id), in creation order

    # -- the test's view --------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def requests(self) -> list[ServedRequest]:
        with self._lock:
            return list(self._requests)

    @property
    def opportunities(self) -> dict[str, str]:
        """ClientToken -> the one opportunity Id it created."""
        with self._lock:
            return dict(self._by_token)

    @property
    def creations(self) -> list[tuple[str, str]]:
        """Every creation, (token, Id), in order: one per token if the store is right."""
        with self._lock:
            return list(self._creations)

    def set_faults(self, fault_rate: float, faults: dict[str, float] | None = None) -> None:
        if not 0.0 <= fault_rate <= 1.0:
            raise ValueError(f"fault_rate must be within [0, 1], got {fault_rate}")
        with self._lock:
            if faults is not None:
                unknown = set(faults) - set(FAULT_KINDS)
                if unknown:
                    raise ValueError(f"unknown fault kinds: {sorted(unknown)}")
                self._kinds = tuple(faults)
                self._weights = tuple(faults.values())
            self._rate = fault_rate

    # -- deciding and doing (called from connection threads) --------------------------

    def _serve(
        self,
        connection_id: int,
        headers: dict[str, str],
        body: bytes,
        method: str,
        path: str,
    ) -> _Plan:
        """Decide the answer to one request and record it (one step under the lock)."""
        target = headers.get("x-amz-target")
        signature_valid: bool | None = None
        refusal: _Plan | None = None
        if self.verifier is not None:
            failure = self.verifier.verify(
                method,
                f"http://{headers.get('host', self.host)}{path}",
                list(headers.items()),
                body,
            )
            signature_valid = failure is None
            if failure is not None:
                refusal = _error(failure.status, failure.code, {"message": failure.message})
        token: str | None = None
        try:
            decoded = json.loads(body)
        except ValueError:
            decoded = None
        if isinstance(decoded, dict) and isinstance(decoded.get("ClientToken"), str):
            token = decoded["ClientToken"]
        if refusal is None:
            if method != "POST" or target != TARGET:
                refusal = _error(400, "UnknownOperationException", {"message": str(target)})
            elif not isinstance(decoded, dict) or decoded.get("Catalog") not in ("AWS", "Sandbox"):
                refusal = _validation_error("Catalog must be AWS or Sandbox")
            elif not token:
                refusal = _validation_error("ClientToken is required")

        with self._lock:
            fault: str | None = None
            create_first = False
            if refusal is None and self._random.random() < self._rate:
                fault = self._random.choices(self._kinds, self._weights)[0]
                coin = self._random.random() < 0.5
                create_first = fault in ALWAYS_CREATES or (fault in MAY_CREATE and coin)
            created = False
            if refusal is None and token is not None and (fault is None or create_first):
                if token not in self._by_token:
                    new_id = f"O{1_000_000_000 + len(self._creations)}"
                    self._by_token[token] = new_id
                    self._creations.append((token, new_id))
                    created = True
            opportunity_id = self._by_token.get(token) if token is not None else None
            plan = refusal or _plan(fault, opportunity_id)
            self._requests.append(
                ServedRequest(
                    index=len(self._requests),
                    connection_id=connection_id,
                    target=target,
                    token=token,
                    invocation_id=headers.get("amz-sdk-invocation-id"),
                    attempt_header=headers.get("amz-sdk-request"),
                    signature_valid=signature_valid,
                    fault=fault,
                    created=created,
                    opportunity_id=opportunity_id,
                    status=None if fault in NO_ANSWER else plan.status,
                )
            )
        return plan

    # -- life cycle -------------------------------------------------------------------

    def _make_server(self, address: tuple[str, int]) -> _TCPServer:
        server = _TCPServer(address, _Connection)
        server.owner = self
        return server


# -- answers ----------------------------------------------------------------------------


def _base_headers(content_type: str) -> dict[str, str]:
    return {
        "Date": formatdate(usegmt=True),
        "Content-Type": content_type,
        "x-amzn-RequestId": str(uuid.uuid4()),
    }


def _error(status: int, code: str, members: dict[str, str]) -> _Plan:
    headers = _base_headers(JSON_CONTENT_TYPE)
    headers["x-amzn-ErrorType"] = f"{code}:http://internal.amazon.com/coral/{ERROR_NAMESPACE}/"
    body = json.dumps({"__type": f"{ERROR_NAMESPACE}#{code}", **members}).encode()
    return _Plan(None, status, headers, body)


def _validation_error(message: str) -> _Plan:
    return _error(
        400, "ValidationException", {"Message": message, "Reason": "REQUEST_VALIDATION_FAILED"}
    )


def _plan(fault: str | None, opportunity_id: str | None) -> _Plan:
    """The answer for a request given a valid token: success, or the fault's."""
    if fault in (None, "truncate", "reset", "stall"):
        # The success answer (sent whole, cut short, or not at all).
        body = json.dumps({"Id": opportunity_id, "LastModifiedDate": "2026-01-02T03:04:05.678Z"})
        return _Plan(fault, 200, _base_headers(JSON_CONTENT_TYPE), body.encode())
    if fault == "internal_error":
        plan = _error(500, "InternalServerException", {"Message": "Injected internal error"})
    elif fault == "throttling":
        plan = _error(400, "ThrottlingException", {"Message": "Rate exceeded (injected)"})
    elif fault == "unavailable":
        headers = _base_headers("text/plain")
        return _Plan(fault, 503, headers, b"ServiceUnavailable")
    elif fault == "ValidationException":
        plan = _error(
            400,
            "ValidationException",
            {"Message": "Injected validation failure", "Reason": "BUSINESS_VALIDATION_FAILED"},
        )
    elif fault in CLIENT_ERRORS:
        plan = _error(CLIENT_ERRORS[fault], fault, {"Message": f"Injected {fault}"})
    else:
        raise AssertionError(f"unknown fault {fault!r}")
    return _Plan(fault, plan.status, plan.headers, plan.body)


# -- the HTTP/1.1 connection ------------------------------------------------------------


class _TCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default backlog of 5 overflows when several clients reconnect at
    # once (after faults): the kernel drops the SYN and the client's connect times out.
    request_queue_size = 128
    owner: FaultServer

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that went away mid-answer (its timeout) is expected; anything else is not."""
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        traceback.print_exc(file=sys.stderr)


class _Connection(socketserver.BaseRequestHandler):
    """One TCP connection: read requests and answer them in turn, until one ends it."""

    request: socket.socket
    server: _TCPServer

    def handle(self) -> None:
        owner = self.server.owner
        sock = self.request
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        connection_id = owner._connection_opened(sock)
        reader = sock.makefile("rb")
        try:
            while True:
                received = _read_request(reader)
                if received is None:
                    return  # the client closed the connection
                method, path, headers, body = received
                plan = owner._serve(connection_id, headers, body, method, path)
                if plan.fault == "reset":
                    # SO_LINGER 0: close() sends RST instead of FIN.
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    reader.close()  # the file holds a reference that keeps the socket open
                    sock.close()
                    return
                if plan.fault == "stall":
                    time.sleep(owner.stall_seconds)
                    return
                head = _head(plan, len(plan.body))
                if plan.fault == "truncate":
                    sock.sendall(head + plan.body[: len(plan.body) // 2])
                    return
                sock.sendall(head + plan.body)
                if headers.get("connection", "").lower() == "close":
                    return
        finally:
            reader.close()
            owner._connection_closed(sock)


def _read_request(reader: BinaryIO) -> tuple[str, str, dict[str, str], bytes] | None:
    """Method, path, headers (lower-case names) and body of the next request; None at EOF."""
    line = reader.readline(65537)
    if not line:
        return None
    method, path, _version = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
    headers: dict[str, str] = {}
    while True:
        line = reader.readline(65537)
        if line in (b"\r\n", b"\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length") or 0)
    body = reader.read(length) if length else b""
    return method, path, headers, body


def _head(plan: _Plan, length: int) -> bytes:
    reasons = {200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found"}
    reasons.update({409: "Conflict", 500: "Internal Server Error", 503: "Service Unavailable"})
    lines = [f"HTTP/1.1 {plan.status} {reasons.get(plan.status or 0, 'Error')}"]
    lines += [f"{name}: {value}" for name, value in plan.headers.items()]
    lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
