"""The static description of a service, rendered by the generator (one per package).

Plain slotted classes rather than dataclasses: these modules are imported on
every client start, and the dataclass machinery costs milliseconds there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..exceptions import ServiceError
    from ..protocols.interface import ClientProtocol
    from ..retries.pacing import RateLimits


class ServiceSpec:
    """What the client needs to know about the service.

    ``protocol`` is the wire protocol every call speaks (a
    ``ClientProtocol`` of ``protocols/interface.py``, e.g. an
    ``AwsJsonProtocol`` with the service's JSON version and target prefix):
    everything protocol-specific lives there, none of it here.
    """

    __slots__ = (
        "service_id",
        "api_version",
        "protocol",
        "signing_name",
        "endpoint_prefix",
        "package_name",
        "package_version",
        "base_error",
        "errors",
        "env_name",
        "config_key",
        "endpoint_rules",
        "endpoint_params_per_call",
        "client_context_params",
        "rate_limit_presets",
    )

    def __init__(
        self,
        *,
        service_id: str,
        api_version: str,
        protocol: ClientProtocol,
        signing_name: str,
        endpoint_prefix: str,
        package_name: str,
        package_version: str,
        base_error: type[ServiceError],
        errors: Mapping[str, type[ServiceError]],
        env_name: str = "",
        config_key: str = "",
        endpoint_rules: Callable[[], dict[str, Any]] | None = None,
        endpoint_params_per_call: bool = False,
        client_context_params: Mapping[str, tuple[str, str]] | None = None,
        rate_limit_presets: Callable[[], Mapping[str, RateLimits]] | None = None,
    ) -> None:
        self.service_id = service_id
        self.api_version = api_version
        self.protocol = protocol
        self.signing_name = signing_name
        self.endpoint_prefix = endpoint_prefix
        self.package_name = package_name
        self.package_version = package_version
        self.base_error = base_error
        self.errors = errors
        # AWS_ENDPOINT_URL_<env_name>, and the key under a [services ...] section
        self.env_name = env_name
        self.config_key = config_key
        # Returns the endpoint rule set (imported only when a client is built).
        self.endpoint_rules = endpoint_rules
        # Does some operation set endpoint parameters from its call (endpoint_params)?
        self.endpoint_params_per_call = endpoint_params_per_call
        # Client options that set endpoint parameters: option -> (parameter, "string"|"boolean").
        self.client_context_params = client_context_params or {}
        # Returns the named presets of the rate_limits option (imported when one is named).
        self.rate_limit_presets = rate_limit_presets

    def __repr__(self) -> str:
        return f"ServiceSpec({self.service_id!r}, {self.api_version!r})"
