"""AWS credentials, the chain that finds them, and the cache that refreshes them.

This module holds only what a client given explicit credentials needs at
import time: :class:`Credentials`, the :class:`CredentialsProvider`
protocol, :class:`StaticCredentialsProvider`, the errors,
:class:`CredentialChain` and :class:`RefreshingCredentials`. The default
chain (:func:`.chain.default_chain`) and its providers live in modules of
their own, which the client imports only when it needs the chain (no
``credentials=`` given); they import this module, never the reverse:

``chain``
    :func:`~.chain.default_chain`, the providers in botocore's order;
``credential_base``
    what the providers share: their base class, ``Expiration`` and JSON
    parsing, access to the shared files, one plain HTTP exchange;
``credential_sources``
    environment variables, the shared files' static keys, ``credential_process``;
``credential_roles``
    assume-role profiles and web identity, through ``credential_sts`` (a
    small STS client, imported only when a role is assumed);
``credential_botocore``
    botocore's own chain (IAM Identity Center (SSO), ``login_session``);
``credential_container``
    the container endpoint (ECS, EKS Pod Identity);
``credential_imds``
    the EC2 instance metadata service.

Secrets never appear in ``repr()``, ``str()``, log output or error messages:
a credentials object prints only the first characters of its access key id.

Providers
    Each source is a class whose ``get_credentials()`` returns
    :class:`Credentials`, or None when the source is not configured (the chain
    then tries the next one; the provider's ``skip_reason`` says why). A source
    that *is* configured but fails (a ``credential_process`` exiting non-zero,
    a container endpoint answering 500, a key id without its secret) raises
    :class:`CredentialsError` instead of silently falling through, as botocore
    does.

The default chain (:func:`.chain.default_chain`), in botocore's order
    1. environment variables (skipped when ``profile=`` names a profile);
    2. assume role: the profile's ``role_arn`` with ``source_profile`` or
       ``credential_source``; 3. web identity: ``AWS_WEB_IDENTITY_TOKEN_FILE``
       or the profile's ``web_identity_token_file``;
    4. botocore, when the profile needs what only botocore does: ``sso_*``,
       ``login_session``;
    5. the shared credentials file; 6. ``credential_process``; 7. the shared
       config file; 8. the container endpoint (ECS, EKS Pod Identity);
    9. the EC2 instance metadata service (IMDSv2, falling back to IMDSv1).

Caching
    :class:`RefreshingCredentials` resolves on first use, caches, and refreshes
    5 minutes before ``expiry`` (advisory: on failure keep the cached ones) or
    1 minute before it (mandatory: on failure raise). Reads when not near
    expiry take no lock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Protocol

from ..exceptions import SdkError

if TYPE_CHECKING:
    import logging


def _log() -> logging.Logger:
    """The credentials logger (also the provider modules'), so every message keeps this name.

    Looked up when first needed: importing ``logging`` costs milliseconds at
    client start, and most clients never log from here.
    """
    import logging

    return logging.getLogger(__name__)


ADVISORY_REFRESH_SECONDS = 300.0
MANDATORY_REFRESH_SECONDS = 60.0


class Credentials:
    """An access key pair, an optional session token, expiry and account id.

    ``account_id`` is the AWS account the keys belong to, when the source
    says (``AWS_ACCOUNT_ID``, ``aws_account_id``, ``AccountId``): endpoint
    rules of some services (DynamoDB) route to an account-based endpoint with it.
    """

    __slots__ = ("access_key_id", "secret_access_key", "session_token", "expiry", "account_id")
    access_key_id: str
    secret_access_key: str
    session_token: str | None
    expiry: datetime | None
    account_id: str | None

    def __init__(
        self,
        access_key_id: str,
        secret_access_key: str,
        session_token: str | None = None,
        expiry: datetime | None = None,
        account_id: str | None = None,
    ) -> None:
        if not access_key_id or not secret_access_key:
            raise ValueError("credentials need both an access key id and a secret access key")
        self.access_key_id = access_key_id
        self.secret_access_key = secret_access_key
        self.session_token = session_token
        self.expiry = expiry
        self.account_id = account_id

    def __repr__(self) -> str:
        return f"Credentials(access_key_id={self.access_key_id[:4]!r}..., secret_access_key=***)"

    __str__ = __repr__


class CredentialsProvider(Protocol):
    """Anything that returns current credentials when asked."""

    def get_credentials(self) -> Credentials: ...


class CredentialSource(Protocol):
    """One link of a :class:`CredentialChain`: credentials, or None to try the next.

    Optional attributes read by the chain: ``name`` (for messages) and
    ``skip_reason`` (why the last call returned None).
    """

    def get_credentials(self) -> Credentials | None: ...


class StaticCredentialsProvider:
    """Returns the same credentials every time."""

    __slots__ = ("_credentials",)

    def __init__(self, credentials: Credentials) -> None:
        self._credentials = credentials

    def get_credentials(self) -> Credentials:
        return self._credentials


class CredentialsError(SdkError):
    """A configured credential source failed (the message says which and why)."""


class NoCredentialsError(CredentialsError):
    """No source had credentials. ``tried`` lists (source, why it was skipped)."""

    def __init__(self, tried: Sequence[tuple[str, str]]) -> None:
        self.tried = tuple(tried)
        lines = [f"  - {name}: {reason}" for name, reason in self.tried]
        super().__init__(
            "No AWS credentials found. Tried, in order:\n"
            + "\n".join(lines)
            + "\nPass credentials=..., set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or "
            "configure the profile in the shared credentials or config file."
        )


# -- chain and cache -------------------------------------------------------


class CredentialChain:
    """The first credentials any of ``providers`` gives, in order.

    Remembers which provider answered and asks it first next time (a refresh
    then goes back to the same source, as botocore's refreshable credentials
    do); if it no longer answers, the whole chain is tried again. Nothing
    found: :class:`NoCredentialsError` listing every provider and why it was
    skipped. A provider that raises stops the chain (it is configured but
    broken: better an error than another identity).
    """

    def __init__(self, providers: Sequence[CredentialSource]) -> None:
        self.providers = tuple(providers)
        self._winner: CredentialSource | None = None
        self._lock = threading.Lock()

    @property
    def source_name(self) -> str | None:
        """The name of the provider that gave the last credentials, if any."""
        winner = self._winner
        return None if winner is None else _source_name(winner)

    def get_credentials(self) -> Credentials:
        with self._lock:
            winner = self._winner
            if winner is not None:
                credentials = winner.get_credentials()
                if credentials is not None:
                    return credentials
                self._winner = None
            tried: list[tuple[str, str]] = []
            for provider in self.providers:
                credentials = provider.get_credentials()
                if credentials is not None:
                    self._winner = provider
                    _log().debug("Found credentials: %s", _source_name(provider))
                    return credentials
                reason = getattr(provider, "skip_reason", "") or "no credentials"
                tried.append((_source_name(provider), reason))
            raise NoCredentialsError(tried)

    def __repr__(self) -> str:
        return f"CredentialChain([{', '.join(_source_name(p) for p in self.providers)}])"


def _source_name(provider: object) -> str:
    name = getattr(provider, "name", None)
    return name if isinstance(name, str) and name else type(provider).__name__


class _Cached:
    __slots__ = ("credentials", "refresh_at", "must_refresh_at")

    def __init__(
        self, credentials: Credentials, refresh_at: float, must_refresh_at: float
    ) -> None:
        self.credentials = credentials
        self.refresh_at = refresh_at
        self.must_refresh_at = must_refresh_at


class RefreshingCredentials:
    """Caches another provider's credentials and refreshes them before they expire.

    Credentials without ``expiry`` are kept for good. Otherwise, from
    ``advisory_seconds`` before expiry one caller tries a refresh while the
    others keep using the cached credentials (a failure is logged, and tried
    again ``retry_seconds`` later); from ``mandatory_seconds`` before expiry
    every caller waits for a refresh and a failure raises. Refreshed
    credentials that have already expired raise :class:`CredentialsError`.
    The common case, not near expiry, reads one attribute and the clock and
    takes no lock. ``clock`` returns seconds since the epoch (``time.time``).
    """

    def __init__(
        self,
        provider: CredentialsProvider,
        *,
        advisory_seconds: float = ADVISORY_REFRESH_SECONDS,
        mandatory_seconds: float = MANDATORY_REFRESH_SECONDS,
        retry_seconds: float = 30.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.provider = provider
        self._advisory = advisory_seconds
        self._mandatory = mandatory_seconds
        self._retry = retry_seconds
        self._clock = clock
        self._cached: _Cached | None = None
        self._lock = threading.Lock()

    def get_credentials(self) -> Credentials:
        cached = self._cached
        if cached is not None and self._clock() < cached.refresh_at:
            return cached.credentials
        return self._refresh_or_wait(cached)

    def cached_credentials(self) -> Credentials | None:
        """The cached credentials if no refresh is due, else None; never does I/O.

        The async client asks this first and, on None, refreshes in a worker
        thread, so a slow credential source does not block its event loop.
        """
        cached = self._cached
        if cached is not None and self._clock() < cached.refresh_at:
            return cached.credentials
        return None

    def invalidate(self) -> None:
        """Forget the cached credentials (e.g. after the service said they expired)."""
        self._cached = None

    def _refresh_or_wait(self, cached: _Cached | None) -> Credentials:
        if cached is not None and self._clock() < cached.must_refresh_at:
            # Advisory window: one caller refreshes; the others use what is cached.
            if not self._lock.acquire(blocking=False):
                return cached.credentials
            try:
                current = self._cached
                if current is not None and current is not cached:
                    return current.credentials
                try:
                    return self._refresh().credentials
                except Exception as exc:
                    now = self._clock()
                    _log().warning(
                        "Refreshing credentials failed; using the cached ones until "
                        "%.0f s before they expire: %s",
                        self._mandatory,
                        exc,
                    )
                    self._cached = _Cached(
                        cached.credentials,
                        min(now + self._retry, cached.must_refresh_at),
                        cached.must_refresh_at,
                    )
                    return cached.credentials
            finally:
                self._lock.release()
        with self._lock:
            current = self._cached
            if current is not None and self._clock() < current.must_refresh_at:
                return current.credentials
            return self._refresh().credentials

    def _refresh(self) -> _Cached:
        credentials = self.provider.get_credentials()
        now = self._clock()
        if credentials.expiry is None:
            cached = _Cached(credentials, float("inf"), float("inf"))
        else:
            expires = _epoch(credentials.expiry)
            if expires <= now:
                raise CredentialsError(
                    f"the credentials from {_source_name(self.provider)} expired at "
                    f"{credentials.expiry.isoformat()}"
                )
            must = expires - self._mandatory
            if must <= now:
                # Short-lived credentials: use them for half their remaining life.
                must = now + (expires - now) / 2
            refresh_at = min(expires - self._advisory, must)
            cached = _Cached(credentials, refresh_at if refresh_at > now else must, must)
        self._cached = cached
        return cached

    def __repr__(self) -> str:
        return f"RefreshingCredentials({self.provider!r})"


def _epoch(moment: datetime) -> float:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()
