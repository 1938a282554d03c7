"""Transports: the HTTP request and response types, the request handler interface and
its implementations (standard library sockets for the sync client, or urllib3; aiohttp for
the async one)."""
