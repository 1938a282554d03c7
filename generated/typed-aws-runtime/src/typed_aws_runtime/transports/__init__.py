"""Transports: the HTTP request and response types, the request handler interface and
its implementations, on the standard library by default (sockets for the sync client,
asyncio's transports for the async one), with urllib3 (sync) and aiohttp (async) as options."""
