"""A model's own examples reach the docstrings and the site, with their real values, and run.

botocore's ``examples-1.json`` is read into ``Operation.examples`` (compared here with the
file itself); each example is rendered as a call with this package's names and classes, in
the sync and async method docstrings and on the operation's page. Every such call of two
real services runs as written against a local server that answers with the example's
output: the request carries the example's input, the response holds its output. Bad
examples files fail with the file and JSON pointer, an example that does not fit its
operation is left out with a warning saying where, and hostile example values stay data.
"""

from __future__ import annotations

import asyncio
import base64
import datetime
import html
import importlib
import inspect
import json
import re
import textwrap
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.docs.markdown import docstring_literal, html_to_markdown
from generator.emit.examples import string_literal
from generator.emit.package import write_package
from generator.emit.views import PythonView
from generator.errors import ModelError
from generator.loaders import load_model
from generator.model.example_checks import parse_timestamp
from generator.model.ir import Operation, Service, Shape
from tests.localserver import JSON_CONTENT_TYPE, LocalAwsServer, RecordedRequest
from tests.packages import DATA, SharedPackages, cut_model, import_fresh

PAIRS = DATA / "smithy-pairs"
MODELS = {
    "dynamodb": PAIRS / "dynamodb" / "2012-08-10" / "botocore",
    "ecs": PAIRS / "ecs" / "2014-11-13" / "botocore",
}
ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
REGION = "us-east-1"  # the region the site's examples name
CODE_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.S | re.M)


def _file_examples(name: str) -> dict[str, list[dict[str, Any]]]:
    examples: dict[str, list[dict[str, Any]]] = json.loads(
        (MODELS[name] / "examples-1.json").read_text()
    )["examples"]
    return examples


CASES = [
    (name, operation, index)
    for name in MODELS
    for operation, items in _file_examples(name).items()
    for index in range(len(items))
]


@pytest.fixture(scope="module")
def generated(shared_packages: SharedPackages) -> dict[str, tuple[Service, Path, ModuleType]]:
    made = {}
    for name, model in MODELS.items():
        service, package_dir = shared_packages.get(model)
        module = import_fresh(package_dir / "src", service.package_name)
        made[name] = (service, package_dir, module)
    return made


def _operation(service: Service, name: str) -> Operation:
    return next(operation for operation in service.operations if operation.name == name)


# -- the reader ----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(MODELS))
def test_the_botocore_reader_fills_the_ir_from_the_file(
    generated: dict[str, tuple[Service, Path, ModuleType]], name: str
) -> None:
    service = generated[name][0]
    file = _file_examples(name)
    assert file, "the test needs a service with examples"
    for operation in service.operations:
        expected = file.get(operation.name, [])
        assert [example.title for example in operation.examples] == [
            item["title"] for item in expected
        ]
        for example, item in zip(operation.examples, expected, strict=True):
            assert example.documentation == html_to_markdown(item["description"])
            assert example.input == item["input"]
            assert example.output == item.get("output")
            assert example.error == ""
    assert not [warning for warning in service.warnings if "examples-1.json" in warning]


# -- what the docs show --------------------------------------------------------------


def _data_strings(shapes: dict[str, Shape], name: str, value: Any) -> Iterator[str]:
    """The strings of an example's value of shape ``name`` that are data: map keys and
    text values (member names are written as Python names)."""
    shape = shapes[name]
    if isinstance(value, str):
        yield value
    elif shape.kind == "list":
        for item in value:
            yield from _data_strings(shapes, shape.member_target, item)
    elif shape.kind == "map":
        for key, item in value.items():
            yield key
            yield from _data_strings(shapes, shape.value_target, item)
    elif shape.kind in ("structure", "union"):
        members = {member.wire_name: member.target for member in shape.members}
        for key, item in value.items():
            yield from _data_strings(shapes, members[key], item)


def test_docstrings_and_pages_show_the_real_values(
    generated: dict[str, tuple[Service, Path, ModuleType]],
) -> None:
    service, package_dir, module = generated["dynamodb"]
    clients = [getattr(module, service.client_name), getattr(module, service.async_client_name)]
    shown = 0
    for name, items in _file_examples("dynamodb").items():
        operation = _operation(service, name)
        page = (package_dir / "docs" / "operations" / f"{operation.method_name}.md").read_text()
        docs = [inspect.getdoc(getattr(client, operation.method_name)) or "" for client in clients]
        for text in [page, *docs]:
            flat = " ".join(text.split())
            for item in items:
                assert item["title"] in flat, (name, item["title"])
                for value in _data_strings(service.shapes, operation.input, item["input"]):
                    assert string_literal(value) in text, (name, value)
                    shown += 1
    assert shown > 100


def test_operations_without_examples_keep_the_made_up_ones(
    generated: dict[str, tuple[Service, Path, ModuleType]],
) -> None:
    service, package_dir, _ = generated["dynamodb"]
    view = PythonView(service)
    plain = [operation for operation in service.operations if not operation.examples]
    assert plain
    for operation in plain:
        assert view.operation_example(operation).startswith("Example:\n```python\n")
        page = (package_dir / "docs" / "operations" / f"{operation.method_name}.md").read_text()
        call = f"client.{operation.method_name}("
        assert f"    response = {call}" in page or f"    {call}" in page, operation.name


# -- the examples run ----------------------------------------------------------------


def _convert(
    shapes: dict[str, Shape],
    name: str,
    value: Any,
    leaf: Callable[[Shape, str, Any], Any],
    timestamp_format: str = "",
) -> Any:
    """The example's JSON ``value`` of shape ``name`` with each scalar given to ``leaf``
    (with its member's timestamp format)."""
    shape = shapes[name]
    if value is None or shape.kind == "document":
        return value
    if shape.kind == "list":
        return [_convert(shapes, shape.member_target, item, leaf) for item in value]
    if shape.kind == "map":
        return {k: _convert(shapes, shape.value_target, v, leaf) for k, v in value.items()}
    if shape.kind in ("structure", "union"):
        members = {member.wire_name: member for member in shape.members}
        return {
            key: _convert(
                shapes, members[key].target, item, leaf, members[key].timestamp_format or ""
            )
            for key, item in value.items()
        }
    return leaf(shape, timestamp_format, value)


def _on_the_wire(shape: Shape, timestamp_format: str, value: Any) -> Any:
    """A scalar as awsJson sends it."""
    if shape.kind == "timestamp":
        moment = parse_timestamp(value)
        assert moment is not None
        iso = (timestamp_format or shape.timestamp_format) == "iso8601"
        return moment.isoformat() if iso else moment.timestamp()
    if shape.kind == "blob":
        return base64.b64encode(value.encode()).decode()
    return value


def _in_python(shape: Shape, timestamp_format: str, value: Any) -> Any:
    """A scalar as ``to_dict()`` gives it."""
    if shape.kind == "timestamp":
        return parse_timestamp(value)
    if shape.kind == "blob":
        return value.encode()
    return value


def _answer(service: Service, output: dict[str, Any] | None) -> Callable[[RecordedRequest], Any]:
    def handler(request: RecordedRequest) -> tuple[int, dict[str, str], bytes]:
        target = (request.header("X-Amz-Target") or "").rsplit(".", 1)[-1]
        operation = _operation(service, target)
        body = (
            _convert(service.shapes, operation.output, output, _on_the_wire)
            if operation.output
            else {}
        )
        headers = {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": str(uuid.uuid4())}
        return 200, headers, json.dumps(body or {}).encode()

    return handler


def _call_blocks(text: str) -> list[str]:
    """The code blocks of ``text`` that call the client, in order."""
    return [block for block in CODE_BLOCK.findall(text) if "client." in block]


@pytest.mark.parametrize(("name", "operation_name", "index"), CASES)
def test_every_example_runs_as_shown(
    generated: dict[str, tuple[Service, Path, ModuleType]],
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    operation_name: str,
    index: int,
) -> None:
    service, package_dir, module = generated[name]
    operation = _operation(service, operation_name)
    example = operation.examples[index]
    shapes = importlib.import_module(f"{service.package_name}.shapes")
    # The docstrings' examples name the classes of ``shapes`` (and ``datetime``) unimported.
    classes = {name: getattr(shapes, name) for name in dir(shapes) if not name.startswith("_")}
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    sync_doc = inspect.getdoc(getattr(getattr(module, service.client_name), operation.method_name))
    async_client = getattr(module, service.async_client_name)
    async_doc = inspect.getdoc(getattr(async_client, operation.method_name))
    page = (package_dir / "docs" / "operations" / f"{operation.method_name}.md").read_text()
    blocks = {
        "sync docstring": _call_blocks(sync_doc or "")[index],
        "async docstring": _call_blocks(async_doc or "")[index],
        "site page": _call_blocks(page)[index],
    }
    credentials = (ACCESS_KEY, SECRET_KEY, None)
    signing = service.metadata.signing_name
    handler = _answer(service, example.output)
    with LocalAwsServer(
        handler, credentials=credentials, region=REGION, service=signing
    ) as server:
        monkeypatch.setenv(f"AWS_ENDPOINT_URL_{service.metadata.env_name}", server.url)
        results = []
        for where, block in blocks.items():
            namespace: dict[str, Any] = {"datetime": datetime, **classes}
            if where == "site page":
                exec(compile(block, f"<{where}>", "exec"), namespace)
            elif where == "sync docstring":
                with getattr(module, service.client_name)(region=REGION) as client:
                    namespace["client"] = client
                    exec(compile(block, f"<{where}>", "exec"), namespace)
            else:
                source = "async def _example(client):\n" + textwrap.indent(block, "    ")
                source += "\n    return locals().get('response')"
                exec(compile(source, f"<{where}>", "exec"), namespace)
                namespace["response"] = asyncio.run(_run_async(async_client, namespace))
            results.append(namespace.get("response"))
        requests = server.requests
        assert not server.errors
    assert len(requests) == 3
    expected_input = _convert(service.shapes, operation.input, example.input, _on_the_wire)
    for request in requests:
        assert request.signature_valid
        assert (
            request.header("X-Amz-Target") == f"{service.metadata.target_prefix}.{operation.name}"
        )
        sent = json.loads(request.body)
        for token in set(operation.idempotency_tokens) - set(example.input):
            assert sent.pop(token)  # the client fills a token the example leaves out
        assert sent == expected_input
    for response in results:
        if operation.output is None:
            assert response is None
        else:
            expected = _convert(service.shapes, operation.output, example.output or {}, _in_python)
            assert response.to_dict() == expected


async def _run_async(client_class: Any, namespace: dict[str, Any]) -> Any:
    async with client_class(region=REGION) as client:
        return await namespace["_example"](client)


# -- bad examples files --------------------------------------------------------------


@pytest.fixture(scope="module")
def small_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dynamodb cut to two operations, without examples."""
    model = tmp_path_factory.mktemp("small") / "model"
    cut_model(MODELS["dynamodb"], model, ["DescribeTable", "ListTables"])
    return model


def _with_examples(small_model: Path, tmp_path: Path, text: str) -> Path:
    model = tmp_path / "model"
    model.mkdir()
    for file in small_model.iterdir():
        (model / file.name).write_bytes(file.read_bytes())
    (model / "examples-1.json").write_text(text)
    return model


def _example(**values: Any) -> dict[str, Any]:
    return {"title": "To describe a table", "description": "<p>It describes.</p>", **values}


def _file(examples: dict[str, Any]) -> str:
    return json.dumps({"version": "1.0", "examples": examples})


@pytest.mark.parametrize(
    ("text", "pointer", "problem"),
    [
        ('{"version": "1.0", "examples": {', "", "invalid JSON at line 1"),
        (
            _file({"DescribeTable": [{"title": "t", "inptu": {}}]}),
            "/examples/DescribeTable/0",
            "unknown key 'inptu'",
        ),
        (
            _file({"DescribeTable": [{"input": {}}]}),
            "/examples/DescribeTable/0",
            "missing required key 'title'",
        ),
        (_file({"DescribeTable": {"title": "t"}}), "/examples/DescribeTable", "must be an array"),
        (
            _file({"DeleteTable": [_example(input={"TableName": "Music"})]}),
            "/examples/DeleteTable",
            "unknown operation 'DeleteTable'",
        ),
    ],
    ids=["not-json", "unknown-key", "no-title", "not-a-list", "unknown-operation"],
)
def test_a_bad_examples_file_is_refused_with_file_and_pointer(
    small_model: Path, tmp_path: Path, text: str, pointer: str, problem: str
) -> None:
    model = _with_examples(small_model, tmp_path, text)
    with pytest.raises(ModelError) as caught:
        load_model(model)
    assert caught.value.file == str(model / "examples-1.json")
    assert caught.value.pointer == pointer
    assert problem in caught.value.problem
    assert len(str(caught.value).splitlines()) == 1


@pytest.mark.parametrize(
    ("values", "pointer", "problem"),
    [
        ({"input": {"TableNmae": "Music"}}, "/input/TableNmae", "has no member 'TableNmae'"),
        ({"input": {"TableName": ["Music"]}}, "/input/TableName", "expected a string"),
        ({"input": {}}, "/input", "requires 'TableName'"),
        (
            {"input": {"TableName": "Music"}, "output": {"Table": {"ItemCount": "none"}}},
            "/output/Table/ItemCount",
            "expected a whole number",
        ),
        (
            {"input": {"TableName": "Music"}, "output": {"Table": {"CreationDateTime": "May"}}},
            "/output/Table/CreationDateTime",
            "is not a date and time",
        ),
    ],
    ids=["unknown-member", "wrong-type", "missing-required", "output-type", "bad-timestamp"],
)
def test_an_example_that_does_not_fit_is_left_out_with_a_warning(
    small_model: Path, tmp_path: Path, values: dict[str, Any], pointer: str, problem: str
) -> None:
    good = _example(input={"TableName": "Music"})
    text = _file({"DescribeTable": [good, _example(**values)], "ListTables": [_example()]})
    model = _with_examples(small_model, tmp_path, text)
    service = load_model(model)
    assert [len(_operation(service, n).examples) for n in ("DescribeTable", "ListTables")] == [
        1,
        1,
    ]
    [warning] = [w for w in service.warnings if "examples-1.json" in w]
    assert warning.startswith(f"{model / 'examples-1.json'}#/examples/DescribeTable/1{pointer}: ")
    assert problem in warning


# -- hostile values ------------------------------------------------------------------

PAYLOADS = [
    '"""; import os; os.system("echo pwned")  #',
    "'''\\\n__import__('os').system('x')",
    "\\N{BULLET} \\x00 \\u2028 \u2028 \u2029 \x85 \r\n\t",
    "```\n</p><script>alert(1)</script>{{ 7*7 }}{% raise %}",
    '"',
    "\\",
    "é ☃ 😀",
]
HOSTILE_SHAPES: dict[str, Any] = {
    "DoThingInput": {
        "type": "structure",
        "members": {
            "Text": {"shape": "Text"},
            "Texts": {"shape": "Texts"},
            "Labels": {"shape": "Labels"},
            "Data": {"shape": "Data"},
            "Doc": {"shape": "Doc"},
        },
    },
    "DoThingOutput": {"type": "structure", "members": {"Text": {"shape": "Text"}}},
    "Text": {"type": "string"},
    "Texts": {"type": "list", "member": {"shape": "Text"}},
    "Labels": {"type": "map", "key": {"shape": "Text"}, "value": {"shape": "Text"}},
    "Data": {"type": "blob"},
    "Doc": {"type": "structure", "members": {}, "document": True},
}


def _hostile_model(root: Path, examples: list[dict[str, Any]]) -> Path:
    model = root / "model"
    model.mkdir()
    raw = {
        "version": "2.0",
        "metadata": {
            "apiVersion": "2020-01-01",
            "endpointPrefix": "hostileexamples",
            "jsonVersion": "1.0",
            "protocol": "json",
            "serviceId": "HostileExamples",
            "signatureVersion": "v4",
            "targetPrefix": "Hostile",
        },
        "operations": {
            "DoThing": {
                "name": "DoThing",
                "http": {"method": "POST", "requestUri": "/"},
                "input": {"shape": "DoThingInput"},
                "output": {"shape": "DoThingOutput"},
            }
        },
        "shapes": HOSTILE_SHAPES,
    }
    (model / "service-2.json").write_text(json.dumps(raw))
    (model / "examples-1.json").write_text(_file({"DoThing": examples}))
    return model


def _hostile_example(
    text: str, texts: list[str], labels: dict[str, str], doc: Any
) -> dict[str, Any]:
    return {
        "title": text or "t",
        "description": f"<p>{html.escape(text)}</p>",
        "input": {"Text": text, "Texts": texts, "Labels": labels, "Data": text, "Doc": doc},
        "output": {"Text": text},
    }


class _Recorder:
    """A stand-in client: records the arguments of its one method."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def do_thing(self, **arguments: Any) -> None:
        self.calls.append(arguments)


_TEXT = st.text(st.characters(blacklist_categories=()), max_size=12)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | _TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=8,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=_TEXT | st.sampled_from(PAYLOADS),
    texts=st.lists(_TEXT | st.sampled_from(PAYLOADS), max_size=3),
    labels=st.dictionaries(_TEXT | st.sampled_from(PAYLOADS), _TEXT, max_size=3),
    doc=_JSON,
)
def test_hostile_example_values_stay_data_in_the_docstring(
    tmp_path_factory: pytest.TempPathFactory,
    text: str,
    texts: list[str],
    labels: dict[str, str],
    doc: Any,
) -> None:
    root = tmp_path_factory.mktemp("hostile-example")
    service = load_model(_hostile_model(root, [_hostile_example(text, texts, labels, doc)]))
    operation = service.operations[0]
    assert len(operation.examples) == 1
    docstring = PythonView(service).operation_doc(operation)
    source = f'def method():\n    """\n    {docstring_literal(docstring, "    ")}\n    """\n'
    namespace: dict[str, Any] = {}
    exec(compile(source, "<method>", "exec"), namespace)
    assert inspect.cleandoc(namespace["method"].__doc__) == docstring
    [call, returned] = CODE_BLOCK.findall(docstring)
    recorder = _Recorder()
    exec(compile(call, "<example>", "exec"), {"client": recorder})
    assert recorder.calls == [
        {
            "text": text,
            "texts": texts,
            "labels": labels,
            "data": text.encode("utf-8", "surrogatepass"),
            "doc": doc,
        }
    ]
    assert eval(returned, {"DoThingOutput": dict}) == {"text": text}


def test_a_package_with_hostile_examples_compiles_and_keeps_them_as_data(
    tmp_path: Path,
) -> None:
    examples = [_hostile_example(p, PAYLOADS, {p: p}, {p: [p]}) for p in PAYLOADS]
    service = load_model(_hostile_model(tmp_path, examples))
    package_dir = write_package(service, tmp_path / "out", "0.0.0")
    for file in package_dir.rglob("*.py"):
        compile(file.read_text(encoding="utf-8"), str(file), "exec")
    module = import_fresh(package_dir / "src", service.package_name)
    doc = inspect.getdoc(module.HostileExamplesClient.do_thing) or ""
    recorder = _Recorder()
    for block in _call_blocks(doc):
        exec(compile(block, "<example>", "exec"), {"client": recorder})
    assert [call["text"] for call in recorder.calls] == PAYLOADS
    page = (package_dir / "docs" / "operations" / "do_thing.md").read_text(encoding="utf-8")
    assert len(_call_blocks(page)) == len(PAYLOADS)
