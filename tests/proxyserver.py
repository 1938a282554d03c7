"""A real forward proxy (proxy.py, pinned in requirements-dev.txt) and a test CA (trustme) for tests.

:class:`ForwardProxy` runs ``python -m proxy`` on 127.0.0.1 in a subprocess
(CONNECT and forwarding, optionally HTTP basic authentication, optionally
over TLS with its clients) and reads its access log, so a test can check
which requests went through it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType


class ForwardProxy:
    """proxy.py on a free port of 127.0.0.1; ``url`` carries ``auth`` (``user:password``) if given.

    ``tls`` (a certificate file and its key file) makes it an ``https://``
    proxy, serving TLS to its clients with that certificate.
    """

    def __init__(self, auth: str | None = None, tls: tuple[str, str] | None = None) -> None:
        self.auth = auth
        self.scheme = "http" if tls is None else "https"
        self._dir = tempfile.TemporaryDirectory()
        folder = Path(self._dir.name)
        self._port_file = folder / "port"
        self.log = folder / "proxy.log"
        command = [
            sys.executable,
            "-m",
            "proxy",
            "--hostname",
            "127.0.0.1",
            "--port",
            "0",
            "--port-file",
            str(self._port_file),
            "--num-workers",
            "1",
            "--num-acceptors",
            "1",
            "--log-level",
            "INFO",
            "--log-file",
            str(self.log),
        ]
        if auth is not None:
            command += ["--basic-auth", auth]
        if tls is not None:
            command += ["--cert-file", tls[0], "--key-file", tls[1]]
        env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
        self._process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 20
        while not (self._port_file.exists() and self._port_file.read_text().strip()):
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError("proxy.py did not start")
            time.sleep(0.05)
        self.port = int(self._port_file.read_text())

    @property
    def url(self) -> str:
        """``http[s]://[user:password@]127.0.0.1:PORT``."""
        credentials = "" if self.auth is None else self.auth + "@"
        return f"{self.scheme}://{credentials}127.0.0.1:{self.port}"

    def seen(self, what: str, at_least: int = 1) -> int:
        """How many access-log lines name ``what`` (say ``CONNECT 127.0.0.1:PORT``).

        Waits up to 2 s for ``at_least`` of them: a line is written just after its exchange.
        """
        deadline = time.monotonic() + 2
        while True:
            text = self.log.read_text() if self.log.exists() else ""
            count = sum(1 for line in text.splitlines() if "access_log" in line and what in line)
            if count >= at_least or time.monotonic() > deadline:
                return count
            time.sleep(0.05)

    def close(self) -> None:
        """Stop the proxy and remove its files."""
        self._process.terminate()
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._dir.cleanup()

    def __enter__(self) -> ForwardProxy:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
