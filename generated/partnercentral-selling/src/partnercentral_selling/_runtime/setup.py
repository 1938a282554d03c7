"""Building a client core from constructor options: config, credentials, endpoint.

Kept apart from :mod:`.client` so that what only construction needs (config
files, the endpoint rules engine, the credential chain) is imported when a
client is built, and the call path stays small.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .config import ClientConfig, ConfigurationError, resolve_config
from .credentials import Credentials, default_chain
from .endpoints import Endpoint, RuleSetResolver, load_partitions
from .http import Timeouts
from .interceptors import Interceptor
from .operation import ServiceSpec
from .retries import RetryStrategy, retry_strategy

if TYPE_CHECKING:
    from .client import CallPipeline

Core = TypeVar("Core", bound="CallPipeline[Any]")

# Rule-set built-ins this client binds, by built-in name -> config attribute.
_BUILT_INS = {
    "AWS::Region": "region",
    "AWS::UseFIPS": "use_fips_endpoint",
    "AWS::UseDualStack": "use_dualstack_endpoint",
    "SDK::Endpoint": "endpoint_url",
}


def configure_core(
    core_class: type[Core],
    service: ServiceSpec,
    options: Mapping[str, Any],
    *,
    environ: Mapping[str, str] | None = None,
) -> Core:
    """Resolve every option and build the core (fails here, not on the first call)."""
    config = resolve_config(
        options,
        service_env_name=service.env_name,
        service_config_key=service.config_key,
        environ=environ,
    )
    endpoint = resolve_endpoint(service, config)
    signing_name, signing_region = _signing_scope(endpoint, service, config)
    credentials = options.get("credentials")
    if credentials is None:
        credentials = default_chain(
            profile=config.profile, environ=environ, shared_config=config.shared_config
        )
    elif not isinstance(credentials, Credentials) and not callable(
        getattr(credentials, "get_credentials", None)
    ):
        raise ConfigurationError(
            "credentials= takes Credentials or a provider with get_credentials(), "
            f"got {type(credentials).__name__}"
        )
    return core_class(
        service,
        region=signing_region,
        endpoint_url=endpoint.url,
        credentials=credentials,
        request_handler=_request_handler(options.get("request_handler")),
        timeouts=Timeouts(connect=config.connect_timeout, read=config.read_timeout),
        disable_host_prefix=config.disable_host_prefix,
        signing_name=signing_name,
        signing_region=signing_region,
        endpoint_headers={name: ",".join(values) for name, values in endpoint.headers.items()},
        retry_strategy=_retry_strategy(options.get("retry_strategy"), config),
        interceptors=_interceptors(options.get("extensions")),
        logger=config.logger,
        config=config,
    )


def resolve_endpoint(service: ServiceSpec, config: ClientConfig) -> Endpoint:
    """The endpoint the service's rule set gives for this configuration."""
    rule_set = service.endpoint_rules() if service.endpoint_rules is not None else None
    if rule_set is None:
        if config.endpoint_url is None:
            raise ConfigurationError(
                "no endpoint: the model has no endpoint rules; pass endpoint_url=..."
            )
        return Endpoint(url=config.endpoint_url, properties={}, headers={})
    params: dict[str, Any] = {}
    for name, spec in rule_set["parameters"].items():
        attribute = _BUILT_INS.get(spec.get("builtIn", ""))
        if attribute is not None and getattr(config, attribute) is not None:
            params[name] = getattr(config, attribute)
    return RuleSetResolver(rule_set, load_partitions()).resolve(params)


def _signing_scope(
    endpoint: Endpoint, service: ServiceSpec, config: ClientConfig
) -> tuple[str, str]:
    """Signing name and region: the endpoint's sigv4 auth scheme, else the service's."""
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
    return name, region


def _request_handler(handler: Any) -> Any:
    if handler is None:
        return None
    if not callable(getattr(handler, "send", None)) or not callable(
        getattr(handler, "close", None)
    ):
        raise ConfigurationError(
            "request_handler= takes an object with send(request, *, timeouts) and close(), "
            f"got {type(handler).__name__}"
        )
    return handler


def _retry_strategy(strategy: Any, config: ClientConfig) -> RetryStrategy:
    """The given strategy, else the one ``retry_mode`` and ``max_attempts`` name."""
    if strategy is None:
        return retry_strategy(config.retry_mode, config.max_attempts)
    for method in (
        "acquire_initial_retry_token",
        "refresh_retry_token_for_retry",
        "record_success",
    ):
        if not callable(getattr(strategy, method, None)):
            raise ConfigurationError(
                f"retry_strategy= takes a RetryStrategy (see _runtime/retries.py); "
                f"{type(strategy).__name__} has no {method}()"
            )
    if not isinstance(getattr(strategy, "max_attempts", None), int):
        raise ConfigurationError(
            f"retry_strategy= needs an int max_attempts attribute; {type(strategy).__name__} "
            "has none"
        )
    return strategy  # type: ignore[no-any-return]


def _interceptors(extensions: Any) -> tuple[Interceptor, ...]:
    if extensions is None:
        return ()
    result = tuple(extensions)
    for index, extension in enumerate(result):
        if not isinstance(extension, Interceptor):
            raise ConfigurationError(
                f"extensions[{index}] is a {type(extension).__name__}; extensions take "
                "Interceptor subclasses (see _runtime/interceptors.py)"
            )
    return result
