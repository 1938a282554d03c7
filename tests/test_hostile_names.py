"""Any model name gives a package that compiles, imports and round-trips calls.

Models are built from names that generated code or Python itself already
uses: keywords and soft keywords, builtins, the typing helpers and runtime
classes generated modules import, the runtime exceptions the package
re-exports, the attributes and methods of generated classes and clients.
Each model is generated, imported, and called over real HTTP against a local
server that echoes the request, or answers with a modeled error. A model is
either refused with one line naming the file and JSON pointer, or it works.

The generated modules are also read as code: every builtin they use must be
one ``generator.naming`` knows, and no function whose parameters come from
the model may read a name that such a parameter could shadow.
"""

from __future__ import annotations

import ast
import builtins
import importlib
import itertools
import json
import keyword
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator.model import naming
from generator.errors import ModelError
from generator.model.ir import Member, Service
from generator.loaders import load_model
from generator.emit.package import write_package
from tests.conftest import GENERATED_SRC
from tests.localserver import JSON_CONTENT_TYPE, LocalAwsServer, RecordedRequest

TYPING_AND_RUNTIME_NAMES = [
    "TYPE_CHECKING",
    "TypeVar",
    "Any",
    "Sequence",
    "Mapping",
    "NoReturn",
    "TracebackType",
    "ClientCore",
    "AsyncClientCore",
    "CallPipeline",
    "Command",
    "Credentials",
    "CredentialsProvider",
    "RequestHandler",
    "AsyncRequestHandler",
    "Interceptor",
    "Paginator",
    "AsyncPaginator",
    "RetryStrategy",
    "ClientConfig",
    "OperationSpec",
    "ServiceSpec",
    "AwsJsonProtocol",
    "PageSpec",
    "Structure",
    "TaggedUnion",
    "UnknownVariant",
    "OpenEnum",
    "LazyModule",
    "REASONS",
    "annotations",
    "logging",
    "datetime",
]
SERVICE_ID = "Hostile"
SERVICE_CLASSES = list(naming.service_class_names(SERVICE_ID))
SHAPE_NAMES = sorted(
    {
        *(n for n in dir(builtins) if n[0].isalpha()),
        *keyword.kwlist,
        *keyword.softkwlist,
        *TYPING_AND_RUNTIME_NAMES,
        *naming.REEXPORTED_ERRORS,
        *SERVICE_CLASSES,
    }
    - {"_"}
)
CLASS_MEMBERS = [
    "_encode",
    "_decode",
    "_encode_value",
    "__slots__",
    "__init__",
    "__Token",
    "_WIRE_NAMES",
    "_REQUIRED",
    "_SENSITIVE",
    "_fields",
    "_check_keys",
    "_core",
    "to_dict",
    "ToDict",
    "from_dict",
    "FromDict",
    "self",
    "Self",
    "cls",
    "value",
    "Value",
    "tag",
    "unknown_tag",
    "wire",
    "data",
    "fields",
    "get",
    "member",
    "out",
    "options",
    "command",
    "Client",
    "Request",
    "Config",
    "Close",
    "Send",
    "_ops",
    "_shapes",
]
MEMBER_NAMES = sorted(
    {
        *keyword.kwlist,
        *keyword.softkwlist,
        *dir(builtins),
        *CLASS_MEMBERS,
        *TYPING_AND_RUNTIME_NAMES,
    }
    - {"_", "__"}
)
ERROR_MEMBER_NAMES = [
    "Code",
    "StatusCode",
    "RequestId",
    "Details",
    "Fault",
    "HttpStatus",
    "Retryable",
    "RetryAfter",
    "ClockSkewCorrected",
    "Context",
    "Args",
    "WithTraceback",
    "AddNote",
    "code",
    "retryable",
    "retry_after",
    "clock_skew_corrected",
    "status_code",
    "request_id",
    "super",
    "self",
]
OPERATION_NAMES = [
    "Service",
    "Close",
    "Send",
    "Config",
    "Class",
    "Import",
    "Match",
    "Type",
    "None",
    "TypeVar",
    "Any",
    "Enter",
    "Exit",
    "Command",
    "Credentials",
    "GetThing",
    "Dict",
]
_NUMBERS = itertools.count()
_ERROR_BODY: dict[str, bytes] = {}


def hostile_model(
    operations: list[str], shapes: list[str], members: list[str], error_members: list[str]
) -> dict[str, Any]:
    """A model whose operations, shapes and members take the given names.

    ``shapes`` names, in order: the error, the enum, the union, then the input
    and output of each operation, then structures no operation uses. Every
    structure has ``members`` (a string, an enum, a list of enums, the union
    and an integer, in turn), so an echo of a request is a valid response.
    The union's variants take the first two member names.
    """
    error, enum, union, *structures = shapes
    targets = ["HStr", enum, "HEnumList", union, "HInt"]
    structure = {
        "type": "structure",
        "members": {name: {"shape": targets[i % len(targets)]} for i, name in enumerate(members)},
    }
    model_shapes: dict[str, Any] = {
        "HStr": {"type": "string"},
        "HInt": {"type": "integer"},
        "HEnumList": {"type": "list", "member": {"shape": enum}},
        enum: {"type": "string", "enum": ["A", "B c", "None"]},
        union: {
            "type": "structure",
            "union": True,
            "members": {name: {"shape": "HStr"} for name in members[:2]},
        },
        error: {
            "type": "structure",
            "exception": True,
            "error": {"httpStatusCode": 400, "senderFault": True},
            "members": {name: {"shape": "HStr"} for name in [*error_members, "Message"]},
        },
    }
    model_shapes |= {name: {**structure, "required": members[:1]} for name in structures}
    model_operations = {
        operation: {
            "name": operation,
            "http": {"method": "POST", "requestUri": "/"},
            "input": {"shape": input_name},
            "output": {"shape": output_name},
            "errors": [{"shape": error}],
        }
        for operation, input_name, output_name in zip(
            operations, structures[::2], structures[1::2]
        )
    }
    return {
        "version": "2.0",
        "metadata": {
            "apiVersion": "2020-01-01",
            "endpointPrefix": f"hostile{next(_NUMBERS)}",
            "jsonVersion": "1.0",
            "protocol": "json",
            "serviceFullName": "Hostile Names Service",
            "serviceId": SERVICE_ID,
            "signingName": "hostile",
            "signatureVersion": "v4",
            "targetPrefix": "Hostile",
            "uid": "hostile-2020-01-01",
        },
        "operations": model_operations,
        "shapes": model_shapes,
    }


def _answer(request: RecordedRequest) -> tuple[int, dict[str, str], bytes]:
    """Echo the request body, or answer with the error body a test has set."""
    body = _ERROR_BODY.get("body")
    if body is not None:
        return 400, {"Content-Type": JSON_CONTENT_TYPE}, body
    return 200, {"Content-Type": JSON_CONTENT_TYPE}, request.body


@pytest.fixture(scope="module")
def server() -> Iterator[LocalAwsServer]:
    with LocalAwsServer(
        _answer, credentials=("AKID", "SECRET", None), region="us-east-1", service="hostile"
    ) as running:
        yield running


def generate(model: dict[str, Any], root: Path) -> tuple[Service, Path]:
    """Generate ``model`` under ``root``; return its IR and the package's source folder."""
    number = next(_NUMBERS)
    model_dir = root / f"model{number}"
    model_dir.mkdir(parents=True)
    (model_dir / "service-2.json").write_text(json.dumps(model))
    service = load_model(model_dir)
    package_dir = write_package(service, root / f"out{number}", "0.0.0")
    return service, package_dir / "src"


def _argument(service: Service, member: Member, index: int) -> tuple[Any, Any]:
    """``(argument, its JSON on the wire)`` for ``member``, built with the generated classes."""
    shape = service.shapes[member.target]
    if shape.kind == "string":
        return f"v{index}", f"v{index}"
    if shape.kind == "integer":
        return index, index
    if shape.kind == "enum":
        return "B c", "B c"
    if shape.kind == "list":
        return ["A", "None"], ["A", "None"]
    variant = shape.members[0]
    shapes = importlib.import_module(f"{service.package_name}.shapes")
    return getattr(shapes, variant.variant_class)(f"u{index}"), {variant.wire_name: f"u{index}"}


def round_trip(service: Service, src: Path, server: LocalAwsServer) -> None:
    """Import the package, call every operation, and check what went and came back."""
    sys.path.insert(0, str(src))
    try:
        package = importlib.import_module(service.package_name)
    finally:
        sys.path.remove(str(src))
    client_class = getattr(package, service.client_name)
    with client_class(
        region="us-east-1",
        endpoint_url=server.url,
        credentials=package.Credentials("AKID", "SECRET"),
    ) as client:
        for operation in service.operations:
            assert operation.input is not None
            members = service.shapes[operation.input].members
            values = {m.python_name: _argument(service, m, i) for i, m in enumerate(members)}
            server.clear()
            result = getattr(client, operation.method_name)(
                **{name: argument for name, (argument, _) in values.items()}
            )
            (request,) = server.requests
            assert request.header("X-Amz-Target") == f"Hostile.{operation.name}"
            assert request.json() == {m.wire_name: values[m.python_name][1] for m in members}
            for name, (argument, _) in values.items():
                assert getattr(result, name) == argument
        _modeled_error_is_raised_once(service, client, server)


def _modeled_error_is_raised_once(service: Service, client: Any, server: LocalAwsServer) -> None:
    """A 400 with every member of the modeled error set: raised as its class, not retried."""
    errors = importlib.import_module(f"{service.package_name}.errors")
    (error_shape,) = service.errors
    body = {"__type": f"com.example#{error_shape.name}"}
    body |= {m.wire_name: f"e-{m.wire_name}" for m in error_shape.members}
    operation = service.operations[0]
    assert operation.input is not None
    first = service.shapes[operation.input].members[0]
    server.clear()
    _ERROR_BODY["body"] = json.dumps(body).encode()
    try:
        with pytest.raises(getattr(errors, error_shape.python_name)) as raised:
            getattr(client, operation.method_name)(
                **{first.python_name: _argument(service, first, 0)[0]}
            )
    finally:
        del _ERROR_BODY["body"]
    error = raised.value
    assert len(server.requests) == 1, "a client error was retried"
    assert (error.code, error.status_code) == (error_shape.name, 400)
    assert (error.message, error.details) == (body["Message"], body)
    assert error.retryable is None and error.retry_after is None
    assert error.clock_skew_corrected is False
    for member in error_shape.members:
        if member.python_name != "message":
            assert getattr(error, member.python_name) == f"e-{member.wire_name}"


def check_generated_scopes(src: Path, service: Service) -> None:
    """Read the generated modules as code: builtins known, member parameters harmless."""
    package = src / service.package_name
    # The runtime and the emulator's behaviours are written by hand, not from the model,
    # and import no model name that could shadow a builtin.
    modules = [p for p in sorted(package.rglob("*.py")) if "_emulator" not in p.parts]
    assert len(modules) > 10, modules
    for path in modules:
        module = ".".join(path.relative_to(package).with_suffix("").parts)
        tree = ast.parse(path.read_text())
        unknown = _builtins_read(tree) - naming.GENERATED_CODE_BUILTINS
        assert not unknown, f"{module}.py uses builtins naming.py does not know: {unknown}"
        for function in _member_parameter_functions(tree, module):
            params = {a.arg for a in (*function.args.args, *function.args.kwonlyargs)}
            if function.args.kwarg:
                params.add(function.args.kwarg.arg)
            free = _free_names(function) - params
            shadowable = {n for n in free if not n.startswith("_") and n not in ("self", "cls")}
            assert not shadowable, f"{module}.{function.name} reads {shadowable}"


def _builtins_read(tree: ast.Module) -> set[str]:
    """The builtins a module reads: names it reads and binds in no enclosing scope."""
    builtin_names = set(dir(builtins)) - {"__name__", "__package__"}
    module_bound = _bound(tree.body)
    found: set[str] = set()

    def visit(nodes: list[ast.stmt], bound: set[str]) -> None:
        for node in nodes:
            for child in _scope_nodes(node):
                if isinstance(child, ast.Name) and isinstance(child.ctx, ast.Load):
                    if child.id in builtin_names and child.id not in bound:
                        found.add(child.id)
            for function in _functions(node):
                arguments = function.args
                params = {a.arg for a in (*arguments.posonlyargs, *arguments.args)}
                params |= {a.arg for a in arguments.kwonlyargs}
                params |= {a.arg for a in (arguments.vararg, arguments.kwarg) if a is not None}
                visit(function.body, bound | params | _bound(function.body))

    visit(tree.body, module_bound)
    return found


def _scope_nodes(node: ast.AST) -> Iterator[ast.AST]:
    """``node`` and what it holds in its own scope: function bodies are left out."""
    yield node
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        children: list[ast.AST] = [*node.decorator_list, node.args]
        children += [node.returns] if node.returns is not None else []
    else:
        children = list(ast.iter_child_nodes(node))
    for child in children:
        yield from _scope_nodes(child)


def _functions(node: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    """The functions directly inside ``node`` (through classes and blocks, not functions)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield child
        else:
            yield from _functions(child)


def _bound(body: list[ast.stmt]) -> set[str]:
    """Names a block binds: imports, classes, functions, assignment targets."""
    names: set[str] = set()
    for statement in body:
        for node in ast.walk(statement):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names.update((a.asname or a.name).split(".")[0] for a in node.names)
            elif isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                names.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
    return names


def _member_parameter_functions(tree: ast.Module, module: str) -> Iterator[ast.FunctionDef]:
    """Functions whose parameters include model member names.

    Shape and error constructors, and every client method but ``__init__``
    (operations, paginators and waiters take the input's members).
    """
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        for function in cls.body:
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if module in ("client", "aio_client"):
                if function.name != "__init__":
                    yield function  # type: ignore[misc]
            elif function.name == "__init__":
                yield function  # type: ignore[misc]


def _free_names(function: ast.FunctionDef) -> set[str]:
    """Names read in ``function``'s body that it does not assign itself."""
    assigned = {
        node.id
        for node in ast.walk(function)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
    }
    read = {
        node.id
        for statement in function.body
        for node in ast.walk(statement)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)
    }
    return read - assigned


def _is_one_line_with_its_place(exc: ModelError) -> bool:
    message = str(exc)
    return "\n" not in message and "service-2.json#/" in message


def test_the_names_the_issue_names(tmp_path: Path, server: LocalAwsServer) -> None:
    """A shape ``dict`` and ``TypeVar``, an error ``TransportError``, members ``_encode``
    and ``__Token``, operations ``Service`` and ``Close``: each works, and where a name
    had to change it changed by the documented rule."""
    model = hostile_model(
        ["Service", "Close"],
        ["TransportError", "dict", "TypeVar", "Command", "Credentials", "Sequence", "ClientCore"],
        ["_encode", "__Token", "Type", "From", "Self"],
        ["Retryable", "Code", "Context"],
    )
    service, src = generate(model, tmp_path)
    classes = {name: service.shapes[name].python_name for name in ("TransportError", "dict")}
    assert classes == {"TransportError": "TransportError_", "dict": "dict_"}
    kept = ["TypeVar", "Command", "Credentials", "Sequence", "ClientCore"]
    assert [service.shapes[name].python_name for name in kept] == kept
    assert [o.method_name for o in service.operations] == ["close_", "service"]
    members = [m.python_name for m in service.shapes["Command"].members]
    assert members == ["encode_", "Token_", "type", "from_", "self_"]
    error_members = [m.python_name for m in service.shapes["TransportError"].members]
    assert error_members == ["retryable_", "code_", "context_", "message"]
    check_generated_scopes(src, service)
    round_trip(service, src, server)


def _distinct_chunks(names: list[str], size: int, of_error: bool = False) -> list[list[str]]:
    """``names`` in chunks of at most ``size`` whose members' Python names all differ."""
    chunks: list[list[str]] = []
    for name in names:
        python_name = naming.member_name(name, of_error=of_error)
        chunk = next(
            (
                c
                for c in chunks
                if len(c) < size
                and python_name not in {naming.member_name(n, of_error=of_error) for n in c}
            ),
            None,
        )
        if chunk is None:
            chunks.append(chunk := [])
        chunk.append(name)
    return chunks


def test_every_hostile_name_at_once(tmp_path: Path, server: LocalAwsServer) -> None:
    """Every name of the pools: all shapes and operations in one model, members in a few more."""
    error_chunks = _distinct_chunks(ERROR_MEMBER_NAMES, len(ERROR_MEMBER_NAMES), of_error=True)
    member_chunks = _distinct_chunks(MEMBER_NAMES, 60)
    models = [hostile_model(OPERATION_NAMES, SHAPE_NAMES, ["Id", "Type", "Self"], [])]
    models += [
        hostile_model(OPERATION_NAMES[:3], SHAPE_NAMES[:9], members, error_members)
        for members, error_members in zip(member_chunks, itertools.cycle(error_chunks))
    ]
    for number, model in enumerate(models):
        service, src = generate(model, tmp_path / str(number))
        check_generated_scopes(src, service)
        round_trip(service, src, server)


@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    operations=st.lists(st.sampled_from(OPERATION_NAMES), min_size=1, max_size=3, unique=True),
    shapes=st.lists(st.sampled_from(SHAPE_NAMES), min_size=9, max_size=9, unique=True),
    members=st.lists(st.sampled_from(MEMBER_NAMES), min_size=1, max_size=5, unique=True),
    error_members=st.lists(st.sampled_from(ERROR_MEMBER_NAMES), max_size=4, unique=True),
)
def test_models_of_hostile_names_generate_import_and_round_trip(
    tmp_path: Path,
    server: LocalAwsServer,
    operations: list[str],
    shapes: list[str],
    members: list[str],
    error_members: list[str],
) -> None:
    model = hostile_model(operations, shapes, members, error_members)
    try:
        service, src = generate(model, tmp_path)
    except ModelError as exc:
        assert _is_one_line_with_its_place(exc), exc
        event("refused")
        return
    event("generated")
    check_generated_scopes(src, service)
    round_trip(service, src, server)


def test_the_committed_package_reads_no_shadowable_name() -> None:
    """The same scope checks on the committed Partner Central package."""
    model = Path(__file__).resolve().parent.parent / "models/partnercentral-selling/2022-07-26"
    check_generated_scopes(GENERATED_SRC, load_model(model))


def test_a_variant_class_that_is_a_shapes_name_gets_variant_appended(
    tmp_path: Path, server: LocalAwsServer
) -> None:
    """sagemaker's union ``AIModelSource`` has a member ``S3`` of the shape ``AIModelSourceS3``."""
    model = hostile_model(["GetThing"], ["Err", "Kind", "Source", "In", "Out"], ["S3", "Id"], [])
    model["shapes"]["SourceS3"] = {"type": "structure", "members": {"Uri": {"shape": "HStr"}}}
    model["shapes"]["Source"]["members"]["S3"] = {"shape": "SourceS3"}
    service, src = generate(model, tmp_path)
    variants = [m.variant_class for m in service.shapes["Source"].members]
    assert variants == ["SourceS3Variant", "SourceId"]
    assert service.shapes["SourceS3"].python_name == "SourceS3"
    model["shapes"]["SourceS3Variant"] = {"type": "structure", "members": {}}
    model["metadata"]["endpointPrefix"] += "x"
    with pytest.raises(ModelError, match="SourceS3Variant"):
        generate(model, tmp_path / "again")
