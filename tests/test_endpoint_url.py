"""``endpoint_url`` is checked at construction, from every source, and never leaks a secret.

Valid URLs (DNS names, IPv4, bracketed IPv6, ports 1-65535, paths) pass unchanged and
are valid for botocore too; bad ports and hosts are refused with what is wrong. A URL
holding a user name or password is refused from each source (argument, both environment
variables, the profile's key, the services section), and neither the user nor the
password (markers, between arbitrary URL characters) appears in the error, its repr, or
any log record. Examples come from hypothesis.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from botocore.utils import is_valid_endpoint_url, is_valid_ipv6_endpoint_url
from hypothesis import given, settings
from hypothesis import strategies as st

from runtime.config.client_config import ClientConfig, ConfigurationError, resolve_config
from runtime.config.endpoint_url import check_endpoint_url

USER, PASSWORD = "us3rM4RK", "p4ssM4RK"
SERVICE_ENV, SERVICE_KEY = "PARTNERCENTRAL_SELLING", "partnercentral_selling"
EXAMPLES = settings(max_examples=200, deadline=None)

# -- URLs -----------------------------------------------------------------------------------

label = st.from_regex(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?", fullmatch=True)
dns_name = (
    st.lists(label, min_size=1, max_size=4)
    .map(".".join)
    .filter(lambda name: not name.rsplit(".", 1)[-1].isdigit() and len(name) <= 253)
)
ipv4 = st.ip_addresses(v=4).map(str)
ipv6 = st.ip_addresses(v=6).map(lambda address: f"[{address.compressed}]")
host = dns_name | ipv4 | ipv6
port = st.integers(1, 65535).map(lambda number: f":{number}")
path = st.from_regex(r"(/[A-Za-z0-9\-._~!$&'()*+,;=:]*|/%[0-9A-F]{2})*", fullmatch=True)
scheme = st.sampled_from(["http", "https"])


@st.composite
def urls(draw: st.DrawFn, host: st.SearchStrategy[str] = host) -> str:
    return f"{draw(scheme)}://{draw(host)}{draw(st.just('') | port)}{draw(path)}"


@EXAMPLES
@given(url=urls())
def test_valid_urls_pass_unchanged_and_botocore_takes_them_too(url: str) -> None:
    assert check_endpoint_url(url) == url
    assert is_valid_endpoint_url(url) or is_valid_ipv6_endpoint_url(url)


@EXAMPLES
@given(
    host=host,
    number=st.integers(-10, 10**30),
    text=st.text(st.characters(exclude_characters="/?#@"), max_size=8),
)
def test_a_port_is_a_number_from_1_to_65535(host: str, number: int, text: str) -> None:
    for port_text in (str(number), text):
        url = f"http://{host}:{port_text}/"
        valid = port_text.isascii() and port_text.isdigit() and 1 <= int(port_text) <= 65535
        if valid:
            assert check_endpoint_url(url) == url
        else:
            with pytest.raises(ValueError, match="port|character no URL may hold|in brackets"):
                check_endpoint_url(url)


bad_label = (
    st.from_regex(r"-[a-z0-9-]{0,10}|[a-z0-9-]{0,10}-|[a-z]{64,70}", fullmatch=True)
    | st.from_regex(r"[a-z]{0,5}_[a-z]{0,5}", fullmatch=True)
    | st.just("")
)
bad_host = (
    st.tuples(bad_label, st.lists(label, max_size=2)).map(lambda t: ".".join([t[0], *t[1]]))
    | st.tuples(st.integers(0, 999), st.integers(256, 10**6)).map(lambda t: f"{t[0]}.1.1.{t[1]}")
    | st.ip_addresses(v=6).map(lambda address: address.exploded)  # not bracketed
    | st.text(st.sampled_from("0123456789abcdefg:"), min_size=1, max_size=12).map(
        lambda text: f"[{text}]"
    )
)


@EXAMPLES
@given(url=urls(host=bad_host))
def test_a_bad_host_is_refused_with_what_is_wrong(url: str) -> None:
    inside = url.split("://", 1)[1].split("/", 1)[0]
    if inside.startswith("[") and _is_ipv6(inside[1:].partition("]")[0]):
        return  # the text happened to be an IPv6 address
    with pytest.raises(ValueError) as refused:
        check_endpoint_url(url)
    assert any(
        words in str(refused.value)
        for words in ("not a host name", "not an IPv4", "not an IPv6", "in brackets", "no host")
    ), str(refused.value)


def _is_ipv6(text: str) -> bool:
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("ftp://x", "expected an http:// or https:// URL, got 'ftp://x'"),
        ("http://", "the URL has no host"),
        ("http://h/a b", "character no URL may hold at position 10"),
        ("http://h/?q=1", "has a query (?...) or fragment (#...)"),
        ("http://h/#top", "has a query (?...) or fragment (#...)"),
        ("http://h/%zz", "'%' not followed by two hexadecimal digits"),
        ("http://[::1", "no closing ']'"),
        ("http://[fe80::1%eth0]", "is not an IPv6 address"),
        ("http://[fe80::1%25]", "the IPv6 zone '' is not a name"),
        ("http://" + "a." * 127 + "aa", "at most 253 are allowed"),
        (b"http://h", "expected the URL as a str, got bytes"),
    ],
)
def test_each_problem_is_named(url: Any, words: str) -> None:
    with pytest.raises(ValueError) as refused:
        check_endpoint_url(url)
    assert words in str(refused.value)


def test_accepted_forms() -> None:
    for url in (
        "http://localhost:1",
        "https://[fe80::1%25eth0]:443/v1/",
        "https://partnercentral-selling.us-east-1.api.aws.",
    ):
        assert check_endpoint_url(url) == url


# -- secrets, from every source ---------------------------------------------------------------

secret_text = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zs", "Zl", "Zp"]),
    max_size=12,
)
SOURCES = {
    "argument": "argument endpoint_url=",
    "service variable": f"environment variable AWS_ENDPOINT_URL_{SERVICE_ENV}",
    "global variable": "environment variable AWS_ENDPOINT_URL",
    "profile key": "profile 'default' key 'endpoint_url'",
    "services section": f"profile 'default' services section '{SERVICE_KEY}'",
}


@st.composite
def urls_with_userinfo(draw: st.DrawFn) -> str:
    """A URL whose user and password are markers wrapped in arbitrary text (``@``, ``/`` ...)."""
    user = draw(secret_text) + USER + draw(secret_text)
    password = draw(st.none() | secret_text.map(lambda text: text + PASSWORD + text))
    userinfo = user if password is None else f"{user}:{password}"
    authority = (
        f"{userinfo}@{draw(host | bad_host)}{draw(st.just('') | port | st.text(max_size=6))}"
    )
    tail = draw(st.sampled_from(["", "/", "/p", "?q=1", "#f", "/p?token=x#f"]))
    return f"{draw(st.sampled_from(['http', 'https', 'ftp', '']))}://{authority}{tail}"


def _resolve(source: str, url: str, home: Path) -> ClientConfig:
    """resolve_config with ``url`` given by ``source`` and nothing else configured."""
    config_file = home / "config"
    environ = {"AWS_CONFIG_FILE": str(config_file), "AWS_SHARED_CREDENTIALS_FILE": os.devnull}
    arguments: dict[str, Any] = {"region": "us-east-1"}
    text = "[default]\n"
    if source == "argument":
        arguments["endpoint_url"] = url
    elif source == "service variable":
        environ[f"AWS_ENDPOINT_URL_{SERVICE_ENV}"] = url
    elif source == "global variable":
        environ["AWS_ENDPOINT_URL"] = url
    elif source == "profile key":
        text += f"endpoint_url = {url}\n"
    else:
        text += f"services = s\n[services s]\n{SERVICE_KEY} =\n  endpoint_url = {url}\n"
    config_file.write_text(text, encoding="utf-8")
    return resolve_config(
        arguments,
        service_env_name=SERVICE_ENV,
        service_config_key=SERVICE_KEY,
        environ=environ,
    )


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts += [self.format(record), repr(vars(record))]


@contextmanager
def _every_record() -> Iterator[list[str]]:
    """The text of every record any logger emits meanwhile, at any level."""
    handler, root = _Records(), logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler.texts
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


@pytest.mark.parametrize("source", sorted(SOURCES))
@EXAMPLES
@given(url=urls_with_userinfo())
def test_userinfo_is_refused_from_every_source_and_never_shown(source: str, url: str) -> None:
    if source in ("profile key", "services section"):
        url = url.replace("\n", "").replace("\r", "")  # one config file line
    with tempfile.TemporaryDirectory() as home, _every_record() as records:
        with pytest.raises(ConfigurationError) as refused:
            _resolve(source, url, Path(home))
    error = refused.value
    assert str(error).startswith(f"endpoint_url from {SOURCES[source]}: ")
    assert "user name or password" in str(error)
    shown = [str(error), repr(error), *map(str, error.args), *records]
    assert not [text for text in shown if USER in text or PASSWORD in text]


def test_a_bad_ignore_flag_names_its_source(tmp_path: Path) -> None:
    environ = {"AWS_CONFIG_FILE": os.devnull, "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "maybe"}
    with pytest.raises(ConfigurationError) as refused:
        resolve_config({}, service_env_name="X", service_config_key="x", environ=environ)
    assert str(refused.value) == (
        "ignore_configured_endpoint_urls from environment variable "
        "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: expected true or false, got 'maybe'"
    )


number_part = st.one_of(
    st.integers(min_value=0, max_value=999).map(str),
    st.from_regex(r"0[0-9]{1,2}", fullmatch=True),
    st.sampled_from(["", "256", "1000", "²", "٣", "-1", "+1"]),
)


@EXAMPLES
@given(st.lists(number_part, min_size=1, max_size=5).map(".".join))
def test_an_ipv4_host_is_accepted_exactly_when_ipaddress_accepts_it(host: str) -> None:
    """The runtime reads dotted numbers itself (no ``ipaddress`` import), with its rules."""
    try:
        ipaddress.IPv4Address(host)
    except ValueError:
        valid = False
    else:
        valid = True
    if not host.rsplit(".", 1)[-1].isdigit():
        return  # not read as an IPv4 address at all (a host name, checked as such)
    if valid:
        assert check_endpoint_url(f"http://{host}:8080") == f"http://{host}:8080"
    else:
        with pytest.raises(ValueError):
            check_endpoint_url(f"http://{host}:8080")
