"""Real HTTP calls through a resolved configuration.

A client built with no arguments finds its region, endpoint and credentials
in the shared files and the environment, and a local server that verifies
SigV4 (with botocore, independently) accepts its calls. A second service,
generated with an endpoint rule set whose endpoint asks for another signing
name and region and adds a header, is signed the way the rules say.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from generator.loaders import load_model
from generator.emit.package import write_package
from tests.localserver import LocalAwsServer, RecordedRequest

ROOT = Path(__file__).resolve().parent.parent

from partnercentral_selling import PartnerCentralSellingClient  # noqa: E402

ACCESS_KEY = "AKIDPROFILE"
SECRET_KEY = "profile-secret-key"


def _opportunity(request: RecordedRequest) -> tuple[int, dict[str, str], bytes]:
    body = {"Id": request.json()["Identifier"], "Catalog": "Sandbox"}
    return 200, {"Content-Type": "application/x-amz-json-1.0"}, json.dumps(body).encode()


def test_client_with_no_arguments_uses_profile_files_and_environment(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LocalAwsServer(
        handler=_opportunity,
        credentials=(ACCESS_KEY, SECRET_KEY, None),
        region="us-west-2",
        service="partnercentral-selling",
    ) as server:
        (home / ".aws" / "config").write_text(
            "[profile partner]\nregion = us-west-2\nservices = local\n"
            f"[services local]\npartnercentral_selling =\n  endpoint_url = {server.url}\n"
        )
        (home / ".aws" / "credentials").write_text(
            f"[partner]\naws_access_key_id = {ACCESS_KEY}\naws_secret_access_key = {SECRET_KEY}\n"
        )
        monkeypatch.setenv("AWS_PROFILE", "partner")
        with PartnerCentralSellingClient() as client:
            result = client.get_opportunity(catalog="Sandbox", identifier="O1")
        assert result.id == "O1"
        (request,) = server.requests
        assert request.signature_valid is True
        assert "/us-west-2/partnercentral-selling/aws4_request" in (
            request.header("Authorization") or ""
        )
        assert request.header("amz-sdk-request") == "attempt=1; max=3"
        assert len(request.header("amz-sdk-invocation-id") or "") == 36
        user_agent = request.header("User-Agent") or ""
        assert (
            user_agent.startswith("aws-sdk-python-partnercentral_selling/")
            and " lang/python#3." in user_agent
        )


def test_environment_credentials_beat_the_files(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LocalAwsServer(
        handler=_opportunity,
        credentials=("AKIDENV", "env-secret", "env-token"),
        region="eu-west-1",
        service="partnercentral-selling",
    ) as server:
        (home / ".aws" / "credentials").write_text(
            "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret\n"
        )
        monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDENV")
        monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "env-secret")
        monkeypatch.setenv("AWS_SESSION_TOKEN", "env-token")
        monkeypatch.setenv("AWS_REGION", "eu-west-1")
        monkeypatch.setenv("AWS_ENDPOINT_URL", server.url)
        with PartnerCentralSellingClient() as client:
            client.get_opportunity(catalog="Sandbox", identifier="O2")
        assert [r.signature_valid for r in server.requests] == [True]


def _custom_rules_model(folder: Path) -> Path:
    """A one-operation service whose endpoint rules set the signing scope and a header."""
    folder.mkdir()
    (folder / "service-2.json").write_text(
        json.dumps(
            {
                "version": "2.0",
                "metadata": {
                    "apiVersion": "2024-01-01",
                    "endpointPrefix": "scoped",
                    "jsonVersion": "1.0",
                    "protocol": "json",
                    "serviceFullName": "Scoped Service",
                    "serviceId": "Scoped",
                    "signatureVersion": "v4",
                    "signingName": "scoped",
                    "targetPrefix": "Scoped",
                    "uid": "scoped-2024-01-01",
                },
                "operations": {
                    "Ping": {
                        "name": "Ping",
                        "http": {"method": "POST", "requestUri": "/"},
                        "input": {"shape": "PingInput"},
                        "output": {"shape": "PingOutput"},
                    }
                },
                "shapes": {
                    "PingInput": {"type": "structure", "members": {}},
                    "PingOutput": {"type": "structure", "members": {}},
                },
            }
        )
    )
    (folder / "endpoint-rule-set-1.json").write_text(
        json.dumps(
            {
                "version": "1.0",
                "parameters": {
                    "Region": {"builtIn": "AWS::Region", "required": False, "type": "String"},
                    "Endpoint": {"builtIn": "SDK::Endpoint", "required": False, "type": "String"},
                },
                "rules": [
                    {
                        "conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}],
                        "endpoint": {
                            "url": {"ref": "Endpoint"},
                            "properties": {
                                "authSchemes": [
                                    {
                                        "name": "sigv4",
                                        "signingName": "scoped-signing",
                                        "signingRegion": "eu-central-1",
                                    }
                                ]
                            },
                            "headers": {"x-scoped-route": ["blue"]},
                        },
                        "type": "endpoint",
                    },
                    {"conditions": [], "error": "an endpoint is required", "type": "error"},
                ],
            }
        )
    )
    return folder


def test_signing_scope_and_headers_come_from_the_endpoint_rules(
    home: Path, tmp_path: Path
) -> None:
    service = load_model(_custom_rules_model(tmp_path / "model"))
    package_dir = write_package(service, tmp_path / "out", "0.0.0")
    sys.path.insert(0, str(package_dir / "src"))
    package: Any = importlib.import_module(service.package_name)
    with LocalAwsServer(
        credentials=("AKIDSCOPE", "scope-secret", None),
        region="eu-central-1",
        service="scoped-signing",
    ) as server:
        client = package.ScopedClient(
            region="us-east-1",
            endpoint_url=server.url,
            credentials=package.Credentials("AKIDSCOPE", "scope-secret"),
        )
        client.ping()
        (request,) = server.requests
        assert request.signature_valid is True, request.signature_error
        assert request.header("x-scoped-route") == "blue"
        assert "/eu-central-1/scoped-signing/aws4_request" in (
            request.header("Authorization") or ""
        )
        client.close()


def test_client_with_no_arguments_uses_a_container_role(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a container role (ECS/EKS style endpoint) and a region: the client works."""
    expiry = "2099-01-01T00:00:00Z"
    role = {
        "AccessKeyId": "AKIDCONTAINER",
        "SecretAccessKey": "container-secret",
        "Token": "container-token",
        "Expiration": expiry,
    }
    seen_authorization: list[str | None] = []

    def credentials_endpoint(request: RecordedRequest) -> tuple[int, dict[str, str], bytes]:
        seen_authorization.append(request.header("Authorization"))
        return 200, {"Content-Type": "application/json"}, json.dumps(role).encode()

    with (
        LocalAwsServer(handler=credentials_endpoint) as container,
        LocalAwsServer(
            handler=_opportunity,
            credentials=("AKIDCONTAINER", "container-secret", "container-token"),
            region="ap-southeast-2",
            service="partnercentral-selling",
        ) as service,
    ):
        monkeypatch.setenv("AWS_CONTAINER_CREDENTIALS_FULL_URI", f"{container.url}/role")
        monkeypatch.setenv("AWS_CONTAINER_AUTHORIZATION_TOKEN", "container-auth")
        monkeypatch.setenv("AWS_REGION", "ap-southeast-2")
        monkeypatch.setenv("AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING", service.url)
        with PartnerCentralSellingClient() as client:
            client.get_opportunity(catalog="Sandbox", identifier="O3")
            client.get_opportunity(catalog="Sandbox", identifier="O4")
        assert [r.signature_valid for r in service.requests] == [True, True]
        assert seen_authorization == ["container-auth"]  # fetched once, then cached


def test_readme_documents_every_seed_option() -> None:
    readme = (ROOT / "generated" / "partnercentral-selling" / "README.md").read_text()
    seed_to_python = {
        "region": "region",
        "profile": "profile",
        "credentials": "credentials",
        "endpoint": "endpoint_url",
        "maxAttempts": "max_attempts",
        "retryMode": "retry_mode",
        "useFipsEndpoint": "use_fips_endpoint",
        "useDualstackEndpoint": "use_dualstack_endpoint",
        "defaultsMode": "defaults_mode",
        "disableHostPrefix": "disable_host_prefix",
        "logger": "logger",
        "requestHandler": "request_handler",
        "extensions": "extensions",
    }
    rows = [line for line in readme.splitlines() if line.startswith("| `")]
    for seed, python in seed_to_python.items():
        assert any(
            row.startswith(f"| `{seed}`") and f"`{python}`" in row for row in rows
        ), f"no README row maps {seed} to {python}"
    import inspect

    parameters = inspect.signature(PartnerCentralSellingClient).parameters
    assert set(seed_to_python.values()) <= set(parameters)


def test_debug_logging_names_the_call_and_hides_secrets(
    home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with LocalAwsServer(handler=_opportunity) as server:
        caplog.set_level("DEBUG", logger="partnercentral_selling")
        with PartnerCentralSellingClient(
            region="us-east-1",
            endpoint_url=server.url,
            credentials=package_credentials("AKIDLOG", "log-secret-value", "log-token-value"),
        ) as client:
            client.get_opportunity(catalog="Sandbox", identifier="O5")
        authorization = server.requests[0].header("Authorization") or ""
    messages = [r.getMessage() for r in caplog.records if r.name == "partnercentral_selling"]
    assert any("GetOpportunity" in m and server.url in m for m in messages)
    assert any("HTTP 200" in m for m in messages)
    signature = authorization.rpartition("Signature=")[2]
    for secret in ("log-secret-value", "log-token-value", signature):
        assert secret not in caplog.text


def package_credentials(*values: str) -> Any:
    from partnercentral_selling import Credentials

    return Credentials(*values)


def test_first_call_of_a_fresh_process_loads_no_logging_tls_or_http_library(home: Path) -> None:
    # The default transport is the standard library's sockets; logging is
    # loaded only once something could have asked for DEBUG records.
    probe = (
        "import sys\n"
        "from partnercentral_selling import Credentials, PartnerCentralSellingClient\n"
        "with PartnerCentralSellingClient(\n"
        "    region='us-east-1', endpoint_url=sys.argv[1], credentials=Credentials('AKID', 'k')\n"
        ") as client:\n"
        "    assert client.get_opportunity(catalog='Sandbox', identifier='O1').id == 'O1'\n"
        "names = ('logging', 'urllib3', 'http.client', 'ssl', 'encodings.idna')\n"
        "print(sorted(name for name in names if name in sys.modules))\n"
    )
    source = ROOT / "generated" / "partnercentral-selling" / "src"
    with LocalAwsServer(handler=_opportunity) as server:
        done = subprocess.run(
            [sys.executable, "-c", probe, server.url],
            env={**os.environ, "PYTHONPATH": str(source)},
            capture_output=True,
            text=True,
            timeout=60,
        )
        (request,) = server.requests
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    invocation_id = request.header("amz-sdk-invocation-id") or ""
    assert str(uuid.UUID(invocation_id)) == invocation_id
    assert uuid.UUID(invocation_id).version == 4
