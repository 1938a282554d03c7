"""Where a call goes: resolved endpoints in the form the pipeline sends to.

A client whose endpoint depends on nothing a call passes resolves it once,
at construction (:class:`FixedRouter`). When the rule set needs values only
a call has (an operation's endpoint context parameters, or the account id
of the credentials the call is signed with), :class:`EndpointRouter`
resolves per call, caching the route per distinct set of those values, so
the rules run once per table, ARN or account rather than once per call.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from .client_config import ClientConfig, ConfigurationError
from .endpoints import Endpoint, RuleSetResolver

if TYPE_CHECKING:
    from ..auth.credentials import CredentialsProvider
    from ..pipeline.operation import OperationSpec
    from ..pipeline.service import ServiceSpec

ROUTE_CACHE_SIZE = 256
"""How many distinct parameter sets an :class:`EndpointRouter` keeps routes for."""


class Route:
    """A resolved endpoint: URL parts, headers to add, and the SigV4 scope to sign for."""

    __slots__ = ("url", "scheme", "host", "path", "headers", "scope")

    def __init__(
        self, url: str, headers: Mapping[str, str], signing_name: str, signing_region: str
    ) -> None:
        self.url = url.rstrip("/")
        scheme, _, rest = self.url.partition("://")
        host, _, path = rest.partition("/")
        self.scheme = scheme
        self.host = host
        self.path = "/" + path if path else "/"
        self.headers = dict(headers)
        # (signing name, signing region): the key of the signer that signs for it.
        self.scope = (signing_name, signing_region)

    def __repr__(self) -> str:
        return f"Route({self.url!r}, scope={self.scope!r})"


def route_for(endpoint: Endpoint, service: ServiceSpec, config: ClientConfig) -> Route:
    """The route of a resolved endpoint, signed for its sigv4 auth scheme (else the service's)."""
    name, region = service.signing_name, config.region
    for scheme in endpoint.properties.get("authSchemes", ()):
        if scheme.get("name") in ("sigv4", "sigv4a"):
            name = scheme.get("signingName", name)
            region = scheme.get("signingRegion", region)
            break
    if not region:
        raise ConfigurationError(
            "no region to sign for: pass region=..., set AWS_REGION, or set region in "
            f"profile {config.profile!r} of the shared config file"
        )
    headers = {header: ",".join(values) for header, values in endpoint.headers.items()}
    return Route(endpoint.url, headers, name, region)


class Router(Protocol):
    """Gives the route of each call."""

    @property
    def endpoint_url(self) -> str | None:
        """The URL every call goes to, or None when it is resolved per call."""

    @property
    def fixed_route(self) -> Route | None:
        """The route of every call, or None when it is resolved per call."""

    def route(
        self, operation: OperationSpec[Any], params: Any, credentials: CredentialsProvider
    ) -> Route:
        """Where a call of ``operation`` with the (validated) input ``params`` goes."""


class FixedRouter:
    """One route for every call: the endpoint was resolved once, at construction."""

    __slots__ = ("_route",)

    def __init__(self, route: Route) -> None:
        self._route = route

    @property
    def endpoint_url(self) -> str | None:
        return self._route.url

    @property
    def fixed_route(self) -> Route | None:
        return self._route

    def route(
        self, operation: OperationSpec[Any], params: Any, credentials: CredentialsProvider
    ) -> Route:
        return self._route


class EndpointRouter:
    """Resolves each call's endpoint from its own parameters, caching routes.

    ``base`` holds the parameters every call shares (built-ins from the
    configuration, client context parameters). A call adds, in the order
    botocore gives them precedence, the credentials' account id (when the
    rule set takes ``AWS::Auth::AccountId`` as ``account_id_parameter``)
    and then the operation's ``endpoint_params`` of its input; None adds
    nothing. Routes are cached per distinct set of added values (least
    recently used first out past ``cache_size``); errors are not cached.
    """

    __slots__ = ("_resolver", "_base", "_service", "_config", "_account_id_parameter", "_cached")

    def __init__(
        self,
        resolver: RuleSetResolver,
        base: Mapping[str, Any],
        service: ServiceSpec,
        config: ClientConfig,
        account_id_parameter: str | None,
        cache_size: int = ROUTE_CACHE_SIZE,
    ) -> None:
        self._resolver = resolver
        self._base = dict(base)
        self._service = service
        self._config = config
        self._account_id_parameter = account_id_parameter
        self._cached = lru_cache(maxsize=cache_size)(self._resolve)

    @property
    def endpoint_url(self) -> str | None:
        return None

    @property
    def fixed_route(self) -> Route | None:
        return None

    def route(
        self, operation: OperationSpec[Any], params: Any, credentials: CredentialsProvider
    ) -> Route:
        added: dict[str, Any] = {}
        if self._account_id_parameter is not None:
            account_id = credentials.get_credentials().account_id
            if account_id is not None:
                added[self._account_id_parameter] = account_id
        if operation.endpoint_params is not None:
            for name, value in operation.endpoint_params(params).items():
                if value is not None:
                    added[name] = tuple(value) if isinstance(value, list) else value
        return self._cached(tuple(sorted(added.items())))

    def _resolve(self, added: tuple[tuple[str, Any], ...]) -> Route:
        """Run the rules for the base parameters updated with ``added`` (a cache miss)."""
        params = dict(self._base)
        params.update(added)
        return route_for(self._resolver.resolve(params), self._service, self._config)
