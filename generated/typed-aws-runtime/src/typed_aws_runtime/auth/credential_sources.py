"""Credentials configured on this machine: environment, shared files, a process.

:class:`EnvironmentProvider` reads ``AWS_ACCESS_KEY_ID`` and its companions;
:class:`SharedFilesProvider` the static keys of a profile in the shared
credentials or config file; :class:`ProcessProvider` runs the profile's
``credential_process``. They read local settings only, with no network and no
third-party library. The default chain asks the environment first, and the
credentials file, ``credential_process`` and the config file in that order,
as botocore does.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from typing import Literal

from .credential_base import (
    SharedConfigSource,
    _credentials_from_json,
    _describe_os_error,
    _expiry_field,
    _shared,
    _Source,
)
from .credentials import Credentials, CredentialsError


class EnvironmentProvider(_Source):
    """``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``, ``AWS_SESSION_TOKEN``.

    Also ``AWS_SECURITY_TOKEN`` (older name of the token),
    ``AWS_CREDENTIAL_EXPIRATION`` and ``AWS_ACCOUNT_ID``, as botocore reads them. ``environ``
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
        return Credentials(
            access_key, secret, token, expiry, account_id=env.get("AWS_ACCOUNT_ID") or None
        )


class SharedFilesProvider(_Source):
    """Static keys of the profile in the shared credentials and/or config file.

    ``aws_access_key_id``, ``aws_secret_access_key``, ``aws_session_token``
    (or ``aws_security_token``) and ``aws_account_id`` from one file's profile section: ``source``
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
            return Credentials(
                access_key, secret, token, account_id=lookup("aws_account_id") or None
            )
        return self._skip("; ".join(reasons))


class ProcessProvider(_Source):
    """The profile's ``credential_process``: a command printing JSON credentials.

    The command is split like a shell would (no shell is run) and its output
    must be ``{"Version": 1, "AccessKeyId": ..., "SecretAccessKey": ...,
    "SessionToken": ..., "Expiration": ..., "AccountId": ...}`` (the last
    three optional; without ``AccountId``, the profile's ``aws_account_id``). A
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
        credentials = _credentials_from_json(data, what, "SessionToken")
        if credentials.account_id is None:
            credentials.account_id = shared.get("aws_account_id") or None
        return credentials
