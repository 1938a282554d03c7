"""AWS credentials and the simplest providers.

Secrets never appear in ``repr()`` or ``str()``: a credentials object prints
only the first characters of its access key id.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol


class Credentials:
    """An access key pair, an optional session token and an optional expiry."""

    __slots__ = ("access_key_id", "secret_access_key", "session_token", "expiry")

    def __init__(
        self,
        access_key_id: str,
        secret_access_key: str,
        session_token: str | None = None,
        expiry: datetime | None = None,
    ) -> None:
        if not access_key_id or not secret_access_key:
            raise ValueError("credentials need both an access key id and a secret access key")
        self.access_key_id = access_key_id
        self.secret_access_key = secret_access_key
        self.session_token = session_token
        self.expiry = expiry

    def __repr__(self) -> str:
        return f"Credentials(access_key_id={self.access_key_id[:4]!r}..., secret_access_key=***)"

    __str__ = __repr__


class CredentialsProvider(Protocol):
    """Anything that returns current credentials when asked."""

    def get_credentials(self) -> Credentials: ...


class StaticCredentialsProvider:
    """Returns the same credentials every time."""

    __slots__ = ("_credentials",)

    def __init__(self, credentials: Credentials) -> None:
        self._credentials = credentials

    def get_credentials(self) -> Credentials:
        return self._credentials
