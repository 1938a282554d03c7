"""SigV4 signing: the official AWS test suite, and botocore as a reference.

The suite (``tests/data/sigv4/``, see its ``SOURCE.md``) gives, for each case,
a raw HTTP request and the expected canonical request, string to sign and
``Authorization`` header. Each case is checked twice: through the module's
step functions (comparing every intermediate string) and through
``SigV4Signer.sign`` on an ``HttpRequest`` (the path the client takes).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from hashlib import sha256
from pathlib import Path

import pytest

from runtime.auth.credentials import Credentials
from runtime.auth.sigv4 import (
    SigV4Signer,
    authorization_header,
    canonical_request,
    credential_scope,
    derive_signing_key,
    headers_to_sign,
    signature,
    string_to_sign,
)
from runtime.transports.http import HttpRequest

DATA = Path(__file__).parent / "data" / "sigv4"
SUITE = DATA / "aws4_testsuite"
SPLIT = json.loads((DATA / "split.json").read_text(encoding="utf-8"))
SUITE_CREDENTIALS = SPLIT["credentials"]
SUITE_TIME = datetime.strptime(SUITE_CREDENTIALS["date"], "%Y-%m-%dT%H:%M:%SZ").replace(
    tzinfo=timezone.utc
)
SUITE_AMZ_DATE = SUITE_TIME.strftime("%Y%m%dT%H%M%SZ")
TOKEN_HEADER = "x-amz-security-token"


def _suite_cases() -> list[str]:
    """The case names of split.json: the public half, and the held-out half when it is a list."""
    cases = list(SPLIT["public"])
    if isinstance(SPLIT.get("holdout"), list):
        cases += SPLIT["holdout"]
    return cases


# --- Reading a suite case ------------------------------------------------------


@dataclass
class RawRequest:
    """A parsed ``.req`` file: headers in file order, names may repeat."""

    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes


def parse_raw_request(text: str) -> RawRequest:
    """Parse the suite's raw request format.

    Request line ``METHOD target HTTP/1.1`` (the target may contain a space, as
    in ``get-space``, so the version is split off the right), header lines
    ``Name:value`` (a name may repeat; a line starting with whitespace
    continues the previous value and is kept as it is, with its line break,
    for the signer to fold), an empty line, then the body.
    """
    text = text.replace("\r\n", "\n")
    head, _, body = text.partition("\n\n")
    request_line, *header_lines = head.split("\n")
    method, _, rest = request_line.partition(" ")
    target, _, _version = rest.rpartition(" ")
    headers: list[tuple[str, str]] = []
    for line in header_lines:
        if not line:  # a final line break with no body after it
            continue
        if line[:1] in (" ", "\t") and headers:
            name, value = headers[-1]
            headers[-1] = (name, f"{value}\n{line}")
            continue
        name, _, value = line.partition(":")
        headers.append((name, value))
    return RawRequest(method, target, headers, body.encode("utf-8"))


def as_header_dict(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Headers for an ``HttpRequest`` (a dict): repeated names become one comma-joined field.

    That is how HTTP combines repeated field lines (RFC 9110 section 5.3);
    each field value excludes its surrounding whitespace. A name that does
    not repeat keeps its raw value, so the signer's own trimming is tested.
    """
    grouped: dict[str, list[str]] = {}
    for name, value in pairs:
        grouped.setdefault(name, []).append(value)
    return {
        name: values[0] if len(values) == 1 else ",".join(value.strip() for value in values)
        for name, values in grouped.items()
    }


def header_value(pairs: list[tuple[str, str]], name: str) -> str | None:
    """The first value of a header, or None (case-insensitive)."""
    for key, value in pairs:
        if key.lower() == name:
            return value.strip()
    return None


@dataclass
class SuiteCase:
    """One case of the suite: the request and the three expected strings."""

    name: str
    raw: RawRequest
    creq: str
    sts: str
    authz: str
    sreq: str

    @classmethod
    def load(cls, name: str) -> SuiteCase:
        folder = SUITE / name
        stem = folder / Path(name).name

        def read(suffix: str) -> str:
            return stem.with_suffix(suffix).read_text(encoding="utf-8").replace("\r\n", "\n")

        return cls(
            name,
            parse_raw_request(read(".req")),
            read(".creq"),
            read(".sts"),
            read(".authz"),
            read(".sreq"),
        )

    @property
    def signed_header_names(self) -> list[str]:
        """The SignedHeaders line of the expected canonical request."""
        return self.creq.split("\n")[-2].split(";")

    def session_token(self) -> str | None:
        """The session token to sign with, if the expected canonical request signs one.

        ``post-sts-token/readme.txt``: with "header before" the token is part
        of the canonical request; with "header after" it is added to the
        request only after the signature is computed, so it is not signed.
        """
        if TOKEN_HEADER not in self.signed_header_names:
            return None
        for line in self.creq.split("\n"):
            if line.startswith(TOKEN_HEADER + ":"):
                return line.partition(":")[2]
        raise AssertionError("signed token header without a canonical value")

    def unsigned_token(self) -> str | None:
        """A token the ``.req`` or ``.sreq`` carries but the suite adds only after signing."""
        if TOKEN_HEADER in self.signed_header_names:
            return None
        sreq_headers = parse_raw_request(self.sreq).headers
        return header_value(self.raw.headers, TOKEN_HEADER) or header_value(
            sreq_headers, TOKEN_HEADER
        )


SCOPE = credential_scope(
    SUITE_AMZ_DATE[:8], SUITE_CREDENTIALS["region"], SUITE_CREDENTIALS["service"]
)


def suite_credentials(token: str | None) -> Credentials:
    return Credentials(SUITE_CREDENTIALS["access_key"], SUITE_CREDENTIALS["secret_key"], token)


# --- The suite through the step functions ----------------------------------------


@pytest.mark.parametrize("name", _suite_cases())
def test_suite_step_by_step(name: str) -> None:
    case = SuiteCase.load(name)
    raw = case.raw
    path, _, query = raw.target.partition("?")
    token = case.session_token()
    pairs = [(key, value) for key, value in raw.headers if key.lower() != TOKEN_HEADER]
    if token is not None:
        # Signed with a session token: the signer sends (and signs) it, whether
        # or not the raw request already carries it.
        pairs.append(("X-Amz-Security-Token", token))
    payload_hash = sha256(raw.body).hexdigest()

    creq = canonical_request(raw.method, path, query, pairs, payload_hash)
    assert creq == case.creq

    sts = string_to_sign(SUITE_AMZ_DATE, SCOPE, creq)
    assert sts == case.sts

    key = derive_signing_key(
        SUITE_CREDENTIALS["secret_key"],
        SUITE_AMZ_DATE[:8],
        SUITE_CREDENTIALS["region"],
        SUITE_CREDENTIALS["service"],
    )
    signed_headers = creq.split("\n")[-2]
    authz = authorization_header(
        SUITE_CREDENTIALS["access_key"], SCOPE, signed_headers, signature(key, sts)
    )
    assert authz == case.authz


# --- The suite through SigV4Signer.sign ---------------------------------------------


@pytest.mark.parametrize("name", _suite_cases())
def test_suite_signer(name: str) -> None:
    case = SuiteCase.load(name)
    raw = case.raw
    token = case.session_token()
    unsigned_token = case.unsigned_token()
    pairs = [(key, value) for key, value in raw.headers if key.lower() != TOKEN_HEADER]
    headers = as_header_dict(pairs)
    host = header_value(raw.headers, "host")
    # The suite's request target goes into the URL as written (unencoded, as in
    # botocore's runner): it stands for the wire path, which the signer encodes
    # once more ("/example space/" -> "/example%20space/").
    request = HttpRequest(raw.method, f"https://{host}{raw.target}", headers, raw.body)

    signer = SigV4Signer(SUITE_CREDENTIALS["service"], SUITE_CREDENTIALS["region"])
    signer.sign(request, suite_credentials(token), now=SUITE_TIME)
    if unsigned_token is not None:
        # The "header after" procedure of post-sts-token/readme.txt.
        request.headers["X-Amz-Security-Token"] = unsigned_token

    assert request.headers["Authorization"] == case.authz
    assert request.headers["X-Amz-Date"] == SUITE_AMZ_DATE
    path, _, query = raw.target.partition("?")
    payload_hash = sha256(raw.body).hexdigest()
    if unsigned_token is None:
        # What the signer chose to sign gives back the expected canonical request.
        assert (
            canonical_request(raw.method, path, query, headers_to_sign(request), payload_hash)
            == case.creq
        )
    sent_token = {k.lower(): v for k, v in request.headers.items()}.get(TOKEN_HEADER)
    assert sent_token == (token or unsigned_token)


# --- Differential: the same requests as botocore signs them -------------------------

ENDPOINT = "https://partnercentral-selling.us-east-1.api.aws/"
FIXED_TIME = datetime(2026, 11, 20, 9, 15, 42, tzinfo=timezone.utc)
ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
SESSION_TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQExampleToken+/="


def _json_body(size: int) -> bytes:
    """A JSON body of about ``size`` bytes, with non-ASCII text as the client may send."""
    filler = "Ünïcödé opportunity note; " * (size // 28 + 1)
    return json.dumps(
        {"Catalog": "Sandbox", "Identifier": "O1234567", "Note": filler[:size]}
    ).encode("utf-8")


DIFFERENTIAL_CASES = [
    pytest.param(ENDPOINT, "GetOpportunity", _json_body(60), None, {}, id="get-opportunity"),
    pytest.param(
        ENDPOINT,
        "GetOpportunity",
        _json_body(60),
        SESSION_TOKEN,
        {},
        id="get-opportunity-session-token",
    ),
    pytest.param(
        ENDPOINT,
        "CreateOpportunity",
        _json_body(2048),
        SESSION_TOKEN,
        {
            "User-Agent": "partnercentral-selling/1.0 python/3.10",
            "X-Amzn-Trace-Id": "Root=1-5759e988-bd862e3fe",
        },
        id="create-opportunity-2kb-unsigned-headers",
    ),
    pytest.param(
        ENDPOINT,
        "ListOpportunities",
        b"{}",
        None,
        {"Expect": "100-continue"},
        id="list-empty-object",
    ),
    pytest.param(
        "https://Partnercentral-Selling.us-east-1.api.aws:443/",
        "ListSolutions",
        b"{}",
        None,
        {},
        id="port-443",
    ),
    pytest.param(
        "http://127.0.0.1:8080/",
        "ListEngagements",
        _json_body(300),
        SESSION_TOKEN,
        {},
        id="loopback-port",
    ),
    pytest.param(
        "https://proxy.example.com/prefix/./a%20b//c%2Fd/../e?b=2&a=%E1%88%B4&c&A=x%2By",
        "GetEngagement",
        b"{}",
        None,
        {"Content-Length": "2"},
        id="custom-endpoint-path-and-query",
    ),
]


@pytest.mark.parametrize(("url", "target", "body", "token", "extra"), DIFFERENTIAL_CASES)
def test_matches_botocore(
    url: str,
    target: str,
    body: bytes,
    token: str | None,
    extra: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    botocore_auth = pytest.importorskip("botocore.auth")
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials as BotocoreCredentials

    headers = {
        "Content-Type": "application/x-amz-json-1.0",
        "X-Amz-Target": f"PartnerCentralSellingV20220726.{target}",
        **extra,
    }
    # botocore 1.44 reads the signing time through botocore.auth.get_current_datetime
    # (a naive UTC datetime); freeze it there. raising=True: fail loudly if it moves.
    monkeypatch.setattr(
        botocore_auth, "get_current_datetime", lambda *a, **k: FIXED_TIME.replace(tzinfo=None)
    )
    theirs = AWSRequest(method="POST", url=url, headers=dict(headers), data=body)
    botocore_auth.SigV4Auth(
        BotocoreCredentials(ACCESS_KEY, SECRET_KEY, token), "partnercentral-selling", "us-east-1"
    ).add_auth(theirs)

    ours = HttpRequest("POST", url, dict(headers), body)
    SigV4Signer("partnercentral-selling", "us-east-1").sign(
        ours, Credentials(ACCESS_KEY, SECRET_KEY, token), now=FIXED_TIME
    )

    assert ours.headers["X-Amz-Date"] == theirs.headers["X-Amz-Date"]
    assert ours.headers["Authorization"] == theirs.headers["Authorization"]
    assert ours.headers.get("X-Amz-Security-Token") == theirs.headers.get("X-Amz-Security-Token")


# --- Signer behaviour ------------------------------------------------------------------


def _client_request() -> HttpRequest:
    return HttpRequest(
        "POST",
        ENDPOINT,
        {
            "Content-Type": "application/x-amz-json-1.0",
            "X-Amz-Target": "PartnerCentralSellingV20220726.GetOpportunity",
        },
        b'{"Catalog":"Sandbox","Identifier":"O1234567"}',
    )


def test_resigning_replaces_the_signer_headers() -> None:
    """A retry signs the same request again: no duplicate or stale date/token/signature."""
    signer = SigV4Signer("partnercentral-selling", "us-east-1")
    request = _client_request()
    signer.sign(request, Credentials(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN), now=FIXED_TIME)
    request.headers["authorization"] = "stale lower-case copy"
    signer.sign(
        request, Credentials(ACCESS_KEY, SECRET_KEY), now=FIXED_TIME + timedelta(seconds=5)
    )

    names = sorted(name.lower() for name in request.headers)
    assert names == ["authorization", "content-type", "x-amz-date", "x-amz-target"]
    assert request.headers["X-Amz-Date"] == "20261120T091547Z"

    fresh = _client_request()
    signer.sign(fresh, Credentials(ACCESS_KEY, SECRET_KEY), now=FIXED_TIME + timedelta(seconds=5))
    assert request.headers == fresh.headers


def test_naive_and_aware_times_sign_alike() -> None:
    signer = SigV4Signer("partnercentral-selling", "us-east-1")
    credentials = Credentials(ACCESS_KEY, SECRET_KEY)
    naive, aware, other_zone = _client_request(), _client_request(), _client_request()
    signer.sign(naive, credentials, now=FIXED_TIME.replace(tzinfo=None))
    signer.sign(aware, credentials, now=FIXED_TIME)
    signer.sign(other_zone, credentials, now=FIXED_TIME.astimezone(timezone(timedelta(hours=-5))))
    assert naive.headers == aware.headers == other_zone.headers


def test_current_time_is_used_when_none_is_given() -> None:
    signer = SigV4Signer("partnercentral-selling", "us-east-1")
    request = _client_request()
    before = datetime.now(timezone.utc).replace(microsecond=0)
    signer.sign(request, Credentials(ACCESS_KEY, SECRET_KEY))
    after = datetime.now(timezone.utc)
    signed_at = datetime.strptime(request.headers["X-Amz-Date"], "%Y%m%dT%H%M%SZ").replace(
        tzinfo=timezone.utc
    )
    assert before <= signed_at <= after


def test_given_payload_hash_is_signed_as_is() -> None:
    signer = SigV4Signer("partnercentral-selling", "us-east-1")
    credentials = Credentials(ACCESS_KEY, SECRET_KEY)
    computed, given = _client_request(), _client_request()
    signer.sign(computed, credentials, now=FIXED_TIME)
    signer.sign(given, credentials, now=FIXED_TIME, payload_hash=sha256(given.body).hexdigest())
    assert computed.headers == given.headers
    other = _client_request()
    signer.sign(other, credentials, now=FIXED_TIME, payload_hash="UNSIGNED-PAYLOAD")
    assert other.headers["Authorization"] != computed.headers["Authorization"]


def test_signing_key_is_derived_once_per_secret_and_day(monkeypatch: pytest.MonkeyPatch) -> None:
    import runtime.auth.sigv4 as sigv4

    calls: list[tuple[str, str, str, str]] = []
    real = sigv4.derive_signing_key

    def counting(secret: str, date_stamp: str, region: str, service: str) -> bytes:
        calls.append((secret, date_stamp, region, service))
        return real(secret, date_stamp, region, service)

    monkeypatch.setattr(sigv4, "derive_signing_key", counting)
    signer = SigV4Signer("partnercentral-selling", "us-east-1")
    credentials = Credentials(ACCESS_KEY, SECRET_KEY)
    for seconds in (0, 1, 3600):
        signer.sign(_client_request(), credentials, now=FIXED_TIME + timedelta(seconds=seconds))
    assert len(calls) == 1
    signer.sign(_client_request(), credentials, now=FIXED_TIME + timedelta(days=1))
    signer.sign(_client_request(), Credentials(ACCESS_KEY, "another-secret"), now=FIXED_TIME)
    assert [call[1] for call in calls] == ["20261120", "20261121", "20261120"]
    assert all(call[2:] == ("us-east-1", "partnercentral-selling") for call in calls)


def test_host_header_present_is_signed_as_given() -> None:
    signer = SigV4Signer("service", "us-east-1")
    request = HttpRequest("GET", "https://10.0.0.1:8443/", {"Host": "example.amazonaws.com"})
    signer.sign(request, suite_credentials(None), now=SUITE_TIME)
    assert request.headers["Authorization"] == SuiteCase.load("get-vanilla").authz


def test_secret_never_in_repr() -> None:
    signer = SigV4Signer("partnercentral-selling", "us-east-1")
    request = _client_request()
    signer.sign(request, Credentials(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN), now=FIXED_TIME)
    assert SECRET_KEY not in repr(request)
    assert SECRET_KEY not in repr(signer)
    assert "partnercentral-selling" in repr(signer)


def test_signature_and_token_never_in_request_repr() -> None:
    request = _client_request()
    SigV4Signer("partnercentral-selling", "us-east-1").sign(
        request, Credentials(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN), now=FIXED_TIME
    )
    proof = request.headers["Authorization"].rpartition("Signature=")[2]
    assert proof not in repr(request)
    assert SESSION_TOKEN not in repr(request)
