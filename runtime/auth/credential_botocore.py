"""botocore's credential chain, for the sources only botocore implements.

Assume role (``role_arn``), web identity, IAM Identity Center (SSO) and
``login_session`` profiles are left to botocore: :class:`BotocoreProvider`
runs botocore's own chain and turns its answer into :class:`.Credentials`.
In the default chain it runs only when the profile (or, for web identity, the
environment) needs it, and botocore is imported only then; without botocore
installed the source is skipped with a reason.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .credential_base import SharedConfigSource, _shared, _Source
from .credentials import Credentials, CredentialsError

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
            getattr(frozen, "account_id", None) or None,
        )
