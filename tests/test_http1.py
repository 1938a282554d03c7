"""HTTP/1.1 framing (runtime.transports.http1) tested directly, without a socket.

The framing on the wire is tested end to end, against a local server, in
test_urllib3_handler.py (both sync handlers).
"""

from __future__ import annotations

from runtime.transports.http1 import host_header


def test_host_header_leaves_out_the_default_port():
    assert host_header("http", "example.com", 80) == "example.com"
    assert host_header("https", "example.com", 443) == "example.com"
    assert host_header("https", "example.com", None) == "example.com"
    assert host_header("http", "example.com", 443) == "example.com:443"
    assert host_header("https", "example.com.", 8443) == "example.com:8443"
    assert host_header("http", "::1", 8080) == "[::1]:8080"
