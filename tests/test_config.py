"""Client configuration: resolution order, validation, defaults modes, endpoints.

Each test builds real clients of the generated package with a temporary HOME
(shared config and credentials files written there) and an explicit
environment, and reads back ``client.config`` and the resolved endpoint.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

from runtime.config import defaults

ROOT = Path(__file__).resolve().parent.parent

from partnercentral_selling import Credentials, PartnerCentralSellingClient  # noqa: E402
from typed_aws_runtime.config.client_config import ConfigurationError  # noqa: E402
from typed_aws_runtime.config.endpoints import EndpointResolutionError  # noqa: E402
from typed_aws_runtime.pipeline.interceptors import Interceptor  # noqa: E402

CREDENTIALS = Credentials("AKIDEXAMPLE", "secret")


def write_config(home: Path, text: str) -> None:
    (home / ".aws" / "config").write_text(text)


def client(**options: Any) -> PartnerCentralSellingClient:
    options.setdefault("credentials", CREDENTIALS)
    return PartnerCentralSellingClient(**options)


# -- resolution order ---------------------------------------------------------


def test_region_argument_beats_environment_beats_profile(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(home, "[default]\nregion = eu-west-1\n")
    assert client().config.region == "eu-west-1"
    assert client().config.sources["region"] == "profile 'default' key 'region'"
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-central-1")
    assert client().config.region == "eu-central-1"
    monkeypatch.setenv("AWS_REGION", "us-west-2")
    assert client().config.region == "us-west-2"
    assert client(region="ap-south-1").config.region == "ap-south-1"
    assert client(region="ap-south-1").config.sources["region"] == "argument region="


def test_profile_from_argument_and_environment(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(
        home,
        "[default]\nregion = eu-west-1\n[profile work]\nregion = us-west-2\n"
        "[profile other]\nregion = ca-central-1\n",
    )
    monkeypatch.setenv("AWS_PROFILE", "work")
    assert client().config.region == "us-west-2"
    assert client(profile="other").config.region == "ca-central-1"


def test_missing_profile_fails_clearly(home: Path) -> None:
    with pytest.raises(ConfigurationError, match="profile 'nope'"):
        client(profile="nope", region="us-east-1")


def test_max_attempts_and_retry_mode_order(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_config(home, "[default]\nregion = us-east-1\nmax_attempts = 7\nretry_mode = adaptive\n")
    config = client().config
    assert (config.max_attempts, config.retry_mode) == (7, "adaptive")
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "4")
    monkeypatch.setenv("AWS_RETRY_MODE", "legacy")
    config = client().config
    assert (config.max_attempts, config.retry_mode) == (4, "legacy")
    config = client(max_attempts=2, retry_mode="standard").config
    assert (config.max_attempts, config.retry_mode) == (2, "standard")


def test_max_attempts_default_follows_retry_mode(home: Path) -> None:
    assert client(region="us-east-1", retry_mode="legacy").config.max_attempts == 5
    assert client(region="us-east-1", retry_mode="standard").config.max_attempts == 3


def test_fips_from_environment_changes_the_endpoint(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_USE_FIPS_ENDPOINT", "true")
    core = client(region="us-east-1")._core
    assert core.endpoint_url == "https://partnercentral-selling-fips.us-east-1.api.aws"
    assert client(region="us-east-1", use_fips_endpoint=False)._core.endpoint_url == (
        "https://partnercentral-selling.us-east-1.api.aws"
    )


# -- endpoints ------------------------------------------------------------------


def test_endpoint_from_rules_by_region(home: Path) -> None:
    assert client(region="eu-west-1")._core.endpoint_url == (
        "https://partnercentral-selling.eu-west-1.api.aws"
    )
    assert client(region="cn-north-1")._core.endpoint_url == (
        "https://partnercentral-selling.cn-north-1.api.amazonwebservices.com.cn"
    )


def test_endpoint_url_order(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_config(
        home,
        "[default]\nregion = us-east-1\nendpoint_url = http://profile.example\n"
        "services = local\n"
        "[services local]\npartnercentral_selling =\n  endpoint_url = http://service-section.example\n",
    )
    assert client()._core.endpoint_url == "http://service-section.example"
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://global-env.example")
    assert client()._core.endpoint_url == "http://global-env.example"
    monkeypatch.setenv("AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING", "http://service-env.example")
    assert client()._core.endpoint_url == "http://service-env.example"
    assert client(endpoint_url="http://argument.example")._core.endpoint_url == (
        "http://argument.example"
    )
    monkeypatch.setenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")
    assert client()._core.endpoint_url == "https://partnercentral-selling.us-east-1.api.aws"


def test_fips_with_custom_endpoint_is_the_rules_error(home: Path) -> None:
    with pytest.raises(EndpointResolutionError) as caught:
        client(region="us-east-1", endpoint_url="http://x.example", use_fips_endpoint=True)
    assert str(caught.value) == "Invalid Configuration: FIPS and custom endpoint are not supported"


def test_no_region_fails_at_construction(home: Path) -> None:
    with pytest.raises(EndpointResolutionError, match="Missing Region"):
        client()
    with pytest.raises(ConfigurationError, match="no region to sign for"):
        client(endpoint_url="http://localhost:1")


# -- validation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"retry_mode": "fast"}, "retry_mode from argument retry_mode=: 'fast' is not one of"),
        ({"max_attempts": 0}, "max_attempts from argument max_attempts=: expected a whole number"),
        ({"max_attempts": -3}, "expected a whole number of at least 1"),
        ({"region": "us east 1"}, "'us east 1' is not a valid region name"),
        ({"region": "evil.com/"}, "is not a valid region name"),
        ({"defaults_mode": "turbo"}, "'turbo' is not one of"),
        ({"use_fips_endpoint": "yes"}, "expected true or false"),
        ({"endpoint_url": "ftp://x"}, "expected an http:// or https:// URL"),
        ({"connect_timeout": -1}, "expected a positive number of seconds"),
        ({"logger": "debug"}, "logger= takes a logging.Logger"),
        ({"request_handler": object()}, "request_handler= takes an object with send"),
        ({"extensions": [object()]}, "extensions[0] is a object"),
        ({"credentials": "AKID:secret"}, "credentials= takes Credentials"),
    ],
)
def test_invalid_values_fail_at_construction(
    home: Path, options: dict[str, Any], words: str
) -> None:
    options.setdefault("region", "us-east-1")
    with pytest.raises(ConfigurationError) as caught:
        client(**options)
    assert words in str(caught.value)


def test_invalid_environment_value_names_the_variable(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "many")
    with pytest.raises(ConfigurationError, match="environment variable AWS_MAX_ATTEMPTS"):
        client(region="us-east-1")


def test_invalid_file_value_names_the_profile_key(home: Path) -> None:
    write_config(home, "[default]\nregion = us-east-1\nretry_mode = sometimes\n")
    with pytest.raises(ConfigurationError, match="profile 'default' key 'retry_mode'"):
        client()


def test_unknown_option_is_a_type_error(home: Path) -> None:
    with pytest.raises(TypeError, match="regoin"):
        PartnerCentralSellingClient(regoin="us-east-1")  # type: ignore[call-arg]


# -- defaults modes ---------------------------------------------------------------


def test_defaults_table_equals_the_sdk_file() -> None:
    data = json.loads(
        (ROOT / "tests/data/botocore-data/sdk-default-configuration.json").read_text()
    )
    assert data["base"] == defaults.BASE
    assert data["modes"] == defaults.MODES


@pytest.mark.parametrize(
    ("mode", "connect", "retry"),
    [
        ("legacy", 60.0, "standard"),
        ("standard", 3.1, "standard"),
        ("in-region", 1.1, "standard"),
        ("cross-region", 3.1, "standard"),
        ("mobile", 30.0, "standard"),
    ],
)
def test_defaults_mode_values(home: Path, mode: str, connect: float, retry: str) -> None:
    config = client(region="us-east-1", defaults_mode=mode).config
    assert (config.connect_timeout, config.retry_mode) == (connect, retry)


def test_auto_mode_compares_regions_on_aws_compute(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert client(region="us-east-1", defaults_mode="auto").config.connect_timeout == 3.1
    monkeypatch.setenv("AWS_EXECUTION_ENV", "AWS_Lambda_python3.12")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    assert client(region="us-east-1", defaults_mode="auto").config.connect_timeout == 1.1
    assert client(region="eu-west-1", defaults_mode="auto").config.connect_timeout == 3.1


def test_explicit_timeouts_beat_the_mode(home: Path) -> None:
    config = client(region="us-east-1", defaults_mode="mobile", connect_timeout=2).config
    assert config.connect_timeout == 2.0


# -- logger and interceptors --------------------------------------------------------


def test_logger_option(home: Path) -> None:
    logger = logging.getLogger("my.app")
    assert client(region="us-east-1", logger=logger).config.logger is logger
    assert client(region="us-east-1").config.logger is None  # the package's, on first use


def test_extensions_take_interceptors(home: Path) -> None:
    class Noop(Interceptor):
        pass

    core = client(region="us-east-1", extensions=[Noop()])._core
    assert len(core.interceptors) == 1
