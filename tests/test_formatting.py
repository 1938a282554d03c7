"""Formatting piece by piece (generator/emit/formatting.py) gives exactly black's whole-file output.

black itself is the oracle: for hand-picked tricky texts, for random programs built from
definitions, decorators, comments, docstrings, strings that look like code and uneven
blank lines (hypothesis), and for every Python file the templates render for real models,
``format_python(text)`` must equal ``black.format_str(text)``. The pinned model's files are
covered end to end by tests/test_golden.py.

Last, what the generator writes, through its format cache (whatever it holds), passes
``black --check`` with the project's settings: every generated Python file of every whole
model the tests generate (the pinned one, the real models of ``tests/data/models``, a
synthetic one and the model of every hostile name), checked by black whole-file, as
``black --check`` does.

black's whole-file answers come through the format cache's ``black.format_str`` namespace
(``format_cache.black_output``): an entry there was written only with what black returned
for exactly that text, never with what the piecewise formatter computed (its results have a
namespace of their own), so a warm cache saves black's work without taking the formatter's
word for black's. ``GENERATOR_FORMAT_CACHE=off`` runs black on everything.
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import black
import pytest
from black.parsing import InvalidInput
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.emit import package as render
from generator.emit.format_cache import FormatCache, black_output, default_cache
from generator.emit.formatting import Formatter, format_python
from generator.emit.package import BLACK_MODE, render_files, write_package
from generator.loaders import load_model
from tests.packages import SharedPackages

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import synthetic_model  # noqa: E402

TRICKY = {
    "comment before a class": "x = 1\n\n# about A\nclass A:\n    pass\n\n\nclass B: pass\n",
    "comment after blank lines": "x = 1\n\n\n# about A\n\nclass A:\n  pass\n",
    "decorated, no blank line": "@d\nclass A: pass\n@d\n@e\ndef f(): pass\n\n@d\ndef g(): pass\n",
    "stub defs": "def f(): ...\ndef g(): ...\n\ndef h(): ...\n\n\n\n\ndef i(): ...\n",
    "module docstring": '"""Doc."""\nclass A:\n    pass\n\nclass B:\n    pass\n',
    "docstring then blank": '"""Doc."""\n\ndef f():\n    pass\n\ndef g(): pass\n',
    "class, then code": "class A:\n    def f(self): pass\n\n    def g(self): pass\n\nx = [1,\n]\n",
    "methods with comments": (
        "class A:\n    '''Doc.'''\n    x=1\n    def f(self): pass\n    # g\n\n    def g(self):"
        " pass\n\n\n\n    @property\n    def h(self): return 1\n    async def i(self): pass\n"
        "\n    class Inner:\n        def j(self): pass\n\n        def k(self): pass\n"
    ),
    "code in strings": (
        's = """\ndef not_a_def():\n\nclass NotAClass:\n    pass\n"""\n\n'
        "def f():\n    return '''\n\nclass X:\n    def y(self): pass\n'''\n\n"
        "class C:\n    t = '''\n\n    def fake(self): pass\n'''\n\n    def real(self): pass\n"
    ),
    "type checking block": (
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import x\n\n    def f(): pass\n"
        "\n\ndef g(): pass\n\nif True:\n    pass\nelse:\n    def h(): pass\n"
    ),
    "imports then def": "import os\nimport sys\ndef f(): pass\n\ndef g( a,b ): return a\n",
    "trailing comment": "def f(): pass\n\ndef g(): pass\n# the end\n",
    "crlf": "def f():\r\n    pass\r\n\r\ndef g():\r\n    pass\r\n",
    "line separator in a string": 'x = "\u2028"\n\ndef f(): pass\n\ndef g(): return "\x0c"\n',
    "empty": "",
    "comments only": "# a\n\n# b\n",
}


@pytest.fixture(scope="module")
def cache() -> Iterator[FormatCache | None]:
    """The format cache generation uses (None when off), pruned once this module is done."""
    cache = default_cache()
    yield cache
    if cache is not None:
        cache.prune()


@pytest.mark.parametrize("text", TRICKY.values(), ids=TRICKY.keys())
def test_tricky_texts_format_as_black_formats_them(text: str) -> None:
    assert format_python(text, BLACK_MODE) == black.format_str(text, mode=BLACK_MODE)


def test_invalid_python_is_black_s_error_with_its_whole_text_position() -> None:
    text = "def f(): pass\n\n\ndef g(:\n    pass\n"
    with pytest.raises(InvalidInput) as ours:
        format_python(text, BLACK_MODE)
    with pytest.raises(InvalidInput) as blacks:
        black.format_str(text, mode=BLACK_MODE)
    assert str(ours.value) == str(blacks.value)


# -- random programs ------------------------------------------------------------------------

blank_lines = st.integers(0, 3).map(lambda count: "\n" * count)
comment = st.sampled_from(["# note\n", "#: attribute doc\n"])
string_with_code = st.sampled_from(
    ['"""\ndef in_string():\n\nclass InString:\n"""', "'x'", '"""Doc."""', "f'{1}'"]
)
decorators = st.lists(
    st.sampled_from(["@property\n", "@d(1, 2)\n", "@staticmethod\n"]), max_size=2
)


@st.composite
def method(draw: st.DrawFn, indent: str) -> str:
    """A def (maybe decorated, async, a stub) at ``indent``, with a body of one or two lines."""
    head = "".join(indent + decorator for decorator in draw(decorators))
    keyword = draw(st.sampled_from(["def", "async def"]))
    if draw(st.booleans()):
        return f"{head}{indent}{keyword} m(self, a,b = 1): ...\n"
    body = indent + "    " + draw(st.sampled_from(["return (a ,b)", "pass", "x = [1,\n2]"])) + "\n"
    doc = indent + "    " + draw(string_with_code) + "\n" if draw(st.booleans()) else ""
    return f"{head}{indent}{keyword} m(self, a,b = 1):\n{doc}{body}"


@st.composite
def class_body_item(draw: st.DrawFn, indent: str) -> str:
    prefix = draw(blank_lines) + (
        draw(comment).replace("#", indent + "#") if draw(st.booleans()) else ""
    )
    item = draw(
        st.one_of(
            method(indent),
            st.sampled_from([f"{indent}x: int = 1\n", f"{indent}y = {{ 'a':1 }}\n"]),
            string_with_code.map(lambda text: f"{indent}{text}\n"),
        )
    )
    return prefix + item


@st.composite
def top_level_item(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["class", "def", "code", "comment"]))
    if kind == "class":
        indent = draw(st.sampled_from(["    ", "  "]))
        head = "".join(draw(decorators)) + "class C( Base ):\n"
        items = draw(st.lists(class_body_item(indent), min_size=1, max_size=5))
        return head + indent + items[0].lstrip("\n").lstrip() + "".join(items[1:])
    if kind == "def":
        return draw(method(""))
    if kind == "code":
        return draw(st.sampled_from(["import os\n", "x=1\n", "if x:\n    y = 2\n", "s = 'a'\n"]))
    return draw(comment)


@st.composite
def programs(draw: st.DrawFn) -> str:
    parts = [draw(string_with_code) + "\n"] if draw(st.booleans()) else []
    for item in draw(st.lists(top_level_item(), max_size=8)):
        parts += [draw(blank_lines), item]
    return "".join(parts)


# 200: each mutant of the cutting rules these programs can show (the docstring, blank-line,
# comment, method and separator rules) failed by the 139th example at the latest, over 8 seeds.
@settings(max_examples=200, deadline=None)
@given(text=programs())
def test_random_programs_format_as_black_formats_them(text: str) -> None:
    try:
        expected = black.format_str(text, mode=BLACK_MODE)
    except InvalidInput:
        with pytest.raises(InvalidInput):
            format_python(text, BLACK_MODE)
        return
    assert format_python(text, BLACK_MODE) == expected


# -- what the templates render ----------------------------------------------------------------

JSON_SERVICES = ROOT / "tests" / "data" / "models" / "json-services"


@pytest.mark.parametrize("model", ["synthetic", "kinesis/2013-12-02", "sqs/2012-11-05"])
def test_rendered_files_format_as_black_formats_them(
    model: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: FormatCache | None
) -> None:
    """Each file cut and joined anew (each piece black's own output, maybe cached) is black's."""
    folder = (
        synthetic_model.write_model(tmp_path / "model", 30)
        if model == "synthetic"
        else JSON_SERVICES / model
    )
    compared = []

    def both(formatter: Formatter, text: str) -> str:
        expected = black_output(text, formatter.mode, cache)
        assert Formatter(formatter.mode, cache, workers=1).format_pieces(text) == expected
        compared.append(text)
        return expected

    monkeypatch.setattr(render.Formatter, "format", both)
    service = load_model(folder, skip_unsupported=True)
    assert [path for path, _ in render_files(service, "0.0.0") if path.endswith(".py")]
    assert len(compared) >= 8 and any(text.count("\n    def ") > 10 for text in compared)


# -- what the generator writes -------------------------------------------------------------

DATA = ROOT / "tests" / "data" / "models"
WHOLE_MODELS = {
    "pinned": ROOT / "models" / "partnercentral-selling" / "2022-07-26",
    **{
        str(folder.relative_to(DATA)): folder
        for group in ("json-services", "botocore-extra")
        for folder in sorted((DATA / group).glob("*/*"))
        if folder.is_dir()
    },
    "partnercentral-selling/1.44.7": DATA / "partnercentral-selling" / "1.44.7",
}


def _hostile_model(folder: Path) -> Path:
    """The model holding every hostile operation and shape name (tests/test_hostile_names.py)."""
    from tests.test_hostile_names import OPERATION_NAMES, SHAPE_NAMES, hostile_model

    folder.mkdir()
    model = hostile_model(OPERATION_NAMES, SHAPE_NAMES, ["Id", "Type", "Self"], [])
    (folder / "service-2.json").write_text(json.dumps(model))
    return folder


MADE_MODELS: dict[str, Callable[[Path], Path]] = {
    "synthetic": lambda folder: synthetic_model.write_model(folder, 30),
    "hostile names": _hostile_model,
}


def test_black_mode_is_the_project_s_black_settings() -> None:
    """``BLACK_MODE`` is what ``black --check`` reads from pyproject.toml's [tool.black]."""
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["black"]
    assert BLACK_MODE.line_length == settings["line-length"]
    assert {version.name.lower() for version in BLACK_MODE.target_versions} == set(
        settings["target-version"]
    )
    assert BLACK_MODE == black.Mode(
        target_versions=BLACK_MODE.target_versions, line_length=BLACK_MODE.line_length
    )  # black's defaults for everything else, as the command line has them


def _assert_black_checks(package: Path, cache: FormatCache | None) -> None:
    """Every generated Python file of ``package`` is black's formatting of itself."""
    files = sorted(package.rglob("*.py"))
    assert len(files) >= 9
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert black_output(text, BLACK_MODE, cache) == text, f"black would change {path}"


@pytest.mark.parametrize("model", WHOLE_MODELS.values(), ids=WHOLE_MODELS.keys())
def test_every_generated_python_file_passes_black_check(
    model: Path, shared_packages: SharedPackages, cache: FormatCache | None
) -> None:
    _, package = shared_packages.get(model)
    _assert_black_checks(package, cache)


@pytest.mark.parametrize("make", MADE_MODELS.values(), ids=MADE_MODELS.keys())
def test_every_generated_python_file_of_a_made_model_passes_black_check(
    make: Callable[[Path], Path], tmp_path: Path, cache: FormatCache | None
) -> None:
    service = load_model(make(tmp_path / "model"))
    _assert_black_checks(write_package(service, tmp_path / "out", "0.0.0"), cache)
