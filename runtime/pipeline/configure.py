"""Building a client core from constructor options: config, credentials, endpoint.

Kept apart from :mod:`.core` so that what only construction needs (config
files, the endpoint rules engine, the credential chain) is imported when a
client is built, and the call path stays small.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ..auth.credentials import Credentials
from ..config.client_config import ClientConfig, ConfigurationError, resolve_config
from ..config.endpoints import Endpoint, RuleSetResolver, load_partitions
from ..config.routing import EndpointRouter, FixedRouter, Router, route_for
from ..exceptions import IgnoredOptionWarning
from ..retries.strategy import RetryStrategy, retry_strategy
from ..transports.http import Timeouts
from .interceptors import Interceptor
from .service import ServiceSpec
from .user_agent import build_user_agent

if TYPE_CHECKING:
    from ..retries.pacing import RateLimits

Core = TypeVar("Core")  # the core class being configured (ClientCore, AsyncClientCore)

# The built-in bound per call, from the account id of the credentials that sign it.
ACCOUNT_ID_BUILT_IN = "AWS::Auth::AccountId"
# The built-in whose configuration option exists only for rule sets that take it.
ACCOUNT_ID_ENDPOINT_MODE_BUILT_IN = "AWS::Auth::AccountIdEndpointMode"
DUALSTACK_BUILT_IN = "AWS::UseDualStack"
# Rule-set built-ins bound from the configuration, by built-in name -> config attribute.
_BUILT_INS = {
    "AWS::Region": "region",
    "AWS::UseFIPS": "use_fips_endpoint",
    DUALSTACK_BUILT_IN: "use_dualstack_endpoint",
    "SDK::Endpoint": "endpoint_url",
    ACCOUNT_ID_ENDPOINT_MODE_BUILT_IN: "account_id_endpoint_mode",
}


def configure_core(
    core_class: Callable[..., Core],
    service: ServiceSpec,
    options: Mapping[str, Any],
    *,
    environ: Mapping[str, str] | None = None,
) -> Core:
    """Resolve every option and build the core (fails here, not on the first call)."""
    rule_set = service.endpoint_rules() if service.endpoint_rules is not None else None
    built_ins = {spec.get("builtIn") for spec in (rule_set or {}).get("parameters", {}).values()}
    config = resolve_config(
        options,
        service_env_name=service.env_name,
        service_config_key=service.config_key,
        environ=environ,
        account_id_endpoint_mode=ACCOUNT_ID_ENDPOINT_MODE_BUILT_IN in built_ins,
        client_context_params=service.client_context_params,
    )
    if (
        config.use_dualstack_endpoint
        and rule_set is not None
        and DUALSTACK_BUILT_IN not in built_ins
    ):
        _warn_dualstack_ignored(service, config)
    router = endpoint_router(service, config, rule_set)
    route = router.fixed_route
    if route is not None:
        config = config.with_endpoint(route.url, *route.scope)
    credentials = options.get("credentials")
    if credentials is None:
        # The providers are imported only now: a client given credentials never loads them.
        from ..auth.chain import default_chain

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
        region=config.region,
        router=router,
        credentials=credentials,
        request_handler=_request_handler(options),
        timeouts=Timeouts(connect=config.connect_timeout, read=config.read_timeout),
        disable_host_prefix=config.disable_host_prefix,
        retry_strategy=_retry_strategy(options.get("retry_strategy"), config),
        rate_limits=_rate_limits(options.get("rate_limits"), service),
        interceptors=_interceptors(options.get("extensions")),
        logger=config.logger,
        config=config,
        user_agent=build_user_agent(
            service,
            config.retry_mode if options.get("retry_strategy") is None else None,
            config.app_id,
        ),
    )


def _warn_dualstack_ignored(service: ServiceSpec, config: ClientConfig) -> None:
    """Say once per place of construction that ``use_dualstack_endpoint`` changes nothing.

    A rule set without the ``AWS::UseDualStack`` built-in chooses the same
    endpoint either way (its endpoints may be dual-stack already); a user
    who asked for dual-stack should know the option was not what decided.
    """
    warnings.warn(
        f"use_dualstack_endpoint=True ({config.sources['use_dualstack_endpoint']}) has no "
        f"effect: the endpoint rules of {service.package_name} take no {DUALSTACK_BUILT_IN} "
        "setting, so its endpoints are the same either way",
        IgnoredOptionWarning,
        stacklevel=5,  # the caller of the client's constructor (via configure, configure_core)
    )


def endpoint_router(
    service: ServiceSpec, config: ClientConfig, rule_set: Mapping[str, Any] | None
) -> Router:
    """How the client finds each call's endpoint.

    Resolved once, here, unless the rules need what only a call has: an
    operation's context parameters or the signing credentials' account id.
    Then per call (:class:`..config.routing.EndpointRouter`), and errors of the rules
    surface at the call.
    """
    if rule_set is None:
        if config.endpoint_url is None:
            raise ConfigurationError(
                "no endpoint: the model has no endpoint rules; pass endpoint_url=..."
            )
        return FixedRouter(route_for(Endpoint(config.endpoint_url), service, config))
    parameters: Mapping[str, Mapping[str, Any]] = rule_set["parameters"]
    base: dict[str, Any] = {}
    for name, spec in parameters.items():
        attribute = _BUILT_INS.get(spec.get("builtIn", ""))
        if attribute is not None and getattr(config, attribute) is not None:
            base[name] = getattr(config, attribute)
    base.update(config.client_context)
    resolver = RuleSetResolver(rule_set, load_partitions())
    account_id = next(
        (name for name, spec in parameters.items() if spec.get("builtIn") == ACCOUNT_ID_BUILT_IN),
        None,
    )
    if account_id is None and not service.endpoint_params_per_call:
        return FixedRouter(route_for(resolver.resolve(base), service, config))
    return EndpointRouter(resolver, base, service, config, account_id)


# Options of the default request handler: a handler given by the caller is configured by them.
_HANDLER_OPTIONS = ("verify", "client_cert", "proxies", "proxies_config")


def _request_handler(options: Mapping[str, Any]) -> Any:
    handler = options.get("request_handler")
    if handler is None:
        return None
    given = [name for name in _HANDLER_OPTIONS if options.get(name) is not None]
    if given:
        raise ConfigurationError(
            f"{', '.join(given)} configure the default request handler; with request_handler=, "
            f"give them to the handler instead ({type(handler).__name__}({given[0]}=...))"
        )
    if not callable(getattr(handler, "send", None)) or not callable(
        getattr(handler, "close", None)
    ):
        raise ConfigurationError(
            "request_handler= takes an object with send(request, *, timeouts) and close(), "
            f"got {type(handler).__name__}"
        )
    return handler


def _rate_limits(value: Any, service: ServiceSpec) -> RateLimits | None:
    """The ``rate_limits`` option: None, a preset's name, or a RateLimits object."""
    if value is None:
        return None
    from ..retries.pacing import RateLimits  # only clients that pace their calls need it

    if isinstance(value, RateLimits):
        return value
    presets = service.rate_limit_presets() if service.rate_limit_presets is not None else {}
    if isinstance(value, str) and value in presets:
        return presets[value]
    names = ", ".join(map(repr, presets)) or "none for this service"
    raise ConfigurationError(
        f"rate_limits= takes the name of a preset ({names}) or a RateLimits, got {value!r}"
    )


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
                f"retry_strategy= takes a {RetryStrategy.__module__}.RetryStrategy; "
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
                f"subclasses of {Interceptor.__module__}.Interceptor"
            )
    return result
