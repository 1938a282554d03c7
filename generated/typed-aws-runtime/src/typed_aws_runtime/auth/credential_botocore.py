"""botocore's credential chain, for the sources only botocore implements.

IAM Identity Center (SSO: ``sso_session``, ``sso_start_url``, ...) and
``login_session`` profiles, and role profiles whose source is one of them,
are left to botocore: :class:`BotocoreProvider` runs botocore's own chain
and turns its answer into :class:`.Credentials`. In the default chain it runs
only when the profile needs it, and botocore is imported only then; without
botocore installed it raises an error naming the package's ``botocore``
extra. Assume role and web identity are the package's own
(:mod:`.credential_roles`).
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

from .credential_base import SharedConfigSource, _shared, _Source
from .credentials import Credentials, CredentialsError

# Profile keys only botocore's chain handles.
BOTOCORE_PROFILE_KEYS = (
    "sso_session",
    "sso_start_url",
    "sso_account_id",
    "sso_role_name",
    "login_session",
)


def install_hint() -> str:
    """How to install botocore: the runtime distribution's ``botocore`` extra, by its name."""
    package = __name__.partition(".")[0]
    if package == "runtime":  # the source folder, not an installed distribution
        return "pip install botocore"
    return f"pip install '{package.replace('_', '-')}[botocore]'"


class BotocoreProvider(_Source):
    """botocore's own credential chain, for what only botocore implements.

    IAM Identity Center (SSO) and ``login_session`` profiles (and, through
    :class:`.credential_roles.AssumeRoleProvider`, roles whose source is one).
    ``profile`` is passed to ``botocore.session.Session`` (None: botocore
    reads ``AWS_PROFILE`` from the process environment itself); the shared
    file paths come from ``shared_config`` when given. With
    ``only_if_needed=True`` it runs only when the profile holds one of
    :data:`BOTOCORE_PROFILE_KEYS`; ``reason`` says why it runs otherwise. When
    botocore cannot be imported it raises :class:`.CredentialsError` naming
    the extra to install. Refreshing is left to botocore's own credentials
    object, which this provider keeps.
    """

    name = "botocore (SSO, login_session)"

    def __init__(
        self,
        profile: str | None = None,
        *,
        shared_config: SharedConfigSource | None = None,
        only_if_needed: bool = False,
        reason: str = "the profile",
    ) -> None:
        self._profile = profile
        self._shared_config = shared_config
        self._only_if_needed = only_if_needed
        self._reason = reason
        self._botocore_credentials: Any = None
        self._lock = threading.Lock()

    def _needed_for(self) -> str | None:
        """The setting that needs botocore, or None."""
        if self._shared_config is None:
            return None
        shared = _shared(self._shared_config)
        for key in BOTOCORE_PROFILE_KEYS:
            if shared.get(key):
                return f"{key} in profile {shared.profile_name!r}"
        return None

    def get_credentials(self) -> Credentials | None:
        with self._lock:
            return self._get_credentials()

    def _get_credentials(self) -> Credentials | None:
        needed_for = self._needed_for() if self._only_if_needed else self._reason
        if needed_for is None:
            profile = (
                _shared(self._shared_config).profile_name
                if self._shared_config is not None
                else self._profile or "default"
            )
            return self._skip(f"profile {profile!r} has no sso_* or login_session")
        creds = self._botocore_credentials
        if creds is None:
            try:
                import importlib

                session_module = importlib.import_module("botocore.session")
            except ImportError:
                raise CredentialsError(
                    f"botocore is not installed, and {needed_for} needs it: this package "
                    "leaves IAM Identity Center (SSO) and login_session credentials to "
                    f"botocore. Install it with: {install_hint()}"
                ) from None
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
