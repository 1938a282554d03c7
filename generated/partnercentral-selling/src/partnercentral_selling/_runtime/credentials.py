"""AWS credentials, where they come from, and how they are cached.

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

The default chain (:func:`default_chain`), in botocore's order
    1. environment variables (skipped when ``profile=`` names a profile);
    2. botocore, when the profile needs what only botocore does: ``role_arn``
       (assume role), ``web_identity_token_file`` or ``AWS_WEB_IDENTITY_TOKEN_FILE``,
       ``sso_*``, ``login_session``;
    3. the shared credentials file; 4. ``credential_process``; 5. the shared
       config file; 6. the container endpoint (ECS, EKS Pod Identity);
    7. the EC2 instance metadata service (IMDSv2, falling back to IMDSv1).

Caching
    :class:`RefreshingCredentials` resolves on first use, caches, and refreshes
    5 minutes before ``expiry`` (advisory: on failure keep the cached ones) or
    1 minute before it (mandatory: on failure raise). Reads when not near
    expiry take no lock.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any, Literal, Protocol, Union

from .config_files import SharedConfig
from .errors import SdkError

_LOG = logging.getLogger(__name__)

ADVISORY_REFRESH_SECONDS = 300.0
MANDATORY_REFRESH_SECONDS = 60.0

CONTAINER_HOST = "169.254.170.2"
# Plain-HTTP hosts a full container URI may name besides loopback (botocore's list).
CONTAINER_ALLOWED_HOSTS = ("169.254.170.2", "169.254.170.23", "fd00:ec2::23", "localhost")
IMDS_ENDPOINT = "http://169.254.169.254"
IMDS_ENDPOINT_IPV6 = "http://[fd00:ec2::254]"
IMDS_TOKEN_TTL_SECONDS = "21600"
_IMDS_CREDENTIALS_PATH = "/latest/meta-data/iam/security-credentials/"
_MAX_RESPONSE_BYTES = 1 << 20

# Profile keys (and environment variables) only botocore's chain handles.
_BOTOCORE_PROFILE_KEYS = (
    "role_arn",
    "web_identity_token_file",
    "sso_session",
    "sso_start_url",
    "sso_account_id",
    "sso_role_name",
    "login_session",
)


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


# -- helpers ---------------------------------------------------------------

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


def _epoch(moment: datetime) -> float:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def _is_true(value: str | None) -> bool:
    return value is not None and value.strip().lower() == "true"


def _credentials_from_json(data: Any, source: str, token_key: str) -> Credentials:
    """Credentials from a JSON object with AccessKeyId, SecretAccessKey, token, Expiration."""
    if not isinstance(data, dict):
        raise CredentialsError(f"{source}: expected a JSON object")
    for key in ("AccessKeyId", "SecretAccessKey"):
        value = data.get(key)
        if not isinstance(value, str) or not value:
            raise CredentialsError(f"{source}: the response has no {key}")
    token = data.get(token_key)
    if token is not None and not isinstance(token, str):
        raise CredentialsError(f"{source}: {token_key} is not a string")
    return Credentials(
        data["AccessKeyId"],
        data["SecretAccessKey"],
        token or None,
        _expiry_field(data.get("Expiration"), source),
    )


def _http(method: str, url: str, headers: Mapping[str, str], timeout: float) -> tuple[int, bytes]:
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
        connection.request(method, target, headers=dict(headers))
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


# -- providers -------------------------------------------------------------


class _Source:
    name = "credential source"
    skip_reason = ""

    def _skip(self, reason: str) -> Credentials | None:
        """Record why this source has nothing, and return None (nothing)."""
        self.skip_reason = reason
        return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class EnvironmentProvider(_Source):
    """``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``, ``AWS_SESSION_TOKEN``.

    Also ``AWS_SECURITY_TOKEN`` (older name of the token) and
    ``AWS_CREDENTIAL_EXPIRATION``, as botocore reads them. ``environ``
    defaults to ``os.environ``, read at each call.
    """

    name = "environment"

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        self._environ = environ

    def get_credentials(self) -> Credentials | None:
        env = os.environ if self._environ is None else self._environ
        access_key = env.get("AWS_ACCESS_KEY_ID", "")
        if not access_key:
            return self._skip("AWS_ACCESS_KEY_ID is not set")
        secret = env.get("AWS_SECRET_ACCESS_KEY", "")
        if not secret:
            raise CredentialsError(
                "environment: AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not"
            )
        token = env.get("AWS_SESSION_TOKEN") or env.get("AWS_SECURITY_TOKEN") or None
        expiry = _expiry_field(
            env.get("AWS_CREDENTIAL_EXPIRATION") or None, "environment AWS_CREDENTIAL_EXPIRATION"
        )
        return Credentials(access_key, secret, token, expiry)


class SharedFilesProvider(_Source):
    """Static keys of the profile in the shared credentials and/or config file.

    ``aws_access_key_id``, ``aws_secret_access_key`` and ``aws_session_token``
    (or ``aws_security_token``) from one file's profile section: ``source``
    "credentials" reads the credentials file, "config" the config file,
    "both" (the default) the credentials file and then the config file. The
    default chain uses the two separately, with ``credential_process``
    between them, as botocore does.
    """

    def __init__(
        self,
        shared_config: SharedConfigSource,
        *,
        source: Literal["both", "credentials", "config"] = "both",
    ) -> None:
        self._shared_config = shared_config
        self._files: tuple[str, ...] = ("credentials", "config") if source == "both" else (source,)
        self.name = {
            "both": "shared credentials/config file",
            "credentials": "shared credentials file",
            "config": "shared config file",
        }[source]

    def get_credentials(self) -> Credentials | None:
        shared = _shared(self._shared_config)
        reasons = []
        for which in self._files:
            lookup = (
                shared.credentials_file_value
                if which == "credentials"
                else shared.config_file_value
            )
            access_key = lookup("aws_access_key_id")
            if not access_key:
                reasons.append(
                    f"no aws_access_key_id in profile {shared.profile_name!r} of "
                    f"{shared.describe(which)}"
                )
                continue
            secret = lookup("aws_secret_access_key")
            if not secret:
                raise CredentialsError(
                    f"profile {shared.profile_name!r} in {shared.describe(which)} has "
                    "aws_access_key_id but no aws_secret_access_key"
                )
            token = lookup("aws_security_token") or lookup("aws_session_token") or None
            return Credentials(access_key, secret, token)
        return self._skip("; ".join(reasons))


class ProcessProvider(_Source):
    """The profile's ``credential_process``: a command printing JSON credentials.

    The command is split like a shell would (no shell is run) and its output
    must be ``{"Version": 1, "AccessKeyId": ..., "SecretAccessKey": ...,
    "SessionToken": ..., "Expiration": ...}`` (the last two optional). A
    failure names the profile and includes the command's stderr, never its
    standard output (which holds the secret).
    """

    name = "credential_process"

    def __init__(self, shared_config: SharedConfigSource, *, timeout: float | None = None) -> None:
        self._shared_config = shared_config
        self._timeout = timeout

    def get_credentials(self) -> Credentials | None:
        import shlex
        import subprocess

        shared = _shared(self._shared_config)
        command = shared.get("credential_process")
        if not command:
            return self._skip(f"profile {shared.profile_name!r} has no credential_process")
        what = f"credential_process of profile {shared.profile_name!r}"
        try:
            # On Windows the command line goes to CreateProcess as written.
            args: str | list[str] = command if sys.platform == "win32" else shlex.split(command)
        except ValueError as exc:
            raise CredentialsError(f"{what} cannot be split into arguments: {exc}") from None
        if not args:
            raise CredentialsError(f"{what} is empty")
        try:
            result = subprocess.run(
                args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=self._timeout
            )
        except subprocess.TimeoutExpired:
            raise CredentialsError(f"{what} did not finish within {self._timeout} s") from None
        except OSError as exc:
            program = args if isinstance(args, str) else args[0]
            raise CredentialsError(
                f"{what} could not be started ({program!r}): {_describe_os_error(exc)}"
            ) from None
        if result.returncode != 0:
            stderr = result.stderr.decode("utf-8", "replace").strip()
            if len(stderr) > 2000:
                stderr = "..." + stderr[-2000:]
            raise CredentialsError(
                f"{what} exited with status {result.returncode}"
                + (f": {stderr}" if stderr else " (nothing on stderr)")
            )
        try:
            data = json.loads(result.stdout)
        except ValueError:
            raise CredentialsError(
                f"{what} did not print a JSON object (output not shown: it may hold secrets)"
            ) from None
        if not isinstance(data, dict):
            raise CredentialsError(f"{what} did not print a JSON object")
        version = data.get("Version", "<missing>")
        if version != 1 or isinstance(version, bool):
            raise CredentialsError(
                f"{what} printed Version {str(version)[:20]!r}; the supported Version is 1"
            )
        return _credentials_from_json(data, what, "SessionToken")


class ContainerProvider(_Source):
    """The container credentials endpoint (ECS task roles, EKS Pod Identity).

    ``AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`` is fetched from
    http://169.254.170.2; else ``AWS_CONTAINER_CREDENTIALS_FULL_URI``, which
    must be HTTPS, a loopback address, or one of the ECS/EKS link-local hosts.
    ``AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE`` (read at each fetch) or
    ``AWS_CONTAINER_AUTHORIZATION_TOKEN`` is sent as ``Authorization``.
    Attempts and timeouts follow botocore (3 attempts, 2 s, 1 s apart).
    """

    name = "container"

    def __init__(
        self,
        environ: Mapping[str, str] | None = None,
        *,
        timeout: float = 2.0,
        attempts: int = 3,
        retry_delay: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._environ = environ
        self._timeout = timeout
        self._attempts = max(1, attempts)
        self._retry_delay = retry_delay
        self._sleep = sleep

    def get_credentials(self) -> Credentials | None:
        env = os.environ if self._environ is None else self._environ
        relative = env.get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")
        full = env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI")
        if relative:
            url = f"http://{CONTAINER_HOST}{relative}"
        elif full:
            url = full
            _check_container_url(url)
        else:
            return self._skip(
                "neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor "
                "AWS_CONTAINER_CREDENTIALS_FULL_URI is set"
            )
        headers = {"Accept": "application/json"}
        token = _container_token(env)
        if token is not None:
            headers["Authorization"] = token
        problem = ""
        for attempt in range(self._attempts):
            if attempt:
                self._sleep(self._retry_delay)
            try:
                status, body = _http("GET", url, headers, self._timeout)
            except OSError as exc:
                problem = f"cannot reach it: {_describe_os_error(exc)}"
                continue
            if status != 200:
                text = body[:200].decode("utf-8", "replace").strip()
                problem = f"HTTP {status}" + (f": {text}" if text else "")
                continue
            try:
                data = json.loads(body)
            except ValueError:
                problem = "the response is not JSON"
                continue
            return _credentials_from_json(data, f"container endpoint {url}", "Token")
        raise CredentialsError(
            f"container endpoint {url} gave no credentials after {self._attempts} "
            f"attempt(s): {problem}"
        )


def _check_container_url(url: str) -> None:
    import ipaddress
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname:
        if parts.hostname in CONTAINER_ALLOWED_HOSTS:
            return
        try:
            if ipaddress.ip_address(parts.hostname).is_loopback:
                return
        except ValueError:
            pass
    raise CredentialsError(
        f"AWS_CONTAINER_CREDENTIALS_FULL_URI {url!r} is not allowed: it must use HTTPS, a "
        f"loopback address, or one of {', '.join(CONTAINER_ALLOWED_HOSTS)}"
    )


def _container_token(env: Mapping[str, str]) -> str | None:
    path = env.get("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE")
    if path:
        try:
            with open(path, encoding="utf-8") as handle:
                token = handle.read().strip()
        except OSError as exc:
            raise CredentialsError(
                f"AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE {path!r} cannot be read: "
                f"{_describe_os_error(exc)}"
            ) from None
    else:
        token = env.get("AWS_CONTAINER_AUTHORIZATION_TOKEN") or ""
        if not token:
            return None
    if "\r" in token or "\n" in token:
        raise CredentialsError("the container authorization token contains a line break")
    return token


class InstanceMetadataProvider(_Source):
    """The role credentials of an EC2 instance, from its metadata service.

    IMDSv2: ``PUT /latest/api/token`` (``X-aws-ec2-metadata-token-ttl-seconds``),
    then the role name and its credentials with ``X-aws-ec2-metadata-token``.
    As in botocore, a token request answered 403, 404 or 405, or timing out,
    falls back to IMDSv1 (no token) unless ``AWS_EC2_METADATA_V1_DISABLED`` /
    ``ec2_metadata_v1_disabled`` is true; ``AWS_EC2_METADATA_DISABLED=true``
    turns the provider off. The endpoint is ``endpoint``, else
    ``AWS_EC2_METADATA_SERVICE_ENDPOINT`` / ``ec2_metadata_service_endpoint``,
    else the IPv4 (or, with endpoint mode ``IPv6``, the IPv6) address.
    ``timeout`` and ``attempts`` default to ``AWS_METADATA_SERVICE_TIMEOUT`` /
    ``AWS_METADATA_SERVICE_NUM_ATTEMPTS`` (or the config keys), else 1 and 1.

    Unreachable or unhelpful metadata service: None (try the next source).
    Credentials that have expired or expire within a minute (an IMDS outage)
    get their expiry pushed 7-15 minutes out, as botocore does (EC2 keeps
    accepting them for a while), so that calls go on meanwhile.
    """

    name = "instance metadata"

    def __init__(
        self,
        *,
        endpoint: str | None = None,
        timeout: float | None = None,
        attempts: int | None = None,
        environ: Mapping[str, str] | None = None,
        shared_config: SharedConfigSource | None = None,
        v1_disabled: bool | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._endpoint = endpoint
        self._timeout = timeout
        self._attempts = attempts
        self._environ = environ
        self._shared_config = shared_config
        self._v1_disabled = v1_disabled
        self._clock = clock

    def _setting(self, env_name: str, config_key: str) -> str | None:
        env = os.environ if self._environ is None else self._environ
        value = env.get(env_name)
        if value:
            return value
        if self._shared_config is not None:
            return _shared(self._shared_config).get(config_key)
        return None

    def _number(self, given: float | None, env_name: str, config_key: str) -> float:
        if given is not None:
            return given
        text = self._setting(env_name, config_key)
        if text:
            try:
                return float(text)
            except ValueError:
                raise CredentialsError(
                    f"{env_name} / {config_key} must be a number, got {text[:20]!r}"
                ) from None
        return 1.0

    def base_url(self) -> str:
        """The metadata service's base URL, as this provider resolves it."""
        if self._endpoint:
            return self._endpoint.rstrip("/")
        custom = self._setting(
            "AWS_EC2_METADATA_SERVICE_ENDPOINT", "ec2_metadata_service_endpoint"
        )
        if custom:
            return custom.rstrip("/")
        mode = self._setting(
            "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "ec2_metadata_service_endpoint_mode"
        )
        return IMDS_ENDPOINT_IPV6 if (mode or "").strip().lower() == "ipv6" else IMDS_ENDPOINT

    def get_credentials(self) -> Credentials | None:
        env = os.environ if self._environ is None else self._environ
        if _is_true(env.get("AWS_EC2_METADATA_DISABLED")):
            return self._skip("AWS_EC2_METADATA_DISABLED is true")
        base = self.base_url()
        if not re.match(r"https?://[^/?#]+(/[^?#]*)?$", base):
            raise CredentialsError(f"instance metadata endpoint {base!r} is not an http(s) URL")
        timeout = self._number(
            self._timeout, "AWS_METADATA_SERVICE_TIMEOUT", "metadata_service_timeout"
        )
        attempts = max(
            1,
            int(
                self._number(
                    float(self._attempts) if self._attempts is not None else None,
                    "AWS_METADATA_SERVICE_NUM_ATTEMPTS",
                    "metadata_service_num_attempts",
                )
            ),
        )
        v1_disabled = (
            self._v1_disabled
            if self._v1_disabled is not None
            else _is_true(
                self._setting("AWS_EC2_METADATA_V1_DISABLED", "ec2_metadata_v1_disabled")
            )
        )
        session = _ImdsSession(base, timeout, attempts)
        try:
            token = session.fetch_token()
        except _ImdsBadRequest:
            return self._skip(f"{base} answered the token request with HTTP 400")
        if token is None and v1_disabled:
            return self._skip(
                f"{base} gave no IMDSv2 token{session.last_problem_suffix()} and IMDSv1 is disabled"
            )
        role = session.get(_IMDS_CREDENTIALS_PATH, token)
        if role is None:
            return self._skip(f"{base} gave no role name{session.last_problem_suffix()}")
        role_name = role.decode("utf-8", "replace").strip().splitlines()[0].strip()
        body = session.get(_IMDS_CREDENTIALS_PATH + role_name, token, want_json=True)
        if body is None:
            return self._skip(
                f"{base} gave no credentials for role {role_name!r}{session.last_problem_suffix()}"
            )
        data = json.loads(body)
        missing = [
            key
            for key in ("AccessKeyId", "SecretAccessKey", "Token", "Expiration")
            if not isinstance(data, dict) or not isinstance(data.get(key), str)
        ]
        if missing:
            code = data.get("Code") if isinstance(data, dict) else None
            return self._skip(
                f"{base} answered for role {role_name!r} without {', '.join(missing)}"
                + (f" (Code {str(code)[:60]!r})" if code else "")
            )
        credentials = _credentials_from_json(data, f"instance metadata {base}", "Token")
        return self._extend_if_stale(credentials)

    def _extend_if_stale(self, credentials: Credentials) -> Credentials:
        import random

        assert credentials.expiry is not None
        now = self._clock()
        window = ADVISORY_REFRESH_SECONDS + random.randint(120, 600)
        if _epoch(credentials.expiry) - now > MANDATORY_REFRESH_SECONDS:
            return credentials
        _LOG.warning(
            "Instance metadata returned credentials that expire at %s; using them for %.0f more "
            "minutes while the metadata service recovers.",
            credentials.expiry.isoformat(),
            window / 60,
        )
        credentials.expiry = datetime.fromtimestamp(now + window, timezone.utc)
        return credentials


class _ImdsSession:
    """The requests of one IMDS credential fetch, with botocore's retry rules."""

    def __init__(self, base: str, timeout: float, attempts: int) -> None:
        self.base = base
        self.timeout = timeout
        self.attempts = attempts
        self.problem = ""

    def last_problem_suffix(self) -> str:
        return f" ({self.problem})" if self.problem else ""

    def fetch_token(self) -> str | None:
        headers = {"X-aws-ec2-metadata-token-ttl-seconds": IMDS_TOKEN_TTL_SECONDS}
        for _ in range(self.attempts):
            try:
                status, body = _http("PUT", self.base + "/latest/api/token", headers, self.timeout)
            except TimeoutError:
                self.problem = "token request timed out"
                return None
            except OSError as exc:
                self.problem = f"token request failed: {_describe_os_error(exc)}"
                continue
            if status == 200:
                self.problem = ""
                return body.decode("utf-8", "replace").strip()
            self.problem = f"token request answered HTTP {status}"
            if status in (403, 404, 405):
                return None
            if status == 400:
                raise _ImdsBadRequest()
        return None

    def get(self, path: str, token: str | None, want_json: bool = False) -> bytes | None:
        headers = {"X-aws-ec2-metadata-token": token} if token else {}
        for _ in range(self.attempts):
            try:
                status, body = _http("GET", self.base + path, headers, self.timeout)
            except OSError as exc:
                self.problem = f"{_describe_os_error(exc)}"
                continue
            if status != 200:
                self.problem = f"HTTP {status}"
                continue
            if not body.strip():
                self.problem = "empty response"
                continue
            if want_json:
                try:
                    json.loads(body)
                except ValueError:
                    self.problem = "response is not JSON"
                    continue
            self.problem = ""
            return body
        return None


class _ImdsBadRequest(Exception):
    pass


class BotocoreProvider(_Source):
    """botocore's own credential chain, for what only botocore implements.

    Assume role (``role_arn`` with ``source_profile`` or ``credential_source``),
    web identity, IAM Identity Center (SSO) and ``login_session`` profiles.
    ``profile`` is passed to ``botocore.session.Session`` (None: botocore
    reads ``AWS_PROFILE`` from the process environment itself); the shared
    file paths come from ``shared_config`` when given. With
    ``only_if_needed=True`` it runs only when the profile (or the environment,
    for web identity) holds one of those settings. Skipped with the reason
    "botocore not installed" when botocore cannot be imported. Refreshing is
    left to botocore's own credentials object, which this provider keeps.
    """

    name = "botocore (assume role, web identity, SSO)"

    def __init__(
        self,
        profile: str | None = None,
        *,
        shared_config: SharedConfigSource | None = None,
        environ: Mapping[str, str] | None = None,
        only_if_needed: bool = False,
    ) -> None:
        self._profile = profile
        self._shared_config = shared_config
        self._environ = environ
        self._only_if_needed = only_if_needed
        self._botocore_credentials: Any = None
        self._lock = threading.Lock()

    def _needed_for(self) -> str | None:
        """The setting that needs botocore, or None."""
        if self._shared_config is not None:
            shared = _shared(self._shared_config)
            for key in _BOTOCORE_PROFILE_KEYS:
                if shared.get(key):
                    return f"{key} in profile {shared.profile_name!r}"
            env_allowed = not shared.profile_from_argument
        else:
            env_allowed = self._profile is None
        env = os.environ if self._environ is None else self._environ
        if env_allowed and env.get("AWS_WEB_IDENTITY_TOKEN_FILE"):
            return "AWS_WEB_IDENTITY_TOKEN_FILE"
        return None

    def get_credentials(self) -> Credentials | None:
        with self._lock:
            return self._get_credentials()

    def _get_credentials(self) -> Credentials | None:
        needed_for = self._needed_for() if self._only_if_needed else "the profile"
        if needed_for is None:
            profile = (
                _shared(self._shared_config).profile_name
                if self._shared_config is not None
                else self._profile or "default"
            )
            return self._skip(
                f"profile {profile!r} has no role_arn, web_identity_token_file, sso_* or "
                "login_session, and AWS_WEB_IDENTITY_TOKEN_FILE is not set"
            )
        creds = self._botocore_credentials
        if creds is None:
            try:
                import importlib

                session_module = importlib.import_module("botocore.session")
            except ImportError:
                return self._skip(f"botocore not installed (needed for {needed_for})")
            try:
                session = session_module.Session(profile=self._profile)
                if self._shared_config is not None:
                    shared = _shared(self._shared_config)
                    session.set_config_variable("config_file", shared.config_path)
                    session.set_config_variable("credentials_file", shared.credentials_path)
                creds = session.get_credentials()
            except Exception as exc:
                raise CredentialsError(
                    f"botocore could not get credentials ({needed_for}): "
                    f"{type(exc).__name__}: {exc}"
                ) from exc
            if creds is None:
                return self._skip(f"botocore found no credentials ({needed_for})")
            self._botocore_credentials = creds
        try:
            frozen = creds.get_frozen_credentials()
        except Exception as exc:
            raise CredentialsError(
                f"botocore could not get credentials ({needed_for}): "
                f"{type(exc).__name__}: {exc}"
            ) from exc
        expiry = getattr(creds, "_expiry_time", None)
        return Credentials(
            frozen.access_key,
            frozen.secret_key,
            frozen.token or None,
            expiry if isinstance(expiry, datetime) else None,
        )


class _Skipped(_Source):
    """A chain entry that is switched off, so the error message can say why."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.skip_reason = reason

    def get_credentials(self) -> Credentials | None:
        return None


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
                    _LOG.debug("Found credentials: %s", _source_name(provider))
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
                    _LOG.warning(
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


def default_chain(
    *,
    profile: str | None = None,
    environ: Mapping[str, str] | None = None,
    shared_config: SharedConfig | None = None,
    clock: Callable[[], float] = time.time,
) -> RefreshingCredentials:
    """The default provider chain, cached and refreshed; nothing is read until first use.

    ``profile`` is the profile the caller asked for (the ``profile=``
    argument; None when not given). ``shared_config``, when given, is used
    instead of loading the files (its ``profile_from_argument`` tells whether
    the profile was explicit). An explicit profile turns the environment
    provider off, as ``botocore.session.Session(profile=...)`` does.
    ``environ`` defaults to ``os.environ``.
    """
    if shared_config is not None:
        if profile is not None and profile != shared_config.profile_name:
            raise ValueError(
                f"profile {profile!r} does not match shared_config's {shared_config.profile_name!r}"
            )
        source: SharedConfigSource = shared_config
        explicit = shared_config.profile_name if shared_config.profile_from_argument else None
    else:
        source = _LazySharedConfig(profile, environ)
        explicit = profile or None
    providers: list[CredentialSource] = []
    if explicit:
        providers.append(_Skipped("environment", f"not used: profile {explicit!r} was named"))
    else:
        providers.append(EnvironmentProvider(environ))
    providers += [
        BotocoreProvider(
            explicit,
            shared_config=source,
            environ=environ,
            only_if_needed=True,
        ),
        SharedFilesProvider(source, source="credentials"),
        ProcessProvider(source),
        SharedFilesProvider(source, source="config"),
        ContainerProvider(environ),
        InstanceMetadataProvider(environ=environ, shared_config=source),
    ]
    return RefreshingCredentials(CredentialChain(providers), clock=clock)
