"""Assume-role profiles and web identity, done by the package itself against a local STS.

Each test writes the shared files into a temporary HOME, points STS at
:class:`tests.stsserver.LocalStsServer` (``AWS_ENDPOINT_URL_STS`` or the
profile's ``[services]`` section, so nothing reaches the network) and checks
the generated client's next call: it must be signed, validly, with the
credentials STS handed out.
"""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from runtime.auth.credential_sts import sts_endpoint
from runtime.config.config_files import SharedConfig
from tests.localserver import LocalAwsServer, RecordedRequest, Response, SigV4Verifier
from tests.stsserver import LocalStsServer

SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY"
WEB_TOKEN = "eyJhbGciOiJSUzI1NiJ9.WEBIDENTITYTOKEN.signature"
ROLE = "arn:aws:iam::123456789012:role/dev"
MID_ROLE = "arn:aws:iam::123456789012:role/mid"
SERVICE = "partnercentral-selling"
REGION = "us-east-1"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
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
def sts() -> Iterator[LocalStsServer]:
    with LocalStsServer({"AKIDBASE": (SECRET, None)}) as server:
        yield server


class SignedService:
    """The service's stand-in: every request's signature checked against what STS issued."""

    def __init__(self, sts: LocalStsServer) -> None:
        self.sts = sts
        self.signers: list[tuple[str, str | None]] = []
        self.server = LocalAwsServer(self._answer)

    def _answer(self, request: RecordedRequest) -> Response:
        credential = (request.header("Authorization") or "").partition("Credential=")[2]
        key = credential.partition("/")[0]
        secret, token = self.sts.known[key]
        verifier = SigV4Verifier(key, secret, token, REGION, SERVICE)
        host = request.header("Host") or ""
        failure = verifier.verify(
            request.method, f"http://{host}{request.path}", request.headers, request.body
        )
        assert failure is None, failure
        self.signers.append((key, request.header("X-Amz-Security-Token")))
        body = b'{"Catalog": "Sandbox", "Id": "O1", "LastModifiedDate": 0}'
        return 200, {"Content-Type": "application/x-amz-json-1.0"}, body


@pytest.fixture
def service(sts: LocalStsServer) -> Iterator[SignedService]:
    signed = SignedService(sts)
    with signed.server:
        yield signed


def write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def config(home: Path, text: str, sts: LocalStsServer | None = None) -> None:
    """The config file; with ``sts``, every profile's STS goes to it via a services section."""
    if sts is not None:
        text = text.replace("]\n", "]\nservices = local\n") + (
            f"\n[services local]\nsts =\n  endpoint_url = {sts.url}\n"
        )
    write(home / ".aws" / "config", text)


def base_keys(home: Path) -> None:
    write(
        home / ".aws" / "credentials",
        f"[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = {SECRET}\n",
    )


def call(service: SignedService, **options: object) -> None:
    from partnercentral_selling import PartnerCentralSellingClient

    with PartnerCentralSellingClient(
        region=REGION, endpoint_url=service.server.url, **options
    ) as client:
        client.get_opportunity(catalog="Sandbox", identifier="O1")


def test_source_profile_with_static_keys(
    home: Path, sts: LocalStsServer, service: SignedService
) -> None:
    config(
        home,
        f"[profile dev]\nrole_arn = {ROLE}\nsource_profile = base\nrole_session_name = ci\n"
        "external_id = ext-1\nduration_seconds = 900\n",
        sts,
    )
    base_keys(home)
    call(service, profile="dev")
    (assume,) = sts.calls
    assert (assume.action, assume.signed_by) == ("AssumeRole", "AKIDBASE")
    assert assume.params == {
        "RoleArn": ROLE,
        "RoleSessionName": "ci",
        "ExternalId": "ext-1",
        "DurationSeconds": "900",
    }
    assert service.signers == [("ASIAROLE1", "role-token-1")]


def test_a_chain_of_two_roles(home: Path, sts: LocalStsServer, service: SignedService) -> None:
    config(
        home,
        f"[profile dev]\nrole_arn = {ROLE}\nsource_profile = mid\n\n"
        f"[profile mid]\nrole_arn = {MID_ROLE}\nsource_profile = base\n",
        sts,
    )
    base_keys(home)
    call(service, profile="dev")
    assert [(c.params["RoleArn"], c.signed_by) for c in sts.calls] == [
        (MID_ROLE, "AKIDBASE"),
        (ROLE, "ASIAROLE1"),
    ]
    assert sts.calls[0].params["RoleSessionName"].startswith("botocore-session-")
    assert service.signers == [("ASIAROLE2", "role-token-2")]


def test_a_source_profile_loop_is_refused(home: Path, sts: LocalStsServer) -> None:
    from partnercentral_selling import PartnerCentralSellingClient
    from typed_aws_runtime.auth.credentials import CredentialsError

    config(
        home,
        f"[profile a]\nrole_arn = {ROLE}\nsource_profile = b\n\n"
        f"[profile b]\nrole_arn = {MID_ROLE}\nsource_profile = a\n",
        sts,
    )
    with PartnerCentralSellingClient(profile="a", region=REGION) as client:
        with pytest.raises(CredentialsError, match="the source_profile chain loops: a -> b -> a"):
            client.get_opportunity(catalog="Sandbox", identifier="O1")
    assert sts.calls == []


def test_credential_source_environment(
    home: Path, sts: LocalStsServer, service: SignedService, monkeypatch: pytest.MonkeyPatch
) -> None:
    config(home, f"[profile dev]\nrole_arn = {ROLE}\ncredential_source = Environment\n")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDENV")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "env-secret")
    monkeypatch.setenv("AWS_ENDPOINT_URL_STS", sts.url)
    sts.known["AKIDENV"] = ("env-secret", None)
    call(service, profile="dev")
    assert [(c.action, c.signed_by) for c in sts.calls] == [("AssumeRole", "AKIDENV")]
    assert service.signers == [("ASIAROLE1", "role-token-1")]


def test_web_identity_from_the_environment(
    home: Path,
    tmp_path: Path,
    sts: LocalStsServer,
    service: SignedService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    token_file = tmp_path / "token"
    write(token_file, WEB_TOKEN + "\n")
    monkeypatch.setenv("AWS_WEB_IDENTITY_TOKEN_FILE", str(token_file))
    monkeypatch.setenv("AWS_ROLE_ARN", ROLE)
    monkeypatch.setenv("AWS_ROLE_SESSION_NAME", "pod-1")
    monkeypatch.setenv("AWS_ENDPOINT_URL_STS", sts.url)
    call(service)
    (assume,) = sts.calls
    assert (assume.action, assume.signed_by) == ("AssumeRoleWithWebIdentity", None)
    assert assume.params == {
        "RoleArn": ROLE,
        "RoleSessionName": "pod-1",
        "WebIdentityToken": WEB_TOKEN,
    }
    assert service.signers == [("ASIAROLE1", "role-token-1")]


def test_web_identity_from_a_profile(
    home: Path, tmp_path: Path, sts: LocalStsServer, service: SignedService
) -> None:
    token_file = tmp_path / "token"
    write(token_file, WEB_TOKEN)
    config(
        home, f"[profile web]\nrole_arn = {ROLE}\nweb_identity_token_file = {token_file}\n", sts
    )
    call(service, profile="web")
    assert [c.action for c in sts.calls] == ["AssumeRoleWithWebIdentity"]
    assert sts.calls[0].params["WebIdentityToken"] == WEB_TOKEN
    assert service.signers == [("ASIAROLE1", "role-token-1")]


def test_refresh_before_expiry_reads_the_token_file_again(
    home: Path,
    tmp_path: Path,
    sts: LocalStsServer,
    service: SignedService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from partnercentral_selling import PartnerCentralSellingClient

    sts.lifetime = 3  # inside every refresh window: used for half its life, then renewed
    token_file = tmp_path / "token"
    write(token_file, "first-token")
    monkeypatch.setenv("AWS_WEB_IDENTITY_TOKEN_FILE", str(token_file))
    monkeypatch.setenv("AWS_ROLE_ARN", ROLE)
    monkeypatch.setenv("AWS_ENDPOINT_URL_STS", sts.url)
    with PartnerCentralSellingClient(region=REGION, endpoint_url=service.server.url) as client:
        client.get_opportunity(catalog="Sandbox", identifier="O1")
        client.get_opportunity(catalog="Sandbox", identifier="O1")
        write(token_file, "rotated-token")  # as the kubelet rotates it
        time.sleep(1.6)
        client.get_opportunity(catalog="Sandbox", identifier="O1")
    assert [c.params["WebIdentityToken"] for c in sts.calls] == ["first-token", "rotated-token"]
    assert [key for key, _ in service.signers] == ["ASIAROLE1", "ASIAROLE1", "ASIAROLE2"]


def test_assume_role_refreshes_a_chain(home: Path, sts: LocalStsServer) -> None:
    from runtime.auth.chain import default_chain

    sts.lifetime = 3
    config(home, f"[profile dev]\nrole_arn = {ROLE}\nsource_profile = base\n", sts)
    base_keys(home)
    chain = default_chain(profile="dev")
    assert chain.get_credentials().access_key_id == "ASIAROLE1"
    time.sleep(1.6)
    assert chain.get_credentials().access_key_id == "ASIAROLE2"
    assert [c.signed_by for c in sts.calls] == ["AKIDBASE", "AKIDBASE"]


def test_two_clients_of_one_profile_share_the_assumed_session(
    home: Path, sts: LocalStsServer, service: SignedService
) -> None:
    config(home, f"[profile dev]\nrole_arn = {ROLE}\nsource_profile = base\n", sts)
    base_keys(home)
    call(service, profile="dev")
    call(service, profile="dev")
    assert len(sts.calls) == 1
    assert service.signers == [("ASIAROLE1", "role-token-1")] * 2


def test_sts_access_denied_names_the_role_and_no_secret(
    home: Path, sts: LocalStsServer, caplog: pytest.LogCaptureFixture
) -> None:
    from partnercentral_selling import PartnerCentralSellingClient
    from typed_aws_runtime.auth.credentials import CredentialsError

    caplog.set_level(logging.DEBUG)
    sts.deny.add(ROLE)
    config(home, f"[profile dev]\nrole_arn = {ROLE}\nsource_profile = base\n", sts)
    base_keys(home)
    with PartnerCentralSellingClient(profile="dev", region=REGION) as client:
        with pytest.raises(CredentialsError) as caught:
            client.get_opportunity(catalog="Sandbox", identifier="O1")
        shown = str(caught.value) + repr(caught.value) + repr(client) + caplog.text
    assert f"AssumeRole of {ROLE} for profile 'dev' failed: HTTP 403 AccessDenied" in shown
    assert "request id 4a2b4d5c" in shown
    assert SECRET not in shown


def test_web_identity_errors_never_show_the_token(
    home: Path, tmp_path: Path, sts: LocalStsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from runtime.auth.chain import default_chain
    from runtime.auth.credentials import CredentialsError

    token_file = tmp_path / "token"
    write(token_file, WEB_TOKEN)
    sts.deny.add(ROLE)
    # STS would never echo the token, but a message that did must not show it.
    monkeypatch.setenv("AWS_ROLE_ARN", ROLE)
    monkeypatch.setenv("AWS_WEB_IDENTITY_TOKEN_FILE", str(token_file))
    monkeypatch.setenv("AWS_ENDPOINT_URL_STS", sts.url)
    monkeypatch.setattr(
        "tests.stsserver.ERROR_XML",
        "<ErrorResponse><Error><Code>{code}</Code><Message>"
        + WEB_TOKEN
        + " {message}</Message></Error></ErrorResponse>",
    )
    chain = default_chain()
    with pytest.raises(CredentialsError) as caught:
        chain.get_credentials()
    message = str(caught.value)
    assert "AssumeRoleWithWebIdentity of " + ROLE in message
    assert WEB_TOKEN not in message + repr(chain) + repr(chain.provider)


def test_mfa_serial_is_refused_clearly(home: Path, sts: LocalStsServer) -> None:
    from runtime.auth.chain import default_chain
    from runtime.auth.credentials import CredentialsError

    config(
        home,
        f"[profile dev]\nrole_arn = {ROLE}\nsource_profile = base\n"
        "mfa_serial = arn:aws:iam::123456789012:mfa/me\n",
        sts,
    )
    base_keys(home)
    with pytest.raises(CredentialsError, match="sets mfa_serial: .* does not prompt"):
        default_chain(profile="dev").get_credentials()
    assert sts.calls == []


@pytest.mark.parametrize(
    ("profile_text", "problem"),
    [
        ("role_arn = R\n", "neither source_profile nor credential_source"),
        ("role_arn = R\nsource_profile = gone\n", "names source_profile 'gone', which is in"),
        ("role_arn = R\ncredential_source = Laptop\n", "'Laptop' is not one of Environment"),
        ("role_arn = R\nsource_profile = base\ncredential_source = Environment\n", "both"),
    ],
)
def test_broken_role_profiles_are_errors(home: Path, profile_text: str, problem: str) -> None:
    from runtime.auth.chain import default_chain
    from runtime.auth.credentials import CredentialsError

    config(home, "[profile dev]\n" + profile_text)
    base_keys(home)
    with pytest.raises(CredentialsError, match=problem):
        default_chain(profile="dev").get_credentials()


@pytest.mark.parametrize("named_by", ["argument", "AWS_PROFILE"])
def test_a_missing_profile_fails_at_construction(
    home: Path, named_by: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from partnercentral_selling import PartnerCentralSellingClient
    from typed_aws_runtime.config.client_config import ConfigurationError

    config(home, "[profile dev]\nregion = us-east-1\n")
    options: dict[str, str] = {}
    if named_by == "argument":
        options["profile"] = "nope"
    else:
        monkeypatch.setenv("AWS_PROFILE", "nope")
    with pytest.raises(ConfigurationError) as caught:
        PartnerCentralSellingClient(region=REGION, **options)
    message = str(caught.value)
    assert "The config profile 'nope' could not be found" in message
    assert str(home / ".aws" / "config") in message
    assert f"{home / '.aws' / 'credentials'} (not found)" in message


def test_an_sso_profile_without_botocore_names_the_extra(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from partnercentral_selling import PartnerCentralSellingClient
    from typed_aws_runtime.auth.credentials import CredentialsError

    config(
        home,
        "[profile sso]\nsso_session = corp\nsso_account_id = 1\nsso_role_name = r\n\n"
        f"[profile via-sso]\nrole_arn = {ROLE}\nsource_profile = sso\n",
    )
    monkeypatch.setitem(sys.modules, "botocore", None)
    monkeypatch.setitem(sys.modules, "botocore.session", None)
    for profile, needs in [("sso", "profile 'sso'"), ("via-sso", "source profile 'sso'")]:
        with PartnerCentralSellingClient(profile=profile, region=REGION) as client:
            with pytest.raises(CredentialsError) as caught:
                client.get_opportunity(catalog="Sandbox", identifier="O1")
        message = str(caught.value)
        assert f"sso_session in {needs} needs it" in message
        assert "pip install 'typed-aws-runtime[botocore]'" in message


def test_async_client_assumes_the_role_off_the_event_loop(
    home: Path, sts: LocalStsServer, service: SignedService
) -> None:
    from partnercentral_selling import AsyncPartnerCentralSellingClient

    config(home, f"[profile dev]\nrole_arn = {ROLE}\nsource_profile = base\n", sts)
    base_keys(home)
    answer = sts.handler

    def slow(request: RecordedRequest) -> Response:
        time.sleep(0.3)
        return answer(request)

    sts.handler = slow

    async def main() -> int:
        ticks = 0
        done = asyncio.Event()

        async def tick() -> None:
            nonlocal ticks
            while not done.is_set():
                ticks += 1
                await asyncio.sleep(0.01)

        ticker = asyncio.ensure_future(tick())
        async with AsyncPartnerCentralSellingClient(
            profile="dev", region=REGION, endpoint_url=service.server.url
        ) as client:
            await client.get_opportunity(catalog="Sandbox", identifier="O1")
        done.set()
        await ticker
        return ticks

    assert asyncio.run(main()) >= 10  # the loop kept running while STS answered
    assert service.signers == [("ASIAROLE1", "role-token-1")]


@pytest.mark.parametrize(
    ("region", "mode", "expected"),
    [
        (None, "", ("https://sts.amazonaws.com", "us-east-1")),
        ("us-west-2", "", ("https://sts.us-west-2.amazonaws.com", "us-west-2")),
        ("us-west-2", "legacy", ("https://sts.amazonaws.com", "us-east-1")),
        ("ap-east-1", "legacy", ("https://sts.ap-east-1.amazonaws.com", "ap-east-1")),
        ("cn-north-1", "regional", ("https://sts.cn-north-1.amazonaws.com.cn", "cn-north-1")),
    ],
)
def test_sts_endpoint_follows_botocore(
    region: str | None, mode: str, expected: tuple[str, str]
) -> None:
    environ = {"AWS_STS_REGIONAL_ENDPOINTS": mode} if mode else {}
    assert sts_endpoint(SharedConfig.from_text(), environ, region) == expected


def test_the_default_chain_loads_no_sts_code_without_a_role(home: Path) -> None:
    src = Path(__file__).parent.parent / "generated" / "partnercentral-selling" / "src"
    script = (
        f"import sys\nsys.path.insert(0, {str(src)!r})\n"
        "from partnercentral_selling import PartnerCentralSellingClient\n"
        "PartnerCentralSellingClient(region='us-east-1')._core.credentials_provider"
        ".get_credentials()\n"
        "print(sorted(m for m in sys.modules if 'credential_sts' in m or m.startswith('xml')))\n"
    )
    environ = {
        **os.environ,
        "AWS_ACCESS_KEY_ID": "AKIDENV",
        "AWS_SECRET_ACCESS_KEY": "s",
    }
    result = subprocess.run(
        [sys.executable, "-I", "-c", script], env=environ, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_sts_goes_through_the_proxy_of_the_environment(
    home: Path, sts: LocalStsServer, service: SignedService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Behind a corporate proxy, AssumeRole reaches STS through it, as the service calls do."""
    from urllib.parse import urlsplit

    from tests.proxyserver import ForwardProxy

    sts_host = urlsplit(sts.url).netloc
    config(home, f"[profile dev]\nrole_arn = {ROLE}\nsource_profile = base\n", sts)
    base_keys(home)
    with ForwardProxy() as proxy:
        for name in ("NO_PROXY", "no_proxy", "http_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", f"127.0.0.1:{service.server.port}")
        call(service, profile="dev")
        assert [c.action for c in sts.calls] == ["AssumeRole"]
        assert service.signers == [("ASIAROLE1", "role-token-1")]
        assert proxy.seen(sts_host) == 1
        assert proxy.seen(f"127.0.0.1:{service.server.port}", 0) == 0
