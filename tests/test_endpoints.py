"""The endpoint rules interpreter (runtime/config/endpoints.py).

1. Every official endpoint test case shipped with botocore for 8 services
   (tests/data/endpoints/rules/<service>/endpoint-tests-1.json, 799 cases):
   URL, properties and headers must be equal, or the error message exact.
2. The target service's own rule set: the documented behaviours, and a
   differential test against botocore's rule engine over many regions.
3. The standard library functions on their edge cases.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from botocore.endpoint_provider import EndpointProvider  # type: ignore[import-untyped]
from botocore.exceptions import (  # type: ignore[import-untyped]
    EndpointResolutionError as BotocoreEndpointResolutionError,
)

from runtime.config.endpoints import (
    Endpoint,
    EndpointResolutionError,
    RuleSetResolver,
    _get_attr,
    is_valid_host_label,
    _is_virtual_hostable_s3_bucket,
    _parse_arn,
    _parse_url,
    _substring,
    _uri_encode,
    load_partitions,
)

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "tests" / "data" / "endpoints" / "rules"
PARTITIONS_FILE = ROOT / "tests" / "data" / "botocore-data" / "partitions.json"
TARGET_RULE_SET = (
    ROOT / "models" / "partnercentral-selling" / "2022-07-26" / "endpoint-rule-set-1.json"
)
SERVICES = sorted(p.name for p in RULES.iterdir() if p.is_dir())


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


PARTITIONS = _load(PARTITIONS_FILE)


def _official_cases() -> list[Any]:
    cases = []
    for service in SERVICES:
        for index, case in enumerate(
            _load(RULES / service / "endpoint-tests-1.json")["testCases"]
        ):
            cases.append(pytest.param(service, case, id=f"{service}:{index}"))
    return cases


OFFICIAL_CASES = _official_cases()


_RESOLVERS: dict[str, RuleSetResolver] = {}


def _resolver(service: str) -> RuleSetResolver:
    """One resolver per service, as a client builds one per rule set."""
    if service not in _RESOLVERS:
        rule_set = _load(RULES / service / "endpoint-rule-set-1.json")
        _RESOLVERS[service] = RuleSetResolver(rule_set, PARTITIONS)
    return _RESOLVERS[service]


def test_all_official_cases_are_collected() -> None:
    assert len(SERVICES) == 8
    assert len(OFFICIAL_CASES) == 799


@pytest.mark.parametrize("service, case", OFFICIAL_CASES)
def test_official_endpoint_case(service: str, case: dict[str, Any]) -> None:
    resolver = _resolver(service)
    params = case.get("params", {})
    expect = case["expect"]
    if "error" in expect:
        with pytest.raises(EndpointResolutionError) as caught:
            resolver.resolve(params)
        assert str(caught.value) == expect["error"], case["documentation"]
        return
    endpoint = resolver.resolve(params)
    expected = expect["endpoint"]
    assert endpoint.url == expected["url"], case["documentation"]
    assert endpoint.properties == expected.get("properties", {}), case["documentation"]
    assert endpoint.headers == expected.get("headers", {}), case["documentation"]


# --- The target service's rule set -------------------------------------------------------------

TARGET = _load(TARGET_RULE_SET)


@pytest.fixture(scope="module")
def target() -> RuleSetResolver:
    return RuleSetResolver(TARGET, PARTITIONS)


def test_target_regional_endpoint(target: RuleSetResolver) -> None:
    endpoint = target.resolve({"Region": "us-east-1"})
    assert endpoint == Endpoint("https://partnercentral-selling.us-east-1.api.aws", {}, {})


def test_target_fips_endpoint(target: RuleSetResolver) -> None:
    endpoint = target.resolve({"Region": "us-east-1", "UseFIPS": True})
    assert endpoint.url == "https://partnercentral-selling-fips.us-east-1.api.aws"


def test_target_custom_endpoint_is_returned_as_is(target: RuleSetResolver) -> None:
    endpoint = target.resolve({"Region": "eu-west-1", "Endpoint": "https://localhost:8443/base"})
    assert endpoint.url == "https://localhost:8443/base"
    assert endpoint.properties == {} and endpoint.headers == {}


def test_target_fips_with_custom_endpoint_is_an_error(target: RuleSetResolver) -> None:
    with pytest.raises(EndpointResolutionError) as caught:
        target.resolve({"Region": "us-east-1", "UseFIPS": True, "Endpoint": "https://x.example"})
    assert str(caught.value) == "Invalid Configuration: FIPS and custom endpoint are not supported"


def test_target_missing_region_is_an_error(target: RuleSetResolver) -> None:
    with pytest.raises(EndpointResolutionError) as caught:
        target.resolve({})
    assert str(caught.value) == "Invalid Configuration: Missing Region"


def test_target_china_region_uses_the_aws_cn_dual_stack_suffix(target: RuleSetResolver) -> None:
    endpoint = target.resolve({"Region": "cn-north-1"})
    assert endpoint.url == "https://partnercentral-selling.cn-north-1.api.amazonwebservices.com.cn"


def test_target_unknown_region_falls_back_to_the_aws_partition(target: RuleSetResolver) -> None:
    endpoint = target.resolve({"Region": "xx-moon-1"})
    assert endpoint.url == "https://partnercentral-selling.xx-moon-1.api.aws"


def test_target_default_partitions_are_the_shipped_copy() -> None:
    assert load_partitions() == PARTITIONS
    assert load_partitions() is load_partitions()
    endpoint = RuleSetResolver(TARGET).resolve({"Region": "us-gov-west-1"})
    assert endpoint.url == "https://partnercentral-selling.us-gov-west-1.api.aws"


def test_required_parameter_and_type_checks(target: RuleSetResolver) -> None:
    rule_set = {**TARGET, "parameters": {**TARGET["parameters"]}}
    rule_set["parameters"]["UseFIPS"] = {**TARGET["parameters"]["UseFIPS"]}
    del rule_set["parameters"]["UseFIPS"]["default"]
    with pytest.raises(EndpointResolutionError) as caught:
        RuleSetResolver(rule_set, PARTITIONS).resolve({"Region": "us-east-1"})
    assert str(caught.value) == "Cannot find value for required parameter UseFIPS"
    with pytest.raises(EndpointResolutionError, match=r"Value \(UseFIPS\) is the wrong type"):
        target.resolve({"Region": "us-east-1", "UseFIPS": "true"})


def _differential_params() -> list[dict[str, Any]]:
    regions: list[str | None] = [None, "xx-moon-1", "us-east-1", "eu-central-2", "ap-south-1"]
    for partition in PARTITIONS["partitions"]:
        regions.extend(list(partition["regions"])[:3])
    regions += ["us-iso-west-9", "cn-southwest-7", "eusc-de-west-3", "aws-global"]
    params = []
    for region in regions:
        for fips in (False, True):
            for endpoint in (None, "https://example.com"):
                params.append({"Region": region, "UseFIPS": fips, "Endpoint": endpoint})
    return params


def _botocore_outcome(provider: EndpointProvider, params: dict[str, Any]) -> Any:
    set_params = {k: v for k, v in params.items() if v is not None}
    try:
        found = provider.resolve_endpoint(**set_params)
    except BotocoreEndpointResolutionError as error:
        return ("error", error.kwargs["msg"])
    return ("endpoint", found.url, found.properties, found.headers)


def _our_outcome(resolver: RuleSetResolver, params: dict[str, Any]) -> Any:
    try:
        found = resolver.resolve(params)
    except EndpointResolutionError as error:
        return ("error", str(error))
    return ("endpoint", found.url, found.properties, found.headers)


@pytest.mark.parametrize("params", _differential_params(), ids=repr)
def test_target_matches_botocore(target: RuleSetResolver, params: dict[str, Any]) -> None:
    provider = EndpointProvider(TARGET, PARTITIONS)
    assert _our_outcome(target, params) == _botocore_outcome(provider, params)


# --- Standard library functions ----------------------------------------------------------------


def test_get_attr_paths() -> None:
    value = {"a": {"b": ["x", "y", "z"]}, "list": [1]}
    assert _get_attr(value, "a.b[2]") == "z"
    assert _get_attr(value, "a.b[3]") is None
    assert _get_attr(value, "a.missing") is None
    assert _get_attr(value, "list[0]") == 1
    assert _get_attr(["p", "q"], "[1]") == "q"


def test_substring() -> None:
    assert _substring("abcdefg", 0, 4, False) == "abcd"
    assert _substring("abcdefg", 0, 4, True) == "defg"
    assert _substring("abc", 1, 4, False) is None
    assert _substring("abcdef", 3, 3, False) is None
    assert _substring("\u00e9abcdef", 0, 4, False) is None


def test_uri_encode() -> None:
    assert _uri_encode("a b/c?d=e&f~g_h.i-j") == "a%20b%2Fc%3Fd%3De%26f~g_h.i-j"
    assert _uri_encode(None) is None


def test_parse_url() -> None:
    assert _parse_url("https://example.com") == {
        "scheme": "https",
        "authority": "example.com",
        "path": "",
        "normalizedPath": "/",
        "isIp": False,
    }
    parsed = _parse_url("http://10.0.1.12:433/foo/bar")
    assert parsed is not None
    assert (parsed["authority"], parsed["path"], parsed["normalizedPath"], parsed["isIp"]) == (
        "10.0.1.12:433",
        "/foo/bar",
        "/foo/bar/",
        True,
    )
    v6 = _parse_url("https://[fe80::1%25en0]:8443/")
    assert v6 is not None and v6["isIp"] is True and v6["normalizedPath"] == "/"
    assert _parse_url("https://example.com/?q=1") is None
    assert _parse_url("ftp://example.com") is None
    assert _parse_url("example.com") is None
    assert _parse_url("https://example.com:port") is None


def test_host_labels_and_buckets() -> None:
    assert is_valid_host_label("us-east-1", False)
    assert not is_valid_host_label("-bad", False)
    assert not is_valid_host_label("bad-", False)
    assert not is_valid_host_label("a.b", False)
    assert is_valid_host_label("a.b", True)
    assert not is_valid_host_label("a..b", True)
    assert not is_valid_host_label("x" * 64, False)
    assert not is_valid_host_label("abc\n", False)
    assert _is_virtual_hostable_s3_bucket("my-bucket", False)
    assert not _is_virtual_hostable_s3_bucket("My-Bucket", False)
    assert not _is_virtual_hostable_s3_bucket("ab", False)
    assert not _is_virtual_hostable_s3_bucket("192.168.1.1", True)
    assert _is_virtual_hostable_s3_bucket("my.bucket", True)
    assert not _is_virtual_hostable_s3_bucket("my.bucket", False)


def test_parse_arn() -> None:
    arn = _parse_arn("arn:aws:s3-outposts:us-west-2:123456789012:outpost:op-1:accesspoint/ap")
    assert arn == {
        "partition": "aws",
        "service": "s3-outposts",
        "region": "us-west-2",
        "accountId": "123456789012",
        "resourceId": ["outpost", "op-1", "accesspoint", "ap"],
    }
    assert _parse_arn("arn:aws:iam::123456789012:user") is not None
    assert _parse_arn("arn:aws:s3:::") is None
    assert _parse_arn("not:an:arn:at:all:x") is None
    assert _parse_arn("arn:aws:s3") is None


def test_templates_escapes_and_nested_properties() -> None:
    rule_set = {
        "version": "1.0",
        "parameters": {"Region": {"type": "String", "required": True}},
        "rules": [
            {
                "conditions": [
                    {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"},
                ],
                "type": "endpoint",
                "endpoint": {
                    "url": "https://{{literal}}.{Region}.{P#dnsSuffix}",
                    "properties": {
                        "authSchemes": [{"name": "sigv4", "signingRegion": "{Region}"}],
                        "flag": True,
                    },
                    "headers": {"x-partition": ["{P#name}", "fixed"]},
                },
            }
        ],
    }
    endpoint = RuleSetResolver(rule_set, PARTITIONS).resolve({"Region": "cn-north-1"})
    assert endpoint.url == "https://{literal}.cn-north-1.amazonaws.com.cn"
    assert endpoint.properties == {
        "authSchemes": [{"name": "sigv4", "signingRegion": "cn-north-1"}],
        "flag": True,
    }
    assert endpoint.headers == {"x-partition": ["aws-cn", "fixed"]}


def test_assignments_do_not_leak_to_sibling_rules() -> None:
    rule_set = {
        "version": "1.0",
        "parameters": {"Region": {"type": "String"}},
        "rules": [
            {
                "conditions": [
                    {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"},
                    {"fn": "booleanEquals", "argv": [True, False]},
                ],
                "type": "error",
                "error": "unreachable",
            },
            {
                "conditions": [{"fn": "isSet", "argv": [{"ref": "P"}]}],
                "type": "error",
                "error": "leaked",
            },
            {"conditions": [], "type": "error", "error": "clean {Region}"},
        ],
    }
    with pytest.raises(EndpointResolutionError) as caught:
        RuleSetResolver(rule_set, PARTITIONS).resolve({"Region": "us-east-1"})
    assert str(caught.value) == "clean us-east-1"


def test_no_matching_rule_is_an_error() -> None:
    rule_set = {"version": "1.0", "parameters": {}, "rules": []}
    with pytest.raises(EndpointResolutionError, match="No endpoint found"):
        RuleSetResolver(rule_set, PARTITIONS).resolve({})


def test_region_specific_partition_overrides() -> None:
    data = json.loads(json.dumps(PARTITIONS))
    data["partitions"][0]["regions"]["us-east-1"]["supportsFIPS"] = False
    rule_set = {
        "version": "1.0",
        "parameters": {"Region": {"type": "String"}},
        "rules": [
            {
                "conditions": [
                    {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"},
                    {
                        "fn": "booleanEquals",
                        "argv": [{"fn": "getAttr", "argv": [{"ref": "P"}, "supportsFIPS"]}, False],
                    },
                ],
                "type": "error",
                "error": "no FIPS in {Region} ({P#name})",
            },
            {"conditions": [], "type": "endpoint", "endpoint": {"url": "https://ok"}},
        ],
    }
    resolver = RuleSetResolver(rule_set, data)
    with pytest.raises(EndpointResolutionError, match=r"^no FIPS in us-east-1 \(aws\)$"):
        resolver.resolve({"Region": "us-east-1"})
    assert resolver.resolve({"Region": "us-east-2"}).url == "https://ok"
