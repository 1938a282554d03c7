"""Endpoint context parameters: carried from the model to each call's endpoint.

1. Every ``operationInputs`` case of the official DynamoDB (178) and Kinesis
   (53) endpoint test files runs through a client generated from the real
   model, sync and async: the client is built from the case's built-ins
   (region, FIPS, dual-stack, endpoint, the credentials' account id, the
   account id endpoint mode), the operation is called with the case's
   parameters, and the request must go to the case's URL, signed for its
   auth scheme, or the call must fail with the case's exact error.
2. The generated Python that reads ``operationContextParams`` and
   ``contextParam`` values from a typed input gives what JMESPath (botocore's
   evaluation) gives on the same input as a dict.
3. The per-call endpoint cache: one resolution per distinct parameter set.
4. The loader carries the bindings and refuses bad ones with a ModelError
   naming the file and JSON pointer; client context parameters become
   client options checked at construction.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

import jmespath  # type: ignore[import-untyped]
import pytest

from generator.errors import ModelError
from generator.model.ir import Service
from generator.loaders import load_model
from generator.loaders.botocore import build_service
from generator.model.naming import CLIENT_OPTIONS
from generator.emit.package import write_package
from tests.packages import cut_model, forget, import_fresh
from tests.populate import populate

MODELS = Path(__file__).parent / "data" / "models" / "json-services"
FOLDERS = {"dynamodb": "dynamodb/2012-08-10", "kinesis": "kinesis/2013-12-02"}
# Operations read through JMESPath paths, and one member-bound one, for part 2.
PATH_OPERATIONS = {
    "dynamodb": [
        "BatchWriteItem",
        "ImportTable",
        "TransactGetItems",
        "TransactWriteItems",
        "GetItem",
    ],
    "kinesis": [],
}
# Client options the official cases' built-ins set.
BUILT_IN_OPTIONS = {
    "AWS::Region": "region",
    "AWS::UseFIPS": "use_fips_endpoint",
    "AWS::UseDualStack": "use_dualstack_endpoint",
    "SDK::Endpoint": "endpoint_url",
    "AWS::Auth::AccountIdEndpointMode": "account_id_endpoint_mode",
}
ACCESS_KEY, SECRET_KEY = "AKIDCONTEXT", "context-secret"


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _operation_inputs(name: str) -> list[Any]:
    cases = _load(MODELS / FOLDERS[name] / "endpoint-tests-1.json")["testCases"]
    return [
        pytest.param(name, case, operation_input, id=f"{name}:{index}:{number}")
        for index, case in enumerate(cases)
        for number, operation_input in enumerate(case.get("operationInputs", ()))
    ]


CASES = _operation_inputs("dynamodb") + _operation_inputs("kinesis")


class Generated:
    """A generated package, its IR and its runtime modules."""

    def __init__(self, package: ModuleType, service: Service, model: Path) -> None:
        self.package = package
        self.service = service
        self.raw = _load(model / "service-2.json")
        self.client = getattr(package, service.client_name)
        self.commands = importlib.import_module(f"{package.__name__}.commands")
        self.operations = importlib.import_module(f"{package.__name__}._operations")
        self.shapes = importlib.import_module(f"{package.__name__}.shapes")
        self.endpoints = importlib.import_module("typed_aws_runtime.config.endpoints")
        self.errors = importlib.import_module("typed_aws_runtime.exceptions")

    def async_client(self) -> Any:
        return getattr(self.package, f"Async{self.service.client_name}")

    def spec(self, operation: str) -> Any:
        method = next(o.method_name for o in self.service.operations if o.name == operation)
        return getattr(self.operations, method.upper())


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Generated]]:
    root = tmp_path_factory.mktemp("context")
    result = {}
    for name, folder in FOLDERS.items():
        tests = _load(MODELS / folder / "endpoint-tests-1.json")["testCases"]
        operations = {i["operationName"] for c in tests for i in c.get("operationInputs", ())}
        model = root / "models" / name
        cut_model(MODELS / folder, model, operations | set(PATH_OPERATIONS[name]))
        service = load_model(model)
        package_dir = write_package(service, root / "out", "0.0.0")
        result[name] = Generated(
            import_fresh(package_dir / "src", service.package_name), service, model
        )
    yield result
    for item in result.values():
        forget(item.package.__name__)


class _Recorder:
    """Records each request and answers it with a 400 error, which is not retried."""

    def __init__(self) -> None:
        self.requests: list[Any] = []

    def respond(self, request: Any) -> Any:
        from runtime.transports.http import HttpResponse

        self.requests.append(request)
        body = {"__type": "RecordedOnly", "message": "the test only records requests"}
        return HttpResponse(400, {}, json.dumps(body).encode())


class SyncRecorder(_Recorder):
    def send(self, request: Any, *, timeouts: Any) -> Any:
        return self.respond(request)

    def close(self) -> None:
        pass


class AsyncRecorder(_Recorder):
    async def send(self, request: Any, *, timeouts: Any) -> Any:
        return self.respond(request)

    async def close(self) -> None:
        pass


def _options(generated: Generated, built_ins: dict[str, Any], handler: Any) -> dict[str, Any]:
    """Client options for a case's built-ins; the account id comes with the credentials."""
    unknown = set(built_ins) - set(BUILT_IN_OPTIONS) - {"AWS::Auth::AccountId"}
    assert not unknown, f"built-ins this test does not map: {unknown}"
    options = {
        BUILT_IN_OPTIONS[name]: value
        for name, value in built_ins.items()
        if name in BUILT_IN_OPTIONS
    }
    options["credentials"] = generated.package.Credentials(
        ACCESS_KEY, SECRET_KEY, account_id=built_ins.get("AWS::Auth::AccountId")
    )
    options["request_handler"] = handler
    options["max_attempts"] = 1
    return options


def _call(generated: Generated, mode: str, operation_input: dict[str, Any]) -> Any:
    """Run the case's call; return the requests sent and the exception the call raised."""
    command = getattr(generated.commands, f"{operation_input['operationName']}Command")(
        operation_input.get("operationParams", {})
    )
    if mode == "sync":
        handler: _Recorder = SyncRecorder()
        options = _options(generated, operation_input["builtInParams"], handler)
        with generated.client(**options) as client:
            try:
                client.send(command)
            except Exception as error:  # the test inspects it
                return handler.requests, error
    else:
        handler = AsyncRecorder()
        options = _options(generated, operation_input["builtInParams"], handler)

        async def main() -> None:
            async with generated.async_client()(**options) as client:
                await client.send(command)

        try:
            asyncio.run(main())
        except Exception as error:  # the test inspects it
            return handler.requests, error
    raise AssertionError("the recording handler's 400 answer must fail every call")


def _sent_to(url: str) -> str:
    """The URL a request to endpoint ``url`` goes to: an empty path is ``/``."""
    return url if urlsplit(url).path not in ("", "/") else url.rstrip("/") + "/"


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name, case, operation_input", CASES)
def test_official_operation_inputs_case(
    home: Path,
    generated: dict[str, Generated],
    name: str,
    case: dict[str, Any],
    operation_input: dict[str, Any],
    mode: str,
) -> None:
    package = generated[name]
    requests, error = _call(package, mode, operation_input)
    expect = case["expect"]
    if "error" in expect:
        assert isinstance(error, package.endpoints.EndpointResolutionError), repr(error)
        assert str(error) == expect["error"], case["documentation"]
        assert requests == []
        return
    assert isinstance(error, package.errors.ServiceError) and error.code == "RecordedOnly"
    (request,) = requests
    endpoint = expect["endpoint"]
    assert request.url == _sent_to(endpoint["url"]), case["documentation"]
    for header, values in endpoint.get("headers", {}).items():
        assert request.headers[header] == ",".join(values)
    for scheme in endpoint.get("properties", {}).get("authSchemes", ())[:1]:
        scope = f"/{scheme['signingRegion']}/{scheme['signingName']}/aws4_request"
        assert scope in request.headers["Authorization"]


def test_every_official_operation_input_case_is_collected() -> None:
    counts = {name: sum(1 for c in CASES if c.values[0] == name) for name in FOLDERS}
    assert counts == {"dynamodb": 178, "kinesis": 53}


# -- 2. context parameter values: generated Python against JMESPath ---------------------


def _bound_operations(name: str) -> list[Any]:
    model = _load(MODELS / FOLDERS[name] / "service-2.json")
    return [
        pytest.param(name, operation, id=f"{name}:{operation}")
        for operation in sorted(PATH_OPERATIONS[name])
        if model["operations"][operation].get("operationContextParams")
        or any(
            "contextParam" in member
            for member in model["shapes"][model["operations"][operation]["input"]["shape"]][
                "members"
            ].values()
        )
    ]


def _expected(raw: dict[str, Any], operation: str, params: dict[str, Any]) -> dict[str, Any]:
    """The endpoint parameters botocore takes from ``params``: JMESPath and member names."""
    spec = raw["operations"][operation]
    expected = {
        name: value["value"] for name, value in spec.get("staticContextParams", {}).items()
    }
    members = raw["shapes"][spec["input"]["shape"]]["members"]
    for member, ref in members.items():
        if "contextParam" in ref:
            expected[ref["contextParam"]["name"]] = params.get(member)
    for name, value in spec.get("operationContextParams", {}).items():
        expected[name] = jmespath.search(value["path"], params)
    return expected


def _ours(generated: Generated, operation: str, params: dict[str, Any]) -> dict[str, Any]:
    spec = generated.spec(operation)
    typed = spec.input.from_dict(params)
    result: dict[str, Any] = spec.endpoint_params(typed)
    return result


@pytest.mark.parametrize("name, operation", _bound_operations("dynamodb"))
def test_context_values_match_jmespath_on_populated_inputs(
    generated: dict[str, Generated], name: str, operation: str
) -> None:
    package = generated[name]
    input_shape = package.raw["operations"][operation]["input"]["shape"]
    params = populate(package.raw["shapes"], input_shape)
    expected = _expected(package.raw, operation, params)
    assert any(value for value in expected.values())  # the populated input sets them
    assert _ours(package, operation, params) == expected


_TRANSACT_WRITES = [
    [],
    [{"Put": {"TableName": "a", "Item": {}}}],
    [
        {"Delete": {"TableName": "d", "Key": {}}},
        {"ConditionCheck": {"TableName": "c", "Key": {}, "ConditionExpression": "x"}},
        {"Update": {"TableName": "u", "Key": {}, "UpdateExpression": "y"}},
        {"Put": {"TableName": "p", "Item": {}}},
    ],
]


@pytest.mark.parametrize("items", _TRANSACT_WRITES, ids=["none", "one", "four-kinds"])
def test_multi_select_and_flatten_drop_absent_table_names(
    generated: dict[str, Generated], items: list[dict[str, Any]]
) -> None:
    package = generated["dynamodb"]
    params = {"TransactItems": items}
    assert _ours(package, "TransactWriteItems", params) == _expected(
        package.raw, "TransactWriteItems", params
    )


def test_absent_values_set_nothing(generated: dict[str, Generated]) -> None:
    """An absent member gives None, which the router leaves unset (JMESPath gives null)."""
    package = generated["dynamodb"]
    params = {"InputFormat": "CSV", "S3BucketSource": {"S3Bucket": "b"}}
    input_class = package.spec("ImportTable").input
    typed = input_class.from_dict(params)
    typed.table_creation_parameters = None
    assert package.spec("ImportTable").endpoint_params(typed) == {"ResourceArn": None}
    assert jmespath.search("TableCreationParameters.TableName", params) is None


# -- 3. the per-call endpoint cache ---------------------------------------------------------


class _CountingResolutions:
    """Counts the rule-set evaluations of a package's runtime."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, endpoints: ModuleType) -> None:
        self.calls: list[dict[str, Any]] = []
        resolve = endpoints.RuleSetResolver.resolve

        def counting(resolver: Any, params: Any) -> Any:
            self.calls.append(dict(params))
            return resolve(resolver, params)

        monkeypatch.setattr(endpoints.RuleSetResolver, "resolve", counting)


def test_the_cache_resolves_once_per_distinct_parameter_set(
    home: Path, generated: dict[str, Generated], monkeypatch: pytest.MonkeyPatch
) -> None:
    package = generated["dynamodb"]
    counter = _CountingResolutions(monkeypatch, package.endpoints)
    handler = SyncRecorder()
    client = package.client(
        region="us-east-1",
        credentials=package.package.Credentials(ACCESS_KEY, SECRET_KEY, account_id="111111111111"),
        request_handler=handler,
        max_attempts=1,
    )
    assert counter.calls == []  # nothing is resolved before a call has its parameters
    tables = ["arn:aws:dynamodb:us-east-1:222222222222:table/a", "t1", "t2"]
    for table in tables * 3:
        with pytest.raises(package.errors.ServiceError):
            client.describe_table(table_name=table)
    assert [call.get("ResourceArn") for call in counter.calls] == tables
    assert {call["AccountId"] for call in counter.calls} == {"111111111111"}
    urls = {request.url for request in handler.requests}
    assert urls == {
        "https://222222222222.ddb.us-east-1.amazonaws.com/",
        "https://111111111111.ddb.us-east-1.amazonaws.com/",
    }


def test_an_operation_without_context_params_resolves_once(
    home: Path, generated: dict[str, Generated], monkeypatch: pytest.MonkeyPatch
) -> None:
    package = generated["dynamodb"]
    assert package.spec("ListTables").endpoint_params is None
    counter = _CountingResolutions(monkeypatch, package.endpoints)
    client = package.client(
        region="eu-west-1",
        credentials=package.package.Credentials(ACCESS_KEY, SECRET_KEY),
        request_handler=SyncRecorder(),
        max_attempts=1,
    )
    for _ in range(3):
        with pytest.raises(package.errors.ServiceError):
            client.list_tables()
    assert len(counter.calls) == 1


def test_a_service_without_call_parameters_resolves_at_construction(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Partner Central Selling: one resolution when the client is built, none per call."""
    import partnercentral_selling
    from typed_aws_runtime.config import endpoints

    counter = _CountingResolutions(monkeypatch, endpoints)
    handler = SyncRecorder()
    client = partnercentral_selling.PartnerCentralSellingClient(
        region="us-east-1",
        credentials=partnercentral_selling.Credentials(ACCESS_KEY, SECRET_KEY),
        request_handler=handler,
        max_attempts=1,
    )
    assert len(counter.calls) == 1
    for _ in range(2):
        with pytest.raises(partnercentral_selling.ServiceError):
            client.get_opportunity(catalog="Sandbox", identifier="O1")
    assert len(counter.calls) == 1
    assert client._core.endpoint_url == "https://partnercentral-selling.us-east-1.api.aws"


def test_the_cache_is_bounded() -> None:
    """The router keeps ``cache_size`` routes, dropping the least recently used."""
    from runtime.config.endpoints import RuleSetResolver
    from runtime.config.routing import EndpointRouter

    resolved: list[str] = []

    class Resolver(RuleSetResolver):
        def resolve(self, params: Any) -> Any:
            resolved.append(params["Name"])
            return super().resolve(params)

    router = EndpointRouter(
        Resolver(RULES),
        {"Region": "us-east-1"},
        SimpleNamespace(signing_name="ctx"),  # type: ignore[arg-type]
        SimpleNamespace(region="us-east-1", profile="default"),  # type: ignore[arg-type]
        None,
        cache_size=2,
    )
    operation = SimpleNamespace(endpoint_params=lambda name: {"Name": name})
    urls = [router.route(operation, name, None).url for name in ["a", "b", "a", "c", "b"]]  # type: ignore[arg-type]
    assert urls == [f"https://{name}.example.com" for name in ["a", "b", "a", "c", "b"]]
    assert resolved == ["a", "b", "c", "b"]  # "b" was the least recently used when "c" came


def test_endpoint_errors_name_the_rule_sets_message_at_the_call(
    home: Path, generated: dict[str, Generated]
) -> None:
    package = generated["dynamodb"]
    handler = SyncRecorder()
    client = package.client(
        region="us-east-1",
        credentials=package.package.Credentials(ACCESS_KEY, SECRET_KEY),
        account_id_endpoint_mode="required",
        request_handler=handler,
    )
    with pytest.raises(package.endpoints.EndpointResolutionError) as caught:
        client.list_tables()
    assert str(caught.value) == (
        "AccountIdEndpointMode is required but no AccountID was provided or able to be loaded"
    )
    assert handler.requests == []


# -- account id endpoint mode and account ids from credential sources ------------------------


def test_account_id_endpoint_mode_from_environment_and_profile(
    home: Path, generated: dict[str, Generated], monkeypatch: pytest.MonkeyPatch
) -> None:
    package = generated["dynamodb"]

    def mode(**options: Any) -> tuple[str, str]:
        client = package.client(
            region="us-east-1", credentials=package.package.Credentials("A", "B"), **options
        )
        return (
            client.config.account_id_endpoint_mode,
            client.config.sources["account_id_endpoint_mode"],
        )

    assert mode() == ("preferred", "default")
    (home / ".aws" / "config").write_text("[default]\naccount_id_endpoint_mode = Disabled\n")
    assert mode()[0] == "disabled"
    monkeypatch.setenv("AWS_ACCOUNT_ID_ENDPOINT_MODE", "required")
    assert mode() == ("required", "environment variable AWS_ACCOUNT_ID_ENDPOINT_MODE")
    assert mode(account_id_endpoint_mode="preferred")[0] == "preferred"
    with pytest.raises(ValueError) as caught:
        mode(account_id_endpoint_mode="sometimes")
    assert str(caught.value) == (
        "account_id_endpoint_mode from argument account_id_endpoint_mode=: 'sometimes' is not "
        "one of preferred, disabled, required"
    )


def test_partner_central_has_no_account_id_endpoint_mode(home: Path) -> None:
    import inspect

    import partnercentral_selling

    client_class = partnercentral_selling.PartnerCentralSellingClient
    assert "account_id_endpoint_mode" not in inspect.signature(client_class).parameters
    client = client_class(
        region="us-east-1", credentials=partnercentral_selling.Credentials("A", "B")
    )
    assert client.config.account_id_endpoint_mode is None
    assert client.config.client_context == {}


def test_the_client_options_list_matches_the_generated_constructors(
    generated: dict[str, Generated],
) -> None:
    """CLIENT_OPTIONS (which client context options must not clash with) is the real list."""
    import inspect

    # rate_limits= comes with a service's rate-limit presets (dynamodb has none): listed all
    # the same, so no context option ever takes the name.
    for client_class in (generated["dynamodb"].client, generated["dynamodb"].async_client()):
        assert set(inspect.signature(client_class).parameters) == CLIENT_OPTIONS - {"rate_limits"}
    from partnercentral_selling import PartnerCentralSellingClient

    assert "rate_limits" in inspect.signature(PartnerCentralSellingClient).parameters


def test_account_ids_from_environment_config_and_process(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from runtime.auth.credential_sources import (
        EnvironmentProvider,
        ProcessProvider,
        SharedFilesProvider,
    )
    from runtime.config.config_files import SharedConfig

    environ = {"AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "B", "AWS_ACCOUNT_ID": "123"}
    found = EnvironmentProvider(environ).get_credentials()
    assert found is not None and found.account_id == "123"
    no_account = EnvironmentProvider({"AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "B"})
    found = no_account.get_credentials()
    assert found is not None and found.account_id is None
    script = home / "creds.py"
    script.write_text(
        "import json\nprint(json.dumps({'Version': 1, 'AccessKeyId': 'P', "
        "'SecretAccessKey': 'S', 'AccountId': '456'}))\n"
    )
    (home / ".aws" / "config").write_text(
        "[default]\naws_access_key_id = C\naws_secret_access_key = D\naws_account_id = 789\n"
        f"[profile proc]\ncredential_process = {sys.executable} {script}\n"
        f"[profile proc-default]\ncredential_process = {sys.executable} {home / 'plain.py'}\n"
        "aws_account_id = 999\n"
    )
    (home / "plain.py").write_text(
        "import json\nprint(json.dumps({'Version': 1, 'AccessKeyId': 'P', 'SecretAccessKey': 'S'}))\n"
    )
    config = SharedFilesProvider(SharedConfig.load()).get_credentials()
    assert config is not None and config.account_id == "789"
    process = ProcessProvider(SharedConfig.load(profile="proc")).get_credentials()
    assert process is not None and process.account_id == "456"
    fallback = ProcessProvider(SharedConfig.load(profile="proc-default")).get_credentials()
    assert fallback is not None and fallback.account_id == "999"


# -- 4. the loader: bindings in the IR, bad ones refused -------------------------------------


def test_the_ir_carries_every_kind_of_binding(generated: dict[str, Generated]) -> None:
    operations = {o.name: o for o in generated["dynamodb"].service.operations}
    search = {b.parameter: b for b in operations["SearchVectors"].endpoint_bindings}
    assert (search["IsSearchOperation"].source, search["IsSearchOperation"].value) == (
        "static",
        True,
    )
    assert (search["ResourceArn"].source, search["ResourceArn"].path) == ("member", "TableName")
    (batch,) = operations["BatchGetItem"].endpoint_bindings
    assert (batch.parameter, batch.type, batch.source, batch.path) == (
        "ResourceArnList",
        "stringArray",
        "path",
        "keys(RequestItems)",
    )
    assert operations["ListTables"].endpoint_bindings == ()


RULES = {
    "version": "1.0",
    "parameters": {
        "Region": {"builtIn": "AWS::Region", "required": False, "type": "String"},
        "Name": {"required": False, "type": "String"},
        "Names": {"required": False, "type": "stringArray"},
        "Flag": {"required": False, "type": "Boolean"},
    },
    "rules": [
        {
            "conditions": [{"fn": "isSet", "argv": [{"ref": "Name"}]}],
            "endpoint": {
                "url": "https://{Name}.example.com",
                "properties": {
                    "authSchemes": [
                        {"name": "sigv4", "signingName": "ctx", "signingRegion": "{Name}"}
                    ]
                },
            },
            "type": "endpoint",
        },
        {
            "conditions": [{"fn": "isSet", "argv": [{"ref": "Flag"}]}],
            "endpoint": {"url": "https://flag.example.com"},
            "type": "endpoint",
        },
        {
            "conditions": [],
            "endpoint": {"url": "https://{Region}.example.com"},
            "type": "endpoint",
        },
    ],
}


def _model() -> dict[str, Any]:
    """One operation whose input has a string, a list, a map and a structure member."""
    return {
        "version": "2.0",
        "metadata": {
            "apiVersion": "2024-01-01",
            "endpointPrefix": "ctx",
            "jsonVersion": "1.0",
            "protocol": "json",
            "serviceFullName": "Context Service",
            "serviceId": "Ctx",
            "signatureVersion": "v4",
            "targetPrefix": "Ctx",
            "uid": "ctx-2024-01-01",
        },
        "operations": {
            "Put": {
                "name": "Put",
                "http": {"method": "POST", "requestUri": "/"},
                "input": {"shape": "PutInput"},
            }
        },
        "shapes": {
            "PutInput": {
                "type": "structure",
                "members": {
                    "Name": {"shape": "Text"},
                    "Count": {"shape": "Number"},
                    "Items": {"shape": "ItemList"},
                    "Tags": {"shape": "TagMap"},
                    "Choice": {"shape": "Choice"},
                },
            },
            "Item": {"type": "structure", "members": {"Key": {"shape": "Text"}}},
            "ItemList": {"type": "list", "member": {"shape": "Item"}},
            "TagMap": {"type": "map", "key": {"shape": "Text"}, "value": {"shape": "Text"}},
            "Choice": {"type": "structure", "union": True, "members": {"A": {"shape": "Text"}}},
            "Text": {"type": "string"},
            "Number": {"type": "integer"},
        },
    }


def _refused(model: dict[str, Any], rules: dict[str, Any] | None = RULES) -> ModelError:
    with pytest.raises(ModelError) as caught:
        build_service(model, Path("service-2.json"), endpoint_rule_set=rules)
    return caught.value


def _with_path(path: str, parameter: str = "Names") -> dict[str, Any]:
    model = _model()
    model["operations"]["Put"]["operationContextParams"] = {parameter: {"path": path}}
    return model


@pytest.mark.parametrize(
    "path, parameter, problem",
    [
        ("Items[*].Missing", "Names", "'Item' has no member 'Missing'"),
        ("Items[0].Key", "Name", "index expression is not supported"),
        ("Items[?Key == 'a'].Key", "Names", "filter projection is not supported"),
        ("length(Items)", "Names", "the function length() is not supported"),
        ("keys(Items)", "Names", "keys() applies to a list of structure 'Item', not a map"),
        ("Name[*]", "Names", "[*] and [] apply to lists, not to a string"),
        ("Name.Key", "Name", ".Key applies to a string, not a structure"),
        ("Choice.A", "Name", ".A applies to a union 'Choice', not a structure"),
        ("[Name, Count]", "Names", "the multi-select list mixes a string and an integer"),
        ("Items[*].Key", "Name", "gives a list of string, but Name is a string"),
        ("keys(Tags)", "Flag", "gives a list of string, but Flag is a boolean"),
        ("Items[*", "Names", "is not a valid JMESPath expression"),
    ],
)
def test_unresolvable_operation_context_paths_are_refused(
    path: str, parameter: str, problem: str
) -> None:
    error = _refused(_with_path(path, parameter))
    assert error.file == "service-2.json"
    assert error.pointer == f"/operations/Put/operationContextParams/{parameter}"
    assert problem in error.problem


def test_undeclared_parameters_are_refused() -> None:
    error = _refused(_with_path("keys(Tags)", "Keys"))
    assert error.pointer == "/operations/Put/operationContextParams/Keys"
    assert error.problem == "the endpoint rule set declares no parameter 'Keys'"
    assert error.hint == "use one of Flag, Name, Names, Region"
    model = _model()
    model["shapes"]["PutInput"]["members"]["Name"]["contextParam"] = {"name": "Nme"}
    assert _refused(model).pointer == "/shapes/PutInput/members/Name/contextParam"
    error = _refused(_with_path("keys(Tags)"), rules=None)
    assert "the model has no endpoint rule set" in error.problem


def test_mistyped_member_and_static_bindings_are_refused() -> None:
    model = _model()
    model["shapes"]["PutInput"]["members"]["Count"]["contextParam"] = {"name": "Name"}
    error = _refused(model)
    assert error.pointer == "/shapes/PutInput/members/Count/contextParam"
    assert error.problem == "'Count' gives an integer, but Name is a string"
    model = _model()
    model["operations"]["Put"]["staticContextParams"] = {"Flag": {"value": "yes"}}
    error = _refused(model)
    assert error.pointer == "/operations/Put/staticContextParams/Flag/value"
    assert error.problem == "the value 'yes' is not a boolean, the type of Flag"


def test_a_parameter_bound_twice_and_a_context_param_off_the_input_are_refused() -> None:
    model = _with_path("Items[*].Key")
    model["operations"]["Put"]["staticContextParams"] = {"Names": {"value": ["x"]}}
    error = _refused(model)
    assert error.pointer == "/operations/Put/operationContextParams/Names"
    assert "binds the endpoint parameter 'Names' twice" in error.problem
    model = _model()
    model["shapes"]["Item"]["members"]["Key"]["contextParam"] = {"name": "Name"}
    error = _refused(model)
    assert error.pointer == "/shapes/Item/members/Key/contextParam"
    assert "which is no operation's input" in error.problem


def _context_model() -> dict[str, Any]:
    """The one-operation model with a path, a member and a client context binding."""
    model = _with_path("Items[*].Key")
    model["shapes"]["PutInput"]["members"]["Name"]["contextParam"] = {"name": "Name"}
    model["clientContextParams"] = {
        "Flag": {"type": "boolean", "documentation": "<p>Route to the flag endpoint.</p>"}
    }
    return model


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The package generated from :func:`_context_model` and :data:`RULES`."""
    root = tmp_path_factory.mktemp("ctx")
    model_dir = root / "model"
    model_dir.mkdir()
    (model_dir / "service-2.json").write_text(json.dumps(_context_model()))
    (model_dir / "endpoint-rule-set-1.json").write_text(json.dumps(RULES))
    service = load_model(model_dir)
    assert [(p.name, p.python_name, p.type) for p in service.client_context_params] == [
        ("Flag", "flag", "boolean")
    ]
    package_dir = write_package(service, root / "out", "0.0.0")
    yield import_fresh(package_dir / "src", service.package_name)
    forget(service.package_name)


def _ctx_options(ctx: ModuleType, handler: SyncRecorder) -> dict[str, Any]:
    return {
        "region": "us-east-1",
        "credentials": ctx.Credentials("A", "B"),
        "request_handler": handler,
        "max_attempts": 1,
    }


def test_client_context_params_become_checked_client_options(home: Path, ctx: ModuleType) -> None:
    handler = SyncRecorder()
    client = ctx.CtxClient(flag=True, **_ctx_options(ctx, handler))
    assert client.config.client_context == {"Flag": True}
    with pytest.raises(ctx.ServiceError):
        client.put(items=[])  # no Name: the client context option routes
    assert [r.url for r in handler.requests] == ["https://flag.example.com/"]
    with pytest.raises(ValueError) as caught:
        ctx.CtxClient(flag="yes", **_ctx_options(ctx, handler))
    assert str(caught.value) == "flag from argument flag=: expected true or false, got str"


def test_each_route_is_signed_for_its_own_scope(home: Path, ctx: ModuleType) -> None:
    handler = SyncRecorder()
    client = ctx.CtxClient(**_ctx_options(ctx, handler))
    shapes = importlib.import_module(f"{ctx.__name__}.shapes")
    for name in ("eu-test-1", None, "ap-test-2"):
        with pytest.raises(ctx.ServiceError):
            client.put(items=[shapes.Item(key="k")], name=name)
    sent = [(r.url, r.headers["Authorization"].split("/")[2]) for r in handler.requests]
    assert sent == [
        ("https://eu-test-1.example.com/", "eu-test-1"),
        ("https://us-east-1.example.com/", "us-east-1"),
        ("https://ap-test-2.example.com/", "ap-test-2"),
    ]


def test_client_context_params_are_checked_against_the_rule_set() -> None:
    model = _context_model()
    model["clientContextParams"]["Flag"]["type"] = "string"
    error = _refused(model)
    assert error.pointer == "/clientContextParams/Flag/type"
    assert error.problem == "Flag is a string here but a Boolean in the endpoint rule set"
    model = _context_model()
    model["clientContextParams"] = {"Region": {"type": "string"}}
    error = _refused(model)
    assert error.problem == "the client option 'region' of 'Region' is already a client option"
    model["clientContextParams"] = {"Self": {"type": "string"}}
    rules = {**RULES, "parameters": {**RULES["parameters"], "Self": {"type": "String"}}}
    error = _refused(model, rules)
    assert error.problem == "'Self' does not give a Python option name"


def test_the_partner_central_model_binds_nothing() -> None:
    service = load_model(
        Path(__file__).resolve().parent.parent / "models" / "partnercentral-selling" / "2022-07-26"
    )
    assert not service.endpoint_params_per_call
    assert service.client_context_params == ()
    assert not service.takes_account_id_endpoint_mode
