"""Retries of the generated client over real HTTP, against a signature-checking local server.

The server (tests/localserver.py) answers each request as the test's
handler says; the client, its retry strategies, signer and transport are the
real ones. What a retry must keep (the body, so the idempotency token, and
the invocation id) and what it must change (the attempt header, the
signature) is read off the requests the server received.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.localserver import (
    JSON_CONTENT_TYPE,
    LocalAwsServer,
    RecordedRequest,
    Response,
    error_response,
)

from partnercentral_selling import Credentials, PartnerCentralSellingClient  # noqa: E402
from partnercentral_selling import errors  # noqa: E402
from typed_aws_runtime.config.client_config import ConfigurationError  # noqa: E402
from typed_aws_runtime.exceptions import ReadTimeoutError, ServiceError  # noqa: E402
from typed_aws_runtime.pipeline.interceptors import (  # noqa: E402
    Interceptor,
    InterceptorContext,
)
from typed_aws_runtime.retries.strategy import (  # noqa: E402
    LegacyRetryStrategy,
    RetryToken,
    StandardRetryStrategy,
)
from typed_aws_runtime.transports.http import HttpRequest  # noqa: E402

REGION = "us-east-1"
SIGNING_NAME = "partnercentral-selling"
ACCESS_KEY, SECRET_KEY = "AKIDRETRYTESTS", "retry-tests-secret"
GET_TARGET = "AWSPartnerCentralSelling.GetOpportunity"


def opportunity(request: RecordedRequest) -> Response:
    body = {"Catalog": "Sandbox", "Id": "O1234567", "LastModifiedDate": "2026-11-26T10:00:00Z"}
    return (
        200,
        {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": "ok"},
        json.dumps(body).encode(),
    )


class Script:
    """A handler that answers from a list of responses, then with the last one forever."""

    def __init__(self, *answers: Any) -> None:
        self.answers = list(answers)
        self.lock = threading.Lock()

    def __call__(self, request: RecordedRequest) -> Response:
        with self.lock:
            answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if callable(answer):
            return answer(request)  # type: ignore[no-any-return]
        return answer  # type: ignore[no-any-return]


@pytest.fixture
def server() -> Iterator[LocalAwsServer]:
    with LocalAwsServer(
        Script(opportunity),
        credentials=(ACCESS_KEY, SECRET_KEY, None),
        region=REGION,
        service=SIGNING_NAME,
    ) as server:
        yield server


def make_client(server: LocalAwsServer, **options: Any) -> PartnerCentralSellingClient:
    options.setdefault("retry_strategy", StandardRetryStrategy(3, random=lambda: 0.01))
    options.setdefault("connect_timeout", 2.0)
    options.setdefault("read_timeout", 5.0)
    return PartnerCentralSellingClient(
        region=REGION,
        endpoint_url=server.url,
        credentials=Credentials(ACCESS_KEY, SECRET_KEY),
        **options,
    )


def get(client: PartnerCentralSellingClient) -> Any:
    return client.get_opportunity(catalog="Sandbox", identifier="O1234567")


def attempts_of(server: LocalAwsServer) -> list[str | None]:
    return [request.header("amz-sdk-request") for request in server.requests]


def test_a_503_is_retried_with_the_same_call_identity_and_a_new_signature(
    server: LocalAwsServer,
) -> None:
    server.handler = Script(error_response(503, "ServiceUnavailable", "busy"), opportunity)
    with make_client(server) as client:
        response = client.create_opportunity(catalog="Sandbox")
    assert response is not None
    first, second = server.requests
    assert attempts_of(server) == ["attempt=1; max=3", "attempt=2; max=3"]
    assert first.header("amz-sdk-invocation-id") == second.header("amz-sdk-invocation-id")
    assert first.body == second.body  # the same ClientToken: the create is idempotent
    assert first.json()["ClientToken"] and first.signature_valid and second.signature_valid
    # The attempt header is signed, so the second attempt verifying means it was re-signed.
    assert "amz-sdk-request" in str(second.header("Authorization")).split("SignedHeaders=")[1]
    assert first.header("Authorization") != second.header("Authorization")


def test_retries_end_after_max_attempts_with_the_last_error(server: LocalAwsServer) -> None:
    server.handler = Script(error_response(500, "InternalServerException", "oops"))
    with make_client(
        server, retry_strategy=StandardRetryStrategy(4, random=lambda: 0.0)
    ) as client:
        with pytest.raises(errors.InternalServerException) as caught:
            get(client)
    assert caught.value.status_code == 500
    assert attempts_of(server) == [f"attempt={n}; max=4" for n in range(1, 5)]


@pytest.mark.parametrize(
    "status, code, error_class",
    [
        (400, "ValidationException", errors.ValidationException),
        (403, "AccessDeniedException", errors.AccessDeniedException),
        (404, "ResourceNotFoundException", errors.ResourceNotFoundException),
        (409, "ConflictException", errors.ConflictException),
    ],
)
def test_client_errors_are_raised_at_once(
    server: LocalAwsServer, status: int, code: str, error_class: type[ServiceError]
) -> None:
    server.handler = Script(error_response(status, code, "no"), opportunity)
    with make_client(server) as client:
        with pytest.raises(error_class):
            get(client)
    assert len(server.requests) == 1


@pytest.mark.parametrize("status", [400, 402, 429, 503])
@pytest.mark.parametrize("retry_mode", ["standard", "adaptive", "legacy"])
def test_a_spent_service_quota_is_never_retried(
    server: LocalAwsServer, retry_mode: str, status: int
) -> None:
    """A quota, not a rate: one attempt in every mode, whatever the status says."""
    spent = error_response(status, "ServiceQuotaExceededException", "10000 writes in 24 hours")
    server.handler = Script(spent, opportunity)
    with make_client(server, retry_strategy=None, retry_mode=retry_mode, max_attempts=5) as c:
        with pytest.raises(errors.ServiceQuotaExceededException, match="10000 writes"):
            get(c)
    assert len(server.requests) == 1


def test_throttling_is_retried_and_honours_x_amz_retry_after(server: LocalAwsServer) -> None:
    status, headers, body = error_response(400, "ThrottlingException", "slow down")
    headers["x-amz-retry-after"] = "300"
    server.handler = Script((status, headers, body), opportunity)
    with make_client(server) as client:
        started = time.monotonic()
        assert get(client).id == "O1234567"
        waited = time.monotonic() - started
    assert len(server.requests) == 2
    assert waited >= 0.3  # the server's 300 ms, not the 10 ms the jitter alone gives


def test_a_stalled_response_is_retried_as_a_timeout(server: LocalAwsServer) -> None:
    def stall(request: RecordedRequest) -> Response:
        time.sleep(0.6)
        return opportunity(request)

    server.handler = Script(stall, opportunity)
    with make_client(server, read_timeout=0.2) as client:
        assert get(client).id == "O1234567"
    assert attempts_of(server) == ["attempt=1; max=3", "attempt=2; max=3"]


def test_stalling_on_every_attempt_raises_the_read_timeout(server: LocalAwsServer) -> None:
    def stall(request: RecordedRequest) -> Response:
        time.sleep(0.4)
        return opportunity(request)

    server.handler = Script(stall)
    with make_client(server, read_timeout=0.1) as client:
        with pytest.raises(ReadTimeoutError, match="read timeout"):
            get(client)
    assert len(server.requests) == 3


@pytest.mark.parametrize("skew", [3600.0, -900.0])
def test_clock_skew_is_corrected_from_the_server_date_and_retried(skew: float) -> None:
    with LocalAwsServer(
        Script(opportunity),
        credentials=(ACCESS_KEY, SECRET_KEY, None),
        region=REGION,
        service=SIGNING_NAME,
        clock_offset=skew,
    ) as server:
        with make_client(server) as client:
            assert get(client).id == "O1234567"
            assert get(client).id == "O1234567"
        refused, accepted, next_call = server.requests
    assert not refused.signature_valid and "InvalidSignatureException" in str(
        refused.signature_error
    )
    assert accepted.signature_valid and next_call.signature_valid  # signed on the server's time
    assert accepted.header("amz-sdk-request") == "attempt=2; max=3"
    assert next_call.header("amz-sdk-request") == "attempt=1; max=3"


def test_a_signature_error_without_skew_is_not_retried(server: LocalAwsServer) -> None:
    with PartnerCentralSellingClient(
        region=REGION,
        endpoint_url=server.url,
        credentials=Credentials(ACCESS_KEY, "the-wrong-secret"),
    ) as client:
        with pytest.raises(ServiceError) as caught:
            get(client)
    assert caught.value.code == "InvalidSignatureException"
    assert len(server.requests) == 1


def test_retry_mode_picks_the_strategy_and_the_attempt_header(
    server: LocalAwsServer, home: Any
) -> None:
    server.handler = Script(error_response(502, "BadGateway", "proxy"))
    with PartnerCentralSellingClient(
        region=REGION,
        endpoint_url=server.url,
        credentials=Credentials(ACCESS_KEY, SECRET_KEY),
        retry_mode="legacy",
        max_attempts=2,
    ) as client:
        assert isinstance(client._core.retry_strategy, LegacyRetryStrategy)
        with pytest.raises(ServiceError):
            get(client)
    assert attempts_of(server) == ["attempt=1; max=2", "attempt=2; max=2"]


class CountingStrategy(StandardRetryStrategy):
    """A user's own strategy: the standard one, counting what the client asks of it."""

    def __init__(self) -> None:
        super().__init__(2, random=lambda: 0.0)
        self.refreshed: list[str] = []
        self.succeeded = 0

    def refresh_retry_token_for_retry(
        self, token: RetryToken, error: Exception
    ) -> RetryToken | None:
        self.refreshed.append(getattr(error, "code", type(error).__name__))
        return super().refresh_retry_token_for_retry(token, error)

    def record_success(self, token: RetryToken) -> None:
        self.succeeded += 1
        super().record_success(token)


def test_a_custom_retry_strategy_is_used(server: LocalAwsServer) -> None:
    strategy = CountingStrategy()
    server.handler = Script(error_response(429, "TooManyRequests", "slow"), opportunity)
    with make_client(server, retry_strategy=strategy) as client:
        get(client)
    assert strategy.refreshed == ["TooManyRequests"] and strategy.succeeded == 1
    assert attempts_of(server) == ["attempt=1; max=2", "attempt=2; max=2"]


def test_a_bad_retry_strategy_is_refused_at_construction(server: LocalAwsServer) -> None:
    with pytest.raises(ConfigurationError, match="retry_strategy= .* no acquire_initial"):
        make_client(server, retry_strategy=object())


class StampEachAttempt(Interceptor):
    """Adds a header before signing: once per attempt, on a fresh copy of the request."""

    def __init__(self) -> None:
        self.seen: list[str | None] = []

    def modify_before_signing(self, context: InterceptorContext) -> HttpRequest:
        request = context.request
        assert request is not None
        self.seen.append(request.headers.get("x-stamp"))
        request.headers["x-stamp"] = "1"
        return request


def test_interceptors_see_a_fresh_request_on_every_attempt(server: LocalAwsServer) -> None:
    stamp = StampEachAttempt()
    server.handler = Script(error_response(503, "Busy", "busy"), opportunity)
    with make_client(server, extensions=[stamp]) as client:
        get(client)
    assert stamp.seen == [None, None]
    assert all(request.signature_valid for request in server.requests)
    assert [request.header("x-stamp") for request in server.requests] == ["1", "1"]
