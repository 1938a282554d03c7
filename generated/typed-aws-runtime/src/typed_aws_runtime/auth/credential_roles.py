"""Roles: assume-role profiles and web identity, done by the package itself.

:class:`AssumeRoleProvider` serves a profile with ``role_arn`` and a
``source_profile`` (static keys, ``credential_process``, web identity or
another role: chains are followed, loops refused) or a
``credential_source`` (``Environment``, ``Ec2InstanceMetadata``,
``EcsContainer``). :class:`WebIdentityProvider` serves
``AWS_WEB_IDENTITY_TOKEN_FILE`` + ``AWS_ROLE_ARN`` or a profile's
``web_identity_token_file`` + ``role_arn``, re-reading the token file at each
refresh (EKS rotates it). Both call STS through :mod:`.credential_sts`,
imported only when a role is actually assumed; the chain's
:class:`.RefreshingCredentials` renews what they return before it expires.

Answers are also kept per process, as botocore keeps them per session: two
clients of one profile share one assumed session while it has more than
15 minutes left. A profile whose chain reaches IAM Identity Center (SSO) or
``login_session`` is handed whole to botocore (:mod:`.credential_botocore`).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from .credential_botocore import BOTOCORE_PROFILE_KEYS
from .credential_base import SharedConfigSource, _describe_os_error, _shared, _Source
from .credentials import (
    Credentials,
    CredentialsError,
    CredentialSource,
    CredentialsProvider,
    RefreshingCredentials,
    StaticCredentialsProvider,
    _epoch,
)

if TYPE_CHECKING:
    from ..config.config_files import SharedConfig

# A process-cached answer is reused while it has this much life left (botocore's window).
CACHE_WINDOW_SECONDS = 900.0
CREDENTIAL_SOURCES = ("Environment", "Ec2InstanceMetadata", "EcsContainer")

_cache: dict[tuple[str | None, ...], Credentials] = {}
_cache_lock = threading.Lock()


def _session_name(configured: str | None, clock: Callable[[], float]) -> str:
    # botocore's default, so CloudTrail shows the sessions as it did before.
    return configured or f"botocore-session-{int(clock())}"


def _cached_call(
    key: tuple[str | None, ...], fetch: Callable[[], Credentials], clock: Callable[[], float]
) -> Credentials:
    """``fetch()``, unless this process holds an answer for ``key`` with life left."""
    with _cache_lock:
        cached = _cache.get(key)
    if cached is not None and cached.expiry is not None:
        if _epoch(cached.expiry) - clock() > CACHE_WINDOW_SECONDS:
            return cached
    credentials = fetch()
    with _cache_lock:
        _cache[key] = credentials
    return credentials


class _Sts:
    """Where the chain's STS calls go: the client profile's Region and endpoint settings."""

    def __init__(self, shared: SharedConfig, environ: Mapping[str, str]) -> None:
        from .credential_sts import sts_endpoint, sts_region

        self.endpoint, self.region = sts_endpoint(shared, environ, sts_region(shared, environ))


class _AssumeRole:
    """``AssumeRole`` of one profile's role with credentials from ``source``."""

    def __init__(
        self,
        profile: SharedConfig,
        source: CredentialsProvider,
        sts: _Sts,
        clock: Callable[[], float],
    ) -> None:
        self.name = f"assume role {profile.get('role_arn')} (profile {profile.profile_name!r})"
        self._role_arn = profile.get("role_arn") or ""
        self._what = f"AssumeRole of {self._role_arn} for profile {profile.profile_name!r}"
        if profile.get("mfa_serial"):
            raise CredentialsError(
                f"profile {profile.profile_name!r} sets mfa_serial: assuming its role needs an "
                "MFA code typed in, which this package does not prompt for. Get credentials "
                "with the AWS CLI (aws sts assume-role ... --serial-number ... --token-code "
                "...) and pass them as credentials=, or drop mfa_serial from the profile"
            )
        self._params = {
            "RoleArn": self._role_arn,
            "RoleSessionName": profile.get("role_session_name") or "",
            "ExternalId": profile.get("external_id") or "",
            "DurationSeconds": _duration(profile),
        }
        self._source = source
        self._sts = sts
        self._clock = clock

    def get_credentials(self) -> Credentials:
        from .credential_sts import call_sts

        source = self._source.get_credentials()
        key = ("AssumeRole", self._sts.endpoint, source.access_key_id) + tuple(
            self._params.values()
        )
        params = {name: value for name, value in self._params.items() if value}
        params["RoleSessionName"] = _session_name(params.get("RoleSessionName"), self._clock)
        return _cached_call(
            key,
            lambda: call_sts(
                "AssumeRole",
                params,
                endpoint=self._sts.endpoint,
                region=self._sts.region,
                what=self._what,
                signing_credentials=source,
            ),
            self._clock,
        )

    def __repr__(self) -> str:
        return f"<AssumeRole {self._role_arn}>"


def _duration(profile: SharedConfig) -> str:
    text = (profile.get("duration_seconds") or "").strip()
    if text and not text.isdigit():
        raise CredentialsError(
            f"profile {profile.profile_name!r}: duration_seconds must be a whole number of "
            f"seconds, not {text[:20]!r}"
        )
    return text


class _WebIdentity:
    """``AssumeRoleWithWebIdentity`` with the token in a file, read at each call."""

    def __init__(
        self,
        token_file: str,
        role_arn: str,
        session_name: str | None,
        sts: _Sts,
        clock: Callable[[], float],
    ) -> None:
        self.name = f"web identity {role_arn}"
        self._token_file = token_file
        self._role_arn = role_arn
        self._session_name = session_name
        self._sts = sts
        self._clock = clock

    def get_credentials(self) -> Credentials:
        from .credential_sts import call_sts

        try:
            with open(self._token_file, encoding="utf-8") as handle:
                token = handle.read().strip()
        except OSError as exc:
            raise CredentialsError(
                f"the web identity token file {self._token_file!r} cannot be read: "
                f"{_describe_os_error(exc)}"
            ) from None
        if not token:
            raise CredentialsError(f"the web identity token file {self._token_file!r} is empty")
        params = {
            "RoleArn": self._role_arn,
            "RoleSessionName": _session_name(self._session_name, self._clock),
            "WebIdentityToken": token,
        }
        key = ("AssumeRoleWithWebIdentity", self._sts.endpoint, self._token_file, self._role_arn)
        return _cached_call(
            key + (self._session_name,),
            lambda: call_sts(
                "AssumeRoleWithWebIdentity",
                params,
                endpoint=self._sts.endpoint,
                region=self._sts.region,
                what=f"AssumeRoleWithWebIdentity of {self._role_arn}",
                secrets=(token,),
            ),
            self._clock,
        )

    def __repr__(self) -> str:
        return f"<WebIdentity {self._role_arn}>"


class _NeedsBotocore(Exception):
    """The profile chain reaches a source only botocore implements (SSO, login_session)."""


class _RoleSource(_Source):
    """A chain source that builds its role on first use, from the profile and the environment."""

    def __init__(
        self,
        shared_config: SharedConfigSource,
        environ: Mapping[str, str] | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._shared_config = shared_config
        self._environ = environ
        self._clock = clock
        self._role: CredentialsProvider | None = None
        self._lock = threading.Lock()


class AssumeRoleProvider(_RoleSource):
    """The client profile's ``role_arn``, assumed with ``source_profile`` or ``credential_source``.

    Skipped when the profile has no ``role_arn``, or has a
    ``web_identity_token_file`` (that is :class:`WebIdentityProvider`'s). A
    broken chain (a missing source profile, a loop, both or neither of
    ``source_profile`` and ``credential_source``, ``mfa_serial``, an STS
    error) raises :class:`CredentialsError` naming the profile and the role.
    """

    name = "assume role"

    def get_credentials(self) -> Credentials | None:
        shared = _shared(self._shared_config)
        if not shared.get("role_arn"):
            return self._skip(f"profile {shared.profile_name!r} has no role_arn")
        if shared.get("web_identity_token_file"):
            return self._skip(
                f"profile {shared.profile_name!r} has web_identity_token_file (web identity)"
            )
        with self._lock:
            role = self._role
            if role is None:
                env = os.environ if self._environ is None else self._environ
                try:
                    role = _role_of(shared, env, _Sts(shared, env), self._clock, [])
                except _NeedsBotocore as exc:
                    from .credential_botocore import BotocoreProvider

                    botocore = BotocoreProvider(
                        shared.profile_name, shared_config=shared, reason=str(exc)
                    )
                    role = _Required(botocore, f"botocore, for profile {shared.profile_name!r}")
                self._role = role
        return role.get_credentials()


def _role_of(
    profile: SharedConfig,
    environ: Mapping[str, str],
    sts: _Sts,
    clock: Callable[[], float],
    visited: list[str],
) -> CredentialsProvider:
    """The assumed role of ``profile`` (which has ``role_arn``), its source resolved."""
    name = profile.profile_name
    visited = visited + [name]
    source_profile = profile.get("source_profile")
    credential_source = profile.get("credential_source")
    if source_profile and credential_source:
        raise CredentialsError(
            f"profile {name!r} sets both source_profile and credential_source; keep one"
        )
    if source_profile:
        source = _source_of(profile, source_profile, environ, sts, clock, visited)
    elif credential_source:
        source = _credential_source(profile, credential_source, environ)
    else:
        raise CredentialsError(
            f"profile {name!r} has role_arn but neither source_profile nor credential_source"
        )
    return _AssumeRole(profile, source, sts, clock)


def _source_of(
    parent: SharedConfig,
    name: str,
    environ: Mapping[str, str],
    sts: _Sts,
    clock: Callable[[], float],
    visited: list[str],
) -> CredentialsProvider:
    """The credentials of ``source_profile = name``, as botocore resolves them.

    Static keys win (so a profile may name itself as its source); then a role
    (followed, loops refused), web identity, SSO (botocore's), ``credential_process``.
    """
    if name not in parent.profile_names():
        raise CredentialsError(
            f"profile {parent.profile_name!r} names source_profile {name!r}, which is in "
            f"neither {parent.describe('config')} nor {parent.describe('credentials')}"
        )
    profile = parent.with_profile(name)
    static = _static_keys(profile)
    if static is not None and (name not in visited or name == parent.profile_name):
        return StaticCredentialsProvider(static)
    if name in visited:
        raise CredentialsError("the source_profile chain loops: " + " -> ".join(visited + [name]))
    if profile.get("role_arn"):
        web_identity = _web_identity_of(profile, {}, sts, clock)
        if web_identity is not None:
            return RefreshingCredentials(web_identity)
        return RefreshingCredentials(_role_of(profile, environ, sts, clock, visited))
    needing = next((key for key in BOTOCORE_PROFILE_KEYS if profile.get(key)), None)
    if needing:
        raise _NeedsBotocore(f"{needing} in source profile {name!r}")
    if profile.get("credential_process"):
        from .credential_sources import ProcessProvider

        return RefreshingCredentials(_Required(ProcessProvider(profile), f"profile {name!r}"))
    raise CredentialsError(
        f"source profile {name!r} (of profile {parent.profile_name!r}) has no credentials: no "
        "aws_access_key_id, role_arn, credential_process or sso_* keys"
    )


def _static_keys(profile: SharedConfig) -> Credentials | None:
    access_key = profile.get("aws_access_key_id")
    if not access_key:
        return None
    secret = profile.get("aws_secret_access_key")
    if not secret:
        raise CredentialsError(
            f"profile {profile.profile_name!r} has aws_access_key_id but no aws_secret_access_key"
        )
    token = profile.get("aws_security_token") or profile.get("aws_session_token") or None
    return Credentials(access_key, secret, token, account_id=profile.get("aws_account_id"))


def _credential_source(
    profile: SharedConfig, source: str, environ: Mapping[str, str]
) -> CredentialsProvider:
    provider: CredentialSource
    if source == "Environment":
        from .credential_sources import EnvironmentProvider

        provider = EnvironmentProvider(environ)
    elif source == "Ec2InstanceMetadata":
        from .credential_imds import InstanceMetadataProvider

        provider = InstanceMetadataProvider(environ=environ, shared_config=profile)
    elif source == "EcsContainer":
        from .credential_container import ContainerProvider

        provider = ContainerProvider(environ)
    else:
        raise CredentialsError(
            f"profile {profile.profile_name!r}: credential_source {source[:40]!r} is not one "
            f"of {', '.join(CREDENTIAL_SOURCES)}"
        )
    what = f"credential_source {source} of profile {profile.profile_name!r}"
    return RefreshingCredentials(_Required(provider, what))


class _Required:
    """A chain source that must answer: None becomes an error saying why."""

    def __init__(self, provider: CredentialSource, what: str) -> None:
        self._provider = provider
        self._what = what
        self.name = what

    def get_credentials(self) -> Credentials:
        credentials = self._provider.get_credentials()
        if credentials is None:
            raise CredentialsError(
                f"{self._what} found no credentials: "
                f"{getattr(self._provider, 'skip_reason', '') or 'no reason given'}"
            )
        return credentials


def _web_identity_of(
    profile: SharedConfig,
    environ: Mapping[str, str],
    sts: _Sts,
    clock: Callable[[], float],
) -> _WebIdentity | None:
    """Web identity from ``environ``'s variables, else the profile's keys (per key, as botocore)."""
    token_file = environ.get("AWS_WEB_IDENTITY_TOKEN_FILE") or profile.get(
        "web_identity_token_file"
    )
    if not token_file:
        return None
    role_arn = environ.get("AWS_ROLE_ARN") or profile.get("role_arn")
    if not role_arn:
        raise CredentialsError(
            f"the web identity token file {token_file!r} is set, but no role: set AWS_ROLE_ARN "
            f"or role_arn in profile {profile.profile_name!r}"
        )
    session_name = environ.get("AWS_ROLE_SESSION_NAME") or profile.get("role_session_name")
    return _WebIdentity(token_file, role_arn, session_name, sts, clock)


class WebIdentityProvider(_RoleSource):
    """``AssumeRoleWithWebIdentity`` with a token file (EKS IRSA and the like).

    ``AWS_WEB_IDENTITY_TOKEN_FILE``, ``AWS_ROLE_ARN`` and
    ``AWS_ROLE_SESSION_NAME`` (ignored when ``profile=`` names a profile, as
    in botocore), else the profile's ``web_identity_token_file``,
    ``role_arn`` and ``role_session_name``. Skipped when no token file is set.
    """

    name = "web identity"

    def get_credentials(self) -> Credentials | None:
        shared = _shared(self._shared_config)
        env = os.environ if self._environ is None else self._environ
        variables = {} if shared.profile_from_argument else env
        with self._lock:
            if self._role is None and (
                variables.get("AWS_WEB_IDENTITY_TOKEN_FILE")
                or shared.get("web_identity_token_file")
            ):
                self._role = _web_identity_of(shared, variables, _Sts(shared, env), self._clock)
            role = self._role
        if role is None:
            return self._skip(
                f"neither AWS_WEB_IDENTITY_TOKEN_FILE nor web_identity_token_file in profile "
                f"{shared.profile_name!r} is set"
            )
        return role.get_credentials()
