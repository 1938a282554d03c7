"""Every code block of the documentation runs as written, or says why it cannot.

The documentation is the repository's README, the generated package's README and every
page of its reference site. Each fenced block has a language; a ```python block runs,
either here or in the test of its page named in :data:`OWN_TESTS` (pages whose blocks
continue one another or need a service with state); every other language is listed in
:data:`NOT_PYTHON` with the reason it is not run. Blocks run here as the README's do
(``tests/test_readme_examples.py``): unchanged, the environment pointing the client at a
signature-checking local server that answers each operation with a minimal valid response,
and a profile ``my-profile`` in the config file for the configuration page's example. The
repository README's block starts its own stand-in server (``examples/local_call.py``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_readme_examples import aws_env, minimal_response, run_block, serve

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generated" / "partnercentral-selling"
REPO_README = ROOT / "README.md"
# Pages whose Python blocks another test runs, against a service it sets up for them.
OWN_TESTS = {
    PACKAGE / "README.md": "tests/test_readme_examples.py",
    PACKAGE / "docs" / "events.md": "tests/test_events_page.py",
    PACKAGE / "docs" / "workflows.md": "tests/test_workflows_page.py",
    PACKAGE / "docs" / "testing.md": "tests/test_stubber.py",
}
NOT_PYTHON = {
    "sh": "shell commands (install, make, environment variables), not Python",
    "json": "data the page shows: the events page's test compares it with what its code prints",
    "text": "a diagram",
}
_FENCE = re.compile(r"^```(\S*)\n(.*?)^```$", re.S | re.M)
__all__ = ["aws_env"]  # the fixture, used by name


def pages() -> list[Path]:
    return [REPO_README, PACKAGE / "README.md", *sorted((PACKAGE / "docs").rglob("*.md"))]


def fenced(page: Path) -> list[tuple[str, str]]:
    """(language, code) of each fenced block of ``page``."""
    return _FENCE.findall(page.read_text(encoding="utf-8"))


def python_blocks_run_here() -> Iterator[object]:
    for page in pages():
        if page in OWN_TESTS:
            continue
        python = [code for language, code in fenced(page) if language == "python"]
        for index, code in enumerate(python):
            name = page.relative_to(ROOT).as_posix()
            yield pytest.param(page, code, id=f"{name}#{index}")


def test_every_block_is_run_or_says_why_not() -> None:
    languages = set()
    for page in pages():
        for language, _ in fenced(page):
            assert language == "python" or language in NOT_PYTHON, (
                f"{page}: a ```{language} block: give it a language, and say in "
                "NOT_PYTHON why blocks of that language are not run"
            )
            languages.add(language)
    assert "python" in languages
    for page, test in OWN_TESTS.items():
        assert (ROOT / test).is_file() and any(lang == "python" for lang, _ in fenced(page))
        assert page.relative_to(PACKAGE).as_posix() in (ROOT / test).read_text()


@pytest.mark.parametrize(("page", "code"), list(python_blocks_run_here()))
def test_python_block_runs_as_written(
    page: Path, code: str, aws_env: pytest.MonkeyPatch, home: Path
) -> None:
    placeholders = [
        node
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.Constant) and node.value is Ellipsis
    ]
    assert not placeholders, f"{page}: an example has a `...` placeholder: give it a value"
    (home / ".aws" / "config").write_text("[profile my-profile]\nregion = us-east-1\n")
    if page == REPO_README:
        aws_env.syspath_prepend(str(ROOT / "examples"))
        run_block(code)
        return
    with serve(minimal_response, aws_env) as server:
        run_block(code)
    assert server.requests or "client.config" in code
    assert all(request.signature_valid for request in server.requests)
