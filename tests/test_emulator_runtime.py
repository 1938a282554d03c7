"""The emulator's generic runtime, piece by piece, against independent references.

- patterns: the Python translation of the model's Java-dialect patterns agrees with
  the generator's own pattern matcher (a separate implementation) on the target's
  patterns, for random values;
- SigV4 checking: requests signed by botocore (the reference implementation) and by
  the runtime's signer pass; any change to a signed part fails with the service's code;
- pagination tokens, the state file, quotas.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials as BotocoreCredentials
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model.patterns import COMPILE_STEPS, MAX_VALUE_LENGTH, Budget, analyze
from generator.model.patterns import example as pattern_example
from runtime.auth.credentials import Credentials
from runtime.auth.sigv4 import SigV4Signer
from runtime.emulation.patterns import PatternError, compile_pattern
from runtime.emulation.quotas import Quotas
from runtime.emulation.routes import Call, Context, InvalidInput
from runtime.emulation.signing import verify
from runtime.emulation.state import Clock, StateFileError, Store
from runtime.retries.pacing import GroupLimit, RateLimits
from runtime.transports.http import HttpRequest

MODEL = (
    Path(__file__).resolve().parents[1] / "models/partnercentral-selling/2022-07-26/service-2.json"
)
PATTERNS = sorted(
    {
        shape["pattern"]
        for shape in json.loads(MODEL.read_text())["shapes"].values()
        if "pattern" in shape
    }
)


@pytest.mark.parametrize("pattern", PATTERNS)
def test_every_pattern_of_the_target_compiles_and_matches_its_example(pattern: str) -> None:
    value = pattern_example(pattern, Budget(COMPILE_STEPS))
    assert value is not None
    assert compile_pattern(pattern).fullmatch(value) is not None


VALUES = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="abcxyzAZ019-_.:/@ engiOS", max_size=40),
    st.sampled_from(
        ["O123", "eng-abcdefghijklmn", "engi-abcdefghijklm", "task-abcdefghijklm", "AWS"]
    ),
)


@settings(max_examples=400, deadline=None)
@given(pattern=st.sampled_from(PATTERNS), value=VALUES)
def test_the_translation_agrees_with_the_generators_matcher(pattern: str, value: str) -> None:
    assert len(value) <= MAX_VALUE_LENGTH
    assert (compile_pattern(pattern).fullmatch(value) is not None) == analyze(pattern).matches(
        value
    )


def test_unicode_categories_inside_and_outside_classes() -> None:
    assert compile_pattern(r"[\p{L}_]+").fullmatch("Ünïcode_")
    assert not compile_pattern(r"[\p{L}_]+").fullmatch("digits9")
    assert compile_pattern(r"\P{N}+").fullmatch("abc")
    assert not compile_pattern(r"\P{N}+").fullmatch("a1")
    with pytest.raises(PatternError, match="negated category inside a class"):
        compile_pattern(r"[\P{L}]")
    with pytest.raises(PatternError, match="not a regular expression Python reads"):
        compile_pattern("(unclosed")


# --- SigV4 ---------------------------------------------------------------------------

KEYS = {"AKIDEXAMPLE": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"}
BODY = b'{"Catalog":"Sandbox"}'


def _botocore_signed(body: bytes = BODY) -> tuple[dict[str, str], float]:
    request = AWSRequest(
        "POST",
        "http://127.0.0.1:4566/",
        data=body,
        headers={"X-Amz-Target": "AWSPartnerCentralSelling.ListOpportunities"},
    )
    SigV4Auth(
        BotocoreCredentials(*next(iter(KEYS.items()))), "partnercentral", "us-east-1"
    ).add_auth(request)
    headers = {name.lower(): value for name, value in request.headers.items()}
    headers["host"] = "127.0.0.1:4566"
    return headers, __import__("time").time()


def test_a_request_botocore_signed_passes() -> None:
    headers, now = _botocore_signed()
    assert verify("POST", "/", "", headers, BODY, KEYS, "partnercentral", now) == "AKIDEXAMPLE"


def test_a_request_the_runtime_signed_passes() -> None:
    request = HttpRequest("POST", "http://localhost:9/", {"Content-Type": "x"}, BODY)
    SigV4Signer("partnercentral", "eu-west-1").sign(
        request, Credentials(*next(iter(KEYS.items())))
    )
    headers = {name.lower(): value for name, value in request.headers.items()}
    headers["host"] = "localhost:9"
    assert verify(
        "POST", "/", "", headers, BODY, KEYS, "partnercentral", __import__("time").time()
    )


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda h, b: (h, b + b" "), "InvalidSignatureException"),
        (lambda h, b: ({**h, "x-amz-target": "X.Y"}, b), "InvalidSignatureException"),
        (
            lambda h, b: ({k: v for k, v in h.items() if k != "authorization"}, b),
            "MissingAuthenticationTokenException",
        ),
        (
            lambda h, b: (
                {**h, "authorization": h["authorization"].replace("AKIDEXAMPLE", "AKIDOTHER")},
                b,
            ),
            "UnrecognizedClientException",
        ),
        (
            lambda h, b: ({**h, "authorization": "Basic dXNlcjpwYXNz"}, b),
            "IncompleteSignatureException",
        ),
        (lambda h, b: ({**h, "x-amz-date": "20200101T000000Z"}, b), "InvalidSignatureException"),
    ],
)
def test_a_changed_request_is_refused_with_the_services_code(change, code) -> None:
    from runtime.emulation.routes import ServiceFault

    headers, now = _botocore_signed()
    headers, body = change(headers, BODY)
    with pytest.raises(ServiceFault) as refused:
        verify("POST", "/", "", headers, body, KEYS, "partnercentral", now)
    assert refused.value.code == code
    assert KEYS["AKIDEXAMPLE"] not in str(refused.value)


def test_a_key_scoped_to_another_service_is_refused() -> None:
    from runtime.emulation.routes import ServiceFault

    headers, now = _botocore_signed()
    with pytest.raises(ServiceFault, match="scoped to correct service"):
        verify("POST", "/", "", headers, BODY, KEYS, "dynamodb", now)


# --- pagination tokens -------------------------------------------------------------

PAGINATOR = {
    "input_token": "NextToken",
    "output_token": "NextToken",
    "limit_key": "MaxResults",
    "result_key": "Items",
}


def _call(params: dict) -> Call:
    context = Context(Store("test"), 0.0, "123456789012", "us-east-1", lambda *_: None)
    return Call("ListThings", params, PAGINATOR, context)


def test_pages_follow_one_another_and_end() -> None:
    items = list(range(45))
    seen: list[int] = []
    params: dict = {"Catalog": "AWS", "MaxResults": 20}
    while True:
        page = _call(params).page(items)
        seen.extend(page["Items"])
        if "NextToken" not in page:
            break
        params = {**params, "NextToken": page["NextToken"]}
    assert seen == items


def test_a_token_of_another_query_or_a_made_up_one_is_refused() -> None:
    token = _call({"Catalog": "AWS", "MaxResults": 1}).page([1, 2])["NextToken"]
    # Another page size is the same query; another filter is not.
    assert _call({"Catalog": "AWS", "MaxResults": 5, "NextToken": token}).page([1, 2])[
        "Items"
    ] == [2]
    for params in (
        {"Catalog": "Sandbox", "NextToken": token},
        {"Catalog": "AWS", "NextToken": "garbage!"},
    ):
        with pytest.raises(InvalidInput) as refused:
            _call(params).page([1, 2])
        assert refused.value.problems[0].path == "NextToken"


# --- state -------------------------------------------------------------------------


def test_the_state_round_trips_through_its_file(tmp_path: Path) -> None:
    store = Store("Partner Central Selling")
    store.table("AWS/opportunities")["O1"] = {"Id": "O1", "LastModifiedDate": 1.5}
    store.next_number()
    path = tmp_path / "state.json"
    store.save(path)
    again = Store("Partner Central Selling")
    again.load(path)
    assert again.to_json() == store.to_json()
    assert again.next_number() == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "cannot read the emulator state"),
        ('{"format": "other"}', "not an emulator state"),
        ('{"format": "emulator-state/1", "service": "S3", "tables": {}}', "the state of 'S3'"),
        ('{"format": "emulator-state/1", "service": "X", "tables": []}', "must map each table"),
        (
            '{"format": "emulator-state/1", "service": "X", "tables": {}, "counter": -1}',
            "whole number",
        ),
    ],
)
def test_a_bad_state_file_is_refused_naming_it(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "state.json"
    path.write_text(content)
    store = Store("X")
    with pytest.raises(StateFileError, match=message) as refused:
        store.load(path)
    assert str(path) in str(refused.value)
    assert store.tables == {}


def test_a_frozen_clock_moves_only_when_advanced() -> None:
    clock = Clock(1000.0, frozen=True)
    assert clock.now() == 1000.0
    clock.advance(60)
    assert clock.now() == 1060.0
    with pytest.raises(ValueError, match="only moves forward"):
        clock.advance(-1)


# --- quotas ------------------------------------------------------------------------


def test_quotas_refuse_over_the_rate_and_the_daily_count() -> None:
    limits = RateLimits({"write": GroupLimit(2, 2, 5)}, {"Create": "write", "Get": None})
    quotas = Quotas(limits)
    assert quotas.refuse("Create", "1", 0.0) is None
    assert quotas.refuse("Create", "1", 0.0) is None  # the burst of 2
    assert "more than 2 requests per second" in quotas.refuse("Create", "1", 0.0)
    assert quotas.refuse("Create", "2", 0.0) is None  # another account has its own budget
    assert quotas.refuse("Get", "1", 0.0) is None  # not in a group
    assert quotas.refuse("Create", "1", 0.5) is None  # one token back after half a second
    assert quotas.refuse("Create", "1", 10.0) is None
    assert quotas.refuse("Create", "1", 20.0) is None
    assert "daily quota of 5" in quotas.refuse("Create", "1", 30.0)


# --- messages never quote what was sent ------------------------------------------------


def _tables() -> Any:
    from partnercentral_selling import _emulator_model

    return _emulator_model.SHAPES


SCALARS = sorted(
    name
    for name, shape in _tables().items()
    if shape["type"] in ("string", "integer", "long", "double", "float")
    and ({"enum", "pattern", "min", "max"} & shape.keys())
)


@settings(max_examples=300, deadline=None)
@given(
    shape=st.sampled_from(SCALARS),
    value=st.one_of(
        st.text(min_size=12, max_size=300).filter(lambda text: text.strip() == text),
        st.integers(min_value=10**9, max_value=10**30),
        st.floats(min_value=1e9, max_value=1e30),
    ),
)
def test_a_problem_never_quotes_the_value_it_refuses(shape: str, value: Any) -> None:
    """A refused value may be a secret (a sensitive member): messages name the rule only."""
    from runtime.emulation.documents import Shapes

    for problem in Shapes(_tables(), "unixTimestamp").problems(shape, value):
        assert str(value) not in problem.message
        assert repr(value) not in problem.message
