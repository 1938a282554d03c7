"""The EC2 instance metadata service (IMDS): an instance's role credentials.

:class:`InstanceMetadataProvider` resolves the endpoint, timeout and number
of attempts from its arguments, the environment and the config file, then
fetches the role name and its credentials; :class:`_ImdsSession` makes those
requests (IMDSv2 token first, IMDSv1 fallback) with botocore's retry rules.
It is the last source of the default chain.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timezone

from .credential_base import (
    SharedConfigSource,
    _credentials_from_json,
    _describe_os_error,
    _http,
    _shared,
    _Source,
)
from .credentials import (
    _log,
    ADVISORY_REFRESH_SECONDS,
    MANDATORY_REFRESH_SECONDS,
    Credentials,
    CredentialsError,
    _epoch,
)

IMDS_ENDPOINT = "http://169.254.169.254"
IMDS_ENDPOINT_IPV6 = "http://[fd00:ec2::254]"
IMDS_TOKEN_TTL_SECONDS = "21600"
_IMDS_CREDENTIALS_PATH = "/latest/meta-data/iam/security-credentials/"


def _is_true(value: str | None) -> bool:
    return value is not None and value.strip().lower() == "true"


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
        _log().warning(
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
