"""The emulator over HTTP/1.1 on a local port, in a thread of the test's process or on its own.

:class:`EmulatorServer` serves one :class:`~.core.Emulator` (or anything with its
``handle``) with the standard library's threading HTTP server (keep-alive, a thread per
connection; the emulator itself answers one call at a time). It listens on
127.0.0.1 unless told otherwise: the emulator checks no credentials by
default and must not be reachable from other machines by accident.
"""

from __future__ import annotations

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Protocol

from ..transports.http import HttpRequest, HttpResponse


class Emulator(Protocol):
    """What the server serves: one response for each request (``core.Emulator`` is one)."""

    def handle(self, request: HttpRequest) -> HttpResponse: ...


logger = logging.getLogger(__name__)
MAX_BODY = 16 * 1024 * 1024  # bytes: larger requests are refused before they are read
# Seconds between the serving loop's checks for stop(): what stopping waits at most.
POLL_INTERVAL = 0.02


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # The head and the body go out in two writes: without TCP_NODELAY, Nagle's algorithm
    # holds the body until the client's delayed ACK, 40 ms a call.
    disable_nagle_algorithm = True
    server: _Server

    def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
        self._exchange()

    def do_GET(self) -> None:  # noqa: N802
        self._exchange()

    def _exchange(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length < 0 or length > MAX_BODY:
            self.send_error(413, f"the body must be at most {MAX_BODY} bytes")
            return
        body = self.rfile.read(length)
        # Canonical case (X-Amz-Target), whatever case the client sent.
        headers = {name.title(): value for name, value in self.headers.items()}
        response = self.server.emulator.handle(HttpRequest(self.command, self.path, headers, body))
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(response.body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
        logger.debug("%s " + format, self.address_string(), *args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], emulator: Emulator) -> None:
        self.emulator = emulator
        super().__init__(address, _Handler)


class EmulatorServer:
    """``emulator`` served on ``host:port`` (port 0: any free one) until :meth:`stop`.

    A context manager: ``with EmulatorServer(emulator) as server:`` serves in a
    background thread and stops at the end of the block.
    """

    def __init__(self, emulator: Emulator, host: str = "127.0.0.1", port: int = 0) -> None:
        self.emulator = emulator
        self._server = _Server((host, port), emulator)
        self._thread: threading.Thread | None = None

    @property
    def endpoint_url(self) -> str:
        """The URL to give a client as ``endpoint_url``."""
        host, port = self._server.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else host
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}"

    def start(self) -> EmulatorServer:
        """Serve in a background (daemon) thread."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": POLL_INTERVAL},
                name="emulator",
                daemon=True,
            )
            self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted."""
        try:
            self._server.serve_forever(POLL_INTERVAL)
        finally:
            self._server.server_close()

    def stop(self) -> None:
        """Stop serving and close the listening socket."""
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
