"""Transports: the HTTP request and response types, the request handler interface and
its implementations (urllib3 for the sync client, aiohttp for the async one)."""
