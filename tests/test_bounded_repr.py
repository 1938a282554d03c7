"""Bounded reprs: a shape value printed at any depth or width is a short text, and never raises.

DEBUG logging prints every typed input and output (runtime/pipeline/core.py), so a shape's
``repr`` must stay small and must not raise ``RecursionError``, whatever the value. A
synthetic model with a recursive structure (a ``Node`` holding a list of ``Node``) is
generated here; its values are printed directly (10,000 deep and 100,000 wide in
memory, random trees from hypothesis) and by DEBUG logging of calls over real HTTP
answered with ever deeper responses. The sensitive member holds a marker that must never
print.
"""

from __future__ import annotations

import importlib
import json
import logging
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.emit.package import write_package
from generator.loaders import load_model
from runtime.model.structure import ELIDED, REPR_MAX_CHARS, REPR_MAX_DEPTH, REPR_MAX_ITEMS
from runtime.model.structure import REPR_MAX_STRING
from tests.localserver import JSON_CONTENT_TYPE, LocalAwsServer, RecordedRequest, Response

MARK = "s3ns1tive"
LONGEST = REPR_MAX_CHARS + len(ELIDED)
MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": {
        "apiVersion": "2020-01-01",
        "endpointPrefix": "reprtree",
        "jsonVersion": "1.0",
        "protocol": "json",
        "serviceFullName": "Repr Tree",
        "serviceId": "Repr Tree",
        "signatureVersion": "v4",
        "signingName": "reprtree",
        "targetPrefix": "ReprTree",
        "uid": "reprtree-2020-01-01",
    },
    "operations": {
        "GetTree": {
            "name": "GetTree",
            "http": {"method": "POST", "requestUri": "/"},
            "input": {"shape": "GetTreeInput"},
            "output": {"shape": "GetTreeOutput"},
        }
    },
    "shapes": {
        "GetTreeInput": {"type": "structure", "members": {"Id": {"shape": "Text"}}},
        "GetTreeOutput": {"type": "structure", "members": {"Root": {"shape": "Node"}}},
        "Node": {
            "type": "structure",
            "members": {
                "Name": {"shape": "Text"},
                "Secret": {"shape": "Secret"},
                "Count": {"shape": "Count"},
                "Labels": {"shape": "Labels"},
                "Children": {"shape": "NodeList"},
            },
        },
        "NodeList": {"type": "list", "member": {"shape": "Node"}},
        "Labels": {"type": "map", "key": {"shape": "Text"}, "value": {"shape": "Text"}},
        "Text": {"type": "string"},
        "Secret": {"type": "string", "sensitive": True},
        "Count": {"type": "long"},
    },
}


class Generated(NamedTuple):
    """The generated package of MODEL: its client class and its modules."""

    client: Any
    credentials: Any
    shapes: ModuleType
    errors: ModuleType


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    root = tmp_path_factory.mktemp("reprtree")
    (root / "model").mkdir()
    (root / "model" / "service-2.json").write_text(json.dumps(MODEL))
    service = load_model(root / "model")
    package_dir = write_package(service, root / "out", "0.0.0")
    sys.path.insert(0, str(package_dir / "src"))
    package = importlib.import_module(service.package_name)
    return Generated(
        getattr(package, service.client_name),
        package.Credentials,
        importlib.import_module(f"{service.package_name}.shapes"),
        importlib.import_module(f"{service.package_name}.errors"),
    )


def chain(tree: Generated, depth: int) -> Any:
    """A Node with ``depth`` single-child levels below it, built without recursion."""
    node = tree.shapes.Node(name="leaf", secret=f"{MARK}-leaf")
    for level in range(depth):
        node = tree.shapes.Node(name=f"n{level}", secret=f"{MARK}{level}", children=[node])
    return node


def expected_repr(node: Any) -> str:
    """The plain, unbounded repr of a Node: what a value within every limit must print as."""
    parts = []
    for name in ("name", "secret", "count", "labels", "children"):
        value = getattr(node, name)
        if value is None:
            continue
        if name == "secret":
            shown = "***"
        elif name == "children":
            shown = "[" + ", ".join(expected_repr(child) for child in value) + "]"
        else:
            shown = repr(value)
        parts.append(f"{name}={shown}")
    return f"Node({', '.join(parts)})"


def height(node: Any) -> int:
    return 1 + max((height(child) for child in node.children or ()), default=0)


def within_limits(node: Any) -> bool:
    """Every list, map and string short enough to print in full."""
    strings = [node.name or "", *(node.labels or {}), *(node.labels or {}).values()]
    return (
        all(len(text) <= REPR_MAX_STRING for text in strings)
        and len(node.children or ()) <= REPR_MAX_ITEMS
        and len(node.labels or {}) <= REPR_MAX_ITEMS
        and all(within_limits(child) for child in node.children or ())
    )


# -- in memory ----------------------------------------------------------------------------


def test_a_value_10000_deep_prints_a_few_levels_then_an_ellipsis(tree: Generated) -> None:
    text = repr(chain(tree, 10_000))
    assert text.startswith("Node(name='n9999', secret=***, children=[Node(name='n9998'")
    assert f"Node({ELIDED})" in text and "n9990" not in text
    assert len(text) <= LONGEST and MARK not in text
    assert str(chain(tree, 10_000)) == text


def test_a_wide_and_long_value_is_cut_to_the_limits(tree: Generated) -> None:
    children = [tree.shapes.Node(name=str(n), secret=MARK) for n in range(100_000)]
    text = repr(tree.shapes.Node(name="x" * 1_000_000, count=10**5000, children=children))
    assert text.startswith("Node(name='" + "x" * REPR_MAX_STRING + "'" + ELIDED + ", count=<int")
    listed = text.split("children=[", 1)[1]
    assert listed.count("Node(") == REPR_MAX_ITEMS and listed.endswith(f", {ELIDED}])")
    labels = {f"k{n}": "v" * 300 for n in range(1000)}
    text = repr(tree.shapes.Node(labels=labels))
    assert text.count("'k") == REPR_MAX_ITEMS and text.endswith(f", {ELIDED}}})")
    assert len(text) <= LONGEST and MARK not in text


@pytest.mark.parametrize("char", ["\x1f", "\U00109bbd", "\\", "'"])
def test_the_string_limit_counts_characters_so_escapes_print_whole(
    tree: Generated, char: str
) -> None:
    # Each of these prints as 2 to 10 characters: a string at the limit is still whole.
    at_limit = char * REPR_MAX_STRING
    assert repr(tree.shapes.Node(name=at_limit)) == f"Node(name={at_limit!r})"
    over = repr(tree.shapes.Node(name=at_limit + char))
    assert over == f"Node(name={at_limit!r}{ELIDED})"


def test_the_whole_text_is_cut_at_the_character_limit(tree: Generated) -> None:
    wide = [tree.shapes.Node(name="y" * REPR_MAX_STRING) for _ in range(REPR_MAX_ITEMS)]
    nested = tree.shapes.Node(children=[tree.shapes.Node(children=wide)] * REPR_MAX_ITEMS)
    text = repr(nested)
    assert len(text) == LONGEST and text.endswith(ELIDED)


names = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=300)
nodes = st.recursive(
    st.builds(
        dict,
        name=st.none() | names,
        secret=st.none() | names.map(lambda text: MARK + text),
        count=st.none() | st.integers(),
        labels=st.none() | st.dictionaries(names, names, max_size=25),
    ),
    lambda children: st.builds(
        lambda fields, kids: {**fields, "children": kids},
        st.fixed_dictionaries({"name": names, "secret": names.map(lambda text: MARK + text)}),
        st.lists(children, max_size=25),
    ),
    max_leaves=60,
)


def build(tree: Generated, fields: dict[str, Any]) -> Any:
    kids = fields.get("children")
    children = None if kids is None else [build(tree, kid) for kid in kids]
    return tree.shapes.Node(**{**fields, "children": children})


@settings(max_examples=300, deadline=None)
@given(fields=nodes)
def test_any_tree_prints_bounded_and_redacted_and_in_full_within_the_limits(
    tree: Generated, fields: dict[str, Any]
) -> None:
    node = build(tree, fields)
    text = repr(node)
    assert len(text) <= LONGEST
    assert MARK not in text
    # Node levels alternate with list levels: 6 node levels print in full.
    if 2 * (height(node) - 1) < REPR_MAX_DEPTH and within_limits(node):
        full = expected_repr(node)
        assert text == (full if len(full) <= REPR_MAX_CHARS else full[:REPR_MAX_CHARS] + ELIDED)


# -- DEBUG logging over real HTTP ---------------------------------------------------------


def nested_body(depth: int) -> bytes:
    """GetTree's JSON answer: a root ``depth`` levels deep, each level's secret a marker."""
    opening = "".join(
        f'{{"Name":"n{level}","Secret":"{MARK}{level}","Children":['
        for level in reversed(range(depth))
    )
    leaf = f'{{"Name":"leaf","Secret":"{MARK}-leaf","Count":7,"Labels":{{"k":"v"}}}}'
    return f'{{"Root":{opening}{leaf}{"]}" * depth}}}'.encode()


def depth_of(node: Any) -> int:
    depth = 0
    while node.children:
        node, depth = node.children[0], depth + 1
    return depth


def test_debug_logging_of_ever_deeper_responses_never_raises(
    tree: Generated, caplog: pytest.LogCaptureFixture
) -> None:
    """Each depth is read (and its output logged, bounded) or refused as nested too deeply."""
    depths = [*range(0, 1000, 20), 10_000]
    answer: list[bytes] = []

    def handler(request: RecordedRequest) -> Response:
        return 200, {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": "r1"}, answer[-1]

    logger = logging.getLogger("tests.bounded_repr")
    caplog.set_level(logging.DEBUG, logger=logger.name)
    read, refused = [], []
    with LocalAwsServer(handler) as server:
        with tree.client(
            region="us-east-1",
            endpoint_url=server.url,
            credentials=tree.credentials("AKID", "SECRET"),
            logger=logger,
        ) as client:
            for depth in depths:
                answer.append(nested_body(depth))
                try:
                    output = client.get_tree(id="tree")
                except tree.errors.ResponseParseError as error:
                    assert "nested too deeply" in str(error)
                    refused.append(depth)
                else:
                    assert depth_of(output.root) == depth
                    read.append(depth)
    assert read[0] == 0 and refused[-1] == 10_000
    assert max(read) > 5 * REPR_MAX_DEPTH  # the bound, not the parser, kept these short
    messages = [record.getMessage() for record in caplog.records if record.name == logger.name]
    outputs = [message for message in messages if message.startswith("GetTree: output ")]
    assert len(outputs) == len(read)
    assert all(len(message) <= LONGEST + 100 for message in messages)
    assert not [message for message in messages if MARK in message]
