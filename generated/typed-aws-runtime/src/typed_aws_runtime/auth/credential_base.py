"""What the credential providers share; internal to the ``credential_*`` modules.

The providers' base class (it records why a source had nothing, in
``skip_reason``) and the chain entry standing for a switched-off source; the
parsing of an ``Expiration`` timestamp and of a JSON credentials document;
access to the shared config files, given or loaded on first use; one plain
HTTP exchange for the container and instance-metadata providers. Like the
providers, this module is imported by :mod:`.chain` (the default chain)
when it is called, never when a client module is imported.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any, Union

from ..config.config_files import SharedConfig
from .credentials import Credentials, CredentialsError

_MAX_RESPONSE_BYTES = 1 << 20


class _Source:
    name = "credential source"
    skip_reason = ""

    def _skip(self, reason: str) -> Credentials | None:
        """Record why this source has nothing, and return None (nothing)."""
        self.skip_reason = reason
        return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class _Skipped(_Source):
    """A chain entry that is switched off, so the error message can say why."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.skip_reason = reason

    def get_credentials(self) -> Credentials | None:
        return None


_ISO_8601 = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?\s*(?:([Zz])|([+-])(\d\d):?(\d\d))?$"
)


def parse_expiry(text: str) -> datetime:
    """An ISO 8601 expiry ("2024-05-01T12:00:00Z", offsets, fractions) as aware UTC."""
    match = _ISO_8601.match(text.strip())
    if match is None:
        raise ValueError(f"not an ISO 8601 timestamp: {text[:40]!r}")
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    micro = int((match.group(7) or "0")[:6].ljust(6, "0"))
    moment = datetime(year, month, day, hour, minute, second, micro, tzinfo=timezone.utc)
    if match.group(9):
        offset = timedelta(hours=int(match.group(10)), minutes=int(match.group(11)))
        moment = moment - offset if match.group(9) == "+" else moment + offset
    return moment


def _expiry_field(value: Any, source: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise CredentialsError(f"{source}: Expiration is not a timestamp string")
    try:
        return parse_expiry(value)
    except ValueError as exc:
        raise CredentialsError(f"{source}: bad Expiration: {exc}") from None


def _credentials_from_json(data: Any, source: str, token_key: str) -> Credentials:
    """Credentials from a JSON object with AccessKeyId, SecretAccessKey, token, Expiration.

    An ``AccountId`` (sent by credential processes and container endpoints) is kept.
    """
    if not isinstance(data, dict):
        raise CredentialsError(f"{source}: expected a JSON object")
    for key in ("AccessKeyId", "SecretAccessKey"):
        value = data.get(key)
        if not isinstance(value, str) or not value:
            raise CredentialsError(f"{source}: the response has no {key}")
    token = data.get(token_key)
    if token is not None and not isinstance(token, str):
        raise CredentialsError(f"{source}: {token_key} is not a string")
    account_id = data.get("AccountId")
    if account_id is not None and not isinstance(account_id, str):
        raise CredentialsError(f"{source}: AccountId is not a string")
    return Credentials(
        data["AccessKeyId"],
        data["SecretAccessKey"],
        token or None,
        _expiry_field(data.get("Expiration"), source),
        account_id or None,
    )


SharedConfigSource = Union[SharedConfig, Callable[[], SharedConfig]]


def _shared(source: SharedConfigSource) -> SharedConfig:
    return source if isinstance(source, SharedConfig) else source()


class _LazySharedConfig:
    """Loads the shared files on first use, once."""

    def __init__(self, profile: str | None, environ: Mapping[str, str] | None) -> None:
        self._profile = profile
        self._environ = environ
        self._loaded: SharedConfig | None = None
        self._lock = threading.Lock()

    def __call__(self) -> SharedConfig:
        loaded = self._loaded
        if loaded is None:
            with self._lock:
                if self._loaded is None:
                    self._loaded = SharedConfig.load(self._profile, self._environ)
                loaded = self._loaded
        return loaded


def _http(
    method: str, url: str, headers: Mapping[str, str], timeout: float, body: bytes | None = None
) -> tuple[int, bytes]:
    """One HTTP exchange with the standard library (no proxies). Raises OSError."""
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        # Always explicit: http.client would read an IPv6 address's last group as a port.
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise OSError(f"bad port in {url!r}") from None
    connection: http.client.HTTPConnection
    if parts.scheme == "https":
        import ssl

        connection = http.client.HTTPSConnection(
            host, port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        connection = http.client.HTTPConnection(host, port, timeout=timeout)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        connection.request(method, target, body=body, headers=dict(headers))
        response = connection.getresponse()
        return response.status, response.read(_MAX_RESPONSE_BYTES)
    except (http.client.HTTPException, UnicodeError) as exc:
        raise OSError(f"{type(exc).__name__}: {exc}") from exc
    finally:
        connection.close()


def _describe_os_error(exc: OSError) -> str:
    if isinstance(exc, TimeoutError):
        return "timed out"
    return exc.strerror or str(exc) or type(exc).__name__
