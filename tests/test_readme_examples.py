"""The generated README's Python examples run as written, against a local server.

Each ```python block of ``generated/partnercentral-selling/README.md`` is
executed unchanged; only the environment differs from a user's: it points the
client at a :class:`LocalAwsServer` (``AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING``)
with test credentials, and the server checks every request's SigV4 signature.
It answers each operation with a minimal valid response: the output's required
members only (so a paginated list has one page), built from the model by
``tests/populate.py``, plus, for an operation a waiter polls, what ends the wait. A block that uses ``client`` without making one (the
pagination example continues the quick start) gets an open client. The errors
example runs a second time against a server answering with the modeled error
it catches, so its ``except`` branch is exercised too.
"""

from __future__ import annotations

import ast
import json
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from generator.emit.examples import example_literal
from generator.loaders import load_model
from partnercentral_selling import PartnerCentralSellingClient
from tests.localserver import (
    JSON_CONTENT_TYPE,
    Handler,
    LocalAwsServer,
    RecordedRequest,
    Response,
    error_response,
)
from tests.populate import populate, to_wire_json

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "generated" / "partnercentral-selling" / "README.md"
MODEL = ROOT / "models" / "partnercentral-selling" / "2022-07-26" / "service-2.json"
ACCESS_KEY, SECRET_KEY = "AKIDREADME", "readme-secret-key"
REGION = "us-east-1"  # the region the README's examples name
SHAPES: dict[str, Any] = json.loads(MODEL.read_text())["shapes"]
OPERATIONS: dict[str, Any] = json.loads(MODEL.read_text())["operations"]
ERROR_MESSAGE = "answered by the README test's server"
WAITERS = load_model(MODEL.parent).waiters


def python_blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```$", README.read_text(), re.S | re.M)


def required_only(name: str, value: Any) -> Any:
    """``value`` (a populated value of shape ``name``) cut down to its required members."""
    shape = SHAPES[name]
    if shape["type"] == "list":
        return [required_only(shape["member"]["shape"], item) for item in value]
    if shape["type"] == "map":
        return {k: required_only(shape["value"]["shape"], v) for k, v in value.items()}
    if shape["type"] != "structure" or shape.get("document"):
        return value
    # A union keeps its one member; a structure its required ones.
    keep = set(shape["members"]) if shape.get("union") else set(shape.get("required", ()))
    return {
        member: required_only(shape["members"][member]["shape"], item)
        for member, item in value.items()
        if member in keep
    }


def waiter_success(operation: str) -> dict[str, Any]:
    """Members that end a wait polling ``operation`` in success (the README's waiter example
    would otherwise poll for minutes): its first success acceptor's path, made true."""
    for waiter in WAITERS.values():
        for acceptor in waiter.acceptors if waiter.operation == operation else ():
            if acceptor.state == "success" and acceptor.argument is not None:
                return satisfying(acceptor.argument.split("."), acceptor.expected)
    return {}


def satisfying(path: list[str], expected: Any) -> Any:
    """The smallest document where the plain path ``A.B[].C`` finds ``expected``."""
    if not path:
        return expected
    name, projected = path[0].removesuffix("[]"), path[0].endswith("[]")
    inner = satisfying(path[1:], expected)
    return {name: [inner] if projected else inner}


def minimal_response(request: RecordedRequest) -> Response:
    """A valid answer to the operation the request's ``X-Amz-Target`` names."""
    operation_name = (request.header("X-Amz-Target") or "").rsplit(".", 1)[-1]
    operation = OPERATIONS[operation_name]
    body: Any = {}
    if "output" in operation:
        name = operation["output"]["shape"]
        body = to_wire_json(SHAPES, name, required_only(name, populate(SHAPES, name)))
        body.update(waiter_success(operation_name))
    headers = {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": str(uuid.uuid4())}
    return 200, headers, json.dumps(body).encode()


@pytest.fixture
def aws_env(home: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    return monkeypatch


@contextmanager
def serve(handler: Handler, env: pytest.MonkeyPatch) -> Iterator[LocalAwsServer]:
    """A signature-checking server the environment points the client at."""
    with LocalAwsServer(
        handler,
        credentials=(ACCESS_KEY, SECRET_KEY, None),
        region=REGION,
        service="partnercentral-selling",
    ) as server:
        env.setenv("AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING", server.url)
        yield server


def run_block(block: str) -> None:
    """Execute a README block as a script; give it an open ``client`` if it uses one unmade."""
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    tree = ast.parse(block)
    made = {
        node.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
    }
    made |= {
        node.optional_vars.id
        for node in ast.walk(tree)
        if isinstance(node, ast.withitem) and isinstance(node.optional_vars, ast.Name)
    }
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    if "client" in used and "client" not in made:
        with PartnerCentralSellingClient(region=REGION) as client:
            namespace["client"] = client
            exec(compile(tree, "<README block>", "exec"), namespace)
    else:
        exec(compile(tree, "<README block>", "exec"), namespace)


def readme_blocks() -> Iterator[Any]:
    for index, block in enumerate(python_blocks()):
        first = block.strip().splitlines()[0] if block.strip() else ""
        yield pytest.param(block, id=f"{index}-{re.sub(r'[^a-z_]+', '_', first.lower())[:40]}")


def test_readme_has_the_examples_it_documents() -> None:
    blocks = python_blocks()
    text = "\n".join(blocks)
    assert len(blocks) >= 5
    assert "asyncio.run(" in text and "except " in text and "paginate_" in text


@pytest.mark.parametrize("block", list(readme_blocks()))
def test_readme_block_runs_as_written(block: str, aws_env: pytest.MonkeyPatch) -> None:
    placeholders = [
        node
        for node in ast.walk(ast.parse(block))
        if isinstance(node, ast.Constant) and node.value is Ellipsis
    ]
    assert not placeholders, "a README example has a `...` placeholder: give it a value"
    with serve(minimal_response, aws_env) as server:
        run_block(block)
    assert all(request.signature_valid for request in server.requests)


def test_readme_errors_example_catches_the_modeled_error(
    aws_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    [block] = [block for block in python_blocks() if "except " in block and ".errors " in block]
    caught = re.search(r"^from \S+\.errors import (\w+)$", block, re.M)
    assert caught is not None, "the errors example catches no modeled error"
    code = caught.group(1)
    status = SHAPES[code].get("error", {}).get("httpStatusCode", 400)
    with serve(lambda request: error_response(status, code, ERROR_MESSAGE), aws_env) as server:
        run_block(block)
    assert len(server.requests) == 1  # a modeled client error: not retried
    assert all(request.signature_valid for request in server.requests)
    assert ERROR_MESSAGE in capsys.readouterr().out


def test_example_values_fit_their_shapes_constraints() -> None:
    """Every required string argument of every operation gets a value its pattern accepts."""
    service = load_model(MODEL.parent)
    checked = 0
    for operation in service.operations:
        for member in service.shapes[operation.input].members if operation.input else ():
            shape = service.shapes[member.target]
            if shape.kind != "string" or not member.required_argument:
                continue
            value = json.loads(
                example_literal(member, shape, service.customization.example_values)
            )
            limits = shape.constraints
            assert len(value) >= (limits.min or 0), (operation.name, member.python_name, value)
            assert limits.max is None or len(value) <= limits.max
            if limits.pattern is not None:
                assert re.fullmatch(limits.pattern, value), (operation.name, member.python_name)
            checked += 1
    assert checked > 100
