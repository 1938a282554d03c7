"""Client configuration, resolved the way every AWS SDK resolves it.

Each option comes from the first of: the explicit argument, its environment
variable, the profile in the shared config file, the ``defaults_mode``, the
built-in default. Every value is checked here, at construction, and a bad
one fails with the option, where the value came from, and what is allowed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ..exceptions import SdkError
from .config_files import SharedConfig
from .defaults import DEFAULTS_MODES, mode_values, resolve_auto
from .endpoints import is_valid_host_label

if TYPE_CHECKING:
    import logging

RETRY_MODES = ("legacy", "standard", "adaptive")
ACCOUNT_ID_ENDPOINT_MODES = ("preferred", "disabled", "required")
DEFAULT_MAX_ATTEMPTS = {"legacy": 5, "standard": 3, "adaptive": 3}
LEGACY_CONNECT_TIMEOUT = 60.0
DEFAULT_READ_TIMEOUT = 60.0

T = TypeVar("T")


class ConfigurationError(SdkError, ValueError):
    """An option has a value the client cannot use (raised at construction)."""


class Setting:
    """One resolved option value and where it came from (for error messages)."""

    __slots__ = ("value", "source")

    def __init__(self, value: Any, source: str) -> None:
        self.value = value
        self.source = source


class ClientConfig:
    """The resolved configuration of one client (read-only after construction)."""

    __slots__ = (
        "profile",
        "region",
        "endpoint_url",
        "max_attempts",
        "retry_mode",
        "use_fips_endpoint",
        "use_dualstack_endpoint",
        "defaults_mode",
        "disable_host_prefix",
        "connect_timeout",
        "read_timeout",
        "account_id_endpoint_mode",
        "client_context",
        "app_id",
        "resolved_endpoint",
        "signing_name",
        "signing_region",
        "verify",
        "client_cert",
        "proxies",
        "no_proxy",
        "proxies_config",
        "logger",
        "shared_config",
        "sources",
    )

    profile: str
    region: str | None
    endpoint_url: str | None
    max_attempts: int
    retry_mode: str
    use_fips_endpoint: bool
    use_dualstack_endpoint: bool
    defaults_mode: str
    disable_host_prefix: bool
    connect_timeout: float | None
    read_timeout: float | None
    # None: the service's endpoint rules take no account id endpoint mode.
    account_id_endpoint_mode: str | None
    # Endpoint rule-set parameter -> value, from the service's client context options.
    client_context: dict[str, Any]
    app_id: str | None  # the User-Agent's app/ id, as given (it is sanitized when sent)
    # Where calls go, from the endpoint rules for these options: None when each call's
    # endpoint is resolved from its input (the rules take an operation's parameters).
    resolved_endpoint: str | None
    signing_name: str | None
    signing_region: str | None
    # TLS trust of the endpoint: the system's (True), a CA bundle path, or none (False).
    verify: bool | str
    client_cert: str | tuple[str, str] | None
    # The proxy URL by endpoint scheme (argument, else the environment's), and NO_PROXY.
    proxies: dict[str, str]
    no_proxy: str | None
    proxies_config: dict[str, Any]
    logger: logging.Logger | None  # None: the package's logger, looked up on first use
    shared_config: SharedConfig
    sources: dict[str, str]  # option -> where its value came from

    # Known only once the endpoint is resolved, after the options (see with_endpoint).
    _ENDPOINT = ("resolved_endpoint", "signing_name", "signing_region")

    def __init__(self, **values: Any) -> None:
        for name in self.__slots__:
            object.__setattr__(
                self, name, values.get(name) if name in self._ENDPOINT else values[name]
            )

    def with_endpoint(self, url: str, signing_name: str, signing_region: str) -> ClientConfig:
        """This configuration with the endpoint every call goes to."""
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(
            resolved_endpoint=url, signing_name=signing_name, signing_region=signing_region
        )
        return ClientConfig(**values)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("ClientConfig is read-only")

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={self._shown(name)!r}"
            for name in self.__slots__
            if name not in ("logger", "shared_config", "sources")
        )
        return f"ClientConfig({shown})"

    def _shown(self, name: str) -> Any:
        """An option's value as a repr may show it: proxy URLs without their credentials."""
        value = getattr(self, name)
        if name == "proxies" and value:
            from ..transports.proxies import redact

            return {scheme: redact(url) for scheme, url in value.items()}
        return value

    def handler_options(self) -> dict[str, Any]:
        """The keyword arguments of the default request handler: TLS trust and proxies."""
        options: dict[str, Any] = {"proxies": self.proxies}
        if self.verify is not True:
            options["verify"] = self.verify
        if self.client_cert is not None:
            options["client_cert"] = self.client_cert
        if self.no_proxy is not None:
            options["no_proxy"] = self.no_proxy
        if self.proxies_config:
            options["proxies_config"] = self.proxies_config
        return options


class _Resolver:
    """Looks an option up in argument, environment and profile, in that order."""

    def __init__(
        self, arguments: Mapping[str, Any], environ: Mapping[str, str], shared: SharedConfig
    ) -> None:
        self.arguments = arguments
        self.environ = environ
        self.shared = shared
        self.sources: dict[str, str] = {}

    def lookup(
        self, option: str, env_names: Sequence[str] = (), config_keys: Sequence[str] = ()
    ) -> Setting | None:
        value = self.arguments.get(option)
        if value is not None:
            return Setting(value, f"argument {option}=")
        for name in env_names:
            text = self.environ.get(name)
            if text:
                return Setting(text, f"environment variable {name}")
        for key in config_keys:
            text = self.shared.get(key)
            if text:
                return Setting(text, f"profile {self.shared.profile_name!r} key {key!r}")
        return None

    def resolve(
        self,
        option: str,
        parse: Callable[[Any, str], T],
        default: T,
        default_source: str = "default",
        env_names: Sequence[str] = (),
        config_keys: Sequence[str] = (),
    ) -> T:
        setting = self.lookup(option, env_names, config_keys)
        if setting is None:
            self.sources[option] = default_source
            return default
        self.sources[option] = setting.source
        return self.parse(option, setting, parse)

    @staticmethod
    def parse(option: str, setting: Setting, parse: Callable[[Any, str], T]) -> T:
        """``setting``'s value parsed, or a ConfigurationError naming the option and source."""
        try:
            return parse(setting.value, option)
        except (TypeError, ValueError) as exc:
            raise ConfigurationError(f"{option} from {setting.source}: {exc}") from None


def _as_bool(value: Any, option: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise ValueError(f"expected true or false, got {value!r}")


def _as_positive_int(value: Any, option: str) -> int:
    if isinstance(value, bool):
        raise ValueError(f"expected a whole number of at least 1, got {value!r}")
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"expected a whole number of at least 1, got {value!r}") from None
    if number < 1 or (isinstance(value, float) and value != number):
        raise ValueError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _choice(choices: Sequence[str], *, fold_case: bool = False) -> Callable[[Any, str], str]:
    """A parser accepting one of ``choices`` (in any letter case when ``fold_case``)."""

    def parse(value: Any, option: str) -> str:
        if fold_case and isinstance(value, str):
            value = value.lower()
        if value not in choices:
            raise ValueError(f"{value!r} is not one of {', '.join(choices)}")
        return str(value)

    return parse


def _as_seconds(value: Any, option: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(f"expected seconds as a number, got {value!r}")
    seconds = float(value)
    if not seconds > 0:
        raise ValueError(f"expected a positive number of seconds, got {value!r}")
    return seconds


APP_ID_MAX_LENGTH = 50  # the SDKs' limit of a User-Agent app id


def _as_app_id(value: Any, option: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {type(value).__name__}")
    if len(value) > APP_ID_MAX_LENGTH:
        raise ValueError(f"at most {APP_ID_MAX_LENGTH} characters, got {len(value)}")
    return value


def _as_region(value: Any, option: str) -> str:
    if not is_valid_host_label(value, False):
        raise ValueError(
            f"{value!r} is not a valid region name (letters, digits and hyphens, "
            "like 'us-east-1')"
        )
    return value


def resolve_config(
    arguments: Mapping[str, Any],
    *,
    service_env_name: str,
    service_config_key: str,
    environ: Mapping[str, str] | None = None,
    account_id_endpoint_mode: bool = False,
    client_context_params: Mapping[str, tuple[str, str]] | None = None,
) -> ClientConfig:
    """Resolve every option of a client from its arguments, environment and profile.

    ``arguments`` holds the constructor's keyword arguments (None = not
    given). ``service_env_name`` is the service part of
    ``AWS_ENDPOINT_URL_<NAME>``; ``service_config_key`` the key of the
    service's section under ``[services ...]`` in the config file. The
    endpoint rules decide the rest: ``account_id_endpoint_mode`` when they
    take the ``AWS::Auth::AccountIdEndpointMode`` built-in, and
    ``client_context_params`` (option -> (rule-set parameter, type)) for
    the client context options, which come from arguments only, as in botocore.
    """
    environ = os.environ if environ is None else environ
    profile = arguments.get("profile")
    shared = SharedConfig.load(profile=profile, environ=environ)
    if not shared.profile_exists and (profile is not None or shared.profile_name != "default"):
        # As botocore's ProfileNotFound: a named profile must exist, even one from AWS_PROFILE.
        named_by = (
            "argument profile="
            if profile is not None
            else "AWS_DEFAULT_PROFILE" if environ.get("AWS_DEFAULT_PROFILE") else "AWS_PROFILE"
        )
        raise ConfigurationError(
            f"The config profile {shared.profile_name!r} could not be found: {named_by} names "
            f"it, but neither {shared.describe('config')} nor {shared.describe('credentials')} "
            "has it (AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE move those files)"
        )
    resolver = _Resolver(arguments, environ, shared)
    region: str | None = resolver.resolve(
        "region",
        _as_region,
        None,
        env_names=("AWS_REGION", "AWS_DEFAULT_REGION"),
        config_keys=("region",),
    )
    defaults_mode = resolver.resolve(
        "defaults_mode",
        _choice(DEFAULTS_MODES),
        "legacy",
        env_names=("AWS_DEFAULTS_MODE",),
        config_keys=("defaults_mode",),
    )
    effective_mode = resolve_auto(region, environ) if defaults_mode == "auto" else defaults_mode
    mode = mode_values(effective_mode)
    retry_mode = resolver.resolve(
        "retry_mode",
        _choice(RETRY_MODES),
        # As in the JS SDK v3 (the seed): standard retries unless asked otherwise.
        mode.get("retryMode", "standard"),
        f"defaults_mode {effective_mode!r}" if mode else "default",
        env_names=("AWS_RETRY_MODE",),
        config_keys=("retry_mode",),
    )
    connect_ms = mode.get("connectTimeoutInMillis")
    return ClientConfig(
        profile=shared.profile_name,
        region=region,
        endpoint_url=_endpoint_url(resolver, service_env_name, service_config_key),
        max_attempts=resolver.resolve(
            "max_attempts",
            _as_positive_int,
            DEFAULT_MAX_ATTEMPTS[retry_mode],
            env_names=("AWS_MAX_ATTEMPTS",),
            config_keys=("max_attempts",),
        ),
        retry_mode=retry_mode,
        use_fips_endpoint=resolver.resolve(
            "use_fips_endpoint",
            _as_bool,
            False,
            env_names=("AWS_USE_FIPS_ENDPOINT",),
            config_keys=("use_fips_endpoint",),
        ),
        use_dualstack_endpoint=resolver.resolve(
            "use_dualstack_endpoint",
            _as_bool,
            False,
            env_names=("AWS_USE_DUALSTACK_ENDPOINT",),
            config_keys=("use_dualstack_endpoint",),
        ),
        defaults_mode=defaults_mode,
        disable_host_prefix=resolver.resolve("disable_host_prefix", _as_bool, False),
        connect_timeout=resolver.resolve(
            "connect_timeout",
            _as_seconds,
            connect_ms / 1000 if connect_ms else LEGACY_CONNECT_TIMEOUT,
            f"defaults_mode {effective_mode!r}" if connect_ms else "default",
        ),
        read_timeout=resolver.resolve("read_timeout", _as_seconds, DEFAULT_READ_TIMEOUT),
        account_id_endpoint_mode=(
            resolver.resolve(
                "account_id_endpoint_mode",
                _choice(ACCOUNT_ID_ENDPOINT_MODES, fold_case=True),  # as botocore
                # botocore's default: account-based endpoints when the account id is known.
                "preferred",
                env_names=("AWS_ACCOUNT_ID_ENDPOINT_MODE",),
                config_keys=("account_id_endpoint_mode",),
            )
            if account_id_endpoint_mode
            else None
        ),
        client_context=_client_context(resolver, client_context_params or {}),
        app_id=resolver.resolve(
            "app_id",
            _as_app_id,
            None,
            env_names=("AWS_SDK_UA_APP_ID",),
            config_keys=("sdk_ua_app_id",),
        ),
        verify=resolver.resolve(
            "verify",
            _as_verify,
            _SYSTEM_TRUST,
            env_names=("AWS_CA_BUNDLE",),
            config_keys=("ca_bundle",),
        ),
        client_cert=resolver.resolve("client_cert", _as_client_cert, None),
        **_proxies(resolver),
        logger=_logger(arguments.get("logger")),
        shared_config=shared,
        sources=resolver.sources,
    )


def _endpoint_url(
    resolver: _Resolver, service_env_name: str, service_config_key: str
) -> str | None:
    """``endpoint_url``: argument, service then global environment variable, then profile.

    ``AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`` (or the profile's
    ``ignore_configured_endpoint_urls``) ignores all but the argument, as in
    the other SDKs. The URL from any source passes the same check
    (:func:`.endpoint_url.check_endpoint_url`; a user name or password is refused).
    """
    ignore = resolver.lookup(
        "ignore_configured_endpoint_urls",
        ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",),
        ("ignore_configured_endpoint_urls",),
    )
    if ignore is not None and resolver.parse("ignore_configured_endpoint_urls", ignore, _as_bool):
        setting = resolver.lookup("endpoint_url")
    else:
        setting = resolver.lookup(
            "endpoint_url", (f"AWS_ENDPOINT_URL_{service_env_name}", "AWS_ENDPOINT_URL")
        )
        if setting is None:
            service_value = resolver.shared.service_setting(service_config_key, "endpoint_url")
            if service_value:
                setting = Setting(
                    service_value,
                    f"profile {resolver.shared.profile_name!r} services section "
                    f"{service_config_key!r}",
                )
        if setting is None:
            setting = resolver.lookup("endpoint_url", (), ("endpoint_url",))
    if setting is None:
        resolver.sources["endpoint_url"] = "endpoint rules"
        return None
    resolver.sources["endpoint_url"] = setting.source
    # Imported here: most clients take their endpoint from the rules, and start faster.
    from .endpoint_url import check_endpoint_url

    return resolver.parse("endpoint_url", setting, lambda value, _: check_endpoint_url(value))


_CONTEXT_TYPES = {"string": str, "boolean": bool}


def _client_context(resolver: _Resolver, params: Mapping[str, tuple[str, str]]) -> dict[str, Any]:
    """The client context options given, by rule-set parameter, each checked for its type."""
    context: dict[str, Any] = {}
    for option, (parameter, type_name) in params.items():
        setting = resolver.lookup(option)
        if setting is None:
            resolver.sources[option] = "not set"
            continue
        resolver.sources[option] = setting.source
        if not isinstance(setting.value, _CONTEXT_TYPES[type_name]):
            raise ConfigurationError(
                f"{option} from {setting.source}: expected "
                f"{'true or false' if type_name == 'boolean' else 'a string'}, "
                f"got {type(setting.value).__name__}"
            )
        context[parameter] = setting.value
    return context


_SYSTEM_TRUST: bool | str = True  # verify's default: the system's trust store


def _as_verify(value: Any, option: str) -> bool | str:
    """``verify``: True, False, or a CA bundle file or directory that exists."""
    if isinstance(value, bool):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected True, False or a CA bundle path, got {type(value).__name__}")
    if not os.path.exists(value):
        raise ValueError(f"no CA bundle file or directory at {value!r}")
    return value


def _as_client_cert(value: Any, option: str) -> str | tuple[str, str]:
    """``client_cert``: a file with the certificate and its key, or a (certificate, key) pair."""
    paths = (value,) if isinstance(value, str) else value
    if (
        not isinstance(paths, (tuple, list))
        or len(paths) not in (1, 2)
        or not all(isinstance(path, str) for path in paths)
    ):
        raise ValueError(f"expected a path or a (certificate, key) pair of paths, got {value!r}")
    for path in paths:
        if not os.path.isfile(path):
            raise ValueError(f"no file at {path!r}")
    return value if isinstance(value, str) else (paths[0], paths[1])


def _proxies(resolver: _Resolver) -> dict[str, Any]:
    """``proxies`` (the argument, else the environment's, with its NO_PROXY) and ``proxies_config``.

    As botocore: given proxies are used for every host; NO_PROXY applies only
    to the environment's. The URLs are checked here (and never shown with
    their credentials); :mod:`..transports.proxies` is imported only when
    there is a proxy.
    """
    given = resolver.arguments.get("proxies")
    config = resolver.arguments.get("proxies_config")
    no_proxy = None
    if given is not None:
        resolver.sources["proxies"] = "argument proxies="
        if not isinstance(given, Mapping) or not all(
            isinstance(key, str) and isinstance(url, str) for key, url in given.items()
        ):
            raise ConfigurationError(
                'proxies= takes a mapping of scheme to proxy URL, like {"https": "http://proxy:3128"}'
            )
        proxies = dict(given)
    else:
        from ..transports.origin import environ_proxies

        proxies, no_proxy = environ_proxies(resolver.environ)
        resolver.sources["proxies"] = "environment" if proxies else "default"
    if config is not None and not isinstance(config, Mapping):
        raise ConfigurationError(f"proxies_config= takes a mapping, got {type(config).__name__}")
    if proxies or config:
        from ..transports.proxies import ProxyRoutes

        try:
            ProxyRoutes(proxies, no_proxy, config)
        except ValueError as exc:
            raise ConfigurationError(
                f"proxies from {resolver.sources['proxies']}: {exc}"
            ) from None
    return {
        "proxies": proxies,
        "no_proxy": no_proxy,
        "proxies_config": dict(config or {}),
    }


def _logger(value: Any) -> logging.Logger | None:
    if value is None:
        return None  # importing logging is left to the first call that logs
    import logging

    if isinstance(value, logging.Logger):
        return value
    raise ConfigurationError(f"logger= takes a logging.Logger, got {type(value).__name__}")
