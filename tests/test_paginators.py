"""The generated paginators (``paginate_*``), sync and async, over real HTTP.

Every paginator of the model (the list comes from the loaded model, not from
a hand-written list) is run on both clients against a signature-checking
:class:`~tests.localserver.LocalAwsServer` that answers each request with the
page its ``NextToken`` names. The pages are fully populated output values
(tests/populate.py); the test checks the pages and items that come back
(order, types, values), and what every request carried (the caller's
arguments, the page size, the token). The token logic is also run side by
side with botocore's own paginator, on DynamoDB's map tokens and Kinesis'
nested paths and ``more_results``, with generated clients for those models.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import inspect
import json
import logging
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import jmespath  # type: ignore[import-untyped]
import pytest
from botocore.exceptions import PaginationError  # type: ignore[import-untyped]
from botocore.model import ServiceModel  # type: ignore[import-untyped]
from botocore.paginate import Paginator as BotocorePaginator  # type: ignore[import-untyped]
from botocore.parsers import create_parser  # type: ignore[import-untyped]

from generator.errors import ModelError
from generator.model.ir import Operation
from generator.loaders import load_model
from generator.model.naming import operation_method_name
from generator.emit.package import write_package
from tests.localserver import (
    JSON_CONTENT_TYPE,
    LocalAwsServer,
    RecordedRequest,
    Response,
    error_response,
)
from tests.populate import populate, to_wire_json

from partnercentral_selling import (  # noqa: E402
    AsyncPartnerCentralSellingClient,
    Credentials,
    PartnerCentralSellingClient,
    shapes,
)
from typed_aws_runtime.pipeline.paginator import PageCursor, PageSpec  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "partnercentral-selling" / "2022-07-26"
OTHER_MODELS = ROOT / "tests" / "data" / "models" / "json-services"
SERVICE = load_model(MODEL)
RAW = json.loads((MODEL / "service-2.json").read_text())
PAGINATORS = json.loads((MODEL / "paginators-1.json").read_text())["pagination"]
REGION = "us-east-1"
ACCESS_KEY, SECRET_KEY = "AKIDPAGINATORS", "paginator-tests-secret"
PAGE_SIZE = 2

PAGINATED = SERVICE.paginated_operations


def test_the_model_has_20_paginators() -> None:
    assert len(PAGINATED) == 20
    assert {op.name for op in PAGINATED} == set(PAGINATORS)


# -- the model's paginators, page by page ------------------------------------------


@dataclass(frozen=True)
class Scenario:
    """Pages keyed by the token that requests them: (token sent, items, token returned)."""

    starting_token: str | None
    pages: tuple[tuple[str | None, int, str | None], ...]
    warns: bool = False


SCENARIOS = {
    # An empty page with a token in the middle does not end it; a page without one does.
    "three_pages": Scenario(None, ((None, 2, "t2"), ("t2", 0, "t3"), ("t3", 2, None))),
    # starting_token is the first request's; a page returning the token it was sent ends it.
    "resume_then_repeat": Scenario(
        "t5", (("t5", 2, "t6"), ("t6", 2, "t6")), warns=True  # t6 again: the same page
    ),
    # An empty-string token ends it as a missing one does (botocore treats it so too).
    "empty_token": Scenario(None, ((None, 2, ""),)),
}


@dataclass
class Case:
    """One paginated operation of the model, with its pages built for a scenario.

    What the pages hold comes from the raw model files, not from the generator.
    """

    operation: Operation
    scenario: Scenario

    @property
    def paginator(self) -> dict[str, Any]:
        spec: dict[str, Any] = PAGINATORS[self.operation.name]
        assert (spec["input_token"], spec["output_token"]) == ("NextToken", "NextToken")
        return spec

    @property
    def result_key(self) -> str:
        key: str = self.paginator["result_key"]
        return key

    @property
    def method_name(self) -> str:
        return f"paginate_{self.operation.method_name}"

    def page_value(self, index: int, item_count: int, token: str | None) -> dict[str, Any]:
        """A fully populated page (boto3 style) with ``item_count`` items and ``token``."""
        value: dict[str, Any] = populate(RAW["shapes"], self.operation.output or "", variant=index)
        value[self.result_key] = value[self.result_key][:item_count]
        if token is None:
            value.pop("NextToken", None)
        else:
            value["NextToken"] = token
        return value

    def arguments(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """The paginate_* keyword arguments, and the wire input every request must carry."""
        name = self.operation.input or ""
        value = populate(RAW["shapes"], name)
        value.pop("NextToken")
        value["MaxResults"] = PAGE_SIZE
        input_shape = SERVICE.shapes[name]
        request = getattr(shapes, input_shape.python_name).from_dict(value)
        kwargs = {
            m.python_name: getattr(request, m.python_name)
            for m in input_shape.members
            if m.wire_name != "NextToken"
        }
        return kwargs, to_wire_json(RAW["shapes"], name, value)

    def item_class(self) -> type:
        output = RAW["shapes"][self.operation.output or ""]
        items = RAW["shapes"][output["members"][self.result_key]["shape"]]
        # The model pages through structures here; their classes keep the model's names.
        cls: type = getattr(shapes, items["member"]["shape"])
        return cls


class PageServer:
    """Answers each request with the page its NextToken names; records the tokens sent."""

    def __init__(self, target: str, pages: dict[str | None, dict[str, Any]]) -> None:
        self.target = target
        self.pages = pages
        self.bodies: list[dict[str, Any]] = []

    def __call__(self, request: RecordedRequest) -> Response:
        assert request.header("X-Amz-Target") == self.target
        body = request.json()
        self.bodies.append(body)
        # Each page twice at most (pages, then items): a paginator that loops fails, not hangs.
        if len(self.bodies) > 2 * len(self.pages):
            return error_response(400, "ValidationException", "the same pages again")
        page = self.pages[body.get("NextToken")]
        return 200, {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": "r"}, _dumps(page)


def _dumps(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True).encode()


@pytest.fixture(scope="module")
def server() -> Iterator[LocalAwsServer]:
    with LocalAwsServer(
        credentials=(ACCESS_KEY, SECRET_KEY, None), region=REGION, service="partnercentral-selling"
    ) as server:
        yield server


def _options(server: LocalAwsServer, credentials: type = Credentials) -> dict[str, Any]:
    return {
        "region": REGION,
        "endpoint_url": server.url,
        "credentials": credentials(ACCESS_KEY, SECRET_KEY),
    }


def _collect_sync(
    server: LocalAwsServer, method: str, kwargs: dict[str, Any]
) -> tuple[list[Any], list[Any]]:
    with PartnerCentralSellingClient(**_options(server)) as client:
        paginator = getattr(client, method)(**kwargs)
        return list(paginator), list(paginator.items())


def _collect_async(
    server: LocalAwsServer, method: str, kwargs: dict[str, Any]
) -> tuple[list[Any], list[Any]]:
    async def collect() -> tuple[list[Any], list[Any]]:
        async with AsyncPartnerCentralSellingClient(**_options(server)) as client:
            paginator = getattr(client, method)(**kwargs)
            return [page async for page in paginator], [item async for item in paginator.items()]

    return asyncio.run(collect())


COLLECTORS: dict[str, Callable[..., tuple[list[Any], list[Any]]]] = {
    "sync": _collect_sync,
    "async": _collect_async,
}


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
@pytest.mark.parametrize("mode", sorted(COLLECTORS))
@pytest.mark.parametrize("operation", PAGINATED, ids=[op.name for op in PAGINATED])
def test_every_paginator_pages_through_the_service(
    operation: Operation,
    mode: str,
    scenario: str,
    server: LocalAwsServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    case = Case(operation, SCENARIOS[scenario])
    values = [
        case.page_value(index, count, returned)
        for index, (_, count, returned) in enumerate(case.scenario.pages)
    ]
    output = RAW["operations"][operation.name]["output"]["shape"]
    handler = PageServer(
        f"AWSPartnerCentralSelling.{operation.name}",
        {
            sent: to_wire_json(RAW["shapes"], output, value)
            for (sent, _, _), value in zip(case.scenario.pages, values)
        },
    )
    server.handler = handler
    first_request = len(server.requests)
    kwargs, wire_input = case.arguments()
    if case.scenario.starting_token is not None:
        kwargs["starting_token"] = case.scenario.starting_token

    with caplog.at_level(logging.WARNING, logger="partnercentral_selling"):
        pages, items = COLLECTORS[mode](server, case.method_name, kwargs)

    # The pages, in order, typed and whole; the items, every page's in turn.
    output_class = getattr(shapes, SERVICE.shapes[output].python_name)
    assert all(type(page) is output_class for page in pages)
    assert [page.to_dict() for page in pages] == values
    assert all(isinstance(item, case.item_class()) for item in items)
    assert [item.to_dict() for item in items] == [
        item for value in values for item in value[case.result_key]
    ]
    # Every request: signed, the caller's arguments with the page size, then the token. The
    # items() loop starts over from the first page, so the requests come twice.
    requests = server.requests[first_request:]
    assert all(request.signature_valid for request in requests)
    tokens = [body.pop("NextToken", None) for body in handler.bodies]
    assert tokens == [sent for sent, _, _ in case.scenario.pages] * 2
    assert all(body == wire_input for body in handler.bodies)
    assert all(body["MaxResults"] == PAGE_SIZE for body in handler.bodies)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == (2 if case.scenario.warns else 0)
    assert all(operation.name in r.getMessage() for r in warnings)


def test_paginate_methods_replace_the_token_argument_by_starting_token() -> None:
    client_methods = {
        name for name in dir(PartnerCentralSellingClient) if name.startswith("paginate_")
    }
    async_methods = {
        name for name in dir(AsyncPartnerCentralSellingClient) if name.startswith("paginate_")
    }
    expected = {f"paginate_{op.method_name}" for op in PAGINATED}
    assert client_methods == async_methods == expected
    for op in PAGINATED:
        for cls in (PartnerCentralSellingClient, AsyncPartnerCentralSellingClient):
            method = getattr(cls, f"paginate_{op.method_name}")
            assert not inspect.iscoroutinefunction(method)
            parameters = inspect.signature(method).parameters
            operation = inspect.signature(getattr(cls, op.method_name)).parameters
            assert "next_token" not in parameters and "starting_token" in parameters
            assert list(parameters)[:-1] == [p for p in operation if p != "next_token"]


# -- the token logic next to botocore's ----------------------------------------------


PAGED_ELSEWHERE = {
    "dynamodb/2012-08-10": ("Scan",),
    "kinesis/2013-12-02": ("DescribeStream", "ListStreams"),
}


@pytest.fixture(scope="module")
def other_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    """Generated clients for DynamoDB (map tokens) and Kinesis (paths, more_results).

    Only the operations compared here are kept (whole, with every shape they
    reach): rendering the full models would take most of this module's time.
    tests/test_other_services.py imports packages of the same names, so the
    modules are imported afresh and dropped afterwards.
    """
    root = tmp_path_factory.mktemp("paged-services")
    packages = {}
    for name, operations in PAGED_ELSEWHERE.items():
        model_dir = _pruned_model(OTHER_MODELS / name, operations, root / "models" / name)
        service = load_model(model_dir)
        source = write_package(service, root, "0.0.0") / "src"
        _forget(service.package_name)
        sys.path.insert(0, str(source))
        packages[service.metadata.signing_name] = importlib.import_module(service.package_name)
    yield packages
    for package in packages.values():
        _forget(package.__name__)
        sys.path.remove(str(Path(package.__file__ or "").parent.parent))


def _forget(package: str) -> None:
    """Drop ``package`` and its submodules from the import cache."""
    for module in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[module]


def _pruned_model(source: Path, operations: tuple[str, ...], target: Path) -> Path:
    """A copy of the model at ``source`` with only ``operations`` and the shapes they reach.

    The endpoint rule set comes along: the models bind endpoint parameters to it.
    """
    model = json.loads((source / "service-2.json").read_text())
    model["operations"] = {name: model["operations"][name] for name in operations}
    stack = [
        ref["shape"]
        for operation in model["operations"].values()
        for ref in [operation.get("input"), operation.get("output"), *operation.get("errors", [])]
        if ref
    ]
    reached: set[str] = set()
    while stack:
        name = stack.pop()
        if name not in reached:
            reached.add(name)
            shape = model["shapes"][name]
            refs = [*shape.get("members", {}).values()]
            refs += [shape[key] for key in ("member", "key", "value") if key in shape]
            stack += [ref["shape"] for ref in refs]
    model["shapes"] = {name: model["shapes"][name] for name in sorted(reached)}
    paginators = json.loads((source / "paginators-1.json").read_text())["pagination"]
    target.mkdir(parents=True)
    (target / "service-2.json").write_text(json.dumps(model))
    pages = {"pagination": {name: paginators[name] for name in operations}}
    (target / "paginators-1.json").write_text(json.dumps(pages))
    rules = "endpoint-rule-set-1.json"
    (target / rules).write_text((source / rules).read_text())
    return target


def _attribute_key(value: str) -> dict[str, Any]:
    return {"pk": {"S": value}, "sk": {"N": "1"}}


def _scan_page(count: int, key: dict[str, Any] | None) -> dict[str, Any]:
    items = [_attribute_key(f"item-{count}-{i}") for i in range(count)]
    page: dict[str, Any] = {"Items": items, "Count": count, "ScannedCount": count}
    if key is not None:
        page["LastEvaluatedKey"] = key
    return page


def _shard(shard_id: str) -> dict[str, Any]:
    return {
        "ShardId": shard_id,
        "HashKeyRange": {"StartingHashKey": "0", "EndingHashKey": "9"},
        "SequenceNumberRange": {"StartingSequenceNumber": "1"},
    }


def _stream_page(shard_ids: list[str], more: bool) -> dict[str, Any]:
    return {
        "StreamDescription": {
            "StreamName": "s",
            "StreamARN": "arn:aws:kinesis:us-east-1:123456789012:stream/s",
            "StreamStatus": "ACTIVE",
            "Shards": [_shard(shard_id) for shard_id in shard_ids],
            "HasMoreShards": more,
            "RetentionPeriodHours": 24,
            "StreamCreationTimestamp": 1700000000,
            "EnhancedMonitoring": [],
        }
    }


def _streams_page(names: list[str], more: bool, token: str | None) -> dict[str, Any]:
    page: dict[str, Any] = {"StreamNames": names, "HasMoreStreams": more}
    if token is not None:
        page["NextToken"] = token
    return page


# (service, operation, arguments (wire names), the wire pages in the order they are served)
BOTOCORE_CASES: dict[str, tuple[str, str, dict[str, Any], list[dict[str, Any]]]] = {
    "scan_map_tokens_and_an_empty_page": (
        "dynamodb",
        "Scan",
        {"TableName": "t", "Limit": 2},
        [
            _scan_page(2, _attribute_key("a")),
            _scan_page(0, _attribute_key("b")),
            _scan_page(1, None),
        ],
    ),
    "scan_empty_map_token_ends": (
        "dynamodb",
        "Scan",
        {"TableName": "t", "Limit": 2},
        [_scan_page(2, _attribute_key("a")), _scan_page(1, {})],
    ),
    "scan_repeated_map_token": (
        "dynamodb",
        "Scan",
        {"TableName": "t", "Limit": 2},
        [
            _scan_page(2, _attribute_key("a")),
            _scan_page(2, _attribute_key("a")),
            _scan_page(1, None),
        ],
    ),
    "describe_stream_last_shard_and_more_results": (
        "kinesis",
        "DescribeStream",
        {"StreamName": "s", "Limit": 2},
        [_stream_page(["a", "b"], True), _stream_page(["c"], True), _stream_page(["d"], False)],
    ),
    "describe_stream_no_shards_ends": (
        "kinesis",
        "DescribeStream",
        {"StreamName": "s", "Limit": 2},
        [_stream_page(["a"], True), _stream_page([], True), _stream_page(["z"], False)],
    ),
    "list_streams_more_results_false_beats_a_token": (
        "kinesis",
        "ListStreams",
        {"Limit": 2},
        [_streams_page(["a", "b"], True, "n1"), _streams_page(["c"], False, "n2")],
    ),
}


def _botocore_run(
    service: str, operation: str, arguments: dict[str, Any], pages: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Any]]:
    """botocore's pages, the arguments of each call it made, and its items (first list key)."""
    model_dir = next((OTHER_MODELS / service).iterdir())
    model = ServiceModel(json.loads((model_dir / "service-2.json").read_text()))
    operation_model = model.operation_model(operation)
    config = json.loads((model_dir / "paginators-1.json").read_text())["pagination"][operation]
    parser = create_parser(model.metadata["protocol"])
    calls: list[dict[str, Any]] = []

    def method(**kwargs: Any) -> dict[str, Any]:
        calls.append(copy.deepcopy(kwargs))
        body = _dumps(pages[len(calls) - 1])
        parsed: dict[str, Any] = parser.parse(
            {"status_code": 200, "headers": {}, "body": body}, operation_model.output_shape
        )
        parsed.pop("ResponseMetadata", None)
        return parsed

    received = []
    try:
        for page in BotocorePaginator(method, config, operation_model).paginate(**arguments):
            received.append(page)
    except PaginationError:
        pass  # a repeated token: botocore raises after the page, we stop after it
    result_keys = config["result_key"]
    key = result_keys if isinstance(result_keys, str) else result_keys[0]
    items = [item for page in received for item in jmespath.search(key, page) or []]
    return received, calls, items


@pytest.mark.parametrize("case", sorted(BOTOCORE_CASES))
def test_token_logic_matches_botocore(case: str, other_services: dict[str, ModuleType]) -> None:
    service, operation, arguments, pages = BOTOCORE_CASES[case]
    expected_pages, expected_calls, expected_items = _botocore_run(
        service, operation, arguments, pages
    )
    package = other_services[service]
    # Each page answers the request botocore made for it (a request botocore did not make
    # gets a 500 from the server, which the client raises).
    answers = {_dumps(call): page for call, page in zip(expected_calls, pages)}
    served: list[dict[str, Any]] = []

    def handler(request: RecordedRequest) -> Response:
        served.append(request.json())
        page = answers[_dumps(request.json())]
        return 200, {"Content-Type": "application/x-amz-json-1.1"}, _dumps(page)

    client_class = getattr(package, next(n for n in package.__all__ if n.endswith("Client")))
    with LocalAwsServer(
        handler, credentials=(ACCESS_KEY, SECRET_KEY, None), region=REGION, service=service
    ) as server:
        with client_class(**_options(server, package.Credentials)) as client:
            paginator = getattr(client, f"paginate_{operation_method_name(operation)}")(
                **_python_arguments(package, operation, arguments)
            )
            ours = list(paginator)
            served_for_pages = len(served)
            items = list(paginator.items())
        assert all(request.signature_valid for request in server.requests)

    assert [page.to_dict() for page in ours] == expected_pages
    assert served[:served_for_pages] == expected_calls  # the same token in every request
    assert [_plain(item) for item in items] == expected_items


def _python_arguments(package: ModuleType, operation: str, wire: dict[str, Any]) -> dict[str, Any]:
    request_class = getattr(package.shapes, f"{operation}Input")
    request = request_class.from_dict(wire)
    return {
        name: getattr(request, name)
        for name in request_class.__slots__
        if getattr(request, name) is not None
    }


def _plain(value: Any) -> Any:
    """A typed value as boto3 shows it (shapes via to_dict, containers element-wise)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


# -- the cursor with several tokens, and paginators the generator refuses ----------------


class _Page:
    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)


def test_several_tokens_go_pairwise_and_starting_token_takes_a_tuple() -> None:
    spec = PageSpec(
        operation="ListThings",
        input_tokens=("marker", "offset"),
        output_tokens=(("next_marker",), ("next_offset",)),
    )
    logger = logging.getLogger("test_paginators")
    cursor = PageCursor(spec, {"name": "n", "marker": None, "offset": None}, ("m1", 1), logger)
    assert cursor.params == {"name": "n", "marker": "m1", "offset": 1}
    # One token left is enough to go on (botocore: until all are None).
    assert cursor.advance(_Page(next_marker=None, next_offset=2))
    assert cursor.params == {"name": "n", "marker": None, "offset": 2}
    assert not cursor.advance(_Page(next_marker=None, next_offset=2))  # repeated
    assert not cursor.advance(_Page(next_marker="", next_offset=0))  # all empty
    for wrong in ("m1", ("m1",), ["m1", 1]):
        with pytest.raises(ValueError, match="starting_token takes a tuple of 2 values"):
            PageCursor(spec, {}, wrong, logger)


def _model_with(root: Path, paginator: dict[str, Any], extra_member: str = "") -> Path:
    """ListOpportunities alone, with ``paginator`` (and an extra input member)."""
    model = _pruned_model(MODEL, ("ListOpportunities",), root)
    pages = {"pagination": {"ListOpportunities": paginator}}
    (model / "paginators-1.json").write_text(json.dumps(pages))
    if extra_member:
        raw = json.loads((model / "service-2.json").read_text())
        members = raw["shapes"]["ListOpportunitiesRequest"]["members"]
        members[extra_member] = {"shape": "String"}
        (model / "service-2.json").write_text(json.dumps(raw))
    return model


GOOD_PAGINATOR = {
    "input_token": "NextToken",
    "output_token": "NextToken",
    "limit_key": "MaxResults",
    "result_key": "OpportunitySummaries",
}


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("output_token", "NextToken || Marker", "unsupported expression 'NextToken || Marker'"),
        ("result_key", "OpportunitySummaries[].Id", "unsupported expression"),
        ("output_token", "Missing", "'ListOpportunitiesResponse' has no member 'Missing'"),
        ("input_token", "Marker", "the input 'ListOpportunitiesRequest' has no member 'Marker'"),
        ("limit_key", "PageSize", "the input 'ListOpportunitiesRequest' has no member 'PageSize'"),
        ("result_key", "NextToken[0]", "[0] applies to 'next_token', a string, not a list"),
        ("output_token", ["NextToken", "NextToken"], "1 input tokens but 2 output tokens"),
    ],
)
def test_a_paginator_the_generator_cannot_follow_is_refused(
    tmp_path: Path, field: str, value: Any, problem: str
) -> None:
    model = _model_with(tmp_path / "model", {**GOOD_PAGINATOR, field: value})
    with pytest.raises(ModelError) as raised:
        load_model(model)
    error = raised.value
    assert error.file == str(model / "paginators-1.json")
    assert error.pointer == f"/pagination/ListOpportunities/{field}"
    assert problem in error.problem


def test_an_input_member_named_starting_token_is_refused(tmp_path: Path) -> None:
    model = _model_with(tmp_path / "model", GOOD_PAGINATOR, extra_member="StartingToken")
    with pytest.raises(ModelError, match="clashes with the paginate method's own"):
        load_model(model)
    load_model(_model_with(tmp_path / "fine", GOOD_PAGINATOR))  # the pruned model itself loads


def test_a_paginate_method_that_would_take_an_operation_name_is_refused(tmp_path: Path) -> None:
    model = _model_with(tmp_path / "model", GOOD_PAGINATOR)
    raw = json.loads((model / "service-2.json").read_text())
    raw["operations"]["PaginateListOpportunities"] = {
        **raw["operations"]["ListOpportunities"],
        "name": "PaginateListOpportunities",
    }
    (model / "service-2.json").write_text(json.dumps(raw))
    with pytest.raises(ModelError) as raised:
        load_model(model)
    assert raised.value.pointer == "/pagination/ListOpportunities"
    assert "'paginate_list_opportunities' clashes with an operation's" in raised.value.problem
