"""The committed reference site builds with MkDocs in strict mode and covers the model.

The site's pages are rendered by the generator (``generator/docs/site.py``, templates under
``templates/docs/``); the golden test keeps them current. Here MkDocs builds them, as
``make docs`` does: the build must succeed, every operation, structure, union, enum and
error of the model must have its page or anchor, every table row must keep its columns
(model text with ``|`` or newlines must not break a table), and a broken link must fail
the build, so the strict check really guards the links.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from generator.cli import main
from generator.docs.markdown import html_to_markdown
from generator.model.ir import Service
from generator.loaders import load_model
from generator.docs.site import code_cell, table_cell

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "partnercentral-selling" / "2022-07-26"
PACKAGE = ROOT / "generated" / "partnercentral-selling"


def build(config: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of ``config`` into ``site``."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)]
    return subprocess.run(command + ["-d", str(site)], capture_output=True, text=True, check=False)


class _Page(HTMLParser):
    """The ids of a built page, the cell counts of its table rows and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.rows: list[list[int]] = []  # per table: cells of each row
        self._cells = 0
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids.update(value for name, value in attrs if name == "id" and value)
        if tag == "table":
            self.rows.append([])
        elif tag == "tr":
            self._cells = 0
        elif tag in ("td", "th"):
            self._cells += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "tr":
            self.rows[-1].append(self._cells)

    def handle_data(self, data: str) -> None:
        self.text += data


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture(scope="module")
def service() -> Service:
    return load_model(MODEL)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = build(PACKAGE / "mkdocs.yml", out)
    assert result.returncode == 0, result.stderr
    return out


def test_every_operation_and_shape_has_a_page(site: Path, service: Service) -> None:
    for operation in service.operations:
        page = site / "operations" / f"{operation.method_name}.html"
        assert page.is_file(), operation.name
        assert {"request", "response", "errors", "example"} <= parse(page).ids, page
    for shape in service.structures + service.unions:
        assert (site / "shapes" / f"{shape.python_name}.html").is_file(), shape.name


def test_every_enum_and_error_has_an_anchor(site: Path, service: Service) -> None:
    enum_ids = parse(site / "enums.html").ids
    error_ids = parse(site / "errors.html").ids
    assert service.enums and service.errors
    for shape in service.enums:
        assert shape.python_name in enum_ids, shape.name
    for shape in service.errors:
        assert shape.python_name in error_ids, shape.name


def test_table_rows_keep_their_columns(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    tables = [(page, rows) for page in pages for rows in parse(page).rows]
    assert tables
    for page, rows in tables:
        assert len(set(rows)) == 1, f"{page}: a row with {set(rows)} cells"


@pytest.mark.parametrize(
    "doc",
    [
        "<p>Either <code>A|B</code> or a|b, then a line\nbreak.</p>",
        "<p>Stray \\` backtick | and another ` | here.</p>",
        "<ul><li><p>A list | item</p></li></ul><p>More.</p>",
    ],
)
def test_model_text_stays_in_its_cell(doc: str) -> None:
    """Cells of model text (a summary, a pattern) keep a table row's columns."""
    pattern = "^(a|b)`x`$"
    row = f"| {table_cell(html_to_markdown(doc))} | {code_cell(pattern)} |"
    page = _Page()
    page.feed(markdown.markdown(f"| A | B |\n| --- | --- |\n{row}", extensions=["tables"]))
    assert page.rows == [[2, 2]]
    assert pattern in page.text


@pytest.mark.parametrize(
    "link",
    ["[broken](no-such-page.md)", "[broken](enums.md#NoSuchEnum)"],
    ids=["page", "anchor"],
)
def test_a_broken_link_fails_the_strict_build(tmp_path: Path, link: str) -> None:
    shutil.copy(PACKAGE / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(PACKAGE / "docs", tmp_path / "docs")
    with (tmp_path / "docs" / "index.md").open("a", encoding="utf-8") as index:
        index.write(f"\nSee {link}.\n")
    result = build(tmp_path / "mkdocs.yml", tmp_path / "site")
    assert result.returncode != 0
    target = link[link.index("(") + 1 : -1]
    assert target.split("#")[-1] in result.stderr + result.stdout


def test_docs_command_names_a_missing_config(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["docs", "--package", str(tmp_path), "--out", str(tmp_path / "site")]) == 1
    assert f"{tmp_path / 'mkdocs.yml'} not found" in capsys.readouterr().err
    runtime = PACKAGE.parent / "typed-aws-runtime"  # a distribution, but no client package
    assert main(["docs", "--package", str(runtime), "--out", str(tmp_path / "site")]) == 1
    assert "the runtime distribution has none" in capsys.readouterr().err
    assert not (tmp_path / "site").exists()
