"""The credential providers, the chain and the cache, each tested for real.

Shared files live in a temporary HOME; ``credential_process`` runs a real
Python script; local HTTP servers on 127.0.0.1 stand in for the container
endpoint, the EC2 instance metadata service and STS (for botocore's
assume-role). Nothing leaves 127.0.0.1: every test runs with
``AWS_EC2_METADATA_DISABLED=true`` unless it points IMDS at a local server.
"""

from __future__ import annotations

import json
import os
import shlex
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from runtime.auth import credential_container
from runtime.auth.chain import default_chain
from runtime.auth.credential_base import parse_expiry
from runtime.auth.credential_botocore import BotocoreProvider
from runtime.auth.credential_container import ContainerProvider
from runtime.auth.credential_imds import InstanceMetadataProvider
from runtime.auth.credential_sources import (
    EnvironmentProvider,
    ProcessProvider,
    SharedFilesProvider,
)
from runtime.auth.credentials import (
    CredentialChain,
    Credentials,
    CredentialsError,
    NoCredentialsError,
    RefreshingCredentials,
    StaticCredentialsProvider,
)
from runtime.config.config_files import SharedConfig
from runtime.exceptions import SdkError
from tests.localserver import LocalAwsServer, RecordedRequest, Response

SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY"
TOKEN = "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN"


@pytest.fixture(autouse=True)
def clean_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No AWS_* variable from the outside; HOME is an empty temporary directory."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    (home / ".aws").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    return home


@pytest.fixture
def home(clean_environment: Path) -> Path:
    return clean_environment


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def json_response(data: object, status: int = 200) -> Response:
    return status, {"Content-Type": "application/json"}, json.dumps(data).encode()


class FakeClock:
    """Seconds since the epoch, moved by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start.timestamp()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


# -- Credentials -------------------------------------------------------------


def test_credentials_repr_hides_secret_and_token() -> None:
    creds = Credentials("AKIDEXAMPLE", SECRET, TOKEN)
    for text in (repr(creds), str(creds), f"{creds}", repr([creds])):
        assert SECRET not in text and TOKEN not in text
        assert "AKID" in text


def test_parse_expiry_forms() -> None:
    utc = timezone.utc
    assert parse_expiry("2024-05-01T12:00:00Z") == datetime(2024, 5, 1, 12, tzinfo=utc)
    assert parse_expiry("2024-05-01T12:00:00.123456789Z").microsecond == 123456
    assert parse_expiry("2024-05-01T14:00:00+02:00") == datetime(2024, 5, 1, 12, tzinfo=utc)
    assert parse_expiry("2024-05-01T12:00:00") == datetime(2024, 5, 1, 12, tzinfo=utc)
    with pytest.raises(ValueError):
        parse_expiry("tomorrow")


# -- environment ---------------------------------------------------------------


def test_environment_provider() -> None:
    provider = EnvironmentProvider(
        {
            "AWS_ACCESS_KEY_ID": "AKIDENV",
            "AWS_SECRET_ACCESS_KEY": SECRET,
            "AWS_SESSION_TOKEN": TOKEN,
            "AWS_CREDENTIAL_EXPIRATION": "2030-01-01T00:00:00Z",
        }
    )
    creds = provider.get_credentials()
    assert creds is not None
    assert (creds.access_key_id, creds.secret_access_key, creds.session_token) == (
        "AKIDENV",
        SECRET,
        TOKEN,
    )
    assert creds.expiry == datetime(2030, 1, 1, tzinfo=timezone.utc)


def test_environment_provider_older_token_name_and_no_token() -> None:
    env = {"AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "S", "AWS_SECURITY_TOKEN": "T"}
    creds = EnvironmentProvider(env).get_credentials()
    assert creds is not None and creds.session_token == "T"
    creds = EnvironmentProvider({"AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "S"})
    found = creds.get_credentials()
    assert found is not None and found.session_token is None and found.expiry is None


def test_environment_provider_reads_os_environ_at_call_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    provider = EnvironmentProvider()
    assert provider.get_credentials() is None
    assert provider.skip_reason == "AWS_ACCESS_KEY_ID is not set"
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDLATE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET)
    creds = provider.get_credentials()
    assert creds is not None and creds.access_key_id == "AKIDLATE"


def test_environment_provider_partial_keys_fail_loudly() -> None:
    with pytest.raises(CredentialsError, match="AWS_SECRET_ACCESS_KEY is not"):
        EnvironmentProvider({"AWS_ACCESS_KEY_ID": "A"}).get_credentials()


# -- shared files ------------------------------------------------------------------


def test_shared_credentials_file_with_session_token(home: Path) -> None:
    write(
        home / ".aws" / "credentials",
        f"[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = {SECRET}\n"
        f"aws_session_token = {TOKEN}\n",
    )
    creds = SharedFilesProvider(SharedConfig.load()).get_credentials()
    assert creds is not None
    assert (creds.access_key_id, creds.secret_access_key, creds.session_token) == (
        "AKIDFILE",
        SECRET,
        TOKEN,
    )


def test_shared_config_file_profile_and_sources(home: Path) -> None:
    write(
        home / ".aws" / "config",
        f"[profile dev]\naws_access_key_id = AKIDCFG\naws_secret_access_key = {SECRET}\n",
    )
    shared = SharedConfig.load(profile="dev")
    assert SharedFilesProvider(shared, source="credentials").get_credentials() is None
    found = SharedFilesProvider(shared, source="config").get_credentials()
    assert found is not None and found.access_key_id == "AKIDCFG"
    found = SharedFilesProvider(shared).get_credentials()
    assert found is not None and found.access_key_id == "AKIDCFG"


def test_shared_files_take_keys_from_one_file_only(home: Path) -> None:
    # The token in the config file does not join the key pair from the credentials file.
    write(home / ".aws" / "config", "[default]\naws_session_token = CONFIGTOKEN\n")
    write(
        home / ".aws" / "credentials",
        "[default]\naws_access_key_id = A\naws_secret_access_key = S\n",
    )
    creds = SharedFilesProvider(SharedConfig.load()).get_credentials()
    assert creds is not None and creds.session_token is None


def test_shared_files_partial_keys_fail_loudly(home: Path) -> None:
    write(home / ".aws" / "credentials", "[default]\naws_access_key_id = AKIDONLY\n")
    with pytest.raises(CredentialsError, match="no aws_secret_access_key") as caught:
        SharedFilesProvider(SharedConfig.load()).get_credentials()
    assert "credentials" in str(caught.value)


def test_shared_files_skip_reason_names_profile_and_file(home: Path) -> None:
    provider = SharedFilesProvider(SharedConfig.load(profile="ghost"), source="credentials")
    assert provider.get_credentials() is None
    assert "profile 'ghost'" in provider.skip_reason
    assert str(home / ".aws" / "credentials") + " (not found)" in provider.skip_reason


# -- credential_process ------------------------------------------------------------

PROCESS_SCRIPT = """
import json, sys
from pathlib import Path
counter = Path(sys.argv[1])
count = int(counter.read_text()) + 1 if counter.exists() else 1
counter.write_text(str(count))
mode = sys.argv[2]
if mode == "fail":
    print("token expired; run `corp-login` first", file=sys.stderr)
    sys.exit(3)
if mode == "garbage":
    print("AccessKeyId=AKID SecretAccessKey=%s" % "SECRET_IN_STDOUT")
    sys.exit(0)
output = {"Version": 1, "AccessKeyId": "AKIDPROC%d" % count, "SecretAccessKey": "SECRET_IN_STDOUT"}
if mode == "nosecret":
    del output["SecretAccessKey"]
if mode == "v2":
    output["Version"] = 2
if mode in ("token", "expiring"):
    output["SessionToken"] = "PROCTOKEN"
if mode == "expiring":
    output["Expiration"] = sys.argv[3]
print(json.dumps(output))
"""


@pytest.fixture
def process_script(tmp_path: Path) -> Callable[..., str]:
    # A directory with a space: the command line must be split like a shell would.
    script = write(tmp_path / "bin dir" / "creds.py", PROCESS_SCRIPT)
    counter = tmp_path / "counter"

    def command(*args: str) -> str:
        parts = [sys.executable, str(script), str(counter), *args]
        return " ".join(shlex.quote(part) for part in parts)

    return command


def process_provider(home: Path, command: str) -> ProcessProvider:
    write(home / ".aws" / "config", f"[profile proc]\ncredential_process = {command}\n")
    return ProcessProvider(SharedConfig.load(profile="proc"))


def test_credential_process(home: Path, process_script: Callable[..., str]) -> None:
    creds = process_provider(home, process_script("token")).get_credentials()
    assert creds is not None
    assert creds.access_key_id == "AKIDPROC1"
    assert creds.secret_access_key == "SECRET_IN_STDOUT"
    assert creds.session_token == "PROCTOKEN"
    assert creds.expiry is None


def test_credential_process_with_expiration(
    home: Path, process_script: Callable[..., str]
) -> None:
    command = process_script("expiring", "2031-02-03T04:05:06Z")
    creds = process_provider(home, command).get_credentials()
    assert creds is not None
    assert creds.expiry == datetime(2031, 2, 3, 4, 5, 6, tzinfo=timezone.utc)


def test_credential_process_in_credentials_file_is_honoured(
    home: Path, process_script: Callable[..., str]
) -> None:
    write(
        home / ".aws" / "credentials", f"[default]\ncredential_process = {process_script('x')}\n"
    )
    creds = ProcessProvider(SharedConfig.load()).get_credentials()
    assert creds is not None and creds.access_key_id == "AKIDPROC1"


def test_credential_process_failure_reports_status_and_stderr(
    home: Path, process_script: Callable[..., str]
) -> None:
    with pytest.raises(CredentialsError) as caught:
        process_provider(home, process_script("fail")).get_credentials()
    message = str(caught.value)
    assert "profile 'proc'" in message
    assert "exited with status 3" in message
    assert "run `corp-login` first" in message


@pytest.mark.parametrize(
    ("mode", "fragment"),
    [
        ("garbage", "did not print a JSON object"),
        ("nosecret", "no SecretAccessKey"),
        ("v2", "supported Version is 1"),
    ],
)
def test_credential_process_bad_output_never_echoes_it(
    home: Path, process_script: Callable[..., str], mode: str, fragment: str
) -> None:
    with pytest.raises(CredentialsError, match=fragment) as caught:
        process_provider(home, process_script(mode)).get_credentials()
    assert "SECRET_IN_STDOUT" not in str(caught.value)


def test_credential_process_that_cannot_start(home: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-program"
    with pytest.raises(CredentialsError, match="could not be started"):
        process_provider(home, str(missing)).get_credentials()


def test_credential_process_not_configured(home: Path) -> None:
    provider = ProcessProvider(SharedConfig.load())
    assert provider.get_credentials() is None
    assert provider.skip_reason == "profile 'default' has no credential_process"


# -- container endpoint ----------------------------------------------------------


def container_body(expiry: datetime | None = None) -> dict[str, str]:
    expiry = expiry or datetime.now(timezone.utc) + timedelta(hours=6)
    return {
        "AccessKeyId": "AKIDCONTAINER",
        "SecretAccessKey": SECRET,
        "Token": TOKEN,
        "Expiration": iso(expiry),
        "RoleArn": "arn:aws:iam::123456789012:role/task",
    }


def test_container_full_uri_with_authorization_token() -> None:
    with LocalAwsServer(lambda request: json_response(container_body())) as server:
        env = {
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": f"{server.url}/creds?id=1",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": "Basic c2VjcmV0",
        }
        creds = ContainerProvider(env).get_credentials()
        assert creds is not None
        assert (creds.access_key_id, creds.secret_access_key, creds.session_token) == (
            "AKIDCONTAINER",
            SECRET,
            TOKEN,
        )
        assert creds.expiry is not None
        (request,) = server.requests
        assert (request.method, request.path) == ("GET", "/creds?id=1")
        assert request.header("Authorization") == "Basic c2VjcmV0"
        assert request.header("Accept") == "application/json"


def test_container_token_file_wins_and_is_read_each_time(tmp_path: Path) -> None:
    token_file = write(tmp_path / "token", "eks-pod-identity-token-1\n")
    with LocalAwsServer(lambda request: json_response(container_body())) as server:
        env = {
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": f"{server.url}/v1/credentials",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": str(token_file),
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": "ignored",
        }
        provider = ContainerProvider(env)
        assert provider.get_credentials() is not None
        token_file.write_text("eks-pod-identity-token-2")
        assert provider.get_credentials() is not None
        tokens = [request.header("Authorization") for request in server.requests]
        assert tokens == ["eks-pod-identity-token-1", "eks-pod-identity-token-2"]


def test_container_relative_uri_goes_to_the_ecs_host(monkeypatch: pytest.MonkeyPatch) -> None:
    with LocalAwsServer(lambda request: json_response(container_body())) as server:
        # Stand the local server in for 169.254.170.2.
        monkeypatch.setattr(credential_container, "CONTAINER_HOST", f"127.0.0.1:{server.port}")
        env = {
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/abc",
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://example.com/ignored",
        }
        assert ContainerProvider(env).get_credentials() is not None
        assert [r.path for r in server.requests] == ["/v2/credentials/abc"]
        assert server.requests[0].header("Authorization") is None


@pytest.mark.parametrize(
    "url",
    ["http://example.com/creds", "http://169.254.169.254/creds", "ftp://127.0.0.1/x"],
)
def test_container_full_uri_must_be_https_loopback_or_link_local(url: str) -> None:
    with pytest.raises(CredentialsError, match="is not allowed"):
        ContainerProvider({"AWS_CONTAINER_CREDENTIALS_FULL_URI": url}).get_credentials()


def test_container_retries_then_succeeds() -> None:
    answers = [(500, {}, b"busy"), json_response(container_body())]
    with LocalAwsServer(lambda request: answers.pop(0)) as server:
        env = {"AWS_CONTAINER_CREDENTIALS_FULL_URI": f"{server.url}/c"}
        provider = ContainerProvider(env, retry_delay=0)
        assert provider.get_credentials() is not None
        assert len(server.requests) == 2


def test_container_failure_is_an_error_not_a_skip() -> None:
    with LocalAwsServer(lambda request: (403, {}, b"Unauthorized token")) as server:
        env = {"AWS_CONTAINER_CREDENTIALS_FULL_URI": f"{server.url}/c"}
        with pytest.raises(CredentialsError) as caught:
            ContainerProvider(env, retry_delay=0).get_credentials()
        assert "after 3 attempt(s): HTTP 403: Unauthorized token" in str(caught.value)
        assert len(server.requests) == 3


def test_container_bad_answers() -> None:
    with LocalAwsServer(lambda request: (200, {}, b"<html>")) as server:
        env = {"AWS_CONTAINER_CREDENTIALS_FULL_URI": f"{server.url}/c"}
        with pytest.raises(CredentialsError, match="not JSON"):
            ContainerProvider(env, attempts=1).get_credentials()
        server.handler = lambda request: json_response({"AccessKeyId": "A"})
        with pytest.raises(CredentialsError, match="no SecretAccessKey"):
            ContainerProvider(env, attempts=1).get_credentials()


def test_container_token_with_line_break_is_refused() -> None:
    env = {
        "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:9/c",
        "AWS_CONTAINER_AUTHORIZATION_TOKEN": "a\r\nX-Injected: 1",
    }
    with pytest.raises(CredentialsError, match="line break"):
        ContainerProvider(env).get_credentials()


def test_container_not_configured() -> None:
    provider = ContainerProvider({})
    assert provider.get_credentials() is None
    assert "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI" in provider.skip_reason


# -- instance metadata -------------------------------------------------------------


class FakeImds:
    """An IMDS stand-in: IMDSv2 tokens (or v1 only), one role, its credentials."""

    def __init__(self, *, token_status: int = 200, expiry: datetime | None = None) -> None:
        self.token_status = token_status
        self.expiry = expiry or datetime.now(timezone.utc) + timedelta(hours=6)
        self.tokens_issued = 0
        self.credentials_body: dict[str, str] | None = None

    def __call__(self, request: RecordedRequest) -> Response:
        base = "/latest/meta-data/iam/security-credentials/"
        if request.method == "PUT" and request.path == "/latest/api/token":
            if self.token_status != 200:
                return self.token_status, {}, b""
            assert request.header("X-aws-ec2-metadata-token-ttl-seconds") == "21600"
            self.tokens_issued += 1
            return 200, {}, f"imds-token-{self.tokens_issued}".encode()
        if self.token_status == 200 and not request.header("X-aws-ec2-metadata-token"):
            return 401, {}, b""
        if request.method == "GET" and request.path == base:
            return 200, {}, b"web-role\n"
        if request.method == "GET" and request.path == base + "web-role":
            body = self.credentials_body or {
                "Code": "Success",
                "Type": "AWS-HMAC",
                "AccessKeyId": "AKIDIMDS",
                "SecretAccessKey": SECRET,
                "Token": TOKEN,
                "Expiration": iso(self.expiry),
            }
            return json_response(body)
        return 404, {}, b""


@pytest.fixture
def imds(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[LocalAwsServer, FakeImds]]:
    fake = FakeImds()
    with LocalAwsServer(fake) as server:
        monkeypatch.delenv("AWS_EC2_METADATA_DISABLED")
        monkeypatch.setenv("AWS_EC2_METADATA_SERVICE_ENDPOINT", server.url)
        yield server, fake


def test_imds_v2_token_flow(imds: tuple[LocalAwsServer, FakeImds]) -> None:
    server, _ = imds
    creds = InstanceMetadataProvider().get_credentials()
    assert creds is not None
    assert (creds.access_key_id, creds.secret_access_key, creds.session_token) == (
        "AKIDIMDS",
        SECRET,
        TOKEN,
    )
    calls = [(r.method, r.path, r.header("X-aws-ec2-metadata-token")) for r in server.requests]
    assert calls == [
        ("PUT", "/latest/api/token", None),
        ("GET", "/latest/meta-data/iam/security-credentials/", "imds-token-1"),
        ("GET", "/latest/meta-data/iam/security-credentials/web-role", "imds-token-1"),
    ]


@pytest.mark.parametrize("status", [403, 404, 405])
def test_imds_falls_back_to_v1_when_tokens_are_unsupported(
    imds: tuple[LocalAwsServer, FakeImds], status: int
) -> None:
    server, fake = imds
    fake.token_status = status
    creds = InstanceMetadataProvider().get_credentials()
    assert creds is not None and creds.access_key_id == "AKIDIMDS"
    assert [r.header("X-aws-ec2-metadata-token") for r in server.requests] == [None] * 3


def test_imds_v1_fallback_can_be_disabled(
    imds: tuple[LocalAwsServer, FakeImds], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, fake = imds
    fake.token_status = 403
    monkeypatch.setenv("AWS_EC2_METADATA_V1_DISABLED", "true")
    provider = InstanceMetadataProvider()
    assert provider.get_credentials() is None
    assert "IMDSv1 is disabled" in provider.skip_reason
    assert len(server.requests) == 1


def test_imds_endpoint_argument_and_config_file_key(
    imds: tuple[LocalAwsServer, FakeImds], monkeypatch: pytest.MonkeyPatch, home: Path
) -> None:
    server, _ = imds
    monkeypatch.delenv("AWS_EC2_METADATA_SERVICE_ENDPOINT")
    assert InstanceMetadataProvider(endpoint=server.url + "/").get_credentials() is not None
    write(home / ".aws" / "config", f"[default]\nec2_metadata_service_endpoint = {server.url}\n")
    provider = InstanceMetadataProvider(shared_config=SharedConfig.load())
    assert provider.base_url() == server.url
    assert provider.get_credentials() is not None
    assert InstanceMetadataProvider(environ={}).base_url() == "http://169.254.169.254"
    ipv6 = {"AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE": "IPv6"}
    assert InstanceMetadataProvider(environ=ipv6).base_url() == "http://[fd00:ec2::254]"


def test_imds_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    provider = InstanceMetadataProvider()
    assert provider.get_credentials() is None
    assert provider.skip_reason == "AWS_EC2_METADATA_DISABLED is true"


def test_imds_unreachable_is_a_skip() -> None:
    # A port nothing listens on: connection refused, right away.
    with LocalAwsServer() as server:
        url = server.url
    provider = InstanceMetadataProvider(endpoint=url, environ={})
    assert provider.get_credentials() is None
    assert provider.skip_reason.startswith(f"{url} gave no role name")


def test_imds_error_document_is_a_skip(imds: tuple[LocalAwsServer, FakeImds]) -> None:
    _, fake = imds
    fake.credentials_body = {"Code": "AssumeRoleUnauthorizedAccess", "Message": "no"}
    provider = InstanceMetadataProvider()
    assert provider.get_credentials() is None
    assert "AssumeRoleUnauthorizedAccess" in provider.skip_reason


def test_imds_stale_credentials_get_extended(imds: tuple[LocalAwsServer, FakeImds]) -> None:
    _, fake = imds
    clock = FakeClock(datetime.now(timezone.utc))
    fake.expiry = datetime.fromtimestamp(clock.now - 60, timezone.utc)
    creds = InstanceMetadataProvider(clock=clock).get_credentials()
    assert creds is not None and creds.expiry is not None
    remaining = creds.expiry.timestamp() - clock.now
    assert 300 + 120 <= remaining <= 300 + 600


# -- chain ---------------------------------------------------------------------------


class Source:
    def __init__(self, name: str, creds: Credentials | None = None, reason: str = "") -> None:
        self.name = name
        self.creds = creds
        self.skip_reason = reason or f"{name} has nothing"
        self.calls = 0

    def get_credentials(self) -> Credentials | None:
        self.calls += 1
        return self.creds


def test_chain_returns_first_and_remembers_it() -> None:
    first = Source("one")
    second = Source("two", Credentials("A2", "S2"))
    third = Source("three", Credentials("A3", "S3"))
    chain = CredentialChain([first, second, third])
    assert chain.get_credentials().access_key_id == "A2"
    assert chain.source_name == "two"
    assert chain.get_credentials().access_key_id == "A2"
    assert (first.calls, second.calls, third.calls) == (1, 2, 0)
    second.creds = None  # the source went away: the whole chain again
    assert chain.get_credentials().access_key_id == "A3"


def test_chain_error_lists_every_source_and_reason() -> None:
    chain = CredentialChain([Source("one", reason="why one"), Source("two", reason="why two")])
    with pytest.raises(NoCredentialsError) as caught:
        chain.get_credentials()
    assert caught.value.tried == (("one", "why one"), ("two", "why two"))
    assert "  - one: why one\n  - two: why two" in str(caught.value)
    assert isinstance(caught.value, SdkError)


def test_chain_stops_at_a_broken_source() -> None:
    class Broken:
        def get_credentials(self) -> Credentials | None:
            raise CredentialsError("broken")

    later = Source("later", Credentials("A", "S"))
    with pytest.raises(CredentialsError, match="broken"):
        CredentialChain([Broken(), later]).get_credentials()
    assert later.calls == 0


def write_everything(home: Path, process: str) -> None:
    write(
        home / ".aws" / "credentials",
        "[default]\naws_access_key_id = AKIDCREDSFILE\naws_secret_access_key = s\n",
    )
    write(
        home / ".aws" / "config",
        f"[default]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = s\n"
        f"credential_process = {process}\n",
    )


def test_default_chain_order(
    home: Path, monkeypatch: pytest.MonkeyPatch, process_script: Callable[..., str]
) -> None:
    write_everything(home, process_script("token"))
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDENV")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET)

    def first() -> str:
        return default_chain().get_credentials().access_key_id

    assert first() == "AKIDENV"
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    assert first() == "AKIDCREDSFILE"
    (home / ".aws" / "credentials").unlink()
    assert first() == "AKIDPROC1"
    write(
        home / ".aws" / "config",
        "[default]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = s\n",
    )
    assert first() == "AKIDCONFIG"


def test_default_chain_container_before_instance_metadata(
    imds: tuple[LocalAwsServer, FakeImds], monkeypatch: pytest.MonkeyPatch
) -> None:
    imds_server, _ = imds
    with LocalAwsServer(lambda request: json_response(container_body())) as container:
        monkeypatch.setenv("AWS_CONTAINER_CREDENTIALS_FULL_URI", container.url + "/c")
        assert default_chain().get_credentials().access_key_id == "AKIDCONTAINER"
        assert imds_server.requests == []
    monkeypatch.delenv("AWS_CONTAINER_CREDENTIALS_FULL_URI")
    assert default_chain().get_credentials().access_key_id == "AKIDIMDS"


def test_explicit_profile_wins_over_environment(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        home / ".aws" / "credentials",
        "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s\n",
    )
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDENV")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET)
    assert default_chain(profile="dev").get_credentials().access_key_id == "AKIDDEV"
    shared = SharedConfig.load(profile="dev")
    chain = default_chain(profile="dev", shared_config=shared)
    assert chain.get_credentials().access_key_id == "AKIDDEV"
    # AWS_PROFILE is not an explicit choice: the environment keys still come first.
    monkeypatch.setenv("AWS_PROFILE", "dev")
    assert default_chain().get_credentials().access_key_id == "AKIDENV"
    shared = SharedConfig.load()
    assert default_chain(profile="dev", shared_config=shared).get_credentials().access_key_id == (
        "AKIDENV"
    )


def test_no_credentials_error_lists_everything_tried(home: Path) -> None:
    chain = default_chain()
    with pytest.raises(NoCredentialsError) as caught:
        chain.get_credentials()
    names = [name for name, _ in caught.value.tried]
    assert names == [
        "environment",
        "assume role",
        "web identity",
        "botocore (SSO, login_session)",
        "shared credentials file",
        "credential_process",
        "shared config file",
        "container",
        "instance metadata",
    ]
    message = str(caught.value)
    assert "AWS_ACCESS_KEY_ID is not set" in message
    assert f"{home / '.aws' / 'credentials'} (not found)" in message
    assert "AWS_EC2_METADATA_DISABLED is true" in message


def test_no_credentials_message_never_holds_secrets(home: Path) -> None:
    # A profile with only half a key pair raises; one whose secret is elsewhere is skipped.
    write(home / ".aws" / "config", f"[default]\naws_secret_access_key = {SECRET}\n")
    with pytest.raises(NoCredentialsError) as caught:
        default_chain().get_credentials()
    assert SECRET not in str(caught.value)


def test_default_chain_is_lazy(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(home / ".aws" / "config", "this is not a config file\n")
    chain = default_chain()  # reads nothing yet
    from runtime.config.config_files import ConfigFileError

    with pytest.raises(ConfigFileError, match=":1: "):
        chain.get_credentials()


def test_default_chain_refreshes_process_credentials(
    home: Path, process_script: Callable[..., str]
) -> None:
    clock = FakeClock(datetime(2030, 1, 1, tzinfo=timezone.utc))
    expiry = iso(datetime(2030, 1, 1, 1, tzinfo=timezone.utc))
    write(
        home / ".aws" / "config",
        f"[default]\ncredential_process = {process_script('expiring', expiry)}\n",
    )
    chain = default_chain(clock=clock)
    assert chain.get_credentials().access_key_id == "AKIDPROC1"
    clock.advance(3600 - 400)
    assert chain.get_credentials().access_key_id == "AKIDPROC1"
    clock.advance(200)  # inside the 5-minute window: the process runs again
    assert chain.get_credentials().access_key_id == "AKIDPROC2"


# -- cache and refresh ------------------------------------------------------------


class Issuer:
    """Hands out numbered credentials expiring ``lifetime`` seconds after the clock."""

    def __init__(self, clock: FakeClock, lifetime: float = 3600) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self.calls = 0
        self.fail = False

    def get_credentials(self) -> Credentials:
        self.calls += 1
        if self.fail:
            raise CredentialsError("issuer down")
        expiry = datetime.fromtimestamp(self.clock.now + self.lifetime, timezone.utc)
        return Credentials(f"AKID{self.calls}", "s", "t", expiry)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2030, 1, 1, tzinfo=timezone.utc))


def test_cache_until_the_advisory_window(clock: FakeClock) -> None:
    issuer = Issuer(clock)
    cache = RefreshingCredentials(issuer, clock=clock)
    assert cache.get_credentials().access_key_id == "AKID1"
    clock.advance(3600 - 301)
    assert cache.get_credentials().access_key_id == "AKID1"
    assert issuer.calls == 1
    clock.advance(2)
    assert cache.get_credentials().access_key_id == "AKID2"
    assert issuer.calls == 2


def test_advisory_failure_keeps_cached_and_backs_off(clock: FakeClock) -> None:
    issuer = Issuer(clock)
    cache = RefreshingCredentials(issuer, clock=clock)
    cache.get_credentials()
    issuer.fail = True
    clock.advance(3600 - 200)
    assert cache.get_credentials().access_key_id == "AKID1"
    assert cache.get_credentials().access_key_id == "AKID1"
    assert issuer.calls == 2  # no retry on every call
    clock.advance(31)
    assert cache.get_credentials().access_key_id == "AKID1"
    assert issuer.calls == 3


def test_mandatory_failure_raises(clock: FakeClock) -> None:
    issuer = Issuer(clock)
    cache = RefreshingCredentials(issuer, clock=clock)
    cache.get_credentials()
    issuer.fail = True
    clock.advance(3600 - 59)
    with pytest.raises(CredentialsError, match="issuer down"):
        cache.get_credentials()
    issuer.fail = False
    assert cache.get_credentials().access_key_id == "AKID3"


def test_refreshed_credentials_already_expired_raise(clock: FakeClock) -> None:
    issuer = Issuer(clock, lifetime=-1)
    with pytest.raises(CredentialsError, match="expired at"):
        RefreshingCredentials(issuer, clock=clock).get_credentials()


def test_short_lived_credentials_are_used_for_half_their_life(clock: FakeClock) -> None:
    issuer = Issuer(clock, lifetime=40)
    cache = RefreshingCredentials(issuer, clock=clock)
    cache.get_credentials()
    clock.advance(19)
    cache.get_credentials()
    assert issuer.calls == 1
    clock.advance(2)
    cache.get_credentials()
    assert issuer.calls == 2


def test_static_credentials_are_never_refreshed(clock: FakeClock) -> None:
    source = Source("static", Credentials("A", "S"))
    cache = RefreshingCredentials(CredentialChain([source]), clock=clock)
    for _ in range(3):
        cache.get_credentials()
        clock.advance(10**9)
    assert source.calls == 1


def test_invalidate_forces_a_refresh(clock: FakeClock) -> None:
    issuer = Issuer(clock)
    cache = RefreshingCredentials(issuer, clock=clock)
    cache.get_credentials()
    cache.invalidate()
    assert cache.get_credentials().access_key_id == "AKID2"


def test_first_resolution_failure_is_not_cached(clock: FakeClock) -> None:
    issuer = Issuer(clock)
    issuer.fail = True
    cache = RefreshingCredentials(issuer, clock=clock)
    with pytest.raises(CredentialsError):
        cache.get_credentials()
    issuer.fail = False
    assert cache.get_credentials().access_key_id == "AKID2"


def test_one_thread_refreshes_while_others_use_the_cache(clock: FakeClock) -> None:
    release = threading.Event()
    entered = threading.Event()

    class Slow(Issuer):
        def get_credentials(self) -> Credentials:
            if self.calls:
                entered.set()
                release.wait(5)
            return super().get_credentials()

    issuer = Slow(clock)
    cache = RefreshingCredentials(issuer, clock=clock)
    cache.get_credentials()
    clock.advance(3600 - 200)  # advisory window
    refresher = threading.Thread(target=cache.get_credentials)
    refresher.start()
    assert entered.wait(5)
    started = time.monotonic()
    results = [cache.get_credentials().access_key_id for _ in range(20)]
    assert time.monotonic() - started < 1  # nobody waited for the refresh
    assert results == ["AKID1"] * 20
    release.set()
    refresher.join(5)
    assert cache.get_credentials().access_key_id == "AKID2"
    assert issuer.calls == 2


def test_mandatory_refresh_happens_once_for_many_threads(clock: FakeClock) -> None:
    issuer = Issuer(clock)
    cache = RefreshingCredentials(issuer, clock=clock)
    cache.get_credentials()
    clock.advance(3600)
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(cache.get_credentials().access_key_id))
        for _ in range(16)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert results == ["AKID2"] * 16
    assert issuer.calls == 2


def test_static_provider_is_unchanged() -> None:
    creds = Credentials("A", "S")
    assert StaticCredentialsProvider(creds).get_credentials() is creds


# -- botocore ------------------------------------------------------------------------


def test_botocore_not_installed_is_an_error_naming_how_to_install_it(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(home / ".aws" / "config", "[profile sso]\nsso_session = corp\nsso_account_id = 1\n")
    monkeypatch.setitem(sys.modules, "botocore", None)
    monkeypatch.setitem(sys.modules, "botocore.session", None)
    with pytest.raises(CredentialsError) as caught:
        default_chain(profile="sso").get_credentials()
    message = str(caught.value)
    assert "botocore is not installed, and sso_session in profile 'sso' needs it" in message
    assert message.endswith("Install it with: pip install botocore")


def test_botocore_is_not_asked_for_a_plain_or_role_profile(home: Path) -> None:
    write(home / ".aws" / "config", "[default]\nrole_arn = arn:aws:iam::1:role/r\n")
    provider = BotocoreProvider(shared_config=SharedConfig.load(), only_if_needed=True)
    assert provider.get_credentials() is None
    assert provider.skip_reason == "profile 'default' has no sso_* or login_session"


def test_async_client_fetches_credentials_off_the_event_loop() -> None:
    """A source that does I/O (IMDS, a process) must not block the loop's other tasks."""
    import asyncio

    from partnercentral_selling import AsyncPartnerCentralSellingClient
    from typed_aws_runtime.auth.credentials import (
        Credentials as PackageCredentials,
        RefreshingCredentials as PackageRefreshing,
    )

    fetched_on: list[threading.Thread] = []

    class SlowSource:
        def get_credentials(self) -> PackageCredentials:
            fetched_on.append(threading.current_thread())
            expiry = datetime.now(timezone.utc) + timedelta(hours=1)
            return PackageCredentials("AKIDASYNC", "async-secret", expiry=expiry)

    def answer(request: RecordedRequest) -> Response:
        return json_response({"Catalog": "Sandbox", "Id": "O1", "LastModifiedDate": 0})

    async def two_calls(url: str) -> threading.Thread:
        async with AsyncPartnerCentralSellingClient(
            region="us-east-1", endpoint_url=url, credentials=PackageRefreshing(SlowSource())
        ) as client:
            for _ in range(2):
                await client.get_opportunity(catalog="Sandbox", identifier="O1")
        return threading.current_thread()

    with LocalAwsServer(
        answer,
        credentials=("AKIDASYNC", "async-secret", None),
        region="us-east-1",
        service="partnercentral-selling",
    ) as server:
        loop_thread = asyncio.run(two_calls(server.url))
        assert all(request.signature_valid for request in server.requests)
    assert len(fetched_on) == 1  # cached for the second call
    assert fetched_on[0] is not loop_thread
