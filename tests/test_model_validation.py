"""Model text that reaches code, files or the wire is validated (issue 12).

One class of problem per section: metadata names, host prefixes, wire names and
idempotency tokens, numbers, patterns, list/map nesting, and control or bidi characters
in the generated text files. Each model is either refused with one line naming the file
and the JSON pointer (``generator.cli.main``, nothing written), or generated, compiled,
imported and called with the modeled result.
"""

from __future__ import annotations

import ast
import gzip
import importlib
import itertools
import json
import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import botocore
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.model import patterns
from generator.cli import main
from generator.errors import ModelError
from generator.loaders import load_model
from generator.emit.package import write_package
from generator.model.validation import MAX_COLLECTION_NESTING, check_metadata
from tests.test_bad_models import _generate_fails
from tests.test_protocol import RecordingHandler

ROOT = Path(__file__).resolve().parent.parent
BOTOCORE_DATA = Path(botocore.__file__).parent / "data"
PARTNER_CENTRAL = ROOT / "models" / "partnercentral-selling" / "2022-07-26"
_NUMBERS = itertools.count()


def _model(
    shapes: dict[str, Any] | None = None, operation: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A one-operation model (``Echo``: EchoInput -> EchoOutput) with a unique package name.

    ``shapes`` are added to (or replace) the defaults; ``operation`` updates ``Echo``.
    """
    number = next(_NUMBERS)
    base_shapes: dict[str, Any] = {
        "EchoInput": {"type": "structure", "members": {"Payload": {"shape": "Text"}}},
        "EchoOutput": {"type": "structure", "members": {"Payload": {"shape": "Text"}}},
        "Text": {"type": "string"},
    }
    return {
        "version": "2.0",
        "metadata": {
            "apiVersion": "2020-01-01",
            "endpointPrefix": f"checked{number}",
            "jsonVersion": "1.0",
            "protocol": "json",
            "serviceFullName": "Checked Service",
            "serviceId": f"Checked {number}",
            "signatureVersion": "v4",
            "targetPrefix": "Checked_20200101",
            "uid": "checked-2020-01-01",
        },
        "operations": {
            "Echo": {
                "name": "Echo",
                "http": {"method": "POST", "requestUri": "/"},
                "input": {"shape": "EchoInput"},
                "output": {"shape": "EchoOutput"},
                **(operation or {}),
            }
        },
        "shapes": {**base_shapes, **(shapes or {})},
    }


def _write(folder: Path, model: dict[str, Any] | str) -> Path:
    folder.mkdir(parents=True)
    text = model if isinstance(model, str) else json.dumps(model)
    (folder / "service-2.json").write_text(text)
    return folder


def _refused(
    model: dict[str, Any] | str, tmp_path: Path, capsys: pytest.CaptureFixture[str], pointer: str
) -> str:
    """Run the CLI on ``model``: one error line naming the file and ``pointer``, nothing written."""
    model_dir = _write(tmp_path / "model", model)
    out = tmp_path / "out"
    err = _generate_fails(model_dir, out, capsys)
    assert err.startswith(f"error: {model_dir / 'service-2.json'}#{pointer}: "), err
    assert not out.exists() or not any(out.iterdir())
    return err


def _package(model: dict[str, Any], root: Path) -> tuple[ModuleType, Path]:
    """Generate ``model`` under ``root``, compile every module, import the package."""
    service = load_model(_write(root / "model", model))
    package_dir = write_package(service, root / "out", "0.0.0")
    for module in package_dir.rglob("*.py"):
        compile(module.read_text(), str(module), "exec")
    sys.path.insert(0, str(package_dir / "src"))
    return importlib.import_module(service.package_name), package_dir


def _client(package: ModuleType, handler: RecordingHandler) -> Any:
    """The package's sync client, sending to example.com through ``handler``."""
    (client_name,) = [
        n for n in package.__all__ if n.startswith("Checked") and n.endswith("Client")
    ]
    return getattr(package, client_name)(
        region="us-east-1",
        endpoint_url="https://example.com",
        credentials=package.Credentials("AKID", "SECRET"),
        request_handler=handler,
    )


# ---------------------------------------------------------------------------------------
# Metadata names
# ---------------------------------------------------------------------------------------

METADATA_KEYS = ("targetPrefix", "signingName", "endpointPrefix", "serviceId")


def _botocore_metadata() -> Iterator[tuple[str, dict[str, Any]]]:
    """(service folder, metadata) of every service model installed with botocore."""
    for path in sorted(BOTOCORE_DATA.glob("*/*/service-2.json*")):
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        yield path.parent.parent.name, json.loads(data)["metadata"]


def test_every_installed_botocore_model_has_accepted_metadata_names() -> None:
    models = list(_botocore_metadata())
    assert len(models) > 400, "botocore's models were not found"
    protocols = {metadata["protocol"] for _, metadata in models}
    assert {"json", "rest-json", "query"} <= protocols
    checked = 0
    for name, metadata in models:
        check_metadata(metadata, Path(name))  # raises on a refused value
        checked += sum(key in metadata for key in METADATA_KEYS)
    assert checked > 3 * len(models)


# Characters that break a header line, a host name, a URL path, a signing scope or a
# quoted string, and invisible or reordering ones: none is allowed in any of the names.
FORBIDDEN = "\x00\t\n\r\x0b\x0c\x1b\x7f\x85\u00a0\u2028\u202e\u2066\u200f\ufeff/\\:\"'@?#%&;,=<> {}[]()|`*$!~+"


@settings(max_examples=300)
@given(
    key=st.sampled_from(METADATA_KEYS),
    prefix=st.sampled_from(["", "Checked", "a.b", "x-y"]),
    bad=st.sampled_from(FORBIDDEN),
    suffix=st.sampled_from(["", "Z", "1", ".c"]),
)
def test_metadata_names_with_a_forbidden_character_are_refused(
    key: str, prefix: str, bad: str, suffix: str
) -> None:
    if key == "serviceId" and bad == " " and prefix and suffix not in ("", ".c"):
        return  # a single inner space is how serviceIds separate words
    metadata = _model()["metadata"] | {key: prefix + bad + suffix}
    with pytest.raises(ModelError) as refused:
        check_metadata(metadata, Path("service-2.json"))
    assert f"service-2.json#/metadata/{key}: " in str(refused.value)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("targetPrefix", "Checked\r\nX-Injected: 1"),
        ("signingName", "checked/us-east-1"),
        ("endpointPrefix", "evil.com/"),
        ("serviceId", "Checked\u202eecivreS"),
    ],
)
def test_a_refused_metadata_name_is_one_line_from_the_cli(
    key: str, value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = _model()
    model["metadata"][key] = value
    err = _refused(model, tmp_path, capsys, f"/metadata/{key}")
    assert repr(value) in err


def test_valid_metadata_names_reach_the_wire(tmp_path: Path) -> None:
    model = _model()
    model["metadata"].update(targetPrefix="com.amazonaws.checked.v1_2", signingName="Checked-2")
    package, _ = _package(model, tmp_path)
    handler = RecordingHandler(body=b'{"Payload": "back"}')
    assert _client(package, handler).echo(payload="out").payload == "back"
    (request,) = handler.requests
    assert request.headers["X-Amz-Target"] == "com.amazonaws.checked.v1_2.Echo"
    assert "/us-east-1/Checked-2/aws4_request" in request.headers["Authorization"]


# ---------------------------------------------------------------------------------------
# Host prefixes
# ---------------------------------------------------------------------------------------


def _host_label_model(prefix: str, **member: Any) -> dict[str, Any]:
    """``Echo`` with host prefix ``prefix`` and a required string member Label marked hostLabel."""
    label = {"shape": "Text", "hostLabel": True, **member}
    shapes = {
        "EchoInput": {
            "type": "structure",
            "required": ["Label"],
            "members": {"Label": label, "Payload": {"shape": "Text"}, "Count": {"shape": "Int"}},
        },
        "Int": {"type": "integer"},
    }
    return _model(shapes, {"endpoint": {"hostPrefix": prefix}})


@pytest.mark.parametrize(
    ("prefix", "member", "words"),
    [
        ("evil.com/", {}, "'/' is not a host-name character"),
        ("a@b.", {}, "'@' is not a host-name character"),
        ("{Label}:8080.", {}, "':' is not a host-name character"),
        ("data..", {}, "does not form host-name labels"),
        (".data", {}, "does not form host-name labels"),
        ("-{Label}.", {}, "does not form host-name labels"),
        ("{Label", {}, "'{' is not a host-name character"),
        ("{Missing}.", {}, "{Missing} names no member of the input"),
        ("{Payload}.", {}, "member 'Payload' is not a required string member marked hostLabel"),
        ("{Count}.", {}, "member 'Count' is not a required string member marked hostLabel"),
        ("{Label}.", {"hostLabel": False}, "'Label' is not a required string member"),
        ("{Label}.", {"locationName": "Other"}, "renamed on the wire by locationName"),
    ],
)
def test_bad_host_prefixes_are_refused(
    prefix: str,
    member: dict[str, Any],
    words: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    model = _host_label_model(prefix, **member)
    err = _refused(model, tmp_path, capsys, "/operations/Echo/endpoint/hostPrefix")
    assert words in err


def test_a_host_label_member_must_be_required(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = _host_label_model("{Label}.")
    model["shapes"]["EchoInput"]["required"] = []
    err = _refused(model, tmp_path, capsys, "/operations/Echo/endpoint/hostPrefix")
    assert "'Label' is not a required string member marked hostLabel" in err


@pytest.fixture(scope="module")
def host_label_package(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    package, _ = _package(_host_label_model("foo-{Label}.data."), tmp_path_factory.mktemp("host"))
    return package


_RFC1123_LABEL = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    label=st.one_of(
        st.sampled_from(["evil.com/", "a@b", "..", "", "a.b", "a:80", "a\n", "-a", "a" * 64]),
        st.text(max_size=12),
        st.from_regex(_RFC1123_LABEL, fullmatch=True),
    )
)
def test_host_label_values_never_take_the_host_off_the_endpoint(
    host_label_package: ModuleType, label: str
) -> None:
    handler = RecordingHandler()
    client = _client(host_label_package, handler)
    try:
        client.echo(label=label)
    except host_label_package.ParamValidationError:
        assert _RFC1123_LABEL.fullmatch(label) is None
        assert handler.requests == []
        return
    assert _RFC1123_LABEL.fullmatch(label) is not None
    (request,) = handler.requests
    url = urlsplit(request.url)
    assert url.netloc == f"foo-{label}.data.example.com"
    assert (url.port, url.username, url.path) == (None, None, "/")
    assert json.loads(request.body) == {"Label": label}


# ---------------------------------------------------------------------------------------
# Wire names and idempotency tokens
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("members", "pointer", "words"),
    [
        (
            {"Payload": {"shape": "Text"}, "Other": {"shape": "Text", "locationName": "Payload"}},
            "/shapes/EchoInput/members/Other/locationName",
            "member 'Other' has the wire name 'Payload' of member 'Payload'",
        ),
        (
            {
                "First": {"shape": "Text", "locationName": "wire"},
                "Second": {"shape": "Text", "locationName": "wire"},
            },
            "/shapes/EchoInput/members/Second/locationName",
            "member 'Second' has the wire name 'wire' of member 'First'",
        ),
        (
            {"Token": {"shape": "Int", "idempotencyToken": True}},
            "/shapes/EchoInput/members/Token/idempotencyToken",
            "idempotency token 'Token' has the type 'integer'",
        ),
    ],
)
def test_bad_member_traits_are_refused(
    members: dict[str, Any],
    pointer: str,
    words: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shapes = {"EchoInput": {"type": "structure", "members": members}, "Int": {"type": "integer"}}
    err = _refused(_model(shapes), tmp_path, capsys, pointer)
    assert words in err


def test_distinct_wire_names_and_a_string_token_round_trip(tmp_path: Path) -> None:
    members = {
        "Payload": {"shape": "Text", "locationName": "payload_on_wire"},
        "Token": {"shape": "Text", "idempotencyToken": True},
    }
    package, _ = _package(
        _model({"EchoInput": {"type": "structure", "members": members}}), tmp_path
    )
    handler = RecordingHandler()
    _client(package, handler).echo(payload="x")
    body = json.loads(handler.requests[0].body)
    assert body["payload_on_wire"] == "x"
    assert re.fullmatch(
        r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", body["Token"]
    )


# ---------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------

_PLACEHOLDER = 271828182


def _with_number(literal: str) -> str:
    """The text of a model whose Count shape has ``literal`` as its ``max``."""
    model = _model({"Count": {"type": "long", "max": _PLACEHOLDER}})
    model["shapes"]["EchoInput"]["members"]["Count"] = {"shape": "Count"}
    return json.dumps(model).replace(str(_PLACEHOLDER), literal)


@pytest.mark.parametrize(
    "literal", ["9" * 5000, "-" + "1" * 4301, "9223372036854775808", "1e999", "-1e999", "NaN"]
)
def test_numbers_out_of_range_are_refused_with_their_pointer(
    literal: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _refused(_with_number(literal), tmp_path, capsys, "/shapes/Count/max")
    assert "is out of range" in err
    assert len(err) < 400  # a 5000-digit number is shown cut


@settings(max_examples=100, deadline=None)
@given(
    value=st.one_of(
        st.integers(),
        st.integers(min_value=2**62, max_value=2**65),
        st.integers(min_value=-(2**65), max_value=-(2**62)),
        st.sampled_from([2**63 - 1, 2**63, -(2**63), -(2**63) - 1]),
    )
)
def test_whole_numbers_are_accepted_exactly_in_the_int64_range(
    value: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    model_dir = _write(tmp_path_factory.mktemp("numbers") / "model", _with_number(str(value)))
    if -(2**63) <= value < 2**63:
        assert load_model(model_dir).shapes["Count"].constraints.max == value
    else:
        with pytest.raises(ModelError, match=r"#/shapes/Count/max: the number .* is out of range"):
            load_model(model_dir)


# ---------------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------------

# Pieces of regular expressions, valid and not: Python's re is the oracle for the
# ones it compiles (the Java-only \p{..} is tested apart).
PATTERN_TOKENS = [
    *"ab0-.é ]}",
    "\\.",
    "\\-",
    "\\n",
    "\\t",
    "\\d",
    "\\w",
    "\\s",
    "\\D",
    "\\W",
    "\\S",
    "\\x41",
    "\\u00e9",
    "[a-c]",
    "[^a]",
    "[\\d_]",
    "[]a]",
    "[a-]",
    "[z-a]",
    "[\\d-z]",
    "[",
    "(",
    ")",
    "(?:",
    "(?=",
    "(?!",
    "(?<=",
    "(?P<n>",
    "(?i)",
    "\\1",
    "\\b",
    "\\",
    "|",
    "*",
    "+",
    "?",
    "*?",
    "+?",
    "??",
    "*+",
    "{2}",
    "{1,3}",
    "{2,}",
    "{3,1}",
    "{,2}",
    "{",
    "{1000000000}",
    "{99999}",
    "{0,99999}",
    "^",
    "$",
]


@st.composite
def regexes(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(["", "(?s)"]))
    return prefix + "".join(draw(st.lists(st.sampled_from(PATTERN_TOKENS), max_size=12)))


def _python_fullmatch(pattern: str, value: str) -> bool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "possible nested set" FutureWarnings
        return re.fullmatch(pattern, value) is not None


@settings(max_examples=2000, deadline=None)
@given(pattern=regexes())
def test_a_pattern_gives_a_matching_example_or_none_within_its_budget(pattern: str) -> None:
    budget = patterns.Budget(patterns.COMPILE_STEPS)
    value = patterns.example(pattern, budget)
    assert budget.used <= budget.limit
    if value is not None:
        assert _python_fullmatch(pattern, value), (pattern, value)


@settings(max_examples=1000, deadline=None)
@given(pattern=regexes(), values=st.lists(st.text("ab0-\né _.A", max_size=6), max_size=8))
def test_the_matcher_agrees_with_re_on_the_patterns_it_reads(
    pattern: str, values: list[str]
) -> None:
    compiled = patterns.analyze(pattern)
    if isinstance(compiled, patterns.PatternError):
        return
    for value in values:
        assert compiled.matches(value) == _python_fullmatch(pattern, value), (pattern, value)


@pytest.mark.parametrize(
    "pattern", ["(a+)+b", "(a|a)*b", "(a*)*b", "(?=(a+)+b)a*", "(a|aa)+$", "((a?){10}){10}b"]
)
def test_catastrophic_patterns_are_checked_in_polynomial_steps(pattern: str) -> None:
    compiled = patterns.analyze(pattern)
    assert isinstance(compiled, patterns.Pattern)
    value = "a" * (patterns.MAX_VALUE_LENGTH - 1) + "!"
    budget = patterns.Budget(10**9)
    assert compiled.matches(value, budget) is False
    # re backtracks through about 2**255 ways; the NFA visits each state at most once per
    # position (plus a class check of 2 steps), and each lookahead once per position.
    per_pass = 3 * (len(value) + 1) * compiled.size
    assert budget.used <= per_pass * (1 + pattern.count("(?=") * (len(value) + 1))


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        ("a{1000000000}", "not a repeat count"),
        ("a{999999999}", "sample would be longer than 256"),
        ("(a{99}){99}", "sample would be longer than 256"),
        ("(a?){9999}b?", "sample would be longer than 256"),
        ("x|((a?){999}){99}", "more than 10000 automaton states"),
        ("[a-z]{9}" * 455, "more than 100000 steps of work"),
        ("(?<=a)b", "unsupported group"),
        ("(a)\\1", "unsupported escape '\\1'"),
        ("a*+", "possessive or repeated quantifier"),
        ("(ab", "ends early"),
        ("ab)", "unbalanced ')'"),
        ("[z-a]", "bad character range"),
        ("(" * 1000 + ")" * 1000, "groups nested deeper than 32"),
        ("a" * 5000, "longer than 4096 characters"),
        ("(?i)abc", "unsupported group"),
        ("\\p{Klingon}", "unknown Unicode category"),
    ],
)
def test_unusable_patterns_say_why(pattern: str, problem: str) -> None:
    error = patterns.analyze(pattern)
    assert isinstance(error, patterns.PatternError)
    assert problem in str(error)


@pytest.mark.parametrize(
    ("pattern", "sample"),
    [
        ("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*", "1234567"),
        ("\\p{Lu}{3}", "ABC"),
        ("[\\P{L}]{2}", "12"),
        ("(?=.{0,5}$)x.*", None),  # the sample (x1234567) breaks the lookahead: none given
        ("(?s).{2}", "12"),
        ("O[0-9]{1,19}", "O1234567"),
    ],
)
def test_samples_of_aws_dialect_patterns(pattern: str, sample: str | None) -> None:
    compiled = patterns.analyze(pattern)
    assert isinstance(compiled, patterns.Pattern)
    assert compiled.sample == sample


def test_an_unusable_pattern_is_a_warning_and_its_examples_ignore_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = _model({"Text": {"type": "string", "pattern": "(a+)\\1{1000000000}"}})
    model["shapes"]["EchoInput"]["required"] = ["Payload"]
    model_dir = _write(tmp_path / "model", model)
    assert main(["generate", "--model", str(model_dir), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"warning: {model_dir / 'service-2.json'}#/shapes/Text/pattern: ")
    assert "gives no example values" in err
    readme = next((tmp_path / "out").glob("*/README.md")).read_text()
    assert 'echo(payload="my-payload")' in readme


def test_the_pinned_model_gives_no_warning() -> None:
    assert load_model(PARTNER_CENTRAL).warnings == ()


def test_a_hostile_documentation_value_against_a_catastrophic_pattern_is_not_an_example(
    tmp_path: Path,
) -> None:
    long_value = "a" * 200 + "!"
    model = _model({"Text": {"type": "string", "pattern": "(a+)+b"}})
    model["shapes"]["EchoInput"]["required"] = ["Payload"]
    model["shapes"]["EchoInput"]["members"]["Payload"][
        "documentation"
    ] = f"<p>For testing use <code>{long_value}</code>.</p>"
    _, package_dir = _package(model, tmp_path)
    readme = (package_dir / "README.md").read_text()
    assert long_value not in readme
    assert 'echo(payload="ab")' in readme  # the pattern's sample


# ---------------------------------------------------------------------------------------
# List and map nesting
# ---------------------------------------------------------------------------------------


def _nested_model(depth: int) -> dict[str, Any]:
    """Payload is a list of map of list of ... ``depth`` levels deep, around a string."""
    shapes: dict[str, Any] = {}
    inner = "Text"
    for level in range(depth):
        name = f"Level{level}"
        if level % 2:
            shapes[name] = {"type": "map", "key": {"shape": "Text"}, "value": {"shape": inner}}
        else:
            shapes[name] = {"type": "list", "member": {"shape": inner}}
        inner = name
    for io in ("EchoInput", "EchoOutput"):
        shapes[io] = {"type": "structure", "members": {"Payload": {"shape": inner}}}
    model = _model(shapes)
    model["shapes"]["EchoInput"]["required"] = ["Payload"]
    return model


def _nested_value(depth: int) -> Any:
    value: Any = "leaf"
    for level in range(depth):
        value = {"k": value} if level % 2 else [value]
    return value


def test_lists_and_maps_at_the_nesting_limit_generate_import_and_round_trip(
    tmp_path: Path,
) -> None:
    depth = MAX_COLLECTION_NESTING
    package, package_dir = _package(_nested_model(depth), tmp_path)
    value = _nested_value(depth)
    handler = RecordingHandler(body=json.dumps({"Payload": value}).encode())
    result = _client(package, handler).echo(payload=value)
    assert result.payload == value
    assert json.loads(handler.requests[0].body) == {"Payload": value}
    # The annotation nests one subscript per level, and CPython parses it.
    tree = ast.parse((package_dir / "src" / package.__name__ / "client.py").read_text())
    echo = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "echo")
    annotation: ast.expr | None = echo.args.kwonlyargs[0].annotation
    levels = 0
    while isinstance(annotation, ast.Subscript):
        levels += 1
        inner = annotation.slice
        annotation = inner.elts[-1] if isinstance(inner, ast.Tuple) else inner
    assert levels == depth


@pytest.mark.parametrize("depth", [MAX_COLLECTION_NESTING + 1, 300, 1000])
def test_deeper_nesting_is_refused(
    depth: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _refused(_nested_model(depth), tmp_path, capsys, "/shapes/Level32")
    assert f"nest more than {MAX_COLLECTION_NESTING} levels deep" in err


def test_a_collection_containing_itself_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shapes = {
        "Loop": {"type": "list", "member": {"shape": "LoopMap"}},
        "LoopMap": {"type": "map", "key": {"shape": "Text"}, "value": {"shape": "Loop"}},
    }
    model = _model(shapes)
    model["shapes"]["EchoInput"]["members"]["Payload"] = {"shape": "Loop"}
    err = _refused(model, tmp_path, capsys, "/shapes/Loop")
    assert "(Loop -> LoopMap -> Loop)" in err


def test_deep_structures_and_self_unions_generate_with_bounded_examples(tmp_path: Path) -> None:
    depth = 120
    shapes: dict[str, Any] = {
        # A union whose first variant is itself: its example must end.
        "Expr": {
            "type": "structure",
            "union": True,
            "members": {"Not": {"shape": "Expr"}, "Leaf": {"shape": "Text"}},
        },
    }
    inner = "Text"
    for level in range(depth):
        shapes[f"Node{level}"] = {
            "type": "structure",
            "required": ["Child", "Expr"],
            "members": {"Child": {"shape": inner}, "Expr": {"shape": "Expr"}},
        }
        inner = f"Node{level}"
    shapes["EchoInput"] = {
        "type": "structure",
        "required": ["Payload"],
        "members": {"Payload": {"shape": inner}},
    }
    package, package_dir = _package(_model(shapes), tmp_path)
    client_source = (package_dir / "src" / package.__name__ / "client.py").read_text()
    example = client_source.split("Example:", 1)[1].split("```", 2)[1]
    assert example.count("Node") <= 8 and "..." in example
    shapes_module = importlib.import_module(f"{package.__name__}.shapes")
    node: Any = "leaf"
    for level in range(depth):
        expr = shapes_module.ExprNot(shapes_module.ExprNot(shapes_module.ExprLeaf("x")))
        node = getattr(shapes_module, f"Node{level}")(child=node, expr=expr)
    handler = RecordingHandler(body=b'{"Payload": "back"}')
    assert _client(package, handler).echo(payload=node).payload == "back"
    sent = json.loads(handler.requests[0].body)["Payload"]
    for _ in range(depth):
        assert sent["Expr"] == {"Not": {"Not": {"Leaf": "x"}}}
        sent = sent["Child"]
    assert sent == "leaf"


@st.composite
def nested_models(draw: st.DrawFn) -> tuple[dict[str, Any], int]:
    """A chain of lists, maps, structures and unions around a string; and its list/map depth."""
    kinds = draw(st.lists(st.sampled_from(["list", "map", "structure", "union"]), max_size=45))
    shapes: dict[str, Any] = {}
    inner, run, deepest = "Text", 0, 0
    for level, kind in enumerate(kinds):
        name = f"Shape{level}"
        if kind == "list":
            shapes[name] = {"type": "list", "member": {"shape": inner}}
        elif kind == "map":
            shapes[name] = {"type": "map", "key": {"shape": "Text"}, "value": {"shape": inner}}
        else:
            shapes[name] = {"type": "structure", "members": {"Inner": {"shape": inner}}}
            shapes[name].update({"union": True} if kind == "union" else {"required": ["Inner"]})
        run = run + 1 if kind in ("list", "map") else 0
        deepest = max(deepest, run)
        inner = name
    shapes["EchoInput"] = {
        "type": "structure",
        "required": ["Payload"],
        "members": {"Payload": {"shape": inner}},
    }
    return _model(shapes), deepest


@settings(max_examples=12, deadline=None)
@given(case=nested_models())
def test_any_nesting_is_refused_in_one_line_or_compiles(
    case: tuple[dict[str, Any], int], tmp_path_factory: pytest.TempPathFactory
) -> None:
    model, deepest = case
    root = tmp_path_factory.mktemp("nesting")
    model_dir = _write(root / "model", model)
    if deepest > MAX_COLLECTION_NESTING:
        with pytest.raises(ModelError, match=r"#/shapes/Shape\d+: lists and maps nest more than"):
            load_model(model_dir)
        return
    package_dir = write_package(load_model(model_dir), root / "out", "0.0.0")
    for module in package_dir.rglob("*.py"):
        compile(module.read_text(), str(module), "exec")


# ---------------------------------------------------------------------------------------
# Control and bidi characters in generated text files
# ---------------------------------------------------------------------------------------

# C0 controls but tab and newline, DEL, C1 controls, the bidi controls, the line and
# paragraph separators and lone surrogates: no generated file may hold one raw.
UNSAFE = (
    [chr(code) for code in range(0x20) if chr(code) not in "\t\n"]
    + [chr(code) for code in range(0x7F, 0xA0)]
    + list("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    + ["\u2028", "\u2029", "\ud800", "\udfff"]
)
_UNSAFE_RE = re.compile("[" + "".join(re.escape(char) for char in UNSAFE) + "]")
model_text = st.text(
    alphabet=st.sampled_from([*UNSAFE, *"ab <>&`|*_\\\"'#-"]), min_size=1, max_size=16
)


def _unsafe_files(package_dir: Path) -> list[str]:
    """Files of the package holding an unsafe character (each must be UTF-8)."""
    found = []
    for path in sorted(package_dir.rglob("*")):
        if path.is_file() and _UNSAFE_RE.search(path.read_bytes().decode("utf-8")):
            found.append(str(path.relative_to(package_dir)))
    return found


@settings(max_examples=15, deadline=None)
@given(
    docs=st.lists(model_text, min_size=5, max_size=5),
    values=st.lists(model_text, min_size=2, max_size=4, unique=True),
    names=st.lists(model_text, min_size=3, max_size=3),
)
def test_generated_files_hold_no_control_or_bidi_character(
    docs: list[str], values: list[str], names: list[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    model = _model(
        {
            "Kind": {"type": "string", "enum": values, "documentation": docs[0]},
            "Text": {"type": "string", "pattern": names[2], "documentation": docs[1]},
        }
    )
    model["documentation"] = docs[2]
    model["operations"]["Echo"]["documentation"] = f"<p>{docs[3]}</p>"
    members = model["shapes"]["EchoInput"]["members"]
    members["Kind"] = {"shape": "Kind", "documentation": docs[4]}
    model["metadata"].update(serviceFullName=names[0], apiVersion=names[1], uid=names[1])
    root = tmp_path_factory.mktemp("text")
    package_dir = write_package(load_model(_write(root / "model", model)), root / "out", "0.0.0")
    assert _unsafe_files(package_dir) == []


def test_escaped_characters_stay_visible_in_readme_and_notice(tmp_path: Path) -> None:
    model = _model()
    model["metadata"]["serviceFullName"] = "Checked \x1b[31mRed\u202e Service"
    _, package_dir = _package(model, tmp_path)
    for name in ("README.md", "NOTICE", "docs/index.md"):
        text = (package_dir / name).read_text()
        assert "Checked \\x1b[31mRed\\u202e Service" in text, name
    assert "\\u202e" in (package_dir / "pyproject.toml").read_text()
