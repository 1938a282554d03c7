"""The default credential chain: every provider, in botocore's order.

Imported by the client only when no ``credentials=`` is given (see
:mod:`.credentials`): a client given explicit credentials never loads the
providers, nor what they use (the shared-file parser, subprocess,
http.client, ...). It imports the providers, and they import
:mod:`.credentials`; nothing imports this module back.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from .credential_base import SharedConfigSource, _LazySharedConfig, _Skipped
from .credential_botocore import BotocoreProvider
from .credential_container import ContainerProvider
from .credential_imds import InstanceMetadataProvider
from .credential_roles import AssumeRoleProvider, WebIdentityProvider
from .credential_sources import EnvironmentProvider, ProcessProvider, SharedFilesProvider
from .credentials import CredentialChain, CredentialSource, RefreshingCredentials

if TYPE_CHECKING:
    from ..config.config_files import SharedConfig


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
        AssumeRoleProvider(source, environ, clock=clock),
        WebIdentityProvider(source, environ, clock=clock),
        BotocoreProvider(explicit, shared_config=source, only_if_needed=True),
        SharedFilesProvider(source, source="credentials"),
        ProcessProvider(source),
        SharedFilesProvider(source, source="config"),
        ContainerProvider(environ),
        InstanceMetadataProvider(environ=environ, shared_config=source),
    ]
    return RefreshingCredentials(CredentialChain(providers), clock=clock)
