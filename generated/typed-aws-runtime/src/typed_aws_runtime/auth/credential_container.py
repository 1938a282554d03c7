"""The container credentials endpoint (ECS task roles, EKS Pod Identity).

:class:`ContainerProvider` fetches JSON credentials over plain HTTP(S) from
the URL the container runtime puts in ``AWS_CONTAINER_CREDENTIALS_RELATIVE_URI``
or ``AWS_CONTAINER_CREDENTIALS_FULL_URI``, sending the authorization token it
provides. A full URI must be one that may be trusted with credentials
(:func:`_check_container_url`), and the token must not smuggle in headers.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Mapping

from .credential_base import _credentials_from_json, _describe_os_error, _http, _Source
from .credentials import Credentials, CredentialsError

CONTAINER_HOST = "169.254.170.2"
# Plain-HTTP hosts a full container URI may name besides loopback (botocore's list).
CONTAINER_ALLOWED_HOSTS = ("169.254.170.2", "169.254.170.23", "fd00:ec2::23", "localhost")


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
