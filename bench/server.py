"""The benchmark's local awsJson server: run as its own process by ``bench/run.py``.

    python bench/server.py --pages N

Listens on 127.0.0.1 (a free port), prints ``PORT <n>`` on stdout once ready,
and answers HTTP/1.1 keep-alive POSTs by ``X-Amz-Target``:

* ``GetOpportunity``: a fully populated GetOpportunityResponse (several KB);
* ``CreateOpportunity``: a fully populated CreateOpportunityResponse;
* ``ListOpportunities``: pages of 100 fully populated OpportunitySummaries,
  page ``k`` chosen by the request's ``NextToken`` (``page-k``, none: 0),
  with ``NextToken`` on every page but the last of ``N``.

A request with a ``smithy-protocol`` header is RPC v2 CBOR, answered by its path
(``/service/AWSPartnerCentralSelling/operation/<name>``): ``GetOpportunity`` gets the
same GetOpportunityResponse in CBOR (``Content-Type: application/cbor``,
``smithy-protocol: rpc-v2-cbor``).

Signatures are not verified. Every response is prebuilt (head and body in
one buffer), so answering costs a header scan and one ``sendall``. The
server exits when its stdin closes (the parent ended), or on SIGTERM.
"""

from __future__ import annotations

import argparse
import json
import socket
import socketserver
import sys
import threading
import uuid

import cbor2

import payloads

CONTENT_TYPE = b"application/x-amz-json-1.0"
CBOR_CONTENT_TYPE = b"application/cbor"
CBOR_HEADERS = b"smithy-protocol: rpc-v2-cbor\r\n"


def _response(
    status: int, body: bytes, extra: bytes = b"", content_type: bytes = CONTENT_TYPE
) -> bytes:
    reason = {200: b"OK", 400: b"Bad Request"}[status]
    return (
        b"HTTP/1.1 %d %s\r\n" % (status, reason)
        + b"Content-Type: "
        + content_type
        + b"\r\n"
        + b"x-amzn-RequestId: "
        + str(uuid.uuid4()).encode()
        + b"\r\n"
        + extra
        + b"Content-Length: %d\r\n\r\n" % len(body)
        + body
    )


def _error(code: str, message: str) -> bytes:
    body = json.dumps({"__type": code, "message": message}).encode()
    return _response(400, body, b"x-amzn-ErrorType: " + code.encode() + b"\r\n")


def _cbor_error(code: str, message: str) -> bytes:
    body = cbor2.dumps({"__type": code, "message": message})
    return _response(400, body, CBOR_HEADERS, CBOR_CONTENT_TYPE)


class Answers:
    def __init__(self, pages: int) -> None:
        shapes = payloads.load_shapes()
        prefix = payloads.TARGET_PREFIX.encode()
        self.fixed = {
            prefix + b"GetOpportunity": _response(200, payloads.get_opportunity_body(shapes)),
            prefix
            + b"CreateOpportunity": _response(200, payloads.create_opportunity_body(shapes)),
        }
        self.list_target = prefix + b"ListOpportunities"
        service = payloads.TARGET_PREFIX.rstrip(".").encode()
        get_path = b"/service/" + service + b"/operation/GetOpportunity"
        get_cbor = payloads.get_opportunity_cbor_body(shapes)
        self.cbor = {get_path: _response(200, get_cbor, CBOR_HEADERS, CBOR_CONTENT_TYPE)}
        self.pages = {
            (payloads.page_token(k) if k else None): _response(200, body)
            for k, body in enumerate(payloads.list_page_bodies(shapes, pages))
        }

    def answer(self, target: bytes | None, body: bytes) -> bytes:
        if target is not None:
            fixed = self.fixed.get(target)
            if fixed is not None:
                return fixed
            if target == self.list_target:
                try:
                    token = json.loads(body or b"{}").get("NextToken")
                except ValueError:
                    return _error("SerializationException", "body is not JSON")
                page = self.pages.get(token)
                if page is None:
                    return _error("ValidationException", f"unknown NextToken {token!r}")
                return page
        return _error("UnknownOperationException", f"unknown target {target!r}")

    def answer_cbor(self, path: bytes) -> bytes:
        fixed = self.cbor.get(path)
        if fixed is not None:
            return fixed
        return _cbor_error("UnknownOperationException", f"unknown path {path!r}")


class Handler(socketserver.StreamRequestHandler):
    answers: Answers

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def handle(self) -> None:
        rfile = self.rfile
        sock = self.connection
        while True:
            line = rfile.readline(65537)
            if not line:
                return  # the client closed the keep-alive connection
            if line in (b"\r\n", b"\n"):
                continue
            target = None
            smithy = False
            length = 0
            close = False
            while True:
                header = rfile.readline(65537)
                if header in (b"\r\n", b"\n", b""):
                    break
                name, _, value = header.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value)
                elif name == b"x-amz-target":
                    target = value.strip()
                elif name == b"smithy-protocol":
                    smithy = True
                elif name == b"connection" and value.strip().lower() == b"close":
                    close = True
            body = rfile.read(length) if length else b""
            if smithy:
                sock.sendall(self.answers.answer_cbor(line.split(b" ", 2)[1]))
            else:
                sock.sendall(self.answers.answer(target, body))
            if close:
                return


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=10)
    args = parser.parse_args()
    Handler.answers = Answers(args.pages)
    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        sys.stdin.read()  # returns at EOF: the parent is gone or done
    except KeyboardInterrupt:
        pass
    server.shutdown()


if __name__ == "__main__":
    main()
